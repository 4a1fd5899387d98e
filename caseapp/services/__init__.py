"""Use cases: validation, permissions and workflows over the store."""
