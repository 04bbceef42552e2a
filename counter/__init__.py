"""onestop-counter domain core: plain Python and SQLAlchemy, never Qt."""

__version__ = "0.1.0"
APP_NAME = "onestop-counter"
