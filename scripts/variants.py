"""The same directive, typed differently: does it give the same record? (issue 11)

A measuring script, never shipped with the package. Each **dev** text of the corpus is rewritten by
meaning-preserving transformations, the way real copies of one directive differ in surface form:

- ``no_blank``: the blank lines between paragraphs removed;
- ``wrap60`` / ``wrap80``: each paragraph reflowed into lines of at most 60 / 80 characters (its lines joined
  where the original layout wrapped them; table rows kept); ``page_numbers``: wrapped at 80 and a page number line
  after every 45 lines, as a copy of a PDF's pages gives it (PAGE_CHROME);
- ``letter_dot`` / ``letter_dash``: lettered items "a) " printed "a. " / "- " (at a line's start);
- ``tone_old`` / ``tone_new``: the tone mark of an open "oa", "oe", "uy" moved to the second vowel
  ("hòa" → "hoà", "thủy" → "thuỷ") / to the first (the parser's own ``fold``);
- ``space_punct``: a space before "," ";" ":" "." after a word ("Sở Nội vụ , Sở Tài chính");
- ``table_seps``: a flattened table's rows swap their separator, tabs ↔ " | ";
- ``table_cells`` / ``table_cells_dense``: a task table's rows copied one cell per line, blank lines between / none,
  its empty cells lost (FLATTENED_TABLE); ``table_cells_wrapped``: as a PDF viewer copies it, each cell wrapped at its
  column's width, no blank line, an empty cell lost (WRAPPED_CELLS);
- ``date_words`` / ``date_figures``: full dates printed in words / in figures ("15/12/2024" ↔ "15 tháng 12
  năm 2024"), as issuers differ; months and years alone are left (an undated deadline is keyed by its phrase);
- ``due_cue``: "trước ngày …" printed "chậm nhất là ngày …";
- ``time_first``: a paragraph's last sentence ending on its due date printed with the date first ("Trước ngày
  30/7/2023, các tỉnh … gửi …");
- ``frame_time_first`` (i29-action): ``time_first`` with a stock aim before the time ("Để bảo đảm tiến độ, trước ngày
  30/7/2023, các tỉnh … gửi …": two frames before the body); ``scope_first`` (i29-action): a list item opening with
  its group "Các …" printed after the stock scope "Trong phạm vi quản lý, các …";
- ``item_semicolons``: a list's items closed with ";" rather than "." (the last item keeps its ".");
- ``late_cue``: "trước ngày <full date>" printed "không muộn hơn ngày …" (i17-lang: forms the corpus never prints);
- ``deadline_label``: "…, trước ngày <full date>" printed "…, hạn chót: ngày …" (the label and its colon);
- ``ask_swap``: the request verb "đề nghị" printed "yêu cầu" (a superior's letter asks the same way);
- ``clock_time`` / ``clock_weekday``: "trước ngày <full date>" printed "trước 16 giờ 00, ngày …" / "trước 17 giờ,
  thứ Sáu, ngày …" (the weekday computed from the date);
- ``period_hour``: a period's last day "từ … đến (hết) ngày <full date>" printed "… đến 17 giờ 00 ngày …".
- ``ask_polite``: a request at a sentence's or an item's start "Đề nghị …" printed "Kính đề nghị …" (i17-olang: the
  wording of a duty);
- ``assign_drop`` / ``assign_add``: "Giao X chủ trì …" printed "X chủ trì …", and an item "- X chủ trì …" printed
  "- Giao X chủ trì …";
- ``duty_noun`` / ``duty_assigned``: the duty form "X có trách nhiệm + verb" printed "X có nhiệm vụ + verb" / "X được
  giao + verb" (A11 drops the form from the action either way);
- ``deliver_swap``: "gửi (báo cáo) về Y" printed "nộp (báo cáo) về Y".
- ``copula_inline`` / ``copula_restated`` (i18-restate): "… trước ngày <full date>" printed "…; thời hạn thực hiện là
  ngày …" / a paragraph's last sentence "… trước ngày <full date>." printed "… . Hạn chót thực hiện là ngày …." (a
  copular limit, inline or restating the duty in a sentence of its own); ``date_pair``: "trước ngày <full date>"
  printed "trong ngày <the day before> và ngày <the date>" (two whole days joined, a period due on the last).
  Every one of these rewrites only a full date (with its year): a dated deadline is keyed by its date, so the
  gold key stays; a year-less or undated time is keyed by its phrase and is left as printed.
- ``table_to_fields`` / ``fields_to_table`` / ``fields_to_pipes`` (i19-forms): a task table's rows printed as numbered
  items with labelled lines under them, the column headers' own words as the labels (n006's form: "(2) Sao lưu, …" /
  "- Đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh." / "- Thời gian hoàn thành: Trong tháng 8/2025."), and labelled
  items printed as a task table, tab- or " | "-separated, one column per field (n001's appendix "STT | Nhiệm vụ | Sản
  phẩm | Thời gian hoàn thành | Chủ trì thực hiện | …"); ``fields_paren`` / ``chair_paren``: the fields in a parenthesis
  closing the duty, labelled ("(đơn vị chủ trì thực hiện: X; thời gian hoàn thành: Y)") or with the bodies named
  before their roles ("(X chủ trì; Y phối hợp; thời gian hoàn thành: …)", as UBND letters print beside "Giao X chủ
  trì, phối hợp với Y"); ``time_line``: a one-sentence item ending on its full due date printed with the time as a
  labelled line under it ("+ Thời gian hoàn thành: Trước ngày 30/7/2023.", n006's field line under prose);
  ``time_line_bare``: the same line unmarked, "Thời hạn: Trước ngày 30/7/2023." (NĐ 09/2019's report lists, i29-time).
- ``bound_swap`` / ``bound_formal`` / ``at_least_after`` (i29-quota: a quota's bound as the language prints it): "ít nhất"
  ↔ "tối thiểu", "tối đa" ↔ "không quá" / "ít nhất", "tối thiểu" printed "không ít hơn", "tối đa", "không quá" printed
  "không vượt quá" / "ít nhất 03 mô hình" printed "từ 03 mô hình trở lên" (a short noun; "ít nhất 50%" → "từ 50% trở
  lên"). A quota is keyed by its bounds, which none of them changes.
- ``clock_first`` / ``function_lead`` (i29-who): a paragraph's last sentence ending on its due date printed with the
  hour and the date first, two frames before the body ("Trước 16 giờ 00, ngày 30/7/2023, các tỉnh, thành đoàn gửi
  …"); "- X chủ trì, …" printed "- X theo chức năng, nhiệm vụ được giao, chủ trì, …" (NĐ 30's stock lead, cut by A1).
- ``ocr_time``: OCR-like damage inside time phrases ("ngày 1Š", "ngày I5", "tháng 5Š năm", "trong. tháng",
  "Quý H/2025"), a seeded choice among the confusions measured on the dev OCR'd copies.

With ``--stack K``, each document is instead rewritten by K of these drawn for it (seeded by its id and the
round; ``STACK_LEFT_OUT`` names those left out of the draw) and applied together, ``--rounds`` times: an unseen
copy differs from the corpus's in several ways at once.

Each variant is parsed and scored against the **unchanged** gold with ``evaluate``'s scorers, at
the lenient level (case, punctuation and tone placement ignored, so a transformation changes no
gold value there; ``MAY_CHANGE`` names the fields where it still can: an outline item's "a" lost
with its letter). Printed: per transformation, the fields' figures on the variant against the
untransformed text, and the documents that lose most on the obligation fields.

The dev documents are split once into a **tune** set and a fixed **check** set (a seeded random
choice, ``CHECK_SEED``): read the tune set's losses to find a rule, and confirm it on the check set.

Usage (from the worktree root; the package is imported from the current directory):
    python3 scripts/variants.py                         # every transformation, both sets
    python3 scripts/variants.py --only wrap60,no_blank --losses 15
    python3 scripts/variants.py --show 000 wrap60       # print one variant's text (dev only)
    python3 scripts/variants.py --json /tmp/x/variants.json
    python3 scripts/variants.py --stack 4 --rounds 3   # 4 transformations drawn per document, together
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import os
import random
import sys
import textwrap
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, os.getcwd())
from directive_parser.errors import DirectiveParserError
from directive_parser.evaluate import (
    LATE_KEYS,
    REGISTER_FIELDS,
    SCORED_LISTS,
    KindScores,
    load_annotations,
    score_document,
)
from directive_parser.loaders import load_path
from directive_parser.normalize import fold
from directive_parser.pipeline import parse_source
from directive_parser.roles import ESIGN_RES

# The check set: this share of the dev documents, drawn with this seed (fixed, so a rule learned on
# the tune set is confirmed on documents it was not read from).
CHECK_SEED = 11
CHECK_SHARE = 0.25
# The fields printed per transformation (lenient F1 or accuracy); the obligation fields decide the
# per-document losses.
SHOWN_FIELDS: tuple[str, ...] = (
    "obligations",
    "obligations +responsible",
    "obligations +due",
    "obligations +deliver_to",
    "deadlines",
    "deadlines +action",
    "quotas",
    "report_outline",
    "legal_references",
    "recipients",
    "distribution",
    "subject",
    "issuer.name",
    "signer.name",
    "signer.position",
)
LOSS_FIELDS: tuple[str, ...] = ("obligations", "obligations +responsible", "deadlines +action")
LEVEL = "lenient"

# --- the transformations -----------------------------------------------------------------------

# A table row flattened into text: at least two " | " or two tabs (structure.ROW_MIN_SEPARATORS).
_PIPE_ROW = regex.compile(r"(?:[^\n|]*\|){2,}")
_PIPE_SEP = regex.compile(r"[ \t]*\|[ \t]*")


def _is_row(line: str) -> bool:
    return line.count("\t") >= 2 or line.count("|") >= 2


def no_blank(text: str) -> str:
    """Remove the blank lines: "… theo quy định.\\n\\n2. Sở …" → "… theo quy định.\\n2. Sở …"."""
    return regex.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n", text)


# A list item's opener at a line's start ("II. ", "2.1. ", "a) ", "b. ", "- ", "+ "): a line opening with one
# starts a paragraph of its own.
_OPENER = regex.compile(r"^[ \t]*(?:[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\)|[a-zđ][).]|[-–—+•*])[ \t]")
# A page number left in the text flow ("3", "- 3 -", "Trang 2/5"): a line of its own, never joined. A PDF's text
# prints it after the page break's form feed ("\f7", c158; "\f5", c140): without "\f" here the footnote above it
# took the number ("* Báo cáo số 365/UBND-GTCN&XD … của UBND tỉnh Quảng Ninh 7"), a form no copy prints.
_PAGE_NUMBER = regex.compile(r"^[ \t\f]*(?:\d{1,3}\.?|[-–—][ \t]*\d{1,3}[ \t]*[-–—]|[Tt]rang[ \t]+\d{1,3}(?:/\d{1,3})?)[ \t\f]*$")
# An original line at least this share of the text's usual width, and ending without a sentence's punctuation,
# was wrapped by its layout: the next line goes on with its paragraph (stricter than the parser's 0.6).
SOFT_WRAP_SHARE = 0.8


def _caps(line: str) -> bool:
    """Whether a line is printed in capitals ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"): it never goes on a mixed-case line."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _paragraphs(text: str) -> list[list[str]]:
    """The text's lines grouped into paragraphs: a line wrapped by the original layout (long, no closing
    punctuation) joins the next one unless that one is blank, a table row or opens a list item."""
    lines = text.split("\n")
    lengths = sorted(len(x.strip()) for x in lines if x.strip() and not _is_row(x))
    usual = lengths[int(len(lengths) * 0.8)] if lengths else 0
    out: list[list[str]] = []
    for line in lines:
        prev = out[-1][-1] if out and out[-1] else None
        wrapped = (
            prev is not None and prev.strip() and line.strip() and not _is_row(prev) and not _is_row(line)
            and "\t" not in prev and "\t" not in line and not _OPENER.match(line)
            and not _PAGE_NUMBER.match(line) and not _PAGE_NUMBER.match(prev) and _caps(line) == _caps(prev)
            and len(prev.strip()) >= SOFT_WRAP_SHARE * usual and not prev.rstrip().endswith((".", ";", ":", "!", "?"))
        )
        if wrapped:
            out[-1].append(line)
        else:
            out.append([line])
    return out


def _wrap(text: str, width: int) -> str:
    """Reflow each paragraph (``_paragraphs``) into lines of at most ``width`` characters at a space, as the same
    directive printed in a narrower column; table rows and lines with tabs are kept as they are."""
    out = []
    for para in _paragraphs(text):
        joined = " ".join(x.strip() for x in para)
        if len(para) == 1 and (len(para[0]) <= width or _is_row(para[0]) or "\t" in para[0]):
            out.append(para[0])
            continue
        indent = para[0][: len(para[0]) - len(para[0].lstrip(" "))]
        pieces = textwrap.wrap(joined, max(width - len(indent), width // 2), break_long_words=False, break_on_hyphens=False)
        out.extend([indent + pieces[0], *pieces[1:]])
    return "\n".join(out)


_DASH_ITEM = regex.compile(r"(?m)^([ \t]*)[-–][ \t]+(?=\S)")
_PLUS_ITEM = regex.compile(r"(?m)^([ \t]*)\+[ \t]+(?=\S)")


def bullet_glyphs(text: str) -> str:
    """A list's marks as a copy from Word gives them (WORD_BULLET_GLYPHS): "- " items printed "•<TAB>", "+ " items
    "o<TAB>" (Word's second-level bullet, the letter o in Courier New): "- Sở Nội vụ …" → "•\tSở Nội vụ …"."""
    return _PLUS_ITEM.sub(lambda m: m.group(1) + "o\t", _DASH_ITEM.sub(lambda m: m.group(1) + "•\t", text))


def bullet_symbols(text: str) -> str:
    """A list's marks as Word's Symbol and Wingdings fonts give them to a browser (WORD_BULLET_GLYPHS): "- " items
    printed with the private-use "\uf0b7" and "+ " items with "\uf0a7", a tab after each."""
    return _PLUS_ITEM.sub(lambda m: m.group(1) + "\uf0a7\t", _DASH_ITEM.sub(lambda m: m.group(1) + "\uf0b7\t", text))


_ROMAN_ITEM = regex.compile(r"(?m)^([ \t]*)((?:X{0,3})(?:IX|IV|V?I{0,3}))\.[ \t]+(?=\S)")
_DECIMAL_ITEM = regex.compile(r"(?m)^([ \t]*)(\d{1,2})\.[ \t]+(?=\p{L})")


def roman_dash(text: str) -> str:
    """Parts marked "I- " rather than "I. " (MARKER_PUNCTUATION; seen in copies of older letters): "II. NỘI DUNG" →
    "II- NỘI DUNG"."""
    return _ROMAN_ITEM.sub(lambda m: f"{m.group(1)}{m.group(2)}- " if m.group(2) else m.group(0), text)


_LETTER_ITEM = regex.compile(r"(?m)^([ \t]*)([a-zđ])\)[ \t]+(?=\p{Lu})")


def decimal_slash(text: str) -> str:
    """Items marked "1/ " and "a/ " rather than "1. " and "a) " (SLASH_MARKER; n038): "2. Sở Nội vụ …" → "2/ Sở Nội vụ
    …", "a) Tổ chức …" → "a/ Tổ chức …"."""
    text = _DECIMAL_ITEM.sub(lambda m: f"{m.group(1)}{m.group(2)}/ ", text)
    return _LETTER_ITEM.sub(lambda m: f"{m.group(1)}{m.group(2)}/ ", text)


_FIGURES_DATE = regex.compile(r"(?<![\d/.\-])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")


def date_dashes(text: str) -> str:
    """Full dates in figures printed with hyphens (DATE_SEPARATORS): "trước ngày 15/7/2023" → "trước ngày 15-7-2023"."""
    return _FIGURES_DATE.sub(r"\1-\2-\3", text)


def date_dots(text: str) -> str:
    """Full dates in figures printed with dots (DATE_SEPARATORS): "trước ngày 15/7/2023" → "trước ngày 15.7.2023"."""
    return _FIGURES_DATE.sub(r"\1.\2.\3", text)


def straight_quotes(text: str) -> str:
    """Typographic quotation marks printed straight, as a plain-text copy gives them: "“Dân vận khéo”" → '"Dân vận
    khéo"'."""
    return text.replace("“", '"').replace("”", '"')


_DISTRIBUTION_LABEL = regex.compile(r"^[ \t]*Nơi[ \t]+nhận[ \t]*:?", regex.V1)
_DISTRIBUTION_ITEM = regex.compile(r"^[ \t]*[-–+•][ \t]*\S", regex.V1)


def closing_side_by_side(text: str) -> str:
    """The closing's two columns side by side, line by line, as a PDF copies them by height (CLOSING_COLUMNS): "Nơi
    nhận:" and its items on the left, the signature block (the lines after the items: authority, position, name) on
    the right, three spaces between: "Nơi nhận:   TM. ỦY BAN NHÂN DÂN" / "- Như trên;   KT. CHỦ TỊCH" / "- Lưu: VT.
    PHÓ CHỦ TỊCH" / "Nguyễn Văn A". A closing whose signature block does not follow its items is left as printed."""
    lines = text.split("\n")
    label = next((k for k, x in enumerate(lines) if _DISTRIBUTION_LABEL.match(x)), None)
    if label is None:
        return text
    k = label + 1
    while k < len(lines) and (_DISTRIBUTION_ITEM.match(lines[k]) or not lines[k].strip()):
        k += 1
    block = [x.strip() for x in lines[k : k + 6] if x.strip()]
    # the block opens with its authority or position in capitals ("K/T TRƯỞNG BAN", "TM. ỦY BAN NHÂN DÂN"); a list
    # whose items run on without their dashes is no such closing
    if not 2 <= len(block) <= 5 or any(len(x) > 60 for x in block) or not block[0].strip("* ").isupper():
        return text
    left = [x.rstrip() for x in lines[label:k] if x.strip()]
    if any("|" in x or "\t" in x for x in left):
        return text  # a closing already printed as columns (a table's cells) is left as it is
    end = k
    taken = 0
    while end < len(lines) and taken < len(block):
        taken += bool(lines[end].strip())
        end += 1
    rows = [f"{(left[i] if i < len(left) else '')}   {(block[i] if i < len(block) else '')}".strip() for i in range(max(len(left), len(block)))]
    return "\n".join([*lines[:label], *rows, *lines[end:]])


_ADDRESS_LABEL_LINE = regex.compile(r"^[ \t]*Kính[ \t]+gửi[ \t]*:[ \t]*$", regex.V1)
_ADDRESS_ITEM = regex.compile(r"^[ \t]*[-–+•][ \t]*(?P<who>\S.*?)[ \t]*[;,.]?[ \t]*$", regex.V1)


def addressees_inline(text: str) -> str:
    """The addressees listed under "Kính gửi:" one a line printed on its line, parted by semicolons (ADDRESSEES_INLINE,
    as short letters print them): "Kính gửi:" / "- Sở Nội vụ;" / "- Sở Tài chính." → "Kính gửi: Sở Nội vụ; Sở Tài
    chính."."""
    lines = text.split("\n")
    for k, line in enumerate(lines[:HEADER_SCAN_LINES]):
        if _ADDRESS_LABEL_LINE.match(line):
            items, j = [], k + 1
            while j < len(lines) and (m := _ADDRESS_ITEM.match(lines[j])):
                items.append(m["who"])
                j += 1
            if len(items) >= 2:
                return "\n".join([*lines[:k], "Kính gửi: " + "; ".join(items) + ".", *lines[j:]])
            break
    return text


# A PDF page's lines of text as a copy of it gives them (80 characters a line): a page number after each page.
PAGE_LINES = 45


def page_numbers(text: str) -> str:
    """The directive as copied from a PDF of A4 pages (PAGE_CHROME): wrapped at 80 characters (``_wrap``), a line
    holding the next page's number after every ``PAGE_LINES`` lines (from page 2 on, centred as NĐ 30 prints it), so
    a sentence, a list or a table may run across it: "… đề nghị các cơ quan, đơn vị" / "2" / "triển khai thực hiện
    …". The first page carries no number."""
    lines = _wrap(text, 80).split("\n")
    out: list[str] = []
    for k, line in enumerate(lines):
        if k and k % PAGE_LINES == 0:
            out.append(" " * 38 + str(k // PAGE_LINES + 1))
        out.append(line)
    return "\n".join(out)


def wrap60(text: str) -> str:
    """Wrap every line longer than 60 characters at a space (as a narrow PDF column or an e-mail)."""
    return _wrap(text, 60)


def wrap80(text: str) -> str:
    """Wrap every line longer than 80 characters at a space."""
    return _wrap(text, 80)


# A lettered item at a line's start: "a) Sở Nội vụ …", "đ) …".
_LETTER_ITEM = regex.compile(r"^([ \t]*)([a-zđ])\)(?=[ \t])", regex.M)


def letter_dot(text: str) -> str:
    """Lettered items printed "a." rather than "a)": "a) Sở Nội vụ" → "a. Sở Nội vụ"."""
    return _LETTER_ITEM.sub(r"\1\2.", text)


def letter_dash(text: str) -> str:
    """Lettered items printed as bullets: "a) Sở Nội vụ" → "- Sở Nội vụ"."""
    return _LETTER_ITEM.sub(r"\1-", text)


# New tone placement on an open "oa", "oe", "uy" at a syllable's end (not after "q": "quý" keeps it).
# "của", "mùa" ("ua") are no such pair and keep theirs.
_NEW_TONE = regex.compile(r"(?<![qQ])([oO][\u0300\u0301\u0303\u0309\u0323](?=[aAeE])|[uU][\u0300\u0301\u0303\u0309\u0323](?=[yY]))(\p{L})(?![\p{L}\p{M}])")


def tone_old(text: str) -> str:
    """Old tone placement: "hòa" → "hoà", "thủy" → "thuỷ", "Thành ủy" → "Thành uỷ"."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _NEW_TONE.sub(lambda m: m.group(1)[0] + m.group(2) + m.group(1)[1], decomposed))


def tone_new(text: str) -> str:
    """New tone placement (the parser's matching shadow): "hoà" → "hòa", "uỷ" → "ủy"."""
    return fold(unicodedata.normalize("NFC", text))


# Punctuation closing a word, followed by a space or the line's end: "vụ," "thực hiện." "sau:".
_CLOSING_PUNCT = regex.compile(r"(?<=\p{L}\p{M}*)([,;:.])(?=[ \t]|$)", regex.M)


def space_punct(text: str) -> str:
    """A space before "," ";" ":" "." after a word, past a line's first word (its marker "a." stays):
    "Sở Nội vụ, Sở Tài chính" → "Sở Nội vụ , Sở Tài chính"."""
    out = []
    for line in text.split("\n"):
        m = regex.match(r"[ \t]*\S+", line)
        head = m.group(0) if m else ""
        out.append(head + _CLOSING_PUNCT.sub(r" \1", line[len(head) :]))
    return "\n".join(out)


def table_seps(text: str) -> str:
    """A flattened table's rows with their separator swapped: "1 | Rà soát | Sở Nội vụ" ↔ tabs."""
    out = []
    for line in text.split("\n"):
        if line.count("\t") >= 2:
            line = " | ".join(cell.strip() for cell in line.split("\t"))
        elif _PIPE_ROW.match(line):
            line = _PIPE_SEP.sub("\t", line)
        out.append(line)
    return "\n".join(out)



def _row_cells(line: str) -> list[str]:
    """A flattened row's cells, stripped; a Markdown row's leading and trailing "|" make no cell."""
    if line.count("\t") >= 2:
        return [c.strip() for c in line.split("\t")]
    cells = [c.strip() for c in _PIPE_SEP.split(line)]
    if cells and not cells[0] and line.lstrip().startswith("|"):
        cells = cells[1:]
    if cells and not cells[-1] and line.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


def table_cells(text: str) -> str:
    """A task table copied one cell per line, blank lines between (``_table_cells``)."""
    return _table_cells(text, "\n\n")


def table_cells_dense(text: str) -> str:
    """A task table copied one cell per line with no blank line between, an empty cell an empty line (``_table_cells``;
    a PDF viewer's copy)."""
    return _table_cells(text, "\n")


# The widths a PDF's task table wraps its cells at (characters): the task column is the wide one, the others narrow
# (qm03, a Government resolution's appendix copied from its PDF: "Thực hiện nghiêm quy định các bộ, cơ" / "quan ngang
# bộ cơ cấu ít nhất một lãnh" / …, "Các bộ," / "cơ quan ngang bộ", "Thời gian" / "hoàn thành").
WRAP_TASK_CELL = 40
WRAP_OTHER_CELL = 16


def table_cells_wrapped(text: str) -> str:
    """A task table copied from a PDF viewer (WRAPPED_CELLS; the probe's qm03): one cell after another with no blank
    line, each cell wrapped at its column's width as the PDF printed it (``WRAP_TASK_CELL`` for the task column and
    for a long cell of a table with no task column, ``WRAP_OTHER_CELL`` for the others, the header's names too), an
    empty cell lost: "STT | Nhiệm vụ | Thời gian hoàn thành" / "1 | Rà soát hồ sơ … | Quý II/2026" → "STT" / "Nhiệm
    vụ" / "Thời gian" / "hoàn thành" / "1" / "Rà soát hồ sơ …" / "… (wrapped)" / "Quý II/2026"."""

    def rewrite(lines: list[str], rows: list[list[str]]) -> list[str]:
        roles = _header_roles(rows)
        if not {"task", "time"} & set(roles):
            return lines
        out: list[str] = []
        for row in rows:
            for k, cell in enumerate(row):
                if cell:
                    out.extend(_wrap_cell(cell, k, roles))
        return ["\n".join(out) + "\n"]

    return _rewrite_tables(text, rewrite)


# A page of a PDF's table is this many lines high (a row's height: its tallest cell's lines).
SIDE_PAGE_LINES = 24
# Two cells share a line when each of their lines at that height is at most this wide.
SIDE_CELL_MAX = 24


def table_cells_side_by_side(text: str) -> str:
    """A task table copied from a PDF viewer whose cells at one height share a line (SIDE_BY_SIDE_CELLS; the probe's
    qm03): as ``table_cells_wrapped``, but each row's number printed two spaces before its task's first line ("7  Đề
    án về …"), a short cell's last line two spaces before the next cell's first when both are short ("cơ quan ngang
    bộ  Bộ Tư pháp"), and the table printed on pages ``SIDE_PAGE_LINES`` lines high, each page ending with a footnote
    line and a page number and the next opening with the header again. A row the page's end cuts is cut as a PDF
    cuts it (ROW_ACROSS_PAGES): each of its cells at the same height, the rest of each cell, in the columns' order,
    under the next page's header ("Bộ Tài chính (đối với" / … / "các quy định pháp luật …", qm03's row 12)."""

    def rewrite(lines: list[str], rows: list[list[str]]) -> list[str]:
        roles = _header_roles(rows)
        if not {"task", "time"} & set(roles):
            return lines
        header = [x for k, cell in enumerate(rows[0]) for x in _wrap_cell(cell, k, roles)]
        printed: list[str] = []
        page = 0

        def new_page() -> None:
            nonlocal page
            page += 1
            printed.extend(["", f"{page} Ghi chú của trang: văn bản được dẫn ở bảng trên là văn bản đã ban hành trước ngày ký.", "", str(page + 1), "", *header])

        printed.extend(header)
        used = 0
        for row in rows[1:]:
            columns = [_wrap_cell(cell, k, roles) if cell else [] for k, cell in enumerate(row)]
            height = max((len(c) for c in columns), default=0)
            while height:
                room = SIDE_PAGE_LINES - used
                if room <= 0:
                    new_page()
                    used, room = 0, SIDE_PAGE_LINES
                part = [c[:room] for c in columns]
                printed.extend(_side_by_side(part, whole=len(part[0]) == len(columns[0])))
                columns = [c[room:] for c in columns]
                used += min(room, height)
                height = max((len(c) for c in columns), default=0)
        return ["\n".join(printed) + "\n"]

    return _rewrite_tables(text, rewrite)


def _wrap_cell(cell: str, k: int, roles: list[str | None]) -> list[str]:
    """A cell wrapped at its column's width as a PDF prints it (``WRAP_TASK_CELL`` for the task column, else
    ``WRAP_OTHER_CELL``)."""
    width = WRAP_TASK_CELL if k < len(roles) and roles[k] == "task" else WRAP_OTHER_CELL
    return textwrap.wrap(cell, width, break_long_words=False, break_on_hyphens=False) or [cell]


def _side_by_side(columns: list[list[str]], whole: bool) -> list[str]:
    """A row's (or a row part's) cells printed one after another, the number beside the task's first line and a short
    cell's last line beside the next short cell's first (``table_cells_side_by_side``)."""
    out: list[str] = []
    for k, cell in enumerate(columns):
        cell = list(cell)
        if cell and out and ((k == 1 and whole) or (len(out[-1]) <= SIDE_CELL_MAX and len(cell[0]) <= SIDE_CELL_MAX)):
            out[-1] = out[-1] + "  " + cell[0]
            cell = cell[1:]
        out.extend(cell)
    return out


def _rewrite_tables(text: str, rewrite: Callable[[list[str], list[list[str]]], list[str]]) -> str:
    """``text`` with each block of "|"- or tab-separated rows replaced by ``rewrite(its lines, its rows' cells)``."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _is_row(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and _is_row(lines[j]):
            j += 1
        out.extend(rewrite(lines[i:j], [_row_cells(x) for x in lines[i:j]]))
        i = j
    return "\n".join(out)


def _header_roles(rows: list[list[str]]) -> list[str | None]:
    """The roles the parser reads in a table's first row (``column_role``; a long cell is a data cell)."""
    from directive_parser.structure import column_role

    return [column_role(c) if len(c) <= 60 else None for c in rows[0]]


def _table_cells(text: str, between: str) -> str:
    """A task table copied one cell per line, as a web page or a PDF viewer gives it (FLATTENED_TABLE; the probe's
    pa11): each row of a "|"- or tab-separated table whose first row names a task or a time column (the parser's
    ``column_role``) printed as its cells, each on its own line with a blank line between, an empty cell as a line
    holding one space (which normalisation drops, as it drops a web page's "&nbsp;" cell): "STT | Nhiệm vụ | Thời gian"
    / "1 | Rà soát | Quý II" → "STT" / "" / "Nhiệm vụ" / "" / "Thời gian" / "" / "1" / "" / "Rà soát" / "" / "Quý II".
    Other tables (a header's "issuer | motto", a list of persons) are left as printed."""

    def rewrite(lines: list[str], rows: list[list[str]]) -> list[str]:
        if not {"task", "time"} & set(_header_roles(rows)):
            return lines
        return [between.join(c if c else " " for row in rows for c in row) + "\n"]

    return _rewrite_tables(text, rewrite)


def row_span(text: str) -> str:
    """A task table whose time column is printed first and merged down the rows that share it, as a web copy of a
    plan's table with row-spanning cells gives it (ROW_SPAN_CARRIED; the unseen set's qb04): "STT | Nhiệm vụ | Chủ trì
    | Thời gian" / "1 | Rà soát | Sở Nội vụ | Quý II" / "2 | Tổng hợp | Sở Tài chính | Quý II" → "Thời gian | STT |
    Nhiệm vụ | Chủ trì" / "Quý II | 1 | Rà soát | Sở Nội vụ" / "2 | Tổng hợp | Sở Tài chính". A group row (fewer than
    half its cells filled: "I | Cải cách thể chế |  |") is left as printed and nothing merges across it; a row narrower
    than the header (it lost a cell, the parser reads it from the left) has its time cell moved and merges nothing; a
    table with no task or time column is left as printed."""

    def rewrite(lines: list[str], rows: list[list[str]]) -> list[str]:
        roles = _header_roles(rows)
        if "time" not in roles or "task" not in roles:
            return lines
        width, t = len(rows[0]), roles.index("time")
        sep = "\t" if lines[0].count("\t") >= 2 else " | "
        out: list[str] = []
        previous = None
        for k, row in enumerate(rows):
            if 2 * sum(1 for c in row if c) < width or len(row) <= t:
                out.append(lines[k])  # a group row ("I | Cải cách thể chế |  |"): it spans the table
                previous = None
                continue
            moved = [row[t], *row[:t], *row[t + 1 :]]
            if len(row) != width:  # a row that lost a cell (read from the left): its time moved, nothing merged
                out.append(sep.join(moved))
                previous = None
                continue
            if k > 1 and moved[0] and moved[0] == previous:
                moved = moved[1:]
            else:
                previous = moved[0] if k else None
            out.append(sep.join(moved))
        return out

    return _rewrite_tables(text, rewrite)


_ADDRESS_ON_LABEL_LINE = regex.compile(r"(?m)^(?P<label>[ \t]*Kính[ \t]+gửi[ \t]*:)[ \t]*(?P<who>(?!-)[^\n|\t]{3,})$", regex.V1)


def address_next_line(text: str) -> str:
    """One addressee printed under its "Kính gửi:" rather than beside it, as a web copy breaks the line
    (FIRST_ADDRESSEE_ON_ITS_LINE; the unseen set's qa04): "Kính gửi: Sở Nội vụ tỉnh Quảng Bình." → "Kính gửi:" / "Sở
    Nội vụ tỉnh Quảng Bình.". A bulleted list or a flattened row is left as printed."""
    return _ADDRESS_ON_LABEL_LINE.sub(lambda m: f"{m['label']}\n{m['who']}", text, count=1)


# A type title alone on its line ("KẾ HOẠCH", "HƯỚNG DẪN", "THÔNG BÁO KẾT LUẬN"): the subject's lines follow it.
_TYPE_TITLE_LINE = regex.compile(
    r"^[ \t]*(?:KẾ HOẠCH|HƯỚNG DẪN|THÔNG BÁO(?: KẾT LUẬN)?|CHỈ THỊ|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|CÔNG ĐIỆN|ĐỀ ÁN|QUY CHẾ|QUY ĐỊNH|BÁO CÁO)[ \t]*$",
    regex.V1,
)


def subject_caps(text: str) -> str:
    """A titled document's subject printed in capitals, as many issuers print it under the type title ("KẾ HOẠCH" /
    "Triển khai Tháng hành động …" → "KẾ HOẠCH" / "TRIỂN KHAI THÁNG HÀNH ĐỘNG …"): the lines after the header's first
    type title when a blank line closes them (at most three; a subject run into the body or the authority line under a
    decision's subject is left, as its end would be a guess). The lenient level ignores case, so the gold holds."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:HEADER_SCAN_LINES]):
        if _TYPE_TITLE_LINE.match(line):
            j = i + 1
            while j < len(lines) and lines[j].strip() and not _is_row(lines[j]):
                j += 1
            block = lines[i + 1 : j]
            # a subject block set apart by a blank line, nothing else: no sentence of the body (a long line, a full stop)
            if 1 <= len(block) <= 3 and j < len(lines) and all(len(x) <= 120 and not x.rstrip().endswith(".") for x in block):
                lines[i + 1 : j] = [x.upper() for x in lines[i + 1 : j]]
            break
    return "\n".join(lines)


# A signer's name: two to five capitalised words alone on a line.
_NAME_LINE = regex.compile(r"^[ \t]*(?:\p{Lu}[\p{Ll}\p{Mn}]+[ \t]+){1,4}\p{Lu}[\p{Ll}\p{Mn}]+[ \t]*$", regex.V1)


def signer_glued(text: str) -> str:
    """The signer's position line and name glued with no space, as a Word copy of the signature's table cell gives it
    ("PHÓ CHỦ TỊCH" / "Nguyễn Thị Thu" → "PHÓ CHỦ TỊCHNguyễn Thị Thu", the unseen set's qa07): the last capitals line
    standing right above a name line, near the end."""
    lines = text.split("\n")
    for i in range(len(lines) - 1, max(0, len(lines) - 40), -1):
        prev = lines[i - 1].strip()
        if _NAME_LINE.match(lines[i]) and prev and prev.isupper() and not _is_row(lines[i - 1]) and sum(c.isalpha() for c in prev) >= 4:
            lines[i - 1 : i + 1] = [lines[i - 1].rstrip() + lines[i].strip()]
            break
    return "\n".join(lines)


_DASHES = str.maketrans("", "", "-–—")


def dash_lost(text: str) -> str:
    """Every dash lost, as a PDF whose font has no glyph for it copies (the unseen sets' qb01, qb04, qe01, qf01:
    "Số: 3940 CV/TWĐTNBTC", "Độc lập  Tự do  Hạnh phúc", "Hỗ trợ 0810 doanh nghiệp", a bullet "- Như trên;" as " Như
    trên;"): "-", "–" and "—" removed, the spaces around them kept. The gold's symbols keep their hyphens (README H:
    "a copy that evidently lost a hyphen … restore it"), so symbol and list fields may differ (MAY_CHANGE)."""
    return text.translate(_DASHES)


# A full date in figures ("15/12/2024", "09/7/2023"), not part of a symbol or a longer number.
_DATE_FIGURES = regex.compile(r"(?<![\d/.\-\p{L}])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])", regex.V1)
# A full date in words ("ngày 15 tháng 12 năm 2024"), as NĐ 30/2020 prints the document's own date.
_DATE_WORDS = regex.compile(r"(?<!\p{L})([Nn]gày)[ \t]+(\d{1,2})[ \t]+tháng[ \t]+(\d{1,2})[ \t]+năm[ \t]+(\d{4})(?!\d)", regex.V1)


def date_words(text: str) -> str:
    """Full dates in figures printed in words, as another issuer writes them: "trước ngày 15/12/2024" →
    "trước ngày 15 tháng 12 năm 2024" (a dated deadline keeps its date, so no gold key changes)."""
    return _DATE_FIGURES.sub(lambda m: f"{m[1]} tháng {m[2]} năm {m[3]}", text)


# The header's place and date line ("Hà Nội, ngày 03 tháng 6 năm 2022"): NĐ 30/2020 prints it in words
# (FORMAT.md, header 4), so ``date_figures`` leaves it; a copy printing it in figures is off the format.
# A place is a run of capitalised words before the comma ("Hà Nội, ", "TP. Hồ Chí Minh, "), in a table's cell too;
# c158's scanned header date ("ca ngày, “4 .13,129 15 “") is read elsewhere and not caught.
_PLACE_BEFORE = regex.compile(r"(?<![\p{L}\d])\p{Lu}[\p{L}.\-]*(?:[ \t]+\p{Lu}[\p{L}.\-]*){0,4},[ \t]*$", regex.V1)


def date_figures(text: str) -> str:
    """Full dates in words printed in figures: "trước ngày 15 tháng 12 năm 2024" → "trước ngày 15/12/2024"
    (months and years alone stay: an undated deadline is keyed by its phrase; the place and date line stays)."""

    def figures(m: regex.Match[str]) -> str:
        if _PLACE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            return m[0]
        return f"{m[1]} {m[2]}/{m[3]}/{m[4]}"

    return _DATE_WORDS.sub(figures, text)



# "trước ngày" as a due date's cue, not after "chậm nhất" ("chậm nhất trước ngày" keeps its words).
_BEFORE_DAY = regex.compile(r"(?<!(?i:chậm\s+nhất)\s+)(?<!\p{L})([Tt])rước(?=[ \t]+ngày[ \t]+\d)", regex.V1)


def due_cue(text: str) -> str:
    """A due date cued the other common way: "gửi về Sở Nội vụ trước ngày 15/7/2023" → "… chậm nhất là ngày
    15/7/2023" (data/dates.toml [[single_cues]]; the date, hence the gold key, stays)."""
    return _BEFORE_DAY.sub(lambda m: "Chậm nhất là" if m[1] == "T" else "chậm nhất là", text)



# A paragraph's last sentence that ends on its due date: an opener, the sentence, the cue and a full date, the end.
# "- Các tỉnh, thành đoàn gửi báo cáo về Ban Tổ chức trước ngày 30/7/2023." → groups opener / sentence / time.
_TIME_LAST = regex.compile(
    r"(?:^|(?<=\.[ \t]))(?P<opener>[ \t]*(?:[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][).]|[-–+•])?[ \t]*)"
    r"(?P<sentence>\p{Lu}[^.;:\n]{20,}?)(?<!(?i:hoàn\s+thành|xong|nhất))[ \t,]+"
    r"(?P<time>(?=chậm|trước)(?:chậm\s+nhất(?:\s+là)?\s+)?(?:trước\s+)?ngày\s+\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))"
    r"[ \t]*\.[ \t]*$",
    regex.V1,
)
# A sentence with a time of its own keeps its order (which time would lead is the writer's choice, not a form).
_OTHER_TIME = regex.compile(r"\d{1,2}/\d|(?:ngày|tháng|quý|năm)\s+\d|(?:hằng|hàng|định\s+kỳ)\s", regex.V1 | regex.I)
# Words that open a sentence only because it starts there: lower case once the time leads ("Các tỉnh" → "các tỉnh").
_OPENING_WORDS = ("Các", "Những", "Mỗi", "Đối", "Gửi", "Báo", "Hoàn", "Tổ", "Xây", "Rà", "Đề", "Yêu", "Tổng", "Triển")


def _after_frame(sentence: str) -> str:
    """``sentence`` as it reads after a frame put before it: its opening word in lower case when it is one of
    ``_OPENING_WORDS`` ("Các tỉnh, thành đoàn gửi …" → "các tỉnh, thành đoàn gửi …"), else as it is."""
    return sentence[0].lower() + sentence[1:] if sentence.split(" ", 1)[0] in _OPENING_WORDS else sentence


def _last_timed_sentence(text: str, rewrite: Callable[[str, regex.Match[str]], str]) -> str:
    """Each paragraph whose last sentence ends on its due date (``_TIME_LAST``, no other time in it) rewritten by
    ``rewrite(joined paragraph, match)``; the paragraph is joined first, as ``_wrap`` joins it."""
    out = []
    for para in _paragraphs(text):
        joined = " ".join(x.strip() for x in para) if len(para) > 1 else para[0]
        m = _TIME_LAST.search(joined)
        if m is None or _is_row(joined) or _OTHER_TIME.search(m["sentence"]):
            out.extend(para)
            continue
        out.append(rewrite(joined, m))
    return "\n".join(out)


def time_first(text: str) -> str:
    """A paragraph's last sentence that ends on its due date printed with the date first, as other issuers write it:
    "- Các tỉnh, thành đoàn gửi báo cáo về Ban Tổ chức trước ngày 30/7/2023." → "- Trước ngày 30/7/2023, các
    tỉnh, thành đoàn gửi báo cáo về Ban Tổ chức." (the paragraph is joined first, as ``_wrap`` joins it)."""

    def rewrite(joined: str, m: regex.Match[str]) -> str:
        sentence = _after_frame(m["sentence"])
        time = m["time"][0].upper() + m["time"][1:]
        return f"{joined[: m.start()]}{m['opener']}{time}, {sentence}."

    return _last_timed_sentence(text, rewrite)


# The aim a writer sets before a duty's time, a stock frame of administrative prose (i29-action).
FRAME_BEFORE_TIME = "Để bảo đảm tiến độ"


def frame_time_first(text: str) -> str:
    """``time_first`` with a stock aim before the time, two frames before the body (i29-action, LEADING_FRAMES): "- Các
    tỉnh, thành đoàn gửi báo cáo về Ban Tổ chức trước ngày 30/7/2023." → "- Để bảo đảm tiến độ, trước ngày 30/7/2023,
    các tỉnh, thành đoàn gửi báo cáo về Ban Tổ chức." (A10: the aim is no part of the action; A4: nor the time)."""

    def rewrite(joined: str, m: regex.Match[str]) -> str:
        sentence = _after_frame(m["sentence"])
        return f"{joined[: m.start()]}{m['opener']}{FRAME_BEFORE_TIME}, {m['time']}, {sentence}."

    return _last_timed_sentence(text, rewrite)



# The scope a writer sets before a body's duty, a stock frame of administrative prose (i29-action).
FRAME_OF_SCOPE = "Trong phạm vi quản lý"
# A line that opens (after its marker) with a group in capitals: "- Các tỉnh, thành đoàn gửi …", "2. Các sở, ngành …".
# Not a line that names the group as a heading or a lead-in ("- Các tỉnh, thành phố:", "… thực hiện các nội dung sau:"):
# a colon on the line leaves it as printed.
_GROUP_LINE = regex.compile(r"^(?P<opener>[ \t]*(?:[-–+•]|\d+(?:\.\d+)*[.)]|[a-zđ]\))[ \t]+)Các(?=\s)(?![^\n]*:)", regex.M | regex.V1)


def scope_first(text: str) -> str:
    """A list item that opens with its group ("Các …") printed with a stock scope before it (i29-action, FRAME_OF_SCOPE):
    "- Các tỉnh, thành đoàn gửi báo cáo …" → "- Trong phạm vi quản lý, các tỉnh, thành đoàn gửi báo cáo …" (README A1:
    "Trong phạm vi …" is a prepositional lead, no part of the action; the group stays the responsible)."""
    return _GROUP_LINE.sub(lambda m: f"{m['opener']}{FRAME_OF_SCOPE}, các", text)



def clock_first(text: str) -> str:
    """A paragraph's last sentence that ends on its due date printed with the hour and the date first, two frames
    before the body (i29-who: the reporting regime's "Hằng ngày, trước 15 giờ 00, các đơn vị báo cáo …"): "- Các tỉnh,
    thành đoàn gửi báo cáo về Ban Tổ chức trước ngày 30/7/2023." → "- Trước 16 giờ 00, ngày 30/7/2023, các tỉnh, thành
    đoàn gửi báo cáo về Ban Tổ chức." (``time_first`` with ``clock_time``'s hour; the day, the body and the action stay).
    """

    def rewrite(joined: str, m: regex.Match[str]) -> str:
        sentence = _after_frame(m["sentence"])
        date = regex.search(r"ngày\s+(.*)$", m["time"], flags=regex.V1)
        return f"{joined[: m.start()]}{m['opener']}Trước 16 giờ 00, ngày {date[1] if date else ''}, {sentence}."

    return _last_timed_sentence(text, rewrite)

# A list item's line by its opener's kind: "- ", "+ ", "a) " (the letter's kind is any letter).
_ITEM_KIND = regex.compile(r"^[ \t]*(?P<kind>[-–+•]|[a-zđ]\))[ \t]", regex.V1)


def _kind(line: str) -> str | None:
    m = _ITEM_KIND.match(line)
    return None if m is None else ("a)" if m["kind"].endswith(")") else m["kind"])


def item_semicolons(text: str) -> str:
    """The items of a list closed with ";" rather than ".", as NĐ 30 lists often are: "- Sở Nội vụ … thực hiện." /
    "- Sở Tài chính …" → "- Sở Nội vụ … thực hiện;" (an item followed by one of its kind; the list's last keeps its
    "."); the items stay on their lines."""
    lines = text.split("\n")
    following = [i for i, x in enumerate(lines) if x.strip()]
    nxt = dict(itertools.pairwise(following))
    out = list(lines)
    for i, line in enumerate(lines):
        kind = _kind(line)
        j = nxt.get(i)
        if kind is None or j is None or _kind(lines[j]) != kind or _is_row(line):
            continue
        stripped = line.rstrip()
        if stripped.endswith(".") and not stripped.endswith(("..", "./.")):
            out[i] = stripped[:-1] + ";"
    return "\n".join(out)


# --- i17-lang: forms of the language the corpus rarely or never prints -----------------------------------
# A full date with its year, in figures or in words: only such a date keys a gold deadline by its date.
_FULL_DATE = r"(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})(?![\d/])"
# "trước ngày <full date>" as a due date's cue, not after "chậm nhất" (whose words are kept) nor a completion verb.
_BEFORE_FULL_DATE = regex.compile(rf"(?<!(?i:chậm\s+nhất)\s+)(?<!\p{{L}})([Tt])rước[ \t]+ngày[ \t]+(?P<date>{_FULL_DATE})", regex.V1)


def late_cue(text: str) -> str:
    """A due date cued by "không muộn hơn": "gửi về Sở Nội vụ trước ngày 15/7/2023" → "… không muộn hơn ngày 15/7/2023"
    (the date, hence the gold key, stays; the day's inclusion differs as it does in ``due_cue``)."""
    return _BEFORE_FULL_DATE.sub(lambda m: ("Không" if m[1] == "T" else "không") + f" muộn hơn ngày {m['date']}", text)


# Mid-sentence only: a word (not a line's opener) right before the cue, not "chậm nhất", "hoàn thành", "xong" (whose
# cue it completes: "Hoàn thành chậm nhất trước ngày …").
_BEFORE_FULL_DATE_INLINE = regex.compile(rf"(?<=\p{{Ll}})(?<!(?i:nhất|thành|xong))[ \t]+trước[ \t]+ngày[ \t]+(?P<date>{_FULL_DATE})", regex.V1)


def deadline_label(text: str) -> str:
    """A due date given by its label: "gửi về Sở Nội vụ trước ngày 15/7/2023" → "gửi về Sở Nội vụ, hạn chót: ngày
    15/7/2023" (a sentence that opens with its time keeps it)."""
    return _BEFORE_FULL_DATE_INLINE.sub(lambda m: f", hạn chót: ngày {m['date']}", text)


# The request verb "đề nghị", not the noun ("theo đề nghị của …", "các đề nghị", "kiến nghị, đề nghị") nor "kính đề nghị".
_ASK_VERB = regex.compile(r"(?<!(?i:theo|của|các|những|kính|nghị,|và|tại|số)[ \t]+)(?<!\p{L})([Đđ])ề[ \t]+nghị(?![ \t]+của)(?!\p{L})", regex.V1)


def ask_swap(text: str) -> str:
    """The request verb printed "yêu cầu": "Sở Nội vụ đề nghị các sở, ngành …" → "Sở Nội vụ yêu cầu các sở, ngành …"."""
    return _ASK_VERB.sub(lambda m: "Yêu cầu" if m[1] == "Đ" else "yêu cầu", text)


def clock_time(text: str) -> str:
    """A due date with its hour: "trước ngày 15/7/2023" → "trước 16 giờ 00, ngày 15/7/2023"."""
    return _BEFORE_FULL_DATE.sub(lambda m: f"{m[1]}rước 16 giờ 00, ngày {m['date']}", text)


_WEEKDAY_NAMES = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def _weekday(date: str) -> str | None:
    """The printed weekday of a full date ("15/7/2023" → "thứ Bảy"), None when it is no calendar day."""
    import datetime as dt

    parts = [int(x) for x in regex.findall(r"\d+", date)]
    try:
        return _WEEKDAY_NAMES[dt.date(parts[2], parts[1], parts[0]).weekday()]
    except (ValueError, IndexError):
        return None


def clock_weekday(text: str) -> str:
    """A due date with its hour and weekday: "trước ngày 14/7/2023" → "trước 17 giờ, thứ Sáu, ngày 14/7/2023"."""

    def printed(m: regex.Match[str]) -> str:
        day = _weekday(m["date"])
        return m[0] if day is None else f"{m[1]}rước 17 giờ, {day}, ngày {m['date']}"

    return _BEFORE_FULL_DATE.sub(printed, text)


# A period's last day: "từ ngày 10/7/2023 đến (hết) ngày 20/7/2023" (the "từ" at most 40 characters before "đến").
_PERIOD_LAST_DAY = regex.compile(rf"(?<=(?i:từ)[^.;:\n]{{1,40}}?[ \t]+(?i:đến|tới)[ \t]+)(?:hết[ \t]+)?ngày[ \t]+(?P<date>{_FULL_DATE})", regex.V1)


def period_hour(text: str) -> str:
    """A period that closes at an hour: "từ ngày 10/7/2023 đến hết ngày 20/7/2023" → "từ ngày 10/7/2023 đến 17 giờ 00
    ngày 20/7/2023" (the period's last day, hence the gold key, stays)."""
    return _PERIOD_LAST_DAY.sub(lambda m: f"17 giờ 00 ngày {m['date']}", text)
# The OCR damage measured in the OCR'd text copies and scans of dev directives, inside time phrases (issue 11,
# session 17, i17-ocrdl): a day's or month's "1" read "I" / "l" ("trước ngày I5 tháng 4", c158; "trong tháng l1
# năm 2024", c143), its "5" read "Š" ("trước ngày 1Š tháng 4", c158), a speck after a month's digit ("trong tháng
# 5Š năm 2025", c148), a speck read as a full stop after the cue ("hoàn thành trong. tháng 5/2025", c159), a
# quarter's "II" read "H" or "11" ("trong Quý H/2025", "trong Quý 11/2025", c159's scan). Sites: a day or month
# number after its word, a month cue before "tháng"/"ngày" and a number, "Quý II" before its year.
_OCR_SITE = regex.compile(
    r"(?P<unit>(?<!\p{L})(?:ngày|tháng))[ \t](?P<num>\d{1,2})(?=[ \t/.\-])"
    r"|(?P<cue>(?<!\p{L})(?:trong|trước|đến))(?=[ \t](?:ngày|tháng)[ \t]\d)"
    r"|(?P<quy>(?<!\p{L})Quý[ \t])II(?=/(?:19|20)\d\d|[ \t]năm[ \t](?:19|20)\d\d)",
    regex.V1,
)
OCR_SEED = 17  # the seeded choice of sites and confusions (per document: the seed and the text's start)
OCR_RATE = 0.5  # the share of sites damaged


def ocr_time(text: str) -> str:
    """OCR-like damage inside time phrases, a seeded choice among the confusions measured on the dev OCR'd copies
    (``_OCR_SITE``): "trước ngày 15 tháng 4 năm 2025" → "trước ngày 1Š tháng 4 năm 2025" or "… ngày I5 …",
    "trong tháng 5 năm 2025" → "trong tháng 5Š năm 2025", "trong tháng 5/2025" → "trong. tháng 5/2025", "trong Quý
    II/2025" → "trong Quý H/2025". The date printed, hence every gold key, stays."""
    rng = random.Random(f"{OCR_SEED}:{text[:200]}")

    def damage(m: regex.Match[str]) -> str:
        if rng.random() >= OCR_RATE:
            return m[0]
        if m["quy"]:
            return m["quy"] + rng.choice(["H", "11"])
        if m["cue"]:
            return m["cue"] + "."
        num, choices = m["num"], []
        if len(num) == 2 and "1" in num:
            choices.append(num.replace("1", rng.choice("Il"), 1))
        if len(num) == 2 and "5" in num:
            choices.append(num.replace("5", "Š", 1))
        if m["unit"] == "tháng" and len(num) == 1 and regex.match(r"[ \t]năm[ \t]", text[m.end() :]):
            choices.append(num + "Š")
        return f"{m['unit']} {rng.choice(choices)}" if choices else m[0]

    return _OCR_SITE.sub(damage, text)


# --- i17-olang: the wording of a duty (issue 11 obligations), each meaning-preserving under A11 ----------------------

# The request verb at a sentence's or an item's start, not already polite ("Kính đề nghị", "Trân trọng đề nghị").
_ASK_AT_START = regex.compile(r"(?:(?<=^[ \t]*(?:(?:[-–+•]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))[ \t]+)?)|(?<=[.;:][ \t]+))Đề[ \t]+nghị(?![ \t]+của)(?!\p{L})", regex.V1 | regex.M)


def ask_polite(text: str) -> str:
    """The request printed politely: "Đề nghị các sở, ban, ngành …" → "Kính đề nghị các sở, ban, ngành …" (a
    mass organisation's or a lower body's letter asks the same way)."""
    return _ASK_AT_START.sub("Kính đề nghị", text)


# "Giao X chủ trì …" at an item's or a sentence's start (X a capitalised name of at most 12 words, no punctuation).
_GIAO_LEAD = regex.compile(r"(?:(?<=^[ \t]*(?:(?:[-–+•]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))[ \t]+)?)|(?<=[.;][ \t]+))Giao[ \t]+(?:cho[ \t]+)?(?P<who>\p{Lu}[^,;:.()\n]{2,100}?)[ \t]+(?=chủ[ \t]+trì(?!\p{L}))", regex.V1 | regex.M)
# "X chủ trì …" at a list item's start (a marker before it), X a capitalised name.
_CHAIR_ITEM = regex.compile(r"(?<=^[ \t]*(?:[-–+•]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))[ \t]+)(?!Giao\s)(?P<who>\p{Lu}[^,;:.()\n]{2,100}?)[ \t]+(?=chủ[ \t]+trì(?!\p{L}))", regex.V1 | regex.M)


def assign_drop(text: str) -> str:
    """The issuer's "giao" left out: "Giao Sở Nội vụ chủ trì, phối hợp …" → "Sở Nội vụ chủ trì, phối hợp …" (OUTPUT.md
    names both as duties; `responsible` and the action are the same)."""
    return _GIAO_LEAD.sub(lambda m: f"{m['who']} ", text)


def assign_add(text: str) -> str:
    """The issuer's "giao" printed: "- Sở Nội vụ chủ trì, phối hợp …" → "- Giao Sở Nội vụ chủ trì, phối hợp …"."""
    return _CHAIR_ITEM.sub(lambda m: f"Giao {m['who']} ", text)


# "có trách nhiệm" before a verb (not "có trách nhiệm:" ending a lead-in? it is kept there too: the same duty form).
_HAS_DUTY = regex.compile(r"(?<!\p{L})có[ \t]+trách[ \t]+nhiệm(?=[ \t]+\p{Ll})", regex.V1)


def function_lead(text: str) -> str:
    """NĐ 30's stock lead printed between a chairing body and its verb (i29-who): "- Sở Nội vụ chủ trì, phối hợp …" →
    "- Sở Nội vụ theo chức năng, nhiệm vụ được giao, chủ trì, phối hợp …" (the body acts within its remit either way;
    README A1 cuts the lead from the action, so the gold stays)."""

    def lead(m: regex.Match[str]) -> str:
        # not a field's label ("- Đơn vị chủ trì thực hiện: Sở Nội vụ.", n006): a colon closing the words after it
        line_end = text.find("\n", m.end())
        rest = text[m.end() : line_end if line_end != -1 else len(text)]
        if regex.match(r"chủ[ \t]+trì(?:[ \t]+thực[ \t]+hiện)?[ \t]*:", rest, flags=regex.V1):
            return m.group()
        return f"{m['who']} theo chức năng, nhiệm vụ được giao, "

    return _CHAIR_ITEM.sub(lead, text)


def duty_noun(text: str) -> str:
    """A duty form printed with its twin noun: "Sở Nội vụ có trách nhiệm giúp …" → "Sở Nội vụ có nhiệm vụ giúp …"
    (both only say that what follows is the body's duty; A11 drops them from the action)."""
    return _HAS_DUTY.sub("có nhiệm vụ", text)


def duty_assigned(text: str) -> str:
    """A duty form printed in the passive of the issuer's act: "Sở Nội vụ có trách nhiệm giúp …" → "Sở Nội vụ được giao
    giúp …" (A11 lists "được giao" with "có trách nhiệm")."""
    return _HAS_DUTY.sub("được giao", text)


# "gửi (báo cáo | văn bản | hồ sơ …) về Y": the sending verb before a destination.
_SEND_TO = regex.compile(r"(?<!\p{L})([Gg])ửi(?=[ \t]+(?:\p{Ll}+[ \t]+){0,4}?về[ \t]+\p{Lu})", regex.V1)


def deliver_swap(text: str) -> str:
    """The sending verb printed "nộp": "gửi báo cáo về Sở Nội vụ" → "nộp báo cáo về Sở Nội vụ" (one word of the action
    changes; the lenient action overlap still holds; `deliver_to` is the same)."""
    return _SEND_TO.sub(lambda m: "Nộp" if m[1] == "G" else "nộp", text)


# --- i18-restate: a time restated in a copular sentence, two days joined ------------------------------------------


def copula_inline(text: str) -> str:
    """A due date given by a copular limit inside the sentence: "gửi về Sở Nội vụ trước ngày 15/7/2023" → "gửi về Sở
    Nội vụ; thời hạn thực hiện là ngày 15/7/2023" (COPULAR_LIMIT; the date, hence the gold key, stays)."""
    return _BEFORE_FULL_DATE_INLINE.sub(lambda m: f"; thời hạn thực hiện là ngày {m['date']}", text)


def copula_restated(text: str) -> str:
    """A paragraph's last sentence that ends on its due date printed with the date restated in a copular sentence of
    its own: "- Các tỉnh, thành đoàn gửi báo cáo về Ban Tổ chức trước ngày 30/7/2023." → "- Các tỉnh, thành đoàn gửi
    báo cáo về Ban Tổ chức. Hạn chót thực hiện là ngày 30/7/2023." (the paragraph joined first, as in ``time_first``)."""

    def rewrite(joined: str, m: regex.Match[str]) -> str:
        date = regex.search(_FULL_DATE, m["time"])
        assert date is not None
        return f"{joined[: m.start()]}{m['opener']}{m['sentence']}. Hạn chót thực hiện là ngày {date[0]}."

    return _last_timed_sentence(text, rewrite)


def _day_before(date: str) -> str | None:
    """The day before a full date, printed as it is ("15/7/2023" → "14/7/2023", "15 tháng 7 năm 2023" → "14 tháng 7 năm
    2023"); None when it is no calendar day."""
    import datetime as dt

    parts = [int(x) for x in regex.findall(r"\d+", date)]
    try:
        day = dt.date(parts[2], parts[1], parts[0]) - dt.timedelta(days=1)
    except (ValueError, IndexError):
        return None
    return f"{day.day:02d}/{day.month}/{day.year}" if "/" in date else f"{day.day:02d} tháng {day.month} năm {day.year}"


def date_pair(text: str) -> str:
    """A due date printed as two whole days joined (DATE_PAIR): "trước ngày 15/7/2023" → "trong ngày 14/7/2023 và ngày
    15/7/2023" (a period due on its last day: the date, hence the gold key, stays; "before" becomes "on those days")."""

    def printed(m: regex.Match[str]) -> str:
        before = _day_before(m["date"])
        return m[0] if before is None else f"{'Trong' if m[1] == 'T' else 'trong'} ngày {before} và ngày {m['date']}"

    return _BEFORE_FULL_DATE.sub(printed, text)


# --- i19-forms: the same duties printed as a task table, as labelled items, or with the fields inline ---------------

# A row's cells, split on its separator (tabs or " | "), edges trimmed.
def _cells(line: str) -> list[str]:
    sep = "\t" if line.count("\t") >= 2 else "|"
    return [c.strip() for c in line.split(sep)]


# A task table's header (n001's appendix "STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện | Phối
# hợp thực hiện | …"): a cell naming the task and a cell naming who or when. n002's "STT | Đơn vị được kiểm tra | Thời
# gian kiểm tra" (an inspection schedule) and 002's model register have no task column and are no task table.
_TASK_HEADER = regex.compile(r"^(?:(?:tên[ \t]+)?nhiệm[ \t]+vụ|nội[ \t]+dung(?:[ \t]+công[ \t]+việc)?(?:[ \t]+thực[ \t]+hiện)?|công[ \t]+việc|hoạt[ \t]+động)$", regex.V1 | regex.I)
_FIELD_HEADER = regex.compile(r"chủ[ \t]+trì|phối[ \t]+hợp|thực[ \t]+hiện|thời[ \t]+(?:gian|hạn)|sản[ \t]+phẩm", regex.V1 | regex.I)
# A row's number cell: "1", "12", "1.2" (a task) or "I", "VII" (a group's heading row, its other cells empty).
_ROW_NUMBER = regex.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?)$", regex.V1)


def table_to_fields(text: str) -> str:
    """Each row of a task table printed as a numbered item with labelled lines under it, the form of n006 ("(2) Sao
    lưu, duy trì … / - Đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh. / - Thời gian hoàn thành: Trong tháng 8/2025."):
    n001's "4 | Tham mưu UBND tỉnh triển khai ứng dụng AI, … | Ứng dụng AI, … | Trong năm 2026 | Sở Tư pháp | Sở Khoa học
    và Công nghệ | Sở Tư pháp" → "4. Tham mưu UBND tỉnh triển khai ứng dụng AI, …" / "- Sản phẩm: Ứng dụng AI, …" / "-
    Thời gian hoàn thành: Trong năm 2026" / "- Chủ trì thực hiện: Sở Tư pháp" / … (the column headers' own words as
    the labels; an empty cell prints no line); a group's row "I | Cải cách thể chế | | |" → "I. Cải cách thể chế"; the
    header row goes. Texts without such a header are left."""
    lines = text.split("\n")
    out: list[str] = []
    header: list[str] | None = None
    task_col = 0
    for line in lines:
        if _is_row(line):
            cells = _cells(line)
            tasks = [k for k, c in enumerate(cells) if _TASK_HEADER.match(c)]
            if tasks and any(_FIELD_HEADER.search(c) for k, c in enumerate(cells) if k != tasks[0]):
                header, task_col = cells, tasks[0]
                continue
            if header is not None and cells and _ROW_NUMBER.match(cells[0]) and task_col < len(cells):
                number = cells[0].rstrip(".")
                task = cells[task_col]
                out.append(f"{number}. {task}")
                for k, value in enumerate(cells):
                    if k in (0, task_col) or not value or k >= len(header) or not header[k]:
                        continue
                    out.append(f"- {header[k]}: {value}")
                continue
        elif line.strip():
            header = None
        out.append(line)
    return "\n".join(out)


# An item's marker: "(1) ", "1. ", "1.2. ", "a) " at a line's start (n006's "(2) Sao lưu, …", "2.1. …").
_FIELD_ITEM = regex.compile(r"^[ \t]*(?P<marker>\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))[ \t]+(?P<task>\S.*)$", regex.V1)
# A labelled field under it: "- Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ.", "- Đơn vị phối hợp: …", "- Đơn vị
# thực hiện: Công an tỉnh.", "- Thời gian hoàn thành: Trong tháng 8/2025.", "+ Sản phẩm: …" (n006 and NĐ 30 plans).
_FIELD_LINE = regex.compile(
    r"^[ \t]*[-–+•][ \t]*(?P<label>(?:(?:Đơn[ \t]+vị|Cơ[ \t]+quan)[ \t]+)?(?:chủ[ \t]+trì|phối[ \t]+hợp|thực[ \t]+hiện)"
    r"(?:[ \t]+thực[ \t]+hiện)?|Thời[ \t]+(?:gian|hạn)(?:[ \t]+(?:hoàn[ \t]+thành|thực[ \t]+hiện))?|Sản[ \t]+phẩm)"
    r"[ \t]*:[ \t]*(?P<value>\S.*?)[ \t]*\.?[ \t]*$",
    regex.V1 | regex.I,
)


def _field_items(lines: list[str]) -> list[tuple[int, int, str, str, list[tuple[str, str]]]]:
    """The labelled items: (first line, end line, marker, task, [(label, value)]) for each item line followed at once
    by at least one labelled field line."""
    found = []
    k = 0
    while k < len(lines):
        m = _FIELD_ITEM.match(lines[k])
        if m is None:
            k += 1
            continue
        fields: list[tuple[str, str]] = []
        j = k + 1
        while j < len(lines):
            f = _FIELD_LINE.match(lines[j])
            if f is None:
                break
            fields.append((f["label"][0].upper() + f["label"][1:], f["value"]))
            j += 1
        if fields:
            found.append((k, j, m["marker"], m["task"].strip(), fields))
            k = j
        else:
            k += 1
    return found


def _column_rank(label: str) -> int:
    """A task table's column for a field's label, in n001's order: who leads ("chủ trì", "thực hiện"), with whom
    ("phối hợp"), the product, the time."""
    folded = label.lower()
    for word, rank in (("chủ trì", 0), ("phối hợp", 2), ("thực hiện", 0), ("sản phẩm", 3), ("thời", 4)):
        if word in folded:
            return rank
    return 5


def _fields_to_rows(text: str, sep: str) -> str:
    """Each run of adjacent labelled items printed as a task table: a header row ("STT", "Nhiệm vụ" and the labels in
    the order first printed), then one row per item (its number, its task, its fields' values)."""
    lines = text.split("\n")
    items = _field_items(lines)
    if not items:
        return text
    runs: list[list[tuple[int, int, str, str, list[tuple[str, str]]]]] = []
    for item in items:
        if runs and runs[-1][-1][1] == item[0]:
            runs[-1].append(item)
        else:
            runs.append([item])
    out: list[str] = []
    at = 0
    for run in runs:
        out.extend(lines[at : run[0][0]])
        # one column per field: "Đơn vị chủ trì thực hiện" and "Đơn vị thực hiện" (n006 prints both) both name who
        # leads, so they share the column headed by the label printed first; columns in n001's order
        headers: dict[int, str] = {}
        for *_, fields in run:
            for label, _ in fields:
                headers.setdefault(_column_rank(label), label)
        ranks = sorted(headers)
        out.append(sep.join(["STT", "Nhiệm vụ", *(headers[r] for r in ranks)]))
        for _, _, marker, task, fields in run:
            values: dict[int, str] = {}
            for label, value in fields:
                values.setdefault(_column_rank(label), value)
            out.append(sep.join([regex.sub(r"[().]", "", marker), task, *(values.get(r, "") for r in ranks)]).rstrip())
        at = run[-1][1]
    out.extend(lines[at:])
    return "\n".join(out)


def fields_to_table(text: str) -> str:
    """Labelled items printed as a tab-separated task table, the form of n001's appendix (as a Word table's text):
    "(2) Sao lưu, duy trì … / - Đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh. / - Đơn vị phối hợp: Các sở, ban, ngành;
    … / - Thời gian hoàn thành: Trong tháng 8/2025." (n006) → "STT⇥Nhiệm vụ⇥Đơn vị chủ trì thực hiện⇥Đơn vị phối
    hợp⇥Thời gian hoàn thành" / "2⇥Sao lưu, duy trì …⇥Văn phòng UBND tỉnh⇥Các sở, ban, ngành; …⇥Trong tháng 8/2025"."""
    return _fields_to_rows(text, "\t")


def fields_to_pipes(text: str) -> str:
    """The same as ``fields_to_table`` with " | " between the cells, as n001's appendix prints its table."""
    return _fields_to_rows(text, " | ")


def fields_paren(text: str) -> str:
    """Labelled items printed with their fields in parentheses after the duty, a common twin of the labelled form in
    UBND công văn ("… (Sở Nội vụ chủ trì; thời gian hoàn thành: trong tháng 8/2025)"): n006's "(2) Sao lưu, duy trì …
    nước. / - Đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh. / - Thời gian hoàn thành: Trong tháng 8/2025." → "(2)
    Sao lưu, duy trì … nước (đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh; thời gian hoàn thành: Trong tháng
    8/2025)."."""
    lines = text.split("\n")
    items = _field_items(lines)
    out: list[str] = []
    at = 0
    for first, end, _, _, fields in items:
        out.extend(lines[at:first])
        line = lines[first].rstrip()
        stop = "." if line.endswith(".") else ""
        body = line[: len(line) - len(stop)].rstrip(" ;,")
        inside = "; ".join(f"{label[0].lower() + label[1:]}: {value}" for label, value in fields)
        out.append(f"{body} ({inside}){stop or '.'}")
        at = end
    out.extend(lines[at:])
    return "\n".join(out)


def chair_paren(text: str) -> str:
    """Labelled items printed with who leads and who joins named in the parenthesis after the duty, the form UBND
    letters print beside "Giao X chủ trì, phối hợp với Y …" ("… (Sở Nội vụ chủ trì, Sở Tài chính phối hợp; thời gian
    hoàn thành: trong tháng 8/2025)"): n006's "(2) Sao lưu, duy trì … nước. / - Đơn vị chủ trì thực hiện: Văn phòng UBND
    tỉnh. / - Đơn vị phối hợp: Các sở, ban, ngành; UBND các xã, phường, đặc khu. / - Thời gian hoàn thành: Trong tháng
    8/2025." → "(2) Sao lưu, duy trì … nước (Văn phòng UBND tỉnh chủ trì; các sở, ban, ngành, UBND các xã, phường, đặc
    khu phối hợp; thời gian hoàn thành: Trong tháng 8/2025)." (an "Đơn vị thực hiện" value that names its own roles,
    "Sở Khoa học và Công nghệ chủ trì, phối hợp với …", is printed as it is)."""
    lines = text.split("\n")
    out: list[str] = []
    at = 0
    for first, end, _, _, fields in _field_items(lines):
        out.extend(lines[at:first])
        line = lines[first].rstrip()
        stop = "." if line.endswith(".") else ""
        body = line[: len(line) - len(stop)].rstrip(" ;,")
        parts = []
        for label, value in fields:
            rank = _column_rank(label)
            names = value.replace("; ", ", ")
            if rank == 0:
                parts.append(names if regex.search(r"chủ[ \t]+trì", value) else f"{names} chủ trì")
            elif rank == 2:
                parts.append(f"{names[0].lower() + names[1:] if names.startswith('Các ') else names} phối hợp")
            else:
                parts.append(f"{label[0].lower() + label[1:]}: {value}")
        out.append(f"{body} ({'; '.join(parts)}){stop or '.'}")
        at = end
    out.extend(lines[at:])
    return "\n".join(out)


def time_line(text: str) -> str:
    """A paragraph's last sentence that ends on its due date printed with the time as a labelled line of its own under
    it, the form of n006's items ("- Thời gian hoàn thành: Trong tháng 8/2025."): "- Các tỉnh, thành đoàn gửi báo cáo
    về Ban Tổ chức trước ngày 30/7/2023." → "- Các tỉnh, thành đoàn gửi báo cáo về Ban Tổ chức." / "+ Thời gian hoàn
    thành: Trước ngày 30/7/2023." (a "-" item's field is a "+" line, any other's a "-" line). Only an item that is
    that one sentence: a field times the whole item, so "… kiểm đếm …. Hoàn thành … trước ngày 20/5/2026." (n009) is
    left."""

    def rewrite(joined: str, m: regex.Match[str]) -> str:
        if m.start() > 0:
            return joined  # a field gives the whole item its time: only an item of one sentence keeps its meaning
        bullet = "+" if m["opener"].strip() in ("-", "–") else "-"
        time = m["time"][0].upper() + m["time"][1:]
        return f"{joined[: m.start()]}{m['opener']}{m['sentence']}.\n{bullet} Thời gian hoàn thành: {time}."

    return _last_timed_sentence(text, rewrite)


def time_line_bare(text: str) -> str:
    """``time_line`` with the label line unmarked, as NĐ 09/2019's report lists print "Thời hạn gửi báo cáo: …" under
    each report (i29-time, TIME_LABEL_LINE_OF_ITS_ITEM): "2. Các tỉnh, thành đoàn gửi báo cáo về Ban Tổ chức trước
    ngày 30/7/2023." → "2. Các tỉnh, thành đoàn gửi báo cáo về Ban Tổ chức." / "Thời hạn: Trước ngày 30/7/2023."."""

    def rewrite(joined: str, m: regex.Match[str]) -> str:
        if m.start() > 0:
            return joined  # as ``time_line``: only an item of one sentence keeps its meaning
        time = m["time"][0].upper() + m["time"][1:]
        return f"{joined[: m.start()]}{m['opener']}{m['sentence']}.\nThời hạn: {time}."

    return _last_timed_sentence(text, rewrite)
# --- i29-quota: a quota's bound, as the language prints it ------------------------------------------------------------
# A bound word before a count (digits; a share's "%" may follow): "ít nhất 03", "Tối thiểu 98%", "không quá 05". Not
# "tối đa không quá" (a doubled cap: c125), whose words stay.
_BOUND_BEFORE_COUNT = regex.compile(
    r"(?<!\p{L})(?P<word>[Íí]t[ \t]+nhất|[Tt]ối[ \t]+thiểu|[Tt]ối[ \t]+đa(?![ \t]+không)|(?<!(?i:đa)[ \t]+)[Kk]hông[ \t]+quá)"
    r"(?P<gap>[ \t]+)(?=\d)",
    regex.V1,
)
_BOUND_PARTNER = {"ít nhất": "tối thiểu", "tối thiểu": "ít nhất", "tối đa": "không quá", "không quá": "tối đa"}
_BOUND_FORMAL = {"ít nhất": "không ít hơn", "tối thiểu": "không ít hơn", "tối đa": "không vượt quá", "không quá": "không vượt quá"}


def _rebound(text: str, words: dict[str, str]) -> str:
    def swap(m: regex.Match[str]) -> str:
        new = words[" ".join(m["word"].lower().split())]
        return (new[0].upper() + new[1:] if m["word"][0].isupper() else new) + m["gap"]

    return _BOUND_BEFORE_COUNT.sub(swap, text)


def bound_swap(text: str) -> str:
    """A bound printed by its partner: "ít nhất 03 mô hình" ↔ "tối thiểu 03 mô hình", "tối đa 5 đội" ↔ "không quá 5 đội"."""
    return _rebound(text, _BOUND_PARTNER)


def bound_formal(text: str) -> str:
    """A bound printed as a comparison: "ít nhất 03" → "không ít hơn 03", "không quá 05" → "không vượt quá 05"."""
    return _rebound(text, _BOUND_FORMAL)


# "ít nhất N X" with a short noun (one to three words, then punctuation, a quote or the line's end), or "ít nhất N%".
_AT_LEAST_COUNT = regex.compile(
    r"(?<!\p{L})(?P<word>[Íí]t[ \t]+nhất|[Tt]ối[ \t]+thiểu)[ \t]+"
    r"(?P<count>\d[\d.]*(?:[ \t]?%|(?:[ \t]+\p{L}+){1,3}(?=[ \t]*(?:[,.;:()“”\"]|$))))",
    regex.V1 | regex.M,
)


def at_least_after(text: str) -> str:
    """A lower bound printed after the counted noun: "ít nhất 03 mô hình." → "từ 03 mô hình trở lên.", "Tối thiểu 98%
    hồ sơ" → "Từ 98% trở lên hồ sơ"."""

    def rewrite(m: regex.Match[str]) -> str:
        return ("Từ " if m["word"][0].isupper() else "từ ") + m["count"] + " trở lên"

    return _AT_LEAST_COUNT.sub(rewrite, text)
# --- session 34: a web page's copy of a letter (the probes' qj09, qm04, qg03, qg04, qg07) ----------------------------
# The date's line: a place and "ngày … tháng … năm YYYY" (a place with a dot, "TP. Hồ Chí Minh", too).
_WEB_DATE_LINE = regex.compile(r"^[ \t]*\p{Lu}[\p{L}. \-]{1,40},[ \t]*ngày[^\n]{1,20}tháng[^\n]{1,20}năm[ \t]+\d{4}[ \t]*$", regex.V1)
_WEB_ADDRESS = regex.compile(r"^[ \t]*Kính[ \t]+gửi\b", regex.V1)
_WEB_KT = regex.compile(r"^[ \t]*(?P<mark>KT|TM|TL)\.[ \t]+(?P<head>\p{Lu}[\p{Lu} ,]+)$", regex.V1)
_WEB_CAPS_LINE = regex.compile(r"^[ \t]*\p{Lu}[\p{Lu} ]+$", regex.V1)
_WEB_NAME_LINE = regex.compile(r"^[ \t]*(?:\p{Lu}\p{Ll}+[ \t]+){1,4}\p{Lu}\p{Ll}+[ \t]*$", regex.V1)


def web_letter(text: str) -> str:
    """A letter as a legal web page copies it (DATE_THEN_ADDRESS, AUTHORITY_MARK_ALONE; five probe letters of
    ministries): the "Kính gửi" line printed on the date's line after its year ("Hà Nội, ngày 05 tháng 04 năm 2019
    Kính gửi: Bộ Kế hoạch và Đầu tư."), and the signer's block with the authority's mark alone on its line and the
    head, the position and the name on the next ("KT." / "TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh"). A text
    with neither is left as it is."""
    lines = text.split("\n")
    for k, line in enumerate(lines[:HEADER_SCAN_LINES]):
        if _WEB_DATE_LINE.match(line):
            j = next((j for j in range(k + 1, min(len(lines), k + 4)) if lines[j].strip()), None)
            if j is not None and _WEB_ADDRESS.match(lines[j]):
                lines[k] = line.rstrip() + " " + lines[j].strip()
                del lines[k + 1 : j + 1]
            break
    for k in range(len(lines) - 1, -1, -1):
        m = _WEB_KT.match(lines[k])
        if m is None:
            continue
        below = [j for j in range(k + 1, min(len(lines), k + 6)) if lines[j].strip()]
        if len(below) >= 2 and _WEB_CAPS_LINE.match(lines[below[0]]) and _WEB_NAME_LINE.match(lines[below[1]]):
            joined = f"{m['head'].strip()} {lines[below[0]].strip()} {lines[below[1]].strip()}"
            lines[k : below[1] + 1] = [f"{m['mark']}.", joined]
        break
    return "\n".join(lines)


def run_in(text: str) -> str:
    """The whole text run into one line, as a web page or a PDF viewer's copy gives it when its line breaks are
    lost (w038): every run of line breaks, tabs and spaces becomes one space ("… Hạnh phúc\nSố: 12/UBND" → "…
    Hạnh phúc Số: 12/UBND"). Tables lose their rows with it, so their items may change (``MAY_CHANGE``)."""
    return regex.sub(r"[ \t]*[\r\n\f]+[ \t\r\n\f]*", " ", text).strip() + "\n"


# --- i29-cols: a header whose two columns are copied right column first ------------------------------------------------
# NĐ 30 (Phụ lục I, boxes 1-2 / 3-4) and HD 36 print the header as two columns: left the issuer, "Số: …", "V/v …"; right
# the motto, its subtitle and "<place>, ngày … tháng … năm …". The fragments of the right column, as the dev texts
# print them (OCR'd copies' accents tolerated: "CỌNG HÒA XÃ HỌI", "Độc lập —- Tự do", "Lâm Đông, ngày 0‹¡ tháng").
_COL_MOTTO = (
    r"C\p{Lu}NG[ \t]+H\p{Lu}{1,2}[ \t]+X\p{Lu}[ \t]+H\p{Lu}I[ \t]+CH\p{Lu}[ \t]+NGH\p{Lu}A[ \t]+VI\p{Lu}T[ \t]*NAM"
    r"|Đ\p{Lu}NG[ \t]+C\p{Lu}NG[ \t]+S\p{Lu}N[ \t]+VI\p{Lu}T[ \t]+NAM|ĐOÀN[ \t]+TNCS[ \t]+H\p{Lu}[ \t]+CH\p{Lu}[ \t]+MINH"
)
_COL_SUBTITLE = r"Đ\p{L}c[ \t]+l\p{L}p[ \t]*[-–—]+[ \t]*T\p{L}[ \t]+do[ \t]*[-–—]+[ \t]*H\p{L}nh[ \t]+ph\p{L}c"
# The place (one to five capitalised words, "TP." or "Thành phố" before them) and the date to the line's end.
_COL_PLACE_DATE = (
    r"(?:(?:TP\.|Tp\.|Thành[ \t]+phố)[ \t]*)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,4},?[ \t]*ng[àa]y(?!\p{L}[ \t]+\d{1,2}/)"
    r"[^\n]{0,20}?th[áa]ng[^\n]{0,20}?n[ăa]m[^\n]{0,12}$"
)
_RIGHT_FRAGMENT = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}/\-.])(?:(?P<motto>{_COL_MOTTO})|(?P<subtitle>{_COL_SUBTITLE})|(?P<date>{_COL_PLACE_DATE}))[^\n]*$",
    regex.V1,
)
# Where the header ends: "Kính gửi", a type's title alone on its line, or a line of prose (a lowercase word after the
# first three words and more than 90 characters).
_HEADER_STOP = regex.compile(
    r"^[ \t|]*(?:Kính[ \t]+gửi|(?:KẾ[ \t]+HOẠCH|QUYẾT[ \t]+ĐỊNH|THÔNG[ \t]+BÁO|CÔNG[ \t]+ĐIỆN|CHỈ[ \t]+THỊ|HƯỚNG[ \t]+DẪN|"
    r"BÁO[ \t]+CÁO|TỜ[ \t]+TRÌNH|CHƯƠNG[ \t]+TRÌNH|ĐỀ[ \t]+CƯƠNG|NGHỊ[ \t]+QUYẾT|QUY[ \t]+ĐỊNH|KẾT[ \t]+LUẬN)[ \t]*$"
    r"|(?:Căn[ \t]+cứ|Thực[ \t]+hiện|Triển[ \t]+khai)[ \t])",
    regex.V1,
)
_RULE_LINE = regex.compile(r"^[ \t]*[-–—_*=]{3,}[ \t]*$")
_STAMP_CLOCK = regex.compile(r"\d{1,2}:\d{2}:\d{2}")  # an e-signature box's time, its label misread ("Thời gia n ký: … 17:10:17", n057)
_ROW_SEPARATOR = regex.compile(r"[ \t|]+$")
HEADER_SCAN_LINES = 30  # the header's lines scanned at most
COLUMN_SKIPPED: list[str] = []  # the documents left unchanged, one entry per call (counted by ``main``)


def right_column_first(text: str) -> str:
    """The header's right column copied before its left one, as a PDF's text layer whose right text box was written
    first gives it (i29-cols): the motto, its subtitle and the place-and-date line moved above the issuer's lines,
    everything else in order. A row shared by both columns is split where the right column's fragment starts (at a
    tab, a " | ", a run of spaces or one space): "TỈNH LÂM ĐỒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (n001) gives
    "TỈNH LÂM ĐỒNG" in place and the motto on top; "Số: 542/TB-VPCP Hà Nội, ngày 03 tháng 12 năm 2024" (c142) keeps
    "Số: 542/TB-VPCP". A rule line under a moved motto or subtitle moves with it. Left unchanged (and counted in
    ``COLUMN_SKIPPED``): a header in a Markdown table's cells, one without a motto or a date line, or one whose right
    column already comes first."""
    lines = text.split("\n")
    if any(line.lstrip().startswith("|") and line.count("|") >= 3 for line in lines[:HEADER_SCAN_LINES]):
        COLUMN_SKIPPED.append("table")
        return text
    end = min(len(lines), HEADER_SCAN_LINES)
    for i, line in enumerate(lines[:end]):
        if _HEADER_STOP.match(line) or (len(line) > 90 and regex.search(r"^\S+[ \t]+\S+[ \t]+\S+[ \t]+\p{Ll}", line.strip())):
            end = i
            break
    moved: list[str] = []
    kept: list[tuple[int, str | None]] = []  # (original index, the line left in place or None when it went whole)
    seen: set[str] = set()
    moved_at: list[int] = []
    last_moved_whole = False
    for i, line in enumerate(lines[:end]):
        m = _RIGHT_FRAGMENT.search(line)
        kind = next((k for k in ("motto", "subtitle", "date") if m and m[k]), None)
        if m is not None and kind is not None and kind not in seen:
            if kind != "date" and line[m.end(kind):].strip(" \t|"):
                COLUMN_SKIPPED.append("run-on row")  # the left column's text goes on after the motto (w038)
                return text
            seen.add(kind)
            left = _ROW_SEPARATOR.sub("", line[: m.start()])
            moved.append(line[m.start():].rstrip())
            moved_at.append(i)
            whole = not left.strip()
            kept.append((i, None if whole else left))
            last_moved_whole = whole and kind != "date"
            continue
        if last_moved_whole and _RULE_LINE.match(line):
            moved.append(line.strip())
            kept.append((i, None))
            continue
        last_moved_whole = False
        kept.append((i, line))
    if "motto" not in seen and ("subtitle" not in seen or "date" not in seen):
        COLUMN_SKIPPED.append("no right column")
        return text
    # The issuer's first line: the header's first line in capitals (no lowercase letter, three letters or more) left in
    # place, after an e-signature box ("TRUNG TÂM CÔNG / BÁO VÀ TIN HỌC / ttcbth@… / 06.11.2024 09:27:05", n035).
    stamp_end = max(
        (i + 1 for i, line in enumerate(lines[:end]) if any(r.search(line) for r in ESIGN_RES) or _STAMP_CLOCK.search(line)),
        default=0,
    )
    first = next(
        (k for k, (idx, line) in enumerate(kept)
         if line is not None and idx >= stamp_end and not regex.search(r"\p{Ll}", line) and len(regex.findall(r"\p{Lu}", line)) >= 3),
        None,
    )
    if first is None or all(idx < kept[first][0] for idx in moved_at):
        COLUMN_SKIPPED.append("right column first already")
        return text
    out = [line for _, line in kept[:first] if line is not None] + moved
    out += [line for _, line in kept[first:] if line is not None]
    return "\n".join(out + lines[end:])


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "no_blank": no_blank,
    "wrap60": wrap60,
    "wrap80": wrap80,
    "letter_dot": letter_dot,
    "letter_dash": letter_dash,
    "tone_old": tone_old,
    "tone_new": tone_new,
    "space_punct": space_punct,
    "table_seps": table_seps,
    "table_cells": table_cells,
    "table_cells_dense": table_cells_dense,
    "table_cells_wrapped": table_cells_wrapped,
    "table_cells_side_by_side": table_cells_side_by_side,
    "web_letter": web_letter,
    "page_numbers": page_numbers,
    "bullet_glyphs": bullet_glyphs,
    "bullet_symbols": bullet_symbols,
    "roman_dash": roman_dash,
    "decimal_slash": decimal_slash,
    "date_dashes": date_dashes,
    "date_dots": date_dots,
    "straight_quotes": straight_quotes,
    "closing_side_by_side": closing_side_by_side,
    "addressees_inline": addressees_inline,
    "date_words": date_words,
    "date_figures": date_figures,
    "due_cue": due_cue,
    "time_first": time_first,
    "frame_time_first": frame_time_first,
    "scope_first": scope_first,
    "item_semicolons": item_semicolons,
    "late_cue": late_cue,
    "deadline_label": deadline_label,
    "ask_swap": ask_swap,
    "clock_time": clock_time,
    "clock_weekday": clock_weekday,
    "period_hour": period_hour,
    "ocr_time": ocr_time,
    "ask_polite": ask_polite,
    "assign_drop": assign_drop,
    "assign_add": assign_add,
    "duty_noun": duty_noun,
    "duty_assigned": duty_assigned,
    "deliver_swap": deliver_swap,
    "copula_inline": copula_inline,
    "copula_restated": copula_restated,
    "date_pair": date_pair,
    "table_to_fields": table_to_fields,
    "fields_to_table": fields_to_table,
    "fields_to_pipes": fields_to_pipes,
    "fields_paren": fields_paren,
    "chair_paren": chair_paren,
    "time_line": time_line,
    "time_line_bare": time_line_bare,
    "bound_swap": bound_swap,
    "bound_formal": bound_formal,
    "at_least_after": at_least_after,
    "run_in": run_in,
    "clock_first": clock_first,
    "function_lead": function_lead,
    "right_column_first": right_column_first,
    "row_span": row_span,
    "address_next_line": address_next_line,
    "subject_caps": subject_caps,
    "signer_glued": signer_glued,
    "dash_lost": dash_lost,
}
# Stacked variants (``--stack K``): a copy nobody tuned for differs from the corpus's in several ways at
# once, so each document is also rewritten by K transformations drawn for it (seeded by its id and the
# round), applied in the order drawn. Left out of the draw: ``ocr_time`` (a typed copy is not OCR'd)
# and the second of each pair that undoes the other (``tone_new``, ``date_figures``, ``fields_to_table``,
# ``fields_to_pipes``: their partners stand for the pair).
# ``table_cells``, ``table_cells_dense`` (session 25) are left out too, so that the stacked draws of the other transformations stay as before.
# ``bound_swap``, ``bound_formal``, ``at_least_after``, ``run_in``, ``frame_time_first``, ``scope_first``, ``clock_first``,
# ``function_lead`` (session 29) likewise.
STACK_LEFT_OUT: frozenset[str] = frozenset(
    {"ocr_time", "tone_new", "date_figures", "fields_to_table", "fields_to_pipes", "table_cells", "table_cells_dense", "table_cells_wrapped", "table_cells_side_by_side", "web_letter", "page_numbers", "bullet_glyphs", "bullet_symbols", "roman_dash", "decimal_slash", "date_dashes", "date_dots", "straight_quotes", "closing_side_by_side", "addressees_inline",
     "bound_swap", "bound_formal", "at_least_after", "run_in", "frame_time_first", "scope_first", "clock_first",
     "function_lead", "right_column_first", "row_span", "dash_lost"}
)


def stacked(doc_id: str, k: int, round_: int) -> tuple[list[str], Callable[[str], str]]:
    """The K transformations drawn for ``doc_id`` in ``round_``, and their composition."""
    pool = sorted(n for n in TRANSFORMS if n not in STACK_LEFT_OUT)
    drawn = random.Random(f"{doc_id}|{k}|{round_}").sample(pool, k)

    def apply(text: str) -> str:
        for name in drawn:
            text = TRANSFORMS[name](text)
        return text

    return drawn, apply


# Fields whose gold a transformation can change even at the lenient level (read them with care).
MAY_CHANGE: dict[str, tuple[str, ...]] = {
    "letter_dot": ("report_outline",),
    "letter_dash": ("report_outline",),
    "run_in": ("report_outline",),
    # the gold keeps the dashes the copy lost ("2021 - 2025", "NĐ-CP", "Hải - Ủy viên …")
    "dash_lost": ("subject", "legal_references", "report_outline", "distribution", "quotas"),
}

# --- scoring ------------------------------------------------------------------------------------


@dataclasses.dataclass
class Run:
    """One document's scores on one text (the untransformed one or a variant)."""

    scores: KindScores
    error: str | None = None


def _figures(runs: list[Run]) -> dict[str, float]:
    """Lenient F1 (lists) or accuracy (register fields) summed over documents."""
    total = KindScores("text")
    for run in runs:
        for name in SCORED_LISTS:
            total.lists[LEVEL][name] += run.scores.lists[LEVEL][name]
        for name in REGISTER_FIELDS:
            a, b = total.register[LEVEL][name], run.scores.register[LEVEL][name]
            a.correct += b.correct
            a.total += b.total
    out = {name: total.lists[LEVEL][name].fscore for name in SCORED_LISTS}
    out.update({name: total.register[LEVEL][name].accuracy for name in REGISTER_FIELDS})
    return out


def _tp(run: Run, name: str) -> tuple[int, int, int]:
    """(tp, fp, fn) of a list field, or (right, wrong, 0) of a register field, at the lenient level."""
    if name in REGISTER_FIELDS:
        acc = run.scores.register[LEVEL][name]
        return acc.correct, acc.total - acc.correct, 0
    prf = run.scores.lists[LEVEL][name]
    return prf.tp, prf.fp, prf.fn


def score_text(doc_id: str, path: Path, text: str | None, gold: dict[str, Any]) -> Run:
    """Parse ``text`` (None: the file as it is) as the text of ``path`` and score it against ``gold``."""
    scores = KindScores("text")
    scores.documents.append(doc_id)
    try:
        source = load_path(path, ocr=False)
        if text is not None:
            source = dataclasses.replace(source, text=text)
        predicted = parse_source(source).model_dump(mode="json")
        error = None
    except DirectiveParserError as exc:
        predicted, error = {}, exc.message
    score_document(doc_id, "text", predicted, gold, scores)
    return Run(scores, error)


def dev_texts(corpus: Path, annotations: Path) -> tuple[dict[str, Path], dict[str, dict[str, Any]]]:
    """The dev documents with a text copy and annotated obligations: id → path, id → gold (JSON-ready)."""
    gold = load_annotations(annotations)
    paths, golds = {}, {}
    for doc_id, record in sorted(gold.items()):
        path = corpus / f"{doc_id}.txt"
        if record.source.get("split", "dev") != "dev" or not path.exists():
            continue
        if LATE_KEYS & set(record.source.get("unannotated", [])):
            continue
        paths[doc_id] = path
        golds[doc_id] = record.model_dump(mode="json")
    return paths, golds


def check_set(ids: list[str]) -> set[str]:
    """The fixed check set: ``CHECK_SHARE`` of the dev ids, drawn with ``CHECK_SEED``."""
    return set(random.Random(CHECK_SEED).sample(sorted(ids), round(len(ids) * CHECK_SHARE)))


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, run the transformations, print (and write) the figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="corpus")
    ap.add_argument("--annotations", default="annotations")
    ap.add_argument("--only", help="comma-separated transformations (default: all)")
    ap.add_argument("--docs", help="comma-separated dev ids (default: all dev texts)")
    ap.add_argument("--set", choices=("tune", "check", "all"), default="all", dest="which")
    ap.add_argument("--losses", type=int, default=10, help="documents listed per transformation")
    ap.add_argument("--loss-fields", help=f"comma-separated fields the losses are counted on (default: {','.join(LOSS_FIELDS)})")
    ap.add_argument("--show", nargs=2, metavar=("ID", "TRANSFORM"), help="print one dev variant's text and stop")
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument("--stack", type=int, default=0, metavar="K",
                    help="instead of one transformation at a time: K drawn per document and applied together")
    ap.add_argument("--rounds", type=int, default=3, help="with --stack: how many draws (each a variant of its own)")
    args = ap.parse_args(argv)
    names = args.only.split(",") if args.only else list(TRANSFORMS)
    if args.stack:
        names = [f"stack{args.stack}#{r}" for r in range(args.rounds)]
    loss_fields = tuple(args.loss_fields.split(",")) if args.loss_fields else LOSS_FIELDS
    unknown = [n for n in names if n not in TRANSFORMS and not args.stack]
    if unknown:
        ap.error(f"unknown transformation(s) {unknown}; valid: {sorted(TRANSFORMS)}")
    paths, golds = dev_texts(Path(args.corpus), Path(args.annotations))
    if args.show:
        doc_id, name = args.show
        if doc_id not in paths or name not in TRANSFORMS:
            ap.error(f"--show needs a dev id with a text and one of {sorted(TRANSFORMS)}")
        print(TRANSFORMS[name](load_path(paths[doc_id], ocr=False).text))
        return 0
    check = check_set(list(paths))
    ids = args.docs.split(",") if args.docs else sorted(paths)
    ids = [i for i in ids if i in paths and (args.which == "all" or (i in check) == (args.which == "check"))]
    clock = time.perf_counter()
    base = {i: score_text(i, paths[i], None, golds[i]) for i in ids}
    result: dict[str, Any] = {"documents": ids, "check": sorted(check & set(ids)), "transforms": {}}
    for name in names:
        variant = {}
        drawn: dict[str, list[str]] = {}
        COLUMN_SKIPPED.clear()
        for i in ids:
            original = load_path(paths[i], ocr=False).text
            if args.stack:
                drawn[i], rewrite = stacked(i, args.stack, int(name.split("#")[1]))
            else:
                rewrite = TRANSFORMS[name]
            changed = rewrite(original)
            variant[i] = base[i] if changed == original else score_text(i, paths[i], changed, golds[i])
        sets = {"tune": [i for i in ids if i not in check], "check": [i for i in ids if i in check]}
        print(f"\n== {name}  ({len(ids)} dev texts; {sum(1 for i in ids if variant[i] is not base[i])} changed)"
              + (f"  [gold may differ: {', '.join(MAY_CHANGE[name])}]" if name in MAY_CHANGE else ""))
        print(f"{'field':28} " + "  ".join(f"{s + ' before':>12} {s + ' after':>12}" for s in sets))
        figures: dict[str, Any] = {}
        for field in SHOWN_FIELDS:
            row = []
            for s, members in sets.items():
                before = _figures([base[i] for i in members]).get(field, 0.0)
                after = _figures([variant[i] for i in members]).get(field, 0.0)
                figures.setdefault(field, {})[s] = [round(before, 4), round(after, 4)]
                mark = "  " if abs(after - before) < 0.0005 else ("↓ " if after < before else "↑ ")
                row.append(f"{before:12.3f} {mark}{after:10.3f}")
            print(f"{field:28} " + "  ".join(row))
        if COLUMN_SKIPPED:
            print("left unchanged (right_column_first): "
                  + ", ".join(f"{why} {COLUMN_SKIPPED.count(why)}" for why in sorted(set(COLUMN_SKIPPED))))
        losses = []
        for i in ids:
            drop = sum(_tp(base[i], f)[0] - _tp(variant[i], f)[0] for f in loss_fields)
            extra = sum(_tp(variant[i], f)[1] - _tp(base[i], f)[1] for f in loss_fields)
            if drop > 0 or extra > 0:
                losses.append((drop, extra, i))
        losses.sort(reverse=True)
        gains = sum(1 for i in ids if sum(_tp(variant[i], f)[0] - _tp(base[i], f)[0] for f in loss_fields) > 0)
        print(f"documents losing matches on {', '.join(loss_fields)}: {sum(1 for d, _, _ in losses if d > 0)} "
              f"(gaining: {gains}); most lost (matches lost, extra items, id, set):")
        for drop, extra, i in losses[: args.losses]:
            per = ", ".join(f"{f} {_tp(base[i], f)[0]}→{_tp(variant[i], f)[0]}" for f in loss_fields)
            print(f"  {drop:3d} {extra:+3d}  {i}  {'check' if i in check else 'tune '}  {per}"
                  + (f"  (error: {variant[i].error})" if variant[i].error else "")
                  + (f"  [{' + '.join(drawn[i])}]" if i in drawn else ""))
        result["transforms"][name] = {"figures": figures, "losses": [{"id": i, "lost": d, "extra": e} for d, e, i in losses]}
        if drawn:
            result["transforms"][name]["drawn"] = drawn
    print(f"\n{time.perf_counter() - clock:.0f} s")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
