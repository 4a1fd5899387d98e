"""The PostgreSQL back end: the store contract on a server (psycopg 3)."""
