"""caseapp: drug seizure case tracking."""

__version__ = "0.1.0"
APP_NAME = "caseapp"
