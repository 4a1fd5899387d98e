"""File formats: JSON, CSV and the UNODC individual drug seizure layout."""
