"""Every SQLite store of one open database, as the contract's `Stores`."""

from __future__ import annotations

from sqlite_utils import Database

from caseapp.core.signing import Keyring
from caseapp.core.substances import Catalogue
from caseapp.store.contract.stores import Stores
from caseapp.store.sqlite.attachments import AttachmentStore
from caseapp.store.sqlite.audit import AuditLog
from caseapp.store.sqlite.case_list import CaseListStore
from caseapp.store.sqlite.cases import CaseStore
from caseapp.store.sqlite.catalogue import LocalCatalogueStore
from caseapp.store.sqlite.custody import CustodyStore
from caseapp.store.sqlite.disposals import DisposalStore
from caseapp.store.sqlite.inventory import InventoryStore
from caseapp.store.sqlite.locations import LocationStore
from caseapp.store.sqlite.numbers import NumberStore
from caseapp.store.sqlite.queues import QueueStore
from caseapp.store.sqlite.search import CaseSearch
from caseapp.store.sqlite.summary import SummaryStore
from caseapp.store.sqlite.users import UserStore


class SqliteStores:
    def __init__(self, db: Database, catalogue: Catalogue, keys: Keyring) -> None:
        self.cases = CaseStore(db, catalogue)
        self.search = CaseSearch(db, catalogue)
        self.case_list = CaseListStore(db)
        self.audit = AuditLog(db, keys)
        self.users = UserStore(db)
        self.custody = CustodyStore(db)
        self.attachments = AttachmentStore(db)
        self.catalogue = LocalCatalogueStore(db)
        self.summaries = SummaryStore(db, self.search)
        self.inventory = InventoryStore(db)
        self.disposals = DisposalStore(db)
        self.queues = QueueStore(db)
        self.numbers = NumberStore(db)
        self.locations = LocationStore(db)

    def use_catalogue(self, catalogue: Catalogue) -> None:
        self.cases.catalogue = catalogue
        self.search.catalogue = catalogue


def _implements_the_contract(stores: SqliteStores) -> Stores:
    """mypy checks here that the SQLite stores implement every Protocol of the contract."""
    return stores
