"""Synthetic scans of the typed dev documents, parsed as scans and scored against their gold (issue 13).

A measuring script, never shipped with the package. The real scans of the corpus are few and the
dev ones nearly solved, so they cannot show whether a scan rule travels. Here each **dev**
document with a typed original (DOCX, else a PDF with a text layer) is printed and scanned again:

1. the original as a PDF (a DOCX through ``soffice --headless --convert-to pdf``);
2. its pages rasterised by ``pdftoppm`` (colour), all of them up to ``MAX_PAGES``, else the first
   two and the signer's page with the one before it (the header and the closing are what the
   register fields come from; ``--all-pages``: every page);
3. optionally a red round seal over the signature block (``--seal``; NĐ 30/2020, Phụ lục I: the
   seal covers about a third of the signature, on its left, so its centre is placed left of the
   name's middle, between the position's line and the name's) with a blue signature stroke, and
   a received stamp ("ĐẾN Số: … Ngày: …", ``--stamp``) near the header, both multiplied over the
   print (ink over print: the print stays dark where they cross);
4. a variant: ``s200``, ``s250``, ``s300`` (a flatbed scan at that resolution: a small turn,
   blur, noise) or ``phone`` (a hand-held photo: perspective, a larger turn, uneven light, JPEG);
   ``--grey`` saves the pages in grey (the seal then dark, as on a grey scanner);
5. the pages saved as an image-only PDF and read as the evaluator reads a scan
   (``load_path(..., ocr=True)``, ``parse_source``), scored field by field against the gold with
   ``evaluate.score_document``.

Reported per variant: the 13 register figures (the 11 register fields' strict accuracy, the
recipients' and distribution's strict F1) and their mean, and per document the fields missed;
the duties' lenient F (obligations, + responsible, + due, deadlines, + action), over all the
documents and over those rendered whole, and per document the gold duty entries missed;
beside them the same documents' typed originals parsed as typed (the ceiling a scan can reach); with
``--stamp``, the record's ``received.number`` (exact) and ``received.date`` (ISO) against what the render's
stamp printed (``stamp_values``), out of the 13's mean, and per document the stamp's fields missed.
Everything is seeded per document and variant, so a run is repeatable; the images, PDFs and
Tesseract's output are cached (``--work``; Tesseract's under ``$OCR_CACHE`` with the key of
``scripts/ocrcached.py``). ``s250`` is kept as a check set: rules are not tuned on it.

Usage (from the worktree root):
    python3 scripts/synthetic_scans.py corpus annotations --variants s200,phone --seal --stamp \\
        --json /tmp/syn/after.json --compare /tmp/syn/before.json
    python3 scripts/synthetic_scans.py corpus annotations --ids n009,n010 --variants s200 --seal --show n009
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import io
import itertools
import json
import math
import os
import random
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import regex
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, os.getcwd())
from ocrcached import cache_tesseract  # scripts/ocrcached.py: the team's Tesseract cache

from directive_parser import evaluate as ev
from directive_parser.loaders import load_path
from directive_parser.pipeline import parse_source

VARIANTS = ("s200", "s250", "s300", "phone", "b200")
# The variant kept out of tuning: its figures are looked at, its misses are not worked on.
CHECK_VARIANT = "s250"
# Resolution a variant is rasterised at; the phone's page is shot at 300 and brought down to
# PHONE_WIDTH (a 12 MP photo of an A4 page fills about 2300 px across).
VARIANT_DPI = {"s200": 200, "s250": 250, "s300": 300, "phone": 300, "b200": 200}
PHONE_WIDTH = 2300
# An image of at least this many pixels in a PDF is a scanned page (an A4 page at 150 dpi has
# 2.2 million; a logo or an e-signature's picture under 0.2 million: n033's 550 x 265).
PAGE_IMAGE_PIXELS = 1_500_000
# Documents longer than this are cut to their header's and their closing's pages (``--all-pages``:
# never). The duties printed on the pages left out are not in the render: the duties' figures are
# also given over the documents rendered whole (``whole_document``), where a duty lost is a duty
# the scan lost (session 20: on s300, n001, n002 and n004 lose 654 of the render's 753 gold duty
# entries against their typed originals, nearly all on pages never rendered).
MAX_PAGES = 4
# The 13 register figures: the summary table's register fields, then two lists' strict F1.
LIST_FIGURES = ("recipients", "distribution")
FIGURES = (*ev.REGISTER_FIELDS, *LIST_FIGURES)
# The duties' figures, lenient F (issues 11 and 13: a scan's checklist should be its typed copy's),
# reported beside the 13 and kept out of their mean: the obligations alone, with their responsible
# body and their time, the deadlines and the deadlines with their action.
DUTY_FIGURES = ("obligations", "obligations +responsible", "obligations +due", "deadlines", "deadlines +action")
# The received stamp's fields scored against what the generator printed (``stamp_values``), beside the 13
# and out of their mean: the record's ``received.number`` exact, its ``received.date`` as an ISO day.
RECEIVED_FIELDS = ("number", "date")
# A seal is 35-45 mm across (Nghị định 99/2016 on seals: a round seal of an office or a commune).
SEAL_MM = (36.0, 42.0)
# The title over the name is looked for in the name's column, from this far left of the name.
TITLE_LEFT_PT = 100.0
# Below this gap (points) between the title and the name, the typed file left no room to sign
# (the seeds' DOCX print the closing as plain paragraphs): no seal is drawn there.
SIGNATURE_SPACE_PT = 30.0
SEAL_RED = (205, 35, 45)
SIGNATURE_BLUE = (30, 50, 170)
STAMP_RED = (200, 40, 60)
# The received stamp's size (points) and the band of the page (shares of its height) it is put in.
STAMP_PT = (150.0, 62.0)
STAMP_TOP_SHARE = (0.06, 0.4)
# ``--stamp-at real``: where clerks put the received stamp, seeded per document and variant (the
# real dev scans show each): "free", a blank of the header's left (the only place ``--stamp-at
# free`` uses); "under_number", right under the number line in the left column, where a công văn
# prints its "V/v" lines (c140, c158: the frame over the subject's lines); "over_subject", its top
# on the subject's first line (c159: the stamp over the end of the subject's first line, right of
# "THÔNG BÁO"); "beside_title", left of a kế hoạch's / thông báo's type name, level with it, so the
# frame runs into the subject's long lines. Weights as listed.
STAMP_SPOTS = (("free", 1.0), ("under_number", 1.0), ("over_subject", 1.0), ("beside_title", 1.0))
# The header part's end (``body_top``): lines are words whose tops lie within LINE_PT; a body line is wider
# than LINE_WIDE_PT with no gap of COLUMN_GAP_PT (the header's two columns) and starts in the page's top
# BODY_SHARE.
LINE_PT = 4.0
LINE_WIDE_PT = 200.0
COLUMN_GAP_PT = 30.0
# a justified line ends within JUSTIFIED_PT of the right margin (pdftotext's ends of n012's body lines:
# 544.9-545.6); a centred subject's line as wide ends 2-3 points off it (n009's "tại một số vị trí của 02
# tuyến …" 546.0 against the body's 544.0-544.3, n018's "Về việc thành lập hội đồng …" 535 against 538)
JUSTIFIED_PT = 1.5
# INDENTED_START: a paragraph's first line indented by INDENT_PT (points) from the body's left edge, the next
# line at that edge (n012's "Ngày 22/4/2026, đồng chí …" at 121, "Tỉnh ủy, Phó Chủ tịch …" at 85 under it,
# where pdftotext's ends of the justified lines spread past JUSTIFIED_PT)
INDENT_PT = (10.0, 50.0)
BODY_SHARE = 0.7
# The stamp's slant (degrees, about its own centre) and ink: red, blue, or grey (a black-ink stamp,
# or a stamp on a photocopy), with weights; a rectangular or a round-cornered frame.
STAMP_SLANT = 8.0
# The received day, this many days after the document's date (an office receives a directive after
# it is issued; a stamp dated before it bounds the date and the parser rightly refuses the date read).
STAMP_DAYS_AFTER = (1, 10)
STAMP_INKS = (((200, 40, 60), 0.45), ((40, 60, 170), 0.35), ((95, 95, 95), 0.2))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
# PORTAL_VARIANT ``b200`` (issue 13, session 23): the Government Office's pages as the real dev scans c135, c137,
# c139, c140, c143, c146, c150, c158, c159 are: 200 dpi, saved 1-bit (``bilevel``: thresholded at BILEVEL_THRESHOLD
# after the flatbed's blur and noise, as a fax-like office scanner does; a red seal comes out black), and with
# ``--stamp`` the portal's received stamp (``portal_stamp``) in black instead of the coloured one.
PORTAL_VARIANTS = ("b200",)
BILEVEL_THRESHOLD = 150
# The portal's stamp as on c159 (200 dpi crop, about 365 x 120 px): a ruled box about 132 x 43 pt, its first row
# "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ" ruled off, under it a large "ĐẾN" and two dotted fields, "Giờ:" (a letter
# written in: "S" sáng, "C" chiều) and "Ngày:" (the day written by hand, d/m/yyyy).
PORTAL_PT = (132.0, 43.0)
# its rules' thickness (points): the real sides measure 1.4-1.9 pt at the loader's 300 dpi (c135 1.9, c137 1.4, c146
# 1.4, c150 1.9, c159 1.7); a thinner rule breaks into short runs when slanted and is lost to the frame finders
PORTAL_RULE_PT = 1.6
PORTAL_LINES = ("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "ĐẾN", "Giờ:", "Ngày:")
# Where the real ones sit (page 1 of the dev scans above), weights as listed: "beside_title", left of the type's
# name, level with it or a line lower, over the subject's first words (c139, c158); "right_of_title", right of
# the type's name, its foot on the subject's first line's end (c159); "number_line", right, over the date line's
# end or the number line (c143, c146); "under_number", in the left column under the number line, over the
# subject's lines (c137, c140).
PORTAL_SPOTS = (("beside_title", 1.0), ("right_of_title", 1.0), ("number_line", 1.0), ("under_number", 1.0))
# condensed faces with the Vietnamese marks (Liberation Sans Narrow lacks "ổ", "ệ", "ử", "ờ")
PORTAL_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"
PORTAL_LABEL_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
PORTAL_MARK_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
HAND_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"

DEFAULT_WORK = "/tmp/synthetic_scans"
_TOKEN = regex.compile(r"[\p{L}\p{N}]+")


# --- the typed original -------------------------------------------------------------------------


def typed_original(corpus: Path, doc_id: str) -> Path | None:
    """The document's typed original: its DOCX, else a PDF whose first page has a text layer."""
    files = corpus / "files"
    docx = files / f"{doc_id}.docx"
    if docx.is_file():
        return docx
    pdf = files / f"{doc_id}.pdf"
    if pdf.is_file():
        text = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
        if len(text.split()) >= 50 and not has_page_image(pdf) and not load_path(pdf, ocr=False).unread_pages:
            return pdf  # the evaluator reads it as a typed PDF, not as a scan
    return None


def has_page_image(pdf: Path) -> bool:
    """Whether a page of the PDF is a picture (a scan with a text layer laid over it, as c139's)."""
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
    for row in listing.splitlines()[2:]:
        cols = row.split()
        if len(cols) > 4 and int(cols[3]) * int(cols[4]) >= PAGE_IMAGE_PIXELS:
            return True
    return False


def as_pdf(original: Path, work: Path) -> Path:
    """The original as a PDF (a DOCX converted once by LibreOffice, cached in ``work``)."""
    if original.suffix.lower() == ".pdf":
        return original
    out = work / "pdf" / f"{original.stem}.pdf"
    if not out.is_file():
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out.parent), str(original)],
                       capture_output=True, check=True, timeout=180)
    return out


def page_count(pdf: Path) -> int:
    """Number of pages (pdfinfo)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    m = regex.search(r"(?m)^Pages:\s+(\d+)", info)
    return int(m.group(1)) if m else 1


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(unicodedata.normalize("NFC", text))]


def word_boxes(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """The page's words with their boxes in points (``pdftotext -bbox``): (word, x0, y0, x1, y1)."""
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
                         capture_output=True, text=True).stdout
    words: list[tuple[str, float, float, float, float]] = []
    for m in regex.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', out):
        x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
        words.append((html.unescape(m.group(5)), x0, y0, x1, y1))
    return words


def find_runs(words: list[tuple[str, float, float, float, float]], phrase: str | None) -> list[tuple[float, float, float, float]]:
    """The boxes of every run of words spelling ``phrase`` (case and marks as printed, NFC), in the words' order."""
    want = _tokens(phrase or "")
    if not want:
        return []
    flat = [(tok, w) for w in words for tok in _tokens(w[0])]
    runs = []
    for i in range(len(flat) - len(want) + 1):
        if [t for t, _ in flat[i : i + len(want)]] == want:
            boxes = [w for _, w in flat[i : i + len(want)]]
            runs.append((min(b[1] for b in boxes), min(b[2] for b in boxes), max(b[3] for b in boxes), max(b[4] for b in boxes)))
    return runs


def find_run(words: list[tuple[str, float, float, float, float]], phrase: str | None) -> tuple[float, float, float, float] | None:
    """The box of the last run of words spelling ``phrase`` (case and marks as printed, NFC)."""
    runs = find_runs(words, phrase)
    return runs[-1] if runs else None


def find_top_run(words: list[tuple[str, float, float, float, float]], phrase: str | None) -> tuple[float, float, float, float] | None:
    """The box of the run of words spelling ``phrase`` that stands highest on the page."""
    return min(find_runs(words, phrase), key=lambda b: (b[1], b[0]), default=None)


def whole_document(pdf: Path, all_pages: bool = False) -> bool:
    """Whether the document's every page is rendered (``pages_to_render`` cuts none of it)."""
    return all_pages or page_count(pdf) <= MAX_PAGES


def pages_to_render(pdf: Path, signer: str | None, all_pages: bool = False) -> tuple[list[int], int | None]:
    """The pages to scan and the page the signer's name is printed on (None: not found)."""
    n = page_count(pdf)
    signer_page = next((p for p in range(n, 0, -1) if find_run(word_boxes(pdf, p), signer)), None)
    if whole_document(pdf, all_pages):
        return list(range(1, n + 1)), signer_page
    last = signer_page or n
    return sorted({1, 2, max(1, last - 1), last}), signer_page


# --- ink: the seal, the signature, the received stamp ------------------------------------------


def _ink_layer(size: tuple[int, int]) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    layer = Image.new("RGB", size, (255, 255, 255))
    return layer, ImageDraw.Draw(layer)


def _multiply(page: Image.Image, layer: Image.Image) -> Image.Image:
    a = np.asarray(page, dtype=np.float32)
    b = np.asarray(layer, dtype=np.float32)
    return Image.fromarray((a * b / 255.0).astype(np.uint8), "RGB")


def _ring_text(layer: Image.Image, centre: tuple[float, float], radius: float, text: str, size: int, colour: tuple[int, int, int]) -> None:
    """Capitals set round the ring from the left, as on a seal."""
    font = ImageFont.truetype(FONT, size)
    span = 300.0
    step = span / max(1, len(text))
    for k, ch in enumerate(text):
        angle = -150.0 + step * k  # degrees clockwise from the top
        glyph = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(glyph).text((size // 2, size // 4), ch, font=font, fill=255)
        glyph = glyph.rotate(-angle, resample=Image.Resampling.BICUBIC)
        rad = math.radians(angle)
        x = centre[0] + radius * math.sin(rad) - size
        y = centre[1] - radius * math.cos(rad) - size
        layer.paste(Image.new("RGB", glyph.size, colour), (int(x), int(y)), glyph)


def seal_and_signature(page: Image.Image, dpi: int, name_box: tuple[float, float, float, float],
                       title_box: tuple[float, float, float, float] | None, issuer: str, rng: random.Random) -> Image.Image:
    """A red round seal and a blue signature over the block whose name's box (points) is given."""
    px = dpi / 72.0
    nx0, ny0, nx1, _ = (v * px for v in name_box)
    top = (title_box[3] * px) if title_box else ny0 - 80 * px
    diameter = rng.uniform(*SEAL_MM) / 25.4 * dpi
    cx = (nx0 + nx1) / 2 - diameter * rng.uniform(0.25, 0.45)
    cy = (top + ny0) / 2 + rng.uniform(-0.08, 0.08) * diameter
    layer, draw = _ink_layer(page.size)
    r = diameter / 2
    width = max(2, int(dpi / 100))
    # the signature: a few strokes across the block's middle, before the seal (the seal is put last)
    points = []
    x = (nx0 + nx1) / 2 - diameter * 0.5
    for k in range(9):
        points.append((x + k * diameter * 0.14, cy + rng.uniform(-0.22, 0.22) * diameter))
    draw.line(points, fill=SIGNATURE_BLUE, width=width + 1, joint="curve")
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=SEAL_RED, width=width * 2)
    r2 = r * 0.68
    draw.ellipse((cx - r2, cy - r2, cx + r2, cy + r2), outline=SEAL_RED, width=width)
    star = [(cx + r * 0.22 * math.sin(math.radians(a)) * (1 if i % 2 == 0 else 0.4),
             cy - r * 0.22 * math.cos(math.radians(a)) * (1 if i % 2 == 0 else 0.4))
            for i, a in enumerate(range(0, 360, 36))]
    draw.polygon(star, fill=SEAL_RED)
    _ring_text(layer, (cx, cy), r * 0.84, issuer.upper()[:34], max(8, int(diameter * 0.085)), SEAL_RED)
    return _multiply(page, layer)


def stamp_place(words: list[tuple[str, float, float, float, float]], page_height: float, x0: float,
                size: tuple[float, float]) -> float:
    """Top (points) of the first free band in the header's left where the stamp covers no word.

    Clerks stamp in a blank of the header's left when there is room; else in the top margin, over
    the issuer's first line (a stamp over the subject, as on c140, garbles it past any rule).
    """
    w, h = size
    y = page_height * STAMP_TOP_SHARE[0]
    while y + h <= page_height * STAMP_TOP_SHARE[1]:
        if not any(b[1] < x0 + w and b[3] > x0 and b[2] < y + h and b[4] > y for b in words):
            return y
        y += 4.0
    return page_height * STAMP_TOP_SHARE[0] * 0.5


def received_day(issued: str | None, day: int, month: int) -> str:
    """The stamp's "Ngày:" field: ``STAMP_DAYS_AFTER`` days after the document's date (ISO, from the
    gold: the generator renders test input, it is not the parser), the lag seeded by the day already
    drawn; without a date, the drawn day and month of 2024 as before.

    >>> received_day("2025-01-24", 1, 5), received_day("2025-12-28", 28, 2), received_day(None, 7, 8)
    ('25/1/2025', '5/1/2026', '7/8/2024')
    """
    if not issued:
        return f"{day}/{month}/2024"
    lag = STAMP_DAYS_AFTER[0] + (day - 1) % (STAMP_DAYS_AFTER[1] - STAMP_DAYS_AFTER[0] + 1)
    received = dt.date.fromisoformat(issued) + dt.timedelta(days=lag)
    return f"{received.day}/{received.month}/{received.year}"


# SEAL_DRAWS: what ``seal_and_signature`` takes from the render's generator (the diameter, the centre's
# two shifts, the signature's nine points: twelve ``random()``); a seal on page 1 is drawn before the received stamp.
SEAL_DRAWS = 3 + 9


def stamp_values(doc_id: str, variant: str, notes: list[str], issued: str | None) -> dict[str, str] | None:
    """STAMP_VALUES: the number and day (ISO) the render's received stamp printed, drawn again from its seed.

    ``received_stamp`` draws the left edge, the number, the day and the month from the render's
    generator after the seal, where the seal is on page 1 (the render's notes say "seal on page 1");
    the same draws give the same values, so a cached render is scored without being made again
    (n018 on s300: "ĐẾN Số: 2872 Ngày: 10/11/2024", read "ĐẾN Số; 2gz„ : Ngày; 10/11/"; n026 on s300, the seal
    on page 1: "ĐẾN Số: 1547 Ngày: 1/8/2025", read "Số:1547 Ngày: 1/8/2028"). None when no stamp was put on it.
    """
    if not any(n.startswith("received stamp") for n in notes):
        return None
    rng = random.Random(int(hashlib.sha1(f"{doc_id}|{variant}".encode()).hexdigest()[:8], 16))
    if "seal on page 1" in notes:
        for _ in range(SEAL_DRAWS):
            rng.random()
    rng.uniform(40, 70)
    number = rng.randint(100, 4999)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    d, m, y = (int(v) for v in received_day(issued, day, month).split("/"))
    return {"number": str(number), "date": dt.date(y, m, d).isoformat()}


def received_score(printed: dict[str, str] | None, read: dict[str, Any] | None) -> dict[str, Any]:
    """RECEIVED_SCORE: the stamp's number (exact) and day (ISO) read against what the render printed.

    ``{"number": [printed, read] or None, "date": …}``: a pair where the read differs (a wrong read and
    a value not read are both misses), None where it is right; an empty dict for a render without a stamp.

    >>> received_score({"number": "1700", "date": "2024-06-07"}, {"number": "1700", "date": "2024-06-01"})
    {'number': None, 'date': ['2024-06-07', '2024-06-01']}
    """
    if printed is None:
        return {}
    read = read or {}
    return {f: None if read.get(f) == printed[f] else [printed[f], read.get(f)] for f in RECEIVED_FIELDS}


def received_figures(scored: dict[str, dict[str, Any]]) -> dict[str, float]:
    """The share of the stamped renders whose stamp's number, and day, were read right (exact)."""
    stamped = [v for v in scored.values() if v]
    return {f"received.{f}": round(sum(v[f] is None for v in stamped) / len(stamped), 4) if stamped else 0.0
            for f in RECEIVED_FIELDS}


def received_stamp(page: Image.Image, dpi: int, words: list[tuple[str, float, float, float, float]],
                   rng: random.Random, spot_rng: random.Random | None = None, subject: str | None = None,
                   doc_type: str | None = None, issued: str | None = None) -> Image.Image:
    """A received stamp ("ĐẾN Số: … Ngày: …") in a ruled box, in the header's left.

    With ``spot_rng`` (``--stamp-at real``) the place, slant, ink and frame are drawn from it
    (``real_stamp``); ``rng`` gives the same draws in the same order either way (the left edge, the
    number, the day, the month, the page's turn), so the seal before it and the scan after it are
    the same as with ``--stamp-at free``: only the stamp differs between the two renders. The
    received day is 1-10 days after the document's date ``issued`` (``received_day``).
    """
    px = dpi / 72.0
    w, h = STAMP_PT
    x0 = rng.uniform(40, 70)
    number = rng.randint(100, 4999)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    turn = rng.uniform(-3, 3)
    lines = ["VĂN PHÒNG UBND", f"ĐẾN  Số: {number}", f"Ngày: {received_day(issued, day, month)}", "Chuyển: ........"]
    if spot_rng is not None:
        return real_stamp(page, dpi, words, spot_rng, x0, lines, subject, doc_type)
    layer, draw = _ink_layer(page.size)
    y0 = stamp_place(words, page.size[1] / px, x0, STAMP_PT) * px
    x0, w, h = x0 * px, w * px, h * px
    width = max(2, int(dpi / 110))
    draw.rectangle((x0, y0, x0 + w, y0 + h), outline=STAMP_RED, width=width)
    font = ImageFont.truetype(FONT, int(8.5 * px))
    for k, line in enumerate(lines):
        draw.text((x0 + 8 * px, y0 + (4 + 14 * k) * px), line, font=font, fill=STAMP_RED)
    return _multiply(page, layer.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255)))


def _weighted(rng: random.Random, choices: tuple[tuple[Any, float], ...]) -> Any:
    return rng.choices([c for c, _ in choices], weights=[wt for _, wt in choices])[0]


def _lines(words: list[tuple[str, float, float, float, float]]) -> list[list[tuple[str, float, float, float, float]]]:
    """The page's words grouped in printed lines (tops within LINE_PT of the line's first word), top down, left to right."""
    lines: list[list[tuple[str, float, float, float, float]]] = []
    for b in sorted(words, key=lambda b: (b[2], b[1])):
        if lines and abs(b[2] - lines[-1][0][2]) <= LINE_PT:
            lines[-1].append(b)
        else:
            lines.append([b])
    return [sorted(line, key=lambda b: b[1]) for line in lines]


def body_top(words: list[tuple[str, float, float, float, float]], page_height: float) -> float | None:
    """Top (points) of the body's first line on page 1: the header part (NĐ 30/2020 Phụ lục I: the issuer,
    the motto, the number and the date, the type's name, the subject) ends there.

    - KINH_GUI: a công văn's (or a tờ trình's) "Kính gửi:" opens the body (n013: "Kính gửi: Công an tỉnh"
      under the "V/v triển khai thực hiện / Công văn số 4552/BCA-C04" lines, the body's "Ủy ban nhân dân
      tỉnh nhận được Công văn số 4552/BCA-C04 …" below it).
    - JUSTIFIED_LINE: else the first line under the number line that runs, with no column's gap, to the
      page's right margin (the body's text is justified; the header's lines are centred or in two
      columns: n009's "Ngày 24/4/2026, đồng chí …" under the centred "THÔNG BÁO" and its subject's lines),
    - or INDENTED_START (see INDENT_PT), whichever comes first.
    None: neither found (the whole page is searched as before).
    """
    kinh_gui = find_top_run(words, "Kính gửi")
    if kinh_gui and kinh_gui[1] < page_height * BODY_SHARE:
        return kinh_gui[1]
    number = next((b for b in words if b[0] in ("Số:", "Số") and b[2] < page_height * 0.3), None)
    lines = [line for line in _lines(words) if number is None or line[0][2] > number[4]]
    ends = sorted(line[-1][3] for line in lines if line[-1][3] - line[0][1] > LINE_WIDE_PT)
    if not ends:
        return None
    # the right margin: the middle of the largest cluster of wide lines' ends (the justified body's)
    cluster = max(([e for e in ends if abs(e - f) <= JUSTIFIED_PT] for f in ends), key=len)
    margin = cluster[len(cluster) // 2]
    wide = [line for line in lines if line[-1][3] - line[0][1] > LINE_WIDE_PT and line[0][2] < page_height * BODY_SHARE
            and all(b[1] - a[3] < COLUMN_GAP_PT for a, b in itertools.pairwise(line))]
    left = min((line[0][1] for line in wide), default=0.0)
    for k, line in enumerate(lines):
        after = lines[k + 1] if k + 1 < len(lines) else []
        if line not in wide:
            continue
        justified = abs(line[-1][3] - margin) <= JUSTIFIED_PT
        # the very next printed line, wide too, at the body's left edge
        indented = (INDENT_PT[0] <= line[0][1] - left <= INDENT_PT[1] and after in wide
                    and abs(after[0][1] - left) <= JUSTIFIED_PT)
        if justified or indented:
            return line[0][2]
    return None


def header_words(words: list[tuple[str, float, float, float, float]], page_height: float) -> list[tuple[str, float, float, float, float]]:
    """The words above the body's first line (``body_top``): where clerks put the received stamp (the real dev
    scans c140, c158, c159: in the header band, above the first body line); the whole page when the body's
    first line is not found."""
    top = body_top(words, page_height)
    return words if top is None else [b for b in words if b[2] < top - 1.0]


def stamp_spot(words: list[tuple[str, float, float, float, float]], page_height: float, x0: float,
               spot: str, subject: str | None, doc_type: str | None, rng: random.Random) -> tuple[float, float]:
    """Top-left (points) of the stamp at ``spot`` (see STAMP_SPOTS); "free" where the page lacks the line.

    The subject's run and the type's name are looked for in the header part only (``header_words``), the
    highest run first: where the body repeats them (n037's "… tham gia góp ý dự thảo văn bản …", n013's
    "… nhận được Công văn số 4552 …") the stamp went on the body's lines, which no office does.
    """
    h = STAMP_PT[1]
    header = header_words(words, page_height)
    first = find_top_run(header, " ".join(_tokens(subject or "")[:3])) if subject else None
    number = next((b for b in words if b[0] in ("Số:", "Số") and b[2] < page_height * 0.3), None)
    title = find_top_run([b for b in header if b[2] < page_height * 0.4], doc_type) if doc_type else None
    if spot == "under_number" and number:
        return x0, number[4] + rng.uniform(2.0, 10.0)
    if spot == "over_subject" and first:
        return max(20.0, first[0] + rng.uniform(-20.0, 40.0)), first[1] - rng.uniform(0.0, 0.4) * h
    if spot == "beside_title" and title:
        return x0, title[1] - rng.uniform(0.0, 0.5) * h
    return x0, stamp_place(words, page_height, x0, STAMP_PT)


def spot_note(rng: random.Random | None, seed: int) -> str:
    """The place, ink and slant ``real_stamp`` draws for this seed (said in the render's notes)."""
    again = random.Random(seed ^ 0x5EA1)
    spot, ink = _weighted(again, STAMP_SPOTS), _weighted(again, STAMP_INKS)
    name = {c: n for n, c in zip(("red", "blue", "grey"), (c for c, _ in STAMP_INKS), strict=True)}[ink]
    return f"{spot}, {name}, slant {again.uniform(-STAMP_SLANT, STAMP_SLANT):+.1f}"


def real_stamp(page: Image.Image, dpi: int, words: list[tuple[str, float, float, float, float]], rng: random.Random,
               x0: float, lines: list[str], subject: str | None, doc_type: str | None) -> Image.Image:
    """The received stamp at a seeded real place (``--stamp-at real``), slanted about its own centre."""
    px = dpi / 72.0
    spot = _weighted(rng, STAMP_SPOTS)
    ink = _weighted(rng, STAMP_INKS)
    slant = rng.uniform(-STAMP_SLANT, STAMP_SLANT)
    rounded = rng.random() < 0.5
    x, y = stamp_spot(words, page.size[1] / px, x0, spot, subject, doc_type, rng)
    w, h = (round(v * px) for v in STAMP_PT)
    stamp, draw = _ink_layer((w, h))
    width = max(2, int(dpi / 110))
    if rounded:
        draw.rounded_rectangle((0, 0, w - 1, h - 1), radius=int(10 * px), outline=ink, width=width)
    else:
        draw.rectangle((0, 0, w - 1, h - 1), outline=ink, width=width)
    font = ImageFont.truetype(FONT, int(8.5 * px))
    for k, line in enumerate(lines):
        draw.text((8 * px, (4 + 14 * k) * px), line, font=font, fill=ink)
    stamp = stamp.rotate(slant, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(255, 255, 255))
    layer, _ = _ink_layer(page.size)
    cx, cy = (x + STAMP_PT[0] / 2) * px, (y + STAMP_PT[1] / 2) * px
    layer.paste(stamp, (round(cx - stamp.size[0] / 2), round(cy - stamp.size[1] / 2)))
    return _multiply(page, layer)


def portal_spot(words: list[tuple[str, float, float, float, float]], page_size: tuple[float, float], spot: str,
                subject: str | None, doc_type: str | None, rng: random.Random) -> tuple[float, float]:
    """Top-left (points) of the portal's stamp at ``spot`` (see PORTAL_SPOTS); the header's first blank of its
    left (``stamp_place``) where the page lacks the line the spot is by.

    The type's name is looked for in the header part only (``header_words``), the highest run first, as
    ``stamp_spot`` does; the number line is the "Số:" in the page's top 30 %.
    """
    width, height = page_size
    w, h = PORTAL_PT
    header = header_words(words, height)
    number = next((b for b in words if b[0] in ("Số:", "Số") and b[2] < height * 0.3), None)
    title = find_top_run([b for b in header if b[2] < height * 0.4], doc_type) if doc_type else None
    left = 20.0
    right = width - w - 15.0
    if spot == "beside_title" and title:
        return max(left, title[0] - w - rng.uniform(10.0, 60.0)), title[1] + rng.uniform(-0.3, 1.0) * h
    if spot == "right_of_title" and title:
        return min(right, title[2] + rng.uniform(40.0, 140.0)), title[3] + rng.uniform(-0.6, 0.0) * h
    if spot == "number_line" and number:
        return right - rng.uniform(0.0, 40.0), number[1] + rng.uniform(-0.2, 0.8) * h
    if spot == "under_number" and number:
        return max(left, number[1] + rng.uniform(-10.0, 30.0)), number[4] + rng.uniform(4.0, 30.0)
    return 45.0, stamp_place(words, height, 45.0, PORTAL_PT)


def hand_written(layer: Image.Image, xy: tuple[float, float], text: str, size: float, rng: random.Random) -> None:
    """HAND_WRITTEN: ``text`` written along a baseline as a hand does: each character its own size (±15 %),
    lean (±10°) and height (±10 % of the size), its advance uneven; black, on ``layer`` (a 1-bit page's
    handwriting, as the portal stamp's hour and day on the real dev scans: c159's "14/4/2025", c146's 4 open)."""
    x, y = xy
    for ch in text:
        s = max(6, round(size * rng.uniform(0.85, 1.15)))
        font = ImageFont.truetype(HAND_FONT, s)
        glyph = Image.new("L", (s * 2, s * 2), 0)
        ImageDraw.Draw(glyph).text((s // 2, s // 4), ch, font=font, fill=255)
        glyph = glyph.rotate(rng.uniform(-10.0, 10.0), resample=Image.Resampling.BICUBIC)
        layer.paste(Image.new("RGB", glyph.size, (0, 0, 0)), (round(x - s / 2), round(y - s / 4 + rng.uniform(-0.1, 0.1) * s)), glyph)
        x += font.getlength(ch) * rng.uniform(0.95, 1.25)


def portal_stamp(page: Image.Image, dpi: int, words: list[tuple[str, float, float, float, float]], rng: random.Random,
                 subject: str | None, doc_type: str | None, issued: str | None) -> tuple[Image.Image, str]:
    """PORTAL_STAMP: the Government portal's received stamp (see PORTAL_LINES) in black at a seeded real place
    (PORTAL_SPOTS), slanted up to 3°, its hour and day written by hand (``hand_written``); the day 1-10 days after
    the document's ``issued`` (``received_day``). Returns the page and a note of the place and the day."""
    px = dpi / 72.0
    spot = _weighted(rng, PORTAL_SPOTS)
    slant = rng.uniform(-3.0, 3.0)
    hour = rng.choice("SC")
    day = received_day(issued, rng.randint(1, 28), rng.randint(1, 12))
    x, y = portal_spot(words, (page.size[0] / px, page.size[1] / px), spot, subject, doc_type, rng)
    w, h = (round(v * px) for v in PORTAL_PT)
    stamp, draw = _ink_layer((w, h))
    rule = max(2, round(PORTAL_RULE_PT * px))
    draw.rectangle((0, 0, w - 1, h - 1), outline=(0, 0, 0), width=rule)
    head = 12 * px
    draw.line((0, head, w, head), fill=(0, 0, 0), width=rule)
    small = ImageFont.truetype(PORTAL_FONT, round(6.2 * px))
    draw.text((w / 2, head / 2 + px), PORTAL_LINES[0], font=small, fill=(0, 0, 0), anchor="mm")
    big = ImageFont.truetype(PORTAL_MARK_FONT, round(11 * px))
    draw.text((5 * px, head + (h / px - 12) / 2 * px), PORTAL_LINES[1], font=big, fill=(0, 0, 0), anchor="lm")
    label = ImageFont.truetype(PORTAL_LABEL_FONT, round(6.5 * px))
    for k, (name, value) in enumerate(((PORTAL_LINES[2], hour), (PORTAL_LINES[3], day))):
        base = head + (9 + 11 * k) * px
        draw.text((40 * px, base), name, font=label, fill=(0, 0, 0), anchor="ls")
        start = 40 * px + label.getlength(name) + 2 * px
        for dot in range(int(start), w - round(5 * px), max(2, round(1.6 * px))):
            draw.point((dot, base), fill=(0, 0, 0))
        hand_written(stamp, (start + rng.uniform(4.0, 14.0) * px, base - 9 * px), value, 9 * px, rng)
    stamp = stamp.rotate(slant, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(255, 255, 255))
    layer, _ = _ink_layer(page.size)
    cx, cy = (x + PORTAL_PT[0] / 2) * px, (y + PORTAL_PT[1] / 2) * px
    layer.paste(stamp, (round(cx - stamp.size[0] / 2), round(cy - stamp.size[1] / 2)))
    return _multiply(page, layer), f"portal stamp ({spot}, Giờ {hour}, Ngày {day}, slant {slant:+.1f})"


def bilevel(img: Image.Image, threshold: int = BILEVEL_THRESHOLD) -> Image.Image:
    """BILEVEL: the scanned page saved 1-bit, each pixel black where its grey is under ``threshold`` (no
    dithering: a fax-like office scanner's page, as the real Government scans' DeviceGray 1-bit layer).

    >>> bilevel(Image.new("RGB", (2, 1), (200, 40, 60))).getpixel((0, 0)), bilevel(Image.new("L", (1, 1), 200)).mode
    (0, '1')
    """
    return img.convert("L").point(lambda v: 255 if v >= threshold else 0).convert("1", dither=Image.Dither.NONE)



# --- the variants ------------------------------------------------------------------------------


def _noise(img: Image.Image, sigma: float, rng: random.Random) -> Image.Image:
    arr = np.asarray(img, dtype=np.float32)
    gen = np.random.default_rng(rng.randrange(1 << 30))
    grain = gen.normal(0.0, sigma, arr.shape[:2]).astype(np.float32)
    arr = arr + (grain[..., None] if arr.ndim == 3 else grain)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), img.mode)


def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """PIL's 8 coefficients mapping output points ``dst`` to input points ``src``."""
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    coeffs = np.linalg.solve(np.array(rows, dtype=float), np.array([c for p in src for c in p], dtype=float))
    return [float(c) for c in coeffs]


def scanned(page: Image.Image, rng: random.Random) -> Image.Image:
    """A flatbed scan: turned up to 0.6°, a slight blur, paper noise."""
    img = page.rotate(rng.uniform(-0.6, 0.6), resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.7)))
    return _noise(img, 6.0, rng)


def photographed(page: Image.Image, rng: random.Random) -> Image.Image:
    """A hand-held photo: perspective, a turn of 1-2°, light falling off to one side, JPEG."""
    w, h = page.size
    j = [rng.uniform(0.005, 0.025) for _ in range(8)]
    dst = [(j[0] * w, j[1] * h), (w - j[2] * w, j[3] * h), (w - j[4] * w, h - j[5] * h), (j[6] * w, h - j[7] * h)]
    src = [(0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h))]
    img = page.transform(page.size, Image.Transform.PERSPECTIVE, _perspective_coeffs(src, dst),
                         resample=Image.Resampling.BICUBIC, fillcolor=(120, 110, 100))
    img = img.rotate(rng.choice((-1, 1)) * rng.uniform(1.0, 2.0), resample=Image.Resampling.BICUBIC, fillcolor=(120, 110, 100))
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = rng.uniform(0, 2 * math.pi)
    ramp = (xs / w - 0.5) * math.cos(angle) + (ys / h - 0.5) * math.sin(angle)
    light = 1.0 - rng.uniform(0.15, 0.3) * (ramp + 0.5)
    arr = np.asarray(img, dtype=np.float32) * light[..., None]
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    img = img.resize((PHONE_WIDTH, round(h * PHONE_WIDTH / w)), Image.Resampling.LANCZOS)
    img = _noise(img.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.0))), 5.0, rng)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=rng.randint(55, 70))
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def render_page(pdf: Path, page: int, dpi: int, work: Path) -> Image.Image:
    """One page rasterised in colour by pdftoppm (cached)."""
    out = work / "png" / f"{pdf.stem}-{page}-{dpi}.png"
    if not out.is_file():
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile",
                        str(pdf), str(out.with_suffix(""))], check=True, capture_output=True)
    return Image.open(out).convert("RGB")


def synthetic_pdf(doc_id: str, original: Path, gold: dict[str, Any], variant: str, args: argparse.Namespace) -> tuple[Path, list[str]]:
    """Make (or reuse) the document's synthetic scan; returns its PDF and what was put on it."""
    work = Path(args.work)
    real = args.stamp and args.stamp_at == "real"
    # "-dated": the stamp's received day follows the document's date (``received_day``); renders made
    # before, with a day of 2024, sit in the folders without it and are not reused
    # "-header": --stamp-at real looks for the subject's run and the type's name above the body only
    # (``header_words``); renders made before, whose stamp could sit on the body, are not reused
    tag = variant + ("-seal" if args.seal else "") + ("-stamp" if args.stamp else "") + ("real" if real else "") + ("-dated" if args.stamp else "") + ("-header" if real else "") + ("-grey" if args.grey else "") + ("-allpages" if args.all_pages else "")
    out = work / tag / f"{doc_id}.scan.pdf"
    meta = out.with_suffix(".json")
    if out.is_file() and meta.is_file():
        return out, json.loads(meta.read_text(encoding="utf-8"))
    pdf = as_pdf(original, work)
    signer = gold.get("signer") or {}
    pages, signer_page = pages_to_render(pdf, signer.get("name"), args.all_pages)
    dpi = VARIANT_DPI[variant]
    seed = int(hashlib.sha1(f"{doc_id}|{variant}".encode()).hexdigest()[:8], 16)
    rng = random.Random(seed)
    notes = [f"pages {pages} of {page_count(pdf)}"]
    images = []
    for p in pages:
        img = render_page(pdf, p, dpi, work)
        if args.seal and p == signer_page:
            words = word_boxes(pdf, p)
            name_box = find_run(words, signer.get("name"))
            # the title over the name, in its column (not "- Chủ tịch, các PCT" of the list beside it)
            above = [w for w in words if name_box and w[4] <= name_box[1] and w[1] >= name_box[0] - TITLE_LEFT_PT]
            title_box = find_run(above, signer.get("position") or signer.get("authority"))
            issuer = (gold.get("issuer") or {}).get("name") or ""
            if name_box and title_box and name_box[1] - title_box[3] < SIGNATURE_SPACE_PT:
                notes.append(f"no seal: no room to sign between the title and the name on page {p}")
            elif name_box:
                img = seal_and_signature(img, dpi, name_box, title_box, issuer, rng)
                notes.append(f"seal on page {p}")
        if args.stamp and p == 1 and variant in PORTAL_VARIANTS:
            # the portal's black stamp at a real place, from a generator of its own (the page's turn and noise
            # from ``rng`` as ever)
            img, note = portal_stamp(img, dpi, word_boxes(pdf, p), random.Random(seed ^ 0x9047A1), gold.get("subject"),
                                     gold.get("document_type"), gold.get("date"))
            notes.append(note)
        elif args.stamp and p == 1:
            # --stamp-at real: the place, slant and ink from a generator of their own (see received_stamp)
            spot_rng = random.Random(seed ^ 0x5EA1) if real else None
            img = received_stamp(img, dpi, word_boxes(pdf, p), rng, spot_rng, gold.get("subject"), gold.get("document_type"), gold.get("date"))
            notes.append("received stamp" + (f" ({spot_note(spot_rng, seed)})" if real else ""))
        img = photographed(img, rng) if variant == "phone" else scanned(img, rng)
        images.append(bilevel(img) if variant in PORTAL_VARIANTS else img.convert("L") if args.grey else img)
    out.parent.mkdir(parents=True, exist_ok=True)
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=float(dpi if variant != "phone" else 250))
    meta.write_text(json.dumps(notes, ensure_ascii=False), encoding="utf-8")
    return out, notes


# --- scoring -------------------------------------------------------------------------------------


def figures(scores: ev.KindScores) -> dict[str, float]:
    """The 13 register figures (strict) and their mean."""
    out = {f: scores.register["strict"][f].accuracy for f in ev.REGISTER_FIELDS}
    out.update({f: scores.lists["strict"][f].fscore for f in LIST_FIGURES})
    out["mean13"] = sum(out[f] for f in FIGURES) / len(FIGURES)
    out.update({f: scores.lists["lenient"][f].fscore for f in DUTY_FIGURES})
    return {k: round(v, 4) for k, v in out.items()}


def duty_misses(record: dict[str, Any], gold: dict[str, Any], misses: list[ev.Miss]) -> list[str]:
    """The gold duty entries the record does not give, lenient: ``"field: entry"`` as a person reads it.

    The matched fields' entries are the ones ``score_document`` left unpaired (its misses); the
    deadlines' (a list field, its misses strict) the gold dates or time phrases not among the
    record's at the lenient level. A field the gold leaves unannotated gives none.
    """
    out = [f"{m.field}: {g}" for m in misses if m.field in DUTY_FIGURES and m.field in ev.MATCHED_FIELDS for g in m.gold]
    left = Counter(ev.list_items(record, "deadlines", "lenient"))
    for k, item in zip(ev.list_items(gold, "deadlines", "lenient"), gold.get("deadlines") or [], strict=True):
        if left[k] > 0:
            left[k] -= 1
        else:
            out.append(f"deadlines: {item.get('date') or item.get('text')}")
    return sorted(out)


def score(path: Path, ocr_on: bool, gold: dict[str, Any], doc_id: str, kind: str, scores: ev.KindScores,
          show: bool, duties: dict[str, list[str]] | None = None, also: ev.KindScores | None = None,
          received: dict[str, Any] | None = None) -> dict[str, Any]:
    """Parse one input and add it to ``scores``; returns the fields missed (strict, the 13).

    With ``duties``, the gold duty entries missed (``duty_misses``) are put there under ``doc_id``;
    with ``also``, the record is scored there too (the documents rendered whole); with ``received``,
    the record's received stamp is put there under ``doc_id``.
    """
    try:
        record = parse_source(load_path(path, ocr=ocr_on)).model_dump(mode="json")
    except Exception as exc:  # a crash is scored as an empty record, and said
        print(f"  {doc_id} {kind}: failed ({exc.__class__.__name__}: {exc})", file=sys.stderr)
        record = {}
    misses = ev.score_document(doc_id, kind, record, gold, scores)
    if also is not None:
        ev.score_document(doc_id, kind, record, gold, also)
    missed = {m.field: [m.gold, m.predicted] for m in misses if m.field in FIGURES}
    if duties is not None:
        duties[doc_id] = duty_misses(record, gold, misses)
    if received is not None:
        received[doc_id] = record.get("received")
    if show:
        for name, (g, p) in missed.items():
            print(f"    {doc_id} {kind} {name}: gold {g!r} | got {p!r}")
    return missed


def main(argv: list[str] | None = None) -> int:
    """Build the synthetic scans, parse and score them, print (and save, compare) the figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("annotations", type=Path)
    ap.add_argument("--variants", default="s200,s300,phone", help=f"comma-separated, of {', '.join(VARIANTS)}")
    ap.add_argument("--ids", default="", help="comma-separated document ids (default: every dev one with a typed original)")
    ap.add_argument("--seal", action="store_true", help="a red seal and a blue signature over the signature block")
    ap.add_argument("--stamp", action="store_true", help="a received stamp near the header")
    ap.add_argument("--stamp-at", choices=("free", "real"), default="free",
                    help="the stamp in the header's first blank (free), or at a seeded real place: under the number, "
                         "over the subject, beside the type name; slanted; red, blue or grey (real)")
    ap.add_argument("--grey", action="store_true", help="save the pages in grey")
    ap.add_argument("--all-pages", action="store_true", help=f"render every page (default: a document over {MAX_PAGES} "
                    "pages is cut to its first two and its signer's page with the one before)")
    ap.add_argument("--no-typed", action="store_true", help="do not parse the typed originals (the ceiling)")
    ap.add_argument("--work", default=DEFAULT_WORK, help="cache of PDFs, images and OCR")
    ap.add_argument("--show", default="", help="comma-separated ids whose misses are printed ('all': every one)")
    ap.add_argument("--json", type=Path, help="save the figures and per-document misses here")
    ap.add_argument("--compare", type=Path, help="an earlier --json: per document, fields gained and lost")
    args = ap.parse_args(argv)
    cache_tesseract(Path(os.environ.get("OCR_CACHE", f"{args.work}/ocr")))
    gold = {k: v.model_dump(mode="json") for k, v in ev.load_annotations(args.annotations).items()}
    dev = [k for k, g in sorted(gold.items()) if (g.get("source") or {}).get("split", "dev") == "dev"]
    wanted = [i for i in args.ids.split(",") if i] or dev
    # the held-out discipline: a test document is never built or scored here
    ids = [i for i in wanted if i in dev and typed_original(args.corpus, i) is not None]
    show = set(args.show.split(",")) if args.show else set()
    variants = [v for v in args.variants.split(",") if v]
    result: dict[str, Any] = {"ids": ids, "options": {"seal": args.seal, "stamp": args.stamp, "stamp_at": args.stamp_at, "grey": args.grey, "all_pages": args.all_pages}, "variants": {}}
    kinds = ([] if args.no_typed else ["typed"]) + variants
    for kind in kinds:
        scores = ev.KindScores(kind)
        whole_scores = ev.KindScores(kind)
        whole: list[str] = []
        per_doc: dict[str, Any] = {}
        made: dict[str, list[str]] = {}
        duties: dict[str, list[str]] = {}
        stamps: dict[str, Any] = {}
        for doc_id in ids:
            original = typed_original(args.corpus, doc_id)
            assert original is not None
            if kind == "typed":
                path, on = original, False
            else:
                path, made[doc_id] = synthetic_pdf(doc_id, original, gold[doc_id], kind, args)
                on = True
            is_whole = whole_document(as_pdf(original, Path(args.work)), args.all_pages)
            whole += [doc_id] if is_whole else []
            per_doc[doc_id] = score(path, on, gold[doc_id], doc_id, kind, scores, "all" in show or doc_id in show, duties,
                                    whole_scores if is_whole else None, stamps)
        # the received stamp against what the render printed (a typed original has none)
        received = {d: received_score(stamp_values(d, kind, made[d], gold[d].get("date")) if d in made else None, stamps.get(d))
                    for d in ids}
        result["variants"][kind] = {"figures": figures(scores), "missed": per_doc, "made": made, "duties_missed": duties,
                                    "whole_ids": whole,
                                    "duties_whole": {f: v for f, v in figures(whole_scores).items() if f in DUTY_FIGURES},
                                    "received": received_figures(received), "received_missed": received,
                                    "received_read": {d: (stamps.get(d) or {}).get("text") for d in ids if d in made}}
        print(f"{kind:6} mean13 {result['variants'][kind]['figures']['mean13']:.3f}"
              + ("  (check set: not tuned on)" if kind == CHECK_VARIANT else ""), flush=True)
        if "all" in show or show & set(received):
            for d, pair in received.items():
                for f, v in pair.items():
                    if v is not None and ("all" in show or d in show):
                        print(f"    {d} {kind} received.{f}: printed {v[0]!r} | got {v[1]!r}")
    print_table(result)
    if args.compare:
        print_compare(json.loads(args.compare.read_text(encoding="utf-8")), result)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def print_table(result: dict[str, Any]) -> None:
    """Per figure, one column per variant."""
    kinds = list(result["variants"])
    print(f"\n{len(result['ids'])} documents: {' '.join(result['ids'])}")
    print(f"{'figure':18}" + "".join(f"{k:>9}" for k in kinds))
    for name in (*FIGURES, "mean13"):
        print(f"{name:18}" + "".join(f"{result['variants'][k]['figures'][name]:>9.3f}" for k in kinds))
    # the duties (lenient F) in a table of their own under the 13, out of their mean
    print(f"\n{'duties (lenient F)':24}" + "".join(f"{k:>9}" for k in kinds))
    for name in DUTY_FIGURES:
        print(f"{name:24}" + "".join(f"{result['variants'][k]['figures'][name]:>9.3f}" for k in kinds))
    # the received stamp's number and day against what the render printed, over the stamped renders
    stamped = [k for k in kinds if any(result["variants"][k].get("received_missed", {}).values())]
    if stamped:
        print(f"\n{'received stamp (exact)':24}" + "".join(f"{k:>9}" for k in stamped))
        for f in RECEIVED_FIELDS:
            print(f"{'received.' + f:24}" + "".join(f"{result['variants'][k]['received']['received.' + f]:>9.3f}" for k in stamped))
    # the same over the documents rendered whole (a longer one's left-out pages lose their duties)
    whole = result["variants"][kinds[-1]]["whole_ids"]
    print(f"\n{'duties, whole documents':24}" + "".join(f"{k:>9}" for k in kinds) + f"   ({len(whole)} of {len(result['ids'])})")
    for name in DUTY_FIGURES:
        print(f"{name:24}" + "".join(f"{result['variants'][k]['duties_whole'][name]:>9.3f}" for k in kinds))


def print_compare(before: dict[str, Any], after: dict[str, Any]) -> None:
    """Per variant and document, the fields gained (+) and lost (-) since ``before``."""
    for kind, now in after["variants"].items():
        then = before.get("variants", {}).get(kind)
        if then is None:
            continue
        gains, losses = [], []
        for doc_id, missed in now["missed"].items():
            if doc_id not in then["missed"]:
                continue
            old, new = set(then["missed"][doc_id]), set(missed)
            gains += [f"{doc_id}.{f}" for f in sorted(old - new)]
            losses += [f"{doc_id}.{f}" for f in sorted(new - old)]
        a, b = then["figures"]["mean13"], now["figures"]["mean13"]
        print(f"{kind:6} mean13 {a:.3f} -> {b:.3f}  {len(gains)}+/{len(losses)}-"
              + (f"  + {' '.join(gains)}" if gains else "") + (f"  - {' '.join(losses)}" if losses else ""))
        print_duty_compare(kind, then, now)
        print_received_compare(kind, then, now)


def received_changes(then: dict[str, dict[str, Any]], now: dict[str, dict[str, Any]]) -> tuple[list[str], list[str]]:
    """The stamp fields gained (missed before, right now) and lost, ``"doc_id.received.field"``.

    >>> received_changes({"n018": {"number": ["2062", None], "date": None}}, {"n018": {"number": None, "date": ["2026-04-04", None]}})
    (['n018.received.number'], ['n018.received.date'])
    """
    gains: list[str] = []
    losses: list[str] = []
    for doc_id, pair in now.items():
        old = then.get(doc_id)
        if not old or not pair:
            continue
        gains += [f"{doc_id}.received.{f}" for f in RECEIVED_FIELDS if old[f] is not None and pair[f] is None]
        losses += [f"{doc_id}.received.{f}" for f in RECEIVED_FIELDS if old[f] is None and pair[f] is not None]
    return gains, losses


def print_received_compare(kind: str, then: dict[str, Any], now: dict[str, Any]) -> None:
    """The stamp's figures before -> after and the fields gained and lost (a report from before the stamp
    was scored, or of the typed originals, gives no line)."""
    if "received_missed" not in then or not any(now["received_missed"].values()):
        return
    moved = "  ".join(f"received.{f} {then['received']['received.' + f]:.3f} -> {now['received']['received.' + f]:.3f}"
                      for f in RECEIVED_FIELDS)
    gains, losses = received_changes(then["received_missed"], now["received_missed"])
    print(f"{kind:6} {moved}  {len(gains)}+/{len(losses)}-" + (f"  + {' '.join(gains)}" if gains else "")
          + (f"  - {' '.join(losses)}" if losses else ""))


def duty_changes(then: dict[str, list[str]], now: dict[str, list[str]]) -> tuple[list[str], list[str]]:
    """The duty entries gained (missed before, given now) and lost, ``"doc_id field: entry"``.

    >>> duty_changes({"n001": ["deadlines: 2025-03-01", "obligations: báo cáo"]}, {"n001": ["obligations: báo cáo", "obligations: rà soát"]})
    (['n001 deadlines: 2025-03-01'], ['n001 obligations: rà soát'])
    """
    gains: list[str] = []
    losses: list[str] = []
    for doc_id, missed in now.items():
        if doc_id not in then:
            continue
        old, new = Counter(then[doc_id]), Counter(missed)
        gains += [f"{doc_id} {e}" for e in sorted((old - new).elements())]
        losses += [f"{doc_id} {e}" for e in sorted((new - old).elements())]
    return gains, losses


def print_duty_compare(kind: str, then: dict[str, Any], now: dict[str, Any]) -> None:
    """The duties' figures before -> after and the entries gained and lost (a report from before the
    duties were scored gives no line)."""
    if "duties_missed" not in then:
        return
    moved = "  ".join(f"{name} {then['figures'].get(name, 0.0):.3f} -> {now['figures'][name]:.3f}" for name in DUTY_FIGURES)
    gains, losses = duty_changes(then["duties_missed"], now["duties_missed"])
    print(f"{kind:6} duties {moved}  {len(gains)}+/{len(losses)}-")
    if "duties_whole" in then:
        whole = "  ".join(f"{name} {then['duties_whole'][name]:.3f} -> {now['duties_whole'][name]:.3f}" for name in DUTY_FIGURES)
        print(f"{kind:6} duties, whole documents {whole}")
    for entry in gains:
        print(f"         + {entry}")
    for entry in losses:
        print(f"         - {entry}")


if __name__ == "__main__":
    raise SystemExit(main())
