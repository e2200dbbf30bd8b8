"""The rows under a received stamp, read again without its ink, taken row by row (issue 13).

``ocr.reread_under_stamp_ink`` reads the band of rows a received stamp covers again with the stamp's
ink whitened, and takes that read whole where it reads more sure Vietnamese syllables than the page's
read of the same band. A band of several rows is often better on some rows and worse on others (the
stamp crosses one line's words and misses the next): the whole-band test then keeps the page's read,
the words lost under the stamp on the rows it crossed with it. STAMP_ROWS_BY_ROW (below) compares the
two reads row by row instead, and takes each band row that reads better, each one recorded.

A second gap: the band was cut at the page's middle wherever the stamp stood in the header band
(``imaging.HEADER_BAND``, where NĐ 30 sets the issuer and the motto in two columns), even where the
rows it covers are a title's or a subject's lines running across the page (STAMP_OVER_LINES_ACROSS).
"""

from __future__ import annotations

import itertools

import regex

from .._typing import Word
from .ocrlexicon import lexicon
from .ocrnames import is_syllable

# A word read at this confidence or more counts as sure (``ocr.NAME_LINE_CONF``).
ROW_SURE_CONF = 80.0
# A page word is on a band row where this share of its height lies within the row's.
ROW_OVERLAP = 0.5

# STAMP_PRINT_WORD: the received stamp's own printed words, which a band read without the stamp's
# ink may still read where its ink is dark (a grey stamp, the pale edge of a coloured one), and which
# the page's read holds among the subject's words: its mark "ĐẾN", its labels "Số:", "Ngày:", "Chuyển:"
# (n023 at 200 dpi: "Ngày: 9/10/2025" read on the subject's second row; c139's "ĐẾN"). They count for
# neither read and never join a row taken. A bare "Số" (no colon) is the text's own ("Công văn số 76").
STAMP_PRINT_WORD = regex.compile(
    r"""
    ^(?: (?-i:[ĐD][ẾÊỀỂE]N) [,.:]?        # the stamp's mark, in capitals ("đến" is the text's)
       | S[ốôóo6] \s?:                    # its number's label
       | Ng[àa]y \s?:                      # its day's label
       | Chuy[ểe]n \s?: .*                 # its routing label (and the dots after it)
    )$""",
    regex.I | regex.X,
)
_LETTER = regex.compile(r"\p{L}")
_ACRONYM = regex.compile(r"(?-i:\p{Lu}){2,}")
_FIGURE = regex.compile(r"\d+(?:[.,/-]\d+)*")


def _bare(w: Word) -> str:
    return str(w["text"]).strip(".,;:()“”\"'")


def _sure(w: Word) -> bool:
    """A word read surely as a Vietnamese syllable (of two letters or more)."""
    bare = _bare(w)
    return float(w["conf"]) >= ROW_SURE_CONF and len(bare) >= 2 and is_syllable(bare)


def _noise(w: Word) -> bool:
    """A word of two letters or more that is no syllable, acronym or figure ("z@bduận", "kÊẾYhiếc")."""
    bare = _bare(w)
    return (
        len(_LETTER.findall(str(w["text"]))) >= 2 and not is_syllable(bare)
        and not _ACRONYM.fullmatch(bare) and not _FIGURE.fullmatch(bare)
    )


def row_score(ws: list[Word]) -> int:
    """A row's read: its sure words of the list less its noise words, the stamp's printed words left out.

    A sure word of the list: a syllable read at ``ROW_SURE_CONF`` or more that makes a two-syllable word
    of ``data/words_vi.txt`` (``ocrlexicon.lexicon``) with its neighbour on the row, read surely too. A
    syllable alone, or a one-syllable word, is not enough: a stamp's ink over a letter leaves syllables
    that are words alone but not together ("Hội đông thầm định" for "Hội đồng thẩm định", n029 at 200 dpi).

    >>> w = lambda t, c=95.0: {"x0": 0.0, "x1": 1.0, "top": 0.0, "bottom": 1.0, "text": t, "line": ("1", "1", "1"), "conf": c}
    >>> row_score([w("trả"), w("ÍòYÖÈ'fðÑÐNfa"), w("UBND")])
    -1
    >>> row_score([w("trả"), w("lời"), w("đề"), w("nghị"), w("của")])
    4
    >>> row_score([w("Ngày:"), w("9/10/2025"), w("Sở"), w("Nội"), w("vụ")]), row_score([w("Sở"), w("Nội"), w("vụ", 60.0)])
    (2, 0)
    >>> [bool(STAMP_PRINT_WORD.match(t)) for t in ("ĐẾN", "ĐẾN:", "Số:", "Ngày:", "Chuyển:....", "đến", "số", "ngày", "Chuyển")]
    [True, True, True, True, True, False, False, False, False]
    >>> row_score([w("Hội"), w("đồng"), w("thẩm"), w("định,")]), row_score([w("Hội"), w("đông"), w("thầm"), w("định,")])
    (4, 0)
    """
    lex = lexicon()
    kept = [w for w in ws if not STAMP_PRINT_WORD.match(str(w["text"]))]
    bare = [_bare(w) for w in kept]
    sure = [_sure(w) for w in kept]

    def of_list(k: int) -> bool:
        return any(
            a >= 0 and b < len(kept) and sure[a] and sure[b] and lex.is_word(bare[a], bare[b])
            for a, b in ((k - 1, k), (k, k + 1))
        )

    return sum(sure[k] and of_list(k) for k in range(len(kept))) - sum(_noise(w) for w in kept)


def _letters(ws: list[Word]) -> str:
    return "".join(_LETTER.findall(" ".join(str(w["text"]) for w in ws))).lower()


def _rows(ws: list[Word]) -> list[list[Word]]:
    """A read's words by Tesseract line, top to bottom, each left to right."""
    groups: dict[tuple[str, ...], list[Word]] = {}
    for w in ws:
        groups.setdefault(tuple(w["line"]), []).append(w)
    return sorted(
        (sorted(g, key=lambda w: float(w["x0"])) for g in groups.values()),
        key=lambda g: min(float(w["top"]) for w in g),
    )


# ROW_PIECES_SIDE_BY_SIDE: the pieces of one printed row that Tesseract read as two lines lie side by
# side ("đến" apart from "năm 2020 và …"); two lines whose words overlap across (by more than
# ``PIECE_OVERLAP_PT``) are two rows, however much their heights overlap. On a photographed page a
# degree or two off square, a line of the stamp's ink remnants (or the line above, its end lower than
# its start) overlaps the next row's height: joined to it, their words were interleaved by x and the
# row scored as noise (n006's phone render, a red stamp beside its title: the band's "ty *h^*Ð
# k...ẽ.-." joined to "chính quyền địa phương 02 cấp", the row refused, "đi ø" kept for "địa phương").
PIECE_OVERLAP_PT = 4.0


def _side_by_side(line: list[Word], row: list[Word]) -> bool:
    """Whether no word of ``line`` overlaps a word of ``row`` across by more than ``PIECE_OVERLAP_PT``.

    >>> w = lambda x0, x1: {"x0": x0, "x1": x1, "top": 0.0, "bottom": 10.0, "text": "a", "line": ("1", "1", "1"), "conf": 90.0}
    >>> _side_by_side([w(10, 40)], [w(50, 80), w(90, 120)]), _side_by_side([w(60, 100)], [w(50, 80), w(90, 120)])
    (True, False)
    """
    return not any(
        min(float(a["x1"]), float(b["x1"])) - max(float(a["x0"]), float(b["x0"])) > PIECE_OVERLAP_PT
        for a in line for b in row
    )


def _band_rows(ws: list[Word]) -> list[list[Word]]:
    """The band's words by row: Tesseract's lines whose heights overlap by ``ROW_OVERLAP`` of the lower
    joined (the band's read may part one printed row into two lines, "đến" apart from "năm 2020 và …"),
    where they lie side by side (ROW_PIECES_SIDE_BY_SIDE), each row left to right, with one line id."""
    rows: list[tuple[float, float, list[Word]]] = []
    for line in _rows(ws):
        top, bottom = min(float(w["top"]) for w in line), max(float(w["bottom"]) for w in line)
        for k, (t, b, row) in enumerate(rows):
            if (min(b, bottom) - max(t, top)) / max(min(b - t, bottom - top), 1e-6) > ROW_OVERLAP and _side_by_side(line, row):
                rows[k] = (min(t, top), max(b, bottom), row + line)
                break
        else:
            rows.append((top, bottom, list(line)))
    out = []
    for _, _, row in sorted(rows, key=lambda r: r[0]):
        row = sorted(row, key=lambda w: float(w["x0"]))
        out.append([{**w, "line": row[0]["line"]} for w in row])
    return out


def _on_row(w: Word, top: float, bottom: float) -> bool:
    height = max(float(w["bottom"]) - float(w["top"]), 1e-6)
    return (min(bottom, float(w["bottom"])) - max(top, float(w["top"]))) / height > ROW_OVERLAP


# STAMP_OVER_LINES_ACROSS: where the rows a stamp in the header band covers hold at least
# ``ACROSS_MIN_LINES`` lines that run across the page's middle (from its left ``ACROSS_EDGE_SHARE`` to its
# right one, no gap between words wider than ``ACROSS_GAP_PT``: one line, not the issuer's and the motto's
# columns read as one), they are a title's or a subject's lines, read again whole across the page as a
# stamp under the header band is (n007's DOCX at 300 dpi, a red stamp in the top margin over the first
# lines of its "ĐỀ CƯƠNG BÁO CÁO"'s subject: "Tổng kÊẾYhiếc liện Chiến lược …", "đến này) 22⁄0 %# định
# hướng …", the band cut at the middle and refused). A header's rows are two columns: n023's "V/v trả …"
# and "Hà Nội, ngày …" are apart by more than the gap.
ACROSS_MIN_LINES = 2
ACROSS_EDGE_SHARE = 0.3
ACROSS_GAP_PT = 12.0


def lines_across(words: list[Word], top: float, bottom: float, page_width: float) -> bool:
    """Whether the rows ``top``-``bottom`` hold ``ACROSS_MIN_LINES`` lines across the page's middle.

    >>> w = lambda x, t, line: {"x0": x, "x1": x + 40, "top": 60.0 + 15 * int(line[2]), "bottom": 72.0 + 15 * int(line[2]), "text": t, "line": line, "conf": 95.0}
    >>> subject = [w(100 + 45 * i, "chữ", ("1", "1", str(n))) for n in (1, 2) for i in range(10)]
    >>> lines_across(subject, 70, 110, 595.0)
    True
    >>> header = [w(100 + 45 * i, "chữ", ("1", "1", str(n))) for n in (1, 2) for i in range(4)] + [w(330 + 45 * i, "chữ", ("1", "1", str(n))) for n in (1, 2) for i in range(4)]
    >>> lines_across(header, 70, 110, 595.0)
    False
    """
    across = 0
    for line in _rows([w for w in words if float(w["bottom"]) > top and float(w["top"]) < bottom]):
        gaps = [float(b["x0"]) - float(a["x1"]) for a, b in itertools.pairwise(line)]
        if (
            float(line[0]["x0"]) < page_width * ACROSS_EDGE_SHARE and float(line[-1]["x1"]) > page_width * (1 - ACROSS_EDGE_SHARE)
            and all(g <= ACROSS_GAP_PT for g in gaps)
        ):
            across += 1
    return across >= ACROSS_MIN_LINES


def rows_read_better(words: list[Word], old: list[Word], new: list[Word], repairs: list[str] | None = None) -> tuple[list[Word], list[Word], list[Word]]:
    """The page's words with each band row taken that reads better than the page's same row (STAMP_ROWS_BY_ROW).

    ``words``: the page's words; ``old``: those of them under the band; ``new``: the band's read.
    Each band line (Tesseract's) is set against the page's words on its row (``ROW_OVERLAP``) and
    taken, its stamp's printed words left out, where ``row_score`` is higher, unless it repeats a line
    of the page's outside the band (a line read twice: the band reached a row the page read apart).
    A band line with no page word on its row is not taken (the band's guess alone). Returns the
    page's words, and ``old`` and ``new`` less the rows settled (for ``ocr.fill_stamp_gaps``).

    n023's DOCX at 200 dpi (a red stamp over its two "V/v" lines in the issuer's column, the band
    refused as a whole: 14 sure syllables in the page's read, 13 in the band's): the page's "V/v trả
    ÍòYÖÈ'fðÑÐNfa UBND" against the band's "V/v trả lời đề nghị của" is taken, its row "Sở Nội vụ ÑHÌ 8ï
    83áZ" (the stamp's "ĐẾN Số:" over it) too.

    >>> w = lambda x, y, t, line, c=95.0: {"x0": x, "x1": x + 20, "top": y, "bottom": y + 12, "text": t, "line": line, "conf": c}
    >>> page = [w(10, 100, "V/v", ("1", "1", "1")), w(40, 100, "trả", ("1", "1", "1")), w(70, 101, "ÍòYÖÈ'fðÑÐNfa", ("1", "1", "1")),
    ...         w(10, 116, "Sở", ("1", "1", "2")), w(40, 116, "Nội", ("1", "1", "2")), w(70, 116, "vụ", ("1", "1", "2"))]
    >>> band = [w(10, 100, "V/v", ("stamp", "1", "1")), w(40, 100, "trả", ("stamp", "1", "1")), w(70, 100, "lời", ("stamp", "1", "1")),
    ...         w(100, 100, "đề", ("stamp", "1", "1")), w(10, 116, "Sở", ("stamp", "1", "2")), w(40, 116, "Nội", ("stamp", "1", "2"), 50.0)]
    >>> out, rest_old, rest_new = rows_read_better(page, page, band)
    >>> [x["text"] for x in sorted(out, key=lambda x: (x["top"], x["x0"]))]
    ['V/v', 'trả', 'lời', 'đề', 'Sở', 'Nội', 'vụ']
    >>> [x["text"] for x in rest_old], [x["text"] for x in rest_new]
    (['Sở', 'Nội', 'vụ'], ['Sở', 'Nội'])
    """
    under = {id(w) for w in old}
    outside = {_letters(r) for r in _rows([w for w in words if id(w) not in under]) if len(_letters(r)) >= 6}
    replaced: set[int] = set()
    taken: list[Word] = []
    settled: set[tuple[str, float, float]] = set()
    for line in _band_rows(new):
        top, bottom = min(float(w["top"]) for w in line), max(float(w["bottom"]) for w in line)
        x0, x1 = min(float(w["x0"]) for w in line), max(float(w["x1"]) for w in line)
        row = [
            w for w in old if id(w) not in replaced and _on_row(w, top, bottom)
            and float(w["x1"]) > x0 - 20.0 and float(w["x0"]) < x1 + 20.0
        ]
        if not row or _letters(line) in outside:
            continue
        kept = [w for w in line if not STAMP_PRINT_WORD.match(str(w["text"]))]
        if not kept or row_score(kept) <= row_score(row) or _letters(kept) == _letters(row):
            continue
        replaced.update(id(w) for w in row)
        settled.update((str(w["text"]), float(w["x0"]), float(w["top"])) for w in line)
        taken.extend(kept)
        if repairs is not None:
            repairs.append(
                f"{' '.join(str(w['text']) for w in row)!r} → {' '.join(str(w['text']) for w in kept)!r}"
                " (a row under the received stamp, read again without its ink: more sure words of the list on the row)"
            )
    if not taken:
        return words, old, new
    return (
        [*(w for w in words if id(w) not in replaced), *taken],
        [w for w in old if id(w) not in replaced],
        [w for w in new if (str(w["text"]), float(w["x0"]), float(w["top"])) not in settled],
    )
