"""OCR with Tesseract's Vietnamese model, for scanned PDF pages and images.

Tesseract is a system program (Debian: ``tesseract-ocr`` and ``tesseract-ocr-vie``); when it is
missing, a scan is reported with a message that names what to install. Each page is rendered
at ``OCR_DPI`` by pypdfium2 (pdfplumber's renderer) and read with one OCR thread: on a 2-core
machine ``OMP_THREAD_LIMIT=1`` is about three times faster than Tesseract's default.

Tesseract is asked for word boxes (its TSV output), not text: its text runs the two header
columns together ("BAN DÂN VẬN Hải Phòng, ngày …"). The boxes, in points, go through the PDF
loader's column rebuilding, so a scan reads like the same page with a text layer. One OCR call
per page; lines of seal and signature strokes are dropped by their confidence.
"""

from __future__ import annotations

import functools
import io
import itertools
import os
import shutil
import statistics
import subprocess
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import regex

from .._typing import OcrPage, Progress, Word
from ..errors import InputError, MissingTool
from ..patterns import bare
from ..source import SourceDocument
from ..vocabulary import vocabulary
from .imaging import BLUE_INK_MARGIN, HEADER_BAND, RED_INK_MARGIN, drop_seal_ink, prepare_photo
from .ocrfields import (
    DATE_DIGITS,
    MOTTO_READ,
    NAM_READ,
    NGAY_READ,
    RECEIVED_MARK,
    STROKE_ONES,
    THANG_READ,
    repair_type_code,
    reread_date_line,
)
from .ocrlexicon import kept_syllables, repair_syllables
from .ocrnames import (
    MIN_AGREEING_READS,
    family_by_onset,
    fits_title,
    garbled_position,
    has_given_names,
    is_name_word,
    is_syllable,
    name_reading,
    ranks,
    repair_signer_name,
    split_glued,
    two_part_head,
)
from .ocrtables import go_on, scan_tables
from .ocrwords import letters_key, repair_digit_in_syllable, repair_known_words, repair_motto_word, repair_number_word
from .pdf import _page_text
from .pdftables import PdfTable, running_words
from .portalstamp import split_portal_stamp
from .stamprows import lines_across, rows_read_better

OCR_DPI = 300
POINTS_PER_INCH = 72
# An image's width is taken as an A4 page's (595 pt) to put its pixels in points: a photo or
# scan has no reliable DPI, and the column thresholds of the PDF loader are in points.
A4_WIDTH_PT = 595.0
# A Tesseract line none of whose words is read with this confidence (0-100) is noise: the
# strokes of seals, signatures and stamps. Single words are never dropped for their own
# confidence: handwritten numbers ("Số: 538/TB-VPCP") and words under a seal are read at 0-30
# among well-read words. Measured on the 13 scans (register fields right of 91): no filter 74;
# lines below 20, 50 or 80 dropped: 75 (a plateau; 50 is its middle), below 95: 70; single
# words below 10, 30 or 60 dropped instead (measured earlier, at 71 unfiltered): 70, 68, 64.
MIN_LINE_CONF = 50.0
# Two Tesseract lines whose heights overlap by at least this share of the smaller one are on
# one physical line (the two header columns); lines of one column never overlap (leading is
# about 1.2 times the font size).
SAME_ROW_OVERLAP = 0.5
OCR_LANG = "vie"
# Page segmentation mode. Measured on the 5 seed scans and 8 real scans (50 pages, register
# fields vs gold, after repair). Plain text output: psm 3 (automatic layout) 57/91, psm 4 (one
# column) 54/91, psm 6 (one block) 50/91. Word boxes with columns rebuilt here: psm 3 68/91,
# psm 6 67/91 (psm 6 also read a stamp's date as the document's on one page). Same speed.
OCR_PSM = "3"
# A page without a text layer is checked for ink at this resolution before it is OCRed (a
# 300-page blank PDF took 287 s of OCR): 36 dpi keeps a line of 10-pt text as dark pixels.
BLANK_CHECK_DPI = 36
# A grey level below this is ink (0 black, 255 white).
INK_LEVEL = 128
# A page with less than this share of ink pixels is blank. The blank backs of the corpus's scans
# measure 0.004-0.07 % (and OCR to nothing); a line of text is about 0.1 %, one name ~0.03 %.
BLANK_INK_SHARE = 0.0002
# Seconds one page may take before it is given up (a normal page takes 3-8 s).
OCR_PAGE_TIMEOUT_S = 120
# Frames of a multi-page TIFF read at most (the PDF loader's page limit).
MAX_FRAMES = 300
# Refuse an image with more pixels than this: an A4 page scanned at 600 dpi is about 35 million
# pixels, so anything this large is not one page of a directive and would exhaust memory in OCR.
MAX_IMAGE_PIXELS = 200_000_000
INSTALL_HINT = "install Tesseract with its Vietnamese model: apt-get install tesseract-ocr tesseract-ocr-vie"


@functools.lru_cache(maxsize=1)
def tesseract_status() -> str | None:
    """None when Tesseract with the Vietnamese model is usable, else what is missing."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "Tesseract is not installed"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return "Tesseract does not run"
    if OCR_LANG not in out.stdout.split():
        return "Tesseract's Vietnamese model (vie) is not installed"
    return None


# Repairs of Tesseract's usual misreadings, in FIXED phrases of the header and closing only:
# general words are never rewritten here (a page's misread syllables are repaired by the word list
# alone, ``REPAIR_PAGE_SYLLABLES``). Each entry is
# (pattern, replacement); patterns are case-sensitive and anchored on the phrase around them.
_PHRASE_FIXES: tuple[tuple[regex.Pattern[str], str], ...] = tuple(
    (regex.compile(p, regex.X), r)
    for p, r in (
        # "CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOẢ XÁ HỘI ..." → the state motto
        (r"C[ỘỌÔOỐỒ]NG\s+H[OÒÓỎ][AÀÁẢ]\s+X[ÃÁAẢ]\s+H[ỘỌÔO]I\s+CH[ỦỦUÙỤ]\s+NGH[ĨÍIÌ]A\s+VI[ỆÊEẸ]T\s+NAM",
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        # "Độc lập - Tự do - Hạnh phúc" read as "Dộc lập — Tư do - Hanh phúc"
        (r"[ĐDÐ][ộọôo]c\s+l[ậạâa]p\s*[-–—]\s*T[ựụưu]\s+do\s*[-–—]\s*H[ạaà]nh\s+ph[úuù]c",
         "Độc lập - Tự do - Hạnh phúc"),
        # "ĐẢNG CỘNG SẢN VIỆT NAM" read as "DẢNG CỌNG SÁN VIỆT NAM"
        (r"[ĐDÐ][ẢAÁẠ]NG\s+C[ỘỌÔO]NG\s+S[ẢÁAẠ]N\s+VI[ỆÊEẸ]T\s+NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        # "Kinh gửi:", "Kính gưi:" at a line start
        (r"(?m)^(\W{0,3})K[íiìỉ]nh\s+g[ửưuừ]i(?=\s*:)", r"\1Kính gửi"),
        # "gỬI:" alone at a line start: "Kính" lost beside a stamp (n047); "gửi:" starts no
        # other line of a directive
        (r"(?m)^(\W{0,3})(?i:g[ửưuừ]i)(?=\s*:)", r"\1Kính gửi"),
        # "Nơi nhân:", "Noi nhận:" at a line start
        (r"(?m)^(\W{0,3})N[ơoờớ]i\s+nh[ậâaạ]n(?=\s*:)", r"\1Nơi nhận"),
        # ".Vơi nhận:": the N read as a dot and a V (n051), or lost ("ơi nhận:", c137); no line of
        # a directive opens "Vơi nhận:" or "ơi nhận:"
        (r"(?m)^\W{0,2}(?:V[ơoờớ]|[ơờớ])i\s+nh[ậâaạ]n(?=\s*:)", "Nơi nhận"),
        # "Hồ Chí Minh" (the city, the President) read "Hò", "Hỗ", "Hô": the name is fixed
        (r"\bH[ÒỖỔÔÓO](?=\s+CHÍ\s+MINH\b)", "HỒ"),
        (r"\bH[òỗổôóo](?=\s+Chí\s+Minh\b)", "Hồ"),
        # "Thành phố" read "Thành phó"/"Thành phô" ("thành phó" is no Vietnamese phrase) before a name
        (r"\b(THÀNH\s+)PH[ÓÔ](?=\s+(?-i:\p{Lu}))", r"\1PHỐ"),
        (r"\b([Tt]hành\s+)ph[óô](?=\s+(?-i:\p{Lu}))", r"\1phố"),
        # "V/v" (về việc) before the subject read "V/W", "V/V", "WV/v", "V/%", "V/" at a line start
        (r"(?m)^(\W{0,3})W?V\s?/\s?[WwV%]?(?=\s)", r"\1V/v"),
        # "Về việc" run together before the subject ("Vềviệc tăng cường …", n053)
        (r"(?m)^(\W{0,3})Về(?=việc\s)", r"\1Về "),
        # an authority mark glued to the position: "K/TTRƯỞNG BAN", "KT.BỘ TRƯỞNG"
        (r"\b(K/T|T/M|T/L|KT\.|TM\.|TL\.)(?=(?-i:[\p{Lu}Đ]){2})", r"\1 "),
        # "PHÓ" at the start of a position line with its first letters lost: "Ó-TRƯỞNG BAN",
        # "HÓ TRƯỞNG BAN" (the signature's stroke runs through the P)
        (r"(?m)^(?:P?H|P)?[ÓO]\s?[-–]?\s?(?=(?:TRƯỞNG|CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BÍ\s+THƯ)\b)", "PHÓ "),
        # a "Nơi nhận" item's note "(để b/c)", "(để báo cáo)", "(để t/hiện)" read "(đê b/e)",
        # "(đề báo cáo)": no other word opens such a note (c151, c152, n039, n046, n048)
        (r"\(([đĐ])[êềếẻ]\s+(?=b/|báo|t/|th/|ph/|thực|biết|phối)", r"(\1ể "),
        (r"(?<=\([đĐ]ể\s)b/e(?=\))", "b/c"),
        # "Cổng TTĐT" (the web portal) read "Công TTĐT": no "công" stands before these words
        (r"\bCông(?=\s+(?:TTĐT|[Tt]hông\s+tin\s+điện\s+tử))", "Cổng"),
        # "Như Điều 3" read "Như Diều 3"
        (r"\bNhư\s+Di[ềeéêè]u\b", "Như Điều"),
        # "số" before a number read "só" or "sô": ``ocrwords.repair_number_word`` (NUMBER_WORD_READ), recorded
        # "các chi, đảng bộ" (the Party's formula: chi bộ and đảng bộ) read "các chỉ, đảng bộ"
        # (002's scan, its recipients "Các chi, đảng bộ trực thuộc Huyện ủy"): "chỉ" is never
        # followed by ", đảng bộ"
        (r"\b([Cc])h[ỉíìị](?=,\s*đảng\s+bộ\b)", r"\1hi"),
        # "Sô:", "S6:", "Só:" before a number at a line start or after a column gap; "SỐ:" too, the
        # label's "ố" read as a capital (n012's DOCX at 300 dpi, its number line read again under a
        # blue stamp: "SỐ: /TB-UBND"); "SẤ:", its "ô" read as a capital "â" (n016's DOCX at 300 dpi, the
        # label read again under a stamp: "SẤ:	/UBRN)-NC", run into the issuer's lines)
        (r"(?m)(^|\s)S[ốôó6o0ỐÔÓẤ]\s*:(?=\s*[\dA-Z/-])", r"\1Số:"),
    )
)
# Inside "ngày … tháng … năm …" OCR reads digits as look-alike letters ("ngày l1", "tháng I1"),
# drops the space after "ngày" or "tháng" ("ngày30", "tháng9": the figure handwritten close to
# the word), misreads "ngày" ("này") and "tháng" ("thắng") as the date line's re-read knows them
# (``ocrfields.NGAY_READ`` …), and reads the dotted line under a handwritten day as "_" (c153:
# "này24_	tháng9 năm 2025"); a "1" of a two-figure day may be read as a stroke or a marked "i"
# (``ocrfields.STROKE_ONES``: c155's "|]", c159's "lì").
_DATE_PHRASE = regex.compile(
    rf"""
    \b{NGAY_READ}\s*(?P<d>[\dlIiOo]{{1,2}}|[\dlIiOo{regex.escape(STROKE_ONES)}]{{2}})_?\s+
    {THANG_READ}\s*(?P<m>[\dlIiOo]{{1,2}})\s+
    {NAM_READ}\s+(?P<y>[\dlIiOo]{{4}})\b
    """,
    regex.X,
)


# A handwritten number or day that OCR reads as marks ("Số: ý# /CT-UBND", "ngày #2 tháng 3",
# "ngày4†tháng 01"): left blank, as a number or day not filled in is printed, so that the issuer
# does not run on into the number line and the place still stands before its date. The marks are
# recorded as a repair; typed numbers and days (digits) and symbols' capitals ("Số: -CV/HU") are
# never touched.
_ILLEGIBLE_NUMBER = regex.compile(r"(?m)(?<=(?:^|\s)Số\s?:\s?)(?P<marks>(?=[^\s/]*(?-i:[^\p{Lu}\d\s/.-]))[^\s/]{1,6}\s?)(?=/\s?(?-i:[\p{Lu}Đ]))")
_ILLEGIBLE_DAY = regex.compile(r"(?<=\bngày)(?P<marks>\s?(?=[^\s]{0,2}[^\d\s])[^\s]{1,3}?\s?)(?=tháng\s+\d{1,2}\s+năm\s+\d{4}\b)")


def _blank_illegible(text: str, repairs: list[str] | None) -> str:
    """Blank the marks OCR read for a handwritten number or day (see ``_ILLEGIBLE_NUMBER``)."""
    for pattern, blank in ((_ILLEGIBLE_NUMBER, ""), (_ILLEGIBLE_DAY, " ")):
        for m in pattern.finditer(text):
            if repairs is not None:
                repairs.append(f"{m['marks'].strip()!r} → illegible, left blank")
        text = pattern.sub(blank, text)
    return text


def _fix_date(m: regex.Match[str]) -> str:
    def digits(group: str) -> str:
        return m.group(group).translate(DATE_DIGITS)

    return f"ngày {digits('d')} tháng {digits('m')} năm {digits('y')}"


def repair_ocr_text(text: str, repairs: list[str] | None = None) -> str:
    r"""Repair Tesseract output before parsing: composition, look-alikes, fixed phrases.

    Only the fixed phrases of a directive's frame are corrected (the mottos, "Kính gửi",
    "Nơi nhận", "Số:", the date phrase); other words are left as read.

    Args:
        text: Tesseract's text for one page.
        repairs: where each repair of a misread word is appended (``'read' → 'repaired'``).

    Returns:
        The repaired text (NFC).

    Example:
        >>> repair_ocr_text("CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày l1 tháng 4 năm 2025")
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 11 tháng 4 năm 2025'
    """
    text = unicodedata.normalize("NFC", text.replace("\u00d0", "Đ").replace("\u00f0", "đ"))
    # detached diacritics: a combining mark after a space belongs to the letter before it
    text = regex.sub(r"(?<=\p{L})\s+(\p{Mn}+)", r"\1", text)
    text = unicodedata.normalize("NFC", text)
    for pattern, replacement in _PHRASE_FIXES:
        text = pattern.sub(replacement, text)
    text = repair_motto_word(text, repairs)  # MOTTO_ONE_WORD_MISREAD: "CỘNG HÒA XÃ HỘI tài NGHĨA VIỆT NAM"
    text = _DATE_PHRASE.sub(_fix_date, text)
    text = _blank_illegible(text, repairs)
    text = repair_type_code(text, repairs)
    text = repair_digit_in_syllable(text, repairs)  # DIGIT_IN_SYLLABLE: "g1ao" → "giao"
    text = repair_number_word(text, repairs)  # NUMBER_WORD_READ: "Nghị quyết sô 76" → "số 76"
    return repair_known_words(text, repairs)


# Tesseract's TSV output: one row per page, block, paragraph, line and word; words are level 5.
_TSV_WORD_LEVEL = "5"
_TSV_COLUMNS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num",
                "left", "top", "width", "height", "conf", "text")


# A line that opens a part of the frame is kept whatever its confidence: "gỬI:" read at 46 beside
# a received stamp (n047) is the "Kính gửi" line.
_FRAME_LINE = regex.compile(r"^\s*\W{0,3}(?:K\S{1,4}\s+)?g[ửưuừ]i\s*:|^\s*\W{0,3}[NV][ơoóờ][iíì]\s*nh[ậâaạ]n\s*:", regex.I)


def words_from_tsv(tsv: str, scale: float, min_conf: float = MIN_LINE_CONF) -> list[Word]:
    r"""Read Tesseract's TSV into words shaped like pdfplumber's, in points.

    Args:
        tsv: Tesseract's ``tsv`` output for one page (a header row, then tab-separated rows).
        scale: points per pixel (``72 / dpi``), so that the PDF loader's thresholds apply.
        min_conf: a Tesseract line none of whose words reaches this confidence (0-100) is
            dropped as noise; a doubtful word in a line read well is kept.

    Returns:
        Words with ``x0``, ``x1``, ``top``, ``bottom``, ``text`` and ``line`` (Tesseract's
        block, paragraph and line numbers), in reading order.

    Example:
        >>> tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        >>> tsv += "5\t1\t1\t1\t1\t1\t100\t200\t50\t40\t96.5\tSố:\n"
        >>> words_from_tsv(tsv, 0.5)[0]["x1"]
        75.0
    """
    words: list[Word] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) != len(_TSV_COLUMNS) or cells[0] != _TSV_WORD_LEVEL or not cells[11].strip():
            continue
        try:
            left, top, width, height = (int(c) for c in cells[6:10])
            conf = float(cells[10])
        except ValueError:
            continue
        words.append({
            "x0": left * scale, "x1": (left + width) * scale,
            "top": top * scale, "bottom": (top + height) * scale,
            "text": cells[11].strip(), "line": (cells[2], cells[3], cells[4]), "conf": conf,
        })
    best: dict[tuple[str, str, str], float] = {}
    text: dict[tuple[str, str, str], str] = {}
    for w in words:
        best[w["line"]] = max(best.get(w["line"], 0.0), w["conf"])
        text[w["line"]] = f"{text.get(w['line'], '')} {w['text']}"
    return [w for w in words if best[w["line"]] >= min_conf or _FRAME_LINE.match(text[w["line"]])]


def ocr_lines(words: list[Word]) -> list[list[Word]]:
    """Group OCR words into physical lines, top to bottom, each sorted left to right.

    Tesseract's own lines keep their words (a line's tops vary with its diacritics, so
    grouping by top would split it); lines side by side (two columns: no horizontal overlap)
    whose heights overlap by at least ``SAME_ROW_OVERLAP`` of the smaller one are one
    physical line, which the PDF loader then splits at the column gap.

    Args:
        words: output of ``words_from_tsv``.

    Returns:
        The lines, each a list of words.
    """
    groups: dict[tuple[str, str, str], list[Word]] = {}
    for w in words:
        groups.setdefault(w["line"], []).append(w)
    spans = sorted(
        (
            (min(w["top"] for w in g), max(w["bottom"] for w in g), min(w["x0"] for w in g), max(w["x1"] for w in g), g)
            for g in groups.values()
        ),
        key=lambda s: (s[0] + s[1]) / 2,
    )
    # A row: its vertical span, the horizontal extents of the lines in it, and its words.
    rows: list[tuple[float, float, list[tuple[float, float]], list[Word]]] = []
    for top, bottom, x0, x1, group in spans:
        if rows:
            r_top, r_bottom, extents, r_words = rows[-1]
            overlap = min(bottom, r_bottom) - max(top, r_top)
            beside = all(x1 <= e0 or x0 >= e1 for e0, e1 in extents)
            if beside and overlap >= SAME_ROW_OVERLAP * min(bottom - top, r_bottom - r_top):
                rows[-1] = (min(top, r_top), max(bottom, r_bottom), [*extents, (x0, x1)], r_words + group)
                continue
        rows.append((top, bottom, [(x0, x1)], list(group)))
    return [sorted(r, key=lambda w: w["x0"]) for _, _, _, r in rows]


def _tesseract_tsv(image: Any, name: str, psm: str = OCR_PSM) -> str:
    """Tesseract's TSV for one image (one call, one thread).

    The image goes to Tesseract through a pipe, never a file: a process stopped in the middle of
    a page (SIGTERM, a killed web worker) leaves nothing behind in the temporary folder.
    """
    pgm = io.BytesIO()
    image.convert("L").save(pgm, format="PPM")  # uncompressed greyscale (PGM): PNG costs 0.1 s a page
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        out = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", OCR_LANG, "--psm", psm, "tsv"],
            input=pgm.getvalue(),
            capture_output=True,
            timeout=OCR_PAGE_TIMEOUT_S,
            env=env,
        )
    except subprocess.TimeoutExpired as exc:
        raise InputError(f"OCR of {name} took longer than {OCR_PAGE_TIMEOUT_S} s") from exc
    if out.returncode != 0:
        raise InputError(f"Tesseract failed: {out.stderr.decode('utf-8', 'replace').strip()[:200]}")
    return out.stdout.decode("utf-8", "replace")


# --- the signature block, found by position and read again on its own --------------------------
# The signer's name sits under the signature and the seal, and Tesseract's page layout takes the
# inked area for a picture: on the real scans the whole block (authority, position, name) came
# out empty, as noise, or run into the "Nơi nhận" lines beside it. The block is found by position
# (the right column from its anchor line down) and read a second time on its own crop, with red
# seal ink and blue signature ink whitened (black print stays), as one block of text (psm 6).
# Measured on n046: first pass nothing; the crop "KT. BỘ TRƯỞNG / THỨ TRƯỞNG / Thượng tướng
# Nguyễn Văn Long". Its lines then stand apart in the page's text, after the left column.
SIGNATURE_PSM = "6"
# The block's left edge, as a share of the page's width: the signer column starts right of the
# middle; "Nơi nhận" and its list stay left of it.
SIGNATURE_LEFT = 0.45
# A Tesseract line starting left of this share of the width is the left column's ("Nơi nhận" and
# its items, which can run past the middle: "- Trợ lý, Thư ký của: TTgCP, PTTgCP Nguyễn Chí
# Dũng," on c139); the crop starts right of the longest such line that ends before
# SIGNATURE_LEFT_MAX (a longer one is a body line, not the list).
LEFT_COLUMN_START = 0.4
SIGNATURE_LEFT_MAX = 0.62
# Points between the left column's end and the crop.
SIGNATURE_GAP_PT = 4.0
# LEFT_COLUMN_RUN: a left-column line ends where its words stop running on: at the first gap
# between two words wider than this many times the line's word height (a "Nơi nhận" item is set
# flush left, its words a space apart). What Tesseract puts on the same line past such a gap stands
# in the right column: the seal's ring or the signature's stroke read as letters, or the block's
# own line. Two uses:
# - a line running from an item into the block ("- Hội Công chứng viên … trực thuộc TW;", then
#   "Mai Lương Khôi" 65 pt further: n027's DOCX rendered at 200 and 300 dpi with a seal,
#   scripts/synthetic_scans.py) ends past SIGNATURE_LEFT_MAX and was passed over, so the crop kept
#   the item's end and the name line read "lúc TW; Mai Tucng": its run's end now counts too;
# - the name's line, centred under the titles, can start left of the crop where a speck read on an
#   item's line moved the crop's edge ("- Như trên;" then, 219 pt further, the seal ring's "ve N" at
#   confidence 18-21: n032 at 300 dpi, the crop from 371 pt, on "Trương": "„ng Minh Quang"; n021's
#   "- Như trên; =": "„hp lạnh Cường"). The name's line is read again (``_reread_name_line``) on
#   strips from the left column's run ends instead, where its first word starts at the crop's
#   edge (``_name_cut``) and neither the line nor the crop's strips give a valid name. The block's
#   own crop keeps its edge: from further left it takes in more of the seal (n032's ring then read
#   "TT." over "BÍ THƯ"); and where the crop's strips do give a name, they are kept (c153's name,
#   "yên Thị Kim Chỉ" at the crop's edge, completed from the list, is read "Chi" by three of the
#   crop's six strips, ``_name_by_given_names``; the strips from further left read "Nguyễn" whole
#   but "Chỉ" five times in six).
LEFT_RUN_GAP = 3.0
# Points above the anchor line and below it that the crop covers: the authority line can stand
# a little above "Nơi nhận" (more would take in the body's last line, which spoils the block
# reading of c148), and the name comes 3-4 lines of signature and seal below it.
SIGNATURE_ABOVE_PT = 14.0
SIGNATURE_BELOW_PT = 260.0
# Anchors of a signature block: an authority mark on the right ("KT. BỘ TRƯỞNG"), else "Nơi
# nhận" on the left, level with the signer's position. MARK_GLUED: the mark with its slash or
# period read glued to the title's capitals ("K/TTRƯỞNG BAN", n041 level with "Nơi nhận:"; the
# same document's typed text gives "K/TTRƯỞNG BAN" too): a mark is always followed by the title
# in capitals, so two capitals right after it are that title. Not a mark: "KTTH" (no slash or
# period), "K/T" before a lower-case word.
_AUTHORITY_ANCHOR = regex.compile(
    r"^(?:(?:K\s?[./]\s?T|T\s?[./]\s?M|T\s?[./]\s?L)(?:\b|(?=(?-i:[\p{Lu}Đ]){2}))|KT\.|TM\.|TL\.)"
)
_RECEIVER_ANCHOR = regex.compile(r"^(?:N|\W{0,2}V)[ơoóờ][iíì]\s*nh[ậâaạ]n", regex.I)


def _signature_anchors(words: list[Word], page_width: float) -> dict[str, list[float]]:
    """The tops (points) of the authority lines on the right ("auth") and of "Nơi nhận" ("recv")."""
    tops: dict[str, list[float]] = {"auth": [], "recv": []}
    for line in ocr_lines(words):
        left = [w for w in line if w["x1"] <= page_width * SIGNATURE_LEFT]
        right = [w for w in line if w["x0"] >= page_width * SIGNATURE_LEFT]
        if right and _AUTHORITY_ANCHOR.match(" ".join(w["text"] for w in right)):
            tops["auth"].append(min(w["top"] for w in right))
        if left and _RECEIVER_ANCHOR.match(" ".join(w["text"] for w in left)):
            tops["recv"].append(min(w["top"] for w in left))
    return tops


def _signature_anchor(words: list[Word], page_width: float) -> float | None:
    """The top (points) of the lowest authority line on the right, else of "Nơi nhận", or None."""
    tops = _signature_anchors(words, page_width)
    found = tops["auth"] or tops["recv"]
    return max(found) if found else None


# A block found by "Nơi nhận" alone (the first pass read no authority line: the seal and the
# signature turned Tesseract's page layout away from the right column) may have its authority
# line a line or two above the heading: NĐ 30 aligns "Nơi nhận" with the signer's block, and a
# block of two or three title lines starts above it. A crop from SIGNATURE_ABOVE_PT above the
# heading then cuts that line through its middle (n032's typed PDF rendered with a seal:
# "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN" printed 13 pt above "Nơi nhận:", read "TH, BAN THÍ NG VỤ 11/NIĨ
# (2V ÍN", no authority and no position). Where the crop's first line starts at its top edge
# (``_cut_at_top``), the block is read again from under the lowest line above the heading that
# starts left of the block (the body's last line: "Trân trọng."), at most RECEIVER_ABOVE_PT above
# the heading; the body's line stays out, as c148 needs. A crop whose first line is whole is kept
# (c150: "THỦ TƯỚNG" level with "Nơi nhận", read on the anchor's band).
RECEIVER_ABOVE_PT = 48.0
# The crop cut a line through when its first line read starts this close to the crop's top.
CUT_EDGE_PT = 2.0


# A band holds print (the upper half of a cut line) when this share of its pixels is ink: n032's
# band over its cut authority line 0.052; the blank right column over a seed's "Nơi nhận" (000's
# DOCX rendered, a single column: its crop Tesseract read as five lines of noise) 0.0.
PRINT_INK_SHARE = 0.005


def _has_print(band: Any) -> bool:
    """Whether a (greyscale) band of the page holds print: ``PRINT_INK_SHARE`` of it darker than ``INK_LEVEL``."""
    histogram: list[int] = band.histogram()
    return sum(histogram[:INK_LEVEL]) >= PRINT_INK_SHARE * max(sum(histogram), 1)


def _cut_at_top(found: list[Word], top: float) -> bool:
    """Whether the crop's first line (letters, not strokes) starts at its top edge: a line cut through.

    Example:
        >>> w = lambda top, t: {"x0": 300.0, "x1": 340.0, "top": top, "bottom": top + 12, "text": t, "line": ("sig", "1", "1"), "conf": 90.0}
        >>> _cut_at_top([w(416.3, "TH,"), w(470.0, "Trương")], 415.8), _cut_at_top([w(440.0, "THỦ"), w(520.0, "Phạm")], 415.8)
        (True, False)
    """
    tops = [float(w["top"]) for w in found if not _STROKE.match(w["text"])]
    return bool(tops) and min(tops) <= top + CUT_EDGE_PT


def _top_under_body(words: list[Word], anchor: float, x0: float) -> float:
    """The crop's top for a block anchored on "Nơi nhận" at ``anchor``: under the body's last line.

    Example:
        >>> w = lambda x, top, t, line: {"x0": x, "x1": x + 40, "top": top, "bottom": top + 12, "text": t, "line": ("1", "1", line), "conf": 95.0}
        >>> words = [w(113.0, 394.0, "Trân", "a"), w(76.0, 430.0, "Nơi", "b"), w(110.0, 430.0, "nhận:", "b")]
        >>> _top_under_body(words, 430.0, 268.0), _top_under_body(words[1:], 430.0, 268.0)
        (407.0, 382.0)
    """
    top = anchor - RECEIVER_ABOVE_PT
    for line in ocr_lines(words):
        bottom = max(w["bottom"] for w in line)
        if bottom <= anchor and min(w["x0"] for w in line) < x0:
            top = max(top, bottom + 1.0)
    return min(top, anchor - SIGNATURE_ABOVE_PT)


# A person's name ending a line: two to five capitalised words ("Nguyễn Văn Long"), perhaps after
# a rank ("Thượng tướng Nguyễn Văn Long").
_NAME_AT_END = regex.compile(r"(?:^|\s)(?:(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])+\s+){1,4}(?-i:\p{Lu})(?-i:[\p{Ll}\p{Mn}])+\s*$")


# A word of the signature block with neither letter nor digit is a stroke of the signature or the
# seal ("`", "__", "—", "|"): left out of the block's lines. A modifier letter is no letter here:
# "-_ˆ" before "CHỦ TỊCH" (n044, "ˆ" U+02C6) is the seal's marks, not a word lost under it.
_STROKE = regex.compile(r"^(?-i:[^\p{Lu}\p{Ll}\p{Lt}\p{Lo}\p{N}])+$")


def _line_texts(words: list[Word]) -> list[str]:
    texts = (" ".join(w["text"] for w in line if not _STROKE.match(w["text"])) for line in ocr_lines(words))
    return [t for t in texts if t]


def _has_name_line(words: list[Word]) -> bool:
    """Whether some line of ``words`` reads as a person's name ("Nguyễn Văn Long")."""
    return any(_NAME_AT_END.search(t) for t in _line_texts(words))


def _has_authority_line(words: list[Word]) -> bool:
    return any(_AUTHORITY_ANCHOR.match(t) for t in _line_texts(words))


def _block_box(words: list[Word], anchor: float, width: float, height: float) -> tuple[float, float, float, float]:
    """The signature block's left edge, top and bottom (points), right of the left column; and
    the left edge of the name line's strips: right of the left column's runs only (LEFT_COLUMN_RUN)."""
    top, bottom = max(anchor - SIGNATURE_ABOVE_PT, 0.0), min(anchor + SIGNATURE_BELOW_PT, height)
    x0 = runs_x0 = width * SIGNATURE_LEFT
    lines: dict[tuple[str, str, str], list[Word]] = {}
    for w in words:
        lines.setdefault(w["line"], []).append(w)
    for line in lines.values():
        start, end, run = min(w["x0"] for w in line), max(w["x1"] for w in line), left_run_end(line)
        middle = (min(w["top"] for w in line) + max(w["bottom"] for w in line)) / 2
        if not (top <= middle <= bottom and start < width * LEFT_COLUMN_START):
            continue
        if run < width * SIGNATURE_LEFT_MAX:
            runs_x0 = max(runs_x0, run + SIGNATURE_GAP_PT)
            x0 = max(x0, (end if end < width * SIGNATURE_LEFT_MAX else run) + SIGNATURE_GAP_PT)
    return x0, top, bottom, runs_x0


def _name_cut(block: list[Word], x0: float) -> bool:
    """Whether the block's name line starts at the crop's left edge ``x0`` (within
    ``SIGNATURE_GAP_PT``): its first word cut there (LEFT_COLUMN_RUN; "„ng Minh Quang" at 0 pt)."""
    key = _name_line_key(block)
    return key is not None and min(float(w["x0"]) for w in block if w["line"] == key) - x0 < SIGNATURE_GAP_PT


def _name_read(block: list[Word], context: str) -> bool:
    """Whether the block's name line reads as a valid name (``ocrnames.name_reading``)."""
    key = _name_line_key(block)
    if key is None:
        return False
    line = sorted((w for w in block if w["line"] == key), key=lambda w: w["x0"])
    return name_reading([(w["text"], float(w["conf"])) for w in line], context)[0] is not None


def left_run_end(line: list[Word]) -> float:
    """Where a line's words starting from its left end stop running on (LEFT_COLUMN_RUN): the
    right edge of the word before the first gap wider than ``LEFT_RUN_GAP`` word heights.

    Example (n032 rendered at 300 dpi with a seal: "- Như trên;", then the ring's "ve" and "N"):
        >>> w = lambda x0, x1, t: {"x0": x0, "x1": x1, "top": 445.0, "bottom": 454.0, "text": t, "line": ("1", "1", "1"), "conf": 90.0}
        >>> left_run_end([w(77.0, 81.0, "-"), w(83.0, 102.0, "Như"), w(105.0, 125.0, "trên;"), w(344.0, 350.0, "ve"), w(351.0, 366.7, "N")])
        125.0
        >>> left_run_end([w(83.0, 102.0, "Hội"), w(105.0, 130.0, "Công"), w(133.0, 160.0, "chứng;")])
        160.0
    """
    ordered = sorted(line, key=lambda w: w["x0"])
    heights = sorted(float(w["bottom"]) - float(w["top"]) for w in ordered)
    gap = LEFT_RUN_GAP * heights[len(heights) // 2]
    end = float(ordered[0]["x1"])
    for w in ordered[1:]:
        if float(w["x0"]) - end > gap:
            break
        end = max(end, float(w["x1"]))
    return end


def _authority_parts(words: list[Word], x0: float) -> set[tuple[str, str, str]]:
    """The lines whose part right of ``x0`` (strokes aside) is an authority line.

    Such a part, on a line that runs from "- Như trên;" into "TL. CHỦ TỊCH" level with "Nơi
    nhận" above a second authority line ("KT. CHÁNH VĂN PHÒNG", the anchor), is the block's first
    line: it goes to the block with the lines under it (its crop reads it again), not to the page,
    where it would stand a second time, away from its position (n035 and n037 read again). So does
    a part that is a known position as printed ("- Bộ Công an; CHỦ TỊCH", n018's DOCX photographed
    by scripts/synthetic_scans.py: the page kept "CHỦ TỊCH" among the items, the crop read it
    again over the name, and the signer's roles took the first and lost the position).

    Example:
        >>> w = lambda x, t, line: {"x0": x, "x1": x + 30, "top": 100.0, "bottom": 110.0, "text": t, "line": ("1", "1", line), "conf": 90.0}
        >>> sorted(_authority_parts([w(60, "-", "a"), w(70, "Như", "a"), w(330, "-", "a"), w(350, "TL.", "a"), w(380, "CHỦ", "a"),
        ...     w(60, "-", "b"), w(70, "Bộ", "b"), w(350, "Tài", "b")], 300.0))
        [('1', '1', 'a')]
    """
    right_parts: dict[tuple[str, str, str], list[Word]] = {}
    for w in words:
        if w["x0"] >= x0 and not _STROKE.match(w["text"]):
            right_parts.setdefault(w["line"], []).append(w)
    positions = frozenset(vocabulary().signature.positions)
    return {
        key for key, part in right_parts.items()
        if _AUTHORITY_ANCHOR.match(text := " ".join(w["text"] for w in part)) or text in positions
    }


def _with_unread_parts(found: list[Word], first: list[Word], parts: set[tuple[str, str, str]]) -> list[Word]:
    """The crop's words (``found``) and the first pass's authority line taken from beside "Nơi
    nhận" (``parts``, of ``first``) where the crop read nothing at its height (n009 read again: the
    crop, from a little above the anchor, lost "TL. CHỦ TỊCH" over "KT. CHÁNH VĂN PHÒNG").

    CUT_AUTHORITY_LINE: where the crop did read a line at its height but no authority line, and the
    first pass's part is one, the first pass's part replaces it: the crop, from a little above the
    lowest authority line, cut the one above it through (n009's DOCX rendered at 200 dpi with a
    seal, scripts/synthetic_scans.py: the crop read "11„CHỦU IỊCH" where the first pass read "Nơi
    nhận: TL. CHỦ TỊCH"; the authority lost its "TL. CHỦ TỊCH").

    Example:
        >>> w = lambda top, t, line: {"x0": 350.0, "x1": 380.0, "top": top, "bottom": top + 10, "text": t, "line": line, "conf": 90.0}
        >>> tl, kt = [w(100.0, "TL.", ("1", "1", "a"))], [w(115.0, "KT.", ("sig", "1", "1"))]
        >>> [x["text"] for x in _with_unread_parts(kt, tl, {("1", "1", "a")})], len(_with_unread_parts(tl + kt, tl, {("1", "1", "a")}))
        (['KT.', 'TL.'], 2)
        >>> cut = [w(101.0, "11„CHỦU", ("sig", "1", "0"))]
        >>> [x["text"] for x in _with_unread_parts(cut + kt, tl, {("1", "1", "a")})]
        ['KT.', 'TL.']
    """
    out = list(found)
    read = {letters_key(t) for t in _line_texts(found)}
    for key in parts:
        part = [w for w in first if w["line"] == key]
        if not part or letters_key(" ".join(w["text"] for w in part if not _STROKE.match(w["text"]))) in read:
            continue  # the crop read it (at another height, as a crop's box may shift it)
        level = [x for x in out if min(w["top"] for w in part) <= (x["top"] + x["bottom"]) / 2 <= max(w["bottom"] for w in part)]
        if not level:
            out.extend(part)
        elif _AUTHORITY_ANCHOR.match(" ".join(w["text"] for w in part if not _STROKE.match(w["text"]))) and not any(
            _AUTHORITY_ANCHOR.match(t) for t in _line_texts(level)
        ):
            # CUT_AUTHORITY_LINE: the crop read the line cut through, the first pass whole
            out = [x for x in out if x not in level] + part
    return out


def block_grammar(lines: list[str], context: str = "") -> int:
    """How many of a signature block's three parts ``lines`` hold as NĐ 30 prints them: an
    authority line (a mark and a title, as ``repair_block_titles`` repairs it), a known position
    as printed, a valid name (``name_reading``). Of the
    page's first pass and the block's crop, the read that holds more parts is kept (a position
    line under "KT." counts as repaired: "VĂN PHÒNG" under "KT. CHÁNH VĂN PHÒNG").

    Example:
        >>> block_grammar(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Ngọc Nam"]), block_grammar(["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"])
        (3, 2)
        >>> block_grammar(["KT. CHÁNH VĂN PHÒNG", "NHưyễnÑgọc Nam"]), block_grammar(["KT. CHÁNH VĂN PHÒNG", "VĂN PHÒNG"])
        (1, 2)
    """
    repaired = repair_block_titles(lines)
    positions = list(vocabulary().signature.positions)
    authority = any(_AUTHORITY_ANCHOR.match(t) for t in repaired)
    position = any(t in positions for t in repaired)
    name = any(name_reading([(w, 100.0) for w in t.split()], context)[0] is not None for t in repaired)
    return int(authority) + int(position) + int(name)


def signature_block(
    words: list[Word], image: Any, scale: float, first_page: bool = False, context: str = "", repairs: list[str] | None = None
) -> tuple[list[Word], list[Word]]:
    """Take a page's signature block out of its words, read again on its own crop where that helps.

    Args:
        words: the page's words from the first pass (points).
        image: the page as rendered (PIL image, RGB for a colour scan).
        scale: points per pixel of ``image``.
        first_page: the page is the first (its header band keeps its red ink).
        context: the document's text read so far (where the signer's full name may stand).
        repairs: where the name line's repairs are appended (``_clean_name_line``,
            ``_reread_name_line``).

    Returns:
        The page's other words, and the block's words: the crop's when it reads a name, or an
        authority line the first pass did not, else the first pass's; the name line read again
        where it was doubtful. No anchor line: the words unchanged and no block.
    """
    page_width, page_height = image.width * scale, image.height * scale
    anchor = _signature_anchor(words, page_width)
    if anchor is None:
        return words, []
    x0, top, bottom, name_x0 = _block_box(words, anchor, page_width, page_height)

    def ink_crop(left: float, top: float) -> Any:
        """The block's crop from ``left`` and ``top`` (points) to the page's right edge, seal ink removed."""
        box = (round(left / scale), round(top / scale), image.width, round(bottom / scale))
        return drop_seal_ink(image.crop(box), first_page and top < page_height * HEADER_BAND, blue=True)

    def read_crop(top: float) -> tuple[Any, list[Word]]:
        crop = ink_crop(x0, top)
        found = words_from_tsv(_tesseract_tsv(crop, "the signature block", SIGNATURE_PSM), scale)
        for w in found:
            w.update(x0=w["x0"] + x0, x1=w["x1"] + x0, top=w["top"] + top, bottom=w["bottom"] + top,
                     line=("sig", *w["line"][1:]))
        return crop, found

    crop, found = read_crop(top)
    if not _signature_anchors(words, page_width)["auth"] and _cut_at_top(found, top):
        higher = max(_top_under_body(words, anchor, x0), 0.0)
        above = (round(x0 / scale), round(higher / scale), image.width, round(top / scale))
        if higher < top and _has_print(drop_seal_ink(image.crop(above), False, blue=True)):
            top = higher
            crop, found = read_crop(top)
    starts: dict[tuple[str, str, str], float] = {}
    for w in words:
        starts[w["line"]] = min(starts.get(w["line"], w["x0"]), w["x0"])

    authority_parts = _authority_parts(words, x0 - SIGNATURE_GAP_PT)

    def inside(w: Word) -> bool:
        # a line right of the left column, from a little above the anchor; and, from the anchor
        # line down, the right part of a line that runs from "- Như trên;" into "TL. CHỦ TỊCH"
        middle = (w["top"] + w["bottom"]) / 2
        right = starts[w["line"]] >= x0 - SIGNATURE_GAP_PT or w["line"] in authority_parts
        return bool(w["x0"] >= x0 - SIGNATURE_GAP_PT and (top if right else anchor) <= middle <= bottom)

    kept = [w for w in words if not inside(w)]
    first = _clean_name_line([w for w in words if inside(w)], repairs)
    found = _clean_name_line(found, repairs)
    better = (
        _has_name_line(found)
        or (_has_authority_line(found) and not _has_authority_line(first))
        or block_grammar(_line_texts(found), context) > block_grammar(_line_texts(first), context)
    )
    block = found if better else first
    if better:
        block = _with_unread_parts(block, first, authority_parts)
    block = _with_crop_name_line(block, found)
    reread = _reread_name_line(block, crop, (x0, top), scale, context, repairs)
    if reread is block and name_x0 < x0 and _name_cut(block, x0) and not _name_read(block, context):
        # LEFT_COLUMN_RUN: the crop's strips gave no name; the strips from the left column's runs
        reread = _reread_name_line(block, ink_crop(name_x0, top), (name_x0, top), scale, context, repairs)
    block = reread
    block = _reread_authority_line(block, crop, (x0, top), scale, repairs)
    block = _reread_deputy_line(block, crop, (x0, top), scale, repairs)
    block = _reread_title_line(block, crop, (x0, top), scale, _anchor_band(words, anchor), repairs)
    return kept, drop_title_specks(block, repairs)


# BLOCK_TITLE_SPECK: a seal's edge left on a photo's levelled page is read as a lone lower-case letter
# at the end of a title line of the block, at a confidence near nil ("THỨ TRƯỞNG ị", the "ị" at 7:
# n026's phone render sent as an image file; "TL. CHỦ TỊCH ị", at 0, n037's). NĐ 30 prints the
# block's authority and position lines in capitals, so a word of one or two characters with no
# capital and no figure, read under ``TITLE_SPECK_CONF``, on a line whose other words are two or
# more capitals' words, is no part of it. A capital read low ("BỘ" at 88) and a name's line
# (lower-case letters in its words) are kept.
TITLE_SPECK_CONF = 20.0
_TITLE_CAPS = regex.compile(r"^(?-i:[\p{Lu}Đ/])+[.:,;]?$")
_LONE_SPECK = regex.compile(r"^(?-i:[^\p{Lu}\d]){1,2}$")


def drop_title_specks(block: list[Word], repairs: list[str] | None = None) -> list[Word]:
    """The block's words without the specks read on its title lines (BLOCK_TITLE_SPECK), each recorded.

    Example (n026's phone render as an image file, the block's position line):
        >>> w = lambda x, t, c, line: {"x0": x, "x1": x + 40, "top": 600.0, "bottom": 612.0, "text": t, "line": ("1", "1", line), "conf": c}
        >>> block = [w(380.0, "THỨ", 96.8, "a"), w(425.0, "TRƯỞNG", 96.4, "a"), w(480.0, "ị", 6.8, "a")]
        >>> found = []
        >>> [x["text"] for x in drop_title_specks(block, found)], found
        (['THỨ', 'TRƯỞNG'], ["'THỨ TRƯỞNG ị' → 'THỨ TRƯỞNG' (a speck of the seal on the block's title line)"])
        >>> [x["text"] for x in drop_title_specks([*block[:2], w(480.0, "ị", 60.0, "a")])]
        ['THỨ', 'TRƯỞNG', 'ị']
        >>> [x["text"] for x in drop_title_specks([w(380.0, "Cao", 96.9, "n"), w(425.0, "Huy", 96.9, "n"), w(480.0, "ị", 6.8, "n")])]
        ['Cao', 'Huy', 'ị']
    """
    dropped: list[Word] = []
    for line in ocr_lines(block):
        titles = [w for w in line if _TITLE_CAPS.match(w["text"])]
        specks = [w for w in line if float(w["conf"]) < TITLE_SPECK_CONF and _LONE_SPECK.match(w["text"])]
        if specks and len(titles) >= 2 and len(titles) + len(specks) == len(line):
            dropped.extend(specks)
            if repairs is not None:
                before = " ".join(w["text"] for w in line)
                after = " ".join(w["text"] for w in line if not any(w is x for x in specks))
                repairs.append(f"{before!r} → {after!r} (a speck of the seal on the block's title line)")
    return [w for w in block if not any(w is x for x in dropped)]


def _with_crop_name_line(block: list[Word], found: list[Word]) -> list[Word]:
    """The block with the crop's name line added where the block has none and the crop has one
    under the block's lines (NĐ 30: the name closes the block). The crop's line is kept whole,
    its doubtful words too, for ``_reread_name_line`` to judge: a dark seal's ring over the
    family name leaves "“Ỉ 6 Huy" for "Cao Huy" (n026 rendered grey, a seal drawn), which is no
    name line by ``_NAME_AT_END``, so the first pass's block was kept without it.

    Example:
        >>> w = lambda top, t, c, line: {"x0": 350.0, "x1": 380.0, "top": top, "bottom": top + 10, "text": t, "line": line, "conf": c}
        >>> block = [w(100.0, "THỨ", 96.0, ("1", "1", "1")), w(100.0, "TRƯỞNG", 96.0, ("1", "1", "1"))]
        >>> crop = [*block, w(140.0, "6", 90.0, ("sig", "1", "3")), w(140.0, "Huy", 96.0, ("sig", "1", "3"))]
        >>> [x["text"] for x in _with_crop_name_line(block, crop)], len(_with_crop_name_line(crop, crop))
        (['THỨ', 'TRƯỞNG', '6', 'Huy'], 4)
    """
    if not block or _name_line_key(block) is not None:
        return block
    key = _name_line_key(found)
    if key is None:
        return block
    line = [w for w in found if w["line"] == key]
    if min(float(w["top"]) for w in line) <= max(float(w["bottom"]) for w in block):
        return block
    return [*block, *line]


# --- the signer's name line, cleaned and read again -------------------------------------------------
# The name is the lowest line of the block with a name word read well (a capital, then lower-case
# letters, at this confidence or more): "Hồng Hà" at 91-96 under a black seal's rim (c146). The
# line's words all count for its height when it is read again.
NAME_LINE_CONF = 80.0
# A word after the name's last word, read below this confidence and shaped as no name word, is a
# speck of the seal or the signature ("sọ," at 19 after "Hồng Hà", c146).
TRAILING_SPECK_CONF = 50.0
# A name line that gives no valid name (no family name first, a word that is no syllable: "Tê
# Quân", "Thanh Trà") is read again. A valid name is not, even when read at low confidence: a
# strip cut at the capitals' top reads "Lê Tấn Dũng" as "Lê Tân Dũng" more surely (its accent
# left out, c154), and a read of the same name more surely gained nothing on the dev scans.
# How the name's line is read again, each a (top of the strip, padding as a share of the line's
# height, enlargement, threshold to black and white or None, Tesseract page segmentation). The
# strip's top is the line's ("line", padded above and below) or its capitals' ("cap": the top of
# the name words read well, less ``NAME_CAP_MARGIN_PT``; what stands above, a black seal's rim or
# star touching the name, is left out, and only the bottom is padded). One line (psm 7) or one
# block (psm 6), at the crop's 300 dpi and enlarged, grey and binarised, as the seal's rim and
# the signature's strokes spoil one reading or another (tried by hand on the dev scans' name
# lines: c152's "Tê Quân" read "Lê Quân" in some strips and not in others, with the strip's
# height moved by a few pixels; n047's "Phạm Thị" under a black seal's star read "Phạmnf Thị"
# only in a strip from the capitals' top, twice as large).
NAME_VARIANTS: tuple[tuple[str, float, int, int | None, str], ...] = (
    ("line", 0.3, 1, None, "7"), ("line", 0.3, 2, 128, "6"), ("line", 0.3, 2, 128, "7"),
    ("line", 0.15, 1, 128, "7"), ("line", 0.3, 3, 180, "7"), ("cap", 0.3, 2, None, "7"),
)
# Points above the capitals' top a "cap" strip starts at (3 pixels at 300 dpi).
NAME_CAP_MARGIN_PT = 0.72
# White pixels around a line's strip: Tesseract reads a line touching the image's edge badly.
NAME_BORDER_PX = 20


def _name_line_key(words: list[Word]) -> tuple[str, str, str] | None:
    """The Tesseract line of ``words`` that is the signer's name: the lowest with a name word read well."""
    named = [ln for ln in ocr_lines(words) if any(w["conf"] >= NAME_LINE_CONF and is_name_word(w["text"]) for w in ln)]
    if not named:
        return None
    best = max(named[-1], key=lambda w: (is_name_word(w["text"]), w["conf"]))
    key: tuple[str, str, str] = best["line"]
    return key


def _clean_name_line(words: list[Word], repairs: list[str] | None) -> list[Word]:
    """``words`` with the name line's words run together split ("Lê7ấn" → "Lê", "Tấn") and the
    specks after its last word dropped ("Hồng Hà sọ,"); each change recorded."""
    key = _name_line_key(words)
    if key is None:
        return words
    line = sorted((w for w in words if w["line"] == key), key=lambda w: w["x0"])
    cleaned: list[Word] = []
    for w in line:
        parts = split_glued(w["text"])
        if parts is None:
            cleaned.append(w)
            continue
        width, start = (float(w["x1"]) - float(w["x0"])) / len(w["text"]), float(w["x0"])
        for part in parts:
            cleaned.append({**w, "text": part, "x0": start, "x1": start + width * len(part)})
            start += width * len(part)
        if repairs is not None:
            repairs.append(f"{w['text']!r} → {' '.join(parts)!r}")
    while cleaned and not is_name_word(cleaned[-1]["text"]) and cleaned[-1]["conf"] < TRAILING_SPECK_CONF:
        speck = cleaned.pop()
        if repairs is not None:
            repairs.append(f"{speck['text']!r} → '' (after the name)")
    return [*(w for w in words if w["line"] != key), *cleaned]


def _read_name_strip(crop: Any, band: tuple[float, float, float], variant: tuple[str, float, int, int | None, str]) -> list[Word]:
    """One variant's read of the name's line: the crop's rows ``band`` (pixels: the line's top,
    its capitals' top and its bottom), padded, perhaps binarised and enlarged; words in the
    crop's pixels."""
    from PIL import Image, ImageOps

    start, pad, enlarge, threshold, psm = variant
    y0, cap, y1 = band
    margin = pad * (y1 - y0)
    top = max(0, round(cap if start == "cap" else y0 - margin))
    bottom = min(crop.height, round(y1 + margin))
    if bottom <= top:
        return []
    strip = crop.crop((0, top, crop.width, bottom))
    if threshold is not None:
        strip = strip.point(lambda v: 255 if v > threshold else 0)
    if enlarge > 1:
        strip = strip.resize((strip.width * enlarge, strip.height * enlarge), Image.Resampling.LANCZOS)
    strip = ImageOps.expand(strip, NAME_BORDER_PX, fill=255)
    try:
        found = words_from_tsv(_tesseract_tsv(strip, "the signer's name", psm), 1.0, min_conf=0.0)
    except InputError:  # Tesseract gives up on a strip it finds empty
        return []
    for w in found:
        w.update(x0=(w["x0"] - NAME_BORDER_PX) / enlarge, x1=(w["x1"] - NAME_BORDER_PX) / enlarge,
                 top=(w["top"] - NAME_BORDER_PX) / enlarge + top, bottom=(w["bottom"] - NAME_BORDER_PX) / enlarge + top,
                 line=("name", *w["line"][1:]))
    return found


def _reread_name_line(
    block: list[Word], crop: Any, origin: tuple[float, float], scale: float, context: str, repairs: list[str] | None
) -> list[Word]:
    """The block with its name line replaced by the best of ``NAME_VARIANTS``' reads, where the
    block's own read gives no valid name and a variant's does (``ocrnames.name_reading``; of
    several, the one read most surely), or gives a valid name with a word that is no given name
    and the variants agree on another (``_name_by_given_names``)."""
    key = _name_line_key(block)
    if key is None:
        return block
    line = sorted((w for w in block if w["line"] == key), key=lambda w: w["x0"])
    own = name_reading([(w["text"], float(w["conf"])) for w in line], context)[0]
    if own is not None and has_given_names(own):
        return block
    x0, y0 = origin
    good = [float(w["top"]) for w in line if w["conf"] >= NAME_LINE_CONF and is_name_word(w["text"])]
    band = (
        (min(float(w["top"]) for w in line) - y0) / scale,
        (max(good) - NAME_CAP_MARGIN_PT - y0) / scale,
        (max(float(w["bottom"]) for w in line) - y0) / scale,
    )
    readings: list[tuple[list[str], float, list[Word]]] = []
    renderings: list[list[str]] = []
    for variant in NAME_VARIANTS:
        read = _clean_name_line(_read_name_strip(crop, band, variant), None)
        for ln in ocr_lines(read):
            renderings.append([w["text"] for w in ln])
            found, sure = name_reading([(w["text"], float(w["conf"])) for w in ln], context)
            if found is not None:
                readings.append((found, sure, ln))
    why = "the name's line read again"
    if own is not None:
        best, why = _name_by_given_names(own, readings), f"{why}: a name of given names, by most reads"
    else:
        best = max(readings, key=lambda r: r[1], default=None)
        if best is None:
            return _family_by_onset(block, line, renderings, repairs)
    if best is None:
        return block
    new = [{**w, "x0": x0 + w["x0"] * scale, "x1": x0 + w["x1"] * scale,
            "top": y0 + w["top"] * scale, "bottom": y0 + w["bottom"] * scale} for w in best[2]]
    if repairs is not None:
        repairs.append(f"{' '.join(w['text'] for w in line)!r} → {' '.join(w['text'] for w in new)!r} ({why})")
    return [*(w for w in block if w["line"] != key), *new]


def _name_by_given_names(
    own: list[str], readings: list[tuple[list[str], float, list[Word]]]
) -> tuple[list[str], float, list[Word]] | None:
    """Of the variants' ``readings`` of a name line read as ``own`` (a valid name with a word
    that is no given name: "Nguyễn Thị Kim Chỉ", c153), the most sure of the one name made of
    given names (``ocrnames.has_given_names``) that at least ``MIN_AGREEING_READS`` reads give,
    and more reads than give ``own`` (the block's own read counting as one of them); else None.
    c153: three of the six strips give "Nguyễn Thị Kim Chi", none a valid "Chỉ" (read "ivên …
    Chỉ" twice, "ivên" no family name's end); with the block's own "Chỉ", 3 to 1: "Chi" is taken."""
    votes = Counter(tuple(found) for found, _, _ in readings)
    votes[tuple(own)] += 1
    known = [name for name in votes if has_given_names(list(name))]
    if len(known) != 1 or votes[known[0]] < MIN_AGREEING_READS or votes[known[0]] <= votes[tuple(own)]:
        return None
    return max((r for r in readings if tuple(r[0]) == known[0]), key=lambda r: r[1])


def _family_by_onset(block: list[Word], line: list[Word], renderings: list[list[str]], repairs: list[str] | None) -> list[Word]:
    """The block with its name line's first word, no family name, read as the one family name
    spelt as it is but for its first letter, where the line's other reads agree
    (``ocrnames.family_by_onset``: "Tê Quân" → "Lê Quân"); the word's confidence is then 0."""
    texts = [w["text"] for w in line]
    name = family_by_onset(texts, renderings)
    if name is None:
        return block
    first = len(texts) - len(name)
    new = [*line[:first], {**line[first], "text": name[0], "conf": 0.0}, *line[first + 1 :]]
    if repairs is not None:
        repairs.append(f"{' '.join(texts)!r} → {' '.join(w['text'] for w in new)!r} (the family name by its letters after the first, as the line's other reads agree)")
    return [*(w for w in block if w not in line), *new]


# --- the position's line level with "Nơi nhận", read again -------------------------------------------
# The signer's position stands level with the "Nơi nhận:" label (NĐ 30's layout); under the seal's
# rim it can be lost from both reads of the block (c150: "THỦ TƯỚNG" over the black seal's "G",
# neither the page nor the block's crop reads a word of it). Where the block has a name and no line
# in capitals above it, the band of the anchor's line is read again as the name line is
# (``NAME_VARIANTS`` but the capitals' strip), and kept only as a known position
# (data/vocabulary.toml ``[signature] positions``, as read or by ``ocrnames.garbled_position``)
# that at least ``TITLE_AGREEING_READS`` reads give and no read contradicts. A read opening with an
# authority mark ("KT. THỦ TƯỚNG", or its "T." alone) is no position.
TITLE_AGREEING_READS = 2
TITLE_VARIANTS = tuple(v for v in NAME_VARIANTS if v[0] == "line")


def _anchor_band(words: list[Word], anchor: float) -> tuple[float, float]:
    """The top and bottom (points) of the page's line whose top is the signature block's anchor."""
    bottoms = [max(w["bottom"] for w in ln) for ln in ocr_lines(words) if any(w["top"] == anchor for w in ln)]
    return anchor, max(bottoms, default=anchor)


def _as_position(read: str) -> str | None:
    """The known position a strip's read gives (as read, or garbled: ``garbled_position``), or None."""
    positions = list(vocabulary().signature.positions)
    if not read or _AUTHORITY_ANCHOR.match(read) or _KT_MISREAD.match(read):
        return None
    return read if read in positions else garbled_position(read, positions)


def _reread_title_line(
    block: list[Word], crop: Any, origin: tuple[float, float], scale: float, band: tuple[float, float], repairs: list[str] | None
) -> list[Word]:
    """The block with the position's line added, read again on the anchor's band, where the block
    has a name but no line in capitals above it and the band's reads agree on one known position."""
    key = _name_line_key(block)
    if key is None:
        return block
    name_top = min(float(w["top"]) for w in block if w["line"] == key)
    above = [ln for ln in ocr_lines(block) if ln[0]["line"] != key and max(float(w["bottom"]) for w in ln) <= name_top]
    if band[1] >= name_top or any(regex.search(r"(?-i:\p{Lu}){2}", " ".join(w["text"] for w in ln)) for ln in above):
        return block
    x0, y0 = origin
    rows = ((band[0] - y0) / scale, (band[0] - y0) / scale, (band[1] - y0) / scale)
    reads = [[w for w in _read_name_strip(crop, rows, v) if not _STROKE.match(w["text"])] for v in TITLE_VARIANTS]
    found = [(_as_position(" ".join(w["text"] for w in r)), r) for r in reads]
    agreed = {p for p, _ in found if p is not None}
    if len(agreed) != 1:
        return block
    (position,) = agreed
    backing = [r for p, r in found if p == position]
    if len(backing) < TITLE_AGREEING_READS:
        return block
    read = " ".join(w["text"] for w in backing[0])
    if repairs is not None:
        repairs.append(f"{read!r} → {position!r} (the position's line, level with \"Nơi nhận\", read again)")
    line = {"text": position, "conf": 0.0, "x0": x0 + min(w["x0"] for w in backing[0]) * scale,
            "x1": x0 + max(w["x1"] for w in backing[0]) * scale, "top": band[0], "bottom": band[1], "line": ("title", "0", "0")}
    return [line, *block]


# --- the authority line read again on its own strip ----------------------------------------------------
# The block's first line in capitals, when it is neither an authority line nor a position and the
# title repairs below do not make it one ("T N THƯƠNG VỤ" where "TM. BAN" stands under a red seal's
# rim, n044; "K1 ÿ NRƯỚNG, CHỦ NHIỆM", c139), is read again as the name line is (``TITLE_VARIANTS``).
# A read counts when it opens with an authority mark read as such ("TM-BẠN THƯỜNG VỤ", "KT,BQ-TRƯỞNG,
# CHỦ NHIỆM") and the rest, marks between words taken for spaces, has the letters (``letters_key``) of
# exactly one known title (data/vocabulary.toml ``[signature] positions``, ``[organisations] heads``
# of two words or more) or is a head's two titles (``ocrnames.two_part_head``). The line is replaced
# where at least ``TITLE_AGREEING_READS`` reads give the same authority and none another.
_MARK_READ = regex.compile(r"^(?P<mark>K\s?T|T\s?M|T\s?L|[KT]\s?/\s?[TML])\s?[.,:;-]?\s*(?P<rest>\S.*)$")
_BETWEEN_WORDS = regex.compile(r"[^\p{L},\s]+")


@functools.lru_cache(maxsize=1)
def _titles_by_letters() -> dict[str, frozenset[str]]:
    """The known titles an authority line may name after its mark, by their letters."""
    v = vocabulary()
    titles = [*v.signature.positions, *(h for h in v.organisations.heads if len(h.split()) > 1)]
    keys: dict[str, set[str]] = {}
    for title in titles:
        keys.setdefault(letters_key(title), set()).add(title.replace("UỶ", "ỦY"))
    return {k: frozenset(t) for k, t in keys.items()}


def authority_read(read: str) -> str | None:
    """The authority a strip's read of a damaged authority line gives, or None.

    Example:
        >>> authority_read("TM-BẠN THƯỜNG VỤ"), authority_read("KT,BQ-TRƯỞNG, CHỦ NHIỆM"), authority_read("T/M BAN THƯỜNG VỤ")
        ('TM. BAN THƯỜNG VỤ', 'KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'T/M BAN THƯỜNG VỤ')
        >>> authority_read("TEEPKRTHUONGYVỤ"), authority_read("TM. BAN THƯỜNG VỤ TỈNH"), authority_read("NÀNG HƯỚNG VỤ")
        (None, None, None)
    """
    m = _MARK_READ.match(read.strip())
    if m is None:
        return None
    mark = m["mark"].replace(" ", "")
    mark = mark if "/" in mark else f"{mark}."
    rest = " ".join(_BETWEEN_WORDS.sub(" ", m["rest"]).replace(",", ", ").split()).replace(" ,", ",")
    titles = _titles_by_letters().get(letters_key(rest), frozenset())
    title = next(iter(titles)) if len(titles) == 1 else two_part_head(rest)
    return f"{mark} {title}" if title is not None else None


def _reread_authority_line(block: list[Word], crop: Any, origin: tuple[float, float], scale: float, repairs: list[str] | None) -> list[Word]:
    """The block with its damaged authority line read again, where its reads agree (``authority_read``)."""
    lines = [ln for ln in ocr_lines(block) if regex.search(r"(?-i:\p{Lu}){2}", " ".join(w["text"] for w in ln))]
    key = _name_line_key(block)
    if not lines or (key is not None and lines[0][0]["line"] == key):
        return block
    first = " ".join(_line_texts(lines[0]))
    below = [t for ln in lines[1:] for t in _line_texts(ln)]
    # an authority line as read or as the title repairs make it ("=¬skT, THỦ TƯỚNG"), or a head's own title
    if not first or first in vocabulary().signature.positions or _AUTHORITY_ANCHOR.match(repair_block_titles([first, *below])[0]):
        return block
    top, bottom = min(float(w["top"]) for w in lines[0]), max(float(w["bottom"]) for w in lines[0])
    rows = ((top - origin[1]) / scale, (top - origin[1]) / scale, (bottom - origin[1]) / scale)
    reads = [" ".join(w["text"] for w in _read_name_strip(crop, rows, v) if not _STROKE.match(w["text"])) for v in TITLE_VARIANTS]
    found = [authority_read(r) for r in reads]
    agreed = {a for a in found if a is not None}
    if len(agreed) != 1 or len(found) - found.count(None) < TITLE_AGREEING_READS:
        return block
    (authority,) = agreed
    if repairs is not None:
        repairs.append(f"{first!r} → {authority!r} (the authority's line read again)")
    line = {**lines[0][0], "text": authority, "conf": 0.0, "x0": min(w["x0"] for w in lines[0]), "x1": max(w["x1"] for w in lines[0]),
            "top": top, "bottom": bottom}
    return [line, *(w for w in block if w not in lines[0])]


# --- the deputy's line under a "KT." authority, read again ---------------------------------------------
# "KT." (ký thay, NĐ 30 box 7a) means a deputy signs: the line right under "KT. CHỦ TỊCH" is his
# title, "PHÓ CHỦ TỊCH" (``deputy_title``). Where the block has a "KT." line (as read, or as
# ``repair_block_titles`` makes it) and no line under it fits that title, the band one line under
# the authority's is read again with ``TITLE_VARIANTS``' strips: kept where a read's line under the
# authority fits the deputy's title (``_fits_deputy``: its last word by letters, at most
# ``DEPUTY_EXTRA_WORDS`` words more, no name word) and no read gives another known position as
# printed. The grammar names the one title that may stand there, so one fitting read is enough.
# The band: from ``DEPUTY_GAP`` of the authority line's height above its bottom (a line read under a
# seal has a box taller than its letters: c139's 21 pt for a 13 pt line) to one height under it.
DEPUTY_GAP = 0.25


def _deputy_fits(read: str, deputy: str, authority: str) -> bool:
    """Whether a strip's line ``read`` is the deputy's title ``deputy`` under ``authority``.

    Example:
        >>> _deputy_fits("VN NHIỆM", "PHÓ CHỦ NHIỆM", "KT. BỘ TRƯỞNG, CHỦ NHIỆM"), _deputy_fits("THỨ TRƯỞNG", "THỨ TRƯỞNG", "KT. BỘ TRƯỞNG")
        (True, True)
        >>> _deputy_fits("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH"), _deputy_fits("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH")
        (False, False)
    """
    head = authority.split(None, 1)[-1]
    if not read or _AUTHORITY_ANCHOR.match(read) or _KT_MISREAD.match(read) or letters_key(read) == letters_key(head):
        return False
    return _fits_deputy(read, deputy)


def _reread_deputy_line(block: list[Word], crop: Any, origin: tuple[float, float], scale: float, repairs: list[str] | None) -> list[Word]:
    """The block with the deputy's title added under its "KT." line, read again on the band under
    it, where no line of the block fits that title (c139: "VN NHIỆM" under "KT. BỘ TRƯỞNG, CHỦ NHIỆM")."""
    lines = [ln for ln in ocr_lines(block) if _line_texts(ln)]
    texts = repair_block_titles([" ".join(_line_texts(ln)) for ln in lines])
    k = next((k for k, t in enumerate(texts) if deputy_title(t) is not None), None)
    if k is None:
        return block
    deputy = deputy_title(texts[k])
    assert deputy is not None
    if any(t == deputy or _fits_deputy(t, deputy) for t in texts[k + 1 :]):
        return block
    top, bottom = min(float(w["top"]) for w in lines[k]), max(float(w["bottom"]) for w in lines[k])
    start = bottom - DEPUTY_GAP * (bottom - top)
    end = bottom + (bottom - top)
    rows = ((start - origin[1]) / scale, (start - origin[1]) / scale, (end - origin[1]) / scale)
    fitting: list[tuple[str, list[Word]]] = []
    positions = vocabulary().signature.positions
    for variant in TITLE_VARIANTS:
        read = [w for w in _read_name_strip(crop, rows, variant) if not _STROKE.match(w["text"])]
        for ln in ocr_lines(read):
            middle = origin[1] + (min(float(w["top"]) for w in ln) + max(float(w["bottom"]) for w in ln)) / 2 * scale
            if middle <= (top + bottom) / 2:
                continue  # the authority's own line, caught by the strip's padding
            text = " ".join(w["text"] for w in ln)
            if _deputy_fits(text, deputy, texts[k]):
                fitting.append((text, ln))
            elif text in positions and text != deputy:
                return block
    if not fitting:
        return block
    text, ln = fitting[0]
    key = _name_line_key(block)
    if key is not None and any(w["line"] == key and float(w["top"]) < end for w in block):
        return block  # no room for a line between the authority and the name
    # the band's words as the block read them are that line misread ("B N" of the seal's ring)
    block = [w for w in block if not start <= (float(w["top"]) + float(w["bottom"])) / 2 <= end]
    if repairs is not None:
        repairs.append(f"{text!r} → {deputy!r} (the deputy's line under \"{texts[k]}\" read again)")
    line = {"text": deputy, "conf": 0.0, "x0": origin[0] + min(w["x0"] for w in ln) * scale,
            "x1": origin[0] + max(w["x1"] for w in ln) * scale, "top": start, "bottom": end, "line": ("deputy", "0", "0")}
    return [*block, line]


# --- what the seal's ring leaves between the titles and the name -----------------------------------------
# Between the block's last title line and the name only the signature and the seal stand (NĐ 30
# boxes 7b-7c). A seal's ring read as letters, in a dark scan where its ink is not whitened
# ("AN NHA", "B N", "Y Yo", "HNÍT" under "PHÓ CHÁNH VĂN PHÒNG": n010 rendered grey, a seal
# drawn), was taken for the name. A line there is dropped when it has no word of a known title
# (by letters: data/vocabulary.toml ``[signature] positions``, ``[organisations] heads``), is not
# shaped as a name (``_NAME_AT_END``) and holds no rank ("Thượng tướng"); only where a line shaped
# as a name stands under it.


# Title words this long or longer count (every known title has one: "THƯ", "VIÊN"); two letters
# are as often the ring's letters read in pairs ("AN NHA": "AN" of "CÔNG AN").
TITLE_WORD_MIN_LETTERS = 3


@functools.lru_cache(maxsize=1)
def _title_word_keys() -> frozenset[str]:
    v = vocabulary()
    words = (w for t in (*v.signature.positions, *v.organisations.heads) for w in t.split())
    return frozenset(k for w in words if len(k := letters_key(w)) >= TITLE_WORD_MIN_LETTERS)


def _has_title_word(line: str) -> bool:
    """Whether a word in capitals of ``line`` has the letters of a known title's word ("Văn" of a name is none)."""
    return any(letters_key(w) in _title_word_keys() for w in regex.findall(r"(?-i:\p{Lu}){2,}", line))


def _valid_name(line: str) -> bool:
    """Whether a line reads as a valid name (``ocrnames.name_reading``: a family name, syllables)."""
    return name_reading([(w, 100.0) for w in line.split()], "")[0] is not None


def drop_seal_letters(lines: list[str], repairs: list[str] | None = None) -> list[str]:
    """A signature block's lines without the seal's ring read between its titles and its name,
    and without specks among its titles.

    Example:
        >>> drop_seal_letters(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "B N", "Y Yo", "Nguyễn Ngọc Nam"])
        ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Ngọc Nam']
        >>> drop_seal_letters(["KT. CHỦ TỊCH", "Z HC SHÚ TỊCH", "Nguyễn Ngọc Nam"]), drop_seal_letters(["THỨ TRƯỞNG", "Thượng tướng", "Nguyễn Văn Long"])
        (['KT. CHỦ TỊCH', 'Z HC SHÚ TỊCH', 'Nguyễn Ngọc Nam'], ['THỨ TRƯỞNG', 'Thượng tướng', 'Nguyễn Văn Long'])
        >>> drop_seal_letters(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "B N"]), drop_seal_letters(["TL. CHỦ TỊCH", "si", "KT. CHÁNH VĂN PHÒNG"])
        (['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'B N'], ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'])
        >>> drop_seal_letters(["Ộ TRƯỞNG, CHỦ NHIỆM", "P Vu Lan", "Phạm Mạnh Cường", "974337695"])
        ['Ộ TRƯỞNG, CHỦ NHIỆM', 'Phạm Mạnh Cường']
    """
    titled = [k for k, ln in enumerate(lines) if _has_title_word(ln)]
    if not titled:
        return lines
    # among the titles, a line with no two capitals in a row is a speck ("si" between "TL. CHỦ TỊCH"
    # and "KT. CHÁNH VĂN PHÒNG": the extractor took the three lines for one authority)
    specks = {k for k in range(titled[0] + 1, titled[-1]) if not regex.search(r"(?-i:\p{Lu}){2}", lines[k])}
    named = [k for k, ln in enumerate(lines) if _NAME_AT_END.search(ln)]
    ranked = list(ranks())
    ring = set()
    under: set[int] = set()
    if named and named[-1] > titled[-1]:
        ring = {
            k for k in range(titled[-1] + 1, named[-1])
            if not _NAME_AT_END.search(lines[k]) and not any(r in lines[k] for r in ranked)
        }
        # NAME_CLOSES_BLOCK: the name is the block's last line (NĐ 30 box 7c). Over a valid name, a
        # line shaped as a name that is none is the ring's letters ("P Vu Lan" over "Phạm Mạnh
        # Cường", n021's typed PDF rendered at 300 dpi with a seal); under it, a line without a
        # letter is a note's number beside the block ("974337695", the same page).
        if _valid_name(lines[named[-1]]):
            ring |= {k for k in named[:-1] if k > titled[-1] and not _valid_name(lines[k]) and not any(r in lines[k] for r in ranked)}
            under = {k for k in range(named[-1] + 1, len(lines)) if not regex.search(r"\p{L}", lines[k])}
    if repairs is not None:
        repairs.extend(f"{lines[k]!r} → '' (a speck among the titles)" for k in sorted(specks))
        repairs.extend(f"{lines[k]!r} → '' (the seal's ring between the titles and the name)" for k in sorted(ring))
        repairs.extend(f"{lines[k]!r} → '' (no letter under the name)" for k in sorted(under))
    drop = specks | ring | under
    return [ln for k, ln in enumerate(lines) if k not in drop]


# --- the authority and position lines of a signature block, under a seal ---------------------------
# "KT." with its K lost in the seal's rim or the signature ("=¬skT, THỦ TƯỚNG", c146; "-e=J{T. CHỦ
# TỊCH", n050): up to six marks, then "T." or "T,", then the title in capitals. No other
# authority mark ends in T ("TM.", "TL." have theirs first).
_KT_MISREAD = regex.compile(r"^(?P<marks>\S{1,6}?)T[.,]\s*(?=(?-i:[\p{Lu}Đ]){2})")
_KT_LINE = regex.compile(r"^KT\.\s*(?P<head>.+)$")
# A position line repaired to the deputy's title may hold this many words more than the title
# (marks of the seal read before it: "Z⁄% ĐH CHỦ NHIỆM").
DEPUTY_EXTRA_WORDS = 2


@functools.lru_cache(maxsize=1)
def _own_deputy_titles() -> dict[str, str]:
    """data/ocr.toml ``[deputies] own_titles``: the head's title → the deputy's, where not "PHÓ …"."""
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("directive_parser.data").joinpath("ocr.toml").read_text("utf-8"))
    return dict(data["deputies"]["own_titles"])


def deputy_title(authority: str) -> str | None:
    """The position of the deputy who signs under ``authority`` ("KT. CHỦ TỊCH"), or None.

    Example:
        >>> deputy_title("KT. BỘ TRƯỞNG, CHỦ NHIỆM"), deputy_title("KT. BỘ TRƯỞNG"), deputy_title("TM. ỦY BAN NHÂN DÂN")
        ('PHÓ CHỦ NHIỆM', 'THỨ TRƯỞNG', None)
    """
    m = _KT_LINE.match(authority.strip())
    if m is None:
        return None
    head = " ".join(m["head"].split(",")[-1].split())
    return _own_deputy_titles().get(head, f"PHÓ {head}")


# Marks a seal or the frame left where a title's first capital was ("'HỨ TRƯỞNG", c153).
_LOST_INITIAL = regex.compile(r"^[^\p{L}\s]{1,3}(?P<rest>(?-i:\p{Lu})(?-i:[\p{Lu}\s])+)$", regex.V1)


def restore_title_initial(line: str) -> str | None:
    """A position line whose first capital was lost, completed from the known positions.

    Only where marks stand in the letter's place and exactly one position of the vocabulary
    (data/vocabulary.toml ``[signature] positions``) is the rest with one letter before it.

    Example:
        >>> restore_title_initial("'HỨ TRƯỞNG"), restore_title_initial("'BỘ TRƯỞNG"), restore_title_initial("HỨ TRƯỞNG")
        ('THỨ TRƯỞNG', None, None)
    """
    m = _LOST_INITIAL.match(line.strip())
    if m is None:
        return None
    rest = " ".join(m["rest"].split())
    positions = vocabulary().signature.positions
    found = [p for p in positions if len(p) == len(rest) + 1 and p[1:] == rest]
    return found[0] if len(found) == 1 and rest not in positions else None


def _next_lettered(lines: list[str], k: int) -> int | None:
    """The index of the first line after ``lines[k]`` with a letter, or None."""
    return next((j for j in range(k + 1, len(lines)) if regex.search(r"\p{L}", lines[j])), None)


def _fits_deputy(line: str, deputy: str | None) -> bool:
    """Whether ``line`` can be the deputy's title ``deputy`` read under a seal: it ends with the
    title's last word (by letters), has at most ``DEPUTY_EXTRA_WORDS`` words more, and no word
    shaped as a name's ("Nguyễn Sỹ Hiệp" never is)."""
    words = line.split()
    return bool(
        deputy is not None
        and words
        and letters_key(words[-1]) == letters_key(deputy.split()[-1])
        and len(words) <= len(deputy.split()) + DEPUTY_EXTRA_WORDS
        and not any(is_name_word(w) for w in words)
    )


def _authority_over_deputy(line: str, below: str) -> str:
    """A "KT. …" line over a deputy's known title, as "KT." and the one head's title that deputy
    signs for, where the line is a damaged reading of it (``ocrnames.fits_title``: a letter or two
    of its words but the last misread, "KT. GLÁM ĐỌC" over "PHÓ GIÁM ĐỐC"); else the line as read.

    Example:
        >>> _authority_over_deputy("KT. GLÁM ĐỌC", "PHÓ GIÁM ĐỐC"), _authority_over_deputy("KT. TỔNG GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
        ('KT. GIÁM ĐỐC', 'KT. TỔNG GIÁM ĐỐC')
        >>> _authority_over_deputy("KT. GLÁM ĐỌC", "Trần Thanh Tài")
        'KT. GLÁM ĐỌC'
    """
    positions = vocabulary().signature.positions
    heads = [p for p in positions if deputy_title(f"KT. {p}") == " ".join(below.split())]
    if len(heads) == 1 and fits_title(line.strip(), f"KT. {heads[0]}", positions):
        return f"KT. {heads[0]}"
    return line


# POSITION_UNDER_SEAL: the position's line (NĐ 30: under the authority lines "TM."/"TL."/"KT." …, over
# the signature and the name, in capitals) read with its first word garbled by the seal's ring, or by
# the print thinned where a colour seal's ink was whitened, the rest of the line read. The line is
# the block's "position slot": its first line with two capitals that is no authority line, every
# line with two capitals above it an authority line, and no name line above it. Read as, in turn:
# - HEAD_OVER_DEPUTY: a known head's title with only marks before it, over a line that fits the
#   deputy's title with as many words: the "KT." was lost under the ring, and the line under it is
#   the deputy's ("TL. CHỦ TỊCH / . CHÁNH VĂN PHÒNG / 4 CHÁNH VĂN PHÒNG": n037's DOCX rendered at
#   300 dpi with a seal, scripts/synthetic_scans.py → "KT. CHÁNH VĂN PHÒNG", then "PHÓ CHÁNH VĂN
#   PHÒNG" by the deputy's rule; the "." is dropped as a stroke before this rule sees the line, so
#   the line is "CHÁNH VĂN PHÒNG" as printed, and the "4" under it, with as many words as the
#   deputy's title, is what tells); the block's first line had this rule already (c153), now a line
#   under a first authority line ("TL.") has it too. Not after a comma (", CHỦ NHIỆM": the first of
#   a head's two titles lost, "KT. BỘ TRƯỞNG, CHỦ NHIỆM", which "KT. CHỦ NHIỆM" is not);
# - a head's two titles with the first word garbled (``ocrnames.two_part_head``: "Sụ) TRƯỜNG, CHỦ
#   NHIỆM" → "BỘ TRƯỞNG, CHỦ NHIỆM", c159: the head signing himself, the ring's upper arc over "BỘ"),
#   with as many words before the comma as the first title has ("K1 ÿ NRƯỚNG, CHỦ NHIỆM" over the
#   name, c139's first pass, is "KT. BỘ TRƯỞNG, CHỦ NHIỆM" with its deputy's line lost: left);
# - the one known position the line is a damaged reading of (``ocrnames.garbled_position``), its
#   words with no capital letter left out first (a title is printed in capitals: "⁄5ö.b:" is the
#   seal's marks, not a word of it): "N. TỊCH" → "CHỦ TỊCH" (n029 at 300 dpi), "⁄5ö.b: ,ĐNỦ TỊCH"
#   → "CHỦ TỊCH" (n029 at 200 dpi), "276 O0 THƯ" → "BÍ THƯ" (n032 photographed). Only a line with a
#   word that is no syllable (a line read whole, "TỈNH ĐOÀN" under "TM. BAN THƯỜNG VỤ", is never
#   made a position), and where the words left are not a known position as they stand ("4 CHÁNH VĂN
#   PHÒNG" with "4" left out: whether "PHÓ" stood there cannot be told), and never where the line
#   under it is a known position as read: the line is then the authority's, its mark misread ("KIT
#   CHÁNH VĂN PHÒNG" over "PHÓ CHÁNH VĂN PHÒNG", n038 at 300 dpi, is no second "PHÓ CHÁNH VĂN PHÒNG").
# Under a "KT. …" line the slot is left to the deputy's rule below.
_NO_CAPITAL = regex.compile(r"^(?-i:[^\p{Lu}])+$")


def _position_slot(lines: list[str]) -> int | None:
    """The index of the block's position line (POSITION_UNDER_SEAL), or None."""
    for k, line in enumerate(lines):
        if _NAME_AT_END.search(line):
            return None
        if not regex.search(r"(?-i:\p{Lu}){2}", line) or _AUTHORITY_ANCHOR.match(line):
            continue
        above = [ln for ln in lines[:k] if regex.search(r"(?-i:\p{Lu}){2}", ln)]
        return None if above and deputy_title(above[-1]) is not None else k
    return None


def _slot_position(line: str, below: str | None) -> str | None:
    """What the position slot's ``line`` reads as (POSITION_UNDER_SEAL), ``below`` the next line
    with letters; None where it is a known position as read or none of the rules gives one.

    Example:
        >>> _slot_position(". CHÁNH VĂN PHÒNG", "4 CHÁNH VĂN PHÒNG"), _slot_position("Sụ) TRƯỜNG, CHỦ NHIỆM", "/ > 0: HÀ CÀ")
        ('KT. CHÁNH VĂN PHÒNG', 'BỘ TRƯỞNG, CHỦ NHIỆM')
        >>> _slot_position("N. TỊCH", "GIÁM ĐÓC SỞ NỘI VỤ"), _slot_position("⁄5ö.b: ,ĐNỦ TỊCH", None), _slot_position("276 O0 THƯ", None)
        ('CHỦ TỊCH', 'CHỦ TỊCH', 'BÍ THƯ')
        >>> _slot_position("TỈNH ĐOÀN", "BÍ THƯ"), _slot_position("4 CHÁNH VĂN PHÒNG", None), _slot_position("CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG")
        (None, None, None)
        >>> _slot_position("K1 ÿ NRƯỚNG, CHỦ NHIỆM", "Phạm Mạnh Cường"), _slot_position("KIT CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG")
        (None, None)
        >>> _slot_position("CHÁNH VĂN PHÒNG", "4 CHÁNH VĂN PHÒNG")
        'KT. CHÁNH VĂN PHÒNG'
    """
    positions = vocabulary().signature.positions
    marks, head = regex.match(r"^([^\p{L}]*)(.*)$", line).groups()  # type: ignore[union-attr]
    head = " ".join(head.split())
    if head in positions and "," not in marks and below is not None:
        deputy = deputy_title(f"KT. {head}")
        if deputy is not None and _fits_deputy(below, deputy) and len(below.split()) >= len(deputy.split()) and below != head:
            return f"KT. {head}"
    if " ".join(line.split()) in positions or (below is not None and " ".join(below.split()) in positions):
        return None  # a known position as read; or one read whole under it: this line is the authority's
    two = two_part_head(line)
    if two is not None and len(line.rpartition(",")[0].split()) == len(two.rpartition(",")[0].split()):
        return two  # as many words before the comma as the first title has ("K1 ÿ NRƯỚNG," is "KT. BỘ TRƯỞNG,")
    words = [w for w in line.split() if not _NO_CAPITAL.match(w)]
    kept = " ".join(regex.sub(r"^[^\p{L}]+", "", " ".join(words)).split())
    if not kept or kept in positions or all(is_syllable(regex.sub(r"\W", "", w)) for w in line.split()):
        return None
    return garbled_position(kept, list(positions))


def _repair_position_slot(out: list[str]) -> None:
    """The block's position line read as POSITION_UNDER_SEAL reads it, in place."""
    k = _position_slot(out)
    if k is None:
        return
    below = _next_lettered(out, k)
    fit = _slot_position(out[k], out[below] if below is not None else None)
    if fit is not None:
        out[k] = fit


def repair_block_titles(lines: list[str], repairs: list[str] | None = None) -> list[str]:
    """A signature block's authority mark and position line, repaired where a seal spoilt them.

    A position line that lost its first capital gets it back (``restore_title_initial``). The
    block's first line in capitals gets its "KT." back when only the "T." was read, or when it is
    a head's title with its deputy's title right under it, or a head's two titles with the
    first lost under the seal (``ocrnames.two_part_head``: "Z6Q TRỪ NNNG, CHỦ NHIỆM" → "KT. BỘ
    TRƯỞNG, CHỦ NHIỆM") with a line under it that fits the deputy's title; under a
    "KT. …" line, the next line with letters is the deputy's title (``deputy_title``) when it
    ends with that title's last word (by letters), has at most ``DEPUTY_EXTRA_WORDS`` words more,
    and no word shaped as a name's ("Z HC SHÚ NHIỆM" → "PHÓ CHỦ NHIỆM"; "Nguyễn Sỹ Hiệp" is never
    touched). Elsewhere, the position's line garbled under the seal is read as the known title it
    is (POSITION_UNDER_SEAL: "N. TỊCH" under "TM. HỘI ĐỒNG" → "CHỦ TỊCH"). Each repair is recorded.

    Args:
        lines: the block's lines, top to bottom.
        repairs: where each repair is appended as ``'read' → 'repaired'``.

    Returns:
        The lines, repaired.

    Example:
        >>> repair_block_titles(["=¬skT, THỦ TƯỚNG", "⁄40_ PHONRHỦ TƯỚNG", "Trần Hồng Hà"])
        ['KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'Trần Hồng Hà']
    """
    out = [restore_title_initial(ln) or ln for ln in lines]
    first = next((k for k, ln in enumerate(out) if regex.search(r"(?-i:\p{Lu}){2}", ln)), None)
    if first is not None and not _AUTHORITY_ANCHOR.match(out[first]):
        out[first] = _KT_MISREAD.sub("KT. ", out[first], count=1)
        # a head's title right over its deputy's ("BỘ TRƯỞNG" / "THỨ TRƯỞNG", c153): a deputy signs
        # for the head, so the "KT." before the head's title was lost
        head = " ".join(out[first].split())
        below_first = " ".join(out[first + 1].split()) if first + 1 < len(out) else None
        if head in vocabulary().signature.positions and deputy_title(f"KT. {head}") == below_first:
            out[first] = f"KT. {head}"
        # a head's two titles whose first the seal took ("Z6Q TRỪ NNNG, CHỦ NHIỆM", c140) over its
        # deputy's title: the head's titles, signed for ("KT.")
        two = two_part_head(out[first])
        under = _next_lettered(out, first)
        if two is not None and under is not None and _fits_deputy(out[under], deputy_title(f"KT. {two}")):
            out[first] = f"KT. {two}"
    _repair_position_slot(out)
    for k, line in enumerate(out):
        deputy = deputy_title(line)
        below = _next_lettered(out, k)
        if deputy is None or below is None:
            continue
        if _fits_deputy(out[below], deputy):
            out[below] = deputy
        else:  # the deputy's title read whole, the line in capitals under it ("Lư", a seal's speck, between)
            title = next((ln for ln in out[k + 1 :] if regex.search(r"(?-i:\p{Lu}){2}", ln)), None)
            out[k] = _authority_over_deputy(line, title) if title is not None else line
        break
    if repairs is not None:
        repairs.extend(f"{a!r} → {b!r}" for a, b in zip(lines, out, strict=True) if a != b)
    return out


def page_text_from_tsv(tsv: str, scale: float, repairs: list[str] | None = None) -> str:
    """A page's repaired text from Tesseract's TSV: words, physical lines, columns apart.

    Args:
        tsv: Tesseract's ``tsv`` output for the page.
        scale: points per pixel of the OCRed image.
        repairs: where each repaired word is appended.

    Returns:
        The page's text, as the PDF loader builds it from a text layer, then repaired.
    """
    words = words_from_tsv(tsv, scale)
    return repair_ocr_text(_page_text(words, ocr_lines(words)), repairs)


# --- how sure the OCR was of a value ---------------------------------------------------------------


def value_confidence(value: str, page_words: list[tuple[str, float]]) -> float:
    """The OCR confidence of a value read on a page: the mean, over its words, of Tesseract's.

    A word of the value is matched to the page's words by its letters (``letters_key``); a word
    that no read word has (repaired, completed from elsewhere, or run together) counts 0, so a
    value the parser had to mend reads as doubtful.

    Args:
        value: the value as the record holds it ("Nguyễn Sỹ Hiệp").
        page_words: the page's words as read, with their confidence (0-100).

    Returns:
        A confidence from 0 to 1, rounded to two decimals (0 for a value without words).

    Example:
        >>> value_confidence("Nguyễn Sỹ Hiệp", [("Sỹ", 90.0), ("Hiệp", 80.0), ("tểấyên", 10.0)])
        0.57
    """
    best: dict[str, float] = {}
    for text, conf in page_words:
        key = letters_key(text.strip(".,;:()"))
        best[key] = max(best.get(key, 0.0), conf)
    words = [letters_key(w.strip(".,;:()")) for w in value.split()]
    words = [w for w in words if w]
    if not words:
        return 0.0
    return round(sum(best.get(w, 0.0) for w in words) / len(words) / 100, 2)


# --- a dash by its width ------------------------------------------------------------------------------
# EN_DASH_READ_EM: Tesseract's Vietnamese model reads a printed en dash "–" (a range, a pair of
# names: "giai đoạn 2021 – 2030", "Tân Phú – Bảo Lộc") as an em dash "—", or as "—-" (n035's
# and n009's DOCX rendered as scans at 200 dpi: "2021 — 2030", "Tân Phú —- Bảo Lộc"), and the
# value then differs from the page. An em dash is as wide as the type's size (its ink about the
# height of a line's words, marks included: 1.1-1.4 times the median word height); an en dash
# is half that (0.5-0.73 times it, measured on the dev renders). A dash read "—" standing alone
# inside a line, narrower than ``EM_DASH_MIN_SHARE`` of the line's median word height, is an en
# dash. Not touched: a dash opening its line (a list's bullet), a dash read "-" (a hyphen's and
# an en dash's widths overlap: 0.3-0.46 against 0.44-0.73), a wide "—" (an em dash as printed),
# a line without two words of letters to measure by.
EM_DASH_MIN_SHARE = 0.85
_EM_DASH_READ = frozenset({"—", "—-", "-—"})
_MEASURE_WORD = regex.compile(r"^\p{L}{2,}[.,;:]?$")


def en_dashes_by_width(words: list[Word], repairs: list[str] | None = None) -> list[Word]:
    """``words`` with a lone dash read "—" but no wider than an en dash read "–" (EN_DASH_READ_EM).

    Example:
        >>> w = lambda x, width, t, h=12.0: {"x0": x, "x1": x + width, "top": 100.0, "bottom": 100.0 + h, "text": t, "line": ("1", "1", "1"), "conf": 95.0}
        >>> line = [w(60.0, 40.0, "đoạn"), w(104.0, 27.0, "2021"), w(135.0, 7.0, "—"), w(146.0, 27.0, "2030"), w(177.0, 30.0, "khu"), w(210.0, 30.0, "vực")]
        >>> [x["text"] for x in en_dashes_by_width(line)]
        ['đoạn', '2021', '–', '2030', 'khu', 'vực']
        >>> line[2] = w(135.0, 14.0, "—")  # as wide as the type: an em dash as printed
        >>> [x["text"] for x in en_dashes_by_width(line)][2]
        '—'
    """
    out = list(words)
    where = {id(w): k for k, w in enumerate(out)}
    for line in ocr_lines(words):
        heights = [float(w["bottom"]) - float(w["top"]) for w in line if _MEASURE_WORD.match(w["text"])]
        if len(heights) < 2:
            continue
        height = statistics.median(heights)
        for w in line[1:]:
            width = float(w["x1"]) - float(w["x0"])
            if w["text"] in _EM_DASH_READ and width < EM_DASH_MIN_SHARE * height:
                out[where[id(w)]] = {**w, "text": "–"}
                if repairs is not None:
                    repairs.append(f"{w['text']!r} → '–' (a dash {width:.1f} pt wide in a line of {height:.1f} pt: an en dash)")
    return out


# --- the rule under the subject -----------------------------------------------------------------------
# SUBJECT_RULE: NĐ 30 (Phụ lục I, box 5a) prints a short rule, centred, under the subject of a
# document with a name (THÔNG BÁO, KẾ HOẠCH, QUYẾT ĐỊNH …): the title ends there and the body
# begins. Tesseract reads no text for a rule, so on a scan the subject ended only where the body's
# first line was read as such; where a received stamp stands beside that line its opening is lost
# and the subject runs on into the body (c158: the portal's stamp left of "Ngày 02 tháng 4 năm
# 2025 tại …", read "gáy 02 tháng 4 …" under "… Tỉnh ủy Quảng Ninh"). On the first page, a
# horizontal rule ``SUBJECT_RULE_MIN_PT`` to ``SUBJECT_RULE_MAX_PT`` long, its middle within
# ``SUBJECT_RULE_CENTRE_PT`` of the page's, under the header (below ``SUBJECT_RULE_TOP_SHARE`` of
# the page's height, above ``RECEIVED_TOP_SHARE``), under a line of words within
# ``SUBJECT_RULE_GAP_PT`` that is not the motto, crossing no word, is put into the page's words as
# a line of dashes, which ends the subject as a typed rule line does (``patterns.RULE_LINE_RE``).
# Found on the dev scans: c140's, c158's, n050's rules under their subjects (60, 54, 108 pt long,
# 14, -12, +44 pt off the page's middle); not taken: the motto's rule (at 0.10-0.11 of the
# height, under "Độc lập - Tự do - Hạnh phúc"), the issuer's (a quarter of the width in), a
# stamp's frame (left of the middle, crossing words).
SUBJECT_RULE_MIN_PT = 40.0
SUBJECT_RULE_MAX_PT = 300.0
SUBJECT_RULE_CENTRE_PT = 60.0
SUBJECT_RULE_TOP_SHARE = 0.15
SUBJECT_RULE_GAP_PT = 30.0
_MOTTO_END = regex.compile(r"(?i)(?:ph[úuù]c|VI[ỆE]T\s*NAM)\W*$")


def mark_subject_rule(words: list[Word], image: Any, scale: float, repairs: list[str] | None = None) -> list[Word]:
    """A first page's words with the rule printed under its subject as a line of dashes (SUBJECT_RULE)."""
    from .imaging import horizontal_rules

    page_width = image.width * scale
    box = (0, round(image.height * SUBJECT_RULE_TOP_SHARE), image.width, round(image.height * RECEIVED_TOP_SHARE))
    for x0, x1, y in horizontal_rules(image, box, scale, SUBJECT_RULE_MIN_PT):
        if x1 - x0 > SUBJECT_RULE_MAX_PT or abs((x0 + x1) / 2 - page_width / 2) > SUBJECT_RULE_CENTRE_PT:
            continue
        over = [w for w in words if w["x1"] > x0 and w["x0"] < x1]
        if any(w["top"] < y < w["bottom"] for w in over):
            continue  # a word struck through or underlined, a table's or a frame's rule
        above = [w for w in over if y - SUBJECT_RULE_GAP_PT <= w["bottom"] <= y]
        if not above:
            continue
        last = max(above, key=lambda w: w["bottom"])
        line = " ".join(w["text"] for w in sorted((w for w in words if w["line"] == last["line"]), key=lambda w: w["x0"]))
        if _MOTTO_END.search(line):
            continue
        if repairs is not None:
            repairs.append(f"'' → '———' (the rule under the subject, {x0:.0f}-{x1:.0f} pt across, {y:.0f} pt down)")
        rule: Word = {"x0": x0, "x1": x1, "top": y - 1.0, "bottom": y + 1.0, "text": "———", "line": ("rule", "0", "0"), "conf": 99.0}
        return [*words, rule]
    return words


# --- the received stamp -------------------------------------------------------------------------
# A receiving office stamps "ĐẾN  Số: …  Ngày: …" on the first page, beside or over the header and
# the subject; OCR'd with the page, its words run into the subject ("ĐỀN gay, 1414411625... Kết
# luận của …", c139) or the type line. The stamp's words are taken out of the page by position
# around its "ĐẾN" mark and kept apart as what was received when, never the document's own
# number or date.
# Share of the first page's height, from the top, where a received stamp is looked for.
RECEIVED_TOP_SHARE = 0.45
# The stamp's extent around its mark, in points: a stamp is about 5 × 3 cm (140 × 85 pt) with
# the mark at its left, its "Số" and "Ngày" lines beside and under it.
RECEIVED_LEFT_PT = 12.0
RECEIVED_RIGHT_PT = 165.0
RECEIVED_ABOVE_PT = 30.0
RECEIVED_BELOW_PT = 45.0
# The mark: "ĐẾN" as OCR reads it (``ocrfields.RECEIVED_MARK``, shared with the text path's STAMP_DEBRIS).
_RECEIVED_MARK = RECEIVED_MARK
_RECEIVED_NUMBER = regex.compile(r"S[ốôóo6]\s*:?\s*(?P<n>\d{1,6})\b")
_RECEIVED_DATE = regex.compile(r"(?<!\d)(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})(?!\d)")


def split_received(words: list[Word], page_height: float) -> tuple[list[Word], list[Word], dict[str, Any] | None]:
    """Take a received stamp's words out of a first page's words.

    Args:
        words: the page's words (points).
        page_height: the page's height in points.

    Returns:
        The page's words without the stamp's, the stamp's words, and the stamp as ``{"text",
        "number", "date"}`` (number and ISO date None where illegible), or None when the page has
        no stamp (its words then empty).

    Example:
        >>> w = lambda x, y, t: {"x0": x, "x1": x + 30, "top": y, "bottom": y + 10, "text": t, "line": ("1", "1", str(y)), "conf": 90.0}
        >>> kept, taken, stamp = split_received([w(400, 100, "ĐẾN"), w(440, 100, "Số:"), w(470, 100, "1234"), w(440, 115, "Ngày:"), w(470, 115, "02/12/2024"), w(72, 300, "Kính")], 842)
        >>> [x["text"] for x in kept], len(taken), stamp["number"], stamp["date"]
        (['Kính'], 5, '1234', '2024-12-02')
    """
    marks = [w for w in words if w["top"] < page_height * RECEIVED_TOP_SHARE and _RECEIVED_MARK.match(w["text"])]
    if not marks:
        return words, [], None
    mark = marks[0]
    x0, x1 = mark["x0"] - RECEIVED_LEFT_PT, mark["x0"] + RECEIVED_RIGHT_PT
    top, bottom = mark["top"] - RECEIVED_ABOVE_PT, mark["bottom"] + RECEIVED_BELOW_PT

    def inside(w: Word) -> bool:
        middle = (float(w["top"]) + float(w["bottom"])) / 2
        return bool(w["x0"] >= x0 and w["x1"] <= x1 and top <= middle <= bottom)

    # a Tesseract line is the stamp's only when all of it lies in the stamp's box: a body or
    # subject line running past the box is the document's (c137, c146: "Xét báo cáo của …")
    lines: dict[tuple[str, str, str], list[Word]] = {}
    for w in words:
        lines.setdefault(w["line"], []).append(w)
    stamp_lines = {key for key, line in lines.items() if all(inside(w) for w in line)}
    shared = {id(w) for key, line in lines.items() if key not in stamp_lines for w in stamp_fields_in_line(line, inside)}
    stamp = [w for w in words if w["line"] in stamp_lines or id(w) in shared]
    return [w for w in words if w["line"] not in stamp_lines and id(w) not in shared], stamp, _received(stamp)


# MARGIN_ABOVE_MOTTO: nothing of a document's own is printed above its header's first row. NĐ 30/2020
# (Phụ lục I) sets the national motto's first line at the top of the text area, level with the
# issuer's first line (HD 36: "ĐẢNG CỘNG SẢN VIỆT NAM"); what a scan shows above that row was added
# to the page after the document was made: an e-office system's signature box ("Người ký: CỔNG
# THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ / Email: … / Thời gian ký: 11.04.2025 16:42:13 +07:00", c135-c159),
# a portal's receipt e-stamp ("ĐẾN, TRUNG TÂM CÔNG / BÁO VÀ TIN HỌC / ttcbth@quangngai.gov.vn /
# 16.01.2025 07:46:10", n057), a clerk's note ("TTĐT", c159). In small print and read as noise
# ("ZEĐN, TRUNG TÂM CÔNG", "li bởi: 1y p \" nhân dân"), its lines were taken for the issuer's when
# no label in them was read well enough to name the box. So on a first page whose motto is read in
# its top ``MOTTO_TOP_SHARE``, the Tesseract lines that end above the motto's row (their bottom
# above the motto's top plus ``MOTTO_ROW_SLACK`` of its height: a header line on the same row,
# raised a little by skew, stays) are set aside, each recorded. A page whose motto is not read is
# left as it was.
MOTTO_TOP_SHARE = 0.3
MOTTO_ROW_SLACK = 0.25


def split_above_motto(words: list[Word], page_height: float) -> tuple[list[Word], list[list[Word]]]:
    """A first page's words without the lines printed above its header's motto row, and those lines.

    Args:
        words: the page's words (points).
        page_height: the page's height in points.

    Returns:
        The words kept, and the lines set aside (each a list of words, top to bottom); none when no
        motto is read in the page's top ``MOTTO_TOP_SHARE``.

    Example:
        >>> w = lambda x, y, t, n: {"x0": x, "x1": x + 30, "top": y, "bottom": y + h, "text": t, "line": ("1", "1", n), "conf": 90.0}
        >>> h = 5; box = [w(60, 5, "Ký", "1"), w(70, 5, "bởi:", "1"), w(60, 12, "15.01.2025", "2")]
        >>> h = 12; head = [w(60, 40, "ỦY", "3"), w(80, 40, "BAN", "3"), w(300, 39, "CỘNG", "4"), w(340, 39, "HÒA", "4"), w(380, 39, "XÃ", "4"), w(400, 39, "HỘI", "4")]
        >>> kept, aside = split_above_motto(box + head, 842)
        >>> [x["text"] for x in kept], [" ".join(x["text"] for x in line) for line in aside]
        (['ỦY', 'BAN', 'CỘNG', 'HÒA', 'XÃ', 'HỘI'], ['Ký bởi:', '15.01.2025'])
        >>> split_above_motto(box + head[:2], 842)[1]
        []
    """
    lines: dict[tuple[str, str, str], list[Word]] = {}
    for w in words:
        lines.setdefault(w["line"], []).append(w)
    mottos = [
        line for line in lines.values()
        if min(float(w["top"]) for w in line) < page_height * MOTTO_TOP_SHARE
        and MOTTO_READ.search(bare(" ".join(w["text"] for w in sorted(line, key=lambda w: float(w["x0"])))))
    ]
    if not mottos:
        return words, []
    motto = min(mottos, key=lambda line: statistics.median(float(w["top"]) for w in line))
    top = statistics.median(float(w["top"]) for w in motto)
    height = statistics.median(float(w["bottom"]) - float(w["top"]) for w in motto)
    above = {key for key, line in lines.items() if max(float(w["bottom"]) for w in line) < top + MOTTO_ROW_SLACK * height}
    aside = sorted(
        (sorted(line, key=lambda w: float(w["x0"])) for key, line in lines.items() if key in above),
        key=lambda line: min(float(w["top"]) for w in line),
    )
    return [w for w in words if w["line"] not in above], aside


# STAMP_FIELD_IN_LINE: a received stamp set over the type's or the subject's lines shares
# Tesseract's lines with them, so the line is not all in the stamp's box and stays the page's:
# "Ngày: 12/7/2024  :  KẾ HOẠCH" and "Chuyển: ..... - Cải cách hành chính nhà nước năm 2026 …"
# (n001's DOCX rendered at 200 dpi, a grey stamp under the number line), "… Ủy viên Ban ĐẾN
# Số:339) Thường vụ Tỉnh ủy, …" (n009, the stamp over the subject's first line). Inside the box,
# a stamp's field is its label ("Số:", "Ngày:", "Chuyển:", the mark "ĐẾN" before one) and its fill:
# the words after it with no more letters than figures ("12/7/2024", ".....", "140g", "339)").
# Those words are the stamp's, the rest of the line the page's. A label with no fill after it is
# left: the document's own "Số: /KH-UBND" (its symbol has letters) or a word "Ngày:" of the text.
_STAMP_LABEL = regex.compile(r"^(?:S[ốôóo6]|Ngày|Chuy[ểe]n)\s?:", regex.I)
# STAMP_ROUTING_LABEL: the stamp's last field, "Chuyển: ……" (to whom the clerk passes it), is a
# label over a dotted line the clerk fills by hand, so it is often read alone, its colon as any
# one mark and its dots as nothing: "Í Chuyển, Tổng kết thực hiện Chiến lược …" (n007's phone
# render, the stamp in the top margin slanted over the title's first line), "Chuyển» Ả; BỘ TỈNH
# BẮC GIANG" (002's, over the issuer's first line). Inside the stamp's box, that word is the
# stamp's with no fill after it; the frame's upright edge read just before it as a speck (a mark or
# one letter under ``FRAME_SPECK_PT`` wide: "Í" 1 pt wide) goes with it. "chuyển" inside a line
# ("… chuyển đổi số", n006's issuer) or with letters after it is the text's; one with its dots read
# after it is STAMP_FIELD_IN_LINE's (label and fill).
_ROUTING_LABEL = regex.compile(r"^Chuy[ểe]n[^\p{L}\p{N}\s]{1,2}$", regex.I)
FRAME_SPECK_PT = 3.0


def _stamp_fill(text: str) -> bool:
    letters = len(regex.findall(r"\p{L}", text))
    return letters <= len(regex.findall(r"\d", text)) and (letters < 3)


def _frame_speck(w: Word, label: Word) -> bool:
    """A stamp frame's upright edge read as a word just before a label: at most one letter, no
    figure, under ``FRAME_SPECK_PT`` wide, at most ``RECEIVED_LEFT_PT`` left of the label (the
    frame's edge may lie just outside the box the mark sets)."""
    text = str(w["text"])
    return bool(
        float(w["x1"]) - float(w["x0"]) < FRAME_SPECK_PT and float(label["x0"]) - float(w["x1"]) <= RECEIVED_LEFT_PT
        and len(regex.findall(r"\p{L}", text)) <= 1 and not regex.search(r"\d", text)
    )


def stamp_fields_in_line(line: list[Word], inside: Callable[[Word], bool]) -> list[Word]:
    """The received stamp's fields (label and fill) inside its box on a line it shares with the page.

    >>> w = lambda x, t: {"x0": x, "x1": x + 20, "top": 150, "bottom": 160, "text": t, "line": ("6", "1", "1"), "conf": 90.0}
    >>> box = lambda x: x["x0"] >= 66 and x["x1"] <= 243
    >>> [x["text"] for x in stamp_fields_in_line([w(78, "Ngày:"), w(108, "12/7/2024"), w(277, "KẾ"), w(300, "HOẠCH")], box)]
    ['Ngày:', '12/7/2024']
    >>> [x["text"] for x in stamp_fields_in_line([w(108, "Số:"), w(161, "/KH-UBND"), w(287, "Lâm")], box)]
    []
    >>> [x["text"] for x in stamp_fields_in_line([w(108, "Số:"), w(130, "8977"), w(160, "/BNV-TCPCP")], box)]
    []
    >>> speck = {**w(0, "Í"), "x0": 66.0, "x1": 67.0}
    >>> [x["text"] for x in stamp_fields_in_line([speck, w(75, "Chuyển,"), w(118, "Tổng"), w(154, "kết")], box)]
    ['Í', 'Chuyển,']
    >>> [x["text"] for x in stamp_fields_in_line([w(75, "Chuyển"), w(118, "đổi"), w(154, "số")], box)]
    []
    """
    line = sorted(line, key=lambda w: float(w["x0"]))
    taken: list[Word] = []
    k = 0
    while k < len(line):
        filled = k + 1 < len(line) and inside(line[k + 1]) and _stamp_fill(line[k + 1]["text"])
        if _ROUTING_LABEL.match(line[k]["text"]) and inside(line[k]) and not filled:
            speck = k > 0 and not any(line[k - 1] is w for w in taken) and _frame_speck(line[k - 1], line[k])
            taken += line[k - 1 : k + 1] if speck else [line[k]]
            k += 1
            continue
        start = k + 1 if _RECEIVED_MARK.match(line[k]["text"]) and k + 1 < len(line) else k
        label = _STAMP_LABEL.match(line[start]["text"])
        if not (label and inside(line[k]) and inside(line[start])):
            k += 1
            continue
        rest = str(line[start]["text"])[label.end() :]
        end = start + 1
        while end < len(line) and inside(line[end]) and _stamp_fill(line[end]["text"]):
            end += 1
        # the document's own number read apart from its symbol ("Số: 8977" "/BNV-TCPCP", n023 at 250
        # dpi, the stamp in the top margin over the header) is no stamp's field
        symbol_next = end < len(line) and str(line[end]["text"]).startswith("/")
        if (end == start + 1 and not (rest and _stamp_fill(rest))) or symbol_next:
            k += 1
            continue
        taken += line[k:end]
        k = end
    return taken


# STAMP_INK_UNDER: a received stamp in red, laid over the header's column in black, hides the
# words under it from the page's read (scripts/synthetic_scans.py --stamp, n037's DOCX rendered at
# 200 dpi: "VĂN PHÒNG UBND / ĐẾN Số: 3689 / Ngày: 6/9/2024" over "ỦY BAN NHÂN DÂN / TỈNH QUẢNG
# NGÃI", read "ÂN DÂN / ANG NGAI": the issuer lost). Where the stamp (found by its mark) stands in
# the header band (``HEADER_BAND``) of a colour page and at least ``STAMP_RED_SHARE`` of its box
# is red ink, the header's column it stands in (the page's half) is read again over the stamp's
# rows with its red ink whitened, and that read's words replace the page's there when it reads more
# Vietnamese syllables surely (``ocrnames.is_syllable``, at ``NAME_LINE_CONF`` or more; 002's
# re-read, its stamp in the top margin, read noise as "lá", "Vụ", "cá" at 20-60): n010's "TỈNH LÂM ĐỒNG", read whole by the page,
# read "TINEL I ÄWTI DỒNG" again (the stamp's letters whitened out of the issuer's) is not taken.
STAMP_RED_SHARE = 0.01
# Red over green and blue by this much is the stamp's ink where it is whitened: its pale edges too
# (``RED_INK_MARGIN`` leaves them, read as specks: "có”", "C(" beside "ỦY BAN NHÂN DÂN").
STAMP_EDGE_MARGIN = 25


def _stamp_ink(rgb: Any, red_margin: int, blue_margin: int) -> Any:
    """Where an RGB array holds a stamp's ink: red, or blue (STAMP_INK_OVER_SUBJECT: n024's blue stamp over its "V/v" lines)."""
    import numpy as np

    red = rgb[:, :, 0] - np.maximum(rgb[:, :, 1], rgb[:, :, 2]) > red_margin
    return red | (rgb[:, :, 2] - np.maximum(rgb[:, :, 0], rgb[:, :, 1]) > blue_margin)


# STAMP_BY_INK: a received stamp whose mark "ĐẾN" was not read (its ink over the print: "ñ È UBND
# ” z / 2roeeg" over n012's "THÔNG BÁO", "VỐN xốtt8thfg UBfSn khai phong trào" in 004's "V/v" line,
# their DOCX rendered at 200 dpi with a red / blue stamp) is found on a colour first page by its
# ink: the largest patch of red or blue ink (``_stamp_ink``) in the page's upper part
# (``RECEIVED_TOP_SHARE``), as large as a stamp (``STAMP_INK_WIDTH_PT`` × ``STAMP_INK_HEIGHT_PT``;
# a red motto's line or star is too low, a seal lies lower on the page). Its rows are read again
# without its ink, as a stamp found by its mark is.
STAMP_INK_CELL_PT = 4.0
STAMP_INK_WIDTH_PT = (70.0, 260.0)
STAMP_INK_HEIGHT_PT = (30.0, 140.0)
# A cell with at least this share of stamp ink is the stamp's.
STAMP_INK_CELL_SHARE = 0.02


# HEADER_STAMP_GREY_BY_TONE: a received stamp whose ink has no colour to tell it from the print
# (a grey or black pad, or a red or blue stamp scanned in grey: red ink prints about 90 of 255 in
# grey, blue about 65) still differs from it in tone: the print's toner is black (under
# ``GREY_INK_TONE[0]``), the stamp's ink mid-grey (n013's DOCX at 300 dpi, a grey stamp over its
# "V/v triển khai thực hiện / Công văn số 4552/BCA-C04" lines, read "VĂN PHòÒNV/MdjjÊn khai thực hiện
# / ĐẾN sá?ênga@ăn số 4552/BEA-C04": the print's pixels 0-40, the stamp's 80-100; 001, n024, n027
# the same). Its ink: pixels whose three channels all lie in ``GREY_INK_TONE`` within
# ``GREY_INK_SPREAD`` of each other. A print's anti-aliased edges are such pixels too, but beside
# its black core: a cell is the stamp's only where its grey outweighs its black
# (``GREY_CELL_OVER_BLACK`` times) and covers ``GREY_CELL_SHARE`` of it. A page scanned in black and
# white (1 bit, its stamp black: c140, c158) has no such cells.
GREY_INK_TONE = (60, 170)
GREY_INK_SPREAD = 25
GREY_CELL_SHARE = 0.05
GREY_CELL_OVER_BLACK = 2.0


# PHOTO_STAMP_DULLED_INK: a phone photo dulls a stamp's colour. Its light falls off across the page
# (the paper 200-235 of 255 where a scan's is white) and its JPEG keeps colour at half the
# resolution of its tone, so a stamp's thin frame and strokes keep little of their blue or red: on
# the phone renders (``scripts/synthetic_scans.py --variants phone``) a blue stamp's ink clears
# ``BLUE_INK_MARGIN`` only in the cores of its heavier letters, read as three or four patches of
# text the size of a line each (n026: the largest 98 × 16 pt, under ``STAMP_INK_HEIGHT_PT``; n016,
# n021 the same), where at ``STAMP_EDGE_MARGIN`` its whole box is one patch (n026 167 × 86 pt, n021
# 171 × 82, n009 171 × 94, 004 167 × 78). Its paper stays grey (neutral: no colour cast on the
# renders, the lead's guess of a yellow cast not borne out). Two measures, both against the page
# itself: STAMP_INK_BY_PAPER, the ink's margins are scaled to the page's paper level
# (``paper_level``: a colour's margin over the other channels shrinks with the light that lit it),
# and the stamp's box is grown from its surely coloured cells (the fixed margins) over the cells
# its paler ink reaches (``STAMP_EDGE_MARGIN``), as an edge is traced from its strong points
# (hysteresis): a patch of pale colour alone (JPEG's colour noise round black print) starts none.
PAPER_SAMPLE_STEP = 4


def paper_level(rgb: Any) -> float:
    """The page's paper as a share of white: the median of a crop's brightest channel (the paper
    fills most of a page), 1.0 on a white scan.

    >>> import numpy as np
    >>> page = np.full((40, 40, 3), 210, dtype=np.int16); page[5:9, 5:30] = 20
    >>> round(paper_level(page), 3)
    0.824
    """
    import numpy as np

    return min(1.0, max(float(np.median(rgb[::PAPER_SAMPLE_STEP, ::PAPER_SAMPLE_STEP].max(axis=2))), 1.0) / 255)


def _grey_stamp_ink(rgb: Any) -> Any:
    """Where an RGB array holds a colourless stamp's mid-grey ink (HEADER_STAMP_GREY_BY_TONE)."""
    low, high = rgb.min(axis=2), rgb.max(axis=2)
    return (low >= GREY_INK_TONE[0]) & (high <= GREY_INK_TONE[1]) & (high - low <= GREY_INK_SPREAD)


def stamp_ink_box(image: Any, scale: float, grey: bool = False) -> tuple[float, float, float, float] | None:
    """The box (x0, top, x1, bottom, in points) of a stamp's ink in a colour page's upper part, or None.

    With ``grey``, of a colourless stamp's mid-grey ink (HEADER_STAMP_GREY_BY_TONE).
    """
    import numpy as np

    if image.mode != "RGB":
        return None
    rgb = np.asarray(image.crop((0, 0, image.width, round(image.height * RECEIVED_TOP_SHARE))), dtype=np.int16)
    step = max(1, round(STAMP_INK_CELL_PT / scale))
    rows, cols = rgb.shape[0] // step, rgb.shape[1] // step
    if rows == 0 or cols == 0:
        return None

    def cell_share(mask: Any) -> Any:
        return mask[: rows * step, : cols * step].reshape(rows, step, cols, step).mean(axis=(1, 3))

    seeds = None
    if grey:
        share = cell_share(_grey_stamp_ink(rgb))
        black = cell_share(rgb.max(axis=2) < GREY_INK_TONE[0])
        cells = (share >= GREY_CELL_SHARE) & (share >= GREY_CELL_OVER_BLACK * black)
    else:
        # STAMP_INK_BY_PAPER: the margins scaled to the page's own paper; the stamp's cells grown
        # from the surely coloured ones over its dulled ink (PHOTO_STAMP_DULLED_INK, above)
        level = paper_level(rgb)
        seeds = cell_share(_stamp_ink(rgb, round(RED_INK_MARGIN * level), round(BLUE_INK_MARGIN * level))) >= STAMP_INK_CELL_SHARE
        cells = seeds | (cell_share(_stamp_ink(rgb, round(STAMP_EDGE_MARGIN * level), round(STAMP_EDGE_MARGIN * level))) >= STAMP_INK_CELL_SHARE)
    seen = np.zeros_like(cells)
    best: tuple[int, int, int, int, int] | None = None
    for r0, c0 in zip(*np.nonzero(cells if seeds is None else seeds), strict=True):
        if seen[r0, c0]:
            continue
        stack, count, box = [(int(r0), int(c0))], 0, [int(r0), int(c0), int(r0), int(c0)]
        seen[r0, c0] = True
        while stack:
            r, c = stack.pop()
            count += 1
            box = [min(box[0], r), min(box[1], c), max(box[2], r), max(box[3], c)]
            for rr in range(max(0, r - 1), min(rows, r + 2)):
                for cc in range(max(0, c - 1), min(cols, c + 2)):
                    if cells[rr, cc] and not seen[rr, cc]:
                        seen[rr, cc] = True
                        stack.append((rr, cc))
        # STAMP_NOT_THE_SURROUND: a grey patch that reaches the crop's edge is the photo's surround (the
        # table under a photographed page, mid-grey in its shade) or a scan's border, not a stamp
        if grey and (box[0] == 0 or box[1] == 0 or box[3] == cols - 1):
            continue
        if best is None or count > best[0]:
            best = (count, box[0], box[1], box[2], box[3])
    if best is None:
        return None
    cell = step * scale
    x0, top, x1, bottom = best[2] * cell, best[1] * cell, (best[4] + 1) * cell, (best[3] + 1) * cell
    if not (STAMP_INK_WIDTH_PT[0] <= x1 - x0 <= STAMP_INK_WIDTH_PT[1] and STAMP_INK_HEIGHT_PT[0] <= bottom - top <= STAMP_INK_HEIGHT_PT[1]):
        return None
    return x0, top, x1, bottom


# STAMP_INK_NOT_DARK: a stamp's ink is lit in its own colour (red ink's red channel, blue ink's blue,
# over ``STAMP_INK_MIN_LIGHT`` of the paper's level), where black print is dark in every channel. A
# photographed page's JPEG keeps colour at half its resolution, so the stamp's colour bleeds over the
# edges of the black letters it crosses: taken for ink and whitened, those edges thinned the letters
# the band was read for (the phone renders: n018 "đe nghị" for "đề nghị", n021 "Phiền hụp" for "Phiên
# họp", n027 "hợp ¡bát" for "hợp nhất", 004 "T›:ièn" for "Triển"; their ink's brightest channel lies at
# 116-129 or more for 95 % of its pixels, the paper at 211-224, the bled print edges under 100). Those
# dark pixels stay the print's. Only on a photographed page, told by its paper under
# ``STAMP_BLEED_PAPER_LEVEL`` of white (the phone renders' paper 0.80-0.93, a scan's 0.99): a scan keeps
# colour at full resolution, and there the same test only moved a few pixels of the ink's darkest
# strokes and flipped reads both ways (s300 3+/3−, s200 4+/3−: n012's issuer, n037's and 004's subjects).
# Only under the header band (the subject's rows, STAMP_INK_KEEPS_PRINT's path): in the header's column the
# ink is widened by a pixel each way on purpose, the print's edge round it whitened too, and kept there
# the dark pixels flipped the issuer's rows (the phone check half: 003 "G BỘ QUẬN LONG BIÊN", n032's row of
# marks "1D =C{V/11)21ÌN-D(L ÌN" kept; the restriction chosen after that check, see the notes).
STAMP_INK_MIN_LIGHT = 0.45
STAMP_BLEED_PAPER_LEVEL = 0.96


def stamp_ink_lit(rgb: Any) -> Any:
    """Where an RGB array's brightest channel reaches ``STAMP_INK_MIN_LIGHT`` of its paper (STAMP_INK_NOT_DARK).

    >>> import numpy as np
    >>> crop = np.full((4, 4, 3), 215, dtype=np.int16); crop[0, 0] = (200, 90, 90); crop[0, 1] = (80, 30, 30)
    >>> stamp_ink_lit(crop)[0, :2].tolist()
    [True, False]
    """
    return rgb.max(axis=2) >= STAMP_INK_MIN_LIGHT * paper_level(rgb) * 255


# ISSUER_COLUMN_EDGE: the header band read again under a stamp over the issuer (STAMP_INK_UNDER)
# was cut at the page's middle, but the state motto, centred over the right column, starts up to
# 70 pt left of it (``pdf.MOTTO_REACH_PT``): its first words were read again cut and joined the
# issuer's column ("BỘ TƯ PHÁP CỘNG H" / "HOÀ XÃ HỘI …": the issuer "Bộ Tư pháp cộng h", n027's DOCX at
# 200 dpi, a red stamp in the top margin; n002's "… lâm đồng hòa xã Hội Chủ Nghĩa Việt Nam"). NĐ 30
# sets ô số 1 (the issuer) and ô số 2 (the motto) in two columns with a gap between them: where a
# word read on the band's rows crosses the page's middle, the band ends in the gap before that
# word's run (words closer than ``COLUMN_GAP_PT``, the column gap of the PDF loader's lines), so
# the right column's words stay the page's. Only words with a letter or figure read at
# ``MIN_LINE_CONF`` or more count: the stamp's dots ("....", n038 at 200 dpi) set no edge. A line
# centred across the page (n007's title "ĐỀ CƯƠNG BÁO CÁO" under a stamp in the top margin) is
# left to the page's read the same way.
COLUMN_GAP_PT = 14.0


def column_edge(words: list[Word], top: float, bottom: float, middle: float) -> float:
    """Where the header band's left part ends: the page's middle, or the gap before the run crossing it.

    >>> w = lambda x0, x1, t: {"x0": x0, "x1": x1, "top": 55.0, "bottom": 65.0, "text": t, "line": ("1", "1", "1"), "conf": 92.0}
    >>> column_edge([w(157, 194, "PHÁP"), w(245, 285, "CỘNG"), w(290, 321, "HOÀ"), w(325, 345, "XÃ")], 50, 90, 297.6)
    243.0
    >>> column_edge([w(170, 235, "TRUNG"), w(240, 270, "ƯƠNG"), w(347, 376, "ĐẢNG")], 50, 90, 297.6)
    297.6
    """
    spans = [
        (float(w["x0"]), float(w["x1"])) for w in words
        if top < (float(w["top"]) + float(w["bottom"])) / 2 < bottom and float(w["conf"]) >= MIN_LINE_CONF
        and regex.search(r"[\p{L}\d]", str(w["text"]))
    ]
    covering = [a for a, b in spans if a < middle < b]
    if not covering:
        return middle
    edge = min(covering)
    while nearer := [a for a, b in spans if a < edge and b >= edge - COLUMN_GAP_PT]:
        edge = min(nearer)
    return edge - 2.0


# STAMP_BEYOND_COLUMN_EDGE: the header's column a stamp stands in is the page's half its box's middle
# lies in, cut at ``column_edge``; where a line under the stamp runs across the middle, the edge moves
# left to the gap before that line, and may pass the stamp's box: the band then held none of the
# stamp (n038's phone render, a blue stamp at 188-355 pt over its subject's one line across the page,
# "THỂ THỨC VÀ KỸ THUẬT TRÌNH BÀY VĂN BẢN CỦA ĐẢNG" from 109 pt: the band read was the page's left
# margin, the subject read "ĐÍDE 3iđê5ZA kỹ THUẬT …"). A stamp whose box lies mostly beyond the edge,
# on the far side from the column its middle chose, stands over a line across the page: the band is
# read across it and taken row by row (STAMP_OVER_LINES_ACROSS, stamprows.py).


def stamp_beyond_column_edge(x0: float, x1: float, edge: float, page_width: float) -> bool:
    """Whether a stamp's box ``x0``-``x1`` lies mostly outside the header's column its middle chose (STAMP_BEYOND_COLUMN_EDGE).

    >>> stamp_beyond_column_edge(188.0, 355.0, 107.0, 595.0), stamp_beyond_column_edge(69.0, 237.0, 297.6, 595.0)
    (True, False)
    >>> stamp_beyond_column_edge(380.0, 540.0, 243.0, 595.0), stamp_beyond_column_edge(250.0, 420.0, 243.0, 595.0)
    (False, False)
    """
    if (x0 + x1) / 2 < page_width / 2:
        return min(x1, edge) - x0 < (x1 - x0) / 2
    return x1 - max(x0, edge) < (x1 - x0) / 2


# HEADER_ROWS_UNREAD (issue 13, cause D): where a coloured stamp stands over the header's lower
# lines, Tesseract's page layout may take its whole neighbourhood for a picture and read no word on
# rows of print beside it, not only under its ink: 000's DOCX at 300 dpi (HD 36, a red stamp over the
# "V/v" lines): the page read nothing from "BAN DÂN VẬN" down to the body's first line, losing "Số
# 1092-CV/BDVTU" just over the stamp's top and "Kính gửi: Các quận ủy, huyện ủy." under its bottom, so
# the band read again (the stamp's rows) cut the number line in two ("SO 1UĐZ-( ,V/D1)V1L") and the
# subject ran into the body. A run of pixel rows holding print (dark, not the stamp's ink, at least
# ``PRINT_INK_SHARE`` of the crop's width, ``UNREAD_ROW_MIN_PT`` tall or more) that no page word outside
# the band overlaps, between the nearest lines the page read above and below the band, is a line the
# page lost: the band reaches over it, so that it is read again with the rest.
UNREAD_ROW_MIN_PT = 4.0
UNREAD_REACH_PT = 80.0


def unread_print_rows(words: list[Word], part: Any, ink: Any, scale: float, top: float) -> list[tuple[float, float]]:
    """The runs of print rows (points, from ``top``) of a crop ``part`` (RGB array) that no word of ``words`` overlaps.

    ``ink``: the stamp's ink in the crop (left out of the print).

    >>> import numpy as np
    >>> part = np.full((40, 100, 3), 255, dtype=np.int16)
    >>> part[5:15, 10:90] = 0      # a line the page read (5-15 px)
    >>> part[25:35, 10:90] = 0     # a line it did not (25-35 px)
    >>> read = [{"x0": 10.0, "x1": 90.0, "top": 5.0, "bottom": 15.0, "text": "Số", "line": ("1", "1", "1"), "conf": 95.0}]
    >>> unread_print_rows(read, part, np.zeros((40, 100), dtype=bool), 1.0, 0.0)
    [(25.0, 35.0)]
    """
    from .portalstamp import print_runs

    runs = print_runs((part.min(axis=2) < INK_LEVEL) & ~ink, scale, top)
    spans = [(float(w["top"]), float(w["bottom"])) for w in words]
    return [
        (a, b) for a, b in runs
        if b - a >= UNREAD_ROW_MIN_PT and not any(_overlap(a, b, t, u) > 0.5 for t, u in spans)
    ]


# The document's number as the page read it: "Số:" and a symbol after a slash ("Số: 8977/BNV-TCPCP", "Số: /KH-UBND").
# NUMBER_READ_PARTY: HD 36 prints a Party body's number with no colon, the type's letters after a
# dash before the slash ("Số 248-CV/ĐU", 003; "Số 1092-CV/BDVTU", 000; "Số 624 -CV/BDVTU", 001): the
# band read 003's again under a grey stamp as "Sö 248-CV:ĐU" and, not knowing it for the number, took it
_NUMBER_READ = regex.compile(r"\bSố\s?(?::\s?\d*|\d+)\s?(?:-\s?(?-i:\p{Lu}){1,6}\s?)?/\s?(?-i:\p{Lu}){2,}")


def reread_under_stamp_ink(words: list[Word], stamp: list[Word], image: Any, scale: float, repairs: list[str] | None = None,
                           ink_box: tuple[float, float, float, float] | None = None) -> list[Word]:
    """The page's words (its received stamp's taken out) with the rows under a red or blue stamp read again without its ink.

    The stamp is given by its words (found by its mark), or by ``ink_box`` (STAMP_BY_INK).
    """
    import numpy as np
    from PIL import Image as PILImage

    if not (stamp or ink_box) or image.mode != "RGB":
        return words
    page_width, page_height = image.width * scale, image.height * scale
    if ink_box is not None:
        x0, top, x1, bottom = ink_box
    else:
        x0, x1 = min(w["x0"] for w in stamp) - RECEIVED_LEFT_PT, max(w["x1"] for w in stamp) + RECEIVED_LEFT_PT
        top, bottom = min(w["top"] for w in stamp) - RECEIVED_LEFT_PT, max(w["bottom"] for w in stamp) + RECEIVED_LEFT_PT
        # STAMP_EXTENT_BY_INK: the words taken by the mark are the stamp's lines Tesseract read
        # apart; its lower lines read into the subject's ("Ngày:", "Chuyển:" glued to its first
        # line) are not among them, so its ink tells how far down it reaches (n018 at 200 dpi: its
        # words 116-178 pt down, inside the header band; its blue ink 114-192 pt, over the subject),
        # nor its office's line read into a "V/v" line (n006: its words 147-211 pt, its ink from 131
        # pt, over "V/v triển khai thực").
        # HEADER_STAMP_EXTENT_BY_INK: in the header band too (S19 took the ink's box only under it), a stamp in the top margin over the
        # issuer has its lower rows ("Ngày:", "Chuyển:") read into the issuer's lines, so its words'
        # box ended above them (n002's DOCX at 300 dpi: "Ngày: 2/42ÖAN NHÂN DÂN", "Chuyển: -FÏNH LÂM
        # ĐỒNG", the band 18-67 pt, the ink to 95 pt). S19 kept the words' box there because n007's
        # title, centred under a stamp in the top margin (its ink 20-94 pt), was then read again
        # worse ("ĐỀ CƯƠN BÁO CÁO"): ISSUER_COLUMN_EDGE leaves a line across the middle to the page now
        inked = stamp_ink_box(image, scale) or stamp_ink_box(image, scale, grey=True)
        if inked is not None and inked[0] < x1 and inked[2] > x0 and inked[1] < bottom and inked[3] > top:
            x0, top, x1, bottom = min(x0, inked[0]), min(top, inked[1]), max(x1, inked[2]), max(bottom, inked[3])
    # in the header band, STAMP_INK_UNDER: the stamp's column of the header (ISSUER_COLUMN_EDGE), more
    # syllables read; HEADER_STAMP_BLUE: blue ink as well as red (n021's DOCX at 300 dpi, a blue stamp
    # over "VĂN PHÒNG CHÍNH PHỦ" read "Ngày; 1y} HÔNG CHÍNH PHỦ", no issuer; n020, n038 at 200 dpi;
    # n031's stamp found by its ink). S18 widened the band here to whole lines and the syllables-less-
    # noise test together with blue, and lost n004's and n023's issuer and place at 300 dpi: whole lines
    # lose n023's "BỘ" again (tried: "NỘI VỊ"), blue alone does not
    # STAMP_OVER_LINES_ACROSS (stamprows.py): in the header band over a title's or a subject's lines
    # across the page, the band is read across it and taken row by row
    across = bottom <= page_height * HEADER_BAND and lines_across(words, top, bottom, page_width)
    if bottom <= page_height * HEADER_BAND and not across:
        across = stamp_beyond_column_edge(x0, x1, column_edge(words, top, bottom, page_width / 2), page_width)
    in_header = bottom <= page_height * HEADER_BAND and not across
    box = image.crop((round(max(x0, 0.0) / scale), round(max(top, 0.0) / scale), round(min(x1, page_width) / scale), round(bottom / scale)))
    rgb = np.asarray(box, dtype=np.int16)
    if rgb.size == 0:
        return words
    # HEADER_STAMP_GREY_BY_TONE: no red or blue ink there, the stamp's mid-grey is whitened instead,
    # where the page has a grey stamp's cells over the stamp's box (not the grey edges of black print
    # alone, nor a stamp scanned as black as the print)
    toned = float(np.mean(_stamp_ink(rgb, RED_INK_MARGIN, BLUE_INK_MARGIN))) < STAMP_RED_SHARE
    if toned:
        greyed = stamp_ink_box(image, scale, grey=True)
        if greyed is None or not (greyed[0] < x1 and greyed[2] > x0 and greyed[1] < bottom and greyed[3] > top):
            return words
    if in_header:
        edge = column_edge(words, top, bottom, page_width / 2)
        half = (0.0, edge) if (x0 + x1) / 2 < page_width / 2 else (edge, page_width)
    else:
        # STAMP_INK_OVER_SUBJECT: under the header band the stamp stands over the type's or the
        # subject's lines, which run across the page: their rows are read again across it, whole,
        # from the top of the highest line the stamp's rows touch to the bottom of the lowest (a
        # line cut by the band's edge would be read twice, by the band and by the page)
        half = (0.0, page_width)
        touched = [w for w in words if float(w["bottom"]) > top and float(w["top"]) < bottom]
        top = min([top, *(float(w["top"]) for w in touched)]) - 2.0
        bottom = max([bottom, *(float(w["bottom"]) for w in touched)]) + 2.0
    # HEADER_ROWS_UNREAD: the band reaches over the rows of print beside it the page read nothing on,
    # up to the nearest lines it did read (at most ``UNREAD_REACH_PT`` away)
    column = [w for w in words if float(w["x1"]) > half[0] and float(w["x0"]) < half[1]]
    beside = ""
    above = max([top - UNREAD_REACH_PT, *(float(w["bottom"]) for w in column if float(w["bottom"]) <= top)])
    below = min([bottom + UNREAD_REACH_PT, page_height, *(float(w["top"]) for w in column if float(w["top"]) >= bottom)])
    near = np.asarray(image.crop((round(half[0] / scale), round(max(above, 0.0) / scale), round(half[1] / scale), round(below / scale))), dtype=np.int16)
    if near.size:
        near_ink = _grey_stamp_ink(near) if toned else _stamp_ink(near, STAMP_EDGE_MARGIN, STAMP_EDGE_MARGIN)
        lost = [(a, b) for a, b in unread_print_rows(column, near, near_ink, scale, max(above, 0.0)) if a < top or b > bottom]
        if lost:
            beside = f", with the rows beside it the page read nothing on ({', '.join(f'{a:.0f}-{b:.0f} pt' for a, b in lost)})"
            top, bottom = min([top, *(a - 2.0 for a, _ in lost)]), max([bottom, *(b + 2.0 for _, b in lost)])
    band_top = max(top, 0.0)
    part = np.asarray(image.crop((round(half[0] / scale), round(band_top / scale), round(half[1] / scale), round(bottom / scale))), dtype=np.int16)
    # the stamp's ink, its pale edges too, widened by a pixel each way (a grey stamp's: its mid-grey
    # alone, the print's black core and the edge round it kept)
    red = _grey_stamp_ink(part) if toned else _stamp_ink(part, STAMP_EDGE_MARGIN, STAMP_EDGE_MARGIN)
    if not toned and not in_header and paper_level(part) < STAMP_BLEED_PAPER_LEVEL:
        red &= stamp_ink_lit(part)
    if in_header and not toned:
        # the header's rule as it was: the ink widened by a pixel each way. STAMP_INK_KEEPS_PRINT:
        # over the subject's lines it is not: the pixel round the ink is the print's own edge where
        # the stamp crosses a letter, and widened it thinned the letters the band was read for
        # ("thrrc hiện … phìàng" for "thực hiện … phòng", n004 at 200 dpi; "Phá" for "Phó", n012;
        # "het quả … nărn" for "kết quả … năm", 001)
        red[1:, :] |= red[:-1, :].copy()
        red[:-1, :] |= red[1:, :].copy()
        red[:, 1:] |= red[:, :-1].copy()
        red[:, :-1] |= red[:, 1:].copy()
    grey = np.asarray(PILImage.fromarray(part.astype(np.uint8), mode="RGB").convert("L")).copy()
    grey[red] = 255
    crop = PILImage.fromarray(grey, mode="L")
    try:
        found = words_from_tsv(_tesseract_tsv(crop, "the header under a red stamp", SIGNATURE_PSM), scale)
    except InputError:
        return words
    for w in found:
        w.update(x0=w["x0"] + half[0], x1=w["x1"] + half[0], top=w["top"] + band_top, bottom=w["bottom"] + band_top, line=("stamp", *w["line"][1:]))

    # STAMP_SPARES_NUMBER: the document's number line ("Số: 8977/BNV-TCPCP", read well by the page)
    # is never the band's to replace: a stamp just under it or in the margin over the header reaches
    # it, and the band read it worse and was kept for its other rows ("Sô: 14ó8/5TP-BTTP" n024 s200,
    # "777 /TOWTXƑT" n023 s200, "/ubrn)-nc" n016 s300, the synthetic renders)
    numbered: dict[tuple[str, str, str], list[Word]] = {}
    for w in words:
        numbered.setdefault(w["line"], []).append(w)
    number_rows = [
        (min(float(w["top"]) for w in ln), max(float(w["bottom"]) for w in ln))
        for ln in numbered.values()
        if _NUMBER_READ.search(" ".join(str(w["text"]) for w in sorted(ln, key=lambda w: float(w["x0"]))))
    ]

    def under(w: Word) -> bool:
        middle_x, middle_y = (float(w["x0"]) + float(w["x1"])) / 2, (float(w["top"]) + float(w["bottom"])) / 2
        on_number = any(t <= middle_y <= b for t, b in number_rows)
        return bool(half[0] <= middle_x < half[1] and band_top <= middle_y <= bottom and not on_number)

    def letters(ws: list[Word]) -> int:
        return sum(len(regex.findall(r"\p{L}", str(w["text"]))) for w in ws)

    def syllables(ws: list[Word]) -> int:
        return sum(float(w["conf"]) >= NAME_LINE_CONF and is_syllable(str(w["text"]).strip(".,;:()")) for w in ws)

    old = [w for w in words if under(w)]
    ink_part = _grey_stamp_ink(part) if toned else _stamp_ink(part, RED_INK_MARGIN, BLUE_INK_MARGIN)
    dark_part = part.min(axis=2) < INK_LEVEL
    stamps = [w for w in old if _printed_in(w, ink_part, dark_part, half[0], band_top, scale)]
    if in_header:
        # STAMP_PRINT_IS_THE_STAMPS: a page word printed in the stamp's ink (most of its dark pixels
        # red or blue) is the stamp's own, not the header's: a stamp found by its ink alone keeps its
        # words in the page's read, and they outscored the band's (n031's DOCX at 300 dpi, the mark
        # read "ẾN": "VĂN PHÒNG UBNĐ", "Số:" 6 syllables against "BỘ NỘI VỤ" 3, the stamp's office then
        # taken for the issuer). Black print under the stamp is not (its dark pixels are black)
        old = [w for w in old if not any(w is x for x in stamps)]
    # the frame's corners left as specks: fewer than two letters, read below FRAME_MAX_MEAN_CONF ("C{" at 45)
    new = [
        w for w in found
        if under(w) and not _RECEIVED_MARK.match(w["text"]) and (letters([w]) >= 2 or float(w["conf"]) >= FRAME_MAX_MEAN_CONF)
    ]
    def noise(ws: list[Word]) -> int:
        # words of two letters or more that are neither syllables nor acronyms in capitals ("z@bduận", "2roeeg", not "UBND")
        bare = [str(w["text"]).strip(".,;:()“”\"'") for w in ws]
        return sum(letters([w]) >= 2 and not is_syllable(b) and not regex.fullmatch(r"(?-i:\p{Lu}){2,}", b) for w, b in zip(ws, bare, strict=True))

    # BAND_LINE_OF_NOISE: a line of the band's read with noise words and not one syllable, acronym or
    # figure is no line of the document's: a row of print the band reached and read as marks (n032's
    # phone render, a red stamp under its number line the page read nothing on: "=C{V/11)21ÌN-D(L
    # 1ÌN" joined to the issuer's lines, "BCH Đoàn tỉnh Lâm Đồng C{v/11)21ìn-d(l 1ìn")
    band_lines: dict[tuple[str, str, str], list[Word]] = {}
    for w in new:
        band_lines.setdefault(w["line"], []).append(w)
    marks = [ln for ln in band_lines.values() if noise(ln) and not any(_word_of_text(str(w["text"])) for w in ln)]
    if marks:
        dropped = {id(w) for ln in marks for w in ln}
        new = [w for w in new if id(w) not in dropped]

    # more Vietnamese syllables read, less the noise words (n012: 41 syllables either way, the
    # stamp's "uoay:", "z@bduận", "cnuyểnPhó." gone from its subject's lines; 004: "xốtt8thfg UBfSn
    # khai" read "iriển khai", the stamp's "VỐN", "Ngày:" gone: 16 − 2 against 19 − 5, as good and cleaner)
    score_new, score_old = syllables(new) - noise(new), syllables(old) - noise(old)
    if in_header and syllables(new) <= syllables(old):
        # no more Vietnamese syllables read: the stamp hid nothing, or the re-read is no better.
        # STAMP_PRINT_IS_THE_STAMPS still holds for the page's read kept: its words printed in the
        # stamp's ink go (002's phone render, a blue stamp over the issuer found by its mark: its
        # "Chuyển»" read on the issuer's first line "Chuyển» Ả; BỘ TỈNH BẮC GIANG")
        if stamps:
            if repairs is not None:
                repairs.append(f"{' '.join(str(w['text']) for w in stamps)!r} → '' (the received stamp's own print, read among the header's rows)")
            words = [w for w in words if not any(w is x for x in stamps)]
        # STAMP_ROWS_BY_ROW (stamprows.py): refused as a whole, the band's rows that read better are taken
        return rows_read_better(words, old, new, repairs)[0]
    if not in_header and (across or score_new < score_old or (score_new == score_old and noise(new) >= noise(old))):
        # STAMP_PRINT_DROPPED: the page's read kept under the band, its words printed in the stamp's
        # ink are the stamp's own print read among the subject's, and go (n009's DOCX at 300 dpi, a
        # blue stamp slanted over "THÔNG BÁO" and the subject's first lines: "n" before "3Kết:luận",
        # "YÊN" in "… Ủy viên Ban YÊN Thường vụ Tỉnh ủy", both read at 0 where the stamp's "ĐẾN" and
        # "Ngày:" stand). Black print under the stamp stays (its dark pixels are black, not the ink's)
        if stamps:
            if repairs is not None:
                repairs.append(f"{' '.join(str(w['text']) for w in stamps)!r} → '' (the received stamp's own print, read among the rows under it)")
            words = [w for w in words if not any(w is x for x in stamps)]
            old = [w for w in old if not any(w is x for x in stamps)]
        # STAMP_ROWS_BY_ROW (stamprows.py) first, then the gaps of the rows left to the page
        return fill_stamp_gaps(*rows_read_better(words, old, new, repairs), repairs)
    if repairs is not None:
        repairs.append(f"{' '.join(w['text'] for w in old)!r} → {' '.join(w['text'] for w in new)!r} (the rows under the received stamp, read again without its ink{beside})")
    return [*(w for w in words if not under(w)), *new]


def _word_of_text(text: str) -> bool:
    """Whether a word read is one of a text's: a Vietnamese syllable, an acronym in capitals or a figure (BAND_LINE_OF_NOISE).

    >>> [_word_of_text(t) for t in ("thiệu", "UBND", "156", "(cũ)", "=C{V/11)21ÌN-D(L", "1ÌN", "z")]
    [True, True, True, True, False, False, False]
    """
    bare = text.strip(".,;:()“”\"'")
    return bool(is_syllable(bare) or regex.fullmatch(r"(?-i:\p{Lu}){2,}|\d+(?:[.,/-]\d+)*", bare))


def _printed_in(w: Word, ink: Any, dark: Any, left: float, top: float, scale: float) -> bool:
    """Whether most of a word's dark pixels are the stamp's ink (``ink``, ``dark``: masks of a crop from ``left``, ``top``)."""
    c0, c1 = max(round((float(w["x0"]) - left) / scale), 0), max(round((float(w["x1"]) - left) / scale), 0)
    r0, r1 = max(round((float(w["top"]) - top) / scale), 0), max(round((float(w["bottom"]) - top) / scale), 0)
    printed = dark[r0:r1, c0:c1]
    return bool(printed.sum() > 0 and (ink[r0:r1, c0:c1] & printed).sum() > 0.5 * printed.sum())


# STAMP_GAP_FILL: where the page's read of the rows under a stamp is kept (it reads more syllables
# than the band read again without the stamp's ink), the page may still have lost a word under the
# ink that the band did read: the subject's first word ("Phiên họp lần thứ nhất …", n021's DOCX at 200
# dpi, a blue stamp under the number over "CÔNG ĐIỆN" and the subject's line: the page read "họp lần
# thứ nhất …", the band "Phiên họp lân thứ nhât …"). A band word that is a Vietnamese syllable read
# surely (``NAME_LINE_CONF``) where the page read no word with a letter or figure (no overlap across
# or down by more than ``GAP_OVERLAP`` of the narrower / lower word) fills that gap; a speck of the
# page's it covers goes. Counter-examples: the band's word over a page word ("lân" over "lần": the page
# keeps its read), a band word of one letter or no syllable ("œè", "th"), a speck read at 40.
GAP_OVERLAP = 0.3


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0)) / max(1e-6, min(a1 - a0, b1 - b0))


def fill_stamp_gaps(words: list[Word], old: list[Word], new: list[Word], repairs: list[str] | None = None) -> list[Word]:
    """The page's words with the band's sure syllables added where the page read nothing (STAMP_GAP_FILL).

    >>> w = lambda x, t, line, conf=96.0: {"x0": x, "x1": x + 30, "top": 150.0, "bottom": 162.0, "text": t, "line": line, "conf": conf}
    >>> page = [w(200, "họp", ("1", "1", "1")), w(240, "lần", ("1", "1", "1")), w(160, "|", ("1", "1", "1"), 40.0)]
    >>> band = [w(162, "Phiên", ("stamp", "1", "1")), w(200, "họp", ("stamp", "1", "1")), w(240, "lân", ("stamp", "1", "1"))]
    >>> [x["text"] for x in ocr_lines(fill_stamp_gaps(page, page, band))[0]]
    ['Phiên', 'họp', 'lần']
    """
    lettered = [w for w in old if regex.search(r"[\p{L}\d]", str(w["text"]))]
    sure = {id(w) for w in lettered}
    added: list[Word] = []
    for w in new:
        bare = str(w["text"]).strip(".,;:()“”\"'")
        if float(w["conf"]) < NAME_LINE_CONF or len(bare) < 2 or not is_syllable(bare):
            continue
        row = [o for o in lettered if _overlap(float(o["top"]), float(o["bottom"]), float(w["top"]), float(w["bottom"])) > 0.5]
        if any(_overlap(float(o["x0"]), float(o["x1"]), float(w["x0"]), float(w["x1"])) > GAP_OVERLAP for o in row):
            continue
        if not row:
            continue  # a row the page read nothing on is the band's guess alone
        near = min(row, key=lambda o: min(abs(float(o["x0"]) - float(w["x1"])), abs(float(w["x0"]) - float(o["x1"]))))
        added.append({**w, "line": near["line"]})
    if not added:
        return words
    covered = {
        id(o) for o in old if id(o) not in sure
        and any(_overlap(float(o["x0"]), float(o["x1"]), float(a["x0"]), float(a["x1"])) > 0 and _overlap(float(o["top"]), float(o["bottom"]), float(a["top"]), float(a["bottom"])) > 0.5 for a in added)
    }
    if repairs is not None:
        repairs.append(f"'' → {' '.join(str(a['text']) for a in added)!r} (words lost under the received stamp, read again without its ink)")
    return [*(w for w in words if id(w) not in covered), *added]


def _received(stamp: list[Word]) -> dict[str, Any]:
    """A received stamp's words as ``{"text", "number", "date"}`` (None where illegible)."""
    text = "\n".join(" ".join(w["text"] for w in line) for line in ocr_lines(stamp))
    number = _RECEIVED_NUMBER.search(text)
    date = _RECEIVED_DATE.search(text)
    iso = None
    if date:
        import datetime as dt

        try:
            iso = dt.date(int(date["y"]), int(date["m"]), int(date["d"])).isoformat()
        except ValueError:
            iso = None
    return {"text": " ".join(text.split()), "number": number["n"] if number else None, "date": iso}


# RECEIVED_STAMP_REREAD: a received stamp found by its mark whose number or day the page's read left
# illegible is read again alone, from its own ink: its words' box (``STAMP_REREAD_MARGIN_PT`` round it,
# ``STAMP_REREAD_RIGHT_PT`` further right and ``STAMP_REREAD_BELOW_PT`` further down, where the lines the
# page ran into the print beside it end) cropped from a colour page, its red or blue ink kept
# (``_stamp_ink`` at ``STAMP_EDGE_MARGIN``) and the print under it whitened, read as a block (psm 6). Only
# a field the page's read left None is filled, each recorded; the document's own date is re-read before
# (``reread_date_line`` bounds it by the stamp's day as the page read it). scripts/synthetic_scans.py,
# s300 and s200 renders: "Ngày: z ửa ^ >" / "gày: 23/1/2024 Kính gửi: …" (n014 at 300 dpi, the day run
# into "Kính gửi") read "Ngày: 23/1/2024"; "Ngày: 14/1/2023“Dân vận khÉo" (004 at 200 dpi, over the
# subject) read "Ngày: 14/1/2022"; n007's day line lost at 200 dpi read "Ngày: 13/10/2024". A grey stamp
# (no coloured ink) is not read again. A value is taken only where the re-read gives it surely (its word at
# ``NAME_LINE_CONF`` or more; a label "Số:", "Ngày:" counts at any confidence): the ink alone also reads the
# stamp's worn figures wrong, "29/10/2027" at 79 for 29/10/2025 (n029 at 300 dpi), "28/5/2028" at 65 for
# 25/5/2024 (n018 at 200 dpi), "2‡s„" at 19 for 2192 (n020 at 300 dpi, taken as "2").
STAMP_REREAD_MARGIN_PT = 12.0
STAMP_REREAD_RIGHT_PT = 60.0
STAMP_REREAD_BELOW_PT = 40.0
# below this share of the crop in coloured ink, the stamp is grey (or gone): nothing to read apart
STAMP_REREAD_MIN_INK = 0.01


def reread_received(stamp: list[Word], image: Any, scale: float, received: dict[str, Any], repairs: list[str] | None = None) -> dict[str, Any]:
    """RECEIVED_STAMP_REREAD: the stamp's number and day the page's read left None, read from its ink alone.

    Args:
        stamp: the stamp's words (points), as ``split_received`` took them.
        image: the page image (RGB; another mode gives ``received`` back).
        scale: points per pixel.
        received: the stamp as the page's read gave it (``_received``).
        repairs: where each field filled is noted.

    Returns:
        ``received`` with its None number or date filled where the re-read gives one.
    """
    import numpy as np
    from PIL import Image

    if not stamp or image.mode != "RGB" or (received.get("number") and received.get("date")):
        return received
    box = (min(float(w["x0"]) for w in stamp) - STAMP_REREAD_MARGIN_PT, min(float(w["top"]) for w in stamp) - STAMP_REREAD_MARGIN_PT,
           max(float(w["x1"]) for w in stamp) + STAMP_REREAD_MARGIN_PT + STAMP_REREAD_RIGHT_PT,
           max(float(w["bottom"]) for w in stamp) + STAMP_REREAD_MARGIN_PT + STAMP_REREAD_BELOW_PT)
    crop = image.crop(tuple(max(0, round(v / scale)) for v in box))
    ink = _stamp_ink(np.asarray(crop, dtype=np.int16), STAMP_EDGE_MARGIN, STAMP_EDGE_MARGIN)
    if float(np.mean(ink)) < STAMP_REREAD_MIN_INK:
        return received
    alone = Image.fromarray(np.where(ink, 0, 255).astype(np.uint8), "L")
    read = words_from_tsv(_tesseract_tsv(alone, "the received stamp's ink", "6"), scale, 0.0)
    again = _received([w for w in read if float(w["conf"]) >= NAME_LINE_CONF or _STAMP_LABEL.match(w["text"])])
    # RECEIVED_LABEL_AS_READ: the label as the ink read reads it, in capitals or small letters, its colon
    # any mark ("số, 4934", n012 at 300 dpi), as RECEIVED_STAMP_BY_INK reads it
    labelled = _labelled_values(ocr_lines(read))
    filled = {f: again.get(f) or labelled[f] for f in ("number", "date") if not received.get(f) and (again.get(f) or labelled[f])}
    if repairs is not None:
        repairs.extend(f"'' → {v!r} (the received stamp's {f}, read again from its ink alone)" for f, v in filled.items())
    return {**received, **filled}


# RECEIVED_STAMP_BY_INK: a received stamp whose mark "ĐẾN" the page's read lost and whose frame was not
# seen (its red or blue print run into the black print it lies on: nothing of it read, or "ẾN Số: 1162"
# with the Đ lost) is still found by its ink (``stamp_ink_box``, STAMP_BY_INK) and read alone as
# RECEIVED_STAMP_REREAD reads a stamp: the ink box (``STAMP_REREAD_MARGIN_PT`` round it) cropped, its
# coloured ink kept (``_stamp_ink`` at ``STAMP_EDGE_MARGIN``, scaled to the page's paper as STAMP_INK_BY_PAPER
# does) and the print under it whitened, read as a block. scripts/synthetic_scans.py renders (dev), the
# page's read of the stamp nothing: 000 at 300 dpi, a red stamp over the subject, read alone "VĂN PHÒNG UBND /
# ĐẾN Số: 3277 / Ngày: 15/7/2023 / Chuyển: …"; n023 at 200 dpi "ĐẾN Số: 2277 / Ngày: 9/10/2025"; n031 at 300
# dpi, a blue one, "ĐẾN Số: 1162 / Ngày: 17/12/2725". The read is a received stamp only where it reads
# the stamp's mark (``RECEIVED_MARK``) or both its labels, "Số" and "Ngày" (``_INK_NUMBER_LABEL``,
# ``_INK_DAY_LABEL``): a red title, a motto or a seal's edge in the box reads none. A value is taken only
# from the word just after its label on the same line, the whole word the value (figures for the number:
# "3277", never the document's "12/KH-UBND"; a day "15/7/2023"), read at ``NAME_LINE_CONF`` or more; the
# label itself counts at any confidence. Refused so: "1320" at 79 for 1820 (n004 at 200 dpi), "17/12/2725"
# at 54 (n031), "9/11/2020" at 25 for 9/11/2024 (n035 at 300 dpi), "1643" after the label read "56:" (n016
# at 300 dpi: no label, no value). Each value is recorded in ``source.ocr_repairs``; the stamp is filled
# after the document's own date line is read, so its day never bounds nor replaces the document's date.
_INK_NUMBER_LABEL = regex.compile(r"^S[ốôóo6][:;,.]?$", regex.I)
_INK_DAY_LABEL = regex.compile(r"^Ng[àa]y[:;,.]?$", regex.I)
# the value's whole word: the entry number's figures, or a day (d/m/yyyy), a mark after it allowed
_INK_NUMBER_VALUE = regex.compile(r"^(?P<n>\d{1,6})[.,;:]?$")
_INK_DAY_VALUE = regex.compile(rf"^{_RECEIVED_DATE.pattern}[.,;:]?$")


def _labelled_values(lines: list[list[Word]]) -> dict[str, Any]:
    """The stamp's number and ISO day where each follows its label on its line, read surely.

    >>> w = lambda t, c=96.0: {"x0": 0.0, "x1": 1.0, "top": 0.0, "bottom": 1.0, "text": t, "line": ("1", "1", "1"), "conf": c}
    >>> _labelled_values([[w("ĐẾN"), w("Số:"), w("3277")], [w("Ngày:"), w("15/7/2023")]])
    {'number': '3277', 'date': '2023-07-15'}
    >>> _labelled_values([[w("ĐẾN"), w("Số:"), w("1320", 79.0)], [w("Ngày:"), w("17/12/2725", 96.0)]])
    {'number': None, 'date': None}
    >>> _labelled_values([[w("ĐẾN"), w("56:"), w("1643")], [w("Số:"), w("12/KH-UBND")]])
    {'number': None, 'date': None}
    """
    import datetime as dt

    found: dict[str, Any] = {"number": None, "date": None}
    for line in lines:
        for label, value in itertools.pairwise(line):
            if float(value["conf"]) < NAME_LINE_CONF:
                continue
            if found["number"] is None and _INK_NUMBER_LABEL.match(label["text"]) and (n := _INK_NUMBER_VALUE.match(value["text"])):
                found["number"] = n["n"]
            elif found["date"] is None and _INK_DAY_LABEL.match(label["text"]) and (d := _INK_DAY_VALUE.match(value["text"])):
                try:
                    found["date"] = dt.date(int(d["y"]), int(d["m"]), int(d["d"])).isoformat()
                except ValueError:
                    continue
    return found


def _received_stamp_read(lines: list[list[Word]]) -> bool:
    """Whether a read of coloured ink is a received stamp's: its mark "ĐẾN", or both its labels "Số" and "Ngày"."""
    texts = [str(w["text"]) for line in lines for w in line]
    return any(_RECEIVED_MARK.match(t) for t in texts) or (
        any(_INK_NUMBER_LABEL.match(t) for t in texts) and any(_INK_DAY_LABEL.match(t) for t in texts)
    )


def received_by_ink(image: Any, scale: float, box: tuple[float, float, float, float], repairs: list[str] | None = None) -> dict[str, Any] | None:
    """RECEIVED_STAMP_BY_INK: a received stamp found by its ink alone, its ink read alone.

    Args:
        image: the first page (RGB; another mode gives None).
        scale: points per pixel.
        box: the stamp's ink box in points (``stamp_ink_box``).
        repairs: where each value taken is noted.

    Returns:
        The stamp as ``split_received`` gives it (``{"text", "number", "date"}``, a value None where its
        label is not read beside it or the value not read surely), or None when the ink reads no received
        stamp.
    """
    import numpy as np
    from PIL import Image

    if image.mode != "RGB":
        return None
    x0, top, x1, bottom = box
    margin = STAMP_REREAD_MARGIN_PT
    crop = image.crop(tuple(max(0, round(v / scale)) for v in (x0 - margin, top - margin, x1 + margin, bottom + margin)))
    rgb = np.asarray(crop, dtype=np.int16)
    edge = round(STAMP_EDGE_MARGIN * paper_level(rgb))
    ink = _stamp_ink(rgb, edge, edge)
    if float(np.mean(ink)) < STAMP_REREAD_MIN_INK:
        return None
    alone = Image.fromarray(np.where(ink, 0, 255).astype(np.uint8), "L")
    read = words_from_tsv(_tesseract_tsv(alone, "the received stamp found by its ink", "6"), scale, 0.0)
    lines = ocr_lines(read)
    if not _received_stamp_read(lines):
        return None
    values = _labelled_values(lines)
    if repairs is not None:
        repairs.extend(
            f"'' → {v!r} (the received stamp's {f}, its stamp found by its ink and read alone)" for f, v in values.items() if v
        )
    sure = [str(w["text"]) for line in lines for w in line if float(w["conf"]) >= MIN_LINE_CONF]
    return {"text": " ".join(sure or [str(w["text"]) for line in lines for w in line]), **values}


# The same stamp found by its frame (``imaging.vertical_rules``) where its "ĐẾN" was not read: a
# rule in the first page's upper left (``RECEIVED_TOP_SHARE`` of its height, ``FRAME_LEFT_SHARE``
# of its width) is the frame's right side; its left side is the rule ``FRAME_MIN_WIDTH_PT`` to
# ``FRAME_MAX_WIDTH_PT`` left of it, or the page's edge where that rule was not seen. The words
# whose middle lies in the frame are the stamp's when there are at least ``FRAME_MIN_WORDS`` and
# Tesseract read them below ``FRAME_MAX_MEAN_CONF`` on average: the stamp's small worn print
# (c140: "GỒNG TưồNG T BỆN TỪ GHÍM HỦ", read at 0-75, run into the subject's first line), never a
# table's or a text's ruled cell, which Tesseract reads at 90 and more. A word across the frame's
# side (the subject's "t" of "Kết", its "Kế" under the rule) is the document's, unless it has no letter
# or figure: the rule read as a mark ("¬ t luận", c140; "¡ buổi", c158), its corner within
# ``FRAME_CORNER_PT`` above or below the rule's run.
FRAME_LEFT_SHARE = 0.55
FRAME_MIN_WIDTH_PT = 90.0
FRAME_MAX_WIDTH_PT = 200.0
FRAME_MIN_WORDS = 3
FRAME_MAX_MEAN_CONF = 60.0
FRAME_CORNER_PT = 6.0


def split_framed_stamp(words: list[Word], image: Any, scale: float, repairs: list[str] | None = None) -> tuple[list[Word], dict[str, Any] | None]:
    """Take the words of a received stamp found by its frame out of a first page's words.

    Args:
        words: the page's words (points), a stamp found by its mark already taken out.
        image: the page image.
        scale: points per pixel.
        repairs: where to note the words taken out.

    Returns:
        The page's words without the stamp's, and the stamp (as ``split_received`` gives it) or None.
    """
    from .imaging import vertical_rules

    rules = vertical_rules(image, (0, 0, round(image.width * FRAME_LEFT_SHARE), round(image.height * RECEIVED_TOP_SHARE)), scale)
    for x, top, bottom in rules:
        sides = [r[0] for r in rules if FRAME_MIN_WIDTH_PT <= x - r[0] <= FRAME_MAX_WIDTH_PT and r[1] < bottom and r[2] > top]
        left = max(sides) if sides else 0.0

        def inside(w: Word, x: float = x, top: float = top, bottom: float = bottom, left: float = left) -> bool:
            middle_x, middle_y = (float(w["x0"]) + float(w["x1"])) / 2, (float(w["top"]) + float(w["bottom"])) / 2
            if left < middle_x < x and top <= middle_y <= bottom:
                return True
            # across the right side, a word of no letter or figure is the rule itself ("¬", "¡")
            across = w["x0"] <= x <= w["x1"] and top - FRAME_CORNER_PT <= middle_y <= bottom + FRAME_CORNER_PT
            return across and not regex.search(r"[\p{L}\d]", w["text"])

        stamp = [w for w in words if inside(w)]
        if len(stamp) < FRAME_MIN_WORDS or sum(float(w["conf"]) for w in stamp) / len(stamp) >= FRAME_MAX_MEAN_CONF:
            continue
        if repairs is not None:
            read = " ".join(w["text"] for w in stamp)
            repairs.append(f"{read!r} → '' (the received stamp's frame, {left:.0f}-{x:.0f} pt across, {top:.0f}-{bottom:.0f} pt down)")
        return [w for w in words if not inside(w)], _received(stamp)
    return words, None


# --- what stands beside the addressee list ----------------------------------------------------------
# NĐ 30 box 9a: "Kính gửi:" and its list, indented; nothing else is printed left of the list's
# bullets. On a scan, a received stamp or a seal stands there ("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH
# PHỦ / ĐẾN …" beside n047's and c157's lists), and Tesseract reads it as the start of the list's
# lines ("Shembem ĐIỆ\t- Bộ trưởng, …"), so the list is not read as one. Its words are set aside
# by position: left of the bullets' edge, with a gap before them; the first line that runs
# from the margin into the list's column without a gap is the body, and ends the list.
_ADDRESSEE_OPENER = regex.compile(r"(?:^|\s)\W{0,3}(?:K\S{1,4}\s+)?g[ửưuừ]i\s*:|\bđiện\s*:$", regex.I)
_BULLET_WORD = regex.compile(r"^[-–+•]$")
# A letter or digit of a word (not a modifier letter: "ˆ" is one).
_LETTER_OR_DIGIT = regex.compile(r"(?-i:[\p{Lu}\p{Ll}\p{Lt}\p{Lo}\p{N}])")
# How many lines under the opener the list may run.
ADDRESSEE_ROWS = 12
# Points between the words set aside and the list's first word, at the least (the stamp's box
# stands apart; a body line's words are a space apart).
ASIDE_GAP_PT = 12.0
# A word left of the bullets' edge by less than this is the list's (a bullet read as "”").
BULLET_EDGE_PT = 6.0
# A trailing mark without a letter or digit read at under this confidence is a speck ("ˆ").
SPECK_CONF = 30.0


def set_aside_beside_addressees(words: list[Word]) -> tuple[list[Word], list[str]]:
    """Take out the words printed beside the addressee list (a stamp, a seal) and the specks
    after its lines.

    Args:
        words: a page's words.

    Returns:
        The words kept, and the text of each run set aside (for the record's repairs).
    """
    lines = ocr_lines(words)
    opener = next((k for k, ln in enumerate(lines) if _ADDRESSEE_OPENER.search(" ".join(w["text"] for w in ln))), None)
    if opener is None:
        return words, []
    bullets = [w for ln in lines[opener : opener + 3] for w in ln if _BULLET_WORD.match(w["text"])]
    if not bullets:
        return words, []
    edge = float(bullets[0]["x0"]) - BULLET_EDGE_PT
    aside: list[list[Word]] = []
    for ln in lines[opener + 1 : opener + 1 + ADDRESSEE_ROWS]:
        left = [w for w in ln if w["x1"] < edge]
        rest = [w for w in ln if w["x1"] >= edge]
        if not rest or (left and rest[0]["x0"] - left[-1]["x1"] < ASIDE_GAP_PT):
            break  # the body, from the margin on
        specks: list[Word] = []
        while rest and not _LETTER_OR_DIGIT.search(rest[-1]["text"]) and rest[-1]["conf"] < SPECK_CONF:
            specks.insert(0, rest.pop())
        aside.extend(run for run in (left, specks) if run)
    if not aside:
        return words, []
    gone = {id(w) for run in aside for w in run}
    return [w for w in words if id(w) not in gone], [" ".join(w["text"] for w in run) for run in aside]


# The "Kính gửi:" label lost: Tesseract's layout can drop it with a stamp beside it (c135, the
# "HỎA TỐC" stamp), leaving the list's bullet lines under the subject with no opener. A bullet
# line this far right of the page's text margin, in the page's top part, is where the list
# stands (a body's bullet is indented by a paragraph's first line, 30-40 pt); the area left of
# it and a few lines above is read again on its own, and its words are kept only when they read
# the label.
LABEL_INDENT_PT = 60.0
LABEL_TOP_SHARE = 0.45
LABEL_ABOVE_LINES = 3.0
# The label at the start of a line read in the crop.
_LABEL_START = regex.compile(r"^(?:K\S{1,4}\s+)?g[ửưuừ]i\s*:", regex.I)


def recover_addressee_label(words: list[Word], image: Any, scale: float) -> list[Word]:
    """The page's words, with the "Kính gửi:" label read again where the list stands without it.

    Args:
        words: page 1's words (points).
        image: the page as rendered.
        scale: points per pixel of ``image``.

    Returns:
        ``words``, plus the label's words (boxed where they stand) when the re-read finds it.
    """
    lines = ocr_lines(words)
    if not words or any(_ADDRESSEE_OPENER.search(" ".join(w["text"] for w in ln)) for ln in lines):
        return words
    margin = min(float(w["x0"]) for w in words)
    page_height = image.height * scale
    for ln in lines:
        first = ln[0]
        if first["top"] > page_height * LABEL_TOP_SHARE:
            return words
        if _BULLET_WORD.match(first["text"]) and first["x0"] - margin >= LABEL_INDENT_PT:
            break
    else:
        return words
    top, bottom = min(float(w["top"]) for w in ln), max(float(w["bottom"]) for w in ln)
    x0, y0 = margin, max(0.0, top - LABEL_ABOVE_LINES * (bottom - top))
    box = (round(x0 / scale), round(y0 / scale), round((float(first["x0"]) - BULLET_EDGE_PT) / scale), round(bottom / scale))
    found = words_from_tsv(_tesseract_tsv(image.crop(box), "the addressee label", SIGNATURE_PSM), scale)
    for w in found:
        w.update(x0=w["x0"] + x0, x1=w["x1"] + x0, top=w["top"] + y0, bottom=w["bottom"] + y0, line=("label", *w["line"][1:]))
    for ln in ocr_lines(found):
        # the label's words, from "Kính" on: what the stamp left before it is no label ("s/")
        start = next((j for j in range(len(ln)) if _LABEL_START.match(" ".join(w["text"] for w in ln[j:]))), None)
        if start is not None:
            return [*words, *ln[start:]]
    return words


@dataclass
class Reading:
    """What reading a document's pages collects, page after page.

    Attributes:
        repairs: each repaired word, with its page ("p2: 'x' → 'y'").
        received: filled with the received stamp of page 1 (``split_received``), when found.
        context: the text of the pages read so far (where a signer's name may be printed in full).
        read: each page's words as read and their confidence, under the page's number.
        notes: what the reading could not do, and the tables it read cell by cell (a one-line note each,
            for the source's conversions).
        last_table: the page number and the data table that closed it (``SCANNED_TABLES``), which the
            next page's first table may go on with.
        table_words: each page's words read in its tables' cells (for ``read``'s confidences).
        table_goes_on: the pages whose first table goes on with the one that closed the page before
            (``ocrtables.go_on``): the PDF loader joins them without a blank line, one table.
    """

    repairs: list[str] = field(default_factory=list)
    received: dict[str, Any] = field(default_factory=dict)
    context: list[str] = field(default_factory=list)
    read: dict[int, list[tuple[str, float]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    last_table: tuple[int, PdfTable] | None = None
    table_words: dict[int, list[Word]] = field(default_factory=dict)
    table_goes_on: set[int] = field(default_factory=set)


def ocr_pdf_page(page: Any, number: int, reading: Reading | None = None) -> str:
    """OCR one pdfplumber page (``read_page_image`` on its render at ``OCR_DPI``).

    Args:
        page: the pdfplumber page.
        number: its 1-based number.
        reading: what the document's reading collects (a fresh one when None).

    Returns:
        The page's text, columns kept apart, the signature block's lines last.
    """
    if blank_page(page):
        return ""
    image = page.to_image(resolution=OCR_DPI).original
    return read_page_image(image, number, POINTS_PER_INCH / OCR_DPI, reading or Reading())


# PHOTO_KEEPS_COLOUR (``imaging.prepare_photo``): a photo sent as an image file keeps its colour
# for the page reader's colour rules.
PHOTO_KEEPS_COLOUR = True


# SEAL_ONLY_PAGE: a last page that holds only the signature block, a red seal across its three
# lines: Tesseract's page layout takes the whole inked area for a picture and reads no word at all
# (001's DOCX rendered at 300 dpi with a seal: "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN / Trần Ngọc
# Nguyên" under the ring, the TSV one empty word). A colour page whose first read has no word
# with a letter or a digit is read again with its red ink whitened (``drop_seal_ink``, the
# header band's red kept on page 1), as the block's crop is: the block is then found as usual.


def read_page_image(image: Any, number: int, scale: float, reading: Reading) -> str:
    """OCR one page image: word boxes, the signature block apart, the received stamp, repairs.

    Args:
        image: the page (PIL image; RGB keeps the colour the signature block's crop drops).
        number: its 1-based page number.
        scale: points per pixel of ``image``.
        reading: what the document's reading collects; this page's part is added.

    Returns:
        The page's text, columns kept apart, the signature block's lines last.
    """
    words = words_from_tsv(_tesseract_tsv(image, f"page {number}"), scale)
    if image.mode == "RGB" and all(_STROKE.match(w["text"]) for w in words):
        # SEAL_ONLY_PAGE: nothing read on a colour page the blank check let through
        words = words_from_tsv(_tesseract_tsv(drop_seal_ink(image, number == 1), f"page {number} without its seal"), scale)
    found: list[str] = []
    # where the signer's full name may be printed: the pages before and this page's words
    context = "\n".join([*reading.context, *(" ".join(w["text"] for w in ln) for ln in ocr_lines(words))])
    words, block = signature_block(words, image, scale, number == 1, context, found)
    taken: list[Word] = []
    if number == 1:
        words, taken, stamp = split_received(words, image.height * scale)
        if stamp is not None:
            words = reread_under_stamp_ink(words, taken, image, scale, found)
        if stamp is None:
            words, stamp = split_framed_stamp(words, image, scale, found)
        # PORTAL_STAMP_SPLIT (portalstamp.py): the Government portal's black stamp found by its box, its words
        # out and the rows by it read again with the box whitened
        words, portal = split_portal_stamp(words, image, scale, found)
        if stamp is None and portal:
            stamp = _received(portal)
        if stamp is not None:
            reading.received.update(stamp)
        elif (ink := stamp_ink_box(image, scale) or stamp_ink_box(image, scale, grey=True)) is not None:
            words = reread_under_stamp_ink(words, [], image, scale, found, ink)
    if number == 1:
        words, margin = split_above_motto(words, image.height * scale)
        found.extend(f"{' '.join(w['text'] for w in line)!r} → '' (above the header's motto row: an e-signature box, a portal's stamp or a note in the top margin)" for line in margin)
        words = recover_addressee_label(words, image, scale)
        words = reread_date_line(words, image, scale, reading.received.get("date"), _tesseract_tsv, found)
        words = _reread_handwriting(words, image, scale, reading, found)
        if taken and reading.received:
            reading.received.update(reread_received(taken, image, scale, reading.received, found))
        elif not reading.received and (inked := stamp_ink_box(image, scale)) is not None:
            # RECEIVED_STAMP_BY_INK: neither its mark nor its frame read, the stamp found by its ink
            reading.received.update(received_by_ink(image, scale, inked, found) or {})
    words, aside = set_aside_beside_addressees(words)
    found.extend(f"{run!r} → '' (beside the addressees)" for run in aside)
    if number == 1:
        words = mark_subject_rule(words, image, scale, found)
    words, after = split_below_block(words, block, image.width * scale)
    words, after = en_dashes_by_width(words, found), en_dashes_by_width(after, found)
    tables = _page_tables(words, image, scale, number, reading, found)
    running = running_words(words, tables)
    text = repair_ocr_text(_page_text(running, ocr_lines(running), tables), found)
    if REPAIR_PAGE_SYLLABLES:
        text = _repair_page_syllables(text, found)
    if block:
        lines = repair_ocr_text("\n".join(_line_texts(block)), found).split("\n")
        lines = repair_block_titles(lines, found)
        lines = drop_seal_letters(lines, found)
        lines = repair_signer_name(lines, "\n".join([*reading.context, text]), found)
        text = "\n\n".join(t for t in (text, "\n".join(lines)) if t)
    if after:
        rest = repair_ocr_text(_page_text(after, ocr_lines(after)), found)
        text = "\n\n".join((text, _repair_page_syllables(rest, found) if REPAIR_PAGE_SYLLABLES else rest))
    reading.repairs.extend(f"p{number}: {r}" for r in found)
    reading.context.append(text)
    reading.read[number] = [(w["text"], float(w["conf"])) for w in (*words, *block, *reading.table_words.pop(number, []))]
    return text


# SCANNED_TABLES: a ruled data table of a scanned page read cell by cell (``ocrtables.scan_tables``)
# and written as a typed PDF's is, one row a line, " | " between cells; a table that opens the page
# and goes on with the one that closed the page before loses its repeated header (``ocrtables.go_on``).
SCANNED_TABLES = True


def _page_tables(words: list[Word], image: Any, scale: float, number: int, reading: Reading, found: list[str]) -> list[PdfTable]:
    """The page's ruled data tables (each noted in ``reading.notes``); the last one kept for the next page."""
    if not SCANNED_TABLES:
        return []
    tables, table_words = scan_tables(image, scale, words, _tesseract_tsv, found, f"page {number}")
    data = [t for t in tables if t.data]
    last = reading.last_table
    if data and last is not None and last[0] == number - 1:
        piece = go_on(last[1], data[0], found)
        if piece is not data[0]:
            reading.table_goes_on.add(number)
        data[0] = piece
    reading.last_table = (number, data[-1]) if data and data[-1].closes_page else None
    reading.table_words[number] = table_words
    reading.notes.extend(
        f"page {number}: a ruled table of {len(t.rows)} rows and {len(t.columns)} columns read cell by cell "
        f"({t.x0:.0f}-{t.x1:.0f} pt across, {t.top:.0f}-{t.bottom:.0f} pt down)"
        for t in data
    )
    return data


# An appendix begun on the signer's page (NĐ 30, Phụ lục VI: the appendix's name in capitals,
# centred, under the closing): the block's lines go last in the page's text, so the appendix's
# title stood before them and ended the closing there ("DANH SÁCH" under "Hồ Văn Mười" on n018's
# DOCX rendered as a scan: "- Lưu: VT. NC / DANH SÁCH / CHỦ TỊCH / Hồ Văn Mười", no signer read).
# A line under the block's lowest line, starting right of the left column, of two or more words
# in capitals that are all syllables, is such a title: it and the lines under it go after the
# block. Not such a title: the "Nơi nhận" items that run on under the name (left column), a
# seal's letters ("B N", "HNÍT": no two syllables), a footer's page number.
_APPENDIX_TITLE_WORD = regex.compile(r"^(?-i:[\p{Lu}Đ]){2,}[.:]?$")


def split_below_block(words: list[Word], block: list[Word], page_width: float) -> tuple[list[Word], list[Word]]:
    """The page's words above an appendix's title printed under the signature block, and those from it down.

    Example:
        >>> w = lambda x, top, t, line: {"x0": x, "x1": x + 40, "top": top, "bottom": top + 12, "text": t, "line": ("1", "1", line), "conf": 95.0}
        >>> block = [w(350.0, 300.0, "Hồ", "s"), w(380.0, 300.0, "Văn", "s")]
        >>> page = [w(60.0, 250.0, "-", "a"), w(70.0, 250.0, "Lưu:", "a"), w(270.0, 330.0, "DANH", "b"), w(312.0, 330.0, "SÁCH", "b")]
        >>> [[x["text"] for x in part] for part in split_below_block(page, block, 595.0)]
        [['-', 'Lưu:'], ['DANH', 'SÁCH']]
        >>> [[x["text"] for x in part] for part in split_below_block(page[:2] + [w(60.0, 330.0, "CÔNG", "c"), w(100.0, 330.0, "AN", "c")], block, 595.0)]
        [['-', 'Lưu:', 'CÔNG', 'AN'], []]
    """
    if not block:
        return words, []
    bottom = max(w["bottom"] for w in block)
    for line in sorted(ocr_lines(words), key=lambda ln: min(w["top"] for w in ln)):
        top = min(w["top"] for w in line)
        texts = [w["text"] for w in line if not _STROKE.match(w["text"])]
        if (
            top > bottom
            and min(w["x0"] for w in line) >= page_width * LEFT_COLUMN_START
            and len(texts) >= 2
            and all(_APPENDIX_TITLE_WORD.match(t) and is_syllable(t.rstrip(".:")) for t in texts)
        ):
            return [w for w in words if w["top"] < top], [w for w in words if w["top"] >= top]
    return words, []


# A page's lower-case syllables repaired by the word list as a scanned subject's are
# (``ocrlexicon.repair_syllables``: a pair that is no word of pyvi's list, exactly one word of the
# list one mark away, neither syllable in a word with its other neighbour; the commonest syllables
# whose neighbours make other words, data/header.toml ``[subject_repair] kept``, taken as read):
# "tô chức" → "tổ chức", "đây mạnh" → "đẩy mạnh", "Chính phú" → "Chính phủ". Measured on the
# 37 dev scans by scripts/ocr_error_rate.py (docs/notes/issue-13.md, session 10): the real scans'
# character error rate on the gold's hand-read strings 0.0184 → 0.0153 (24 better, 1 worse), the
# seeds' against their typed text 0.0248 → 0.0241 (5 of 5 better).
REPAIR_PAGE_SYLLABLES = True


def _repair_page_syllables(text: str, found: list[str]) -> str:
    """``text`` with the syllables the word list repairs (each recorded in ``found``).

    >>> found = []
    >>> _repair_page_syllables("Căn cứ Luật Tô chức Chính phú ngày", found), found
    ('Căn cứ Luật Tô chức Chính phủ ngày', ["'Chính phú' → 'Chính phủ' (the word list)"])
    """
    text, repaired = repair_syllables(text, kept_syllables(), wrapped=True)
    found.extend(f"{r} (the word list)" for r in repaired)
    return text


def _reread_handwriting(words: list[Word], image: Any, scale: float, reading: Reading, found: list[str]) -> list[Word]:
    """The first page's handwritten number and day read again by RapidOCR (``ocrhand``), when installed."""
    from . import ocrhand

    read = ocrhand.recogniser()
    if read is None:
        if ocrhand.MISSING_NOTE not in reading.notes:
            reading.notes.append(ocrhand.MISSING_NOTE)
        return words
    try:
        words = ocrhand.reread_number(words, image, scale, read, found)
        return ocrhand.reread_date(words, image, scale, reading.received.get("date"), read, found)
    except Exception as exc:  # the recogniser failing on a crop must not lose the page
        reading.notes.append(f"handwritten figures not re-read: RapidOCR failed ({type(exc).__name__}: {exc})")
        return words


def blank_page(page: Any) -> bool:
    """Whether a page without a text layer is blank, so that it is not sent to OCR.

    A page that draws nothing is blank; a page that draws something (a scanned image, lines) is
    rendered at ``BLANK_CHECK_DPI`` and is blank when almost none of it is ink.

    Args:
        page: the pdfplumber page.

    Returns:
        True when there is nothing to read on it.
    """
    if not any(page.objects.values()):
        return True
    thumb = page.to_image(resolution=BLANK_CHECK_DPI).original.convert("L")
    histogram: list[int] = thumb.histogram()
    ink = sum(histogram[:INK_LEVEL])
    return ink < BLANK_INK_SHARE * max(sum(histogram), 1)


def page_ocr_or_none(reading: Reading) -> OcrPage | None:
    """The page OCR function when Tesseract can run, else None.

    Args:
        reading: what the OCR of each page collects (repairs, received stamp, words read).
    """
    if tesseract_status() is not None:
        return None
    read = functools.partial(ocr_pdf_page, reading=reading)
    read.table_goes_on = reading.table_goes_on  # type: ignore[attr-defined]  # SCANNED_TABLES: for the PDF loader's page joins
    return read


# What to install for a HEIC photo: Pillow reads HEIF through the pillow-heif plugin (libheif).
HEIF_HINT = "install the pillow-heif library (pip install pillow-heif) or save the photo as JPEG"


def _heif_opener(data: bytes, origin: str) -> None:
    """Let Pillow open a HEIC/HEIF photo (pillow-heif's opener), or say what to install.

    Raises:
        MissingTool: the data is HEIF and pillow-heif is not installed.
    """
    from . import is_heif

    if not is_heif(data):
        return
    try:
        import pillow_heif
    except ImportError as exc:
        raise MissingTool(f"{origin}: a HEIC/HEIF photo needs a HEIF reader; {HEIF_HINT}") from exc
    pillow_heif.register_heif_opener()


def load_image(data: bytes, origin: str, progress: Progress | None = None) -> SourceDocument:
    """OCR an image (PNG, JPEG, TIFF, HEIC with pillow-heif; every frame of a multi-page TIFF).

    Args:
        data: the image file's bytes.
        origin: name for messages.
        progress: called as ``progress(frames_done, frame_count)`` after each frame.

    Returns:
        The text of every frame, one page each.

    Raises:
        MissingTool: Tesseract or its Vietnamese model is not installed, or the image is HEIC
            and pillow-heif is not.
        InputError: the image cannot be read or is too large.
    """
    return load_pictures([data], origin, progress=progress)


def load_pictures(
    pictures: list[bytes], origin: str, progress: Progress | None = None, what: str = "image", lead: str = ""
) -> SourceDocument:
    """OCR the pages of one document given as pictures, in order: the frames of an image file, or the pictures a
    Word document holds instead of text (PICTURES_OF_PAGES, ``docx.load_docx``); every frame of each is a page.

    Args:
        pictures: the pictures' bytes, in the document's order.
        origin: name for messages.
        progress: called as ``progress(pages_done, page_count)`` after each page.
        what: what the pictures are, for the record's conversions ("image", "picture(s) of a Word document").
        lead: typed text that stands before the pictures (a Word document's few typed lines): its first page.

    Raises:
        MissingTool: Tesseract or its Vietnamese model is not installed, or a picture is HEIC
            and pillow-heif is not.
        InputError: the first picture cannot be read, or one is too large.
    """
    missing = tesseract_status()
    if missing:
        needs = "an image needs OCR" if what == "image" else "a Word document of pictures only (a scan pasted into Word) needs OCR"
        raise MissingTool(f"{origin}: {needs}, but {missing}; {INSTALL_HINT}")
    import io

    from PIL import Image, UnidentifiedImageError

    frames: list[tuple[Any, int]] = []  # (the opened picture, its frame)
    for data in pictures:
        _heif_opener(data, origin)
        try:
            image = Image.open(io.BytesIO(data))
            count = getattr(image, "n_frames", 1)
        except UnidentifiedImageError as exc:
            raise InputError(f"{origin}: not a readable image (no image format could be recognised in it)") from exc
        except (OSError, EOFError, SyntaxError) as exc:
            raise InputError(f"{origin}: not a readable image ({exc})") from exc
        if image.width * image.height > MAX_IMAGE_PIXELS:
            raise InputError(f"{origin}: the image is too large to OCR ({image.width}×{image.height})")
        frames += [(image, i) for i in range(count)]
    from .pdf import join_scanned_pages

    pages: list[str] = []
    joins: list[str] = []  # between each page and the next: a blank line, or a line break where a table goes on
    joined: list[str] = []
    straightened: list[float] = []
    reading = Reading()
    warnings: list[str] = []
    count = min(len(frames), MAX_FRAMES)
    first = 1 if lead else 0  # the typed lead is the first page
    if lead:
        pages.append(lead)
    for i, (image, frame) in enumerate(frames[:count]):
        damage = _frame_damage(image, frame)
        if damage is not None:  # CUT_IMAGE
            if not i:
                raise InputError(f"{origin}: not a readable image ({damage}); the file looks cut short or damaged: save or send it again")
            warnings.append(f"page(s) {i + 1 + first}-{count + first} of the image could not be read ({damage}); the pages before them are kept")
            break
        page, angle = prepare_photo(image, PHOTO_KEEPS_COLOUR)
        scale = A4_WIDTH_PT / max(page.width, 1)
        pages.append(read_page_image(page, i + 1 + first, scale, reading))
        if i or first:  # a task table photographed over two pages reads as the scanned PDF's does
            joins.append("\n\n")
            join_scanned_pages(pages, joins, i + 1 + first, reading.table_goes_on, joined)
        if angle:
            straightened.append(angle)
        if progress is not None:
            progress(i + 1, count)
    starts, pos = [], 0
    for p, join in zip(pages, [*joins, ""], strict=True):
        starts.append(pos)
        pos += len(p) + len(join)
    return SourceDocument(
        text="".join(p + join for p, join in zip(pages, [*joins, ""], strict=True)), format="image", origin=origin,
        page_starts=starts,
        conversions=[
            f"OCR of {len(pages) - first} {what} page(s) (tesseract {OCR_LANG})",
            *(f"page straightened by {a:+.1f}°" for a in straightened),
            *reading.notes,
            *joined,
        ],
        ocr_repairs=reading.repairs,
        ocr_words=reading.read,
        warnings=warnings,
    )


def _frame_damage(image: Any, i: int) -> str | None:
    """CUT_IMAGE: why frame ``i`` of ``image`` cannot be decoded, or None when it can (it is then loaded).

    Pillow opens a file lazily: a JPEG or TIFF cut short in a download opens, and its pixels fail only when they
    are read ("image file is truncated (87 bytes not processed)"), which escaped as a traceback from the photo's
    straightening. A first page that cannot be decoded refuses the file in one line; a later frame of a multi-page
    TIFF ends the reading there, with a warning, and the pages read are kept.
    """
    try:
        image.seek(i)
        image.load()
    except (OSError, EOFError, SyntaxError, ValueError) as exc:
        return str(exc) or exc.__class__.__name__
    return None
