"""Period reports: the figures of a month, quarter, year or any range, with the period
before beside them, and their outputs (spreadsheet, PDF with charts, CSV)."""
