"""Helpers for the printed reports that read a PDF back (text per page, fonts). The users and the sample
imported by an officer (sample_case_app) come from tests/conftest.py."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def _flat(text: str) -> str:
    """Text with every run of whitespace (line breaks inside table cells included) as one space."""
    return " ".join(text.split())


def _fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the PDF's pages use: base name -> embedded (a FontFile, FontFile2 or FontFile3)."""
    found: dict[str, bool] = {}
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        for ref in (fonts.get_object().values() if fonts is not None else ()):
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            inner = descendants.get_object()[0].get_object() if descendants is not None else font
            descriptor = inner.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
    return found


@pytest.fixture
def pdf_pages():
    """pdf bytes -> the text of each page (pypdf)."""
    return _pages


@pytest.fixture
def flat():
    return _flat


@pytest.fixture
def pdf_fonts():
    return _fonts


def attachment_row(file_name: str, media_type: str, size: int, sha256: str, **fields):
    """An attachment's stored metadata as the report reads it (the store's own row), without a database."""
    from caseapp.store.contract import Attachment

    row = {"id": 1, "case_id": 1, "case_number": "CASE-2026-000001", "exhibit_id": None, "exhibit_number": None,
           "caption": "", "added_by": "olga", "added_at": "2026-11-25T12:00:00Z", **fields}
    return Attachment(file_name=file_name, media_type=media_type, size=size, sha256=sha256, **row)
