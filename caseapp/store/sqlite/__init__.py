"""The SQLite back end: every SQL statement of the embedded database (sqlite-utils), with what only SQLite
needs (pragmas, FTS5 and its rowid numbering, BEGIN IMMEDIATE with max(id) + 1 ids, the name_key SQL
function, the migrations)."""
