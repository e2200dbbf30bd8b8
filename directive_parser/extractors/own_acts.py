"""The issuer's own statements and acts: not duties of the recipients (OUTPUT.md "Obligations").

One check that both the obligations and the deadlines stage call. A sentence whose subject is the
issuer — its name, a short form derived from the header by rule, its head, or a first-person
form — states what the issuer itself does or will do, unless its verb assigns work to someone else.
The words are data (``data/duties.toml [issuer_forms]``); the rules, each with its example:

- ``ISSUER_SUBJECT``: "Hằng năm, Trung ương Đoàn có phân bổ chỉ tiêu cụ thể cho các tỉnh, thành
  đoàn …" (c121, issuer "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"); "…, UBND tỉnh đăng ký bổ
  sung nội dung trình HĐND tỉnh tại kỳ họp thứ 31" (n058).
- ``ISSUER_HEAD``: "Từ ngày 15 … đến hết ngày 19 tháng 01 năm 2018, Chủ tịch UBND tỉnh Hậu Giang đi
  công tác tại Hà Nội." (w035).
- ``FIRST_PERSON``: "Chúng tôi sẽ tổng hợp ý kiến …".
- not vetoed (``PLAN_STEP``): in a plan (Kế hoạch), a dated step counts even when the issuer takes
  it, since the recipients plan around it (OUTPUT.md "Deadlines"): "+ Trung ương Đoàn làm việc trực
  tuyến với 12 đơn vị để triển khai các nội dung của Kế hoạch vào ngày 12/7/2023." (c111).
- not the issuer's own (``ASSIGNMENT``): "UBND tỉnh giao Sở Tài chính chủ trì …", "Chủ tịch UBND tỉnh
  ủy quyền đồng chí … thực hiện …" (w035): a duty of the one it names.
- not the issuer's own (``ASKED_ITEM``): an item under a lead-in that asks ("đề nghị các đơn vị thực
  hiện một số nội dung sau:" over "- Đoàn tỉnh … gửi báo cáo … trước ngày …"): the lead-in assigns every
  item below it, whoever the item names; unless the item asks for its own part after the issuer's act
  (ITEM_ASKS_ITS_OWN).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable

import regex

from .. import patterns as P
from ..normalize import fold
from ..record import Directive
from ..structure import Structure
from ..vocabulary import alternation, duties

# the document types whose dated steps count whoever takes them (OUTPUT.md: "In a plan (Kế hoạch) …")
SCHEDULE_KINDS = ("Kế hoạch",)

ISSUER_SUBJECT = "issuer_subject"
ISSUER_HEAD = "issuer_head"
FIRST_PERSON = "first_person"

# An opening adverbial, up to the comma before the subject: "Hằng năm, …", "Từ ngày 15 … năm 2018, …",
# "Căn cứ Quy chế làm việc của UBND tỉnh, …", "tiếp theo Công văn số 168/UBND-KTTH …, …" (n058). BASIS_CHAIN (session
# 38): adverbials chained by ";" are one opening: "Thực hiện Kế hoạch số 532-KH/TWĐTN-ĐKTHTN …; căn cứ kết quả tổng hợp
# … giới thiệu, Ban Bí thư Trung ương Đoàn thông báo danh sách …" (an unseen Đoàn letter: the issuer's own act).
# Counter-example: a ";" followed by a clause with no opener ("…; các xã báo cáo …") ends the adverbial there.
# MANNER_MAKES_IT_THE_VERB (session 43): "thực hiện" followed by an adverb of manner is the duty's verb, no opening
# adverbial: "a) Thực hiện đúng nhiệm vụ, quyền hạn đã được ủy quyền và chịu trách nhiệm … trước UBND tỉnh, Chủ tịch UBND
# tỉnh về kết quả …" (an unseen delegation decision: read as an opener, its comma gave the subject "Chủ tịch UBND tỉnh",
# the issuer's head, and the delegate's duty was dropped as the issuer's own act). Counter-example: "Thực hiện Kế hoạch
# số 532-KH/TWĐTN …, Ban Bí thư Trung ương Đoàn thông báo …" (an opener: a document follows).
_ADVERBIAL_OPENER_RE = regex.compile(
    r"(?:căn\s+cứ|thực\s+hiện(?!\s+(?:đúng|tốt|nghiêm|đầy\s+đủ|kịp\s+thời|có\s+hiệu\s+quả|hiệu\s+quả)(?!\p{L}))|tiếp\s+theo|theo|trên\s+cơ\s+sở|(?:định\s+kỳ\s+)?h[ằà]ng\s+(?:năm|quý|tháng|tuần)|từ|ngày|trong|đến|sau|trước|để|nhằm|đồng\s+thời|vì\s+vậy|do\s+đó)(?!\p{L})",
    regex.V1 | regex.I,
)
# how far the adverbial may run before its comma
ADVERBIAL_MAX_CHARS = 300
# a list leader before the subject: "- ", "2. ", "a) "
_LEADER_RE = regex.compile(r"[\s\-–+•*]*(?:(?:\d+(?:\.\d+)*|[a-zđ])[.)]\s*)?", regex.V1 | regex.I)
_WORD_RE = regex.compile(r"\p{L}+", regex.V1)
# the words after the subject that make it one of several ("UBND tỉnh và các sở …") or a possessor
_NOT_ALONE = frozenset({"và", "cùng", "với", "của", "hoặc"})


def name_key(name: str) -> str:
    """A name as a comparison key: its words, lower-cased."""
    return " ".join(regex.findall(r"\p{L}+", name.lower(), flags=regex.V1))


def printed_names(record: Directive) -> list[str]:
    """The issuer's names as printed: the issuer, and the body its authority line signs for."""
    names = [record.issuer.name] if record.issuer.name else []
    auth = record.signer.authority
    m = P.authority_re().match(auth) if auth else None
    if auth and m is not None:
        rest = m.group("rest")
        # DOUBLE_AUTHORITY (session 38): "TL. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN KT. CHÁNH VĂN PHÒNG" signs for the Ban Bí thư;
        # the second authority's word is no part of its name (before, "… đoàn kt" matched no sentence)
        inner = P.authority_re().search(auth, m.start("rest") + 1)
        if inner is not None and inner.start() < m.end("rest"):
            rest = auth[m.start("rest") : inner.start()].strip()
        names.append(rest)
    return names


def issuer_names(record: Directive) -> set[str]:
    """The issuer's names as a sentence may print them (folded, lower-cased words): the issuer, and
    the body its authority line signs for ("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN" → "ban bí thư trung
    ương đoàn"). What the issuer as a whole does is not a duty (OUTPUT.md)."""
    return {name_key(n) for n in printed_names(record)} - {""}


def body_words(name: str) -> tuple[str, ...]:
    """A name's words, folded and lower-cased, abbreviations read in full ("UBND" → "ủy ban nhân dân")."""
    return _words(name)


def _words(name: str) -> tuple[str, ...]:
    """A name's words, folded and lower-cased, abbreviations read in full ("UBND" → "ủy ban nhân dân").

    >>> _words("UBND tỉnh Hoà Bình")
    ('ủy', 'ban', 'nhân', 'dân', 'tỉnh', 'hòa', 'bình')
    """
    expanded = _expansions()
    out: list[str] = []
    for w in _WORD_RE.findall(fold(name).lower()):
        # a word of the folded name folds to itself (its tone already placed), so only an abbreviation's reading is
        # folded, once (``_expansions``)
        if w in expanded:
            out.extend(expanded[w])
        else:
            out.append(w)
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _expansions() -> dict[str, tuple[str, ...]]:
    """VOCABULARY_WORDS_ONCE: each abbreviation of data/duties.toml [issuer_forms] as the words ``_words`` reads it in
    full ("ubnd" → ("ủy", "ban", "nhân", "dân")), folded once for the process (the data does not change), not at
    every word of every sentence (700,425 folds over the 117 corpus texts)."""
    return {k: tuple(fold(v).split()) for k, v in duties().issuer_forms.abbreviations.items()}


@functools.lru_cache(maxsize=4096)
def _token_words(token: str) -> tuple[str, ...]:
    """TOKEN_WORDS_ONCE: ``_words`` of one printed word ("UBND", "tỉnh"), a function of the word alone and the
    data, kept for the words most read: ``_judge`` reads the first 40 words of each subject it tries (136,578 reads
    over the 117 corpus texts, of a few thousand words)."""
    return _words(token)


@functools.lru_cache(maxsize=1)
def _form_words() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """VOCABULARY_WORDS_ONCE: data/duties.toml [issuer_forms] first_person, heads and level_words as ``_words``
    reads them, in the data's order (``_judge`` takes the first that matches), read once for the process."""
    cfg = duties().issuer_forms
    return tuple(_words(p) for p in cfg.first_person), tuple(_words(h) for h in cfg.heads), tuple(_words(lv) for lv in cfg.level_words)


def _drop_prefix(words: tuple[str, ...], prefixes: Iterable[str]) -> tuple[str, ...]:
    for p in prefixes:
        pw = _words(p)
        if words[: len(pw)] == pw and len(words) > len(pw):
            return words[len(pw) :]
    return words


def _drop_tail(words: tuple[str, ...], tails: Iterable[str]) -> tuple[str, ...]:
    for t in tails:
        tw = _words(t)
        if len(words) > len(tw) and words[-len(tw) :] == tw:
            return words[: -len(tw)]
    return words


def _cut_after_level(name: str) -> tuple[str, ...]:
    """"Ủy ban nhân dân tỉnh Quảng Ngãi" → "ủy ban nhân dân tỉnh": the place after the level word,
    printed with a capital (not "Ban Dân vận Tỉnh ủy …": "Tỉnh ủy" is a body, its "ủy" in lower case)."""
    printed = _WORD_RE.findall(fold(name))
    words = _words(name)
    if len(printed) != len(words) or name.isupper():
        return words  # an abbreviation in the name, or a name in capitals ("BAN THƯỜNG VỤ TỈNH ỦY"): no cut
    for level in sorted(duties().issuer_forms.level_words, key=len, reverse=True):
        lw = _words(level)
        for i in range(1, len(words) - len(lw)):
            if words[i : i + len(lw)] == lw and printed[i + len(lw)][0].isupper():
                return words[: i + len(lw)]
    return words


def issuer_forms(names: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """The word sequences a sentence may print for the issuer, derived by rule from its names.

    Args:
        names: the issuer's names as printed ("Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", the
            body its authority line signs for).

    Returns:
        Each name, without its council prefix, without the organisation's own name at its end, and
        cut after its level word: "trung ương đoàn", "ủy ban nhân dân tỉnh" …
    """
    forms = duties().issuer_forms
    out: set[tuple[str, ...]] = set()
    for name in names:
        full = _words(name)
        for w in (full, _drop_prefix(full, forms.councils)):
            out.update({w, _drop_tail(w, forms.name_tails)})
        out.add(_cut_after_level(name))
    return frozenset(w for w in out if w)


def is_issuer(who: str, forms: frozenset[tuple[str, ...]]) -> bool:
    """Whether a body's name is one of the issuer's forms ("Trung ương Đoàn", "UBND tỉnh")."""
    return _words(who) in forms


@functools.lru_cache(maxsize=1)
def _assignment_words() -> tuple[tuple[str, ...], ...]:
    words = duties()
    assignments = set(words.issuer_forms.assignments)
    # and as OCR misreads them ("Thủ tướng Chính phủ yêu câu Bộ trưởng, …", c157: [ocr_cues])
    misread = {m for m, cue in words.ocr_cues.variants.items() if cue in assignments}
    return tuple(sorted((_words(w) for w in assignments | misread), key=len, reverse=True))


def _subject_starts(sentence: str) -> list[int]:
    """Where the subject may start: after a list leader, or after an opening adverbial's comma."""
    lead = _LEADER_RE.match(sentence)
    start = lead.end() if lead else 0
    starts = [start]
    if _ADVERBIAL_OPENER_RE.match(sentence, start):
        part = start  # where the last adverbial of a BASIS_CHAIN opens
        while True:
            stop = len(sentence)
            for mark in ";:":
                k = sentence.find(mark, part)
                if k != -1:
                    stop = min(stop, k)
            nxt = regex.match(r";\s*", sentence[stop:]) if stop < len(sentence) else None
            if nxt is None or not _ADVERBIAL_OPENER_RE.match(sentence, stop + nxt.end()) or stop - part > ADVERBIAL_MAX_CHARS:
                break
            part = stop + nxt.end()
        for m in regex.finditer(r",\s*", sentence[: min(stop, part + ADVERBIAL_MAX_CHARS)]):
            starts.append(m.end())
    return starts


ASSIGNMENT = "assignment"


# ANOTHER_LEVEL: a form of the issuer without a level word (the body an authority line signs for,
# "TM. ỦY BAN NHÂN DÂN": every level has one) followed by a level word and a capitalised place
# names another body: "UBND huyện Nghĩa Hành có văn bản báo cáo …" in a province's decision is the
# district's duty (n061). Counter-example: "UBND tỉnh tổ chức …" (no place named after the level),
# and a form with its level ("ủy ban nhân dân tỉnh" from "Ủy ban nhân dân tỉnh Quảng Ngãi").
def _names_another_level(form: list[str], rest: tuple[str, ...], tokens: list[tuple[str, int]], origin: list[int], n: int) -> bool:
    """Whether the words after a level-less issuer form name a level and a place (another body)."""
    levels = _form_words()[2]
    if any(tuple(form[i : i + len(lw)]) == lw for lw in levels for i in range(len(form))):
        return False
    for lw in sorted(levels, key=len, reverse=True):
        if rest[: len(lw)] == lw and n + len(lw) < len(origin):
            return tokens[origin[n + len(lw)]][0][0].isupper()
    return False


# PLURAL_OF_ITS_KIND: a form of the issuer followed by a plural determiner and a level word names the bodies of its
# kind at that level, never the issuer, which is one body: "…; Chủ tịch UBND các huyện, thành phố và cơ quan, tổ chức,
# cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này." (probe pg07's execution article, signed "TM. UỶ BAN
# NHÂN DÂN" / "CHỦ TỊCH": the province's decision charges the district chairs), "UBND các xã, phường tổ chức …".
# Counter-examples: "Chủ tịch UBND tỉnh Hậu Giang đi công tác …" (w035, the issuer's head), "UBND tỉnh và các sở …"
# (``_NOT_ALONE``), "UBND tỉnh các năm qua …" (no level word after the determiner).
_PLURALS = frozenset({"các", "những"})


def _plural_of_its_kind(rest: tuple[str, ...]) -> bool:
    """Whether the words after an issuer form open with a plural determiner and a level word (PLURAL_OF_ITS_KIND)."""
    if len(rest) < 2 or rest[0] not in _PLURALS:
        return False
    return any(rest[1 : 1 + len(lw)] == lw for lw in _form_words()[2])


@functools.lru_cache(maxsize=64)
def _first_words(forms: frozenset[tuple[str, ...]]) -> frozenset[str] | None:
    """FIRST_WORD_GATE: the words a subject ``_judge`` reads as the issuer may open with: the first word of each first
    person form, each head and each of the issuer's forms (None when one of them has no words: no gate then). A
    function of the forms and the data, read once per document's forms."""
    first_person, heads, _ = _form_words()
    seqs = (*first_person, *heads, *forms)
    if any(not w for w in seqs):
        return None
    return frozenset(w[0] for w in seqs)


def _judge(sentence: str, at: int, forms: frozenset[tuple[str, ...]]) -> str | None:
    """The rule that reads the subject at ``at`` as the issuer (``ASSIGNMENT``: the issuer assigns)."""
    # FIRST_WORD_GATE: every rule below needs the subject's first word to open a first person form, a head or one of
    # the issuer's forms (the head's form follows the head), so a subject opening with any other word is read no
    # further (most subjects tried: "Các sở, ban, ngành …", "Sở Tài chính chủ trì …" under "UBND tỉnh"; 5,449 reads
    # of 40 words over the 117 corpus texts). The first printed word gives the first word read ("UBND" → "ủy").
    firsts = _first_words(forms)
    if firsts is not None:
        first = _WORD_RE.search(sentence, at)
        if first is None:
            return None
        opening = _token_words(first.group())
        if opening and opening[0] not in firsts:
            return None
    tokens = [(m.group(), m.start()) for m in itertools.islice(_WORD_RE.finditer(sentence, at), 40)]
    if not tokens:
        return None
    words: list[str] = []
    origin: list[int] = []  # the token each (expanded) word comes from
    for k, (w, _) in enumerate(tokens):
        for part in _token_words(w):
            words.append(part)
            origin.append(k)
    first_person, heads, _ = _form_words()
    rule: str | None = None
    n = 0
    for pw in first_person:
        if tuple(words[: len(pw)]) == pw:
            rule, n = FIRST_PERSON, len(pw)
            break
    if rule is None:
        skip = 0
        for hw in heads:
            if tuple(words[: len(hw)]) == hw:
                skip = len(hw)
                break
        best = max((len(f) for f in forms if tuple(words[skip : skip + len(f)]) == f), default=0)
        if not best:
            return None
        rule, n = (ISSUER_HEAD if skip else ISSUER_SUBJECT), skip + best
    if n >= len(words):
        return None
    nxt_token = tokens[origin[n]][0]
    if rule != FIRST_PERSON and nxt_token[0].isupper():
        return None  # the name goes on: "Ủy ban nhân dân tỉnh Quảng Ninh …" is another province's
    rest = tuple(words[n:])
    if rule != FIRST_PERSON and _names_another_level(words[skip:n], rest, tokens, origin, n):
        return None  # ANOTHER_LEVEL: "UBND huyện Nghĩa Hành …" under "TM. ỦY BAN NHÂN DÂN" (n061)
    if rule != FIRST_PERSON and _plural_of_its_kind(rest):
        return None  # PLURAL_OF_ITS_KIND: "Chủ tịch UBND các huyện, thành phố …" under "TM. UỶ BAN NHÂN DÂN" (probe pg07)
    if rest[0] in _NOT_ALONE:
        return None
    if any(rest[: len(a)] == a for a in _assignment_words()):
        return ASSIGNMENT  # "UBND tỉnh giao Sở Tài chính …" is the Sở's duty
    return rule


def own_act(sentence: str, forms: frozenset[tuple[str, ...]]) -> str | None:
    """Whether ``sentence`` states the issuer's own act, and by which rule.

    Args:
        sentence: the sentence as printed.
        forms: the issuer's forms (``issuer_forms``).

    Returns:
        The rule's name (``ISSUER_SUBJECT``, ``ISSUER_HEAD``, ``FIRST_PERSON``), or None: the
        sentence's subject is someone else, or the issuer assigns the work ("UBND tỉnh giao …").
    """
    for at in _subject_starts(sentence):
        rule = _judge(sentence, at, forms)
        if rule is not None:
            return None if rule == ASSIGNMENT else rule
    return None


# a lead-in that asks for what its items say: "… đề nghị các đơn vị thực hiện một số nội dung sau:"
_ASKING_LEAD_IN_RE = regex.compile(
    r"(?<!\p{L})(?:đề\s+nghị|yêu\s+cầu|giao|phân\s+công)(?!\p{L})[^\n]*:\s*$", regex.V1 | regex.I
)


def asking_lead_in(st: Structure, pos: int) -> str | None:
    """The lead-in line that asks for the list item at offset ``pos`` (``ASKED_ITEM``), or None."""
    return lead_in_line(st, pos, asking=True)


def lead_in_line(st: Structure, pos: int, asking: bool = False) -> str | None:
    """The lead-in line (ending in ":") over the list item at offset ``pos``, or None; with ``asking``, only one
    that asks for it (``asking_lead_in``)."""
    b = st.block_at(pos)
    if b is None or st.blocks[b].marker is None:
        return None
    # back over the items above it to the line that leads them in (the one ending in ":")
    for j in range(b - 1, -1, -1):
        line = st.text.text[st.blocks[j].start : st.blocks[j].end]
        if line.rstrip().endswith(":"):
            # LEAD_IN_ASKS_ACROSS_LINES: the block is one paragraph, its line breaks a layout's wraps; the asking word
            # may stand on an earlier line than the colon: "Giao Ban Thanh niên công nhân và đô thị là đơn vị
            # thường" / "trực theo dõi, …; chủ" / "trì phối hợp tham mưu triển khai các nội dung:" (c117 printed at
            # 60 columns; its items "+ Giải thưởng …" lost their body). Counter-example: a lead-in with no asking
            # word on any line ("Nội dung báo cáo gồm:") asks for nothing.
            return line if not asking or _ASKING_LEAD_IN_RE.search(line.replace("\n", " ")) is not None else None
        if st.blocks[j].marker is None:
            return None
    return None


# ITEM_ASKS_ITS_OWN (session 38): an item that goes on to ask for its part itself ("3. Trung ương Đoàn xây dựng các ấn
# phẩm tuyên truyền … . Đề nghị các đơn vị chủ động đăng tải …", an unseen Đoàn letter under "… đề nghị … triển khai …
# một số nội dung sau:") is not assigned whole by the lead-in: its sentence that names the issuer is the issuer's own
# act, the item's own request the recipients' duty. Counter-example: an item with no request of its own ("- Đoàn
# tỉnh … gửi báo cáo … trước ngày …") is the lead-in's (ASKED_ITEM).
_ITEM_OWN_ASK_RE = regex.compile(r"[.;:][ \t]*\n?[ \t]*(?:Đề\s+nghị|Yêu\s+cầu|Giao)\s+\p{L}", regex.V1)


def asked_item(st: Structure, pos: int) -> bool:
    """Whether offset ``pos`` lies in a list item whose lead-in asks for it (``ASKED_ITEM``), unless the item asks for its
    part itself after ``pos`` (ITEM_ASKS_ITS_OWN)."""
    if asking_lead_in(st, pos) is None:
        return False
    b = st.block_at(pos)
    return b is None or _ITEM_OWN_ASK_RE.search(st.text.text, pos, st.blocks[b].end) is None


# the document types that write to their recipients about the issuer's event (ORGANISER): not a plan, which
# assigns its committee work
LETTER_KINDS = ("Công văn", "Thông báo", "Giấy mời", "Công điện")
ORGANISER = "organiser"
_ORGANISERS = duties().organisers
# ORGANISER (data/duties.toml [organisers]): the committee, bare or named after its event, then its verb (a word in
# lower case): "Ban Tổ chức Giải thưởng đón tiếp đại biểu …" (c109); not "Ban Tổ chức Trung ương Đoàn …"
_ORGANISER_RE = regex.compile(
    rf"(?:{alternation(_ORGANISERS.words)})(?:\s+(?:{alternation(_ORGANISERS.events)})(?!\p{{L}})[^,;:.\n]{{0,120}}?)?\s+(?=(?-i:\p{{Ll}}))",
    regex.V1,
)


def organiser_act(sentence: str) -> bool:
    """Whether ``sentence``'s subject is the issuer's organising committee (ORGANISER), not assigning work ("Ban Tổ
    chức Hội thi đề nghị các đơn vị gửi bài dự thi …" asks the units: ``ASSIGNMENT``)."""
    for at in _subject_starts(sentence):
        m = _ORGANISER_RE.match(sentence, at)
        if m is not None:
            rest = _words(sentence[m.end() :])
            return not any(rest[: len(a)] == a for a in _assignment_words())
    return False


def issuers_own(
    sentence: str,
    forms: frozenset[tuple[str, ...]],
    doc_type: str | None,
    dated: Callable[[], bool],
    asked: Callable[[], bool] = lambda: False,
) -> str | None:
    """``own_act``, except a plan's dated step (``PLAN_STEP``): the check both stages call.

    Args:
        sentence: the sentence as printed.
        forms: the issuer's forms (``issuer_forms``).
        doc_type: the document's type ("Kế hoạch" …).
        dated: whether the sentence gives a calendar date (asked only of an own act in a plan).
        asked: whether the sentence is an item under an asking lead-in (``asked_item``; asked only of
            an own act).

    Returns:
        The rule that reads the sentence as the issuer's own act, or None.
    """
    rule = own_act(sentence, forms)
    if rule is None and doc_type in LETTER_KINDS and organiser_act(sentence):
        rule = ORGANISER  # "Ban Tổ chức Giải thưởng đón tiếp đại biểu từ 12h00 ngày 12/5/2023 …" (c109)
    if rule is not None and doc_type in SCHEDULE_KINDS and dated():
        return None  # PLAN_STEP: "+ Trung ương Đoàn làm việc … vào ngày 12/7/2023." (c111)
    if rule is not None and asked():
        return None  # ASKED_ITEM: the lead-in "đề nghị … sau:" assigns the item
    return rule
