"""Fee payments: the VietQR code a citizen scans, the officer's confirmation, and the
import of the bank's statement that matches transfers to dossiers."""
