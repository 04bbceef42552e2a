"""The province's pages on the central server: accounts of province staff and commune
supervisors, their sessions, the figures per commune and the early-warning list."""
