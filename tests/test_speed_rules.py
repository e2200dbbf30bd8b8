"""Session 24's speed rules (docs/notes/issue-11.md, "Session 24, i24-speed", "… i24-speed2" and "… i24-speed3"): each one
is a shortcut that must give what the long way gives, so each is pinned on a real (dev) snippet both ways: where it
skips work and where it must not."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from pathlib import Path

import pytest
import regex

from directive_parser import dates as dates_mod
from directive_parser import layout as layout_mod
from directive_parser import patterns as P
from directive_parser import roles
from directive_parser.dates import find_time_phrases
from directive_parser.extractors import deadlines as D
from directive_parser.extractors import own_acts
from directive_parser.extractors.obligations import (
    _DEST_RE,
    _DEST_VERB_RE,
    _full_name_key,
    _RestatementKeys,
    _words,
    destinations,
)
from directive_parser.loaders import ocrlexicon as L
from directive_parser.loaders.ocrnames import is_syllable
from directive_parser.normalize import fold, normalize_text
from directive_parser.structure import build, split_sentences
from directive_parser.vocabulary import duties


def test_org_first_keeps_the_opener_of_a_body_heading() -> None:
    # ORG_FIRST: "g) Sở Nông nghiệp và Môi trường:" (n009) still names its body …
    m = D._OPENER_RE.match("g) Sở Nông nghiệp và Môi trường:")
    assert m is not None and m.group("who") == "Sở Nông nghiệp và Môi trường"
    # … and a colon after a body's charge is still vetoed (COOPERATION_LIST, c143's "3. Bộ Xây dựng chủ trì, …").
    assert D._OPENER_RE.match("3. Bộ Xây dựng chủ trì, phối hợp với các Bộ: Tài nguyên và Môi trường") is None


def test_org_first_skips_a_line_that_opens_no_body() -> None:
    # no body's opener at the start: the vetoes' scans are not needed to say no
    assert D._OPENER_RE.match("Tăng cường công tác tuyên truyền, phổ biến:") is None


def test_figures_first_still_reads_the_times_printed_in_words() -> None:
    # FIGURES_FIRST: a span with no figure still has its recurrence and its quarter read (n006's "hằng tuần" kind) …
    text = "Các đơn vị báo cáo hằng tháng; tổng kết trong Quý I."
    kinds = [p.when.kind for p in find_time_phrases(text, fold(text), None, 2025)]
    assert kinds == ["recurrence", "period"]


def test_figures_first_reads_a_date_where_a_figure_is() -> None:
    # … and a span with a figure still runs the date patterns ("trước ngày 15/7/2023", the README's example)
    text = "Các đơn vị gửi báo cáo trước ngày 15/7/2023."
    phrases = find_time_phrases(text, fold(text))
    assert [str(p.date) for p in phrases] == ["2023-07-15"]


def test_restatement_keys_are_the_functions_they_stand_for() -> None:
    # RESTATEMENT_KEYS_ONCE: n001's body printed in full and abbreviated is one key; two departments stay two
    keys = _RestatementKeys()
    assert keys.name_key("Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh)") == keys.name_key("Văn phòng UBND tỉnh")
    assert keys.name_key("Sở Tài chính") != keys.name_key("Sở Tư pháp")
    action = "Tham mưu UBND tỉnh triển khai tích hợp ứng dụng AI"
    assert keys.words(action) == _words(action) and keys.name_key("Sở Tài chính") == _full_name_key("Sở Tài chính")


def _words_the_long_way(name: str) -> tuple[str, ...]:
    abbr = duties().issuer_forms.abbreviations
    out: list[str] = []
    for w in regex.findall(r"\p{L}+", fold(name).lower(), flags=regex.V1):
        out.extend(fold(abbr.get(w, w)).split())
    return tuple(out)


def test_vocabulary_words_once_reads_names_as_before() -> None:
    # VOCABULARY_WORDS_ONCE: abbreviations read in full, old-style tones folded, as the long way reads them
    for name in ("UBND tỉnh Hoà Bình", "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "HĐND TỈNH KHOÁ XV", "Chúng tôi"):
        assert own_acts._words(name) == _words_the_long_way(name)
        assert own_acts._token_words(name) == _words_the_long_way(name)


def test_heading_who_once_gives_each_block_its_heading() -> None:
    # HEADING_WHO_ONCE: two items under one heading both get its body, asked once (c111's "Giao Ban Tổ chức Trung ương
    # Đoàn:" shape); an item under no heading gets none
    body = "1. Giao Ban Tổ chức Trung ương Đoàn:\n- Tổng hợp danh sách.\n- Báo cáo kết quả.\n"
    text = normalize_text(body)
    st = build(text, layout_mod.split(text))
    items = [i for i, b in enumerate(st.blocks) if st.text.text[b.start : b.end].startswith("-")]
    assert [D.heading_who(st, i) for i in items] == ["Ban Tổ chức Trung ương Đoàn"] * 2
    assert D.heading_who(st, 0) is None


# --- i24-speed2: the OCR word list (loaders/ocrlexicon.py) ---------------------------------------------------------
_CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_canon_memo_gives_the_canonical_forms() -> None:
    # CANON_MEMO: the remembered value is the word's ``_canon`` and ``_bare``, whatever its case and tone placement
    for word in ("mặc", "Hoà", "hòa", "ĐẨY", "bô"):
        assert L._canon_bare(word) == (L._canon(word), L._bare(L._canon(word)))
    assert L._canon_bare("Hoà")[0] == L._canon_bare("hòa")[0] and L._canon_bare("Hoà")[1] == "hoa"


def test_the_word_list_repairs_an_ocrd_copy_and_leaves_typed_text() -> None:
    # c152 (a scan OCR'd elsewhere, given as text): repaired, "công bồ" → "công bố" first …
    kept = L.kept_syllables()
    c152 = (_CORPUS / "c152.txt").read_text("utf-8")
    text, repairs = L.repair_syllables(c152, kept, wrapped=True)
    assert len(repairs) >= 2 and text != c152
    assert repairs[0] == "'công bồ' → 'công bố'"
    # … and typed text (c114, w015) is not taken for an OCR'd copy, so the list never runs over it
    for name in ("c114.txt", "w015.txt"):
        assert L.reads_as_ocr((_CORPUS / name).read_text("utf-8"), kept) == []


# c146's body (a dev scan) prints "phòng cháy" fifteen times, n061's "tràn dầu" seven: neither is in pyvi's list.
C146_BODY = "đồng bộ, hiệu quả các giải pháp về phòng cháy, chữa cháy rừng; tăng cường phòng cháy, chữa cháy; công tác phòng cháy"
N061_BODY = "Kế hoạch ứng phó sự cố tràn dầu huyện Nghĩa Hành; Khi xảy ra sự cố tràn dầu vượt quá khả năng kiểm soát"


def _extended_the_long_way(base: L.Lexicon, words: list[str]) -> L.Lexicon:
    """``Lexicon.extended`` as it was before WORDS_OVERLAID: the whole shared list copied, the words added."""
    lex = L.Lexicon(words)
    lex.pairs |= base.pairs
    lex.singles |= base.singles
    for key, entries in base.by_bare.items():
        lex.by_bare[key] = entries + lex.by_bare.get(key, [])
    return lex


def test_words_overlaid_repairs_as_the_copied_list_does() -> None:
    # WORDS_OVERLAID: c146's scanned subject, "phòng chảy" (its speck on "cháy"), repaired by its body's own pair, as
    # the copied list repaired it; the overlay is a Lexicon all the same
    kept = L.kept_syllables()
    pairs = L.body_pairs(C146_BODY, is_syllable)
    overlay, copied = L.lexicon().extended(pairs), _extended_the_long_way(L.lexicon(), pairs)
    subject = "giải pháp về phòng chảy, chữa cháy rừng; đây mạnh tuyên truyền"
    assert L.repair_syllables(subject, kept, overlay) == L.repair_syllables(subject, kept, copied)
    assert L.repair_syllables(subject, kept, overlay)[0] == "giải pháp về phòng cháy, chữa cháy rừng; đẩy mạnh tuyên truyền"
    assert isinstance(overlay, L.Lexicon) and overlay.is_word("đẩy", "mạnh") and overlay.is_word("phòng", "cháy")


def test_words_overlaid_keep_one_document_s_words_out_of_the_next() -> None:
    # c146's pairs are words for c146's subject only: not for the shared list, nor for n061's subject after it …
    first = L.lexicon().extended(L.body_pairs(C146_BODY, is_syllable))
    assert first.is_word("phòng", "cháy") and not L.lexicon().is_word("phòng", "cháy")
    second = L.lexicon().extended(L.body_pairs(N061_BODY, is_syllable))
    assert second.is_word("tràn", "dầu") and not second.is_word("phòng", "cháy")
    assert not first.is_word("tràn", "dầu") and not L.lexicon().is_word("tràn", "dầu")
    kept = L.kept_syllables()
    assert L.repair_syllables("về phòng chảy, chữa cháy", kept, second)[1] == []
    assert L.repair_syllables("về phòng chảy, chữa cháy", kept, first)[0] == "về phòng cháy, chữa cháy"
    # … and the other way round: n061's pair is n061's own
    assert L.repair_syllables("sự cố tràn đầu huyện", kept, first)[1] == []


def _context_the_long_way(body: str, text: str, start: int, end: int) -> tuple[list[str], list[str], list[str]] | None:
    """``BodyMarks.context`` as it was before BODY_MARKS_ONCE: every mark read, every place of the body compared."""
    tokens = list(L._TOKEN.finditer(body))
    folded = [m.group().lower() for m in tokens]
    marks = [regex.sub(r"\s", "", body[a.end() : b.start()]) for a, b in itertools.pairwise(tokens)]
    n = L.ECHO_CONTEXT
    before = [w.lower() for w in L._TOKEN.findall(text[:start])][-n:]
    after = [w.lower() for w in L._TOKEN.findall(text[end:])][:n]
    if len(before) < n or len(after) < n or not text[:start].lower().endswith(before[-1]):
        return None
    echoes = [marks[j + n - 1] for j in range(len(folded) - 2 * n + 1) if folded[j : j + n] == before and folded[j + n : j + 2 * n] == after]
    return before, after, echoes


def test_body_marks_once_reads_the_echoes_the_long_way_reads() -> None:
    # BODY_MARKS_ONCE: c146's "rừng," (a speck), its body's echoes printed without the comma; the drafter's comma of
    # "phòng cháy, chữa cháy" echoed with it; n010's "Tân Phú - Bảo Lộc" echoed with en dashes; a place with no echo
    body = C146_BODY + "\n02 vụ cháy rừng\ntrên địa bàn phường; cao tốc Tân Phú – Bảo Lộc; Tân Phú - Bảo Lộc; Tân Phú – Bảo Lộc."
    marks = L.BodyMarks(body)
    subject = "khắc phục hậu quả do cháy rừng, trên địa bàn; phòng cháy, chữa cháy rừng; cao tốc Tân Phú - Bảo Lộc; chưa có, ở đâu"
    places = [(m.start(), m.end()) for m in regex.finditer(r"\s*[,.;]|(?<=\S) - ", subject)]
    assert len(places) == 7
    for start, end in places:
        assert marks.context(subject, start, end) == _context_the_long_way(body, subject, start, end)
    echoes = [context[2] if context else None for context in (marks.context(subject, *place) for place in places)]
    assert echoes == [[""], [], [",", ","], [], ["–", "-", "–"], [], []]
    # one lookup for both repairs gives what each gives with its own
    assert L.drop_unechoed_marks(subject, body, echoed=marks) == L.drop_unechoed_marks(subject, body)
    assert L.dash_as_echoed(subject, body, marks) == L.dash_as_echoed(subject, body)
    assert L.dash_as_echoed(subject, body, marks)[0].count("Tân Phú – Bảo Lộc") == 1
    assert L.drop_unechoed_marks(subject, body, echoed=marks)[0].startswith("khắc phục hậu quả do cháy rừng trên địa bàn; phòng cháy, chữa")


# --- Session 24, i24-speed3 ------------------------------------------------------------------------------------------


def _time_phrases_the_long_way(text: str, doc_year: int | None = 2025) -> list[dates_mod.TimePhrase]:
    """``find_time_phrases`` with every pattern run on the span (no FIGURES_FIRST, UNIT_WORDS_FIRST, DATE_SHAPE_FIRST)."""
    fold_ = fold(text)
    f = dates_mod._Finder(text, fold_, None, doc_year)
    for read in (f.periods, f.offsets, f.relative_days, f.recurrences, f.singles, f.months, f.vague, f.years, f.events):
        read(0, len(text))
    return dates_mod._recurring_after(text, sorted(f.found, key=lambda p: p.start))


# Dev snippets, each with the words one of the skipped patterns needs: a recurrence and its weekday (n006), a month
# (c159), a quarter (n012), an event (n038), a part of the year ("hằng năm", n001), single dates and a period.
_TIMED = (
    "gửi về Phòng PC06 trước 11h00’ ngày thứ 5 hằng tuần để tổng hợp, báo cáo theo quy định.",  # n006
    "thủ tục hành chính cho người dân, doanh nghiệp, hoàn thành trong tháng 4/2025;",  # c159
    "hoàn thành phê duyệt quy hoạch trong Quý II/2026.",  # n012
    "kiểm tra thể thức và kỹ thuật trình bày văn bản trước khi trình ký, phát hành.",  # n038
    "các nhiệm vụ của kế hoạch trong dự toán ngân sách hằng năm được cấp có thẩm quyền giao./.",  # n001
    "Các đơn vị gửi báo cáo trước ngày 15/7/2023.",
    "Từ ngày 15 tháng 10 năm 2022 đến 05 tháng 11 năm 2022",
    "tổng kết vào cuối năm 2025",
)
# … and spans without them, where the patterns are skipped: a plain duty, a citation with a figure and no day/month.
_UNTIMED = (
    "3. Bộ Xây dựng chủ trì, phối hợp với các Bộ: Tài nguyên và Môi trường",  # c143
    "Theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số",  # n037
    "Các đơn vị triển khai thực hiện nghiêm túc.",
)


def test_unit_words_first_reads_the_times_the_long_way_reads() -> None:
    # UNIT_WORDS_FIRST / DATE_SHAPE_FIRST: where the words (or a day and month) are, the phrases are the long way's …
    for text in _TIMED:
        assert dates_mod.find_time_phrases(text, fold(text), None, 2025) == _time_phrases_the_long_way(text), text
    kinds = {text: [p.when.kind for p in dates_mod.find_time_phrases(text, fold(text), None, 2025)] for text in _TIMED[:4]}
    assert [k for ks in kinds.values() for k in ks] == ["recurrence", "period", "period", "vague"]


def test_unit_words_first_skips_the_spans_without_the_words() -> None:
    # … and a span without them is not scanned by those patterns, and the answer is still the long way's (none)
    needs = dates_mod._needs()
    for text in _UNTIMED:
        f = fold(text)
        assert not any(p.search(f) for p in (needs.month, needs.recur, needs.vague, needs.event, needs.date)), text
        assert dates_mod.find_time_phrases(text, f, None, 2025) == _time_phrases_the_long_way(text) == []
    # a figure without a day and month beside it ("năm 2025", "Công văn số 202"): no single date, the year still read
    text = "Các đơn vị hoàn thành trong năm 2025."
    assert needs.date.search(fold(text)) is None
    assert [p.when.kind for p in dates_mod.find_time_phrases(text, fold(text), None, 2025)] == ["period"]
    assert needs.date.search("số 15/2020/NĐ-CP") is not None  # a symbol's "15/2" is scanned (and read as no date)


def test_ask_read_once_is_the_pattern_s_read() -> None:
    # ASK_READ_ONCE: the memo's answer is the pattern's, where it asks (n037: "giao Sở Thông tin và Truyền thông") …
    text = "Chủ tịch UBND tỉnh giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các đơn vị liên quan"
    f = fold(text)
    m, again = D.ask_search(f, 0, len(f)), D._ASK_RE.search(f, 0, len(f))
    assert m is not None and again is not None and m.group("who") == again.group("who") == "Sở Thông tin và Truyền thông"
    assert D.ask_search(f, 0, len(f)) is m  # read once
    # … and where it does not (ASK_NOUN: "đề nghị của X" is X's proposal, n037; GIAO: "giao ban" is a briefing)
    for text in ("Theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số", "Có cơ chế giao ban định kỳ hàng tuần với các đơn vị"):
        assert D.ask_search(fold(text)) is None and D._ASK_RE.search(fold(text)) is None


def test_subject_read_once_is_the_pattern_s_read() -> None:
    # SUBJECT_READ_ONCE: c143's "3. Bộ Xây dựng chủ trì, phối hợp …" names its subject, memo and pattern alike …
    text = "3. Bộ Xây dựng chủ trì, phối hợp với các Bộ: Tài nguyên và Môi trường"
    m, again = D.subject_match(text), D._SUBJECT_RE.match(text)
    assert m is not None and again is not None and m.group("who") == again.group("who") == "Bộ Xây dựng"
    # … and a sentence that opens with no body names none (n038's "kiểm tra thể thức …")
    text = "kiểm tra thể thức và kỹ thuật trình bày văn bản trước khi trình ký, phát hành."
    assert D.subject_match(text) is None and D._SUBJECT_RE.match(text) is None


def test_canon_memo_is_the_function_it_remembers() -> None:
    # CANON_MEMO: the remembered canonical forms are the function's (c152's "công bồ" → "công bố" kind of pair) …
    for word in ("bồ", "bố", "Hoà", "hòa", "mặc", "quỹ", "Đoàn"):
        assert L._canon(word) == L._canon.__wrapped__(word)
        assert L._canon_bare(word) == (L._canon.__wrapped__(word), L._bare(L._canon.__wrapped__(word)))
    # … and two spellings of one syllable stay one form, two syllables two ("bồ" and "bố" differ in tone only)
    assert L._canon("Hoà") == L._canon("hòa") and L._canon("bồ") != L._canon("bố")
    assert L._canon_bare("bồ")[1] == L._canon_bare("bố")[1] == "bo"


def test_opener_read_once_is_the_pattern_s_read() -> None:
    # OPENER_READ_ONCE: n009's "g) Sở Nông nghiệp và Môi trường:" opens with its body, memo and pattern alike …
    m, again = D.opener_match("g) Sở Nông nghiệp và Môi trường:"), D._OPENER_RE.match("g) Sở Nông nghiệp và Môi trường:")
    assert m is not None and again is not None and m.group("who") == again.group("who") == "Sở Nông nghiệp và Môi trường"
    # … and c143's line is still vetoed (COOPERATION_LIST), in a span of a longer string as well
    line = "3. Bộ Xây dựng chủ trì, phối hợp với các Bộ: Tài nguyên và Môi trường"
    assert D.opener_match(line) is None and D._OPENER_RE.match(line) is None
    text = "Ghi chú.\n" + line
    assert D.opener_match(text, 9, len(text)) is None and D._OPENER_RE.match(text, 9, len(text)) is None


def test_time_phrases_once_gives_each_caller_its_own_list() -> None:
    # TIME_PHRASES_ONCE: asked twice, c159's sentence gives equal phrases (the same frozen ones) in two lists …
    text = "thủ tục hành chính cho người dân, doanh nghiệp, hoàn thành trong tháng 4/2025;"
    first = dates_mod.find_time_phrases(text, fold(text), None, 2025)
    second = dates_mod.find_time_phrases(text, fold(text), None, 2025)
    assert first == second == _time_phrases_the_long_way(text) and first is not second
    first.clear()  # a caller's list is its own: the next caller still gets the phrases
    assert dates_mod.find_time_phrases(text, fold(text), None, 2025) == second != []
    # … and other arguments are another read: the same month in another document's year (no year printed)
    bare = "hoàn thành trong tháng 4;"
    assert [p.when.period_start for p in dates_mod.find_time_phrases(bare, fold(bare), None, 2025)] == [dt.date(2025, 4, 1)]
    assert [p.when.period_start for p in dates_mod.find_time_phrases(bare, fold(bare), None, 2024)] == [dt.date(2024, 4, 1)]


def test_reads_per_document_forgets_one_document_s_reads() -> None:
    # READS_PER_DOCUMENT: the duty stages' start empties the sentence-read memos (a document parsed again starts cold) …
    text = "3. Bộ Xây dựng chủ trì, phối hợp với các Bộ: Tài nguyên và Môi trường"  # c143
    D.ask_search(fold(text)), D.subject_match(text), D.opener_match(text)
    dates_mod.find_time_phrases("hoàn thành trong tháng 4/2025;", None, None, 2025)  # c159
    memos = (D.ask_search, D.subject_match, D.opener_match, dates_mod._time_phrases)
    assert all(m.cache_info().currsize > 0 for m in memos)
    D.forget_reads()
    assert all(m.cache_info().currsize == 0 for m in memos)
    # … while the word-level memos are kept (CANON_MEMO: words recur from one document to the next)
    L._canon("bố")
    D.forget_reads()
    assert L._canon.cache_info().currsize > 0


# Session 26's speed rules (docs/notes/issue-11.md, "Session 26, lead"): a cheap test of what a costly pattern needs,
# asked first. Each gives the pattern's own answer, pinned where the gate lets the pattern run and where it says no.


def test_ask_word_first_gives_the_pattern_s_requests() -> None:
    # ASK_WORD_FIRST: n037's request is read as the long way reads it, search and finditer alike …
    text = fold("Chủ tịch UBND tỉnh giao Sở Thông tin và Truyền thông chủ trì; đề nghị các đơn vị báo cáo kết quả")
    assert D.ask_search.__wrapped__(text) is not None
    assert [m.span() for m in D.ask_finditer(text)] == [m.span() for m in D._ASK_RE.finditer(text)] != []
    # … and a sentence with no request word has none, without the pattern (c159's duty)
    plain = fold("thủ tục hành chính cho người dân, doanh nghiệp, hoàn thành trong tháng 4/2025;")
    assert D._ASK_WORD_RE.search(plain) is None
    assert D.ask_search.__wrapped__(plain) is None and list(D.ask_finditer(plain)) == [] == list(D._ASK_RE.finditer(plain))


def test_colon_first_and_line_ends_first_keep_the_opener_s_reads() -> None:
    # COLON_FIRST: "2.1. Trung ương Đoàn:" names its body; LINE_ENDS_FIRST: a numbered heading line naming a group …
    for line, who in (("2.1. Trung ương Đoàn:", "Trung ương Đoàn"), ("2.2. Các đơn vị thực hiện triển khai trọng điểm", "Các đơn vị thực hiện triển khai trọng điểm")):
        m = D._OPENER_RE.match(line)
        assert m is not None and m.group("who") == who
    # … and a body's sentence with neither its colon nor a bare heading line opens no group (n002's "b)" item's kind)
    assert D._OPENER_RE.match("2. Sở Nội vụ có văn bản đề nghị các cơ quan, địa phương báo cáo; tổng hợp kết quả.") is None


def test_boundary_gate_cuts_where_the_long_pattern_cuts() -> None:
    # BOUNDARY_GATE: the split_sentences doctest's cuts, a colon's line break, and the closing mark's two forms (n048's
    # "./.#~", c151's "./AV/Z⁄" scans), which sit before no space
    text = "1. Gửi báo cáo trước ngày 15/7/2023. Các xã thực hiện.\n- Rà soát; tổng hợp\nNội dung:\nA. thực hiện đúng quy định./.#~\nNơi nhận:"
    cut = [text[s.start : s.end] for s in split_sentences(text)]
    assert cut == ["1. Gửi báo cáo trước ngày 15/7/2023.", "Các xã thực hiện.", "- Rà soát;", "tổng hợp\nNội dung:", "A. thực hiện đúng quy định./.", "#~\nNơi nhận:"]
    stroke = "Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./AV/Z⁄\nNơi nhận:"
    assert next(stroke[s.start : s.end] for s in split_sentences(stroke)).endswith("Quyết định này./")


def test_address_word_first_finds_the_label_only_where_it_is() -> None:
    # ADDRESS_WORD_FIRST: a letter's "Kính gửi:" is found; a plan's text with "gửi" in its duties has no label
    letter = normalize_text("ỦY BAN NHÂN DÂN\nSố: 12/UBND\nKính gửi: Các sở, ban, ngành tỉnh\nĐề nghị các đơn vị gửi báo cáo.")
    label = roles._first_addressee_label(letter, len(letter.text))
    assert label is not None and letter.text[label[0] : label[1]].startswith("Kính gửi")
    plan = normalize_text("KẾ HOẠCH\nCác đơn vị gửi báo cáo về Sở Nội vụ trước ngày 15/7/2023.")
    assert roles._first_addressee_label(plan, len(plan.text)) is None and P.KINH_GUI_RE.search(plan.fold) is None


def test_dest_verb_first_and_cue_first_read_as_the_long_way() -> None:
    # DEST_VERB_FIRST: an action with a hand-over verb keeps its destination; one without has none, either way
    assert destinations("tham mưu UBND tỉnh triển khai ứng dụng AI trong công tác giám sát", "Công an tỉnh", None) == "UBND tỉnh"
    plain = "Rà soát, cập nhật danh mục thủ tục hành chính"
    assert _DEST_VERB_RE.search(plain) is None and list(_DEST_RE.finditer(plain)) == [] and destinations(plain, "Sở Tư pháp", None) is None
    # CUE_FIRST: an aim clause is cut as before (A10's "để" + the body that considers), an action without a cue is kept
    assert D.without_aims("lập báo cáo kết quả để Chủ tịch UBND tỉnh xem xét, chỉ đạo") == ("lập báo cáo kết quả", "Chủ tịch UBND tỉnh")
    assert D.without_purpose("gửi báo cáo về UBND tỉnh (qua Phòng Cảnh sát QLHC về TTXH) để tổng hợp") == "gửi báo cáo về UBND tỉnh (qua Phòng Cảnh sát QLHC về TTXH)"
    assert D._PURPOSE_CUE_RE.search(plain) is None and D._PURPOSE_TAIL_RE.search(plain) is None and D.without_purpose(plain) == plain


def test_wrapped_motto_first_finds_what_the_patterns_find() -> None:
    # WRAPPED_MOTTO_FIRST (roles.mottos): the string test before the patterns gives the patterns' answer on every line
    # pair of the dev texts' headers, and on a wrapped national name (our own header, the probe's pa03 form)
    def slow(cells: list[layout_mod.Line]) -> set[tuple[int, int]]:
        out: set[tuple[int, int]] = set()
        for c, d in itertools.pairwise(cells):
            for m, _ in roles._motto_keys():
                split = roles._wrapped_motto(c.text, d.text, m.motto)
                if split is not None:
                    out |= {(c.start + split[0], c.end), (d.start, d.start + split[1])}
        return out

    head = "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    texts = [head] + [(_CORPUS / f"{d}.txt").read_text(encoding="utf-8")[:1500] for d in ("000", "001", "002", "c107", "c125", "n041", "n053")]
    found = 0
    for raw in texts:
        cells = layout_mod.lines_of(normalize_text(raw).text)[:20]
        fast = set(roles.mottos(cells)[1])
        wrapped = slow(cells)
        assert wrapped <= fast  # every wrapped motto the patterns find, the fast path finds
        found += len(wrapped)
    assert found >= 2  # the wrapped header's two parts


def test_ask_word_first_reads_a_directing_verb_only_before_its_colon() -> None:
    # ASK_WORD_FIRST with DIRECTIVE_COLON_INLINE: "chỉ thị" opens a request only before its colon (our own sentences,
    # the probe's pa17 form), so the cheap test asks for the colon; a Chỉ thị named in prose stays no request
    asked = fold("Để bảo đảm an toàn, Ủy ban nhân dân tỉnh Chỉ thị: Các sở, ban, ngành tập trung thực hiện các nhiệm vụ sau")
    m = D.ask_search(asked)
    assert m is not None and m.group("who") == "Các sở, ban, ngành"
    named = fold("Thực hiện Chỉ thị số 08/CT-UBND của Ủy ban nhân dân tỉnh, các sở tập trung thực hiện")
    assert D._ASK_WORD_RE.search(named) is None and D.ask_search(named) is None


# Session 28's speed rules (docs/notes/issue-11.md, "Session 28, i28-speed"): the time grammar over whole texts.


def _whole_span(kind: str, fold_: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start, end)]


def _phrases_over_the_whole_span(monkeypatch: pytest.MonkeyPatch, text: str, doc_year: int | None = 2025) -> list[dates_mod.TimePhrase]:
    """The time grammar's patterns run over the whole span, as before PHRASE_WINDOWS."""
    with monkeypatch.context() as m:
        m.setattr(dates_mod, "phrase_windows", _whole_span)
        return list(dates_mod._time_phrases.__wrapped__(text, fold(text), None, doc_year, 0, len(text), False))


def _stretches(kind: str, text: str) -> list[str]:
    return [text[a:z] for a, z in dates_mod.phrase_windows(kind, fold(text), 0, len(text))]


# Dev lines with times, as printed: c114's period, c109's hour, day and weekday broken over two lines, n006's
# citations and its weekly limit, c159's month, n012's quarter, n004's year.
_DATED = (
    "1.1. Thời gian tổ chức cuộc thi: Từ ngày 15/10/2022 đến 28/11/2022, cụ thể:",  # c114
    " Ban Tổ chức Giải thưởng đón tiếp đại biểu từ 12h00 ngày 12/5/2023 (Thứ\nSáu)  tại  Khách  sạn  Bcons  Bình  Dương,",  # c109
    "Căn cứ Công văn 4503/TCT ngày 07/7/2025 và Công văn số 3169/TCT06 ngày 16/7/2025",  # n006
    "công cấp xã thực hiện theo Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ,",  # n006
    "gửi về Phòng PC06 trước 11h00’ ngày thứ 5 hằng tuần để tổng hợp, báo cáo theo quy định.",  # n006
    "thủ tục hành chính cho người dân, doanh nghiệp, hoàn thành trong tháng 4/2025;",  # c159
    "hoàn thành phê duyệt quy hoạch trong Quý II/2026.",  # n012
    "Các đơn vị hoàn thành trong năm 2025, báo cáo trước ngày 05 của tháng liền kề.",
)


def test_phrase_windows_read_what_the_whole_span_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    # PHRASE_WINDOWS: the dev lines and session 24's snippets give the whole span's phrases, every kind of them …
    kinds: set[str] = set()
    for text in (*_DATED, *_TIMED):
        phrases = dates_mod.find_time_phrases(text, fold(text), None, 2025)
        assert phrases == _phrases_over_the_whole_span(monkeypatch, text), text
        kinds |= {p.when.kind for p in phrases}
    assert kinds == {"date", "period", "recurrence", "vague"}
    assert [str(p.date) for p in dates_mod.find_time_phrases(_DATED[0], fold(_DATED[0]))] == ["2022-11-28"]
    # … and the patterns run on the stretches around their fragments only: from the other word before to the one after
    # ("thi" is a word of the grammar since EVENT_DAY_NAMED's "hội thi": the stretch opens at "cuộc")
    assert _stretches("date", _DATED[0]) == ["1.1. Thời", "cuộc thi: Từ ngày 15/10/2022 đến 28/11/2022, cụ"]
    assert _stretches("date", _DATED[2]) == ["TCT ngày 07/7/2025 và Công", "TCT06 ngày 16/7/2025"]
    assert _stretches("recur", _DATED[4]) == ["PC06 trước 11h00’ ngày thứ 5 hằng tuần để"]
    assert _stretches("month", _DATED[5]) == ["nghiệp, hoàn thành trong tháng 4/2025;"]
    assert _stretches("year", _DATED[7]) == ["thành trong năm 2025, báo"]
    # (MONTH_WORD_RELATIVE_DAY, session 41: "năm", "báo cáo" are words of the grammar now, "… sau năm báo cáo")
    assert _stretches("relative_day", _DATED[7]) == ["trong năm 2025, báo cáo trước ngày 05 của tháng liền kề."]
    assert _stretches("month", "Các đơn vị triển khai thực hiện nghiêm túc.") == []


def test_phrase_windows_keep_a_period_s_parenthesis_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    # a period's "(…)" may hold any word (``_PERIOD``'s "(thứ Hai)"): a word there bounds nothing (my words) …
    text = "Các đơn vị tham gia từ ngày 10/7/2023 (theo lịch) đến ngày 14/7/2023 tại tỉnh."
    assert dates_mod._windows()["date"].other_word.fullmatch("lịch") is not None
    assert dates_mod._in_parentheses(fold(text), text.index("lịch"), text.index("lịch") + 4)
    phrases = dates_mod.find_time_phrases(text, fold(text), None, 2025)
    assert phrases == _phrases_over_the_whole_span(monkeypatch, text) and [p.when.kind for p in phrases] == ["period"]
    # … while outside one it bounds the stretch: the two days are two stretches, each day read alone
    text = "Các đơn vị tham gia ngày 10/7/2023 theo lịch, báo cáo ngày 14/7/2023 tại tỉnh."
    assert len(_stretches("date", text)) == 2
    phrases = dates_mod.find_time_phrases(text, fold(text), None, 2025)
    assert phrases == _phrases_over_the_whole_span(monkeypatch, text) and [p.when.kind for p in phrases] == ["date", "date"]


def test_phrase_windows_let_a_recurrence_s_hour_mark_take_a_letter(monkeypatch: pytest.MonkeyPatch) -> None:
    # ``_RECUR``'s hour mark ("\d{0,2}\S?") takes one letter of any kind: a word of the pattern's words and one letter more
    # bounds nothing (n006's "trước 11h00’ ngày thứ 5 hằng tuần", with a letter where the "’" is) …
    text = "gửi về Phòng PC06 trước 11h00x ngày thứ 5 hằng tuần để tổng hợp"
    recur = dates_mod._windows()["recur"].other_word
    assert recur.fullmatch("x") is None and recur.fullmatch("hx") is None and recur.fullmatch("xy") is not None
    phrases = dates_mod.find_time_phrases(text, fold(text), None, 2025)
    assert phrases == _phrases_over_the_whole_span(monkeypatch, text) and phrases[0].text.startswith("trước 11h00x")
    # … which the other reads do not allow: there the letter bounds the stretch
    assert dates_mod._windows()["date"].other_word.fullmatch("x") is not None


def test_phrase_windows_know_the_grammar_s_words() -> None:
    # the patterns' words are read from their sources, data/dates.toml's cue words with them (a cue added to the data
    # is a word of the grammar at once); other words are not
    g, w = dates_mod._grammar(), dates_mod.date_words()

    def letters(words: list[str]) -> set[str]:
        return {p for x in words for p in regex.findall(r"\p{L}+", x)}

    single = [x for c in w.single_cues for x in (*c.words, *c.before, *c.after)]
    date_data = single + w.period.start + w.period.end + w.clock.weekdays + w.clock.day_parts + w.clock.limits + w.event_days.names
    assert letters(date_data) <= dates_mod.pattern_words(g.single.pattern) | dates_mod.pattern_words(g.period.pattern)
    month_data = w.month_cues.words + w.month_cues.before + w.units.month.words + w.units.quarter.words
    assert letters(month_data) <= dates_mod.pattern_words(g.month.pattern)
    assert letters(w.recurrence.every + w.recurrence.periodic + w.recurrence.day_cues) <= dates_mod.pattern_words(g.recur.pattern)
    assert letters(w.years.cues) <= dates_mod.pattern_words(g.year.pattern)
    assert letters(w.recurrence.relative) <= dates_mod.pattern_words(g.relative_day.pattern)
    assert dates_mod.pattern_words(r"(?P<cue>trước|hạn\s+chót:)(?(hh)\s+|\p{L})\d") == {"trước", "hạn", "chót"}
    other = dates_mod._windows()["date"].other_word
    assert [x for x in ("cụ", "cuộc", "Căn", "ngày", "Từ", "ĐẾN", "h", "giờphút", "ngàyx", "thi") if other.fullmatch(x)] == ["cụ", "cuộc", "Căn", "ngàyx"]


def test_phrase_windows_on_mixed_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    # strings mixed from the grammar's words, other words, figures and marks: the same phrases either way
    rng = random.Random(28)
    parts = ["ngày", "tháng", "năm", "Từ", "đến", "trước", "hạn chót:", "vào", "các", "và", "(thứ Hai)", "(theo lịch)", "(", ")",
             "sáng", "16h00", "17 giờ 00", "hết", "15/7", "2023", "15/7/2023", "16", "-", "/", ".", ",", ";", "\n", "cụ thể",
             "báo cáo", "12", "5", "31", "hlịch", "ngàyx", "10/11/2022", "24/11/2022", "5/2023", "thứ 5", "Hạn chót nhận hồ sơ là",
             "hằng", "định kỳ", "tuần", "Quý II", "III", "liền kề", "của", "16h00x", "lần", "trong năm", "cuối", "xtháng", "Tháng"]
    read = 0
    for _ in range(300):
        text = "".join(rng.choice(parts) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(3, 20)))
        phrases = dates_mod.find_time_phrases(text, fold(text), None, 2025)
        assert phrases == _phrases_over_the_whole_span(monkeypatch, text), text
        read += len(phrases)
    assert read > 100


def test_section_kind_once_reads_each_heading_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    # SECTION_KIND_ONCE: every heading of c111 and c125 gives the reading of its text, and every block its part, as the
    # function gives them (c111's "III. TỔ CHỨC THỰC HIỆN" is the implementation part) …
    from directive_parser import structure as structure_mod
    from directive_parser.structure import HEADING_MAX_CHARS, section_kind_of

    for doc in ("c111", "c125"):
        text = normalize_text((_CORPUS / f"{doc}.txt").read_text(encoding="utf-8"))
        st = build(text, layout_mod.split(text))
        headings = [j for j, b in enumerate(st.blocks) if b.heading]
        assert [st.heading_kind(j) for j in headings] == [section_kind_of(st.block_text(j)[:HEADING_MAX_CHARS]) for j in headings]
        assert {st.heading_kind(j) for j in headings} >= {"implementation"}
    # … and asked again, a heading is not read again (the memo answers), while another structure reads its own
    calls: list[str] = []
    monkeypatch.setattr(structure_mod, "section_kind_of", lambda h: calls.append(h) or section_kind_of(h))
    kinds = [st.section_kind(b.start) for b in st.blocks]
    assert calls == [] and "implementation" in kinds
    fresh = build(text, layout_mod.split(text))
    assert [fresh.section_kind(b.start) for b in fresh.blocks] == kinds and len(calls) == len(set(calls)) > 0


# Session 28, i28-speed2 (docs/notes/issue-11.md "Session 28, i28-speed2"): the obligations stage's repeated reads.


def _dev_structure(doc: str) -> tuple[object, list[object]]:
    text = normalize_text((_CORPUS / f"{doc}.txt").read_text(encoding="utf-8"))
    st = build(text, layout_mod.split(text))
    return st, st.sentences_in(0, len(st.text.text))


class _CountingWords:
    """``own_acts._WORD_RE`` with its ``finditer`` reads counted (``_judge``'s reading of 40 words)."""

    def __init__(self) -> None:
        self.finditer_calls = 0
        self.pattern = own_acts._WORD_RE
        self.search = self.pattern.search
        self.findall = self.pattern.findall

    def finditer(self, *a: object) -> object:
        self.finditer_calls += 1
        return self.pattern.finditer(*a)  # type: ignore[arg-type]


def test_first_word_gate_judges_as_the_long_way(monkeypatch: pytest.MonkeyPatch) -> None:
    # FIRST_WORD_GATE: every sentence of c111 (a plan of the Ban Chấp hành Trung ương Đoàn) and n061 (a decision of
    # UBND tỉnh Quảng Ngãi) under its issuer's forms is judged as without the gate …
    cases = {
        "c111": own_acts.issuer_forms(["Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN"]),
        "n061": own_acts.issuer_forms(["Ủy ban nhân dân tỉnh Quảng Ngãi", "ỦY BAN NHÂN DÂN"]),
    }
    gated: list[str | None] = []
    for doc, forms in cases.items():
        st, sents = _dev_structure(doc)
        gated += [own_acts.own_act(st.text.text[s.start : s.end], forms) for s in sents]  # type: ignore[attr-defined]
    with monkeypatch.context() as m:
        m.setattr(own_acts, "_first_words", lambda forms: None)  # the gate off: every subject read whole
        whole: list[str | None] = []
        for doc, forms in cases.items():
            st, sents = _dev_structure(doc)
            whole += [own_acts.own_act(st.text.text[s.start : s.end], forms) for s in sents]  # type: ignore[attr-defined]
    assert gated == whole and {own_acts.ISSUER_SUBJECT} <= set(gated) and gated.count(None) > 100
    # … a subject that opens with no issuer's first word is read no further (n061's "UBND huyện Nghĩa Hành …" opens
    # with one: read whole, and ANOTHER_LEVEL says it is another body's) …
    forms = cases["n061"]
    assert "các" not in own_acts._first_words(forms)  # type: ignore[operator]
    words = _CountingWords()
    monkeypatch.setattr(own_acts, "_WORD_RE", words)
    assert own_acts.own_act("Các sở, ban, ngành tổ chức triển khai thực hiện.", forms) is None and words.finditer_calls == 0
    assert own_acts.own_act("UBND huyện Nghĩa Hành có văn bản báo cáo, đề xuất về UBND tỉnh Quảng Ngãi", forms) is None
    assert words.finditer_calls == 1
    # … and the forms' first words are read as ``_judge`` reads them: an abbreviation in full, a head, the first person
    assert {"ủy", "chủ", "chúng"} <= own_acts._first_words(forms)  # type: ignore[operator]
    assert own_acts.own_act("UBND tỉnh tổ chức hội nghị sơ kết", forms) == own_acts.ISSUER_SUBJECT
    assert own_acts.own_act("Chủ tịch UBND tỉnh chủ trì hội nghị.", forms) == own_acts.ISSUER_HEAD


def test_paragraph_colon_once_inherits_as_the_long_way(monkeypatch: pytest.MonkeyPatch) -> None:
    # PARAGRAPH_COLON_ONCE: every sentence of c117 (whose "2.1. Trung ương Đoàn:" leads its items) and c111 inherits the
    # body it inherited when each paragraph was sliced at each ask …
    def sliced(self: D.Paragraphs, q: int) -> bool:
        slices.append(q)
        return self.text.text[self.starts[q] : self.starts[q + 1]].rstrip().endswith(":")

    for doc in ("c117", "c111"):
        st, sents = _dev_structure(doc)
        paragraphs = D.Paragraphs(st.text, sents, 0, len(st.text.text), st)  # type: ignore[attr-defined, arg-type]
        once = [paragraphs.inherited_who(i) for i in range(len(sents))]
        with monkeypatch.context() as m:
            slices: list[int] = []
            m.setattr(D.Paragraphs, "ends_with_colon", sliced)
            long_way = D.Paragraphs(st.text, sents, 0, len(st.text.text), st)  # type: ignore[attr-defined, arg-type]
            assert [long_way.inherited_who(i) for i in range(len(sents))] == once
        assert any(once) and len(slices) > len(set(slices))  # the long way slices a paragraph again and again …
        assert len(paragraphs._colon) == len(set(slices))  # … the memo once each, the ones that could decide only
    st, sents = _dev_structure("c117")
    paragraphs = D.Paragraphs(st.text, sents, 0, len(st.text.text), st)  # type: ignore[attr-defined, arg-type]
    heads = [q for q in range(len(paragraphs.starts) - 1) if paragraphs.ends_with_colon(q)]
    # c117's lead-ins "Giao Ban Thanh niên công nhân và đô thị … triển khai các nội dung:" and "… Ban Bí thư Trung ương
    # Đoàn xây dựng Kế hoạch …, cụ thể:" close with their colon; its other paragraphs ("… ." items) do not
    printed = [st.text.text[paragraphs.starts[q] : paragraphs.starts[q + 1]].strip() for q in range(len(paragraphs.starts) - 1)]  # type: ignore[attr-defined]
    lead_in = next(q for q, p in enumerate(printed) if p.startswith("Giao Ban Thanh niên công nhân"))
    opening = next(q for q, p in enumerate(printed) if "Ban Bí thư Trung ương Đoàn xây dựng Kế hoạch" in p)
    assert {lead_in, opening} <= set(heads) and len(heads) < len(printed) // 2
    assert [q for q, p in enumerate(printed) if p.endswith(":")] == heads


def test_own_who_once_reads_a_sentence_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # OWN_WHO_ONCE: every sentence of c111 and n001 gives what the reading gives …
    import dataclasses

    for doc in ("c111", "n001"):
        st, sents = _dev_structure(doc)
        text = st.text  # type: ignore[attr-defined]
        memo = [D._own_who(text, s) for s in sents]
        assert memo == [D._read_own_who(text, s) for s in sents] and any(memo)
    # … asked again, it is not read again; another text (the same file parsed again) or a copy with another fold
    # (the obligations stage's repaired cues) reads its own
    reads: list[tuple[int, int]] = []
    read = D._read_own_who
    monkeypatch.setattr(D, "_read_own_who", lambda t, s: reads.append((s.start, s.end)) or read(t, s))
    assert [D._own_who(text, s) for s in sents] == memo and reads == []
    again, _ = _dev_structure(doc)
    assert [D._own_who(again.text, s) for s in sents] == memo and len(reads) == len(sents)  # type: ignore[attr-defined]
    copy = dataclasses.replace(text, fold=text.fold)
    D._own_who(copy, sents[0])
    assert len(reads) == len(sents) + 1
    # the memo goes with its text
    held = len(D._OWN_WHO_READ)
    del again, copy
    import gc

    gc.collect()
    assert len(D._OWN_WHO_READ) < held
