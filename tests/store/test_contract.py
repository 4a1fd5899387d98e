"""Both back ends keep the contract: every Protocol member, with the same parameters; the terms a
query asks for are the terms the writer stores."""

import inspect

import pytest

from caseapp.core import vocab
from caseapp.core.model import Case, Location
from caseapp.core.substances import default_catalogue
from caseapp.store import contract
from caseapp.store.contract.disposals import Disposals
from caseapp.store.contract.terms import case_terms, exhibit_substance_terms, query_terms
from caseapp.store.postgres.search import PgCaseList, PgSearch
from caseapp.store.postgres.stores import PgCaseStore, PgStores
from caseapp.store.postgres.summary import PgSummaryStore
from caseapp.store.sqlite.attachments import AttachmentStore
from caseapp.store.sqlite.audit import AuditLog, Ledger
from caseapp.store.sqlite.case_list import SORTS, CaseListStore
from caseapp.store.sqlite.cases import CaseStore
from caseapp.store.sqlite.catalogue import LocalCatalogueStore
from caseapp.store.sqlite.custody import CustodyStore
from caseapp.store.sqlite.disposals import DisposalStore
from caseapp.store.sqlite.numbers import NumberStore
from caseapp.store.sqlite.queues import QueueStore
from caseapp.store.sqlite.search import CaseSearch
from caseapp.store.sqlite.stores import SqliteStores
from caseapp.store.sqlite.summary import SummaryStore
from caseapp.store.sqlite.users import UserStore
from caseapp.store.sqlite.writer import BulkWriter

IMPLEMENTATIONS = [
    (contract.Cases, CaseStore), (contract.Search, CaseSearch), (contract.CaseList, CaseListStore),
    (contract.AuditTrail, AuditLog), (contract.Ledger, Ledger), (contract.Users, UserStore),
    (contract.Custody, CustodyStore), (contract.Attachments, AttachmentStore),
    (contract.LocalCatalogue, LocalCatalogueStore), (contract.Summaries, SummaryStore),
    (contract.CaseWriter, BulkWriter), (contract.Stores, SqliteStores),
    # the server's own classes (the rest of its set are the SQLite stores above, run through its adapter)
    (contract.Cases, PgCaseStore), (contract.Search, PgSearch), (contract.CaseList, PgCaseList),
    (contract.Summaries, PgSummaryStore), (contract.Stores, PgStores),
    (Disposals, DisposalStore),
    (contract.Queues, QueueStore), (contract.Numbers, NumberStore),
]


def _methods(cls: type) -> dict[str, inspect.Signature]:
    return {name: inspect.signature(member) for name, member in inspect.getmembers(cls, inspect.isfunction)
            if not name.startswith("_")}


@pytest.mark.parametrize(("protocol", "implementation"), IMPLEMENTATIONS, ids=lambda c: c.__name__)
def test_the_sqlite_store_has_every_method_of_its_protocol_with_the_same_parameters(protocol, implementation):
    implemented = _methods(implementation)
    for name, signature in _methods(protocol).items():
        assert name in implemented, f"{implementation.__name__} lacks {name}"
        assert list(implemented[name].parameters) == list(signature.parameters), name


def test_the_sqlite_case_list_sorts_by_the_contracts_sort_keys():
    assert tuple(SORTS) == contract.CASE_LIST_SORTS


def test_every_term_a_query_asks_for_is_a_term_the_writer_stores():
    catalogue = default_catalogue()
    # the case as stored: normalised to codes (what a query's words are turned into)
    case = Case(occurred_at="2024-03-01", agency="CBSA", officers=["Zoë Tremblay"],
                transport=vocab.TRANSPORT.code_for("air"), concealment=vocab.CONCEALMENT.code_for("luggage"),
                origin_country="CO", departure_country="PE", transit_countries=["PA"],
                destination_country="CA", location=Location(country="CA", region="Québec", place_type="airport"))
    stored = set(case_terms(case)) | set(exhibit_substance_terms(catalogue, "cocaine", "cocaine"))
    query = contract.SearchQuery(substance="cocaine", match_on="confirmed", country="Canada", origin="Colombia",
                                 departure="PE", transit="Panama", destination="CA", transport="air",
                                 concealment="luggage", place_type="airport", agency="cbsa", region="quebec",
                                 officer="zoe")
    asked = query_terms(catalogue, query)
    assert len(asked) == 12 and set(asked) <= stored
