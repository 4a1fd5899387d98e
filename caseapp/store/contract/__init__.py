"""The store's contract, the same whatever database is open: the query and row dataclasses (queries,
records, figures), the search-term encoding (terms) and a Protocol per store (stores).

The window, io and reports take their data types from here and nowhere else in caseapp.store; the
services talk to the stores through the Protocols. The SQLite back end (caseapp.store.sqlite) implements
them.
"""

from caseapp.store.contract.feed import CATCH_UP, ChangeFeed, ChangeNotice
from caseapp.store.contract.figures import (
    LARGEST,
    NO_SUBSTANCE,
    UNKNOWN,
    UNLISTED_GROUP,
    LargestRow,
    MonthRow,
    SummaryData,
    SummaryRow,
)
from caseapp.store.contract.numbers import ExternalNumber
from caseapp.store.contract.queries import (
    CASE_LIST_SORTS,
    MATCH_ON,
    ORDERS,
    CaseListQuery,
    CaseListRow,
    CaseRow,
    SearchQuery,
    SearchRow,
    SearchTotals,
    UnknownFilter,
)
from caseapp.store.contract.records import (
    Attachment,
    AuditEntry,
    ChainCheck,
    DatabaseFacts,
    UserRecord,
    VerifyReport,
)
from caseapp.store.contract.stores import (
    Attachments,
    AuditTrail,
    CaseList,
    Cases,
    CaseWriter,
    Custody,
    Ledger,
    LocalCatalogue,
    Numbers,
    Queues,
    Search,
    Settings,
    Stores,
    Summaries,
    Users,
)

__all__ = [
    "CASE_LIST_SORTS", "CATCH_UP", "LARGEST", "MATCH_ON", "NO_SUBSTANCE", "ORDERS", "UNKNOWN", "UNLISTED_GROUP",
    "Attachment", "Attachments", "AuditEntry", "AuditTrail", "CaseList", "CaseListQuery", "CaseListRow",
    "CaseRow", "CaseWriter", "Cases", "ChainCheck", "ChangeFeed", "ChangeNotice", "Custody", "DatabaseFacts",
    "LargestRow", "Ledger",
    "LocalCatalogue", "MonthRow", "Search", "SearchQuery", "SearchRow", "SearchTotals", "Settings", "Stores",
    "Summaries", "SummaryData", "SummaryRow", "UnknownFilter", "UserRecord", "Users", "VerifyReport",
    "Queues", "Numbers", "ExternalNumber",
]
