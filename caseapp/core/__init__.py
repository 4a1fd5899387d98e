"""Plain-Python domain model: no Qt, no SQL."""
