"""The scanner in the GUI: the device relayed to the UI thread, and the scan preview."""
