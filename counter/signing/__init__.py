"""Digital signatures with the agency's token: PKCS#11 session, PAdES signing, verification.

The token is reached through its vendor's PKCS#11 library (a ``.so`` on Linux, a DLL on
Windows), whose path is a setting of the workstation. The PIN is asked for each signature
and never stored. Verification gives an honest verdict, like the chip's passive
authentication: valid, invalid (changed after signing), not trusted, or not signed.
"""
