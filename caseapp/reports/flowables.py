"""Flowables the printed reports share: attachment pictures (scaled down before embedding, never decoded
past a size) and their placeholders, and table rows cut into continuation rows so that no row is taller
than a page and no text is cut short."""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph

from caseapp.core.formats import grouped
from caseapp.core.i18n import translate
from caseapp.reports.fitting import Text, fit_size
from caseapp.reports.styles import GREY_TEXT, RULE, draw_text, markup

THUMBNAIL_PIXELS = 480  # pictures are scaled down to this before embedding: the PDF stays small
# Decoding a picture costs 3-4 bytes a pixel (more while it is turned and flattened): a 420 KB PNG of
# 12000 x 12000 pixels took 1.2 GB. Larger pictures (after a JPEG's reduced-scale decoding) are not decoded.
MAX_DECODED_PIXELS = 24_000_000
ROW_LIMIT = 120 * mm  # a table row taller than this is cut into continuation rows
CONT_CHARS = 12  # a continuation row repeats at most this much of its first cell


class ImageBox(Flowable):
    """A picture fitted into a square box, centred; the reader holds the scaled-down picture."""

    def __init__(self, reader: ImageReader, pixels: tuple[int, int], box: float) -> None:
        super().__init__()
        self.reader = reader
        self.box = box
        scale = min(box / pixels[0], box / pixels[1])
        self.image_size = (pixels[0] * scale, pixels[1] * scale)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.box, self.box

    def draw(self) -> None:
        w, h = self.image_size
        self.canv.drawImage(self.reader, (self.box - w) / 2, (self.box - h) / 2, w, h)
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.4)
        self.canv.rect((self.box - w) / 2, (self.box - h) / 2, w, h)


class PlaceholderBox(Flowable):
    """The square where a picture would be, with a word saying why there is none."""

    def __init__(self, word: str, box: float) -> None:
        super().__init__()
        self.word = word
        self.box = box

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.box, self.box

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setFillColor(colors.HexColor("#f5f5f5"))
        self.canv.setLineWidth(0.4)
        self.canv.rect(0, 0, self.box, self.box, fill=1)
        self.canv.setFillColor(GREY_TEXT)
        size = fit_size(self.word, self.box - 4, 9, 5, bold=True)
        draw_text(self.canv, self.box / 2, self.box / 2 - size / 3, self.word, size=size, bold=True, align="centre")


class PictureTooLarge(ValueError):
    """A picture whose decoded size is past MAX_DECODED_PIXELS: shown as a placeholder with this message."""


def thumbnail(data: bytes, pixels: int = THUMBNAIL_PIXELS) -> tuple[ImageReader, tuple[int, int]] | None:
    """The picture turned upright (EXIF), scaled down, flattened on white, as a JPEG ImageReader; None when
    the bytes are not a picture Pillow reads. Raises PictureTooLarge, before decoding anything, for a
    picture that would decode to more than MAX_DECODED_PIXELS."""
    from PIL import Image, ImageOps  # Pillow comes with ReportLab

    try:
        with Image.open(io.BytesIO(data)) as opened:  # reads the header only
            opened.draft("RGB", (pixels, pixels))  # JPEG: decode at a reduced scale, much faster
            width, height = opened.size
            if width * height > MAX_DECODED_PIXELS:
                raise PictureTooLarge(translate(
                    "Reports", "picture not shown: {width} x {height} pixels is over the {max_decoded_pixels} "
                               "megapixels a report decodes").format(
                    width=grouped(width), height=grouped(height),
                    max_decoded_pixels=MAX_DECODED_PIXELS // 1_000_000))
            picture = ImageOps.exif_transpose(opened)
            picture.thumbnail((pixels, pixels))
            if picture.mode in ("RGBA", "LA", "PA") or (picture.mode == "P" and "transparency" in picture.info):
                rgba = picture.convert("RGBA")
                flat = Image.new("RGB", rgba.size, "white")
                flat.paste(rgba, mask=rgba.getchannel("A"))
                picture = flat
            elif picture.mode not in ("RGB", "L"):
                picture = picture.convert("RGB")
            encoded = io.BytesIO()
            picture.save(encoded, "JPEG", quality=85, optimize=False)
            return ImageReader(io.BytesIO(encoded.getvalue())), picture.size
    except PictureTooLarge:
        raise
    except Exception:  # any unreadable, truncated or hostile file is "not shown", never a failed report
        return None


def thumbnail_or_problem(content: bytes) -> tuple[tuple[ImageReader, tuple[int, int]] | None, str]:
    try:
        return thumbnail(content), ""
    except PictureTooLarge as exc:
        return None, str(exc)



def chunk_rows(rows: Sequence[Sequence[Any]], widths: Sequence[float], padding: float) -> list[list[list[Any]]]:
    """Each row as one or more rows no taller than ROW_LIMIT: a row with a longer cell is cut into
    continuation rows (its Paragraphs, or the flowables of a cell holding several, split where the limit
    falls; the first cell repeated, shortened, with "cont."). ReportLab cannot break a row across pages
    without splitting every row (and then repeats the header in mid-page), so a table never holds a row
    taller than a page and the text is never cut short."""
    out: list[list[list[Any]]] = []
    for row in rows:
        cells = list(row)
        heights = [_height(cell, w - padding) for cell, w in zip(cells, widths, strict=True)]
        if max(heights, default=0) <= ROW_LIMIT:
            out.append([cells])
            continue
        columns = [_split_cell(cell, w - padding, h) for cell, w, h in zip(cells, widths, heights, strict=True)]
        pieces: list[list[Any]] = []
        for index in range(max(len(column) for column in columns)):
            piece = [column[index] if index < len(column) else "" for column in columns]
            if index and len(columns[0]) <= index and isinstance(row[0], Paragraph):
                plain = row[0].getPlainText()
                plain = plain if len(plain) <= CONT_CHARS else plain[:CONT_CHARS - 1] + "…"
                piece[0] = Text(f'{markup(plain)}<br/><font size="6" color="#546e7a">'
                                f'{markup("cont.")}</font>', row[0].style)
            pieces.append(piece)
        out.append(pieces)
    return out


def _split_cell(cell: Any, width: float, height: float) -> list[Any]:
    """A cell's content in pieces no taller than ROW_LIMIT (a Paragraph is halved at a multiple of the
    limit and each half split again: n log n, where splitting off one piece at a time re-wraps the rest
    every time). A cell of several flowables is filled piece by piece."""
    if isinstance(cell, list | tuple):
        return _split_list(list(cell), width)
    if not isinstance(cell, Paragraph) or height <= ROW_LIMIT:
        return [cell]
    half = max(1, math.ceil(height / ROW_LIMIT) // 2)
    parts = cell.split(width, half * ROW_LIMIT)
    if len(parts) != 2:
        return [cell]
    return [piece for part in parts for piece in _split_cell(part, width, _height(part, width))]


def _split_list(flowables: list[Any], width: float) -> list[Any]:
    """Flowables of one cell as lists no taller than ROW_LIMIT, a Paragraph split where a list is full."""
    pieces: list[Any] = []
    current: list[Any] = []
    used = 0.0
    queue = list(reversed(flowables))
    while queue:
        item = queue.pop()
        height = _height(item, width)
        if used + height <= ROW_LIMIT:
            current.append(item)
            used += height
            continue
        if height > ROW_LIMIT and isinstance(item, Paragraph):
            parts = _split_cell(item, width, height) if not current else item.split(width, ROW_LIMIT - used)
            if len(parts) >= 2:
                queue.extend(reversed(parts[1:]))
                current.append(parts[0])
                pieces.append(current)
                current, used = [], 0.0
                continue
        if current:
            pieces.append(current)
            current, used = [], 0.0
            queue.append(item)
            continue
        pieces.append([item])  # taller than the limit and cannot be split: alone in its row
    if current:
        pieces.append(current)
    return pieces


def split_rows(rows: Sequence[Sequence[Any]], widths: Sequence[float], padding: float) -> list[list[Any]]:
    """The rows of a table of `widths` (points) with continuation rows where a cell is taller than a page."""
    return [piece for pieces in chunk_rows(rows, widths, padding) for piece in pieces]


def _height(cell: Any, width: float) -> float:
    if isinstance(cell, Flowable):
        return float(cell.wrap(width, 1e6)[1])
    if isinstance(cell, list | tuple):
        return sum(_height(item, width) for item in cell)
    return 0.0

