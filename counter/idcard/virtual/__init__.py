"""Our own virtual CCCD and passport chip, for tests and the app's demo mode.

The card side of the same protocol (BAC, secure messaging, READ BINARY),
files generated from an identity and signed by a test PKI, an in-process
transport for fast tests and a vpcd socket client so the real PC/SC stack
(pyscard → pcscd → vsmartcard-vpcd → this card) can be exercised.
Everything here is test or demo material: its keys are generated, never
real, and its certificates say "TEST" in their names.
"""
