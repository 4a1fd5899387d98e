"""Inventory audits on the server: store.sqlite.inventory's SQL, with the custody event's location read from its
JSON text as the server's index holds it (schema.INVENTORY_LOCATION_KEY)."""

from __future__ import annotations

from caseapp.store.postgres.schema import INVENTORY_LOCATION_KEY
from caseapp.store.sqlite.inventory import InventoryStore


class PgInventoryStore(InventoryStore):
    LOCATION_KEY = INVENTORY_LOCATION_KEY
