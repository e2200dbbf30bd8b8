"""The document's structure, built once after normalisation and read by every extractor.

A directive is prose in a fixed frame (NĐ 30/2020 Phụ lục I; HD 36-HD/VPTW): parts numbered
"I.", "II.", items "1.", "1.1.", "a)", bullets "-" and "+", headings that name who the items
under them fall on ("Đối với các xã:", "2. Sở Nội vụ:"), a "Tổ chức thực hiện" part where a plan
assigns its work, and task tables ("Nhiệm vụ | Thời gian | Chủ trì | Phối hợp"). This module reads
that frame once:

* ``Line``: each line with its list marker and level, whether it is printed in capitals, its
  indent, and its cells when it is a table row;
* ``Block``: paragraphs and list items (a wrapped line continues its paragraph);
* the section tree: each block's parent is the nearest block above it of a higher level, so
  ``Structure.headings(i)`` gives the headings an item stands under, and ``section_kind`` says
  whether a place lies in the aims, the content or the implementation part;
* ``Table``: consecutive table rows ("a | b | c" or tab-separated), with the role of each column
  read from its header cell (``data/structure.toml``);
* ``Sentence``: one splitter for every extractor.

The marker grammar is one set of named fragments (below); extractors never write their own.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import regex
from pydantic import BaseModel

from . import patterns as P
from . import run_in
from .layout import Layout
from .layout import split as layout_split
from .legacy import is_syllable
from .normalize import fold
from .patterns import ROMAN, ROMAN_MARKER
from .source import Text
from .values import is_caps
from .vocabulary import alternation, bundled, duties, vocabulary

# ============================================================================================
# List markers: one grammar for "I.", "1.", "1.1.", "a)", "-", "+", "Điều 2."
# ============================================================================================
# More specific alternatives come first. Every marker is followed by white space, so "15.7.2023"
# or "3.5%" inside a sentence never reads as a marker; markers are matched at a line's start only.
#
# The pieces of a marker, without groups, so that any pattern can compose them (the sentence
# splitter's "a list item starts on the next line", an extractor's "skip the item's number"):
# The number of an item: "2", "12".
NUMBER = r"\d{1,2}"
# A nested decimal number: "2.1", "3.1.2" (up to four levels).
NESTED = rf"{NUMBER}(?:\.{NUMBER}){{1,3}}"
# The letter of a lettered item: "a", "đ".
LETTER = r"[a-zđ]"
# A number in parentheses: "(1)".
PAREN_NUMBER = rf"\({NUMBER}\)"
# Words that number a part or a step: "Điều 2", "Khoản 1", "Mục II", "Phần I", "Bước 3".
NUMBERED_WORDS = r"(?:Điều|Khoản|Mục|Phần|Bước)"
# The characters that print a bullet ("-", "–", "—", "•", "*", "✓"), and "+" for a sub-bullet.
BULLET = r"[-–—•*✓]"
BULLET_CHARS = r"\-–—•*✓+"

# An ordinal in words: "nhất", "hai", "ba", "tư" … "mười" ("Phần thứ nhất", "PHẦN THỨ HAI").
ORDINAL_WORD = r"(?i:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"

# The markers, each a named group (``Line.marker`` is the group's name):
# A part of a long report or plan, above its Roman parts: "Phần thứ nhất", "PHẦN THỨ HAI",
# "Phần I"; its title is often on the next line ("Phần thứ nhất\nTÌNH HÌNH, KẾT QUẢ …").
PART_MARKER = rf"(?P<part>(?:Phần|PHẦN)\s+(?:(?:thứ|THỨ)\s+{ORDINAL_WORD}|{ROMAN}|{NUMBER}))"
# A part in Roman numerals, ROMAN_MARKER (patterns.py): "I. MỤC ĐÍCH, YÊU CẦU", "IV. TỔ CHỨC THỰC HIỆN"; Party
# documents also print "I- HƯỚNG DẪN CHUNG", "II - NỘI DUNG" (a dash with white space after it, so "V-X" is none).
# An article of a decision: "Điều 1.", "Điều 2:".
ARTICLE_MARKER = r"(?P<article>Điều\s+\d{1,3})[.:]?"
# A nested decimal item: "2.1.", "2.1", "3.1.2." (the trailing period is optional when nested).
NESTED_MARKER = rf"(?P<nested>{NESTED})\.?"
# A decimal item: "1.", "2)"; OCR reads the period of a heading as a comma: "7, Các Bộ, cơ quan ngang
# Bộ, cơ quan thuộc Chính phủ và các địa phương:" (c150), "3, Về đề nghị của tỉnh Lạng Sơn …" (c160).
DECIMAL_MARKER = rf"(?P<decimal>{NUMBER})(?:[.)]|,(?=[ \t]+(?-i:\p{{Lu}})))"
# A number in parentheses: "(1)", "(2)" (items under "1." in state plans).
PAREN_MARKER = rf"(?P<paren>{PAREN_NUMBER})\.?"  # "(1).": OCR'd and typed notices add a period
# A lettered item: "a)", "b.", "đ)".
LETTER_MARKER = rf"(?P<letter>{LETTER})[).]"
# A step of a procedure: "Bước 1:", "Bước 2." (OCR'd plans: "— Bước 1: Phòng Đào tạo cung cấp …").
STEP_MARKER = rf"(?P<step>Bước\s+{NUMBER})\s*[:.]"
# A bullet: "-", "–", "—", "•", "*", "✓"; a sub-bullet: "+".
BULLET_MARKER = rf"(?P<bullet>{BULLET})"
# UNSPACED_DASH: a plan's item printed with no space after its dash opens an item like "- ": "-Về cải cách thủ tục hành
# chính: Quảng Ninh thuộc nhóm …" (dev c158), a school plan's "-Mỗi chi đội cử …" (the unseen probe's pf11). Only a dash
# right before a capitalised word (a capital, then a lower-case letter): not a range's "-2030", not a hyphen inside a
# word ("COVID-19"), not a copied table's initials ("-BGH", "-CBGV": a cell, no item).
TIGHT_DASH = r"[-–](?=(?-i:\p{Lu})(?-i:\p{Ll}))"
TIGHT_DASH_MARKER = rf"(?P<tight>{TIGHT_DASH})"
# BARE_ROMAN: a part's Roman numeral printed with no "." or "-" after it, before its heading: "II MỘT SỐ TỒN TẠI, HẠN
# CHẾ VÀ NGUYÊN NHÂN" (dev c159), a school plan's "II HÌNH THỨC THỰC HIỆN" / "III Thời gian thực hiện" (the unseen
# probe's pf09). A numeral of two letters or more before a capitalised word, or any numeral before a word in capitals:
# not a lone "I" / "V" before a capitalised word (a scan's bar read as "I"), not "XV" in lower-case prose.
BARE_ROMAN = r"(?:(?-i:[IVX]{2,4})(?=[ \t]+(?-i:\p{Lu}))|(?-i:[IVX])(?=[ \t]+(?-i:\p{Lu}){2,}(?!(?-i:\p{Ll}))))"
BARE_ROMAN_MARKER = rf"(?P<bare>{BARE_ROMAN})"
SUB_BULLET_MARKER = r"(?P<plus>\+)"

# The fragments every extractor uses to skip an item's opening (never a copy of its own):
# white space and bullets before an item's text: "  - ", "— ", "+ "
LEADER = rf"[\s{BULLET_CHARS}]*"
# LETTER_DOT_OPENS: a lettered item printed "b." rather than "b)" ("b. Trước khi tiến hành kiểm tra: Sở Nội vụ
# có văn bản …", n002 typed with periods) opens an item like "b)" when a capital follows; "b." before a lower-case
# word is prose (an abbreviation), never an item; the letter is lower case even under a pattern that ignores case
# ("B. PHÂN BỔ CHỈ TIÊU", c121's part B, is no lettered item).
LETTER_DOT = rf"(?-i:{LETTER})\.(?=[ \t]+(?-i:\p{{Lu}}))"
# any numbered opener: "1.", "2.1.", "IV.", "a)", "b. Xxx", "(1)", "Điều 2.", "Bước 3:"
ITEM_NUMBER = rf"(?:{NUMBERED_WORDS}\s+(?:\d{{1,3}}|{ROMAN})\s*[.:]?|{PAREN_NUMBER}\.?|(?:{NESTED}|{NUMBER}|{ROMAN})[.)]|{LETTER}\)|{LETTER_DOT})"
# What opens a list item on a new line, for the sentence splitter (the next line starts an item):
# "2. ", "2.1. ", "a) ", "b. X", "- ", "+ ", "IV. ", "(1) ".
ITEM_OPENER = rf"(?:(?:(?:{NESTED}|{NUMBER})[.)]|{LETTER}\)|{LETTER_DOT}|[{BULLET_CHARS}]|{ROMAN}\.|{PAREN_NUMBER}\.?)\s|{TIGHT_DASH}|{BARE_ROMAN})"

# YEAR_RANGE_WRAPPED: a range of years cut by a line break before its dash is no bullet: "… Quy hoạch tỉnh Quảng
# Ninh thời kỳ 2021" / "- 2030, tầm nhìn đến năm 2050 …" (c158 printed at 60 columns). Matched at a line's start,
# right after the line break. Counter-example: "… theo quy định." / "- 100% văn bản …" (a bullet).
YEAR_RANGE_TAIL = r"(?<=(?<!\d)(?:19|20)\d\d[ \t]*\n)[ \t]*[-–][ \t]*(?:19|20)\d\d(?!\d)"
YEAR_RANGE_TAIL_RE = regex.compile(YEAR_RANGE_TAIL, regex.V1)

# An OCR speck before a numbered marker ("_ 6. Chủ tịch …", "| 2. …"): skipped, the number kept.
OCR_SPECK = r"(?:[_|¬·‘'`]\s+(?=[\dIVXa-zđ(]))?"

MARKER_RE = regex.compile(
    rf"[ \t]*{OCR_SPECK}(?:(?:{ROMAN_MARKER}|{ARTICLE_MARKER}|{NESTED_MARKER}|{DECIMAL_MARKER}|{PAREN_MARKER}|{STEP_MARKER}|{LETTER_MARKER}"
    rf"|{BULLET_MARKER}|{SUB_BULLET_MARKER})(?=[ \t]+\S)[ \t]+"
    rf"|{TIGHT_DASH_MARKER}"  # UNSPACED_DASH: "-Mỗi chi đội cử …"
    rf"|{BARE_ROMAN_MARKER}[ \t]+"  # BARE_ROMAN: "III Thời gian thực hiện"
    # a part may stand alone on its line, or be followed by ":", "." or a dash and its title
    rf"|{PART_MARKER}(?!\p{{L}})[ \t]*(?:[:.\-–][ \t]*)?(?=\S|$))",
    regex.V1,
)

MarkerKind = Literal["part", "roman", "article", "nested", "decimal", "paren", "step", "letter", "bullet", "plus"]
# The level of each kind of marker: a smaller level holds the larger ones under it. A nested
# decimal's level is its depth ("2.1." → 2, "3.1.2." → 3).
MARKER_LEVELS: dict[str, int] = {"part": -1, "roman": 0, "article": 0, "decimal": 1, "paren": 4, "step": 4, "letter": 5, "bullet": 6, "plus": 7}
# A line in capitals without a marker ("TỔ CHỨC THỰC HIỆN") heads a part, like a Roman numeral.
CAPS_HEADING_LEVEL = 0

# A heading is short: a list item longer than this is an item with text, not a heading.
HEADING_MAX_CHARS = 200
# An article heading wrapped over lines is short; a longer one is a clause (see _is_heading_text).
HEADING_WRAPPED_MIN_LETTERS = 80
# ... except a title naming whose duties or powers the article sets (DUTIES_ARTICLE_TITLE).
DUTIES_TITLE_RE = regex.compile(r"(?:Trách\s+nhiệm|Nhiệm\s+vụ|Quyền\s+hạn)(?:\s+và\s+\p{L}+(?:\s+\p{L}+)?)?\s+của\s", regex.V1)

# ============================================================================================
# Tables flattened into text
# ============================================================================================

# A row of a table written as text: cells separated by " | " (DOCX tables, Markdown copies) or
# tabs. A line needs at least this many separators to be a row (two cells can be a header block's
# "issuer | motto" pair).
ROW_MIN_SEPARATORS = 2
PIPE_SEP_RE = regex.compile(r"[ \t]*\|[ \t]*")
TAB_SEP_RE = regex.compile(r"\t")  # one tab, one column break: "\t\t" holds an empty cell (EMPTY_CELL_KEPT)
# A row of column numbers under a table's header: "(1) | (2) | (3)", "1 | 2 | 3 | 4".
COLUMN_NUMBERS_RE = regex.compile(r"^\(?\d{1,2}\)?$")

# ============================================================================================
# Labelled fields of an item
# ============================================================================================
# A line that gives one attribute of the item above it, labelled with a task table's column words:
#   "- Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ."   (lead)
#   "- Thời gian hoàn thành: Trong tháng 8/2025."              (time)
#   "Thời gian: Ngày 15 - 16/5/2021"                           (time, under "2.2.1. Tổ chức …")
FIELD_RE = regex.compile(r"^[ \t]*(?:[-–—+•*][ \t]*)?(?P<label>[^:\n]{3,60}?)[ \t]*:[ \t]*(?P<value>\S.*?)[ \t.;]*$", regex.V1 | regex.S)
# A field's label is a short noun phrase ("Đơn vị chủ trì thực hiện"), not a clause.
FIELD_LABEL_MAX_WORDS = 7
FIELD_ROLES = ("lead", "time", "cooperate", "product")
# NUMBERED_FIELD_RECORD (session 34): one task printed as numbered items, each one of its fields, as a task table's row
# would give them: "1. Tên nhiệm vụ: Xây dựng Đề án …" / "2. Cơ quan chủ trì: Bộ Tư pháp." / "3. Cơ quan phối hợp: Các
# bộ, ngành." / "4. Kết quả: Quyết định của Thủ tướng …" / "5. Thời gian hoàn thành: Quý IV/2026." (the probe's qm03, a
# Government resolution adding a task to its programme). The run is one duty: its task field the action, its lead
# field who, its time field when (``deadlines.record_rows``); before, the time field's duty was the document's subject.
# At least this many fields, each of a known column (``column_role``) and each once, the task's among them and a lead
# or a time. Counter-examples: numbered items that state duties ("1. Rà soát …"), a report outline's "1. Kết quả:" /
# "2. Tồn tại:" (no task field), and the fields printed as bullets under an item (``item_fields``).
FIELD_RECORD_MIN_FIELDS = 3
# How far back (blocks) a field looks for the start of a wrapped item it belongs to.
OWNER_LOOKBACK_BLOCKS = 3
# FIELDS_IN_PARENTHESES: the fields printed inside a parenthesis that closes the item, "label: value" parts joined
# by ";": "(2) Sao lưu, duy trì … điều hành quản lý nhà nước (đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh; thời
# gian hoàn thành: Trong tháng 8/2025)." — the inline twin of n006's field lines (scripts/variants.py fields_paren).
# Every part must be a field of a known role (``column_role``), so an aside is never read as one: "(qua Phòng Cảnh
# sát QLHC về TTXH - Địa chỉ: Số 53 …)" (n006) and "(Tổ Công nghệ số cộng đồng, Hội phụ nữ, …)" are no fields.
# A value may hold a list cut by ";" ("đơn vị phối hợp: Các sở, ban, ngành; UBND các xã, phường, đặc khu") and an
# aside of its own ("… phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)"): a part with no
# label goes on with the value before it.
FIELDS_PAREN_RE = regex.compile(r"[ \t]*\((?P<inside>(?:[^()\n]|\([^()\n]*\)){3,800})\)[ \t]*[.;]?[ \t]*$", regex.V1)
# A part that names its body before its role, the way "Giao X chủ trì, phối hợp với Y" does: "(Sở Nội vụ chủ trì; Sở Tài
# chính phối hợp; thời gian hoàn thành: trong tháng 8/2025)", "(Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Khoa học
# và Công nghệ; …)" — the lead's value is the part whole (``lead_body`` keeps the body), the co-operating bodies' the
# names before "phối hợp". The name must open as a body's (``opens_with_a_body``): "(tổ chức thực hiện theo kế hoạch
# chủ trì)" is no field.
ROLE_PART_RE = regex.compile(r"^[ \t]*(?P<value>(?P<name>[^:;()]{3,200}?)[ \t]+(?P<role>chủ[ \t]+trì|phối[ \t]+hợp)(?:[ \t]*,[ \t]*phối[ \t]+hợp[^:;]*)?)[ \t]*$", regex.V1)
FIELD_PART_RE = regex.compile(r"^[ \t]*(?P<label>[^:;()]{3,60}?)[ \t]*:[ \t]*(?P<value>[^;]*?)[ \t]*$", regex.V1)

# ============================================================================================
# Sentences
# ============================================================================================
# A word that needs what follows it (a conjunction, a determiner, a preposition) ends no sentence, so a blank
# line after it (a page break of the copy) ends neither the sentence nor its paragraph: "5. Sở Thông tin và
# Truyền thông chủ động phối hợp Sở Nông nghiệp và" / "" / "Phát triển nông thôn (Cơ quan Thường trực về Phòng,
# chống thiên tai), Sở …" (n055). Counter-example: "… theo quy định." / "" / "Phát triển …" (a full stop ends it).
DANGLING_WORD = r"(?:và|hoặc|các|những|của|với|cho)"
# CLOSING_MARK_TAIL: the body's closing mark "./." (NĐ 30/2020 Phụ lục I: the text of a document ends with it) ends
# its sentence even when a scan glues the signature's stroke or a speck to it at the line's end: c151's scan "Điều 3.
# Chánh Văn phòng, … chịu trách nhiệm thi hành Quyết định này./AV/Z⁄" (its one duty was lost: the sentence ran on
# into "Nơi nhận:"), c155's "Quyết định này./.“", n048's "… thực hiện đúng quy định./.#~". Counter-example: a
# "./" inside a line ("… số 12./QĐ …" with words after it) is no closing mark.
# Where a sentence ends: ". " / "; " / "!" / "?" (a period between digits is part of a number
# or a date: "15.7.2023", "3.25"), a line break before a list marker ("\n2. ", "\na) ", "\n- "),
# a line break after a line ending in ".", ";" or ":" (not a ":" whose next line goes on in lower case: COLON_GOES_ON
# in ``_continues``), or a blank line followed by a capital.
# ELLIPSIS_GOES_ON (session 42): an ellipsis inside a list of things ("… chuyển mục đích sử dụng đất rừng, đất nông
# nghiệp... theo thẩm quyền, hoàn thành trước 10 tháng 7 năm 2025; …", an unseen VPCP notice) ends no sentence when the
# text goes on in lower case on its line; before, the duty was cut there and its time went to the words after it.
# Counter-example: "… các nội dung khác... Các đơn vị …" (a capital after it) and "...\n" end as before.
SENTENCE_BOUNDARY_RE = regex.compile(
    r"""
      (?=\s)(?:                                      # (BOUNDARY_GATE: every boundary but the closing mark's sits before a space)
        (?<=[.;!?])(?<!\d\.)(?<!\(\d{1,2}\)\.)(?<!(?<!\p{L})(?:(?-i:\p{Lu}){1,2}|Tp)\.)  # ". " ";" — not "15.", "(1)." nor "TP."
          (?!(?<=\.\.)[ \t]+(?-i:\p{Ll}))                # ELLIPSIS_GOES_ON: "đất nông nghiệp... theo thẩm quyền, …"
      | (?<=(?:19|20)\d\d\.)(?=\s+(?-i:\p{Lu}))                # "… năm 2023. Các đơn vị"
      | \n(?!{YEAR_RANGE_TAIL})(?=[ \t]*{ITEM_OPENER})  # a list item on the next line (not a range's "- 2030")
      | (?<=[.;])[ \t]*\n
      | (?<=:)[ \t]*\n(?![ \t]*(?-i:\p{Ll}))              # not a colon inside a sentence that wraps (COLON_GOES_ON)
      | (?<!(?<!\p{L}){DANGLING_WORD}[ \t]*)\n[ \t]*\n(?=[ \t]*(?-i:\p{Lu}))   # a blank line, not after "và" (DANGLING_WORD)
      )
    | (?<=[./])(?:                                   # (… and the closing mark's, after its "./" or "./.")
        (?<=\p{L}\./\.)(?=\S{1,8}[ \t]*(?:\n|$))      # CLOSING_MARK_TAIL: "… quy định./.#~" (n048's scan)
      | (?<=\p{L}\./)(?=[^\s.]\S{0,7}[ \t]*(?:\n|$))  # … and its "./" before a stroke: "… này./AV/Z⁄" (c151's scan)
      )
    """.replace("{ITEM_OPENER}", ITEM_OPENER).replace("{DANGLING_WORD}", DANGLING_WORD).replace("{YEAR_RANGE_TAIL}", YEAR_RANGE_TAIL),
    regex.X | regex.V1,
)
# A parenthesis longer than this is a lost ")" rather than an aside: sentences cut inside it.
PAREN_MAX_CHARS = 300
# A run without a sentence end longer than this is not one sentence but a list or table without
# punctuation ("ngày 15 tháng 7 năm 2023" on 1,000 lines): it is cut at a line break (else a space)
# so that the work done per time phrase stays bounded. The corpus's longest sentence is ~1,450.
SENTENCE_MAX_CHARS = 2000


@dataclass(frozen=True)
class Sentence:
    """A span of the text between two sentence boundaries."""

    start: int
    end: int


def _inside_parentheses(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a "(" opened after ``start`` on the same stretch and not closed."""
    seg = text[start:pos]
    opened = seg.rfind("(")
    return opened >= 0 and ")" not in seg[opened:] and pos - start - opened <= PAREN_MAX_CHARS


def split_sentences(text: str, start: int = 0, end: int | None = None, cuts: list[int] | None = None) -> list[Sentence]:
    """Cut ``text[start:end]`` into sentences (clauses ending in "." or ";", list items).

    Args:
        text: the normalised text.
        start: where to start.
        end: where to stop.
        cuts: further offsets where a sentence must end (table rows and cells).

    Returns:
        The sentences, in order, covering the span.

    >>> t = "1. Gửi báo cáo trước ngày 15/7/2023. Các xã thực hiện.\\n- Rà soát; tổng hợp"
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['1. Gửi báo cáo trước ngày 15/7/2023.', 'Các xã thực hiện.', '- Rà soát;', 'tổng hợp']
    """
    end = len(text) if end is None else end
    bounds: list[tuple[int, int]] = []
    pos = start
    for m in SENTENCE_BOUNDARY_RE.finditer(text, start, end):
        if _inside_parentheses(text, pos, m.start()):
            continue  # "(qua ioffice Ban Tổ chức; hoặc email: …)" is one aside
        if m.end() > pos:
            bounds.append((m.start(), m.end()))
            pos = m.end()
    for c in sorted(c for c in (cuts or []) if start < c < end):
        bounds.append((c, c))
    bounds.sort()
    out: list[Sentence] = []
    pos = start
    for b_start, b_end in bounds:
        if b_start < pos:
            pos = max(pos, b_end)
            continue
        s, e = _trim(text, pos, b_start)
        if e > s:
            out.append(Sentence(s, e))
        pos = b_end
    s, e = _trim(text, pos, end)
    if e > s:
        out.append(Sentence(s, e))
    return [piece for sent in out for piece in _cut_long(text, sent)]


def _cut_long(text: str, sent: Sentence) -> list[Sentence]:
    """``sent`` itself, or pieces of at most ``SENTENCE_MAX_CHARS`` cut at line breaks or spaces."""
    pieces = []
    pos = sent.start
    while sent.end - pos > SENTENCE_MAX_CHARS:
        limit = pos + SENTENCE_MAX_CHARS
        cut = text.rfind("\n", pos + 1, limit)
        if cut == -1:
            cut = text.rfind(" ", pos + 1, limit)
        cut = cut if cut != -1 else limit
        if text[pos:cut].strip():
            pieces.append(Sentence(pos, cut))
        pos = cut
    if text[pos : sent.end].strip():
        pieces.append(Sentence(pos, sent.end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n|":
        start += 1
    while end > start and text[end - 1] in " \t\n|":
        end -= 1
    return start, end


# ============================================================================================
# Vocabulary of columns and sections (data/structure.toml)
# ============================================================================================

ColumnRole = Literal["task", "time", "lead", "cooperate", "product", "number"]
SectionKind = Literal["implementation", "aims", "content", "targets", "effect"]


class _ColumnEntry(BaseModel):
    role: ColumnRole
    words: list[str]
    examples: list[str]
    counter_examples: list[str] = []
    # names that give the role only as the whole header cell ("Thực hiện": "Thời gian thực hiện" is the time's)
    whole: list[str] = []


class _SectionEntry(BaseModel):
    kind: SectionKind
    words: list[str]
    examples: list[str]
    counter_examples: list[str] = []


class _GroupWords(BaseModel):
    words: list[str]
    examples: list[str]
    counter_examples: list[str] = []


class _ChromeWords(BaseModel):
    labels: list[str]
    near_labels: list[str]
    counters: list[str]
    prefixes: list[str]
    examples: list[str]
    counter_examples: list[str] = []


class StructureWords(BaseModel):
    """What table header cells, section headings and groups of bodies say (``data/structure.toml``)."""

    columns: list[_ColumnEntry]
    sections: list[_SectionEntry]
    groups: _GroupWords
    flat_columns: _GroupWords
    page_chrome: _ChromeWords


@functools.lru_cache(maxsize=1)
def structure_words() -> StructureWords:
    """The bundled column and section words, validated once and never mutated."""
    return bundled("structure.toml", StructureWords)


@functools.lru_cache(maxsize=4)
def _words_re(kind: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    words = structure_words()
    entries: list[tuple[str, list[str]]] = (
        [(e.role, e.words) for e in words.columns] if kind == "columns" else [(e.kind, e.words) for e in words.sections]
    )
    wholes = {e.role: e.whole for e in words.columns if e.whole} if kind == "columns" else {}
    out = []
    for name, ws in entries:
        alternatives = alternation(ws)
        whole = rf"|^\s*(?:{alternation(wholes[name])})\s*[:.]?\s*$" if name in wholes else ""
        out.append((name, regex.compile(rf"(?<!\p{{L}})(?:{alternatives})(?!\p{{L}}){whole}", regex.V1 | regex.I)))
    return tuple(out)


# "các", "những", "mỗi", "từng", "toàn thể": words that open a group and need a body noun after them.
# QUANTIFIER_ALL: "tất cả các …" (all the …) as one quantifier: "Tất cả các cơ quan, đơn vị …" (the unseen probe's pi21).
GROUP_QUANTIFIER_RE = regex.compile(r"^(?:các|những|mỗi|từng|toàn\s+thể|tất\s+cả(?:\s+(?:các|những))?)\s+", regex.V1 | regex.I)


@functools.lru_cache(maxsize=1)
def _group_re() -> regex.Pattern[str]:
    alternatives = alternation(structure_words().groups.words)
    return regex.compile(rf"^(?:{alternatives})(?!\p{{L}})", regex.V1 | regex.I)


def names_a_group(name: str) -> bool:
    """Whether a name opening with "các/những/mỗi …" names bodies ("các sở, ban, ngành"), not a
    topic ("Các hoạt động hỗ trợ …"); names without such a word are not judged here (True).

    >>> names_a_group("các quận ủy, huyện ủy"), names_a_group("Các nội dung, hình thức hỗ trợ khác")
    (True, False)
    """
    m = GROUP_QUANTIFIER_RE.match(name)
    if not m:
        return True
    return bool(_group_re().match(name[m.end() :]))


def opens_with_a_body(name: str) -> bool:
    """Whether a name can open as a body's or group's name: a capital ("Sở Nội vụ"), a quantifier
    ("các …", "mỗi …") or a group word of ``data/structure.toml`` ("cơ quan, đơn vị …", "nhà đầu tư").

    >>> opens_with_a_body("đơn vị chủ trì"), opens_with_a_body("phải"), opens_with_a_body("Bộ Tài chính")
    (True, False, True)
    """
    return name[:1].isupper() or bool(GROUP_QUANTIFIER_RE.match(name) or _group_re().match(name))


# COUNT_OF_DAYS_IS_NO_TIME: a header opening "Số ngày" counts days (how long a step takes, or how many days before an
# event it must be done): "Số ngày chậm nhất phải hoàn thành trước (sau) ngày bầu cử" beside a "Ngày chậm nhất phải
# hoàn thành" column (the probe's pa11, a schedule copied one cell per line). Its cells ("105 ngày") fix no day; the
# time column is the other. Counter-example: "Ngày chậm nhất phải hoàn thành", "Thời gian hoàn thành" (a time).
COUNT_OF_DAYS_RE = regex.compile(r"[ \t]*số[ \t]+ngày(?!\p{L})", regex.V1 | regex.I)


def column_role(header: str) -> ColumnRole | None:
    """The role of a table column from its header cell ("Chủ trì thực hiện" → "lead").

    >>> column_role("Thời gian hoàn thành"), column_role("Phối hợp thực hiện"), column_role("Ghi chú")
    ('time', 'cooperate', None)
    """
    found = {role: m.start() for role, rx in _words_re("columns") if (m := rx.search(header))}
    if COUNT_OF_DAYS_RE.match(header):
        found.pop("time", None)  # COUNT_OF_DAYS_IS_NO_TIME
    # one header naming the lead and the co-operating bodies together ("Đơn vị chủ trì/phối hợp", c130) is the
    # lead column, kept whole (README A8): the one named first leads; otherwise the first role listed wins
    if "lead" in found and "cooperate" in found and found["lead"] < found["cooperate"]:
        return "lead"
    for role in found:
        return role  # type: ignore[return-value]
    return None


# DOER_HEADING_IS_NO_PART: a heading that names who carries out its items (LEVEL_HEADING, data/duties.toml
# [level_headings]: <head> [<verb>] <link> <doer>, or <head> [<verb>] cấp <level>) titles no part: its "nhiệm vụ",
# "nội dung" are the doer's tasks, and the part above says what they are. "1.2. Nhiệm vụ của các ban, đơn vị Trung
# ương Đoàn" under "IV. TỔ CHỨC THỰC HIỆN" (c114's heading "1.2. Các ban, đơn vị Trung ương Đoàn" rewritten,
# scripts/variants.py shape) stays in the implementation part; "1.2. Các nội dung triển khai cấp tỉnh, thành phố"
# (c113) in "III. NHIỆM VỤ, GIẢI PHÁP". Counter-examples: "II. NỘI DUNG", "2. Nội dung kiểm tra" (no doer named), "IV. CÁC
# HOẠT ĐỘNG CỦA NGÀY HỘI" (c122: after the link no body's name opens, as printed).
@functools.lru_cache(maxsize=1)
def _doer_heading_re() -> regex.Pattern[str]:
    w = duties().level_headings
    return regex.compile(
        rf"^[\s\d.)\-]*(?:[IVXivx]+[.)\-]\s*|[a-zđ]\)\s*)?(?:(?:các|những)\s+)?(?:{alternation(w.heads)})(?:\s+(?:{alternation(w.verbs)}))?"
        rf"\s+(?:(?:{alternation(w.links)})\s+(?-i:(?:[Cc]ác|[Nn]hững|[Mm]ỗi)\s|{duties().openers_pattern()}|[Cc]ấp\s)|cấp\s+(?:{alternation(w.levels)})(?!\p{{L}}))",
        regex.V1 | regex.I,
    )


def section_kind_of(heading: str) -> SectionKind | None:
    """What a part holds, from its heading ("III. TỔ CHỨC THỰC HIỆN" → "implementation").

    >>> section_kind_of("III. TỔ CHỨC THỰC HIỆN"), section_kind_of("I. MỤC ĐÍCH, YÊU CẦU")
    ('implementation', 'aims')
    """
    if _doer_heading_re().match(heading):
        return None  # DOER_HEADING_IS_NO_PART
    found = [kind for kind, rx in _words_re("sections") if rx.search(heading)]
    if found == ["aims"] and _aims_heading_re().match(heading) and not _ask_heading_re().match(heading):
        return "aims"
    # aims words elsewhere in a heading name no aims part: "I. MỤC TIÊU, NHIỆM VỤ" holds tasks,
    # "… các Chương trình mục tiêu quốc gia:", "…, UBND tỉnh yêu cầu:" are a topic and a lead-in
    found = [kind for kind in found if kind != "aims"]
    return found[0] if found else None  # type: ignore[return-value]


# Veto ASK_IS_NO_AIMS (i17-lang): "yêu cầu" is the aims part's word ("2. Yêu cầu", "I. MỤC ĐÍCH, YÊU CẦU") and the
# request verb; followed by a body's name it asks that body: "c) Yêu cầu Tòa án nhân dân tỉnh; Viện kiểm sát nhân
# dân tỉnh:" (n050 with "Đề nghị" printed "Yêu cầu", scripts/variants.py ask_swap: before, the item under it was
# read as an aim and lost). Counter-examples: "2. Yêu cầu", "2. Yêu cầu:" (the aims part, no body named).
@functools.lru_cache(maxsize=1)
def _ask_heading_re() -> regex.Pattern[str]:
    return regex.compile(rf"^\s*(?:{ITEM_NUMBER}\s*)?yêu\s+cầu\s+{duties().openers_pattern()}", regex.V1 | regex.I)


@functools.lru_cache(maxsize=1)
def _aims_heading_re() -> regex.Pattern[str]:
    aims = [w for e in structure_words().sections if e.kind == "aims" for w in e.words]
    return regex.compile(rf"^\s*(?:{ITEM_NUMBER}\s*)?(?:[Vv]ề\s+)?(?:{alternation(aims)})(?!\p{{L}})", regex.V1 | regex.I)


# ============================================================================================
# The structure
# ============================================================================================


@dataclass(frozen=True)
class Span:
    """A stretch of the normalised text."""

    start: int
    end: int


@dataclass(frozen=True)
class Line:
    """One line of the normalised text and what its look says.

    Attributes:
        start: offset of its first character.
        end: offset of its end (before the newline).
        text: the line as printed.
        marker: the list marker's kind ("roman", "decimal", "bullet" …), or None.
        label: the marker as printed ("II", "2.1", "a", "-"), or None.
        level: the marker's level (``MARKER_LEVELS``), ``CAPS_HEADING_LEVEL`` for an unmarked
            line in capitals, else None.
        content: where the text after the marker starts.
        caps: whether the line is printed in capitals.
        indent: leading spaces and tabs.
        cells: the cells when the line is a table row, else an empty tuple.
        separator: what separates the cells of a row ("|" or a tab), else None.
    """

    start: int
    end: int
    text: str
    marker: str | None = None
    label: str | None = None
    level: int | None = None
    content: int = 0
    caps: bool = False
    indent: int = 0
    cells: tuple[Span, ...] = ()
    separator: str | None = None


@dataclass
class Block:
    """A paragraph or a list item: one or more lines (a wrapped line continues its block).

    Attributes:
        start: offset of the first character (the marker, if any).
        end: offset after the last character.
        content: where the text after the marker starts.
        marker: as ``Line.marker``.
        label: as ``Line.label``.
        level: as ``Line.level``.
        heading: whether the block is a heading (short, no closing period; or ends with ":").
        parent: index of the block it stands under, or None.
        table: index of the table when the block is a table row, else None.
    """

    start: int
    end: int
    content: int
    marker: str | None
    label: str | None
    level: int | None
    heading: bool = False
    parent: int | None = None
    table: int | None = None


@dataclass
class Table:
    """A table: its rows' cells, and the role of each column read from the header row.

    Attributes:
        rows: each row's cells (spans of the text), the header row first when there is one.
        row_spans: each row's span (its line).
        header: whether the first row is a header (at least one cell names a role).
        roles: column index → role.
        flattened: whether it was copied one cell per line (FLATTENED_TABLE): its header is made of column names.
    """

    rows: list[tuple[Span, ...]] = field(default_factory=list)
    row_spans: list[Span] = field(default_factory=list)
    header: bool = False
    roles: dict[int, ColumnRole] = field(default_factory=dict)
    flattened: bool = False

    def column(self, role: ColumnRole) -> int | None:
        """The index of the first column with ``role``, or None."""
        for i, r in sorted(self.roles.items()):
            if r == role:
                return i
        return None


# ============================================================================================
# Page numbers left in the text flow
# ============================================================================================
# A PDF-extracted or OCR'd copy keeps the page numbers, and one can fall between the two halves
# of a sentence ("… thúc đẩy được sự phát triển vừa\n\f3\n\nquản lý, bảo vệ quyền …", c140).
# NĐ 30/2020 prints them in Arabic digits, centred at the top of each page from page 2; copies
# also carry "- 3 -", "3." and "Trang 2/5". Such a line is a page mark, not an item nor a sentence.
PAGE_DIGITS = r"\d{1,3}"
PAGE_DASHED = rf"[-–—][ \t]*{PAGE_DIGITS}[ \t]*[-–—]"  # "- 3 -"
PAGE_WORD = rf"[Tt]rang[ \t]+{PAGE_DIGITS}(?:[ \t]*/[ \t]*{PAGE_DIGITS})?"  # "Trang 2/5", "Trang 2"
PAGE_DOTTED = rf"{PAGE_DIGITS}\."  # "3." alone: a page mark only when a sentence goes on after it
PAGE_NUMBER_RE = regex.compile(rf"[ \t]*(?:{PAGE_DIGITS}|{PAGE_DASHED}|{PAGE_WORD})[ \t]*")
PAGE_DOTTED_RE = regex.compile(rf"[ \t]*{PAGE_DOTTED}[ \t]*")
# SPECK_AT_PAGE_JOIN: on a scan a speck of the page's edge or foot is read as a line of one to three symbols (no
# letter, no figure) where the pages join, between a sentence's two halves: the real scan 002's "… đơn vị. Xây
# dựng kế" / "" / "+" / "" / "hoạch và đăng ký thực hiện đảng bộ, …" (its item 2.'s duty was lost), c146's "… xử
# lý nghiêm những" / "+" / "đối tượng cố tình vi phạm …". It stands as a page mark does, only where the text before
# it does not end a sentence and the text after it goes on in lower case. Counter-examples: "… thực hiện." / "+" /
# "3.2. Kết quả …" (001's render: a sentence ended), the rule "———" under a subject before "Ngày 22/4/2026, …".
PAGE_SPECK_RE = regex.compile(r"[ \t]*[^\p{L}\p{N}\s]{1,3}[ \t]*", regex.V1)


# ============================================================================================
# A web page's chrome (PAGE_CHROME, data/structure.toml [page_chrome])
# ============================================================================================
# A text pasted from a portal carries the page's own lines around the directive: a Q&A portal's "THÔNG TIN Ý KIẾN"
# (read as the issuer's name, probe pe01, pg17, pg21, pi05), a visitor counter over the first sentence ("Đang truy
# cập :" / "42" / "Hôm nay :" / … read into the duty sentence under it, pg23: its duty was lost), a viewer's page
# label glued to the first header line ("Trang 1LIÊN ĐỘI …", pf09, ph09). They are blanked in
# the working copy before the layout is read (same length: every offset and the evidence map back, the source keeps
# them), as page numbers a sentence runs across are.
CHROME_TAIL = r"[ \t]*(?::[ \t]*[\d.,]*)?[ \t.…]*"  # "Đang truy cập :", "Tổng lượt truy cập : 900311", "… giây lát..."
CHROME_FIGURES_RE = regex.compile(r"[ \t]*:?[ \t]*\d+(?:[.,]\d+)*[ \t]*")  # a counter's figure on its own line: "42", ": 80412"
# GLUED_PAGE_LABEL_RE: a viewer's "Trang 1" with the directive's first line copied straight after it, no space before
# its capital: "Trang 1LIÊN ĐỘI …", "Trang 1HỘI ĐỒNG …" (probe pf09, ph09: a Đội's plans). Counter-examples: "Trang bị
# …" (a verb), "Trang 2/5" (a page mark, ``page_marks``), "Trang 1 của Phụ lục" (a space: the text's own words).
GLUED_PAGE_LABEL_RE = regex.compile(r"(?m)^[ \t]*Trang[ \t]*\d{1,3}(?=(?-i:\p{Lu}))", regex.V1)
# WORD_SHAPE_NAME: a Word file's drawing object (the rule under the issuer's name, a text box) copied as text leaves its
# English name and number before the line it stood beside: "straight connector 2Số: 1551 /UBND-VX" (the unseen set's
# qa07: the number line unread), "Text Box 3", "Rectangle 5". Only the name is blanked. Counter-examples: Vietnamese
# words ("Trang bị …"), a name that goes on in lower case ("Rectangles are …": no number).
WORD_SHAPE_NAME_RE = regex.compile(
    r"(?mi)^[ \t]*(?:straight(?:[ \t]+arrow)?[ \t]+connector|elbow[ \t]+connector|curved[ \t]+connector|text[ \t]*box|rectangle|autoshape|oval)"
    r"[ \t]*\d{1,3}(?=[ \t]|(?-i:\p{Lu})|$)",
    regex.V1,
)


@functools.lru_cache(maxsize=1)
def _chrome_res() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The whole-line patterns of ``[page_chrome]``: labels, near labels, counters, prefixes (on the folded text)."""
    words = structure_words().page_chrome

    def whole(ws: list[str]) -> regex.Pattern[str]:
        return regex.compile(rf"[ \t]*(?:{alternation([fold(w) for w in ws])}){CHROME_TAIL}", regex.V1 | regex.I)

    prefix = regex.compile(rf"[ \t]*(?:{alternation([fold(w) for w in words.prefixes])})", regex.V1 | regex.I)
    return whole(words.labels), whole(words.near_labels), whole(words.counters), prefix


# GAZETTE_RUNNING_HEAD (session 31): the official gazette prints its issue and day over each page, "CÔNG BÁO/Số 505 +
# 506/Ngày 14-4-2024" (with the page number before or after it); a copy of a Công báo page keeps it between the
# directive's lines, where it was read as a duty with its day ("CÔNG BÁO/Số 327/Ngày", two unseen copies). Counter-
# example: a sentence that names the gazette ("… đăng Công báo tỉnh …") is no head line.
GAZETTE_RUNNING_HEAD_RE = regex.compile(
    r"[ \t]*(?:\d{1,4}[ \t]+)?CÔNG[ \t]+BÁO[ \t]*/[ \t]*Số[ \t]+[\d \t+]+/[ \t]*Ngày[ \t]+\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:[ \t]+\d{1,4})?[ \t]*",
    regex.V1,
)


# GAZETTE_PAGE_NUMBER (session 39): the head's page number printed on the line right under it ("CÔNG BÁO/Số 242/Ngày
# 22-04-2026" / "67": two unseen Government resolutions' copies) is the head's too. Inside a task table flattened one
# cell per line it stood as the row's last line, after the row's time cell ("2026 - 2030" / "67": the time lost).
# Counter-example: a figure under any other line (a table's count, a row's number) is the text's.
GAZETTE_PAGE_NUMBER_RE = regex.compile(r"[ \t]*\d{1,4}[ \t]*", regex.V1)


# ESIGN_BOX_IN_BODY (session 38): an e-signed copy repeats its signature box over later pages, "Ký bởi: CÔNG BÁO NƯỚC
# CỘNG HÒA …" / "Cơ quan: VĂN PHÒNG CHÍNH PHỦ" / "Ngày ký: 2026-05-25 08:00:52 +07:00" between a resolution's lines (an
# unseen Government resolution's Công báo copy), where "Cơ quan:" was read as a heading naming who acts ("Cơ quan"
# responsible for the next sentence's duty). The "Ký bởi:" line and the box's labelled fields right under it are
# chrome there. Only past the header (ESIGN_BOX_AFTER_LINES lines with text before it): the header's own box is read by
# the roles (``roles.is_esign``). Counter-example: "Cơ quan: Sở Nội vụ" with no "Ký bởi:" line above it stays.
ESIGN_BOX_OPEN_RE = regex.compile(rf"[ \t]*(?:{P.label_pattern((P.ESIGN_OPEN_LABEL,))})\s*:", regex.V1 | regex.I)  # (patterns.ESIGN_*)
ESIGN_BOX_FIELD_RE = regex.compile(rf"[ \t]*(?:{P.label_pattern(P.ESIGN_FIELD_LABELS)})\s*:", regex.V1 | regex.I)
ESIGN_BOX_AFTER_LINES = 10


def _esign_boxes_in_body(text: str) -> list[Span]:
    """ESIGN_BOX_IN_BODY: the lines of a repeated e-signature box past the header (a "Ký bởi:" line and its fields)."""
    out: list[Span] = []
    seen = 0  # lines with text so far
    in_box = False
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            if ESIGN_BOX_OPEN_RE.match(line) and seen >= ESIGN_BOX_AFTER_LINES:
                in_box = True
            elif not (in_box and ESIGN_BOX_FIELD_RE.match(line)):
                in_box = False
            if in_box:
                out.append(Span(start, end))
            seen += 1
        start = end + 1
    return out


def page_chrome(text: str, folded: str | None = None) -> list[Span]:
    """PAGE_CHROME: the spans of ``text`` (normalised, folded or not) that are the web page's, not the directive's.

    A label of ``[page_chrome]`` alone on its line anywhere; a near label as the first line or under another chrome
    line; a line of figures under a counter or its figures; a line opening with a notice's prefix; a viewer's page
    label glued to a line (``GLUED_PAGE_LABEL_RE``: only the label).

    >>> t = "Đang truy cập :\\n42\\nHôm nay :\\n3150\\nCác phòng rà soát hồ sơ."
    >>> [t[s.start : s.end] for s in page_chrome(t)]
    ['Đang truy cập :', '42', 'Hôm nay :', '3150']
    >>> page_chrome("Hôm nay, ngày 12/3/2024, tại Hội trường UBND xã")
    []
    """
    label, near, counter, prefix = _chrome_res()
    if folded is None:
        folded = fold(text)
    out: list[Span] = []
    prev: str | None = None  # what the last line with text was: "chrome", "counter" (a counter or its figures), "text"
    under_head = False  # whether the line above was a gazette's running head
    start = 0
    for line in folded.split("\n"):
        end = start + len(line)
        kind = "text"
        if not line.strip():
            kind = ""
        elif counter.fullmatch(line) and (label.fullmatch(line) or prev in (None, "chrome", "counter")):
            kind = "counter"
        elif label.fullmatch(line) or prefix.match(line) or (near.fullmatch(line) and prev in (None, "chrome", "counter")):
            kind = "chrome"
        elif prev == "counter" and CHROME_FIGURES_RE.fullmatch(line):
            kind = "counter"
        if kind in ("chrome", "counter"):
            out.append(Span(start, end))
        elif GAZETTE_RUNNING_HEAD_RE.fullmatch(text, start, end):
            out.append(Span(start, end))  # GAZETTE_RUNNING_HEAD: a page's head, not a line of the directive
            kind = "gazette"
        elif under_head and GAZETTE_PAGE_NUMBER_RE.fullmatch(line):
            out.append(Span(start, end))  # GAZETTE_PAGE_NUMBER: the head's page number on the line under it
            kind = "chrome"
        elif kind == "text" and (m := GLUED_PAGE_LABEL_RE.match(text, start, end) or WORD_SHAPE_NAME_RE.match(text, start, end)):
            out.append(Span(start, m.end()))
        under_head = kind == "gazette"  # (only the line right under the head: "CÔNG BÁO/…" / "" / "7" keeps its row number)
        if kind:
            prev = kind
        start = end + 1
    if "Ký" in text or "ký" in text:
        out.extend(_esign_boxes_in_body(text))
    return out


def without_chrome(text: Text) -> Text:
    """``text`` with its page chrome (``page_chrome``) blanked in the working copy; the printed text keeps it."""
    return _without(text, page_chrome(text.text, text.fold))  # (the folded copy the text carries: no second fold)


def _is_prose(line: Line) -> bool:
    """Whether ``line`` is running text (letters, not a table row): what a page mark stands between."""
    return not line.cells and sum(c.isalpha() for c in line.text) >= 2


def page_marks(lines: list[Line]) -> list[int]:
    """The indices of the lines that are only a page number standing between two pieces of running text.

    A "3." alone is taken for a page mark only when the text after it goes on in lower case (an item
    "3." whose text comes on the next line opens with a capital); a numbered column of a table
    ("1", "2", "3" under a header row) stands between table rows or numbers, never between prose.

    >>> page_marks(read_lines("được sự phát triển vừa\\n3\\n\\nquản lý, bảo vệ quyền"))
    [1]
    >>> page_marks(read_lines("các nội dung sau:\\n3.\\nTổ chức hội nghị"))
    []
    """
    out = []
    for i, line in enumerate(lines):
        dotted = PAGE_DOTTED_RE.fullmatch(line.text) is not None
        speck = PAGE_SPECK_RE.fullmatch(line.text) is not None  # SPECK_AT_PAGE_JOIN
        if line.cells or not (dotted or speck or PAGE_NUMBER_RE.fullmatch(line.text)):
            continue
        before = next((x for x in reversed(lines[:i]) if x.text.strip()), None)
        after = next((x for x in lines[i + 1 :] if x.text.strip()), None)
        if before is None or after is None or not (_is_prose(before) and _is_prose(after)):
            continue
        if (dotted or speck) and not after.text.lstrip()[:1].islower():
            continue
        if speck and before.text.rstrip().endswith(SENTENCE_END):
            continue
        out.append(i)
    return out


# A footnote printed at a page's foot, above its number (NĐ 30/2020 prints "chú thích" there): "* Báo cáo số
# 365/UBND-GTCN&XD ngày 14/02/2025 của UBND tỉnh Quảng Ninh" / "7" between "V. Bộ Tài chính chủ trì, … tổng hợp,
# báo cáo Thủ tướng Chính phủ" and "kết quả thực hiện các nhiệm vụ được giao tại Thông báo này (trước ngày 30
# tháng 6 năm 2025)." (c158). Its mark: "*" or a superscript digit; on a scan also the superscript as OCR reads it,
# a degree sign or a plain figure before a space (FOOTNOTE_MARK_READ: n010's render "° Tham dự họp có đại diện lãnh
# đạo …" at 300 dpi, "1 Tham dự họp …" at 200 dpi). Counter-example: "- Báo cáo …" (a list item), "1. Báo cáo …"
# (a numbered item: a figure then a stop).
FOOTNOTE_RE = regex.compile(r"[ \t]*(?:[*°¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2}(?=[ \t]))[ \t]*(?-i:\p{Lu})", regex.V1)
SENTENCE_END = (".", ";", ":", "!", "?")
# How many lines a footnote at a page's foot may run over (FOOTNOTE_WRAPS).
FOOTNOTE_MAX_LINES = 3


def unread_marks(lines: list[Line], marks: set[int]) -> list[int]:
    """FOOTNOTE_AT_PAGE_JOIN: the blank lines that stand for a page mark OCR did not read, where a footnote stands
    above them (``page_feet``). A scan's pages are joined by a blank line, and a page number printed small or
    under the footnote's rule is often not read: c158's scan "V. Bộ Tài chính chủ trì, … tổng hợp, báo cáo Thủ
    tướng Chính phủ" / "* Báo cáo số 365/UBND-GTCN#&XD ngày 14/02/2025 của UBND tỉnh Quảng Ninh" / "" / "kết quả
    thực hiện các nhiệm vụ được giao tại Thông báo này (trước ngày 30 tháng 6 năm 2025)."; n010's renders "…
    xác định cụ thể tiến" / "° Tham dự họp có đại diện lãnh đạo …" (3 lines) / "" / "độ cấp vốn, kế hoạch giải
    ngân …". The blank line is then the page's break, the footnote above it the page's foot (same tests as before a
    page number). Counter-example: a blank line after a footnote whose sentence ended ("… báo cáo Thủ tướng Chính
    phủ." / "* Báo cáo số 365 …" / "" / …) or before a capital stays a paragraph's end."""
    near = {j for m in marks for j in range(m - 2, m + 3)}
    candidates = [
        i for i, line in enumerate(lines)
        if i not in near and not line.text.strip() and i > 0 and lines[i - 1].text.strip()
        # a footnote's first line among the lines just above (cheap; ``page_feet`` decides)
        and any(FOOTNOTE_RE.match(x.text) for x in lines[max(0, i - FOOTNOTE_MAX_LINES) : i])
    ]
    return [i for i in candidates if page_feet(lines, {i})]


def page_feet(lines: list[Line], marks: set[int]) -> list[int]:
    """The lines of a footnote standing between a sentence's two halves just above a page mark (``FOOTNOTE_RE``):
    the text before it does not end a sentence and the text after the mark goes on in lower case."""
    out: list[int] = []
    for i in sorted(marks):
        j = i - 1
        while j >= 0 and not lines[j].text.strip():
            j -= 1
        # FOOTNOTE_WRAPS: a footnote may run over a few lines above the mark, its first line opening with the footnote's
        # mark: "* Báo cáo số 365/UBND-GTCN&XD ngày 14/02/2025 của UBND tỉnh" / "Quảng Ninh" / "7" (c158 printed at 60
        # columns; the footnote's "Quảng Ninh" had run into the duty's sentence). Counter-example: running text above
        # the mark with no footnote's mark on any of those lines ("… phôi hợp chặt chẽ, hiệu quả, đảm bảo" / "4", c140)
        # is the sentence's first half, not a footnote.
        foot = [j]
        while j > 0 and not FOOTNOTE_RE.match(lines[j].text) and len(foot) < FOOTNOTE_MAX_LINES and lines[j - 1].text.strip():
            j -= 1
            foot.append(j)
        if j < 0 or not FOOTNOTE_RE.match(lines[j].text):
            continue
        k = j - 1
        while k >= 0 and not lines[k].text.strip():
            k -= 1
        after = next((x for x in lines[i + 1 :] if x.text.strip()), None)
        if k < 0 or not _is_prose(lines[k]) or lines[k].text.rstrip().endswith(SENTENCE_END):
            continue
        if after is None or not after.text.lstrip()[:1].islower():
            continue
        out.extend(foot)
    return out


# FOOTNOTES_BY_THEIR_MARKS (session 42): a page's footnotes printed as plain numbered lines above its page number, as a
# PDF's text copy gives them (pdftotext -layout): "1 khoản 1, khoản 2 Điều 171 Luật Bảo vệ môi trường năm 2020." / "2
# Điều 39 Luật …" / … / "6", their marks glued to the words they annotate in the page's text ("… cấp giấy phép môi
# trường1.", "Giấy phép môi trường2 hoặc Đăng ký môi trường3": an unseen board's decision; before, each footnote was read
# as a list item and became a duty of the section above). A run of lines just above a page mark whose first lines open
# with consecutive figures and a space, the first and at least half of which stand glued after a lower-case word in the
# text before the run (three letters at least: a unit's "m2", "km2" is no mark), is the page's foot. Counter-example: a
# schedule's or a prize list's lines "01 Giải nhất: …", "3 Triển khai khảo sát …" (no figure glued to a word before
# them, or not consecutive) stay text.
FOOTNOTE_NUMBER_RE = regex.compile(r"[ \t]*(?P<n>\d{1,2})[ \t]+(?=\S)(?![\d./)\-–])", regex.V1)
# How far above a page mark a footnote run may start, and how far back its marks are looked for.
FOOTNOTE_BLOCK_LINES = 14
FOOTNOTE_MARK_LOOKBACK = 6000


def _glued_mark(before: str, n: int) -> bool:
    """Whether footnote mark ``n`` stands glued after a word of three lower-case letters or more in ``before`` ("môi
    trường1"; not a unit's "m2", "km2")."""
    return regex.search(rf"(?-i:\p{{Ll}}{{3}}){n}(?!\d)", before) is not None


def glued_footnotes(text: str, lines: list[Line], marks: set[int]) -> list[int]:
    """The lines of each page's footnotes printed as numbered lines above its page mark (FOOTNOTES_BY_THEIR_MARKS)."""
    out: list[int] = []
    for i in sorted(marks):
        firsts = [
            (j, int(m.group("n")))
            for j in range(max(0, i - FOOTNOTE_BLOCK_LINES), i)
            if not lines[j].cells and (m := FOOTNOTE_NUMBER_RE.match(lines[j].text)) is not None
        ]
        for a, (k, first) in enumerate(firsts):
            nums = [n for _, n in firsts[a:]]
            if nums != list(range(first, first + len(nums))):
                continue
            before = text[max(0, lines[k].start - FOOTNOTE_MARK_LOOKBACK) : lines[k].start]
            glued = [n for n in nums if _glued_mark(before, n)]
            if first in glued and 2 * len(glued) >= len(nums):
                out.extend(j for j in range(k, i) if lines[j].text.strip())
            break
    return out


# A wrapped line is at least this share of the text's usual line width; a shorter line ends its
# paragraph (a heading, a short item) even without a closing period.
WRAP_SHARE = 0.6
# ... and a line wrapped before a capital word is full: the word would have taken it past this share of the width
# (FILLED_LINE; a proportional font's lines vary, so not the whole width).
FILLED_SHARE = 0.75
# A line that ends on a word needing what follows it (DANGLING_WORD) ends no paragraph, even before a blank line.
DANGLING_END_RE = regex.compile(rf"(?<!\p{{L}}){DANGLING_WORD}[ \t]*$", regex.V1)


def _opens_lead_in(stripped: str, width: int) -> bool:
    """Veto on joining across a page mark: the page opens with a short lead-in heading, not the rest
    of a sentence ("… phục vụ lợi ích công cộng," / "6" / "Hình thức triển khai:" / "Tuyên truyền …", c118)."""
    return stripped.endswith(":") and len(stripped) < WRAP_SHARE * width


def _without(text: Text, spans: list[Span]) -> Text:
    """``text`` with the characters of ``spans`` blanked (spaces), in the text and its matching shadow."""
    if not spans:
        return text
    chars, fold = list(text.text), list(text.fold)
    for span in spans:
        chars[span.start : span.end] = " " * (span.end - span.start)
        fold[span.start : span.end] = " " * (span.end - span.start)
    return dataclasses.replace(text, text="".join(chars), fold="".join(fold), printed=text.printed or text.text)


def _join_across(text: str, sentences: list[Sentence], marks: list[Span], joins: list[Span]) -> list[Sentence]:
    """``sentences`` without the page ``marks`` and with the two halves of each sentence cut by one of
    ``joins`` made one."""
    out = [x for x in sentences if not any(m.start <= x.start and x.end <= m.end for m in marks)]
    for mark in joins:
        before = [k for k, x in enumerate(out) if x.end <= mark.start and not text[x.end : mark.start].strip()]
        after = [k for k, x in enumerate(out) if x.start >= mark.end and not text[mark.end : x.start].strip()]
        if before and after:
            i, j = before[-1], after[0]
            out[i : j + 1] = [Sentence(out[i].start, out[j].end)]
    return out


def _wrap_width(lines: list[Line]) -> int:
    """The usual width of a wrapped line: the 80th percentile of the prose lines' lengths."""
    lengths = sorted(len(x.text.strip()) for x in lines if x.text.strip() and not x.cells)
    return lengths[int(len(lengths) * 0.8)] if lengths else 0


# INDENTED_PARAGRAPH (issue 11, session 41): a text copied with its layout (pdftotext, a PDF printed to text) shows where
# its paragraphs start by the first line's indent, its wrapped lines starting further left: "      Điều 1. Giao nhiệm vụ
# lập biên bản vi phạm hành chính" / "      Giao nhiệm vụ cho Phó Trưởng phòng … lĩnh vực" / "khoáng sản và Chuyên viên …"
# (a decision's article title, then its first paragraph). The wrapped lines' margin is read near each line, from the
# lines in lower case around it (a page may be printed further right than the next); a line opening with a capital at
# least ``INDENT_MIN`` spaces right of that margin opens a paragraph, where the line above starts at the margin or at the
# same indent (a wrapped line would start at the margin). Counter-examples: a hanging indent ("    - Phối hợp với" /
# "      Sở Tư pháp …", deeper than the line above), a capital word wrapped to a page's margin ("        kính …; đề xuất
# …" / "        Bộ Nông nghiệp và Môi trường …", f39a's rb03, the margin 8 spaces in), and any text without indents
# (a DOCX, a pasted text: every line at 0) leave the lines as they were.
INDENT_MIN, INDENT_MAX = 3, 16  # a paragraph's first-line indent beyond the margin, in spaces (further: a column, a signature)
MARGIN_REACH = 4  # lines looked at on each side for the wrapped lines' margin


def printed_indents(text: Text, lines: list[Line]) -> list[Line]:
    """The lines with the indent they were printed with in the source (normalising strips it from the text)."""
    source, src = text.source.text, text.src
    out = []
    for line in lines:
        at = src[min(line.start, len(src) - 1)] if src else 0
        back = at
        while back > 0 and source[back - 1] in " \t":
            back -= 1
        indent = at - back if back == 0 or source[back - 1] in "\n\f" else 0
        out.append(dataclasses.replace(line, indent=indent) if indent != line.indent else line)
    return out


def wrap_margins(lines: list[Line]) -> list[int | None]:
    """Each line's wrapped-line margin (INDENTED_PARAGRAPH): the indent of the nearest prose line in lower case within
    ``MARGIN_REACH`` lines (the following ones first), or None where there is none or no line has an indent."""
    if not any(x.indent for x in lines):
        return [None] * len(lines)
    wraps = [i for i, x in enumerate(lines) if not x.cells and x.text.strip()[:1].islower()]
    out: list[int | None] = []
    for i in range(len(lines)):
        k = bisect.bisect_right(wraps, i)
        near = [j for j in (wraps[k] if k < len(wraps) else None, wraps[k - 1] if k else None) if j is not None and abs(j - i) <= MARGIN_REACH and j != i]
        out.append(lines[near[0]].indent if near else None)
    return out


def _opens_a_field(text: str) -> bool:
    """Whether a line opens with a field label of a known role ("Thời gian thực hiện: …", "Đơn vị chủ trì: …")."""
    m = FIELD_RE.match(text)
    if not m or not m.group("label")[:1].isupper() or len(m.group("label").split()) > FIELD_LABEL_MAX_WORDS:
        return False
    return column_role(m.group("label")) in FIELD_ROLES


# A line that ends on a department's head word, its name still to come ("… phối hợp Sở Nông nghiệp và Phát triển
# nông thôn, Sở" / "Giao thông vận tải …", n055): one word of the organisation heads (data/vocabulary), capitalised.
@functools.lru_cache(maxsize=1)
def _pending_name_re() -> regex.Pattern[str]:
    heads = [h.capitalize() for h in vocabulary().organisations.heads if " " not in h and is_syllable(h)]
    return regex.compile(rf"(?<![\p{{L}}])(?:{alternation(heads)})[ \t]*$", regex.V1)


def _ends_open(text: str) -> bool:
    """Whether a block's text stops where its sentence cannot: on a word needing what follows (DANGLING_WORD), a
    comma, or a department's head word whose name is still to come.

    >>> _ends_open("5. Sở Thông tin và Truyền thông chủ động phối hợp Sở Nông nghiệp và"), _ends_open("thôn, Sở")
    (True, True)
    >>> _ends_open("2. Hoàn thiện cơ cấu tổ chức, bộ máy"), _ends_open("II. NỘI DUNG")
    (False, False)
    """
    return bool(DANGLING_END_RE.search(text) or text.rstrip().endswith(",") or _pending_name_re().search(text))


def _open_parenthesis(text: str) -> bool:
    """Whether ``text`` (a block so far) ends inside a "(" it opened within the last ``PAREN_MAX_CHARS`` characters."""
    opened = text.rfind("(")
    return opened >= 0 and ")" not in text[opened:] and len(text) - opened <= PAREN_MAX_CHARS


# SENTENCE_OPENER: a line that opens with a capitalised clause opener starts a sentence of its own, so the line
# above it, printed without a closing period, was a heading, not a wrapped line: "3. Công tác đánh giá, xác định
# và giải quyết bồi thường thiệt hại" / "Khi xảy ra sự cố tràn dầu, UBND huyện Nghĩa Hành phối hợp …" (n061 printed
# without blank lines). Inside a sentence these words are written in lower case ("… phối hợp khi xảy ra …").
SENTENCE_OPENER_RE = regex.compile(
    r"[ \t]*(?:Khi|Trong\s+(?:trường\s+hợp|quá\s+trình|thời\s+gian)|Trường\s+hợp|Nếu|Sau\s+khi|Trước\s+khi|Căn\s+cứ|Trên\s+cơ\s+sở"
    r"|Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Tuy\s+nhiên|Do\s+đó|Vì\s+vậy|Để|Nhằm)(?!\p{L})",
    regex.V1,
)


# An item marker OCR misread: one or two lower-case letters closed by ")" ("đd)" for "d)"; MISREAD_MARKER in ``_continues``).
_MISREAD_MARKER_RE = regex.compile(r"[ \t]*(?-i:\p{Ll}){1,2}\)[ \t]", regex.V1)


def _continues(prev: Line, line: Line, width: int, block_text: str = "", margin: int | None = None) -> bool:
    """Whether ``line`` continues the paragraph of ``prev`` (a wrapped line) rather than opening one.

    FIELD_LINE_OPENS: a line that opens with a field label of a known role is the item's field, not the wrap of a
    heading printed without a closing period: "1. Tổ chức tuyên truyền Nghị định trên Cổng thông tin điện tử tỉnh" /
    "Thời gian thực hiện: trong Quý II/2025." (a state plan's item and its time). Counter-example: a wrapped line
    that opens with a capital word and no role label ("Phát triển nông thôn (Cơ quan …), Sở …", n055) continues.
    """
    if line.marker is not None or line.caps != prev.caps:
        return False
    if _opens_a_field(line.text):
        return False
    last = prev.text.rstrip()
    # PAREN_GOES_ON: a line that stops inside the parenthesis its block opened goes on, whatever it ends with:
    # "… gửi về Bộ Công an" / "(qua Văn phòng Bộ Công an, 96 Nguyễn Du, phường Cửa Nam, TP. Hà Nội, SĐT:" /
    # "0847.989886, Email: … trước ngày 20/12/2025 để tổng hợp, …" (n046 printed at 80 columns)
    if _open_parenthesis(block_text) and not line.caps:
        return True
    first = line.text.lstrip()[:1]
    # MISREAD_MARKER: a line opening with one or two lower-case letters closed by ")" opens an item whose marker OCR
    # misread ("đd) Về quản lý tài nguyên, …" for "d)", c157's scan), not a wrapped sentence in lower case: the three
    # rules below leave it alone. Counter-example: "dẫn địa phương …" (a word, no ")") goes on.
    lower = first.islower() and not _MISREAD_MARKER_RE.match(line.text)
    # CLAUSE_GOES_ON: a clause closed by ";" at a line's end and a next line in lower case is one item's sentence
    # wrapped there: "… trên các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành;" / "nhất là dữ liệu về dân cư,
    # căn cước, …" (n006's item (4) at 80 columns). Counter-example: "… theo quy định;" / "- Tổng hợp …" (a marker).
    # COLON_GOES_ON: so is a colon at a line's end before a line in lower case; the colon stands inside the sentence
    # (a list of what the duty holds, run on): "3. Các Bộ: Quốc phòng, Công an chỉ đạo … trong công tác phòng cháy,
    # chữa cháy rừng:" / "chủ động các phương án hỗ trợ cao nhất …" (c146 printed at 60 columns). Counter-example: a
    # lead-in's colon before its items ("… các nhiệm vụ sau:" / "a) Chủ động …", "- Tổng hợp …": a marker, or a
    # capital) ends the line's block.
    # PERIOD_GOES_ON: so is a full stop at a line's end before a line in lower case; no paragraph opens in lower case,
    # so the stop is a copy's noise or an abbreviation's: "a) Tiếp tục tổ chức tập huấn, tuyên truyền, phổ biến,
    # hướng." / "dẫn địa phương các quy định của Luật đất đai; …" (c150 at 60 columns), as printed in OCR'd copies "…
    # các quy định về." / "cơ chế quản lý, các định mức kinh tế - kỹ thuật …" (c157), "… khoáng sản còn có ." / "thể
    # thu hồi; …" (c143). Counter-example: "… theo quy định." / "b) Tổ chức …" (a marker) or "Các sở …" (a capital)
    # opens a block.
    if last.endswith((";", ":", ".")) and lower:
        return True
    if last.endswith((".", ";", ":", "!", "?")):
        return False
    if SENTENCE_OPENER_RE.match(line.text) and not _ends_open(last):
        return False
    if (
        margin is not None and first.isupper() and margin + INDENT_MIN <= line.indent <= margin + INDENT_MAX
        and (prev.indent <= margin + 1 or abs(prev.indent - line.indent) <= 1) and not _ends_open(last)
    ):
        return False  # INDENTED_PARAGRAPH
    word = line.text.split()[0] if line.text.split() else ""
    # FILLED_LINE: a line wrapped before a capital word was full: that word would not have fit on it. "1.1. Ban Tuyên
    # giáo Trung ương Đoàn" (35 characters) / "Là đơn vị thường trực …" in a text printed at 60 columns is a heading
    # and its item's text ("Là" fits after it), not one wrapped line (c114)
    filled = len(last.strip()) >= WRAP_SHARE * width and len(last.strip()) + 1 + len(word) > FILLED_SHARE * width
    return first.islower() or not first.isalpha() or filled or bool(DANGLING_END_RE.search(last))


def _marker(line: str) -> tuple[str | None, str | None, int | None, int]:
    m = MARKER_RE.match(line)
    if not m:
        return None, None, None, 0
    for kind in ("part", "roman", "article", "nested", "decimal", "paren", "step", "letter", "bullet", "plus", "tight", "bare"):
        label = m.group(kind)
        if label is not None:
            kind = {"tight": "bullet", "bare": "roman"}.get(kind, kind)  # UNSPACED_DASH: a bullet; BARE_ROMAN: a part
            level = label.count(".") + 1 if kind == "nested" else MARKER_LEVELS[kind]
            return kind, label, level, m.end()
    return None, None, None, 0  # pragma: no cover - one group always matches


def _cells(text: str, start: int, end: int, shared: regex.Pattern[str] | None = None) -> tuple[tuple[Span, ...], regex.Pattern[str] | None]:
    """The cells of a table row and the separator that cut them, or ``((), None)``.

    ROWS_SHARE_THEIR_SEPARATOR: a line right under a row (``shared``: that row's separator) is a row of the
    same table with a single separator of that kind. A group row prints fewer cells than the header, and a
    tab-separated copy loses the empty cells at its end: "STT\tNhiệm vụ\tThời gian kiểm tra" /
    "I\tCơ quan chuyên môn cấp tỉnh" / "1\tSở Xây dựng\tTháng 7/2026" (n002's table with tabs for its " | ").
    Counter-example: "TỈNH LÂM ĐỒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" under a line that is no row (a header's
    two columns) is no row.
    """
    line = text[start:end]
    for sep in (PIPE_SEP_RE, TAB_SEP_RE):
        found = len(sep.findall(line))
        if found >= ROW_MIN_SEPARATORS or (found and sep is shared):
            out = []
            pos = 0
            for m in sep.finditer(line):
                out.append(Span(start + pos, start + m.start()))
                pos = m.end()
            out.append(Span(start + pos, end))
            # a leading or trailing "|" of a Markdown row is not a cell. MERGED_CELL_LEFT_EMPTY: a row printed without
            # Markdown's borders whose first cell is blank (" | Lập báo cáo … | Ban Quản lý …" under "3-12/2020 | Thực
            # hiện lập Quy hoạch … | …", a cell merged down its rows in the original, f41's rf02) keeps that cell, or
            # every cell after it moves one column left. Counter-example: "| 1 | Rà soát … | Sở Nội vụ |" (a border).
            bordered = line.lstrip().startswith("|") and line.rstrip().endswith("|")
            if out and out[0].end == out[0].start and bordered:
                out = out[1:]
            if out and out[-1].end == out[-1].start and line.rstrip().endswith("|"):
                out = out[:-1]
            return tuple(out), sep
    return (), None


# CITATION_WRAPPED (session 40): "Điều N" at a line's start right after a line that ends inside a citation ("… theo quy
# định tại khoản 2" / "Điều 64 của Luật Địa chất và khoáng sản và các yêu cầu sau:", f42's rh05 printed at 80 columns)
# goes on the citation; it opens no article. Counter-example: "Điều 2." after a sentence's end opens one.
CITATION_WRAPPED_RE = regex.compile(r"(?<!\p{L})(?:khoản|điểm|tại|theo|và|của|các)(?:[ \t]+(?-i:[\d\p{Ll}]){1,3})?[ \t]*\n$", regex.V1 | regex.I)


# ACRONYM_TAIL: a line that is one word in capitals closed by a sentence's punctuation is the last word of a wrapped
# sentence, an acronym, not a heading in capitals: "(4) Phối hợp … đối với các hệ thống, đặc biệt là hệ thống thông
# tin giải quyết" / "TTHC." (n006 printed at 60 columns; read as a heading, it cut item (4) from its own field "- Đơn
# vị thực hiện: Công an tỉnh." below). Counter-example: a heading in capitals prints no closing period ("HƯỚNG DẪN",
# "II. NỘI DUNG", "QUYẾT ĐỊNH:" is two words and a colon).
ACRONYM_TAIL_RE = regex.compile(r"(?-i:\p{Lu})(?-i:[\p{Lu}\d&/-])*[.;,]$", regex.V1)


# An aside's text ends no clause: a ".", ";", ":", "!" or "?" before a space or line break inside the parenthesis's
# stretch says the "(" was left open (OCR's "(sửa đẳï lề trìnHƒ … tại Kỳ họp 8." in c142) or closed a sentence.
_CLAUSE_END_RE = regex.compile(r"[.;:!?](?=\s)", regex.V1)


def _aside_goes_on(text: str, start: int, pos: int) -> bool:
    """Whether the line at ``pos`` goes on an aside (PAREN_DASH_GOES_ON): inside a "(" opened after ``start`` and not
    closed, with no clause's end between. Counter-example: c142 printed without blank lines, a "(" OCR left open two
    sentences up ("… (sửa đẳï lề trìnHƒ Quốc hội khóa XV cho ý kiến tại Kỳ họp 8." / "- Tổng hợp đây đủ …"): the dash
    is a bullet."""
    if not _inside_parentheses(text, start, pos):
        return False
    return _CLAUSE_END_RE.search(text, text.rfind("(", start, pos), pos) is None


def read_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``text[start:end]`` with their markers, capitals, indent and cells.

    >>> [(x.marker, x.label, x.level) for x in read_lines("II. NỘI DUNG\\n2.1. Sở Nội vụ:\\n- rà soát")]
    [('roman', 'II', 0), ('nested', '2.1', 2), ('bullet', '-', 6)]
    """
    end = len(text) if end is None else end
    out: list[Line] = []
    pos = start
    shared: regex.Pattern[str] | None = None  # the separator of the row just above (ROWS_SHARE_THEIR_SEPARATOR)
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        raw = text[pos:stop]
        kind, label, level, content = _marker(raw)
        if kind == "bullet" and YEAR_RANGE_TAIL_RE.match(text, pos):
            kind, label, level, content = None, None, None, 0
        if kind == "article" and pos > start and CITATION_WRAPPED_RE.search(text, max(start, pos - 40), pos):
            kind, label, level, content = None, None, None, 0  # CITATION_WRAPPED
        # PAREN_DASH_GOES_ON: a dash at a line's start inside a parenthesis its paragraph opened is the aside's
        # separator, wrapped there, not a bullet: "… gửi báo cáo về UBND tỉnh (qua Phòng Cảnh sát QLHC về TTXH" / "-
        # Địa chỉ: Số 53 đường Hùng Vương, … - Email:" / "pc06.cald@gmail.com) trước 11h00’ ngày thứ 5 hằng tuần …"
        # (n006 at 80 columns: the deadline's action lost its address, and the address became a duty). Counter-example:
        # "… như sau (theo phụ lục):" / "- Rà soát …" (the parenthesis closed) is a bullet.
        if kind == "bullet" and _aside_goes_on(text, max(start, pos - PAREN_MAX_CHARS, text.rfind("\n\n", max(start, pos - PAREN_MAX_CHARS), pos)), pos):
            kind, label, level, content = None, None, None, 0
        stripped = raw.strip()
        caps = bool(stripped) and is_caps(stripped) and sum(c.isalpha() for c in stripped) >= 4 and not ACRONYM_TAIL_RE.match(stripped)
        cells, shared = _cells(text, pos, stop, shared)
        if kind is None and caps:
            level = CAPS_HEADING_LEVEL
        out.append(
            Line(
                start=pos,
                end=stop,
                text=raw,
                marker=kind,
                label=label,
                level=level,
                content=pos + content,
                caps=caps,
                indent=len(raw) - len(raw.lstrip(" \t")),
                cells=cells,
                separator=None if shared is None else "|" if shared is PIPE_SEP_RE else "\t",
            )
        )
        if nl == -1:
            break
        pos = stop + 1
    return out


# ============================================================================================
# Tables flattened one cell per line
# ============================================================================================
# FLATTENED_TABLE: a task table copied from a web page or a PDF viewer often arrives with each cell on a line of its
# own (blank lines between, the empty cells lost): "TT" / "Nội dung công việc" / "Thời gian hoàn thành" / "Đơn vị
# chủ trì" / "1" / "Rà soát danh sách …" / "Tháng 3/2024" / "Ban Tổ chức" / "2" / …. Such a table is read when
# - a line holds only the number column's word ("STT", "TT": ``columns``' role "number");
# - the lines after it, up to the first row's number, are all column names (FLAT_HEADER_CELL: short, no sentence's
#   end, a role's words or a ``flat_columns`` word of data/structure.toml), at least FLAT_HEADER_MIN_NAMES of them,
#   and one names the task or the time;
# - rows follow, each opening with a running number alone on its line (FLAT_ROW_NUMBER: "1", "2." …; the same
#   number again for a row's second line of bodies, n001's "2" / "2"; a Roman numeral for a group row, after which
#   the count starts again at "1"); a row's cells are the lines up to the next row's number (CELL_IS_A_PARAGRAPH:
#   in a copy with blank lines between its cells, a cell is a run of adjacent lines, a long cell wrapped).
# The last row (no next number within FLAT_ROW_MAX_WIDTHS × the header's width) takes what is left before the closing
# when that fits (LAST_ROW_ENDS_THE_BODY), else at most the header's width, and stops before a list item or a line in
# capitals (a heading). No row runs into the closing block ("Nơi nhận", the signer).
# Each row becomes one row of a ``Table`` whose cells are those lines (left to right, as the header's columns: a
# lost empty cell at a row's end shifts nothing before it; a wider row, ROW_WIDER_THAN_HEADER, ``_align_wide_rows``),
# so the task-table readers (deadlines.table_rows) give one duty per row.
# Counter-examples: a numbered list of prose ("1. Tổ chức …" under no "STT" line); c120's report form "TT" / "1" /
# "2" / "…" / "5" (no column name after "TT"); a list of persons "STT" / "Họ và tên" / "Chức vụ" (n018's table
# flattened: "Họ và tên" names no column of a task table).
FLAT_HEADER_MIN_NAMES = 2
FLAT_HEADER_CELL_MAX_CHARS = 80
# A row whose next number does not come within this many times the header's width of lines is the table's last.
FLAT_ROW_MAX_WIDTHS = 2
FLAT_ROW_NUMBER_RE = regex.compile(rf"[ \t]*(?:(?P<decimal>\d{{1,3}})|(?P<roman>{ROMAN}))[.)]?[ \t]*", regex.V1)


@functools.lru_cache(maxsize=1)
def _flat_column_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(structure_words().flat_columns.words)})(?!\p{{L}})", regex.V1 | regex.I)


def flat_header_cell(text: str) -> bool:
    """FLAT_HEADER_CELL: whether a line is one column name of a task table's header (FLATTENED_TABLE).

    >>> flat_header_cell("Thời gian hoàn thành"), flat_header_cell("Ghi chú"), flat_header_cell("Họ và tên")
    (True, True, False)
    >>> flat_header_cell("Rà soát nội dung công việc."), flat_header_cell("1")
    (False, False)
    """
    s = text.strip()
    if not s or len(s) > FLAT_HEADER_CELL_MAX_CHARS or s.endswith((".", ";", ":", ",")) or not s[:1].isupper():
        return False
    return column_role(s) is not None or bool(_flat_column_re().search(s))


def _row_number(text: str) -> tuple[str, int] | None:
    """A row's running number alone on its line: ("decimal", 2) for "2" or "2.", ("roman", 3) for "III"."""
    m = FLAT_ROW_NUMBER_RE.fullmatch(text)
    if m is None:
        return None
    if m.group("decimal") is not None:
        return "decimal", int(m.group("decimal"))
    values = [{"I": 1, "V": 5, "X": 10}[c] for c in m.group("roman")]
    return "roman", sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _runs_on(prev: tuple[str, int] | None, last_roman: int, nxt: tuple[str, int]) -> bool:
    """Whether ``nxt`` goes on a table's numbering after ``prev`` (None: the first row)."""
    kind, n = nxt
    if kind == "roman":
        return n == last_roman + 1
    if prev is None or prev[0] == "roman":
        return n == 1
    return n in (prev[1], prev[1] + 1)


# A cell: the first and the last of its lines (indices). A copy with blank lines between its cells keeps a long cell's
# wrapped lines together (CELL_IS_A_PARAGRAPH: "Sở Tư pháp; UBND các xã, phường," / "đặc khu" is one cell); one with no
# blank line between its cells has one cell a line.
Cell = tuple[int, int]


@dataclass(frozen=True)
class FlatTable:
    """A table flattened one cell per line (FLATTENED_TABLE): the header's cells and each row's cells (a row's first
    cell is its number), each cell the first and the last of its lines."""

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    wrapped: bool = False
    carried: tuple[Cell, ...] = ()  # ROW_ACROSS_PAGES: the lines of the page before's last row, above the first row
    between: tuple[Cell, ...] = ()  # ROW_ACROSS_PAGES: what a page break put inside a row (foot, number, header again)


def _cell_text(lines: list[Line], cell: Cell) -> str:
    """A flattened table's cell as read: its lines stripped and joined by one space ("" for ``ABOVE``)."""
    return " ".join(lines[j].text.strip() for j in range(cell[0], cell[1] + 1)) if cell != ABOVE else ""


def flattened_tables(lines: list[Line], zones: list[tuple[int, int]] | None = None) -> list[FlatTable]:
    """The tables of ``lines`` flattened one cell per line (FLATTENED_TABLE), read within each of ``zones`` (offsets:
    the text up to the closing block, and from there on; default: the whole text), so no row runs into the closing.

    >>> t = flattened_tables(read_lines("TT\\nNội dung\\nThời gian\\n1\\nRà soát hồ sơ\\nTháng 3/2024\\n2\\nBáo cáo kết quả\\nQuý II"))
    >>> [(x.header, x.rows) for x in t]
    [(((0, 0), (1, 1), (2, 2)), (((3, 3), (4, 4), (5, 5)), ((6, 6), (7, 7), (8, 8))))]
    """
    out: list[FlatTable] = []
    for lo, hi in zones if zones is not None else [(0, lines[-1].end if lines else 0)]:
        out += _flattened_in(lines, [i for i, x in enumerate(lines) if x.text.strip() and not x.cells and lo <= x.start < hi])
    return out


def _cells_from(lines: list[Line], filled: list[int], spaced: bool) -> list[Cell]:
    """The cells of ``filled`` lines: one a line, or (``spaced``: CELL_IS_A_PARAGRAPH) one a run of adjacent lines."""
    out: list[Cell] = []
    for i in filled:
        if spaced and out and out[-1][1] == i - 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def _flattened_in(lines: list[Line], filled: list[int]) -> list[FlatTable]:
    """FLATTENED_TABLE over one zone's ``filled`` lines (indices of its non-blank lines that are no "|" or tab row)."""
    out: list[FlatTable] = []
    after: tuple[tuple[str, int], int] | None = None  # the last table's last row number and group numeral
    k = 0
    while k < len(filled):
        i = filled[k]
        if len(lines[i].text.strip()) > FLAT_HEADER_CELL_MAX_CHARS // 4 or column_role(lines[i].text.strip()) != "number":
            k += 1
            continue
        spaced = i + 1 < len(lines) and not lines[i + 1].text.strip()
        repeat = tuple(_cell_text(lines, c) for c in out[-1].header) if out else ()
        table = _flat_table(lines, _cells_from(lines, filled[k:], spaced), spaced, after, repeat)
        if table is None:
            k += 1
            continue
        merged = _carry_over(lines, out[-1], table) if table.carried and out else None
        if merged is not None:
            out[-1] = table = merged
        else:
            out.append(table)
        numbers = _last_numbers(lines, table)
        if numbers is not None and after is not None and numbers[1] == 0:
            numbers = (numbers[0], after[1])  # a page with no group row goes on under the group of the page before
        after = numbers
        last = table.rows[-1][-1][1]
        while k < len(filled) and filled[k] <= last:
            k += 1
    return out


# ROW_ACROSS_PAGES: a wrapped table's row that a page break cuts goes on under the next page's header, before the next
# row's number ("… Kế hoạch kiểm tra cải cách" / "" / "1 Ghi chú …" / "25" / "" / "STT" / "Nhiệm vụ" / … / "hành chính
# năm 2026 của tỉnh" / "Ban hành kế hoạch trong" / …, qm03's rows 12, 15, 19 …). The row's lines on both pages are
# grouped into its cells again (WRAPPED_CELLS), a cell's two halves one cell, and the next page's rows go on in the
# same table. What lies between (the page's foot and number, the header printed again) is kept out of the cells'
# values (``FlatTable.between``). Only when at most ``CARRY_MAX_BETWEEN`` lines of text lie between the two pages'
# parts: else the page before ended with prose, and the lines above the first row are no row's.
CARRY_MAX_BETWEEN = 24


def _carry_over(lines: list[Line], before: FlatTable, table: FlatTable) -> FlatTable | None:
    """``before`` with its last row gone on in ``table.carried`` and ``table``'s rows after it (ROW_ACROSS_PAGES), or
    None when ``table`` does not go on from it."""
    if not before.rows:
        return None
    end = before.rows[-1][-1][1]
    first = table.carried[0][0]
    if sum(1 for j in range(end + 1, first) if lines[j].text.strip()) > CARRY_MAX_BETWEEN:
        return None
    last = before.rows[-1]
    parts = tuple((j, j) for a, b in table.carried for j in range(a, b + 1) if lines[j].text.strip())
    names = [_cell_text(lines, c) for c in before.header[1:]]
    roles = [column_role(n) for n in names]
    best, cells, unread = _carried_cells(lines, last[1:], parts, roles)
    subs: list[tuple[Cell, ...]] = []
    lead = roles.index("lead") if "lead" in roles else 0
    texts = [lines[a].text.strip() for a, _ in parts]
    for i in range(len(parts)) if lead else ():
        # SUB_ROWS: the row's second row under the next page's header, after the rest of the row's cells (or alone)
        if _wraps_on(texts[i]) or not any(names_bodies(" ".join(texts[i:b])) for b in range(i + 1, min(len(parts), i + SUB_ROW_NAME_LINES) + 1)):
            continue
        score, rest, left = _carried_cells(lines, last[1:], parts[:i], roles)
        sub_score, more = _wrapped_rows(lines, parts[i:], roles[lead:], 1)
        score += SUB_ROW_OPENS + sub_score + (_same_lead(lines, last[1 + lead], more[0][0]) if 1 + lead < len(last) else 0.0)
        if score > best:
            best, cells, unread, subs = score, rest, left, [_sub_row(roles, m) for m in more]
    between = (*before.between, (end + 1, first - 1), *unread)
    return FlatTable(before.header, (*before.rows[:-1], (last[0], *cells), *subs, *table.rows), True, (), between)


# ROW_ACROSS_PAGES: a PDF cuts a row at the page's foot through all its cells at one height, so the lines under the
# next page's header are the rest of each cell that went on, in the columns' order, a cell that ended on the page
# before having none: qm03's row 12 goes on with "Bộ Tài chính (đối với" / … / "doanh)" (its second lead body) and
# "các quy định" / "pháp luật để cắt" / … (the rest of its product, "… ban hành, bãi bỏ"). Which column each run of
# lines goes on is the grouping the evidence favours most (``_carried_cells``):
# - a run opening in lower case goes on a cell the page before left open (no ".", ";" or ":" at its end), and not
#   one it closed;
# - the time column's cell, with the run, reads as a time (and one printed whole goes on with nothing); the columns
#   of bodies, with it, name bodies; a time alone goes on no other column;
# - a cell that reached the page's foot (as many lines as the row's tallest) goes on rather than a short one;
# - where the page before lost a row's last cells, the run is those cells, in order (WRAPPED_CELLS).
# A cell is one stretch of the text: the run that goes on the page before's last cell, and the runs that are its
# lost cells, join the row; the rest of a cell further left is left unread (``FlatTable.between``), the cell as the
# page before printed it (qm03's row 12 keeps its lead "Bộ Tư pháp (…)" without "Bộ Tài chính (…)").
CARRY_GOES_ON = 1.0  # a run in lower case after a cell left open
CARRY_AFTER_CLOSED = -2.0  # … after a cell closed by its punctuation
CARRY_TALL = 0.5  # times the share of the row's tallest cell the column's cell filled on the page before
CARRY_TIME_AGAIN = -3.0  # a run going on a time cell the page before printed whole ("Tháng 5/2026" / … / "Tháng 11/2026": a second row's)


def _carried_cells(
    lines: list[Line], row: tuple[Cell, ...], parts: tuple[Cell, ...], roles: list[ColumnRole | None]
) -> tuple[float, tuple[Cell, ...], tuple[Cell, ...]]:
    """The cells of a row cut by a page break (ROW_ACROSS_PAGES), with the grouping's score: ``row`` (after its
    number) as the page before printed it, its last cell gone on with its run of the next page's ``parts`` (one
    ``Cell`` a line) and its lost cells added; and the runs left unread (those of the cells further left)."""
    if not parts:
        return 0.0, row, ()
    texts = [lines[c[0]].text.strip() for c in parts]
    n, k, m = len(parts), len(roles), len(row)
    before = [_cell_text(lines, c) for c in row]
    heights = [b - a + 1 if (a, b) != ABOVE else 0 for a, b in row]
    tallest = max(heights, default=1)
    # a run's lower-case opening is judged by the cell it goes on (``fit``), not as a cut
    cut = _cut_reader(texts, lower=False)

    @functools.cache
    def fit(c: int, a: int, b: int) -> float:  # lines a..b-1 as the rest of column c's cell (or as the cell)
        run = " ".join(texts[a:b])
        whole = f"{before[c]} {run}" if c < m else run
        role = roles[c]
        score = 0.0
        if c < m:
            closed = before[c].endswith((".", ";", ":"))
            if _wraps_on(texts[a]):
                score += CARRY_AFTER_CLOSED if closed else CARRY_GOES_ON
            score += CARRY_TALL * heights[c] / tallest
        elif _wraps_on(texts[a]):
            score += WRAP_CUT_LOWER
        if role == "time":
            if c < m and _time_cell(before[c]):
                return score + CARRY_TIME_AGAIN  # a time cell the page before printed whole goes on with no other
            return score + (WRAP_TIME_FITS if _time_cell(whole) else WRAP_TIME_MISSING)
        if _time_cell(run):
            score += WRAP_TIME_ELSEWHERE
        if role in ("lead", "cooperate"):
            score += WRAP_BODY_OPENS if names_bodies(whole) else WRAP_BODY_MISSING
        return score

    # best[c][i]: the best score of the first c columns over the first i lines; back: (where column c-1's run opened,
    # or -1 when it has none)
    NEG = float("-inf")
    best = [[NEG] * (n + 1) for _ in range(k + 1)]
    back = [[-2] * (n + 1) for _ in range(k + 1)]
    best[0][0] = 0.0
    starts = [[0] * (n + 1) for _ in range(k + 1)]  # where the last run before column c at line i opened
    for c in range(k):
        for i in range(n + 1):
            if best[c][i] == NEG:
                continue
            if c < m and best[c][i] > best[c + 1][i]:  # column c did not go on (a cell lost at the row's end has no rest)
                best[c + 1][i], back[c + 1][i], starts[c + 1][i] = best[c][i], -1, starts[c][i]
            for b in range(i + 1, n + 1):
                score = best[c][i] + cut(i, starts[c][i]) + fit(c, i, b)
                if score > best[c + 1][b]:
                    best[c + 1][b], back[c + 1][b], starts[c + 1][b] = score, i, i
    # every line goes on some column; the columns after the last with a run have none (or were lost)
    c = max(range(m, k + 1), key=lambda x: (best[x][n], -x))
    if best[c][n] == NEG:
        return NEG, row, tuple(parts)
    score = best[c][n]
    runs: dict[int, tuple[int, int]] = {}
    i = n
    while c > 0:
        a = back[c][i]
        if a >= 0:
            runs[c - 1] = (a, i)
            i = a
        c -= 1
    out = list(row)
    unread: list[Cell] = []
    for col, (a, b) in sorted(runs.items()):
        cell = (parts[a][0], parts[b - 1][1])
        if col >= m:
            out.append(cell)
        elif col == m - 1 and row[col] != ABOVE:
            out[col] = (row[col][0], cell[1])
        else:
            unread.append(cell)
    return score, tuple(out), tuple(unread)


def _sub_row(roles: list[ColumnRole | None], cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """A second row (SUB_ROWS) as a FlatTable row: the row above's number and cells up to the lead column, then its
    own cells from there."""
    return (ABOVE,) * (1 + roles.index("lead")) + cells


def _last_numbers(lines: list[Line], table: FlatTable) -> tuple[tuple[str, int], int] | None:
    """A flattened table's last row number and its last group numeral (0: none), for the table that goes on after
    it on the next page (HEADER_ON_EVERY_PAGE)."""
    numbers = [n for row in table.rows if row[0] != ABOVE and (n := _row_number(lines[row[0][0]].text)) is not None]
    if not numbers:
        return None
    return numbers[-1], max((n[1] for n in numbers if n[0] == "roman"), default=0)


def _flat_header(lines: list[Line], cells: list[Cell], spaced: bool, repeat: tuple[str, ...] = ()) -> tuple[list[Cell], int, bool]:
    """A flattened table's header from its number column's word ``cells[0]``: the cells (a name wrapped over lines
    made one cell), the index of the first cell after the header, and whether a name was wrapped.

    The header is the column names up to the first row's number; in a copy without blank lines a name wrapped over
    lines is one name (WRAPPED_CELLS: "Cơ quan" / "chủ trì", "Thời gian" / "hoàn thành"). A header that prints
    ``repeat`` (the names of the table on the page before, HEADER_ON_EVERY_PAGE) is those names, and no more: the
    line under it goes on the row the page cut ("Theo dõi, kiểm" / "tra, đôn đốc" / "tỉnh": "tỉnh" is no part of the
    name, ROW_ACROSS_PAGES)."""

    def text(c: Cell) -> str:
        return _cell_text(lines, c)

    def number_of(c: Cell) -> tuple[str, int] | None:
        return _row_number(lines[c[0]].text) if c[0] == c[1] else None

    cells = list(cells)
    if repeat and not spaced:
        got, e = [cells[0]], 1
        for name in repeat[1:]:
            a = e
            while e < len(cells) and len(text((cells[a][0], cells[e][1]))) < len(name):
                e += 1
            if e >= len(cells) or text((cells[a][0], cells[e][1])) != name:
                break
            got.append((cells[a][0], cells[e][1]))
            e += 1
        else:
            return [*got, *cells[e:]], len(got), any(a != b for a, b in got)
    wrapped = False
    h = 1
    while h < len(cells) and number_of(cells[h]) is None:
        if not spaced:
            e = h
            # (HEADER_QUALIFIER, session 38: a name's qualifier in brackets on its own line goes on the name, "Đơn vị
            # phối hợp" / "(Bộ/ngành/địa phương)", an unseen Đề án's appendix)
            while e + 1 < len(cells) and (_wraps_on(text(cells[e + 1])) or text(cells[e + 1]).lstrip().startswith("(")) and number_of(cells[e + 1]) is None:
                e += 1
            if e > h and flat_header_cell(text((cells[h][0], cells[e][1]))):
                cells[h : e + 1] = [(cells[h][0], cells[e][1])]
                wrapped = True
        if not flat_header_cell(text(cells[h])):
            break
        h += 1
    return cells, h, wrapped


def _is_flat_header(lines: list[Line], cells: list[Cell], h: int) -> bool:
    """Whether ``cells[1:h]`` name enough columns, a task's or a time's among them, to be a flattened table's header."""
    names = [_cell_text(lines, c) for c in cells[1:h]]
    return len(names) >= FLAT_HEADER_MIN_NAMES and any(column_role(n) in ("task", "time") for n in names)


# SUB_HEADER_LINES: at most this many sub-column names between a flattened header and its first row, each this short.
SUB_HEADER_MAX_LINES = 3
SUB_HEADER_NAME_MAX_CHARS = 24


def _sub_header_name(name: str) -> bool:
    """Whether a line between a flattened header and its first row reads as a sub-column's name (SUB_HEADER_LINES)."""
    return 0 < len(name.strip()) <= SUB_HEADER_NAME_MAX_CHARS and not regex.search(r"[.;:]\s*$", name)


def _flat_table(
    lines: list[Line], cells: list[Cell], spaced: bool = True, after: tuple[tuple[str, int], int] | None = None, repeat: tuple[str, ...] = ()
) -> FlatTable | None:
    """The flattened table whose number column's word is ``cells[0]``, or None (FLATTENED_TABLE; WRAPPED_CELLS in a copy
    without blank lines between its cells, ``spaced`` False). HEADER_ON_EVERY_PAGE: a table copied from a PDF repeats its
    header on each page, and the rows under it go on with the numbers of the page before (``after``: the last table's
    last row number and group numeral): "TT" / "Tên nhiệm vụ" / … / "4" / … after a page whose table ended at "3"."""

    def text(c: Cell) -> str:
        return _cell_text(lines, c)

    def number_of(c: Cell) -> tuple[str, int] | None:
        return _row_number(lines[c[0]].text) if c[0] == c[1] else None

    cells, h, wrapped = _flat_header(lines, cells, spaced, repeat)
    names = [text(c) for c in cells[1:h]]
    first = number_of(cells[h]) if h < len(cells) else None
    if first is None and after is None:
        # SUB_HEADER_LINES (session 40): a header whose last name spans sub-columns prints their names on a line of
        # their own before the first row, "… Thời gian thực hiện" / "Nguồn kinh phí thực hiện" / "Đến 2025" / "2026 –
        # 2030" / "I" / "Xây dựng và hoàn thiện chính sách …" (f42's rh01, a province's appendix of tasks): short lines,
        # no sentence, then the first row's number; they are no rows. Before, the table was not read at all.
        for c in range(h + 1, min(len(cells), h + 1 + SUB_HEADER_MAX_LINES)):
            if (n := number_of(cells[c])) is not None:
                if _runs_on(None, 0, n) and all(_sub_header_name(text(cells[k])) for k in range(h, c)):
                    cells, first = [*cells[:h], *cells[c:]], n
                break
    carried: list[Cell] = []
    if first is None and after is not None and not spaced:
        # ROW_ACROSS_PAGES: a wrapped table's row that runs over a page goes on under the next page's header, before
        # the next row's number ("TT" / … / "Bộ Tài chính (đối với" / "các nội dung liên quan …" / "13" / …, qm03)
        for c in range(h + 1, min(len(cells), h + FLAT_WRAPPED_ROW_MAX_LINES)):
            if (n := number_of(cells[c])) is not None:
                if _runs_on(after[0], after[1], n):  # the same number again too (n001 numbers two rows "2")
                    carried, first = cells[h:c], n
                break
    goes_on = after is not None and first is not None and (first != after[0] or bool(carried)) and _runs_on(after[0], after[1], first)
    if not _is_flat_header(lines, cells, h) or first is None or not (_runs_on(None, 0, first) or goes_on) or (carried and not goes_on):
        return None
    width = len(names) + 1
    if not spaced and not wrapped:  # WRAPPED_CELLS: a copy whose header is not wrapped may still wrap its cells
        wrapped = any(_wraps_on(text(c)) for c in cells[h : h + FLAT_WRAPPED_ROW_MAX_LINES])
    rows: list[tuple[Cell, ...]] = []
    prev: tuple[str, int] | None = after[0] if goes_on and after is not None else None
    last_roman = after[1] if goes_on and after is not None else 0
    r = h + len(carried)
    while r < len(cells):
        number = number_of(cells[r])
        if number is None or not _runs_on(prev, last_roman, number):
            break
        e = r + 1
        reach = min(len(cells), r + (FLAT_WRAPPED_ROW_MAX_LINES if wrapped else FLAT_ROW_MAX_WIDTHS * width))
        while e < reach:
            nxt = number_of(cells[e])
            # a number inside a row of fewer than two cells is one of its cells (a count), not the next row's
            if nxt is not None and _runs_on(number, last_roman, nxt) and (e - r > 2 or number[0] == "roman"):
                break
            if wrapped and cells[e][0] > cells[e - 1][1] + 1 and not _blank_inside_row(cells, r, e, number, last_roman, number_of, lines):
                break  # WRAPPED_CELLS: a blank line ends the table's last row (a footnote, the text after it)
            e += 1
        # the last row: what is left before the closing when it fits (LAST_ROW_ENDS_THE_BODY: a copy that stops
        # with its table, pa11), else at most the header's width; either way up to a list item or a heading (a line
        # in capitals: n002's "Phụ lục II" / "ĐỀ CƯƠNG BÁO CÁO …" after its schedule's last row)
        if e >= reach or (wrapped and e < len(cells) and number_of(cells[e]) is None):
            cap = len(cells) if reach == len(cells) or wrapped else r + width
            stop = e if wrapped else cap
            e = r + 1
            while e < min(cap, stop, len(cells)) and not any(lines[j].marker is not None or lines[j].caps for j in range(cells[e][0], cells[e][1] + 1)):
                e += 1
        row = tuple(cells[r:e])
        if wrapped and len(row) > 2:
            roles = [column_role(n) for n in names]
            first_row, *more = _wrapped_rows(lines, row[1:], roles)[1]
            rows.append((row[0], *first_row))
            rows.extend(_sub_row(roles, sub) for sub in more)
        else:
            rows.append(row)
        if number[0] == "roman":
            last_roman = number[1]
        prev = number
        r = e
    return FlatTable(tuple(cells[:h]), tuple(rows), wrapped, tuple(carried))


# BLANK_CELL_INSIDE_ROW (session 38): a PDF copy may print an empty cell as a blank line inside a row: "Bộ trưởng Bộ" /
# "Khoa học và" / "Công nghệ" / "" / "2026" / "3" / … (an unseen Đề án's appendix: its "Cấp phê duyệt" and "Tiến độ"
# cells; the table ended at row 2, its time lost). A blank line ends the last row only when the next row's number does
# not follow before the row's lines run out (FLAT_WRAPPED_ROW_MAX_LINES from the row's number). Counter-example: a
# footnote or the text after the table (no next number, or a page's number that does not run on) still ends it.


def _blank_inside_row(
    cells: list[Cell],
    r: int,
    e: int,
    number: tuple[str, int],
    last_roman: int,
    number_of: Callable[[Cell], tuple[str, int] | None],
    lines: list[Line],
) -> bool:
    """BLANK_CELL_INSIDE_ROW: whether the blank line before ``cells[e]`` stands inside the row numbered ``number`` that
    opens at ``cells[r]``."""
    if cells[e][0] == cells[e][1] and _time_cell(lines[cells[e][0]].text):
        return True  # a time cell of one line alone under the blank is the row's last cell ("" / "2026 - 2027")
    if column_role(lines[cells[e][0]].text.strip()) == "number":
        return False  # the header printed again on the next page ("" / "TT" / "Nội dung, nhiệm vụ" / …: HEADER_ON_EVERY_PAGE)
    for c in cells[e + 1 : r + FLAT_WRAPPED_ROW_MAX_LINES]:
        n = number_of(c)
        if n is not None:  # (a page's number, "69", runs on nothing: the page ended the table)
            return n != number and _runs_on(number, last_roman, n)
    return False


# WRAPPED_CELLS: a task table copied from a PDF viewer (the probe's qm03, a Government resolution's appendix; the
# variant ``table_cells_wrapped`` of scripts/variants.py on every dev task table) comes one cell after another with no
# blank line, each cell wrapped at its column's width: "TT" / "Tên nhiệm vụ" / "Cơ quan" / "chủ trì" / … / "1" /
# "Thực hiện nghiêm quy định các bộ, cơ" / "quan ngang bộ cơ cấu ít nhất một lãnh" / "đạo có chuyên môn pháp luật" /
# "Các bộ," / "cơ quan ngang bộ" / "Bộ Nội vụ" / "Báo cáo" / "hằng năm" / "2026 và" / "hằng năm" / "Nghị quyết" / …
# A header name wrapped over lines is one name (a line opening in lower case goes on the one above it, where together
# they name a column); a row's lines are grouped into its columns' cells, in order, by what the wrap leaves:
# - a line opening in lower case, or after a line ending on a comma, a hyphen, "và", "của" …, or inside an open
#   parenthesis or quotation, goes on the cell above (WRAP_GOES_ON);
# - a cell opens after a line that ends a sentence ("… thông qua/ban hành.");
# - the time column's cell reads as a time ("Tháng" / "3/2026", "Thường" / "xuyên", "2026 và" / "hằng năm"), or names
#   one within it ("Ban hành kế hoạch chậm nhất là ngày 15/01/2026 và …") or the rule it follows ("Theo các mốc thời
#   gian tại Quyết định …"), and no other column's cell is a time alone;
# - the columns of bodies name bodies ("Sở Tư pháp", "Các cơ quan, đơn vị", not "Nghị định số …");
# - a cell lost at the row's end is no cell (the row is then read from the left, as a dense copy's is).
# The grouping that best meets these is taken (``_wrapped_cells``). Counter-examples: a copy with blank lines between
# its cells (CELL_IS_A_PARAGRAPH) and a dense copy with every line a cell (no line opens in lower case) stay as they were.
FLAT_WRAPPED_ROW_MAX_LINES = 60
# What a wrapped cell's line ends on when the cell goes on: a comma, a hyphen, an opening bracket or quotation mark,
# a word that needs what follows it (DANGLING_WORD, shared with the paragraphs' joins) or one that a figure or a name
# completes in a cell ("số" / "66-NQ/TW", "tháng" / "3/2026", "theo" / "Kế hoạch …").
_WRAP_COMPLETED_WORD = r"(?:số|theo|về|tại|trong|đối|để|năm|tháng|ngày)"
_WRAP_DANGLING_RE = regex.compile(rf"(?:[,(\-–/“\"]|(?<!\p{{L}})(?:{DANGLING_WORD}|{_WRAP_COMPLETED_WORD}))\s*$", regex.V1 | regex.I)
# The weights of the grouping's evidence (the grouping with the greatest sum is taken).
WRAP_CUT_LOWER = -5.0  # a cell opening in lower case (a cell opens with a capital or a figure, nearly always)
WRAP_CUT_LOWER_GROUP = -2.0  # … with a group's quantifier ("các sở, ngành": a body column may print its cell so)
WRAP_CUT_DANGLING = -1.5  # a cell opening after a line cut inside a phrase (``_WRAP_DANGLING_RE``)
WRAP_CUT_OPEN = -2.0  # a cell opening inside an open parenthesis or quotation
WRAP_CUT_AFTER_STOP = 1.0  # a cell opening after a line that ends a sentence ("… ban hành.")
WRAP_TIME_FITS = 3.0  # the time column's cell is a time
WRAP_TIME_NAMED = 1.5  # it names a time within it ("Ban hành kế hoạch chậm nhất là ngày 15/01/2026 …") or the rule it follows ("Theo …")
WRAP_TIME_MISSING = -3.0  # it does neither
WRAP_TIME_ELSEWHERE = -2.0  # another column's cell is a time alone
WRAP_BODY_OPENS = 1.0  # a column of bodies names bodies
WRAP_BODY_MISSING = -1.0  # it does not
WRAP_CELL_LOST = -1.5  # a column left without a cell at the row's end


# SIDE_BY_SIDE_CELLS: a PDF viewer prints on one line the cells whose lines stand at one height, parted by two spaces
# or more: a row's number beside its task's first line ("7  Đề án về chỉ số đánh giá, chấm điểm KPI"), a body cell's
# last line beside the next column's first ("cơ quan ngang bộ  Bộ Tư pháp"; the probe's qm03, a Government
# resolution's appendix, whose rows from 7 on were all lost inside row 6). Under a flattened table's header printed
# without blank lines (WRAPPED_CELLS) such a line is read as its parts, each a line of the table, before the tables
# are read. The lines under the header are read so up to a blank line (the page's foot) or a line as wide as prose
# (``SIDE_BY_SIDE_MAX_CHARS``), and again under the header where the next page prints it (HEADER_ON_EVERY_PAGE).
# Normalisation prints a run of two spaces as one (``normalize.step_whitespace``): the gap is read in the source,
# through the text's map (``wide_spaces``). Counter-examples: a table copied with blank lines between its cells
# (CELL_IS_A_PARAGRAPH) is left as it is; so is prose with a double space (a sentence's end typed with two spaces).
# a line of two cells is no wider than this (a line of prose is)
SIDE_BY_SIDE_MAX_CHARS = 100


def wide_spaces(text: Text, start: int, end: int) -> list[int]:
    """The offsets in ``text.text[start:end]`` of the spaces that stand for two spaces or more in the source (a
    run normalisation printed as one, SIDE_BY_SIDE_CELLS).

    >>> from .normalize import normalize_text
    >>> t = normalize_text("7  Đề án về chỉ số")
    >>> wide_spaces(t, 0, len(t.text))
    [1]
    """
    out: list[int] = []
    raw = text.source.text
    for p in range(start, end):
        if text.text[p] == " " and p + 1 < len(text.src) and text.src[p + 1] - text.src[p] >= 2 and not raw[text.src[p] : text.src[p + 1]].strip():
            out.append(p)
    return out


# GLUED_GROUP_NUMERAL (session 39): a PDF viewer may print a group row's numeral and its title, one cell spanning the
# columns, on one line parted by a single space: "III" / … / "IV Huy động và sử dụng hiệu quả nguồn lực …" (an unseen
# Government resolution's appendix, where "III" and "V" stood alone: the table ended at "IV …" and its last two groups'
# rows were lost). Under a flattened table's header such a line is read as its numeral and its title when the numeral is
# the next group numeral after one the table printed alone. Counter-example: "IV" not following "III" ("V Hội nghị …"
# opening a table, or a line of prose that opens with a capital "I"), and a decimal number ("7 Đề án …": a count or a
# cell of its own) stay as they are.
GLUED_GROUP_NUMERAL_RE = regex.compile(rf"((?-i:{ROMAN}))[ \t](?=(?-i:\p{{Lu}})(?-i:\p{{Ll}}))", regex.V1)


def side_by_side_cells(lines: list[Line], text: Text) -> list[Line] | None:
    """``lines`` with each line of a wrapped table that prints two cells side by side read as two lines (above), or
    None when there is none.

    >>> from .normalize import normalize_text
    >>> t = normalize_text("TT\\nNhiệm vụ\\nThời gian\\n7  Đề án về chỉ số\\nTháng 3/2026")
    >>> [(ln.text, ln.start, ln.end) for ln in side_by_side_cells(read_lines(t.text), t) or []][3:]
    [('7', 22, 23), ('Đề án về chỉ số', 24, 39), ('Tháng 3/2026', 40, 52)]
    """
    cut: dict[int, list[int]] = {}
    read_from: set[int] = set()  # the headers whose run was read (a header printed again is read from the first)
    n = len(lines)
    first_header = n
    for i, line in enumerate(lines):
        if (
            i in read_from or i + 1 >= n or not lines[i + 1].text.strip() or line.cells
            or len(line.text.strip()) > FLAT_HEADER_CELL_MAX_CHARS // 4 or column_role(line.text.strip()) != "number"
        ):
            continue
        run = [(j, j) for j in range(i, next((j for j in range(i, n) if not lines[j].text.strip() or lines[j].cells), n))]
        cells, h, _ = _flat_header(lines, run, spaced=False)
        if not _is_flat_header(lines, cells, h):
            continue
        head = [lines[j].text.strip() for j in range(i, cells[h - 1][1] + 1)]
        j = cells[h - 1][1] + 1
        first_header = min(first_header, i)
        while j < n:
            row = lines[j]
            stripped = row.text.strip()
            if not stripped or len(stripped) > SIDE_BY_SIDE_MAX_CHARS or row.cells:
                # a blank line (the page's foot) or prose ends the run; the table goes on where its header is
                # printed again (HEADER_ON_EVERY_PAGE)
                again = next((k for k in range(j + 1, n) if [x.text.strip() for x in lines[k : k + len(head)]] == head), None)
                if again is None:
                    break
                read_from.add(again)
                j = again + len(head)
                continue
            a = row.start + len(row.text) - len(row.text.lstrip())
            if gaps := wide_spaces(text, a, a + len(stripped)):
                cut[j] = [g - row.start for g in gaps]
            j += 1
    last_roman = 0  # GLUED_GROUP_NUMERAL: the group numeral last seen alone on its line, from the first header on
    for j in range(first_header, n):
        stripped = lines[j].text.strip()
        if (number := _row_number(stripped)) is not None and number[0] == "roman":
            last_roman = number[1]
        elif last_roman and j not in cut and (m := GLUED_GROUP_NUMERAL_RE.match(stripped)) and _row_number(m.group(1)) == ("roman", last_roman + 1):
            cut[j] = [len(lines[j].text) - len(lines[j].text.lstrip()) + m.end(1)]
            last_roman += 1
    if not cut:
        return None
    out: list[Line] = []
    for j, line in enumerate(lines):
        if j not in cut:
            out.append(line)
            continue
        pos = 0
        for stop in [*cut[j], len(line.text)]:
            if line.text[pos:stop].strip():
                (part,) = read_lines(line.text, pos, stop)
                out.append(dataclasses.replace(part, start=part.start + line.start, end=part.end + line.start, content=part.content + line.start))
            pos = stop + 1
    return out


def _wraps_on(line: str) -> bool:
    """Whether a line of a wrapped copy goes on the line above it: it opens in lower case."""
    s = line.lstrip(" \t\"“(")
    return s[:1].islower()


# A cell of years, alone or with a recurrence: "2026", "2026 và hằng năm", "2026-2030", "2027, 2028".
# YEAR_CELL_LEAD (session 39): the cell may name what the years are, "Năm 2026 - 2027", "Giai đoạn 2026 - 2030", "Từ năm
# 2027", "Năm 2026 và các năm tiếp theo" (a Government resolution's appendix: read as no time, its row's "Năm" left in
# the column before and "Năm 2026 …" cells lost). Counter-example: "Năm 2026 của tỉnh" (a product's words) is no cell
# of years (the cell must end with its years or recurrence).
_YEARS_CELL_LEAD = r"(?:(?:từ\s+|trong\s+|cả\s+)?năm|giai\s+đoạn|thời\s+kỳ)\s+"
_YEARS_CELL_RE = regex.compile(
    rf"(?:{_YEARS_CELL_LEAD})?(?:19|20)\d\d(?:\s*(?:[-–,]|và|đến)\s*(?:(?:năm\s+)?(?:19|20)\d\d|(?:hằng|hàng)\s+năm|các\s+năm\s+tiếp\s+theo))*[.;]?",
    regex.V1 | regex.I,
)
# A time cell's time phrases cover at least this share of it ("Thường xuyên trong năm"; not "năm 2026 của cơ quan …").
WRAP_TIME_COVER = 0.5


def _time_cell(value: str) -> bool:
    """Whether a cell reads as a time: a year cell ("2026 và hằng năm"), or a time (``cell_kind``) that its time
    phrases cover for the most part ("Tháng 3/2026", "Thường xuyên trong năm"; not "năm 2026 của tỉnh", a product)."""
    from .dates import find_time_phrases

    value = value.strip()
    if _YEARS_CELL_RE.fullmatch(value):
        return True
    if cell_kind(value) not in ("time", "year"):
        return False
    covered = sum(len(p.text) for p in find_time_phrases(value, standing=True))
    return covered >= WRAP_TIME_COVER * len(value)


# A cell of bodies is a list of names, not a sentence: longer than this it is another column's cell ("Quốc hội sửa
# đổi, bổ sung, ban hành mới văn bản …", a task's wrapped line opening with a body's name).
WRAP_BODIES_MAX_CHARS = 100


def names_bodies(value: str) -> bool:
    """Whether a cell names bodies: a body's name ("Sở Tư pháp", "UBND tỉnh") or a group's ("Các cơ quan, đơn vị"),
    no longer than a list of names is (``WRAP_BODIES_MAX_CHARS``)."""
    from .extractors.header import names_a_body

    if len(value) > WRAP_BODIES_MAX_CHARS:
        return False
    return names_a_body(value) or (bool(GROUP_QUANTIFIER_RE.match(value)) and names_a_group(value))


def _time_phrases_of(value: str) -> list[Span]:
    """The time phrases ``value`` names (``dates.find_time_phrases``, the standing times too), as spans."""
    from .dates import find_time_phrases

    return [Span(p.start, p.end) for p in find_time_phrases(value, standing=True)]


def _wrapped_cells(lines: list[Line], parts: tuple[Cell, ...], roles: list[ColumnRole | None]) -> tuple[Cell, ...]:
    """WRAPPED_CELLS: a row's lines (each one ``Cell`` of one line, after its number) grouped into at most
    ``len(roles)`` cells, one per column in order, the grouping the evidence favours most (above)."""
    return _wrapped_rows(lines, parts, roles)[1][0]


# SUB_ROWS: a task whose table gives it two results, each with its own lead, time … prints its number and task cell
# once, merged down two rows, and the second row's cells from the lead column on under the first's: qm03's row 15
# "Thể chế hóa đầy đủ, kịp thời …" / "Bộ Tài chính" / … / "Báo cáo chuyên đề …" / "Tháng 5/2026" / "Chương trình số
# 12-CTr/BCĐ" / "Bộ Tài chính" / "Các bộ, cơ quan ngang bộ" / "Báo cáo kết quả thể chế hóa …" / "Tháng 11/2026" / …
# (read as one row before, the second result and its time folded into the last column). The lines after a row whose
# columns are all filled are a second row when they open with a body's name (the lead column's) and read as that
# row's cells (its time cell a time), better than as the rest of the first row's last cells by ``SUB_ROW_OPENS``;
# the second row's task (and number) is the first's (README E9: each row one duty). Counter-examples: a row that
# fills its columns with its own lines (one time cell) is one row; a table with no lead column has no second rows.
SUB_ROW_OPENS = -1.0
# … and by this much more when it names the first row's lead again (qm03's "Bộ Tài chính" / … / "Bộ Tài chính"): a
# second row's first line that names a body inside the first row's text ("… được trình" / "Ban" / "Chỉ đạo Trung
# ương …", its product's words) names none again
SUB_ROW_SAME_LEAD = 2.0
# the body's name that opens a second row is read over at most this many lines
SUB_ROW_NAME_LINES = 3
# at most this many second rows under one task
SUB_ROW_MAX = 3
# A FlatTable row's cell that is the row above's (SUB_ROWS: a second row's number and task)
ABOVE: Cell = (-1, -1)


def _cut_reader(texts: list[str], lower: bool) -> Callable[[int, int], float]:
    """The WRAPPED_CELLS evidence of a cell opening at line ``i`` of ``texts`` whose run above opened at ``start``:
    read once per line (its opening in lower case when ``lower``, the end of the line above), with the brackets and
    quotation marks opened up to each line as prefix sums, to tell one left open inside the run above."""
    line_cut = [0.0] * len(texts)
    for i in range(1, len(texts)):
        if lower and _wraps_on(texts[i]):
            line_cut[i] += WRAP_CUT_LOWER_GROUP if GROUP_QUANTIFIER_RE.match(texts[i]) else WRAP_CUT_LOWER
        if _WRAP_DANGLING_RE.search(texts[i - 1]):
            line_cut[i] += WRAP_CUT_DANGLING
        elif texts[i - 1].endswith((".", ";")):
            line_cut[i] += WRAP_CUT_AFTER_STOP
    opened = [(0, 0)]
    for x in texts:
        opened.append((opened[-1][0] + x.count("(") - x.count(")"), opened[-1][1] + x.count("“") - x.count("”")))

    def cut(i: int, start: int) -> float:
        if i == 0:
            return 0.0
        paren, quote = (opened[i][0] - opened[start][0], opened[i][1] - opened[start][1])
        return line_cut[i] + (WRAP_CUT_OPEN if paren > 0 or quote > 0 else 0.0)

    return cut


def _wrapped_rows(
    lines: list[Line], parts: tuple[Cell, ...], roles: list[ColumnRole | None], depth: int = 0
) -> tuple[float, list[tuple[Cell, ...]]]:
    """``_wrapped_cells`` with its score, and the second rows (SUB_ROWS) after the row's cells, each from the lead
    column on; the row's cells first."""
    texts = [lines[c[0]].text.strip() for c in parts]
    n, k = len(parts), len(roles)
    cut = _cut_reader(texts, lower=True)

    # The tests of a span run once, whatever column asks (each runs the date grammar or the body names: a wrapped
    # table of 60 lines a row asked them some 50,000 times a document before, 1.8 s for n001's copy).
    # the row's lines joined as the cells' values are, each line's place in it, and the time phrases the row names
    # (read once: a span names a time when one of them lies inside it)
    row = " ".join(texts)
    starts = [sum(len(x) + 1 for x in texts[:j]) for j in range(n)]
    named = [(p.start, p.end) for p in _time_phrases_of(row)]

    @functools.cache
    def value(a: int, b: int) -> str:
        return row[starts[a] : starts[b - 1] + len(texts[b - 1])]

    @functools.cache
    def is_time(a: int, b: int) -> bool:
        return _time_cell(value(a, b))

    def names_time(a: int, b: int) -> bool:
        lo, hi = starts[a], starts[b - 1] + len(texts[b - 1])
        return texts[a].startswith("Theo ") or any(lo <= s and e <= hi for s, e in named)

    @functools.cache
    def bodies_in(a: int, b: int) -> bool:
        return names_bodies(value(a, b))

    def fit(role: ColumnRole | None, a: int, b: int) -> float:  # the score of lines a..b-1 as a cell of ``role``
        if role == "time":
            if is_time(a, b):
                return WRAP_TIME_FITS
            return WRAP_TIME_NAMED if names_time(a, b) else WRAP_TIME_MISSING
        score = WRAP_TIME_ELSEWHERE if is_time(a, b) else 0.0
        if role in ("lead", "cooperate"):
            score += WRAP_BODY_OPENS if bodies_in(a, b) else WRAP_BODY_MISSING
        return score

    # best[j][i]: the best score of the first j columns over the first i lines; back[j][i]: where column j-1 opened
    NEG = float("-inf")
    best = [[NEG] * (n + 1) for _ in range(k + 1)]
    back = [[0] * (n + 1) for _ in range(k + 1)]
    best[0][0] = 0.0
    for j in range(1, k + 1):
        for i in range(j, n + 1):
            for a in range(j - 1, i):
                if best[j - 1][a] == NEG:
                    continue
                # the cut at a opens column j-1: its openness is judged within the cell above (its own start)
                above = back[j - 1][a] if j > 1 else 0
                score = best[j - 1][a] + cut(a, above) + fit(roles[j - 1], a, i)
                if score > best[j][i]:
                    best[j][i], back[j][i] = score, a
    def cells_of(j: int, i: int) -> tuple[Cell, ...]:  # the first j columns' cells over the first i lines
        bounds: list[tuple[int, int]] = []
        while j > 0:
            a = back[j][i]
            bounds.append((a, i))
            i, j = a, j - 1
        bounds.reverse()
        return tuple((parts[a][0], parts[b - 1][1]) for a, b in bounds)

    # the columns filled: all of them, or fewer with the rest lost at the row's end
    choice = max(
        (best[j][n] + WRAP_CELL_LOST * (k - j), j) for j in range(1, min(k, n) + 1) if best[j][n] != NEG
    )
    found: tuple[float, list[tuple[Cell, ...]]] = (choice[0], [cells_of(choice[1], n)])
    lead = roles.index("lead") if "lead" in roles else None
    if lead is None or (lead == 0 and depth == 0) or depth >= SUB_ROW_MAX:
        return found
    for i in range(k, n):  # SUB_ROWS: a second row from line i, its cells from the lead column on
        if best[k][i] == NEG or _wraps_on(texts[i]) or not any(bodies_in(i, b) for b in range(i + 1, min(n, i + SUB_ROW_NAME_LINES) + 1)):
            continue
        score, more = _wrapped_rows(lines, parts[i:], roles[lead:], depth + 1)
        first = cells_of(k, i)
        score += best[k][i] + cut(i, back[k][i]) + SUB_ROW_OPENS + _same_lead(lines, first[lead], more[0][0])
        if score > found[0]:
            found = (score, [first, *more])
    return found


def _same_lead(lines: list[Line], lead: Cell, again: Cell) -> float:
    """SUB_ROW_SAME_LEAD when a second row's lead cell names the first row's lead again, else 0."""
    words = " ".join(_cell_text(lines, lead).split())
    return SUB_ROW_SAME_LEAD if words and words == " ".join(_cell_text(lines, again).split()) else 0.0


class Structure:
    """The lines, blocks, section tree, tables and sentences of one normalised directive."""

    def __init__(self, text: Text, layout: Layout, flat: bool = True) -> None:
        """Read the structure of ``text`` (the whole text; zones come from ``layout``).

        Args:
            text: the normalised text.
            layout: its zones.
            flat: read the tables copied one cell per line (FLATTENED_TABLE and its rules); False reads every such
                line as prose (SAFE_STRUCTURE, ``pipeline.run``).
        """
        self.text = text
        self.layout = layout
        self.lines = read_lines(text.text)
        # FLATTENED_TABLE: the lines of a table copied one cell per line are each one cell (no list item, no prose)
        zones = [(0, layout.closing_start), (layout.closing_start, len(text.text))]
        # SIDE_BY_SIDE_CELLS: two cells a PDF copy printed on one line are two lines of the table
        self.lines = (side_by_side_cells(self.lines, text) or self.lines) if flat else self.lines
        self.flat_tables = flattened_tables(self.lines, zones) if flat else []
        for ft in self.flat_tables:
            for first, last in (*ft.header, *ft.carried, *(c for row in ft.rows for c in row if c != ABOVE)):
                for j in range(first, last + 1):
                    line = self.lines[j]
                    s = line.start + len(line.text) - len(line.text.lstrip())
                    e = line.start + len(line.text.rstrip())
                    self.lines[j] = dataclasses.replace(line, marker=None, label=None, level=None, content=s, cells=(Span(s, e),), separator="\n")
        # The usual width of a wrapped line (``_wrap_width``): what the blocks and the outline read wraps by.
        self.wrap_width = _wrap_width(self.lines)
        self.lines = printed_indents(text, self.lines)
        self.margins = wrap_margins(self.lines)  # INDENTED_PARAGRAPH
        self.tables: list[Table] = []
        self.blocks: list[Block] = []
        # The page numbers left in the text flow (``page_marks``): kept out of the blocks and
        # sentences, the text itself untouched; and those a sentence runs across.
        self.page_breaks: list[Span] = []
        self._joined_breaks: list[Span] = []
        self._build_blocks()
        # A page number a sentence runs across leaves the text flow: blanked in the working copy (same
        # length, so every offset and the map back to the source hold; the source keeps it), so that
        # an action read across the break does not carry it ("… việc triển khai 3 thực hiện Chỉ thị").
        # So does a footnote above it (``page_feet``); the text as read keeps both, for what a footnote cites
        # ("* Báo cáo số 365/UBND-GTCN&XD ngày 14/02/2025 …", c158: a legal reference).
        self.unblanked = text
        # CELL_LINES_JOINED: the line breaks inside a flattened table's cell (a cell wrapped over lines, WRAPPED_CELLS;
        # a cell copied as a paragraph, CELL_IS_A_PARAGRAPH) are spaces to the readers, so that a time, a list of
        # bodies or a task reads across them ("Thường" / "xuyên", "Bộ Nội vụ," / "Bộ Tư pháp"); the text keeps them.
        inside = [
            Span(self.lines[j].end, self.lines[j + 1].start)
            for ft in self.flat_tables for row in (ft.header, *ft.rows) for a, b in row for j in range(a, b)
        ]
        # ROW_ACROSS_PAGES: what a page break put inside a row is no part of its cells' values
        inside += [Span(self.lines[a].start, self.lines[b].end) for ft in self.flat_tables for a, b in ft.between if b >= a]
        self.text = text = _without(text, self._joined_breaks + inside)
        self._build_tree()
        self._children: dict[int, list[int]] = {}  # block → the blocks directly under it, in order
        for i, b in enumerate(self.blocks):
            if b.parent is not None:
                self._children.setdefault(b.parent, []).append(i)
        self._block_starts = [b.start for b in self.blocks]
        self._line_starts = [x.start for x in self.lines]
        self.fields: dict[int, tuple[ColumnRole, Span]] = {}
        self.labelled: set[int] = set()  # "Label: value" lines, with a known role or not
        self._field_records: list[tuple[int, int, dict[str, Span]]] | None = None  # NUMBERED_FIELD_RECORD, read at the first ask
        # block → its closing parenthesis of fields and their parts, or None (``_paren_of``)
        self._fields_paren: dict[int, tuple[Span, list[tuple[ColumnRole, Span]]] | None] = {}
        for i, b in enumerate(self.blocks):
            field_ = self._field(b)
            if field_ is not None:
                self.labelled.add(i)
                if field_[0] is not None:
                    self.fields[i] = field_  # type: ignore[assignment]
        cuts = [c.start for t in self.tables for row in t.rows for c in row] + [b.start for b in self.blocks]
        self.sentences = _join_across(text.text, split_sentences(text.text, 0, len(text.text), cuts), self.page_breaks, self._joined_breaks)
        self._sentence_starts = [s.start for s in self.sentences]
        # Each line's role ("issuer", "number", "place_date", … see roles.py), set by the pipeline's
        # role labeller once the structure is built; None until then.
        self.roles: list[str] | None = None
        # SECTION_KIND_ONCE: heading block → what its part holds (``heading_kind``), read at the first ask.
        self._heading_kinds: dict[int, SectionKind | None] = {}

    # --- building ---------------------------------------------------------------------------

    def _build_blocks(self) -> None:
        text = self.text.text
        width = self.wrap_width
        current: Block | None = None
        table: Table | None = None
        prev: Line | None = None
        gap = False
        marks = set(page_marks(self.lines))
        marks |= set(unread_marks(self.lines, marks))  # FOOTNOTE_AT_PAGE_JOIN: a blank line for the unread page number
        feet = set(page_feet(self.lines, marks)) | set(glued_footnotes(text, self.lines, marks))  # FOOTNOTES_BY_THEIR_MARKS
        page: Span | None = None  # the page mark passed since the last line of text
        foot: int | None = None  # where the page's footnote before the mark starts
        flat_first = {ft.header[0][0]: ft for ft in self.flat_tables}
        flat_lines = {
            j for ft in self.flat_tables for row in (ft.header, ft.carried, ft.between, *ft.rows) for c in row if c != ABOVE for j in range(c[0], c[1] + 1)
        }
        for i, line in enumerate(self.lines):
            stripped = line.text.strip()
            if i in flat_first:  # FLATTENED_TABLE: its rows read at its first line, one block a row
                self.tables.append(Table(flattened=True))
                for row in (flat_first[i].header, *flat_first[i].rows):
                    own = [c for c in row if c != ABOVE]
                    span = Span(self.lines[own[0][0]].start, self.lines[own[-1][1]].end)
                    above = self.tables[-1].rows[-1] if self.tables[-1].rows else ()
                    # SUB_ROWS: a second row's number is none of its own (an empty cell), its task the row above's
                    self.tables[-1].rows.append(tuple(
                        (Span(span.start, span.start) if k == 0 else above[k]) if (a, b) == ABOVE else Span(self.lines[a].cells[0].start, self.lines[b].cells[0].end)
                        for k, (a, b) in enumerate(row)
                    ))
                    self.tables[-1].row_spans.append(span)
                    self.blocks.append(Block(span.start, span.end, span.start, None, None, None, table=len(self.tables) - 1))
                current, prev, table, gap, page = None, None, None, True, None
                continue
            if i in flat_lines:
                continue
            if i in feet:
                foot = line.start if foot is None else foot
                continue
            if i in marks:
                page = Span(line.start if foot is None else foot, line.end)
                self.page_breaks.append(page)
                table, gap, foot = None, True, None
                continue
            if not stripped:
                table, gap = None, True
                continue
            # a sentence cut by a page mark goes on when its first half does not end it:
            # "… sự phát triển vừa" / "3" / "quản lý, bảo vệ quyền …" (c140)
            across = (
                page is not None and current is not None and prev is not None and not prev.cells and _continues(prev, line, width, margin=self.margins[i])
                and not _opens_lead_in(stripped, width)
            )
            if across and page is not None:
                self._joined_breaks.append(page)
            page = None
            if gap and not across and not (
                current is not None and prev is not None and not prev.cells and line.marker is None
                and (
                    (stripped[:1].islower() and not prev.text.rstrip().endswith((".", ";", ":", "!", "?")))
                    or bool(DANGLING_END_RE.search(prev.text))  # "… Sở Nông nghiệp và" / "" / "Phát triển …"
                )
            ):
                current, prev = None, None  # a blank line ends a paragraph, unless the next line
                # goes on with a sentence the page break or a stray blank line cut ("Xây dựng kế\n\nhoạch")
            gap = False
            if line.cells:
                # ROWS_SHARE_THEIR_SEPARATOR: a row cut by another separator opens another table: "(Ban hành kèm theo Kế
                # hoạch số<TAB>/KH-UBND ngày<TAB>/12/2025 …)" (its blanks to fill in, read as tabs) over "STT | Nhiệm vụ | …"
                # (n001 printed without blank lines) is no header of the task table
                if table is None or (prev is not None and prev.separator != line.separator):
                    table = Table()
                    self.tables.append(table)
                table.rows.append(line.cells)
                table.row_spans.append(Span(line.start, line.end))
                self.blocks.append(Block(line.start, line.end, line.start, None, None, None, table=len(self.tables) - 1))
                current, prev = None, line
                continue
            table = None
            if current is None or prev is None or not _continues(prev, line, width, text[current.start : prev.end], self.margins[i]):
                current = Block(line.start, line.end, line.content, line.marker, line.label, line.level)
                self.blocks.append(current)
            else:
                current.end = line.end
            prev = line
        for b in self.blocks:
            if b.table is None:
                b.heading = self._is_heading_text(text[b.content : b.end], b.marker, b.level is not None)
        self._bullet_headings_lead()
        for t in self.tables:
            _read_header(t, text)
        self._tables_go_on()
        for t in self.tables:
            if t.flattened:
                _align_wide_rows(t)
            else:
                _carry_spanned_cells(t, text)

    def _tables_go_on(self) -> None:
        """TABLE_GOES_ON_PAST_GROUP_ROW: a task table's group rows ("I. Đổi mới mạnh mẽ tư duy …", a part's name
        printed across the whole table) are lines of one cell, so a copy one line a row cuts the table there, and the
        rows after it came without the header that names their columns: fresh31's qg01 (a Prime Minister's plan's
        appendix, "STT | Tên nhiệm vụ cụ thể | Cơ quan chủ trì | … | Thời gian hoàn thành") lost rows 1-3, 7-8, 11,
        15-16, 21-23 and 25-27, and with them their times ("Quý II/2028"). Such a table reads its columns as the
        table above: it has no header of its own, as many cells a row as that table's header, and between the two
        only headings (the group rows). Counter-examples: a table after a paragraph of prose is another table; a
        table of another width ("Tuần | Thời gian") is too."""
        span: dict[int, list[int]] = {}  # table index → its rows' block indices
        for i, b in enumerate(self.blocks):
            if b.table is not None:
                span.setdefault(b.table, []).append(i)
        last: Table | None = None
        last_end = -1
        for k, t in enumerate(self.tables):
            if not t.rows or k not in span:
                continue
            if t.header:
                last, last_end = t, span[k][-1]
                continue
            if last is not None and not (t.flattened or last.flattened):
                between = self.blocks[last_end + 1 : span[k][0]]
                width = len(last.rows[0])
                if between and all(b.table is None and b.heading for b in between) and all(len(r) == width for r in t.rows):
                    t.roles = dict(last.roles)
                    last_end = span[k][-1]
                    continue
            last = None

    def _bullet_headings_lead(self) -> None:
        """BULLET_HEADING_LEADS: a bullet that is a heading ending in ":" leads the bullets after it, one level down,
        up to the next such heading or a higher marker. "- Cục Thi hành án dân sự tỉnh:" / "- Thực hiện theo dõi việc
        thi hành án hành chính …" / "- Tham mưu, đề xuất …" (n050 with its lettered bodies printed as bullets): the
        duties stand under the body. Counter-example: "- Rà soát …;" / "- Tổng hợp …" (no heading) stay siblings."""
        text = self.text.text
        bullet, plus = MARKER_LEVELS["bullet"], MARKER_LEVELS["plus"]
        leading = False
        for i, b in enumerate(self.blocks):
            if b.table is not None or b.level is None:
                continue
            if b.marker == "bullet" and b.heading and text[b.content : b.end].rstrip().endswith(":"):
                # only a heading printed at its items' level: one whose own items are "+" ("- Tham mưu Ủy ban nhân
                # dân tỉnh:" / "+ Lập, giao kế hoạch …", n004) leads them already, and the bullet after them is its sibling
                nxt = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
                leading = nxt is not None and nxt.marker == "bullet"
            elif b.level < bullet:
                leading = False
            elif leading and b.marker in ("bullet", "plus"):
                b.level = (bullet if b.marker == "bullet" else plus) + 1

    @staticmethod
    def _is_heading_text(body: str, marker: str | None, levelled: bool) -> bool:
        s = body.strip()
        if not s or len(s) > HEADING_MAX_CHARS:
            return False
        if s.endswith(":"):
            return True
        if s.endswith((".", ";", ",")) or marker in ("bullet", "plus"):
            return False
        if is_caps(s):
            return True
        # An article's title is short ("Điều 1. Phạm vi điều chỉnh"); an article wrapped over lines is
        # a clause whose closing period was lost: "Điều 3. Chánh Văn phòng, Thủ trưởng các đơn vị … và
        # các tổ\nchức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./aMVZ⁄" (OCR).
        # DUTIES_ARTICLE_TITLE (session 41): a title that says whose duties follow is one however long its name, "Điều 2.
        # Trách nhiệm của Phó Trưởng phòng được phân công phụ trách" / "lĩnh vực khoáng sản và Chuyên viên được giao nhiệm
        # vụ" (f44's rn02, a Sở's decision), over its numbered items.
        if marker == "article" and "\n" in s and sum(c.isalpha() for c in s) > HEADING_WRAPPED_MIN_LETTERS and not DUTIES_TITLE_RE.match(s):
            return False
        return levelled

    def _build_tree(self) -> None:
        # Each block's parent: the nearest block above of a smaller level. An unmarked paragraph
        # stands under the nearest block above with a level (it continues that item's content);
        # a heading without a marker that ends in ":" is a lead-in for the items after it.
        # A lead-in stands under the item that holds it ("2.1. Trung ương Đoàn:" / "… lựa chọn 12 đơn
        # vị …:"): when a later item closes that one ("2.2. Các đơn vị …"), the lead-in is closed too.
        stack: list[int] = []
        lead_in: int | None = None
        lead_holder: int | None = None
        for i, b in enumerate(self.blocks):
            if b.table is not None:
                b.parent = stack[-1] if stack else None
                continue
            if b.level is None:
                # the nearer of the two: a paragraph after an item that follows the lead-in continues that item
                # ("b) Các Bộ, cơ quan liên quan tiếp tục …; … pháp truyền thông …;" / "bố trí đủ nguồn lực …; phôi
                # hợp chặt chẽ, hiệu quả, đảm bảo" / "4" / "hoàn thành các nhiệm vụ được giao …", c140: a page break
                # after a line ending on ";" opens a paragraph of item b), not of the lead-in before a))
                nearer = stack[-1] if stack and lead_in is not None and stack[-1] > lead_in else None
                b.parent = nearer if nearer is not None else lead_in if lead_in is not None else (stack[-1] if stack else None)
                if b.heading or self.text.text[b.start : b.end].rstrip().endswith(":"):
                    holder = stack[-1] if stack else None
                    if lead_in is not None and holder is not None and self.blocks[holder].parent == lead_in:
                        holder = lead_holder  # a second lead-in after the first one's items: same holder
                    lead_in = i  # "… thực hiện các nhiệm vụ, giải pháp sau đây:" leads the items below
                    lead_holder = holder
                continue
            while stack and (self.blocks[stack[-1]].level or 0) >= b.level:
                stack.pop()
            if lead_in is not None and lead_holder is not None and lead_holder not in stack:
                lead_in = None
            # a short lead-in heading inside the current item leads the deeper items after it:
            # "1. Trung ương Đoàn …" / "Giao Ban Tổ chức Trung ương Đoàn:" / "+ Là đơn vị thường trực …"
            led = (
                lead_in is not None
                and b.level > CAPS_HEADING_LEVEL
                and self.blocks[lead_in].heading
                and b.level >= MARKER_LEVELS["paren"]  # sub-items only: a page's stray fragment never captures "1."
                and (not stack or (lead_in > stack[-1] and b.level > (self.blocks[stack[-1]].level or 0)))
            )
            b.parent = lead_in if led else (stack[-1] if stack else (lead_in if lead_in is not None and b.level > CAPS_HEADING_LEVEL else None))
            if b.level <= 1 or b.level == CAPS_HEADING_LEVEL:
                lead_in = None
            stack.append(i)
            if b.heading and b.marker is None:
                lead_in = None

    def _field(self, b: Block, numbered: bool = False) -> tuple[ColumnRole | None, Span] | None:
        """The "Label: value" a block prints: its role (None for a label of no known role) and its value.
        A numbered item is a field only when ``numbered`` is asked (read after its marker: "2.4. Đơn vị chủ
        trì thực hiện: Ban Tuyên giáo Trung ương Đoàn.", c125); ``fields`` and ``labelled`` hold unnumbered
        lines and bullets only, since a numbered item is an item of its own, not an attribute of the one above."""
        if b.table is not None:
            return None
        if b.marker in (None, "bullet", "plus"):
            start = b.start
        elif numbered:
            start = b.content
        else:
            return None
        m = FIELD_RE.match(self.text.text[start : b.end])
        if not m or len(m.group("label").split()) > FIELD_LABEL_MAX_WORDS or not m.group("label")[:1].isupper():
            return None
        role = column_role(m.group("label"))
        return (role if role in FIELD_ROLES else None), Span(start + m.start("value"), start + m.end("value"))

    # --- queries ----------------------------------------------------------------------------

    def owner(self, i: int) -> int | None:
        """The item a labelled field block gives an attribute of: the nearest block above that is
        neither a field nor a table row."""
        j = i - 1
        while j >= 0 and (j in self.labelled or self.blocks[j].table is not None):
            j -= 1
        if j < 0:
            return None
        parent = self.blocks[i].parent
        if parent is not None and parent < j and self.blocks[j].parent == parent and self._notes_item(parent):
            return parent  # FIELDS_AFTER_NOTES (``item_fields``): the notes' item, not the last note
        # a wrapped item may have been cut into paragraphs: go back to where it starts; a paragraph opening with a
        # capital under a heading is an activity of its own, not the heading's wrapped rest ("2. Hoàn thiện cơ cấu
        # tổ chức, …" / "Xây dựng và phê duyệt đề án …" / "- Thời gian hoàn thành: …": the paragraph's time, n006's
        # lines with their "(1)" lost), unless the heading ends on a word needing what follows (``_ends_open``: n055's
        # "5. Sở … phối hợp Sở Nông nghiệp và" / "Phát triển nông thôn, Sở" / "Giao thông vận tải …" is one item)
        k = j
        for _ in range(OWNER_LOOKBACK_BLOCKS):
            b = self.blocks[k]
            if b.marker is not None or b.heading or k == 0 or k - 1 in self.labelled or self.blocks[k - 1].table is not None:
                break
            above = self.blocks[k - 1]
            if (
                above.heading and self.text.text[b.content : b.content + 1].isupper()
                and not _ends_open(self.text.text[above.start : above.end])  # "5. Sở … và\n\nPhát triển nông thôn, Sở" / "Giao …"
            ):
                break
            # PARAGRAPH_CLOSED: a paragraph that opens with a capital under one closed by a full stop is a paragraph
            # of its own, not the cut rest of the one above: "… trước ngày 30 tháng 4 năm 2026." / "Trường hợp còn ý
            # kiến khác nhau …, giao Bộ Tài chính chủ trì, làm việc trực tiếp với các Bộ, …" / "- Thời gian hoàn
            # thành: Trước ngày 05 tháng 5 năm 2026." (n047 with its time on a line of its own, scripts/variants.py
            # time_line: the time went to the item above). Counter-example: a paragraph cut by a page break ("… phối
            # hợp Sở Nông nghiệp và" / "Phát triển nông thôn, Sở …", n055) does not close with a full stop.
            if self.text.text[b.content : b.content + 1].isupper() and self.text.text[above.start : above.end].rstrip().endswith("."):
                break
            k -= 1
        b = self.blocks[k]
        return k if (b.marker is not None or b.heading) else j

    def child_fields(self, i: int, role: ColumnRole) -> list[Span]:
        """The values of the fields of ``role`` that the blocks directly under block ``i`` print on their
        own line, numbered items included ("2.4. Đơn vị chủ trì thực hiện: X" under "2. …", c125)."""
        out = []
        for k in self._children.get(i, ()):
            field_ = self.item_field(k)
            if field_ is not None and field_[0] == role:
                out.append(field_[1])
        return out

    def item_field(self, i: int) -> tuple[ColumnRole | None, Span] | None:
        """The field block ``i`` prints on its own line, a numbered item's included ("2.4. Đơn vị chủ trì thực hiện:
        Ban Tuyên giáo Trung ương Đoàn.", c125), or None."""
        return self.fields.get(i) or self._field(self.blocks[i], numbered=True)

    def children(self, i: int) -> list[int]:
        """The blocks directly under block ``i``, in order (the items a lead-in or heading introduces)."""
        return list(self._children.get(i, ()))

    def _notes_item(self, j: int) -> bool:
        """Whether numbered item ``j`` has bullets of notes before its fields, all one level under it
        (FIELDS_AFTER_NOTES): its first child is an unlabelled bullet and a labelled field follows its notes."""
        b = self.blocks[j]
        if b.marker is None or b.marker == "bullet":
            return False
        k = j + 1
        if k >= len(self.blocks) or k in self.labelled or self.blocks[k].parent != j or self.blocks[k].marker != "bullet":
            return False
        while k < len(self.blocks) and k not in self.labelled and self.blocks[k].parent == j and self.blocks[k].marker == "bullet":
            # a note is a sentence; a bullet that names a step ("2.2. Cuộc thi …" / "- Vòng chung kết" / "- Thời gian:
            # …", c125) is the step its field times
            if not self.text.text[self.blocks[k].start : self.blocks[k].end].rstrip().endswith((".", ";")):
                return False
            k += 1
        return k < len(self.blocks) and k in self.labelled and self.blocks[k].parent == j

    def item_fields(self, j: int) -> dict[str, Span]:
        """The labelled fields given under item ``j`` (role → value), from the blocks that follow it, and those
        its closing parenthesis prints (``paren_fields``)."""
        out: dict[str, Span] = {}
        k = j + 1
        if self._notes_item(j):
            # FIELDS_AFTER_NOTES: a plan's numbered task may explain itself in bullets before its fields: "1.1. Xây dựng
            # và ban hành Hướng dẫn …" / "- Bảo đảm thống nhất với hướng dẫn …" / "- Các văn bản … phải thể hiện rõ …" /
            # "- Thời gian hoàn thành: Dự kiến tháng 11/2025 …" / "- Đơn vị chủ trì: …" (the unseen set's qe02): the
            # fields are the item's (README E9), and so is their time; the notes explain it (E2). Only bullets under
            # the item, then the fields, all one level under it. Counter-example: a field under a note, one level
            # deeper, is the note's.
            while k < len(self.blocks) and k not in self.labelled and self.blocks[k].parent == j:
                k += 1
        while k < len(self.blocks) and k in self.labelled:
            if k in self.fields:
                role, span = self.fields[k]
                out.setdefault(role, span)
            k += 1
        for inline, value in self.paren_fields(j).items():
            out.setdefault(inline, value)
        return out

    def field_records(self) -> list[tuple[int, int, dict[str, Span]]]:
        """NUMBERED_FIELD_RECORD: the runs of numbered items that each print one field of one task (first block, last
        block, role → value), read once."""
        if self._field_records is None:
            self._field_records = self._read_field_records()
        return self._field_records

    def _read_field_records(self) -> list[tuple[int, int, dict[str, Span]]]:
        out: list[tuple[int, int, dict[str, Span]]] = []
        blocks, text = self.blocks, self.text.text
        i = 0
        while i < len(blocks):
            b = blocks[i]
            fields: dict[str, Span] = {}
            j = i
            while j < len(blocks) and blocks[j].marker == b.marker and blocks[j].parent == b.parent and b.marker not in (None, "bullet", "plus"):
                c = blocks[j]
                m = None if c.table is not None else FIELD_RE.match(text[c.content : c.end])
                role = column_role(m.group("label")) if m and len(m.group("label").split()) <= FIELD_LABEL_MAX_WORDS else None
                if m is None or role is None or role in fields or not m.group("label")[:1].isupper():
                    break
                fields[role] = Span(c.content + m.start("value"), c.content + m.end("value"))
                j += 1
            if j - i >= FIELD_RECORD_MIN_FIELDS and "task" in fields and ("lead" in fields or "time" in fields):
                out.append((i, j - 1, fields))
                i = j
            else:
                i += 1
        return out

    def paren_fields(self, j: int) -> dict[str, Span]:
        """FIELDS_IN_PARENTHESES: the fields block ``j`` prints in the parenthesis that closes it (role → value), or
        none: "… quản lý nhà nước (đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh; thời gian hoàn thành: Trong tháng
        8/2025)." → lead "Văn phòng UBND tỉnh", time "Trong tháng 8/2025"."""
        found = self._paren_of(j)
        out: dict[str, Span] = {}
        for role, value in found[1] if found is not None else ():
            out.setdefault(role, value)
        return out

    def _paren_parts(self, span: Span) -> list[tuple[ColumnRole, Span]]:
        """The "label: value" parts of a parenthesis of fields, a part with no label joined to the value before it;
        empty when a labelled part's role is unknown or the first part has no label."""
        text = self.text.text
        m = FIELDS_PAREN_RE.search(text, span.start, span.end)
        if m is None:
            return []
        parts: list[tuple[ColumnRole, Span]] = []
        pos = m.start("inside")
        for part in m.group("inside").split(";"):
            f = FIELD_PART_RE.match(part)
            if f is not None and len(f.group("label").split()) <= FIELD_LABEL_MAX_WORDS:
                role = column_role(f.group("label"))
                if role is None or role not in FIELD_ROLES:
                    return []
                parts.append((role, Span(pos + f.start("value"), pos + f.end("value"))))
            elif (r := ROLE_PART_RE.match(part)) is not None and opens_with_a_body(r.group("name").strip()):
                lead = r.group("role").startswith("chủ")
                parts.append(("lead" if lead else "cooperate", Span(pos + r.start("value" if lead else "name"), pos + r.end("value" if lead else "name"))))
            elif parts:
                parts[-1] = (parts[-1][0], Span(parts[-1][1].start, pos + len(part.rstrip())))
            else:
                return []
            pos += len(part) + 1
        return parts

    def fields_paren(self, j: int) -> Span | None:
        """Where block ``j``'s closing parenthesis of fields stands (FIELDS_IN_PARENTHESES), or None."""
        found = self._paren_of(j)
        return found[0] if found is not None else None

    def _paren_of(self, j: int) -> tuple[Span, list[tuple[ColumnRole, Span]]] | None:
        """Block ``j``'s closing parenthesis of fields with its parts, read once per block."""
        if j in self._fields_paren:
            return self._fields_paren[j]
        b = self.blocks[j]
        found = None
        m = FIELDS_PAREN_RE.search(self.text.text, b.content, b.end) if b.table is None and j not in self.labelled and ")" in self.text.text[b.content : b.end] else None
        if m is not None:
            span = Span(m.start(), m.end())
            parts = self._paren_parts(span)
            # an aside that only names who joins ("(các sở, ngành phối hợp)") keeps its place in the duty
            if any(role in ("lead", "time") for role, _ in parts):
                found = (span, parts)
        self._fields_paren[j] = found
        return found

    def lines_in(self, start: int, end: int, blank: bool = True) -> list[Line]:
        """The lines of ``[start, end)``, the first and the last cut to it.

        Args:
            start: where to start (a line that begins before it is cut there).
            end: where to stop (a line that goes on after it is cut there).
            blank: whether to keep blank lines.

        Returns:
            The lines, in order.
        """
        lo = max(bisect.bisect_right(self._line_starts, start) - 1, 0)
        hi = bisect.bisect_left(self._line_starts, end)
        out = []
        for line in self.lines[lo:hi]:
            if line.start < start:  # cut inside: its marker (if any) is not in the part kept
                line = dataclasses.replace(line, start=start, text=self.text.text[start : line.end], marker=None, label=None, level=None, content=start)
            if line.end > end:
                line = dataclasses.replace(line, end=end, text=line.text[: end - line.start], content=min(line.content, end))
            if blank or line.text.strip():
                out.append(line)
        return out

    def line_at(self, pos: int) -> Line:
        """The line holding offset ``pos``."""
        return self.lines[max(bisect.bisect_right(self._line_starts, pos) - 1, 0)]

    def cell_at(self, pos: int) -> Span | None:
        """The table cell holding offset ``pos``, or None outside a table row."""
        for cell in self.line_at(pos).cells:
            if cell.start <= pos <= cell.end:
                return cell
        return None

    def block_at(self, pos: int) -> int | None:
        """The index of the block holding offset ``pos``, or None (a blank line)."""
        i = bisect.bisect_right(self._block_starts, pos) - 1
        if i >= 0 and self.blocks[i].start <= pos <= self.blocks[i].end:
            return i
        return None

    def ancestors(self, i: int) -> list[int]:
        """The blocks block ``i`` stands under, nearest first."""
        out = []
        p = self.blocks[i].parent
        seen = set()
        while p is not None and p not in seen:
            seen.add(p)
            out.append(p)
            p = self.blocks[p].parent
        return out

    def block_text(self, i: int) -> str:
        """The text of block ``i`` after its marker."""
        b = self.blocks[i]
        return self.text.text[b.content : b.end]

    def heading_kind(self, j: int) -> SectionKind | None:
        """What heading block ``j``'s part holds (``section_kind_of`` of its first ``HEADING_MAX_CHARS``).

        SECTION_KIND_ONCE: read once per structure. Every sentence asks the headings above it (``section_kind``, the
        duty stages' part tests, ``obligations.statement_blocks``): 13,262 reads of a pass over the 117 corpus texts,
        12,387 of them of a heading read before in the same text (c111's "III. TỔ CHỨC THỰC HIỆN" for each item under
        it). The answer is a function of the block's printed text alone, which a structure never changes (the copy
        ``obligations._with_repaired_cues`` makes changes only the fold, and shares the memo)."""
        if j not in self._heading_kinds:
            self._heading_kinds[j] = section_kind_of(self.block_text(j)[:HEADING_MAX_CHARS])
        return self._heading_kinds[j]

    def section_kind(self, pos: int) -> SectionKind | None:
        """What the part holding ``pos`` is: aims, content or implementation (nearest heading wins)."""
        i = self.block_at(pos)
        if i is None:
            return None
        for j in ([i] if self.blocks[i].heading else []) + self.ancestors(i):
            if self.blocks[j].heading or self.blocks[j].level is not None:
                kind = self.heading_kind(j) if self.blocks[j].heading else None
                if kind is not None:
                    return kind
        return None

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence that holds offset ``pos`` (the last one starting at or before it), or None."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return self.sentences[i] if i >= 0 else None

    def sentences_in(self, start: int, end: int) -> list[Sentence]:
        """The sentences that start within ``[start, end)``."""
        lo = bisect.bisect_left(self._sentence_starts, start)
        hi = bisect.bisect_left(self._sentence_starts, end)
        return self.sentences[lo:hi]

    def tables_in(self, start: int, end: int) -> list[Table]:
        """The tables whose first row starts within ``[start, end)``."""
        return [t for t in self.tables if t.row_spans and start <= t.row_spans[0].start < end]

    def cell_text(self, span: Span) -> str:
        """The text of a cell, as printed (spaces trimmed)."""
        return self.text.text[span.start : span.end].strip()


def _read_header(table: Table, text: str) -> None:
    """Name the columns from the first row when it is a header ("STT | Nhiệm vụ | Thời gian …")."""
    if not table.rows:
        return
    first = table.rows[0]
    roles: dict[int, ColumnRole] = {}
    for i, cell in enumerate(first):
        words = text[cell.start : cell.end].strip()
        # a header cell is a short label; a long one is a data row (a flattened table's header was read as column
        # names, FLAT_HEADER_CELL, up to its own length: pa11's "Số ngày chậm nhất phải hoàn thành trước (sau) ngày …")
        if len(words) > (FLAT_HEADER_CELL_MAX_CHARS if table.flattened else 60):
            return
        role = column_role(words)
        if role is not None and role not in roles.values():
            roles[i] = role
    if roles:
        table.header = True
        table.roles = roles


def _align_wide_rows(table: Table) -> None:
    """ROW_WIDER_THAN_HEADER: a row of a table copied one cell per line (FLATTENED_TABLE) with more lines than its
    header has names holds a cell copied as several paragraphs (a task with its items, its reason in parentheses) or
    a task column whose header spans two (a step's title over its content): the columns after the task column are
    aligned from the row's end, and the task cell runs over the lines between. The probe's pa11: "4" / "<the step's
    title>" / "<what to do>" / "(<the article it follows>)" / "105 ngày" / "07/02/2021" under "TT" / "Nội dung …" /
    "Số ngày …" / "Ngày chậm nhất phải hoàn thành": the date is the time cell, not "(Điều 9 …)". A row as wide as its
    header is read cell by cell; a narrower one lost empty cells (a web copy drops them) and is read from the left."""
    task = table.column("task")
    if task is None or not table.header:
        return
    width = len(table.rows[0])
    for r, row in enumerate(table.rows[1:], 1):
        extra = len(row) - width
        if extra > 0 and task < width:
            table.rows[r] = (*row[:task], Span(row[task].start, row[task + extra].end), *row[task + extra + 1 :])


# ROW_SPAN_CARRIED: a task table's grouping cells (a year, a quarter, a part's name) are merged down the rows they
# group (a row-spanning cell); a copy that keeps one line a row ("Năm | Thời gian | Nội dung | Thực hiện | Dự kiến kết
# quả" / "2019 | Quý I/2019 | 1. Ban hành … | Bộ Nông nghiệp … | …" / "2. Các Doanh nhân trẻ đăng ký … | Trung ương
# Đoàn … | …" / "Quý II/2019 | 8. Tập huấn … | …", the unseen set's qb04) prints the merged cell on its first row only,
# so the rows under it are narrower than the header and start further right. Such a row is aligned from its end, and
# the cells it lacks are the row above's (the evidence of a carried time is the cell where it is printed), when its
# first cell is of another kind than the first column's and of the kind of the column it then falls in (a numbered
# task under a numbered task, a quarter under a quarter, a task's words under a task's words); a running number is
# not carried (the row lost its own), and no cell runs across a group row (a part's title over the whole width, "II |
# Cải cách thủ tục hành chính |  |", fewer than half its cells filled, or two and empty ones). Counter-example: a row that lost an empty cell at its end ("1 | Rà soát hồ sơ |
# Sở Nội vụ" under "STT | Nhiệm vụ | Chủ trì | Ghi chú") starts with the number column's kind and is read from the left.
_CELL_YEAR_RE = regex.compile(r"(?:19|20)\d\d")
_CELL_ITEM_RE = regex.compile(r"\d{1,3}[.)]\s+\S.*", regex.V1 | regex.S)
_CELL_TIME_RE = regex.compile(
    r"(?:(?:trước|sau|từ|trong|đến|hết|cuối|đầu|giữa)\s+)?(?:ngày|tháng|quý|tuần|năm)(?!\p{L})\s*[\dIVX]"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?|cả\s+năm|thường\s+xuyên|(?:hằng|hàng|định\s+kỳ)\s+\p{L}",
    regex.V1 | regex.I,
)
# A time cell is short: a phrase, not a sentence that names a time.
_CELL_TIME_MAX_CHARS = 40


def cell_kind(cell: str) -> str:
    """What a cell holds, for ROW_SPAN_CARRIED: "empty", "number" ("3", "II."), "year" ("2019"), "item" (a numbered
    task: "8. Tập huấn …"), "time" ("Quý II/2019", "Tháng 7/2019", "Trước ngày 15/3") or "text".

    >>> [cell_kind(c) for c in ("", "3.", "2019", "8. Tập huấn cán bộ", "Quý II/2019", "Sở Nội vụ")]
    ['empty', 'number', 'year', 'item', 'time', 'text']
    """
    cell = cell.strip()
    if not cell:
        return "empty"
    if FLAT_ROW_NUMBER_RE.fullmatch(cell):
        return "number"
    if _CELL_YEAR_RE.fullmatch(cell):
        return "year"
    if _CELL_ITEM_RE.fullmatch(cell):
        return "item"
    if len(cell) <= _CELL_TIME_MAX_CHARS and _CELL_TIME_RE.match(cell):
        return "time"
    return "text"


def _carry_spanned_cells(table: Table, text: str) -> None:
    """ROW_SPAN_CARRIED (above): a data row narrower than the header whose first cell is of the kind of the column it
    falls in when aligned from its end, not of the first column's, takes the cells it lacks from the row above."""
    if not table.header or len(table.rows) < 3:
        return
    width = len(table.rows[0])
    above: tuple[Span, ...] | None = None
    for r in range(1, len(table.rows)):
        row = table.rows[r]
        shift = width - len(row)
        filled = sum(1 for c in row if text[c.start : c.end].strip())
        if 2 * filled < width or (filled <= 2 and filled < len(row)):
            above = None  # a group row ("II | Cải cách thủ tục hành chính"): it spans the table, no cell runs across it
            continue
        if above is not None and len(above) == width and 0 < shift < width:
            kinds = [cell_kind(text[c.start : c.end]) for c in above]
            first = cell_kind(text[row[0].start : row[0].end])
            if first != "empty" and first != kinds[0] and first == kinds[shift]:
                # a running number is the row's own: the row lost it (an empty cell), it spans nothing
                carried = tuple(Span(row[0].start, row[0].start) if kinds[i] == "number" else above[i] for i in range(shift))
                table.rows[r] = row = (*carried, *row)
        above = row


def is_column_numbers(cells: list[str]) -> bool:
    """A row that only numbers the columns: "(1) | (2) | (3)" or "1 | 2 | 3 | 4".

    >>> is_column_numbers(["(1)", "(2)", "(3)"]), is_column_numbers(["1", "Rà soát", "Sở Nội vụ"])
    (True, False)
    """
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(COLUMN_NUMBERS_RE.match(c) for c in filled)


def build(text: Text, layout: Layout, flat: bool = True) -> Structure:
    """The structure of a normalised directive (see ``Structure``)."""
    return Structure(text, layout, flat)


# ONE_PREPARATION: the one way from a normalised text to its structure, taken by the parse (``pipeline.run``) and by
# every tool that reads a structure itself (``obligation_model.prepare``, ``line_model.load_documents``,
# ``scan_roles.load_scans``), so a rule added to the preparation reaches them all. Until session 28 the tools called
# ``layout.split`` and ``build`` on the text as given and saw a page's chrome the parse blanks (probe pg23's visitor
# counter "Đang truy cập :" / "42" / … read into the first duty sentence's block).
def prepare(text: Text, flat: bool = True) -> Structure:
    """ONE_PREPARATION: the structure of a normalised directive as the parse reads it.

    The page's chrome is blanked in the working copy (``without_chrome``, PAGE_CHROME; same length, so every offset
    and the evidence map back to the printed text), then the layout is read (``layout.split``) and the structure
    built (``build``). The lines' roles are the caller's (``roles.label_lines`` with its labeller).

    >>> from directive_parser.normalize import normalize_text
    >>> st = prepare(normalize_text("Đang truy cập :\\n42\\nCác phòng rà soát hồ sơ."))
    >>> [st.text.text[b.start : b.end] for b in st.blocks], st.text.printed[:14]
    (['Các phòng rà soát hồ sơ.'], 'Đang truy cập:')
    """
    text = without_chrome(run_in.restore(text))  # RUN_IN_TEXT first: the chrome and the layout read lines
    return build(text, layout_split(text), flat)
