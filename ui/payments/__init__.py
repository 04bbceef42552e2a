"""Fees on screen: the VietQR code to scan, and the officer's confirmation of a payment."""
