"""The window's own settings (QSettings: per user, on this machine), each key declared once.

The agency's settings live in the database instead; their keys are in caseapp.core.agency. A key is stored
in the user's settings file, so renaming one forgets what users had: add a new key rather than change one.
"""

from __future__ import annotations

LAST_FOLDER = "last_folder"  # the folder of the last file opened, imported, exported, attached or printed
MAIN_GEOMETRY = "main/geometry"  # the main window's size and place
MAIN_STATE = "main/state"  # its toolbars and docks
CASE_LIST_HEADER = "main/case_list_header"  # the case list's column widths and order
SAVED_SEARCHES = "search/saved"  # the named searches of the search panel, as JSON
LANGUAGE = "language"  # the window's language ("en", "fr"), or "" to follow the system locale
