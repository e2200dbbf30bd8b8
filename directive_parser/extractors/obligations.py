"""Obligations: every duty the directive assigns, with or without a time (OUTPUT.md).

Read from the structure layer, where directives put their duties:

* every deadline (``deadlines`` stage) is an obligation, with its time;
* task tables: one obligation per row, ``action`` from the task column, ``responsible`` from the
  "chủ trì" column, ``due`` from the time column ("STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn
  thành | Chủ trì | Phối hợp");
* assignment sentences: "đề nghị / yêu cầu / giao X + verb", "X chủ trì / có trách nhiệm / tham
  mưu + verb";
* list items that start with a duty verb under a heading or lead-in that names who ("Đối với
  các xã:", "2. Sở Nội vụ:", "đề nghị các địa phương thực hiện một số nội dung sau:"), in the
  "Tổ chức thực hiện" part of a plan, or in the body of a letter addressed to its recipients.

What is not a duty (named vetoes below, each with its example): aims and principles, what the
issuer as a whole will do ("sẽ"), what was done ("đã"), headings, and outline guidance; statements by
the part or paragraph they stand in (the event a notice opens with, the time just past, results, the
title, another document's quoted text) and criteria, levels and definitions.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterator

import regex

from .. import patterns as P
from ..dates import date_words, find_time_phrases
from ..layout import HEADER_MAX_LINES
from ..record import Deadline, Directive, Obligation, OutlineItem, TimeExpression
from ..source import Text
from ..structure import (
    BULLET_CHARS,
    GROUP_QUANTIFIER_RE,
    HEADING_MAX_CHARS,
    ITEM_NUMBER,
    LEADER,
    Sentence,
    Span,
    Structure,
)
from ..values import clean_value, is_caps
from ..vocabulary import alternation, duties, vocabulary
from . import deadlines as D
from .deadlines import ACTION_MIN_WORDS, lead_body, without_aims
from .own_acts import (
    asked_item,
    asking_lead_in,
    body_words,
    is_issuer,
    issuer_forms,
    issuer_names,
    issuers_own,
    lead_in_line,
    name_key,
    printed_names,
)
from .references import relay_spans

# A duty restated (in a closing section, or spelled out after a lead-in) shares at least this
# share of its action words with the first statement: one entry (OUTPUT.md).
RESTATED_OVERLAP = 0.8
# A later duty is no restatement of a first one much shorter than it: at least this share of its words
# are the first one's.
RESTATED_SHARE_OF_LONGER = 0.5
# Kinds of document addressed to their recipients, whose imperative items are duties even when
# they name no one (OUTPUT.md: "the imperative items of a công văn addressed to its recipients").
ADDRESSED_KINDS = ("Công văn", "Công điện", "Thông báo", "Chỉ thị", "Thông tri")
# Kinds whose content items are duties only when they name who or give a time (OUTPUT.md: "plans
# assign their work in Tổ chức thực hiện"); a Hướng dẫn's content items describe, like a plan's.
PLAN_KINDS = ("Kế hoạch", "Chương trình", "Quyết định", "Hướng dẫn", "Đề án", "Quy định", "Quy chế")
# Kinds that instruct how to carry out a document (NĐ 30/2020 Phụ lục III "Hướng dẫn"): wherever a sentence
# of theirs opens with a body and its duty verb, it tells that body what to do ("Cấp ủy cơ sở xét đề nghị của
# chi bộ …", Hướng dẫn 38-HD/BTCTW; "Đoàn các cấp có hình thức đánh giá kiểm tra kết quả …", c121). A plan's
# or a decision's prose may report who did what; a guide's does not.
GUIDE_KINDS = ("Hướng dẫn",)

# ============================================================================================
# Cues
# ============================================================================================

# A sentence (after its marker, an adverbial and the body it names) that opens with a duty verb:
#   "Khẩn trương rà soát, báo cáo …", "Chủ trì, phối hợp với Sở Tài chính tham mưu …".
#   "Là đơn vị đầu mối tham mưu …", "là cơ quan thường trực …": a role given to a body is its duty.
ROLE_CUE = r"là\s+(?:đơn\s+vị\s+|cơ\s+quan\s+)?(?:đầu\s+mối|thường\s+trực|chủ\s+trì)"
#   "a) Về quản lý ngân sách nhà nước: Tập trung triển khai …": a topic label before the duty; it may run
#   over two printed lines ("a) Về ý kiến của tỉnh Sóc Trăng, liên quan đến khai thác cát tầng sâu tại mỏ
#   cát\nMS 11 để phục vụ cho các dự án giao thông trọng điểm: Ủy ban nhân dân tỉnh Sóc\nTrăng căn cứ …", c143).
TOPIC_LABEL = D.TOPIC_LABEL
_TOPIC_LABEL_RE = regex.compile(rf"^{TOPIC_LABEL}", regex.V1)
#   "4. Phát triển hạ tầng số và công nghệ chiến lược: Đẩy nhanh tiến độ hoàn thành …" (c139, a meeting's
#   conclusions): an item's title, then its duty opening with a capital (HD 36's "<title>: <content>"). A
#   title has four words or more: "Hình thức: Trực tiếp và trực tuyến" (n020) is a field.
TITLE_LABEL = r"(?:[^\s:;.]+[ \t]+){3,20}[^\s:;.]+\s*:\s*(?-i:(?=(?-i:\p{Lu})))"
#   Veto AMENDING_LAW_NAME: "sửa đổi, bổ sung" names an amending document, so the "bổ sung" after its comma opens no
#   duty: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015, Luật sửa đổi, bổ sung một số điều
#   của Luật Tổ chức Chính phủ …;" (a basis, as the preambles print it) is no duty. Counter-example: "Căn cứ tình
#   hình thực tế …, mưa, lũ, quyết định việc tạm dừng …" (n055) opens one.
_AMENDING_NAME_BEFORE = r"(?<!sửa\s+đổi\s*,\s*)"
# ASK_WITHOUT_BODY (session 40): a request word right before the duty's verb names no body, and the item's body is the
# one asked: "b) …. Trước mắt, trong quá trình thực hiện rà soát điều chỉnh Quy hoạch, yêu cầu tạm dừng việc bổ sung quy
# hoạch …" (f41's rf01, under "1. Bộ Kế hoạch và Đầu tư:"; before, the sentence was no duty). Counter-example: "yêu cầu"
# before a body ("yêu cầu các Sở tạm dừng …") is the ask grammar's.
_BARE_ASK = rf"(?:yêu\s+cầu|đề\s+nghị)\s+(?=(?:{D._OPENING_VERBS})(?!\p{{L}}))"
# ONLY_BEFORE_THE_VERB (session 43): "Chỉ" (only) before the duty's verb restricts it and opens the duty: "- Chỉ phát
# hành thẻ đăng ký KCB ban đầu tại tỉnh khác từ cơ sở KCB tuyến huyện …" (an unseen Bảo hiểm xã hội Việt Nam letter: the
# item was no duty). Only before a duty verb: "Chỉ thị", "Chỉ tiêu", "Chỉ đạo" are words of their own.
_ONLY = r"(?:chỉ\s+(?=(?:{verbs})(?!\p{{L}})))?"
_IMPERATIVE_RE = regex.compile(
    rf"^{LEADER}(?:{ITEM_NUMBER}\s*)?(?:[^\s:]{{0,12}}\s*:\s*|{TOPIC_LABEL}|{TITLE_LABEL})?{D._ADVERBIAL}{_AMENDING_NAME_BEFORE}(?P<bare_ask>{_BARE_ASK})?{_ONLY.format(verbs=D._OPENING_VERBS)}(?:{D._OPENING_VERBS}|{ROLE_CUE}|{D.ASSIGNS_OWN_STAFF})\b",
    regex.V1 | regex.I,
)


def _imperative_opening(fold: str) -> regex.Match[str] | None:
    """How a sentence opens with its duty verb (``_IMPERATIVE_RE`` on its flattened shadow), or None; its group
    ``bare_ask`` is ASK_WITHOUT_BODY's request word before the verb."""
    return _IMPERATIVE_RE.match(_flat(fold))


def _imperative(fold: str) -> bool:
    """Whether a sentence (its matching shadow) opens with its duty verb (``_IMPERATIVE_RE``), its line breaks read
    as spaces.

    ADVERBIAL_WRAPS: the opening adverbial's clause may run over a line break before the comma its verb follows:
    "- Căn cứ tình hình thực tế hiện trạng công trình, tình hình" / "mưa, lũ, quyết định việc tạm dừng …" (n055 1.
    printed at 60 columns; ``D._ADVERBIAL`` reads one line, so the duty of "Chủ tịch UBND các huyện, …" was lost).
    Counter-example: an adverbial with no duty verb after its commas ("Căn cứ Luật Tổ chức chính quyền địa phương
    …;") opens no imperative, on one line or two.
    """
    return _imperative_opening(fold) is not None

# A sentence that opens with how often it recurs states a standing duty, whatever its verb: "Định kỳ
# có cơ chế giao ban, kiểm tra việc thực hiện Phần mềm …" (c111 4., under "4. Các tỉnh, thành đoàn
# và đoàn trực thuộc"); it names no one, so it needs a body from its heading or the plan's part
# "Tổ chức thực hiện", as an imperative item does. Not "Định kỳ 6 tháng, hằng năm, …" as a label.
_RECURRING_RE = regex.compile(
    rf"^{LEADER}(?:{ITEM_NUMBER}\s*)?(?:định\s+kỳ|h[ằà]ng\s+(?:ngày|tuần|tháng|quý|năm))\s+(?!\d)(?!(?:hằng|hàng)\b)(?-i:\p{{Ll}})+\s+(?-i:\p{{Ll}})",
    regex.V1 | regex.I,
)
# A bare "Định kỳ" opening the action is the duty's time (README T2: a due, never a deadline):
# "Định kỳ có cơ chế giao ban, kiểm tra …" → due "Định kỳ", action "có cơ chế giao ban, kiểm tra …";
# so is a leading "Thường xuyên" ("…, liên tục") that times the verb after it (README T1, A18, T12:
# n053 c) "Thường xuyên kiểm tra, thanh tra việc chấp hành …" → due "Thường xuyên", action "kiểm tra,
# thanh tra …"). Counter-example: inside a list of qualities it is manner and stays ("đảm bảo kịp thời,
# thường xuyên, liên tục", not at the head).
_BARE_ADVERB = r"định\s+kỳ|thường\s+xuyên(?:,\s*liên\s+tục)?"
_BARE_RECURRENCE_RE = regex.compile(rf"^({_BARE_ADVERB})\s+(?!\d)(?!(?:hằng|hàng)\b)(?=(?-i:\p{{Ll}}))", regex.V1 | regex.I)
_BARE_ADVERB_RE = regex.compile(_BARE_ADVERB, regex.V1 | regex.I)
# A4/T2: a bare "định kỳ" inside an undated action is its `due` and leaves it, wherever it stands —
# "định kỳ theo quy định" after the object (T2 names the phrase: "báo cáo kết quả thực hiện định kỳ
# theo quy định cho Ủy ban nhân dân tỉnh (qua Sở Nội vụ)", n001), or "định kỳ" opening a later
# ";"/","-clause before its verb (T12: "…; định kỳ tổng hợp, báo cáo kết quả thực hiện …", n001).
# Counter-examples: with its period ("định kỳ 6 tháng", "định kỳ hằng tháng": the dates stage's time),
# or after a noun it qualifies with nothing after ("tổ chức họp định kỳ": no clause opens, no "theo
# quy định").
# So is a "thường xuyên" opening a later ";"-clause of a one-body list of actions (README A4: "a time that
# qualifies one clause … still becomes the whole entry's `due`", n064 item 2; c118 "ban hành kế hoạch …; thường
# xuyên kiểm tra, giám sát việc triển khai phong trào …" → due "thường xuyên"). Counter-example: after a comma
# in a list of qualities it is manner (T12: "đảm bảo kịp thời, thường xuyên, liên tục", n055 5.).
# MID_CLAUSE_ADVERB (README T12: "thường xuyên" right before the duty's verb times the verb): after a comma, when a
# duty verb follows it at once, "thường xuyên" is the `due` and leaves the action as it does after ";": "+ Phụ
# trách theo dõi, kiểm tra, thường xuyên đôn đốc các đơn vị trong cụm phụ trách …" (c111), "Văn phòng Chính phủ …
# chủ động, thường xuyên theo dõi, đôn đốc, kiểm tra các bộ, cơ quan …" (c148), "…; đồng thời, thường xuyên đăng
# tải các tin, bài viết về công tác …" (004). Counter-examples: a list of qualities, where no verb follows it
# ("thực hiện quyết liệt, đồng bộ, thường xuyên, liên tục cả phòng và chống", n004; "đảm bảo kịp thời, thường
# xuyên, liên tục", n055); after "và" ("dễ thấy hấp dẫn và thường xuyên liên tục", c140); a noun ("chi thường
# xuyên", c157: no comma before it).
_MID_PERIODIC_RE = regex.compile(
    rf"""\s+(?P<due>định\s+kỳ\s+theo\s+quy\s+định)(?=\s|$)
      | (?<=[;,])\s*(?P<due>định\s+kỳ)\s+(?!\d)(?!(?:hằng|hàng|mỗi|theo)\b)(?=(?-i:\p{{Ll}}))
      | (?<=;)\s*(?P<due>thường\s+xuyên)\s+(?=(?-i:\p{{Ll}}))
      | (?<=,)\s*(?P<due>thường\s+xuyên)\s+(?=(?:{D._OPENING_VERBS})(?!\p{{L}}))""",
    regex.V1 | regex.I | regex.X,
)


# A break between the clauses of one entry: ";" or ":" (CONDITION_OF_LAST_CLAUSE).
_CLAUSE_BREAK_RE = regex.compile(r"[;:]", regex.V1)


def _mid_clause_due(action: str) -> tuple[str | None, str]:
    """The bare time adverb inside an undated action (``_MID_PERIODIC_RE``) as its due, and the action without it.

    >>> _mid_clause_due("Phụ trách theo dõi, kiểm tra, thường xuyên đôn đốc các đơn vị trong cụm phụ trách")
    ('thường xuyên', 'Phụ trách theo dõi, kiểm tra, đôn đốc các đơn vị trong cụm phụ trách')
    >>> _mid_clause_due("thực hiện quyết liệt, đồng bộ, thường xuyên, liên tục cả phòng và chống")
    (None, 'thực hiện quyết liệt, đồng bộ, thường xuyên, liên tục cả phòng và chống')
    """
    mid = _MID_PERIODIC_RE.search(action)
    if mid is None:
        return None, action
    return clean_value(mid.group("due")), clean_value(action[: mid.start()] + " " + action[mid.end() :]).replace(" ,", ",")


# Words that make a body's sentence a duty of that body: "X chủ trì …", "X có trách nhiệm …",
# "X tham mưu …", "X phối hợp …" (a plain "X thực hiện …" in a report is a fact; these are not); the modals too
# ("X phải …", "X bắt buộc có …": MODAL_AFTER_BODY).
# MEANS_FORM_CHARGE (issue 11, session 27): a body that "has a plan / measures / a scheme" to do a thing is told to
# make one (README A11's duty forms "có kế hoạch", "có biện pháp", "có phương án", "có giải pháp"): the unseen
# probe's pi17 "Các cơ quan, đơn vị có kế hoạch phân công trực, bảo vệ …" (a holiday notice's unmarked sentence); dev
# n004 opens items with "Có biện pháp …", "Có kế hoạch …". Counter-example: what a body already has is a fact ("UBND
# các xã đã có kế hoạch …": VETO_DONE before this test). ASSIGNED_AFTER_BODY (session 29): "X được giao + verb" is the
# issuer's charge in the passive, as "X có trách nhiệm + verb" ("Sở Xây dựng được giao hướng dẫn …").
# COMPLETE_THE_WORK (session 43): "X hoàn thành việc …" gives X the work to finish ("Trong năm 2022, các bộ, ngành; … và
# các cơ quan, tổ chức liên quan hoàn thành việc phổ biến, quán triệt …", f46's rs01); a finished act says "đã hoàn
# thành" (VETO_DONE), and "hoàn thành" with a figure reports ("hoàn thành 100% chỉ tiêu": no "việc").
_CHARGE_RE = regex.compile(
    r"^[\s,]*(?:chủ\s+trì|phối\s+hợp|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|tham\s+mưu|có\s+nhiệm\s+vụ|"
    r"có\s+(?:kế\s+hoạch|biện\s+pháp|phương\s+án|giải\s+pháp)(?!\p{L})|"
    rf"khẩn\s+trương|chủ\s+động|cần|phải|{D.MODAL_AFTER_BODY}|{D.ASSIGNED_AFTER_BODY}|tiếp\s+tục|tập\s+trung|nghiêm\s+túc|căn\s+cứ|quan\s+tâm|"
    r"thực\s+hiện|triển\s+khai|tổ\s+chức|hướng\s+dẫn|rà\s+soát|báo\s+cáo|gửi|xây\s+dựng|chỉ\s+đạo|hoàn\s+thành\s+việc)\b",
    regex.V1 | regex.I,
)

# --- Vetoes: not duties, each with its example ---

# A body's share of a count, under a duty that states the work: "- Mặt trận Tổ quốc và các tổ chức
# chính trị - xã hội tỉnh: giới thiệu 02 mô hình." (the quota, not a duty of its own).
QUOTA_LINE_RE = regex.compile(r"^\p{L}+(?:\s+\p{L}+)?\s+(?:ít\s+nhất\s+|tối\s+thiểu\s+|từ\s+)?\d+\s+(?:\p{L}+\s*){1,3}[.;]?\s*$", regex.V1 | regex.I)

# The issuer's own promise: "Ban Tổ chức sẽ công bố kết quả", "UBND tỉnh sẽ xem xét".
VETO_PROMISE_RE = regex.compile(r"(?<!\p{L})sẽ(?!\p{L})", regex.V1 | regex.I)
# What was done: "Sở Nội vụ đã ban hành Kế hoạch số …", "các địa phương đã triển khai".
VETO_DONE_RE = regex.compile(r"(?<!\p{L})(?:đã|vừa)\s+(?!được\s+giao)\p{L}", regex.V1 | regex.I)
# DONE_IN_NAME (issue 11, session 27): the name read before a "có + means" verb may take in the "đã" of a done act:
# "Các xã đã có phương án …" read "Các xã đã" as the body and "có phương án …" as its duty (our own sentence; the
# grammar's "có" + verb look-ahead reads past "đã"); the "đã" that ends the name is VETO_DONE's.
DONE_IN_NAME_RE = regex.compile(r"(?<!\p{L})(?:đã|vừa)\s*$", regex.V1 | regex.I)
# REPORTED_DIRECTION: "chỉ đạo về việc <topic>" names a direction by its subject line (the V/v formula of NĐ 30's
# box 5b), the report of an act, not a task: "UBND tỉnh chỉ đạo về việc tham gia ý kiến dự thảo Chỉ thị …" (probe
# pc07, a portal's headline over the relayed text). Counter-examples: a duty's "chỉ đạo" takes whom or what it
# directs ("chỉ đạo các lực lượng đóng quân …", "trực tiếp chỉ đạo việc thực hiện …", n001).
VETO_REPORTED_DIRECTION_RE = regex.compile(r"^(?:đã\s+|vừa\s+)?(?:có\s+ý\s+kiến\s+)?chỉ\s+đạo\s+về\s+việc(?!\p{L})", regex.V1 | regex.I)
# What a body may do, not what it must: "Ban Bí thư Trung ương Đoàn có thể điều chỉnh, sửa đổi, bổ sung
# Hướng dẫn phù hợp với tình hình thực tiễn" (c121).
# So is what a body is not allowed: "Công ty không được tiếp tục hưởng ưu đãi theo quy định …" (n048, a
# ruling in a reply, not a task).
VETO_PERMISSION_RE = regex.compile(r"(?<!\p{L})(?:có\s+thể|không\s+được)(?!\p{L})", regex.V1 | regex.I)
# Veto APPROVAL_IS_NO_DUTY (session 39, ``deadlines.APPROVAL_RE``): what the issuer's head agrees to is a decision.
VETO_APPROVAL_RE = D.APPROVAL_RE
# Veto EXEMPTION_OR_RIGHT (i17-olang): what a body need not do, or is allowed or entitled to do, where its subject
# ends, is no duty: "Các sở, ban, ngành không phải gửi báo cáo giấy về Sở Nội vụ." (an exemption), "… không cần gửi
# …", "… không bắt buộc …", "Các đơn vị được phép tổ chức hội nghị trực tuyến." (a permission), "… được quyền …",
# "… có quyền …", a bare "được" ("Các sở, ban, ngành được tổ chức hội nghị trực tuyến": a permission, or a passive
# that reports) (standard wording of NĐ 30 letters and guides; no dev text prints one at a subject's end).
# Counter-examples: "không phải là" (a definition: "hội viên (không phải là đoàn viên)", c121's table), "Trung ương
# Đoàn tổng hợp, rà soát và có quyền yêu cầu …" (c121: the right follows the body's duty, not its subject), "đề nghị
# các đơn vị không tổ chức …" (a request not to: a duty), "X được giao / được phân công chủ trì …" (a charge), "Các
# đại biểu được mời …", "Các xã được chọn thí điểm triển khai …" ("được" inside the subject, not at its end).
VETO_EXEMPTION_RE = regex.compile(
    r"(?<!\p{L})(?:không\s+(?:phải(?!\s+là)|cần(?!\s+thiết)|bắt\s+buộc)|được(?:\s+(?:phép|quyền))?(?!\s+(?:giao|phân\s+công|mời|cử))|có\s+quyền)(?!\p{L})", regex.V1 | regex.I
)
# A statement that the issuer agrees or notes: "UBND tỉnh thống nhất …", "ghi nhận, đánh giá cao".
# Not when a manner adverb of a duty opens the sentence: "Kịp thời biểu dương, khen thưởng những tập thể, cá
# nhân thực hiện tốt chức trách …" (c150 7. b), c157) tells the recipients to praise; the adverb is no subject.
_DUTY_ADVERB_OPENING = rf"{LEADER}(?:{ITEM_NUMBER}\s*)?(?:kịp\s+thời|thường\s+xuyên|tích\s+cực|chủ\s+động)\s"
VETO_OPINION_RE = regex.compile(
    rf"^(?!{_DUTY_ADVERB_OPENING})[^,;:]{{0,80}}?(?<!\p{{L}})(?:thống\s+nhất\s+(?:với|chủ\s+trương)|ghi\s+nhận|đánh\s+giá\s+cao|biểu\s+dương)(?!\p{{L}})",
    regex.V1 | regex.I,
)
# A preamble: what the document rests on or answers, not a duty: "Căn cứ Luật …", "Xét đề nghị của
# Giám đốc Công an tỉnh tại Tờ trình số 409/TTr-CAT …", "Thực hiện Công văn số 4552/BCA-C04 …",
# "Thực hiện chỉ đạo của Bộ Giáo dục và Đào tạo, Ủy ban nhân dân Thành phố về việc …".
@functools.lru_cache(maxsize=1)
def _type_alternation() -> str:
    """The document types' names as one alternation (``vocabulary.alternation``)."""
    return vocabulary().type_alternation()


# POLICY_OPENS_BASIS (session 31): "Thực hiện chủ trương của Đảng và các quy định của pháp luật, trong những năm qua …"
# (a Chỉ thị's situation paragraph, an unseen one) opens what the document rests on, as "Thực hiện chỉ đạo của …" does.
# CONSIDERING_OPENS_BASIS (session 31): "Xét tình hình thực tế …", "Xét thấy …" open what the issuer considers, as
# "Xét đề nghị của …" does (NĐ 30's preamble word), whatever acts they report: "Xét tình hình thực tế hiện nay, tỉnh
# Phú Thọ đã và đang tham gia …, đồng thời thường xuyên tổ chức …" (an unseen letter; its ask is the next sentence).
# CITED_AS_VAN_BAN (session 39): a letter cited by the generic "Văn bản số …" opens the same basis as one cited by its type:
# "Thực hiện Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026 của Bộ … về việc tăng cường thanh tra, kiểm tra …." (an unseen
# provincial letter's opening: read as a duty, the cited title's verbs its action). Counter-example: "Thực hiện nghiêm
# các văn bản chỉ đạo …" (no number after it) is a duty.
@functools.lru_cache(maxsize=1)
def preamble_re() -> regex.Pattern[str]:
    types = _type_alternation()
    return regex.compile(
        rf"^{LEADER}(?:căn\s+cứ|theo\s+đề\s+nghị|xét\s+(?:đề\s+nghị|tình\s+hình|thấy)|theo\s+chỉ\s+đạo|"
        rf"thực\s+hiện\s+(?:(?:{types}|văn\s+bản)\s+(?:số\s+)?[\d\-–/]|ý\s+kiến\s+chỉ\s+đạo|(?:sự\s+)?chỉ\s+đạo\s+của|chủ\s+trương(?:,\s+đường\s+lối)?\s+của))",
        regex.V1 | regex.I,
    )


# An opening paragraph that says which document's aim the letter serves: "Thực hiện chỉ tiêu về công
# tác dân vận tại Nghị quyết số 08-NQ/TU …, đến nay …" (unnumbered; a numbered item "- Thực hiện
# nghiêm các nội dung tại Chỉ thị số 27 …" is a duty).
# So does an opening that names the document it carries out by its type, printed with a capital:
# "Thực hiện Quy chế công tác của Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm (Ủy ban Quốc
# gia); …" (n046), "Triển khai thực hiện Quyết định số 145/QĐ-BNV ngày 03/3/2025 của Bộ Nội vụ …"
# (n026), "Thực hiện Chương trình công tác Đoàn …" (c113); not "thực hiện nghiêm các nội dung …".
# CITED_PREAMBLE_TRIỂN_KHAI: "Triển khai" opens the same basis when the document it carries out is cited by its
# number: "Triển khai Công văn số 1189/SNV-LĐVL&TN, ngày 29/8/2025 của Sở Nội vụ về việc cử đại diện lãnh đạo …;"
# (n041, a reply's opening), "Triển khai Kết luận số 18-KL/TW …" (n047). Counter-example: " Triển khai Kế hoạch,
# Thể lệ Cuộc thi tới các tỉnh, thành đoàn …" (c114 1.2., an item whose bullet the copy lost: no number, a duty).
@functools.lru_cache(maxsize=1)
def cited_preamble_re() -> regex.Pattern[str]:
    types = _type_alternation()
    return regex.compile(
        rf"^{LEADER}(?:thực\s+hiện\s+[^,.;:]{{0,80}}?\s(?:tại|theo)\s+(?:{types})\s+số|(?:triển\s+khai\s+)?thực\s+hiện\s+(?-i:{types})(?!\p{{L}})"
        rf"|triển\s+khai\s+(?-i:{types})\s+số\s)",
        regex.V1 | regex.I,
    )


# A provision quoted from another document is its rule, not a duty of this one: "- Khoản 1 Điều 68 Nghị
# định số 268/2025/NĐ-CP quy định:" / "\"1. Doanh nghiệp được cấp Giấy chứng nhận … Trường hợp doanh
# nghiệp đáp ứng các điều kiện … thì thực hiện thủ tục cấp thay đổi …" (n048, a reply quoting the law):
# the paragraph opens with a quotation mark right after a lead-in ending in ":".
QUOTED_PARAGRAPH_RE = regex.compile(r":\s*\n\s*[\"“”„«]$", regex.V1)
# Veto QUOTED_SPAN: the quotation goes on to the paragraph that closes it, and all of it is the other document's
# text, its requests too (addressed by that issuer to its own recipients): "…, Bộ Nội vụ có ý kiến như sau:" /
# "“1. Theo quy định tại khoản 6 Điều 21 Nghị định số 126/2024/NĐ-CP …" / "2. …" / "Do đó, Sở Nội vụ tỉnh Lâm Đồng
# đề nghị các hội … báo cáo Ban Thường trực … thực hiện theo hướng dẫn của …”." (n016). Counter-example: the
# letter's own paragraph after the closing mark ("Từ những nội dung hướng dẫn của Bộ Nội vụ nêu trên, Ủy ban nhân dân
# tỉnh … đề nghị Ban Thường trực …", n016); a quotation never closed within QUOTE_MAX_BLOCKS is its first paragraph only.
QUOTE_CLOSE_RE = regex.compile(r"[\"”»]\W{0,4}$", regex.V1)
QUOTE_MAX_BLOCKS = 12


# An invitation is a duty of those invited (OUTPUT.md's dated steps): "kính mời Đồng chí dự Phiên họp".
INVITATION_RE = regex.compile(r"(?<!\p{L})(?:kính\s+mời|trân\s+trọng\s+mời|xin\s+mời)(?!\p{L})", regex.V1 | regex.I)


# Veto RATE_LINE: a sentence that names no body and states an amount per unit gives a level (a "mức"), not a task:
# "2. Mức độ hỗ trợ" / "Hỗ trợ về nhà ở: Nhà Khăn quàng đỏ trị giá tối thiểu 50 triệu/nhà.", "Hỗ trợ dài hạn: Tối
# thiểu 500.000 đồng/em/tháng." (c121). Counter-examples: a body's own sentence ("Các cấp bộ Đoàn tổ chức các hoạt
# động hỗ trợ thiếu nhi … với định mức phù hợp …", c121: a duty), an amount with no unit after it ("bố trí 500
# triệu đồng để …").
VETO_RATE_RE = regex.compile(r"\d[\d.,]*\s*(?:tỷ|triệu|nghìn|ngàn|đồng)(?:\s+đồng)?\s*/\s*[\p{L}\d]", regex.V1 | regex.I)
# Veto DEFERENCE: "kính" before the verb of sending or reporting is the writer's own courtesy towards whom it
# writes to, so the body before it is the writer itself, closing its letter: "Ban Thường vụ Hội Nông dân tỉnh kính
# gửi Sở Nội vụ tổng hợp, tham mưu./." (n043), "Sở Tư pháp kính báo cáo Ủy ban nhân dân tỉnh". Counter-examples:
# "Sở Nội vụ tổng hợp, kính gửi Bộ Nội vụ trước ngày …" (the verb before it is the duty), "kính mời" (INVITATION).
VETO_DEFERENCE_RE = regex.compile(r"(?<!\p{L})kính\s+(?:gửi|trình|báo\s+cáo)(?!\p{L})", regex.V1 | regex.I)
# Veto DEFINITION: what a body "is taken to be" states a criterion, not a task: "Các tỉnh, thành đoàn và đoàn trực
# thuộc được coi là hoàn thành khi đảm bảo hỗ trợ, giúp đỡ đúng đối tượng …" (c121 "3. Cách thức đánh giá, công
# nhận"). Counter-example: "Các tỉnh, thành đoàn … được giao chủ trì …" (VETO_DONE's "được giao": a charge).
VETO_DEFINITION_RE = regex.compile(r"(?<!\p{L})được\s+(?:coi|xem|hiểu)\s+là(?!\p{L})", regex.V1 | regex.I)
# Veto BODY_STANDING (session 41): a decision that sets up a team or a council (NĐ 30's "Quyết định thành lập") states
# how the body stands, no duty of it: "Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ." (f45's rp01: read as a
# duty of "Đoàn kiểm tra tự giải thể sau khi", "hoàn thành nhiệm vụ"), "Thành viên Hội đồng làm việc theo chế độ kiêm
# nhiệm, được hưởng các chế độ …", "Chủ tịch Hội đồng sử dụng con dấu của Ủy ban nhân dân tỉnh …" (rp04). Counter-example:
# the council's task in the same decision ("Hội đồng có nhiệm vụ tổ chức chấm điểm, lựa chọn chủ đầu tư …") is a duty.
# Veto ESTABLISHING_ARTICLE (session 41): so is the article that sets the body up, "Điều 1. Thành lập Đoàn kiểm tra (sau
# đây gọi là Đoàn kiểm tra) để kiểm tra việc chấp hành …, gồm các ông (bà) có tên sau đây:" (rp01): the decision's own act,
# as ENACTED_WITH_IT's "Ban hành kèm theo …". Only an article's opening ("Điều N."): "- Thành lập Tổ công tác …" in a plan's
# items is a step someone must take.
VETO_ESTABLISHING_RE = regex.compile(rf"^{LEADER}Điều\s+\d+\s*[.:]\s*(?:thành\s+lập|kiện\s+toàn)(?!\p{{L}})", regex.V1 | regex.I)
VETO_BODY_STANDING_RE = regex.compile(
    r"(?<!\p{L})(?:tự\s+giải\s+thể|(?:làm\s+việc|hoạt\s+động)\s+theo\s+chế\s+độ\s+kiêm\s+nhiệm|sử\s+dụng\s+con\s+dấu\s+của)(?!\p{L})",
    regex.V1 | regex.I,
)


def _at_subjects_end(rx: regex.Pattern[str], fold: str, cut: int) -> bool:
    """Whether ``rx`` matches where the subject of ``fold`` ends (``cut``): at the start of what follows it, or
    read into the subject's last words ("Ban Thường vụ Hội Nông dân tỉnh kính | gửi …")."""
    return any(m.start() <= cut + 2 and m.end() >= cut - 1 for m in rx.finditer(fold))


# Who attended, in a meeting's conclusions: "Tham dự buổi làm việc có Bộ trưởng …", "Cùng dự có …".
# ATTENDANCE_AT_PLACE: the place may stand between the meeting and "có" (the Government Office's notice formula):
# "Tham dự Phiên họp tại điểm cầu Chính phủ có Phó Thủ tướng Chính phủ, …" (c159), "Tham dự cuộc họp tại trụ sở
# Chính phủ có lãnh đạo các Bộ, cơ quan: …" (c142). Counter-example: "Tham dự Hội nghị tại Hà Nội và chuẩn bị nội
# dung phát biểu …" (no "có" after the place: those invited attend, a duty).
_ATTENDANCE_PLACE = r"(?:\s+tại\s+[^\s,.;:]+(?:\s+[^\s,.;:]+){0,7}?)?"
# ATTENDANCE_LABEL (session 32): a meeting's conclusions list who chaired and attended under bare labels, "I. THÀNH
# PHẦN THAM DỰ" / "1. Chủ trì: Đồng chí …" / "2. Tham dự:" / "- Lãnh đạo các Ban của HĐND Thành phố;" (an unseen
# council office's notice: each attendee was a duty "Tham dự: Lãnh đạo …"). Such a label leads names, no duty to
# complete. Counter-example: "- Tham dự và phát biểu tại Hội nghị:" (a verb phrase with its object: E4's lead-in).
ATTENDANCE_LABEL_RE = regex.compile(r"[\s\W\d]*(?:tham\s+dự|dự\s+họp|thành\s+phần(?:\s+(?:tham\s+dự|dự\s+họp|mời))?|chủ\s+trì)[ \t]*:", regex.V1 | regex.I)
VETO_ATTENDANCE_RE = regex.compile(
    rf"^[\W\d]*(?:tham\s+dự|cùng\s+dự|dự\s+họp|tham\s+gia)\s+(?:(?:cuộc\s+họp|buổi\s+làm\s+việc|hội\s+nghị|phiên\s+họp|buổi\s+họp){_ATTENDANCE_PLACE}\s+)?(?:có|gồm)\b",
    regex.V1 | regex.I,
)
# A document's name, not a duty, though its first word is a verb: "Hướng dẫn số 09-HD/HU ngày
# 17/8/2022 …", "trình số 409/TTr-CAT(PC04) …" (a "Tờ\ntrình" cut by a line break); so is the document
# naming itself: "Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành" (n029, w033's closing
# article), "Hướng dẫn này được phổ biến …". Counter-example: "Quyết định dừng hoạt động …" (n055) is a duty.
VETO_DOCUMENT_NAME_RE = regex.compile(rf"^{LEADER}(?:{ITEM_NUMBER}\s*)?(?:{D._OPENING_VERBS})\s+(?:số\s+\d|này(?!\p{{L}}))", regex.V1 | regex.I)
# Veto ENACTED_WITH_IT (session 31): the enacting article of a Quyết định issues, announces or approves what it
# attaches, the issuer's own act, not a duty (README: "in a Quyết định, the article that names who carries it out …
# and the tasks it gives"); as a lead-in over its list it completes no item (``_completing_lead_in``): "Điều 1. Công bố
# kèm theo Quyết định này:" / "- Danh mục thủ tục hành chính …" (an unseen decision's form; before, each item was
# composed with it into a duty). The article in one sentence ("Điều 1. Ban hành kèm theo Quyết định này Quy chế …",
# w033) was no duty already. Counter-example: a lead-in with a duty verb of its own ("Tham mưu … trình Hội đồng nhân
# dân tỉnh quyết định:", n004, E4) still composes its items.
@functools.lru_cache(maxsize=1)
def enacted_with_it_re() -> regex.Pattern[str]:
    return regex.compile(
        rf"^{LEADER}(?:Điều\s+\d+\s*[.:]\s*)?(?:ban\s+hành|công\s+bố|phê\s+duyệt)\s+kèm\s+theo\s+(?:{_type_alternation()})\s+này(?!\p{{L}})",
        regex.V1 | regex.I,
    )


# EFFECT_CLAUSE (``deadlines.EFFECT_CLAUSE_RE``, shared with the deadlines stage, which vetoes its time): the closing
# article's effect clause is no duty: "Quyết định có hiệu lực kể từ ngày ký." (probe pc19), "Điều 3. Quyết định này có
# hiệu lực kể từ ngày ký ban hành." (n018).
VETO_EFFECT_CLAUSE_RE = D.EFFECT_CLAUSE_RE
# Not a task but an address, a link or a table's column numbers: "Email: x@y.vn", "2 3 4".
VETO_NOT_TEXT_RE = regex.compile(r"^(?:[\W\d_]+|.*(?:@|https?://|www\.)\S+\s*)$", regex.V1)
# ADDRESS_ALONE (issue 11, session 29, i29-action): the address veto holds when the words before the address carry no
# duty verb (a contact line, "Email: x@y.vn", "Mọi chi tiết xin liên hệ: …, email: …"); a duty that ends on the
# address it sends to is a duty (OUTPUT.md: never an address alone as the action, but the action runs to its clause's
# end, README A3): "Các trường gửi văn bản về Sở qua địa chỉ thư điện tử: khtc@…" (our sentence; before, the whole
# duty was lost unless a time kept it through the deadlines stage), "… đăng tải … tại địa chỉ: https://…". Only for a
# sentence that names its body or asks one: a later sentence of an item that says how to do it ("Truy cập và học tập
# qua nền tảng … tại địa chỉ http://…", dev n006 (9)) explains the item's duty (README: keep the first sentence).
_ADDRESS_TOKEN_RE = regex.compile(r"\S*(?:@|https?://|www\.)\S+\s*$", regex.V1)


def _address_alone(fold: str) -> bool:
    """Whether a sentence is an address line, a link or column numbers (VETO_NOT_TEXT, ADDRESS_ALONE), not a duty that
    ends on its address.

    >>> _address_alone("Email: phongkhtc@quangbinh.edu.vn"), _address_alone("Các trường gửi văn bản về Sở qua địa chỉ thư điện tử: khtc@quangbinh.edu.vn")
    (True, False)
    """
    if not VETO_NOT_TEXT_RE.match(fold):
        return False
    token = _ADDRESS_TOKEN_RE.search(fold)
    return token is None or D._DUTY_VERB_RE.search(fold, 0, token.start()) is None
# Veto SALUTATION: the addressee line of a công văn (NĐ 30/2020 Phụ lục I: "Kính gửi: …") is no duty, also
# when the splitter joins it to the first paragraph ("Kính gửi: Sở Thông tin và Truyền thông\nTheo đề nghị của
# Bộ Thông tin và Truyền thông tại Công văn số 202/BTTTT-KHTC …", n037), unless that paragraph asks a body
# ("…, Chủ tịch UBND tỉnh giao Sở Thông tin và Truyền thông chủ trì, …", the same n037 sentence: its duty stays).
# Counter-example: "kính gửi" inside a duty ("… tổng hợp, kính gửi Bộ Nội vụ trước ngày …") is a destination,
# not the opening line.
VETO_SALUTATION_RE = regex.compile(rf"^{LEADER}Kính\s+gửi\s*:", regex.V1 | regex.I)


# A lead-in that only announces the items after it: "đề nghị các quận ủy, huyện ủy quan tâm phối
# hợp thực hiện một số nội dung sau:", "… cụ thể như sau:".
VETO_LEAD_IN_RE = regex.compile(r"(?:sau|như\s+sau|cụ\s+thể|dưới\s+đây|các\s+nội\s+dung|nhiệm\s+vụ)\s*:\s*$", regex.V1 | regex.I)
# LEAD_IN_OWN_DUTY (data/duties.toml [lead_in_items]): a lead-in that joins a duty of its own to the verb that
# announces its items states that duty: "… đề nghị Ủy ban nhân dân các quận, huyện, thị xã … tiếp tục thực hiện các
# văn bản chỉ đạo trên | và thực hiện các nội dung quản lý thu chi cụ thể như sau:" (w007), "1. Sở Giáo dục và Đào
# tạo chịu trách nhiệm toàn diện về tổ chức Kỳ thi, | trực tiếp thực hiện các khâu:" (n051). The joint is "và" or a
# comma, then duty verbs (adverbs like "khẩn trương", "trực tiếp" among them), then the items' noun and the colon.
# Counter-examples: "…, trong đó tập trung triển khai các nhiệm vụ cụ thể sau:" and "…, chủ động chỉ đạo, triển khai
# công tác phòng cháy, chữa cháy rừng, tập trung một số nhiệm vụ trọng tâm sau:" (c146: the focus within the duty
# before; its items spell that duty out: one entry), "quan tâm phối hợp thực hiện một số nội dung sau:" (nothing
# before the announcing verb).
_LEAD_IN_TAIL_RE = regex.compile(
    rf"(?:\s+và|\s*,)\s+(?!trong\s+đó|cụ\s+thể|tập\s+trung\s+(?:vào\s+)?(?:các|những|một\s+số)\s)(?:{D._DUTY_VERBS})(?:\s*,?\s+(?:{D._DUTY_VERBS}))*"
    r"(?:\s+(?:tốt|nghiêm\s+túc|nghiêm|đầy\s+đủ))?\s+(?:các|những|một\s+số)\s+"
    rf"(?:{alternation(duties().lead_in_items.words)})(?!\p{{L}})[^,;:\n]{{0,60}}:\s*$",
    regex.V1 | regex.I,
)


# the duty before the joint ends on a verb (or a verb and its manner): its object is the items
_BARE_VERBS_END_RE = regex.compile(rf"(?<!\p{{L}})(?:{D._DUTY_VERBS})(?:\s+(?:tốt|nghiêm\s+túc|nghiêm|đầy\s+đủ|kịp\s+thời))?\s*$", regex.V1 | regex.I)


def lead_in_own_duty(lead_in: str) -> int | None:
    """Where the duty of its own of a lead-in ends (LEAD_IN_OWN_DUTY), or None when it only announces its items.

    Args:
        lead_in: the lead-in from where its duty starts to its colon.

    Returns:
        The offset in ``lead_in`` where the announcing part ("và thực hiện các nội dung … sau:") starts.

    Example:
        >>> s = "chịu trách nhiệm toàn diện về tổ chức Kỳ thi, trực tiếp thực hiện các khâu:"
        >>> s[: lead_in_own_duty(s)]
        'chịu trách nhiệm toàn diện về tổ chức Kỳ thi'
        >>> lead_in_own_duty("quan tâm phối hợp thực hiện một số nội dung sau:") is None
        True
    """
    # LEAD_IN_WRAPS: the lead-in is read as one line (same length, so the offsets hold): "… trực thuộc Sở tiếp tục thực"
    # / "hiện các văn bản chỉ đạo trên và thực hiện các nội dung quản" / "lý thu chi cụ thể như sau:" (w007 at 60 columns)
    lead_in = lead_in.replace("\n", " ")
    m = _LEAD_IN_TAIL_RE.search(lead_in.rstrip())
    if m is None or not _words(lead_in[: m.start()]) - GENERIC_DUTY_WORDS or _BARE_VERBS_END_RE.search(lead_in, 0, m.start()):
        return None  # (verbs with no object of their own, "nghiêm túc quán triệt và thực hiện tốt các nhiệm vụ sau:": the items are their object)
    return m.start()


# A closing formula that only asks to carry out the document as a whole: "đề nghị các quận ủy,
# huyện ủy quan tâm phối hợp triển khai", "yêu cầu … nghiêm túc triển khai thực hiện Chỉ thị này",
# "… biết, thực hiện". Its words all come from this set (the duties themselves are the items).
# The exception to the closing formula: a request to decide on what the letter submits ("Đề nghị
# Thường trực HĐND tỉnh xem xét, quyết định.", n058; README A10, session 8: the receiver's handling
# is the duty when nothing else is asked) is the document's ask, not "carry out the document".
# Counter-example: "… xem xét, phối hợp triển khai thực hiện" (no decision: the closing formula).
DECISION_ASK_RE = regex.compile(r"^xem\s+xét\s*,?\s*(?:và\s+)?(?:quyết\s+định|cho\s+ý\s+kiến|chấp\s+thuận|phê\s+duyệt)\W*$", regex.V1 | regex.I)
GENERIC_DUTY_WORDS = frozenset(
    ["quan", "tâm", "phối", "hợp", "chỉ", "đạo", "triển", "khai", "thực", "hiện", "tổ", "chức", "nghiêm", "túc", "kịp", "thời", "hiệu", "quả", "có", "hiệu", "quả", "đầy", "đủ", "các", "nội", "dung", "trên", "này", "nêu", "công", "văn", "kế", "hoạch", "thông", "báo", "chỉ", "thị", "hướng", "dẫn", "quyết", "định", "công", "điện", "biết", "và", "theo", "dõi", "đôn", "đốc", "tốt", "khẩn", "trương", "sớm", "đảm", "bảo", "bảo", "đảm", "yêu", "cầu", "đề", "ra", "chất", "lượng", "đúng", "quy", "định", "văn", "bản", "nhiệm", "vụ", "được", "giao", "tinh", "thần", "trên", "cụ", "thể", "của", "mình", "đơn", "vị", "địa", "phương", "xem", "xét", "phù", "hợp", "tiến", "độ", "đồng", "bộ", "tại", "căn", "cứ",
     # "… căn cứ công văn triển khai thực hiện đảm bảo các nội dung đã đề ra" (an unseen Đoàn letter's closing formula)
     "đã"]
)
# CHARGED_TO_EXECUTE (issue 11, session 29): a guide's closing that charges named bodies with it, "X có trách nhiệm
# thực hiện Hướng dẫn này" (README D1, confirmed in session 8: n038 III.2 is an entry), is no bare closing formula;
# nor are its twins "X có nhiệm vụ / được giao thực hiện …" ([duty_forms]: the same form), which read as one once the
# body's name was read whole (PARTY_ORGANISATION_NOUN: "Các cấp uỷ, thủ trưởng cơ quan, tổ chức đảng có nhiệm vụ thực hiện Hướng dẫn
# này", n038 as scripts/variants.py ``duty_noun`` prints it). Counter-example: "… triển khai thực hiện Hướng dẫn này"
# with no charge stays the closing formula (c121, c130).
CHARGED_TO_EXECUTE_RE = regex.compile(r"^(?:có\s+(?:trách\s+nhiệm|nhiệm\s+vụ)|được\s+giao)\s", regex.V1 | regex.I)
# Kinds whose closing execution sentence is a duty of the bodies it names (README D1): "Yêu cầu Thủ
# trưởng … nghiêm túc triển khai thực hiện Chỉ thị này" (n053), "… chịu trách nhiệm thi hành Quyết
# định này"; in the other kinds such a sentence only restates the items (c121, c130: README D1).
EXECUTION_KINDS = ("Chỉ thị", "Công điện", "Quyết định")
# EXECUTION_SUBJECT: the closing execution sentence (NĐ 30/2020's last article of a Quyết định, README D1: "Chánh Văn
# phòng …, Giám đốc Sở … chịu trách nhiệm thi hành Quyết định này") names its bodies in one list up to its duty form
# ("có / chịu trách nhiệm", "nghiêm túc", "căn cứ Quyết định thi hành"); a word of that list that is also a verb does not
# start the action: "Các cấp uỷ, thủ trưởng cơ quan, tổ chức đảng có trách nhiệm thực hiện Hướng dẫn này" (n038, not "tổ
# chức | đảng …"), "… các cơ quan, tổ chức, đơn vị có liên quan nghiêm túc triển khai thực hiện Chỉ thị này" (n053),
# "… và các đơn vị, tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành" (w033), "… Ban Chủ nhiệm Chương | trình và tổ
# chức, cá nhân liên quan chịu trách nhiệm thi hành Quyết định này" (c155): the list runs to the duty form. Counter-
# example: a verb of its own before the formula is the action ("… có kế hoạch triển khai thực hiện Chỉ thị này", n050:
# no duty form before "triển khai").
@functools.lru_cache(maxsize=1)
def _execution_form_re() -> regex.Pattern[str]:
    """The execution formula closing a sentence; the document executed is any type name of the vocabulary."""
    executed = f"(?:{vocabulary().type_alternation()})"
    return regex.compile(
        rf"""(?<=\s)(?:{D.EXECUTION_CHARGE}\s+{executed}\s+này
          |nghiêm\s+túc\s+(?:triển\s+khai\s+)?(?:thực\s+hiện|thi\s+hành)\s+{executed}\s+này
          |căn\s+cứ\s+{executed}\s+thi\s+hành)[\s./“”"»]*$""",
        regex.V1 | regex.I | regex.X,
    )


# The words of a body list the formula may follow at most (a longer stretch is a clause of its own).
EXECUTION_TAIL_MAX_WORDS = 8

def execution_subject(who: str | None, before: str, head: str) -> tuple[str, int] | None:
    """The responsible run on to the execution formula, and where the formula starts in ``head`` (the sentence's
    text from the action's start), when ``head`` opens with the rest of the body list (EXECUTION_SUBJECT); ``before``
    is the text printed before ``head`` (its last comma joins the list as printed).

    >>> execution_subject("Các cấp uỷ, thủ trưởng cơ quan", "thủ trưởng cơ quan, ", "tổ chức đảng có trách nhiệm thực hiện Hướng dẫn này.")
    ('Các cấp uỷ, thủ trưởng cơ quan, tổ chức đảng', 13)
    >>> execution_subject("Ủy ban nhân dân các huyện", "các huyện ", "có kế hoạch triển khai thực hiện Chỉ thị này.") is None
    True
    """
    m = _execution_form_re().search(head)
    if who is None or m is None or m.start() == 0:
        return None
    tail = head[: m.start()].strip()
    if not tail or not tail[:1].islower() or ";" in tail or len(tail.split()) > EXECUTION_TAIL_MAX_WORDS:
        return None
    joiner = ", " if before.rstrip().endswith(",") else " "
    return clean_value(f"{who}{joiner}{tail}"), m.start()


# A clause that goes on with the duty before it: "…; đồng thời gửi UBND tỉnh biết, theo dõi."
CONTINUATION_RE = regex.compile(rf"^{LEADER}(?:đồng\s+thời|và|sau\s+đó)\b", regex.V1 | regex.I)

# --- Statements, not duties: the event, the time just past, the results (each veto yields to a sentence that asks) ---

# Veto EVENT_NARRATIVE: the paragraph that opens a meeting's or a visit's conclusions (NĐ 30/2020 Phụ lục III,
# Thông báo) states the event on its day, and each of its clauses reports what was done: "Ngày 20 tháng 11 năm
# 2024, Phó Thủ tướng Chính phủ Trần Hồng Hà đi kiểm tra thực địa … Tham dự chuyến công tác của Phó Thủ tướng có
# lãnh đạo các Bộ: …" (c143), "Ngày 24/4/2026, đồng chí … kiểm tra …; làm việc với UBND Phường 2 Bảo Lộc …" (n009).
# Counter-example: a day after the document's own ("Ngày 15/12/2024, các đơn vị gửi báo cáo …" in a letter of
# 01/12/2024) is a time to act; a marked item ("- Ngày 15/6: tổ chức vòng chung kết") is a schedule step. The meeting may
# open it (session 42): "Tại phiên họp ngày 27/6/2025, sau khi nghe Báo cáo của Ban Tổ chức Trung ương …, Bộ Chính trị,
# Ban Bí thư kết luận như sau:" (an unseen Party conclusion: read as a duty "Tại phiên họp" due that day).
_EVENT_DAY_RE = regex.compile(
    r"^(?:tại\s+(?:(?:phiên|cuộc)\s+họp|hội\s+nghị|buổi\s+làm\s+việc)\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?ngày\s+(?P<d>\d{1,2})\s*(?:/|-|\.|tháng)\s*(?P<m>\d(?:\s?\d)?)\s*(?:/|-|\.|năm)\s*(?P<y>\d{4})\s*,",
    regex.V1 | regex.I,
)
# Veto PAST_PERIOD: a paragraph that opens with the time just past states how things stand (the situation a
# Chỉ thị or a Công điện starts from): "Trong thời gian qua, công tác phòng, chống tham nhũng, tiêu cực của tỉnh …
# đã được … Các cấp, các ngành triển khai thực hiện nghiêm túc, đồng bộ, toàn diện và có sự chuyển biến tích cực,
# rõ nét; tuy nhiên, …" (n053). Counter-example: "Thời gian tới, …" looks ahead; a sentence of the paragraph that
# asks ("…; đề nghị các địa phương …") stays a duty.
_PAST_PERIOD_RE = regex.compile(r"^(?:trong\s+)?(?:(?:những|các|\d+)\s+năm|thời\s+gian|năm)(?:\s+vừa)?\s+qua(?!\p{L})", regex.V1 | regex.I)
# Veto SITUATION_PART: the items under a part that reports results or the situation state facts: "2. Về kết quả
# đạt được" / "- Tích cực triển khai công tác truyền thông về vai trò, ý nghĩa của tài chính toàn diện …" (c140,
# what was done), "I. ĐÁNH GIÁ CHUNG", "Tình hình thực hiện", "Thực trạng", "Tồn tại, hạn chế". Counter-example:
# "II. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI"; a heading that only opens with such a word inside a task
# ("3. Báo cáo tình hình …").
_SITUATION_HEADING_RE = regex.compile(
    r"^\s*(?:về\s+)?(?:(?:những|một\s+số|các)\s+)?(?:kết\s+quả\s+(?:đạt\s+được|thực\s+hiện|triển\s+khai)|tình\s+hình|thực\s+trạng|"
    r"đánh\s+giá\s+(?:chung|tình\s+hình|kết\s+quả)|tồn\s+tại|hạn\s+chế|khó\s+khăn)(?!\p{L})[^.;:]{0,120}:?\s*$",
    regex.V1 | regex.I,
)

# Veto MESSAGE_CONTENT: the items under "Nội dung tuyên truyền" (a propaganda guide's first part, before "Hình thức
# tuyên truyền và phân công thực hiện") are what to say, history and merits included: "1.2. Vai trò đóng góp to lớn
# của đồng chí Võ Văn Tần …: xây dựng, phát triển các tổ chức cơ sở Đảng đầu tiên ở Nam kỳ; …" (c124). Counter-
# example: "2. Hình thức tuyên truyền và phân công thực hiện" / "Các cơ quan báo chí, truyền thông của Đoàn: Bám sát …".
# OCR_PART_NUMERAL: on an OCR'd copy a part's Roman numeral is misread, so the structure layer finds no marker and the
# numeral stays in the heading's text: "IL KẾT QUÁ ĐẠT ĐƯỢC", "II MỘT SỎ TÒN TẠI, HẠN CHÉ VÀ NGUYÊN NHÂN" (c159,
# "I." and "II." with the dot lost), "IL. VỀ KẾT QUÁ ĐẠT ĐƯỢC", "H. MỘT SÓ TÒN TẠI, HẠN CHÉ VÀ NGUYÊN NHÂN" (c139):
# the numeral's letters (I, V, X and their misreadings L, H, l) are skipped before SITUATION_PART's words, which are
# read through the OCR cue repairs (data/duties.toml [ocr_cues]: "kết quá", "tòn tại", "hạn ché", "một só").
# Only on a heading with no marker; counter-example: "II. NHIỆM VỤ, GIẢI PHÁP" (a task part, no situation word).
_OCR_PART_NUMERAL_RE = regex.compile(r"^\s*[IVXLHl]{1,4}\.?[ \t]+(?=(?-i:\p{Lu}))", regex.V1)


def situation_heading(st: Structure, j: int) -> bool:
    """Whether block ``j`` is a heading of a part that reports results or the situation (SITUATION_PART), its
    words read in the (OCR-repaired) fold, an OCR'd numeral without its marker skipped (OCR_PART_NUMERAL)."""
    b = st.blocks[j]
    head = st.text.fold[b.content : b.end][:HEADING_MAX_CHARS]
    if b.marker is None:
        numeral = _OCR_PART_NUMERAL_RE.match(head)
        if numeral is not None:
            head = head[numeral.end() :]
    return _SITUATION_HEADING_RE.match(head) is not None


_MESSAGE_HEADING_RE = regex.compile(
    r"^\s*(?:(?:các|một\s+số)\s+)?(?:nội\s+dung\s+tuyên\s+truyền|đề\s+cương\s+tuyên\s+truyền|khẩu\s+hiệu(?:\s+tuyên\s+truyền)?|thông\s+điệp)(?!\p{L})[^.;:]{0,80}:?\s*$",
    regex.V1 | regex.I,
)


# The parts that assign work (structure.py's section kinds): a statement part never reaches past one of their headings.
TASK_PARTS = ("content", "implementation", "targets")
# A sentence of a statement that turns to what must be done keeps the duty test: "Để khắc phục tình trạng trên, các
# sở, ngành cần …" (a purpose opening), "… các cấp, các ngành phải chủ động …" (a modal of duty).
_TURN_TO_DUTY_RE = regex.compile(rf"^{LEADER}(?:để|nhằm)(?!\p{{L}})|(?<!\p{{L}})(?<!đã\s)(?:cần|phải)(?!\p{{L}})", regex.V1 | regex.I)
# The subject line is a title: longer than this, what the header stage took for it is text (no TITLE veto).
TITLE_MAX_CHARS = 500


def _not_after_document(record: Directive, y: int, m: int, d: int) -> bool:
    """Whether the day (y, m, d) is not after the document's own date (an undated document: not known to be)."""
    if record.date is not None:
        return (y, m, d) <= (record.date.year, record.date.month, record.date.day)
    p = record.date_partial
    if p is None or p.year is None:
        return True
    return (y, m) <= (p.year, p.month or 12)


def quoted_blocks(st: Structure, start: int, end: int) -> set[int]:
    """The blocks of ``[start, end)`` inside a quotation that opens a paragraph after a lead-in's colon and
    closes at a later paragraph's end (QUOTED_SPAN)."""
    out: set[int] = set()
    blocks = st.blocks
    for i, b in enumerate(blocks):
        if b.start < start or b.start >= end or i in out:
            continue
        if not QUOTED_PARAGRAPH_RE.search(st.text.text[max(0, b.start - 200) : b.start + 1]):
            continue
        for k in range(i, min(len(blocks), i + QUOTE_MAX_BLOCKS)):
            if QUOTE_CLOSE_RE.search(st.text.text[blocks[k].start : blocks[k].end].rstrip()):
                if _balanced_quotes(st.text.text[b.start : blocks[k].end]):
                    out.update(range(i, k + 1))
                break
    return out


_QUOTE_MARKS = frozenset('"“”«»')


def _balanced_quotes(span: str) -> bool:
    """Whether a quotation's marks pair up inside ``span``: a paragraph that ends on a quoted name (“Dân vận khéo”)
    inside an unclosed quotation closes nothing."""
    if span.count("“") + span.count("«") == span.count("”") + span.count("»") and span.count('"') % 2 == 0:
        return True
    # MIXED_QUOTE_MARKS (session 43): a copy may open with a straight mark and close with a curly one, '"1. Nhà nước quản
    # lý ngoại thương …' / '3. Bảo đảm thực hiện đầy đủ các nguyên tắc …”' (an unseen Cục Hóa chất reply quoting the law:
    # its items were read as duties): the marks pair up when there is an even number of them, the first opening and
    # the last closing
    marks = [c for c in span if c in _QUOTE_MARKS]
    return len(marks) % 2 == 0 and bool(marks) and marks[0] in '"“«' and marks[-1] in '"”»'


def statement_blocks(st: Structure, record: Directive, start: int, end: int) -> set[int]:
    """The blocks of ``[start, end)`` that state and do not ask: the event's opening paragraph
    (EVENT_NARRATIVE), a paragraph on the time just past (PAST_PERIOD), the items under a results or
    situation heading (SITUATION_PART) or under what a propaganda guide says to tell (MESSAGE_CONTENT)."""
    out: set[int] = set()
    situation = {
        j
        for j, b in enumerate(st.blocks)
        if b.heading and (situation_heading(st, j) or _MESSAGE_HEADING_RE.match(st.block_text(j)[:HEADING_MAX_CHARS]))
    }
    for i, b in enumerate(st.blocks):
        if b.end < start or b.start >= end or b.table is not None:
            continue
        for j in [i, *st.ancestors(i)]:
            if j in situation:
                out.add(i)
            # a nearer heading of the tasks ends the part (a misread numeral may nest "III. NHIỆM VỤ …" under it)
            if j in situation or (st.blocks[j].heading and st.heading_kind(j) in TASK_PARTS):
                break
        if i in out:
            continue
        if b.marker is not None or b.heading:
            continue
        text = st.block_text(i).lstrip()
        day = _EVENT_DAY_RE.match(text)
        event = day is not None and _not_after_document(record, int(day["y"]), int(day["m"].replace(" ", "")), int(day["d"]))
        if event or _PAST_PERIOD_RE.match(text):
            out.add(i)
    return out


# ============================================================================================
# OCR'd cue words
# ============================================================================================


@functools.lru_cache(maxsize=1)
def _ocr_cue_re() -> regex.Pattern[str]:
    """A cue word as OCR misreads it (``data/duties.toml [ocr_cues]``), as a word of its own."""
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(list(duties().ocr_cues.variants))})(?!\p{{L}})", regex.V1 | regex.I)


def repair_cues(fold: str) -> str:
    """``fold`` with the OCR misreadings of cue words read as the cue, letter for letter (the same
    length, so offsets stay those of the text; the case of each letter kept).

    >>> repair_cues("Thủ tướng Chính phủ yêu câu Bộ trưởng")
    'Thủ tướng Chính phủ yêu cầu Bộ trưởng'
    >>> repair_cues("Tông hợp tình hình"), repair_cues("đặt câu hỏi")
    ('Tổng hợp tình hình', 'đặt câu hỏi')
    """
    variants = {k.lower(): v for k, v in duties().ocr_cues.variants.items()}

    def repair(m: regex.Match[str]) -> str:
        letters = iter(variants[" ".join(m.group().lower().split())].replace(" ", ""))
        return "".join(c if c.isspace() else (next(letters).upper() if c.isupper() else next(letters)) for c in m.group())

    return _ocr_cue_re().sub(repair, fold)


def _with_repaired_cues(st: Structure) -> Structure:
    """A view of ``st`` whose fold (what cues are matched in) reads OCR'd cue words as the cue: "Thủ
    tướng Chính phủ yêu câu Bộ trưởng, …:" is a lead-in naming its addressees (c157). What is
    printed (``text.text``) is unchanged."""
    fold = repair_cues(st.text.fold)
    if fold == st.text.fold:
        return st
    view = copy.copy(st)
    view.text = dataclasses.replace(st.text, fold=fold)
    return view


_LETTERS_RE = regex.compile(r"\p{L}+", regex.V1)


def _words(s: str) -> set[str]:
    return set(_LETTERS_RE.findall(s.lower()))


def _leading_adverb(o: Obligation) -> bool:
    """Whether the obligation's due is a bare time adverb cut from the head of its action (T1, A18)."""
    return o.due is not None and o.date is None and _BARE_ADVERB_RE.fullmatch(o.due) is not None


# SAME_BODY: a body printed in full once and abbreviated again (NĐ 30/2020 lets a name be shortened after its
# first mention), or with its unit in brackets, is one body when a duty is restated: "Văn phòng Ủy ban nhân dân
# tỉnh (Trung tâm Phục vụ hành chính công tỉnh) | tham mưu Ủy ban nhân dân tỉnh triển khai tích hợp ứng dụng AI …"
# in n001's text, "Văn phòng UBND tỉnh | Tham mưu UBND tỉnh triển khai tích hợp ứng dụng AI …" in its task table.
# The abbreviations are data/duties.toml [issuer_forms] abbreviations. Counter-example: "Sở Tài chính" and "Sở Tư
# pháp" stay two bodies.
_BRACKETED_RE = regex.compile(r"\s*\([^()]*\)", regex.V1)


def _full_name_key(name: str | None) -> tuple[str, ...] | None:
    """A body's name as a comparison key: its words, abbreviations read in full, a bracketed part left out."""
    return None if name is None else body_words(_BRACKETED_RE.sub("", name))


def same_body(a: str | None, b: str | None) -> bool:
    """Whether two duties' bodies are one (SAME_BODY); no body on either side says nothing against it."""
    return a is None or b is None or _full_name_key(a) == _full_name_key(b)


class _RestatementKeys:
    """RESTATEMENT_KEYS_ONCE: the keys ``_restated`` compares (an action's words, a body's ``_full_name_key``), read
    once per string during one ``find_obligations`` call: its restatement test compares each duty with every duty
    kept before it, so without them a document of a few hundred duties folded and split the same actions tens of
    thousands of times (20,470 comparisons over the 117 corpus texts, 2.3 s of a 29 s profile). Keyed by the string
    itself, and made anew for each document: a key cannot go stale.

    >>> keys = _RestatementKeys()
    >>> sorted(keys.words("Báo cáo, báo cáo kết quả")), keys.name_key("UBND tỉnh (Sở Tài chính)") == keys.name_key("Ủy ban nhân dân tỉnh")
    (['báo', 'cáo', 'kết', 'quả'], True)
    """

    def __init__(self) -> None:
        self._words: dict[str, frozenset[str]] = {}
        self._names: dict[str, tuple[str, ...] | None] = {}

    def words(self, s: str) -> frozenset[str]:
        """``_words(s)``, read once."""
        if s not in self._words:
            self._words[s] = frozenset(_words(s))
        return self._words[s]

    def name_key(self, name: str | None) -> tuple[str, ...] | None:
        """``_full_name_key(name)``, read once."""
        if name is None:
            return None
        if name not in self._names:
            self._names[name] = _full_name_key(name)
        return self._names[name]


# LEAD_AND_SUPPORT_ARE_TWO (session 42): a body's duty to lead a task ("Chủ trì, phối hợp với … xây dựng kịch bản điều
# hành Lễ kỷ niệm, diễu binh, diễu hành …") and its duty to support another's ("Phối hợp với các cơ quan, đơn vị liên
# quan tổ chức Lễ kỷ niệm, diễu binh, diễu hành …") are two duties, however many words they share: a plan gives them in
# its two sections, "1. Các nhiệm vụ do Bộ chủ trì thực hiện" and "2. Các nhiệm vụ … phối hợp thực hiện" (an unseen Bộ
# VHTTDL plan: the support duties were dropped as restatements of the lead ones). Counter-example: two statements that
# open alike ("Chủ trì …" twice, or a bare "Tổ chức …" restating "Chủ trì, phối hợp … tổ chức …") are compared as before.
_LEADS_RE = regex.compile(r"^\W*chủ\s+trì(?!\p{L})", regex.V1 | regex.I)
_SUPPORTS_RE = regex.compile(r"^\W*phối\s+hợp(?!\p{L})", regex.V1 | regex.I)


def _lead_and_support(a: str, b: str) -> bool:
    """Whether one action leads a task and the other only supports one (LEAD_AND_SUPPORT_ARE_TWO)."""
    return bool((_LEADS_RE.match(a) and _SUPPORTS_RE.match(b)) or (_SUPPORTS_RE.match(a) and _LEADS_RE.match(b)))


def _restated(a: Obligation, b: Obligation, keys: _RestatementKeys | None = None, bodies: bool = True) -> bool:
    keys = keys if keys is not None else _RestatementKeys()
    wa, wb = keys.words(a.action), keys.words(b.action)
    if not wa or not wb:
        return False
    if bodies and not (a.responsible is None or b.responsible is None or keys.name_key(a.responsible) == keys.name_key(b.responsible)):
        return False  # SAME_BODY (``same_body``)
    if a.due != b.due and None not in (a.due, b.due) and not (_leading_adverb(a) or _leading_adverb(b)):
        return False  # (a leading "Thường xuyên" cut from one of them does not contradict the other's date: T1)
    shared = len(wa & wb)
    if len(wb) < len(wa) and shared / len(wa) < RESTATED_SHARE_OF_LONGER:
        return False  # a short first phrase inside a long later duty restates nothing (n004's target "giảm số người nghiện …")
    # LEAD_AND_SUPPORT_ARE_TWO last: the pairs that share enough words to be a restatement are few (a hot loop's pairs)
    return shared / min(len(wa), len(wb)) >= RESTATED_OVERLAP and not _lead_and_support(a.action, b.action)


def from_deadline(d: Deadline) -> Obligation:
    """The obligation a deadline states (every deadline is one)."""
    return Obligation(
        action=d.action,
        responsible=d.responsible,
        deliver_to=d.deliver_to,
        due=d.text or None,
        date=d.date,
        when=d.when,
        sentence=d.sentence,
        evidence=d.evidence,
    )


# ============================================================================================
# Task tables
# ============================================================================================


# ============================================================================================
# Sentences
# ============================================================================================


# "yêu cầu" and "giao" are also nouns and parts of other words: "chưa theo kịp yêu cầu phát triển
# kinh tế, xã hội thì nguyên nhân chủ yếu là việc tổ chức thực hiện …" (a requirement, c157), "tại
# những nơi giao cắt với đường sắt …, tổ chức …" (a crossing, c120), "giao thông". After them the
# words before the duty verb must name a body (``plausible_who``) for the sentence to ask one.
_NOUN_LIKE_ASK_RE = regex.compile(r"^(?:yêu\s+cầu|giao)\b", regex.V1 | regex.I)
# "giao" as the second syllable of a word, not a request: "Bộ Ngoại giao", "bàn giao", "chuyển giao" (a
# body's name may follow: "… của Bộ Ngoại giao Công an tỉnh tổng hợp" asks no one).
_GIAO_COMPOUND_RE = regex.compile(r"(?<!\p{L})(?:ngoại|bàn|chuyển)\s+$", regex.V1 | regex.I)


# A request word used as a noun or a passive inside a duty: "quy định việc giao các khu vực biển …",
# "nhiệm vụ được giao …" (the act of allocating; what was assigned), not a request to a body.
_NOUN_ASK_BEFORE_RE = regex.compile(r"(?<!\p{L})(?:việc|được)\s+$", regex.V1 | regex.I)


# DOCUMENT_ASK: in a sentence that opens with its own duty verb, a request right after a letter's noun is what the
# letter is to ask, the object of the duty, not a request of this document: "+ Tham mưu, ban hành các văn bản, công
# văn đề nghị các đơn vị có liên quan phối hợp triển khai …;" (c113 V.1: Ban Mặt trận's item; those asked are its
# deliver_to, README A22). Counter-example: "b) Trước khi tiến hành kiểm tra: Sở Nội vụ có văn bản đề nghị các cơ
# quan, địa phương …" (n002: the sentence opens with its body, who is read before the request).
_DOCUMENT_ASK_BEFORE_RE = regex.compile(r"(?<!\p{L})(?:văn\s+bản|công\s+văn)\s+$", regex.V1 | regex.I)


# ALLOCATING_GIAO (session 40): "giao" run on from a noun inside a sentence that opens with its own duty verb allots
# (land, a site, a task to an investor), it asks no one: "Tập trung chỉ đạo đẩy nhanh tiến độ bồi thường giải phóng mặt
# bằng đối với diện tích đất đã có quyết định thu hồi giao chủ đầu tư xây dựng KCN, CCN …" (f41's rf01, a Prime
# Minister's chỉ thị: before, "chủ đầu tư" was read as the body asked to "xây dựng KCN …"). Counter-examples: "giao"
# after a clause's break ("Rà soát hồ sơ, giao Sở Tư pháp thẩm định"), at the sentence's head ("Giao Sở Nội vụ …"),
# in a sentence that does not open with its own verb ("UBND tỉnh giao Sở Y tế …"), or after a body's name ("Sau khi
# xem xét Chủ tịch Ủy ban nhân dân tỉnh giao Sở … chủ trì …": an adverbial's verb opens it, f39's ra02).
_RUN_ON_RE = regex.compile(r"\p{L}[ \t\n]+$", regex.V1)
_GIAO_WORD_RE = regex.compile(r"(?<!\p{L})giao[ \t\n]+", regex.V1 | regex.I)
GIAO_LOOKBACK_CHARS = 120
# a body's name before "giao" assigns: "… Chủ tịch Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì …"
_ASSIGNER_BEFORE_RE = regex.compile(rf"(?<!\p{{L}}){D._ORG}", regex.V1)


def _allocating_giao(fold: str, sent: Sentence, duty_start: int) -> bool:
    """Whether the body read before ``duty_start`` came from a "giao" that allots (ALLOCATING_GIAO)."""
    found = list(_GIAO_WORD_RE.finditer(fold, max(sent.start, duty_start - GIAO_LOOKBACK_CHARS), duty_start))
    if not found or found[-1].start() <= sent.start:
        return False
    at = found[-1].start()
    before = fold[max(sent.start, at - GIAO_LOOKBACK_CHARS) : at]
    if _ASSIGNER_BEFORE_RE.search(before):
        return False  # "Sau khi xem xét Chủ tịch Ủy ban nhân dân tỉnh giao Sở …": a body assigns
    return _RUN_ON_RE.search(before[-20:]) is not None and _imperative(fold[sent.start : sent.end])


def _noun_ask(fold: str, duty_at: int) -> bool:
    """Whether the body a sentence names came from a request word used as a noun or passive (the body
    read ends where the duty starts, ``duty_at``, and the word before the request is "việc"/"được"), or from
    the request a letter is to make in a sentence opening with its duty (DOCUMENT_ASK)."""
    for m in D.ask_finditer(fold):
        if m.end() == duty_at:
            if _DOCUMENT_ASK_BEFORE_RE.search(fold, 0, m.start()) and _imperative(fold):
                return True
            return bool(_NOUN_ASK_BEFORE_RE.search(fold, 0, m.start()))
    return False


# Veto ALLOCATION: "giao" after what is allocated is a participle ("the estimate given to"), not a request: "Kinh phí
# phục vụ cho công tác kiểm tra sử dụng trong dự toán giao cho các cơ quan, đơn vị, địa phương theo phân cấp quản lý
# ngân sách hiện hành" (n002 "VI. KINH PHÍ", where the money comes from). Counter-example: "giao Sở Tài chính chủ trì
# …", "UBND tỉnh giao dự toán cho các sở" (the request opens before what is allocated).
_ALLOCATED_BEFORE_RE = regex.compile(r"(?<!\p{L})(?:dự\s+toán|kinh\s+phí|ngân\s+sách|nguồn\s+vốn|chỉ\s+tiêu|biên\s+chế)(?:\s+(?:đã\s+)?được)?\s+$", regex.V1 | regex.I)


def _ask_matches(fold: str) -> Iterator[regex.Match[str]]:
    """The requests of a sentence ("đề nghị các sở …", "giao Công an tỉnh …"), past ``D._ASK_RE``'s false hits."""
    for m in D.ask_finditer(fold):
        if (m.start() > 0 and fold[m.start() - 1].isalpha()) or _GIAO_COMPOUND_RE.search(fold, 0, m.start()):
            continue  # inside a word (``D._ASK_RE`` has no left boundary), or "Bộ Ngoại giao Công an tỉnh …"
        if m.group().lower().startswith("giao") and _ALLOCATED_BEFORE_RE.search(fold, 0, m.start()):
            continue  # "… trong dự toán giao cho các cơ quan, đơn vị, địa phương …" (ALLOCATION)
        if _NOUN_LIKE_ASK_RE.match(m.group()) and D.plausible_who(clean_value(m.group("who"))) is None:
            continue  # "… theo kịp yêu cầu phát triển …", "… nơi giao cắt với đường sắt …"
        yield m


def _asks(fold: str) -> bool:
    """Whether a sentence asks a body to act ("đề nghị các sở …", "giao Công an tỉnh …"); "Xét đề nghị
    của Giám đốc Công an tỉnh tại Tờ trình …" cites a proposal (``D._ASK_RE``'s veto ASK_NOUN)."""
    return next(_ask_matches(fold), None) is not None


# CITED_ASSIGNMENT: a basis that cites a document by its type and number tells what that document did, its
# verbs joined by "và" in the one clause: "Căn cứ Thông báo số 656-TB/… của … về việc phê duyệt tổ chức chương
# trình … và giao cho Báo … là đơn vị chủ trì thực hiện hằng năm" (probe pd07) is a duty another document gave,
# told as background, no request of this one. Counter-examples: the request after the basis's clause ends ("Căn
# cứ Kế hoạch số 45/KH-UBND …, đề nghị các đơn vị …"; "Thực hiện Công văn số …; giao Sở …") is this document's.
@functools.lru_cache(maxsize=1)
def cited_assignment_re() -> regex.Pattern[str]:
    """The basis's clause before a request it only reports: "Căn cứ <type> số … và " (CITED_ASSIGNMENT)."""
    head = D.cited_basis_head(r"căn\s+cứ|thực\s+hiện|theo", _type_alternation())
    return regex.compile(rf"{head}[^;:\n]*?\svà\s+$", regex.V1 | regex.I)


# CITED_TITLE_ASK: ``deadlines.cited_title_re`` (both stages read it).
cited_title_re = D.cited_title_re


def _asks_itself(fold: str) -> bool:
    """Whether a sentence makes a request of its own: one ``_ask_matches`` finds that no cited document made
    (CITED_ASSIGNMENT, CITED_TITLE_ASK)."""
    return any(
        not cited_assignment_re().match(fold[: m.start()]) and not cited_title_re().match(_flat(fold[: m.start()])) for m in _ask_matches(fold)
    )


# ADDRESS_OPENS_BODY: the address "Kính gửi: …" (NĐ 30/2020 box 9a) stands between the header and the body, so
# a line above it is the header's (the type and the subject: "Thông báo nộp sản phẩm cuộc thi …" over "Kính gửi:",
# probe pd13, a page whose header the copy lost), no duty, also where the layout found no header (its first line
# long enough for a sentence). Only an address among the text's first ``layout.HEADER_MAX_LINES`` lines: a form's
# "Kính gửi" further down opens nothing.
def _address_start(st: Structure) -> int:
    """Where the body's sentences start: the layout's body, or the address line below it (ADDRESS_OPENS_BODY)."""
    start = st.layout.body_start
    for line in st.lines[:HEADER_MAX_LINES]:
        if line.start >= start and P.KINH_GUI_RE.match(st.text.fold, line.start, line.end):
            return line.start
    return start


# CLOSING_SUMMARY: the body's closing paragraph sums the document up ("Trên đây là Kế hoạch phối hợp tổ chức Cuộc thi
# “Tỏa sáng Giá trị Việt” …", c127; "Trên đây là Hướng dẫn tổ chức Ngày chiến sỹ tình nguyện …", c120): no item of the
# heading above it (LEVEL_HEADING_ITEM). Counter-example: what it asks ("…, Ban Bí thư Trung ương Đoàn đề nghị các tỉnh,
# thành đoàn … gửi bảng tổng hợp …", c120) is read by the request (``_asks``) before this test.
CLOSING_SUMMARY_RE = regex.compile(rf"^{LEADER}trên\s+đây\s+là(?!\p{{L}})", regex.V1 | regex.I)


# NAMED_KIND_LIST: an execution article names the heads of several bodies of one kind by "<head> các <Kind>:" and
# their fields, ";" between them (NĐ 30's form for a Bộ's decision: "Điều 4. … Chánh Văn phòng Bộ; Cục trưởng các
# Cục: Y tế dự phòng; Quản lý Dược; Quản lý Khám, chữa bệnh; Vụ trưởng Vụ …", the unseen probe's pe17; dev n061
# "Giám đốc các Sở: Tài nguyên và Môi trường, Công Thương; Giám đốc Công an tỉnh; …"). A field that opens with a
# verb-like word ("Quản lý Dược") is a name of that list, no duty: a ";"-part after the list's colon, no ":" or "."
# between, that does not open like a body's name of its own. Counter-example: the part after the list that names its
# own body ("…; Giám đốc Sở Y tế các tỉnh, thành phố … chịu trách nhiệm thi hành Quyết định này") keeps its duty.
_HEADS_OF_A_KIND_RE = regex.compile(r"(?<!\p{L})(?:trưởng|Giám\s+đốc)\s+các\s+(?-i:\p{Lu})\p{L}*\s*:", regex.V1 | regex.I)
_BODY_OPENS_RE = regex.compile(rf"[ \t\n]*(?:{D._ORG})", regex.V1)
NAMED_KIND_LIST_MAX_CHARS = 300


def named_kind_part(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a ";"-part of a "<head> các <Kind>: <field>; <field>; …" list
    (NAMED_KIND_LIST): a body's name, no duty."""
    before = text[max(0, start - NAMED_KIND_LIST_MAX_CHARS) : start]
    if not before.rstrip().endswith(";"):
        return False
    heads = next(iter(reversed(list(_HEADS_OF_A_KIND_RE.finditer(before)))), None)  # the last list opened before it
    if heads is None or regex.search(r"[:.]|\n[ \t]*\n", before[heads.end() :]):
        return False
    return not _BODY_OPENS_RE.match(text, start, end)


# CONTENTS_LABEL: a label "<thing> (bao) gồm:" lists what the thing is made of, nouns however they are capitalised: "1.
# Hồ sơ lấy ý kiến bao gồm: Báo cáo thuyết minh; Bản đồ, …" (probe pe03: "Báo cáo" read as the verb after a title
# label), "- Dấu chỉ mức độ mật gồm: Mật, tối mật, tuyệt mật." (n038). Counter-example: a duty that opens with its
# verb and then lists its parts ("Triển khai thí điểm Hệ thống điều phối dữ liệu y tế, bao gồm: Triển khai tại …",
# c159) keeps its verb.
_CONTENTS_LABEL_RE = regex.compile(rf"^{LEADER}(?:{ITEM_NUMBER}\s*)?(?P<label>[^:;.\n]{{1,120}}?)(?<!\p{{L}})(?:bao\s+)?gồm\s*:", regex.V1 | regex.I)
_OPENING_VERB_RE = regex.compile(rf"(?:{D._OPENING_VERBS})(?!\p{{L}})", regex.V1 | regex.I)


def contents_label(fold: str) -> bool:
    """Whether ``fold`` opens with a label listing a thing's contents, not with a verb (CONTENTS_LABEL)."""
    m = _CONTENTS_LABEL_RE.match(_flat(fold))
    return m is not None and not _OPENING_VERB_RE.match(m.group("label"))


# AIM_WITHOUT_ITS_CLAUSE: a fronted aim ("Để …", "Nhằm …") is the clause before a sentence's main one; where the
# sentence splitter cut it off from that clause it holds no duty of its own, though its own verbs after a comma look
# like an imperative: "…; để có cơ sở ban hành Hướng dẫn quy trình, thủ tục kiện toàn, bổ sung nhân sự …;" before "Ban
# Bí thư Trung ương Đoàn đề nghị các đơn vị …" (c107), "Để tiếp tục tháo gỡ các khó khăn, vướng mắc, thúc đây sản xuất
# kinh doanh, giải ngân vốn …" cut by a page's footnotes before "…, Phó Thủ tướng … yêu cầu:" (c158). The cut shows in
# its end: a ";" or ",", or a word, where the whole sentence would close with "." (or ":" before its items).
# Counter-example: a whole sentence "Để …, tổ chức …." keeps its imperative; a request in it ("Để …, đề nghị …") is
# read before this test.
AIM_OPENS_RE = regex.compile(rf"^{LEADER}(?:để|nhằm)(?!\p{{L}})", regex.V1 | regex.I)
_SENTENCE_CLOSED_RE = regex.compile(r"[.!?:…]\W*$", regex.V1)


def aim_without_its_clause(fold: str) -> bool:
    """Whether ``fold`` is a fronted aim cut off from its main clause (AIM_WITHOUT_ITS_CLAUSE)."""
    return bool(AIM_OPENS_RE.match(fold)) and not _SENTENCE_CLOSED_RE.search(fold.rstrip())


def _is_duty(
    st: Structure,
    sent: Sentence,
    who: str | None,
    own: bool,
    addressed: bool,
    plan: bool,
    guide: bool = False,
    given: bool = False,
    follows_duty: bool = False,
) -> bool:
    """Whether a sentence assigns a duty (see the module's docstring for the cues and vetoes); ``guide``: the
    document is a Hướng dẫn (``GUIDE_KINDS``), whose prose tells each body it names what to do; ``given``: the
    sentence's item prints its own "Đơn vị thực hiện:" or "Thời gian:" field (``_own_fields``); ``follows_duty``:
    the paragraph before it, or its own, holds a duty (FOLLOWS_A_DUTY)."""
    fold = st.text.fold[sent.start : sent.end]
    asks = _asks_itself(fold)  # "đề nghị / yêu cầu / giao X + verb" outweighs most vetoes (not a cited one's)
    if VETO_SALUTATION_RE.match(fold) and not asks:
        return False
    if VETO_PROMISE_RE.search(fold) and not asks:
        return False
    if VETO_OPINION_RE.search(fold) or (_address_alone(fold.strip()) if own or asks else VETO_NOT_TEXT_RE.match(fold.strip())) or VETO_ATTENDANCE_RE.match(fold):
        return False
    if VETO_DOCUMENT_NAME_RE.match(fold) or VETO_EFFECT_CLAUSE_RE.match(fold) or D.document_title(st.text, sent.start, sent.end):
        return False
    if (VETO_BODY_STANDING_RE.search(fold) or VETO_ESTABLISHING_RE.match(fold)) and not asks:
        return False  # veto BODY_STANDING, ESTABLISHING_ARTICLE
    if preamble_re().match(fold) and not (asks or INVITATION_RE.search(fold) or (own and _BASIS_RE.match(fold)) or _BASIS_DUTY_RE.match(_flat(fold))):
        return False  # "Căn cứ Luật …;", not "Căn cứ …, các tỉnh, thành Đoàn nghiên cứu …" (a body acts on it)
    block = st.block_at(sent.start)
    if block is not None and st.blocks[block].marker is None and cited_preamble_re().match(fold) and not asks:
        return False
    if block is not None and QUOTED_PARAGRAPH_RE.search(st.text.text[max(0, st.blocks[block].start - 200) : st.blocks[block].start + 1]) and not asks:
        return False  # a quoted provision (n048)
    if D.ASSESSMENT_RE.match(fold) and not asks:
        return False
    kind = st.section_kind(sent.start)
    if kind == "aims":
        return False
    if (VETO_APPROVAL_RE.match(fold) or D.in_approval(st, sent)) and not asks:
        return False
    if not asks and not own and _frame_goes_on(st, sent):
        return False  # veto FRAME_GOES_ON
    if asks:
        return True
    if kind == "effect" and not own:
        return False  # EFFECT_ARTICLE (data/structure.toml): the text's effect, no body's duty
    if not own and aim_without_its_clause(fold):
        return False
    imperative = (_imperative(fold) and not contents_label(fold)) or (not own and (bool(_RECURRING_RE.match(fold)) or _conditioned_duty(st, sent) is not None))
    if own:
        # "Sở Tài chính chủ trì, phối hợp …", "Các xã có trách nhiệm …", or a bare "Sở Tài chính:"
        flat = _flat(fold)  # a body's name may wrap over a line break
        relative = D._RELATIVE_SUBJECT_RE.match(flat)
        if relative is not None:
            # RELATIVE_SUBJECT: "Đơn vị nào chưa gửi hồ sơ (…), đề nghị hoàn thành gấp …" asks the bodies it picks out
            # (the request after the clause); "… nào chưa thực hiện việc thu thì khẩn trương thu …" (w015) charges them
            rest = flat[relative.end() :]
            return bool(_ASK_WORD_RE.search(flat, relative.end("who"), relative.end())) or _imperative(rest) or bool(_CHARGE_RE.match(rest))
        m = (
            D.LISTED_BODIES_RE.match(flat)
            or D.MEMBERS_SUBJECT_RE.match(flat)
            or D.subject_match(flat)
            or D.opener_match(flat)
            or _ASSIGNED_LABEL_RE.match(flat)
            or _PERSON_SUBJECT_RE.match(flat)
            # LOWER_CASE_LAST_PART: the lower-case last body of a list a request opens ("…; cơ quan Trung ương … và Ủy
            # ban nhân dân các huyện … tiếp tục phối hợp …"): ``own`` came from ``Paragraphs.own_who``'s list read
            or (D._LISTED_LAST_PART_RE.match(flat) if st.text.text[sent.start : sent.start + 1].islower() else None)
        )
        if m is not None:
            rest = fold[m.end() :]
        else:
            after = _late_subject(st, sent, False)  # "Khi xảy ra sự cố …, UBND huyện … phải …", "- Về …: UBND tỉnh …"
            if after is None:
                return False
            rest = st.text.fold[after[1] : sent.end]
        if VETO_PERMISSION_RE.search(fold[: len(fold) - len(rest)]):
            return False  # "Ban Bí thư Trung ương Đoàn có thể điều chỉnh …", "Công ty không được tiếp tục hưởng …"
        if _at_subjects_end(VETO_EXEMPTION_RE, fold, len(fold) - len(rest)):
            return False  # "Các sở, ban, ngành không phải gửi báo cáo giấy …", "Các đơn vị được phép tổ chức …"
        if VETO_DONE_RE.match(rest.lstrip(" ,")) or VETO_REPORTED_DIRECTION_RE.match(rest.lstrip(" ,")) or DONE_IN_NAME_RE.search(fold, 0, len(fold) - len(rest)):
            return False  # "Sở Nội vụ đã ban hành …"; not "… hoàn thành thủ tục nâng công suất 03 mỏ đã cấp …"
        if _at_subjects_end(VETO_DEFERENCE_RE, fold, len(fold) - len(rest)) or _at_subjects_end(VETO_DEFINITION_RE, fold, len(fold) - len(rest)):
            return False  # "Ban Thường vụ Hội Nông dân tỉnh kính gửi Sở Nội vụ …", "… được coi là hoàn thành khi …"
        if _closing_ask_re().match(fold):
            return False  # INFORMING_CLOSE: "Cục Thuế … hướng dẫn để Công ty biết và thực hiện." (its ask: CLOSING_ASK)
        if not rest or _CHARGE_RE.match(rest) or imperative:
            return True
        # a list item that opens with its body and a duty verb: "— Bước 1: Phòng Đào tạo cung cấp
        # danh sách …" (OUTPUT.md: a plan's items are duties when they name who carries them out)
        block = st.block_at(sent.start)
        # (a line break after the label's colon is a space: "- Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh:"
        # / "giới thiệu 02 mô hình." is 001's quota line printed at 60 columns)
        rest = rest.lstrip(" \t\n,:")
        if QUOTA_LINE_RE.match(rest):
            return False  # "- Mặt trận Tổ quốc …: giới thiệu 02 mô hình.": a count (quotas[]) of the duty above
        if fold[: len(fold) - len(rest)].rstrip().endswith(":") and _imperative(rest):
            return True  # "Ban Tuyên giáo Trung ương Đoàn: Là đơn vị thường trực tham mưu …" (a body's label, then its duty)
        if not _VERB_AHEAD_RE.match(_PROHIBITION_RE.sub("", rest, count=1)):
            return False
        # a body acting on a basis ("Căn cứ kế hoạch của Trung ương Đoàn, Ban Thường vụ các tỉnh, thành
        # đoàn … chủ động triển khai …") or in the part that assigns a plan's work ("IV. TỔ CHỨC THỰC
        # HIỆN" … "Ban Quốc tế tuyên truyền, giới thiệu Cuộc thi tới …") is given that work
        return (
            (block is not None and st.blocks[block].marker is not None)
            or kind in ("implementation", "targets")
            or bool(_BASIS_RE.match(fold) or _SETTING_RE.match(fold))
            or guide  # a guide's prose: "Đoàn các cấp có hình thức đánh giá kiểm tra kết quả …" (c121, under "Lưu ý:")
            # FOLLOWS_A_DUTY: the operative part has begun, a body + a duty verb after a duty is the next duty: "Giao
            # Sở X chủ trì …" / "UBND các huyện, thành phố thành lập Ban Chỉ đạo …" (the unseen probe's pe15, pe25); not
            # a done act anywhere in it ("UBND các huyện đã thành lập …": the name may have taken in the "đã")
            or (follows_duty and not VETO_DONE_RE.search(fold))
        )
    if VETO_RATE_RE.search(fold):
        return False
    if not imperative:
        # ASKED_ITEM_DUTY: a list item under a lead-in that asks the body it names ("1. Giao Sở Tư pháp:" / "a)
        # Kiểm soát chặt chẽ việc thực hiện đánh giá tác động TTHC …", n064) is that body's duty whatever verb opens
        # it (OUTPUT.md: "responsible … inherited from … a lead-in that names the addressees"); only the item's
        # opening sentence (a later one explains it, E2), and not a heading of its own ("* Đối với các chi bộ …;", 002)
        # LEVEL_HEADING_ITEM: so is an item under a heading that names its doer, the level or the body ("1.2. Các nội
        # dung triển khai cấp tỉnh, thành phố" / "Tìm kiếm, phát hiện, giới thiệu các gương thanh niên khởi nghiệp
        # tiêu biểu, …", c113: OUTPUT.md, "the item or its heading names who carries them out"; its items' bullets are
        # lost in the text, so no marker is asked), not the closing paragraph after the last one (CLOSING_SUMMARY)
        return (
            who is not None
            and block is not None
            and _opens_block(st, block, sent)
            and not _ITEM_HEADING_RE.match(st.text.fold, st.blocks[block].content)
            and (
                _asks_for_tasks(asking_lead_in(st, sent.start))
                or (level_heading(st, block) is not None and not CLOSING_SUMMARY_RE.match(fold))
                or charges_steps(lead_in_line(st, sent.start))
            )
        )
    if who is not None or given:
        return True  # an item under "Đối với X:" or a lead-in naming the addressees, or with its own field
    if kind == "implementation":
        return True
    return addressed and not plan


# The words of a lead-in that announces tasks after the body it asks ("Giao Sở Tư pháp:", "Đề nghị các đơn vị tập
# trung thực hiện một số nội dung sau:"), not what is sent or reported ("… gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ
# gồm:" lists documents, "… báo cáo các nội dung sau:" a report's contents): ASKED_ITEM_DUTY's lead-ins.
_ASK_WORD_RE = regex.compile(r"(?<!\p{L})(?:đề\s+nghị|yêu\s+cầu|giao|phân\s+công)(?!\p{L})", regex.V1 | regex.I)
TASK_LEAD_IN_WORDS = GENERIC_DUTY_WORDS | frozenset(
    ["sau", "đây", "như", "một", "số", "những", "tập", "trung", "việc", "khâu", "giải", "pháp", "biện", "trọng", "tâm", "chủ", "động", "tiếp", "tục", "yếu", "trì", "tham", "mưu"]
)


def _asks_for_tasks(lead_in: str | None) -> bool:
    """Whether an asking lead-in announces tasks: after the body it asks, only ``TASK_LEAD_IN_WORDS``."""
    if lead_in is None:
        return False
    ask = _ASK_WORD_RE.search(lead_in)
    if ask is None:
        return False
    # the clause that announces the items: after the body asked, its last ";"-clause ("Giao Ban Thanh niên công nhân
    # và đô thị là đơn vị thường trực …; chủ trì phối hợp tham mưu triển khai các nội dung:", c117)
    # (a verb in lower case: "Tổ chức" in "Giao Ban Tổ chức Trung ương Đoàn:" is part of the name)
    verbs = D._DUTY_VERB_RE.finditer(lead_in, max(ask.end(), lead_in.rfind(";") + 1))
    verb = next((v for v in verbs if v.group()[0].islower()), None)
    # no verb after the body asked ("1. Giao Sở Tư pháp:"), or only the words that announce tasks from the verb on
    # (ASKED_WITH_ITS_PARTNERS: the bodies it works with, "phối hợp với …", name no task)
    return verb is None or _words(_without_partners(lead_in[verb.start() :])) <= TASK_LEAD_IN_WORDS


# ASKED_WITH_ITS_PARTNERS (session 43): the lead-in may name the bodies the one asked works with, "Giao Bộ Y tế chủ trì,
# phối hợp với Bộ Kế hoạch và Đầu tư, Bộ Tài chính:" over "1. Thống nhất quy mô tiếp nhận …" / "2. Tổng hợp trình Thủ
# tướng Chính phủ …" (an unseen Văn phòng Chính phủ letter: the partners' names were read as words of a task, so item 1,
# opened by a verb our list lacks, was no duty). The partners run from "phối hợp với" to the lead-in's end; the
# counter-example "Giao Sở Nội vụ phối hợp với các sở tổng hợp, báo cáo kết quả:" names its own task before the colon
# ("tổng hợp, báo cáo kết quả" is no partner's name: a duty verb in lower case ends the partners).
_PARTNERS_RE = regex.compile(r"(?<!\p{L})phối\s+hợp(?:\s+với)?(?!\p{L})", regex.V1 | regex.I)


def _without_partners(clause: str) -> str:
    """``clause`` without the partners it names at its end (ASKED_WITH_ITS_PARTNERS), when no duty verb follows them."""
    m = _PARTNERS_RE.search(clause)
    if m is None or any(v.group()[0].islower() for v in D._DUTY_VERB_RE.finditer(clause, m.end())):
        return clause
    return clause[: m.start()]


# CHARGED_STEPS: a lead-in in which a body carries out a task "as follows" ("- Các cơ sở khám bệnh, chữa bệnh thực hiện
# mã hóa, ghi chép đối với trường hợp … như sau:" over "+ Chọn mã số “3” để ghi vào Trường số 16 …" / "+ Ghi mức hưởng
# …", a ministry's guidance) gives the body each step under it, whatever verb opens the step. Counter-examples: a
# lead-in with no body ("Nội dung báo cáo gồm:", "Thực hiện như sau:"), or whose verb sends or reports ("Sở Y tế báo
# cáo các nội dung như sau:" lists a report's contents).
_STEPS_LEAD_IN_RE = regex.compile(
    r"(?<!\p{L})(?:thực\s+hiện|triển\s+khai|tiến\s+hành)(?!\p{L})[^:;]{0,240}?(?<!\p{L})(?:như\s+sau|sau\s+đây|theo\s+các\s+bước\s+sau)\s*:\s*$",
    regex.V1 | regex.I,
)


def charges_steps(lead_in: str | None) -> bool:
    """Whether a lead-in charges the body it opens with the steps under it (CHARGED_STEPS).

    >>> charges_steps("- Các cơ sở KCB thực hiện mã hóa, ghi chép đối với trường hợp tự đi KCB không đúng tuyến như sau:")
    True
    >>> charges_steps("Nội dung báo cáo gồm:"), charges_steps("Thực hiện như sau:"), charges_steps("- Sở Y tế báo cáo các nội dung như sau:")
    (False, False, False)
    """
    if lead_in is None:
        return False
    flat = " ".join(lead_in.split())
    flat = regex.sub(r"^[-+*•–—]\s*", "", flat)
    m = D.subject_match(flat) or D.opener_match(flat)
    if m is None or m.end() == 0:
        return False
    steps = _STEPS_LEAD_IN_RE.search(flat, m.end())
    return steps is not None and not flat[m.end() : steps.start()].strip(" ,")


# An item that heads the items under it ("* Đối với các xã, thị trấn: …", "a) Về công tác tuyên truyền"): no duty of its own.
_ITEM_HEADING_RE = regex.compile(r"(?:đối\s+với|về)(?!\p{L})", regex.V1 | regex.I)


# "trong đó" ("among which"): what follows singles out a part of the duty before it (TIME_IN_DETAIL)
_DETAIL_BEFORE_RE = regex.compile(r"(?<!\p{L})trong\s+đó(?!\p{L})", regex.V1 | regex.I)


def _opens_block(st: Structure, block: int, sent: Sentence) -> bool:
    """Whether ``sent`` is the first sentence of ``block`` (only its marker before it)."""
    return not st.text.text[st.blocks[block].content : sent.start].strip()


def _own_fields(st: Structure, block: int | None) -> dict[str, Span]:
    """OWN_FIELDS (OUTPUT.md: a plan's content items are duties when the item names who carries them out or gives
    them a time): the "Đơn vị (chủ trì) thực hiện:" and "Thời gian (hoàn thành):" lines printed right after an
    item or paragraph are its own when nothing but its heading or the fields of the activity before it stand
    above it, so each activity of a numbered content item is a duty of the body its field names (NĐ 30 plans print
    a task heading, then activities each with its fields; a copy often loses their "(1)", "-" markers):
    "1. Hoàn thiện hạ tầng công nghệ thông tin" / "Tiếp tục phối hợp với các doanh nghiệp …" / "- Đơn vị chủ trì
    thực hiện: Sở Khoa học và Công nghệ." / "- Thời gian hoàn thành: Thực hiện thường xuyên." (n006's lines).
    Counter-example: fields closing an item after several paragraphs are the item's, its heading's duty, not
    the last paragraph's: c125 "1.2. Sản xuất mới các tác phẩm báo chí …" / "Xây dựng tuyến tin, bài …" /
    "Xây dựng các sản phẩm …" / "Giới thiệu những mô hình hay …" / "Thời gian triển khai: …" / "Đơn vị chủ trì
    thực hiện: Báo Tiền phong và Báo Thanh niên." (the gold: the paragraphs spell out the item's one duty)."""
    if block is None:
        return {}
    b = st.blocks[block]
    if b.table is not None or b.heading or block in st.labelled:
        return {}
    fields = st.item_fields(block)
    if "lead" not in fields and "time" not in fields:
        return {}
    above = block - 1
    if above >= 0 and above != b.parent and above not in st.labelled:
        return {}  # another paragraph of the item stands above: the fields close the item
    return fields


# SECTION_CLOSING_LEAD (session 40): a group of tasks printed as marked items under its heading may close with one lead
# field for them all, "3.2. Nâng cao hiệu lực, hiệu quả quản lý nhà nước …" / "- Thường xuyên rà soát …" / "- Đẩy mạnh
# phân cấp, phân quyền …" / "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh." (f42's ri01, a Tỉnh ủy's
# Chương trình hành động, nine such groups): each item is a duty of that body. Counter-example: unmarked paragraphs that
# spell out their heading's one duty before the fields (c125's "1.2. Sản xuất mới …", OWN_FIELDS' counter-example), and
# an item with fields of its own (OWN_FIELDS).
_SECTION_ITEM_MARKERS = ("bullet", "plus", "letter", "paren")


def _section_closing_lead(st: Structure, block: int | None) -> Span | None:
    """The lead field closing the group of marked items ``block`` stands in (SECTION_CLOSING_LEAD), or None."""
    if block is None or st.blocks[block].marker not in _SECTION_ITEM_MARKERS:
        return None
    head = st.blocks[block].parent
    if head is None or not st.blocks[head].heading:
        return None
    k = block + 1
    while k < len(st.blocks) and head in st.ancestors(k):
        if k in st.labelled:
            field = st.fields.get(k)
            last = k + 1 >= len(st.blocks) or head not in st.ancestors(k + 1)
            return field[1] if field is not None and field[0] == "lead" and last else None
        k += 1
    return None


def _names_no_body(paragraphs: D.Paragraphs, j: int) -> bool:
    """Whether clause ``j`` names no body of its own (E14 c): what the subject grammar finds there is no body's
    name ("… phù hợp với Chương trình tổng thể và với yêu cầu thực tiễn, …" asks nothing of "thực tiễn", n001)."""
    own = paragraphs.own_who(j)
    return own is None or D.plausible_who(own[0]) is None


def _clause_run_end(
    st: Structure,
    paragraphs: D.Paragraphs,
    sentences: list[Sentence],
    si: int,
    block: int | None,
    consumed: set[int],
    timed_split: bool = True,
) -> int:
    """Where a duty's sentence ends when it goes on past ";" within its item.

    OUTPUT.md: "a list of actions for one body in one sentence is one entry": "Đẩy mạnh ứng dụng
    khoa học, kỹ thuật và công nghệ; chuyển đổi trạng thái …" is one duty, though the splitter cut
    it at ";". The clauses join it while they stay in the same block, name no body of their own and
    state no time (a clause with its own time is its own entry); so does a "sentence" that opens in
    lower case after a full stop (``_goes_on``: OCR's "hướng. dẫn"). A full stop ends the duty: a later
    sentence of the item with a verb of its own is its own entry, one that explains the first stays
    out (README E2: n053 c) "… chế độ. Thường xuyên kiểm tra, thanh tra …" is two entries; "Xây dựng
    và thực hiện kế hoạch chuyển đổi vị trí công tác … . Việc chuyển đổi phải đảm bảo …" is one).
    Without ``timed_split`` a clause with a time joins too (an item that is a lead-in's object: its
    times pick out which thing, E4/A4)."""
    end = sentences[si].end
    j = si
    timed = timed_split and _has_time(st, sentences[si])
    while (
        j + 1 < len(sentences)
        and (st.text.text[sentences[j].end - 1] == ";" or _goes_on(st.text.text[sentences[j + 1].start : sentences[j + 1].end]))
        and st.block_at(sentences[j + 1].start) == block
        and (_names_no_body(paragraphs, j + 1) or _opens_with_duty(st, sentences[j + 1]))
        and not (timed and _has_time(st, sentences[j + 1]))
        and not st.text.text[sentences[j + 1].start : sentences[j + 1].end].rstrip().endswith(":")  # a lead-in to items
    ):
        j += 1
        consumed.add(j)
        end = sentences[j].end
        timed = timed or (timed_split and _has_time(st, sentences[j]))
    return end


# EARLIER_CLAUSES_JOIN (README E14 (a): one body, one time, one entry, "`action` from the first clause's verb to the
# end of the last clause as printed"). ``_clause_run_end`` joins the ";"-clauses after a duty's first clause; when
# the sentence's first clause is not read as a duty of its own (it opens with a verb the opening-verb list lacks, or
# with "Căn cứ …" and no comma before its verb), the entry started at the later clause and the first was lost:
# "(1) Ứng dụng công nghệ số, công nghệ xanh, sạch trong kinh doanh du lịch; phát triển du lịch thông minh; …"
# (c148) → "Ứng dụng công nghệ số, … ; phát triển du lịch thông minh; …"; "- Giám sát chặt chẽ việc thi tuyển, …;
# thực hiện nghiêm Quy định số 205-QĐ/TW …" (n053); "- Căn cứ tình hình thực tế của địa phương … trình Hội đồng
# nhân dân cùng cấp bố trí kinh phí …; tổ chức huy động các nguồn lực …" (n004; A1: "Căn cứ …" starts the action).
# The clauses before join while they end in ";", stay in the same block, were not an entry (or part of one)
# already, name no body of their own (E14 (c)) and state no time of their own (E14 (b): a clause with its own time
# is its own entry). Counter-examples: "…; UBND các xã tổ chức …" (the earlier clause is the other body's); a
# first clause with a time ("Khẩn trương nộp hồ sơ … trước ngày 28/4/2026; khẩn trương lập báo cáo … trước ngày
# 05/5/2026", n009 e): two entries); a lead-in ending in ":".
def _clause_run_start(
    st: Structure, paragraphs: D.Paragraphs, sentences: list[Sentence], si: int, block: int | None, taken: set[int]
) -> int | None:
    """Where a duty's entry starts when ";"-clauses before it in its sentence join it (EARLIER_CLAUSES_JOIN), else None."""
    j = si
    while (
        j > 0
        and st.text.text[sentences[j - 1].start : sentences[j - 1].end].rstrip().endswith(";")
        and st.block_at(sentences[j - 1].start) == block
        and j - 1 not in taken
        and _names_no_body(paragraphs, j - 1)
        and not _has_time(st, sentences[j - 1])
        and not _cited_basis(st.text.fold[sentences[j - 1].start : sentences[j - 1].end])
    ):
        j -= 1
    if j == si:
        return None
    # the run must open its sentence (after a full stop or a colon) or its list item: a clause cut out of a longer one
    # starts nothing ("…, thực hiện tính toán … để xác định khối lượng khoáng sản còn có | thể thu hồi; chủ động nâng
    # …", c143; "… mô hình, điển hình | “Dân vận khéo” giai đoạn 2022-2025; …", 002: a line break read as a break;
    # "… của Luật Chứng khoán; Luật Kế toán; …; tăng cường …", c157: a list of names after an entry of its own)
    # …, and a "sentence" that opens in lower case after a full stop goes on from the one before (``_goes_on``: OCR's
    # "… khoáng sản còn có. | thể thu hồi; …", c143)
    first = st.text.text[sentences[j].start : sentences[j].end]
    marker = D._LEAD_RE.match(first)
    before = st.text.text[: sentences[j].start].rstrip()
    if (before and not before.endswith((".", ":")) and not (marker is not None and marker.end() > 0)) or _goes_on(first):
        return None
    return sentences[j].start


def _cited_basis(fold: str) -> bool:
    """Whether a clause opens with the document it carries out or rests on ("Thực hiện Nghị quyết số 202/2025/QH15
    …;", n024; "Thực hiện Quy định số 80-QĐ/TW …;", c107): a basis, not the first clause of a duty. "Căn cứ …" with
    no document after it is a verb (A1: "Căn cứ tình hình thực tế …", n004) and joins."""
    if cited_preamble_re().match(fold):
        return True
    if preamble_re().match(fold) is None:
        return False
    return not _basis_verb_re().match(fold)


@functools.lru_cache(maxsize=1)
def _basis_verb_re() -> regex.Pattern[str]:
    """The verb "căn cứ", not before a document's type ("Căn cứ tình hình thực tế …", n004)."""
    types = _type_alternation()
    return regex.compile(rf"^{LEADER}(?:{ITEM_NUMBER}\s*)?căn\s+cứ\s+(?!(?:các\s+)?(?:{types})(?!\p{{L}}))", regex.V1 | regex.I)


# A lead-in clause that details the clause before it: "trong đó …", "tập trung vào …", "cụ thể …",
# "gồm …", "bao gồm …", "như sau".
_DETAILS_RE = regex.compile(r"^\s*(?:trong\s+đó|tập\s+trung|cụ\s+thể|gồm|bao\s+gồm|như)(?!\p{L})", regex.V1 | regex.I)


def _lead_in_clause(st: Structure, block: int, sent: Sentence) -> bool:
    """Whether a sentence of a heading block is read as a possible duty: the lead-in itself (it ends in
    ":"), or a clause before it, ended by ";", in a lead-in paragraph: " Giao Ban Thanh niên công nhân
    và đô thị là đơn vị thường trực theo dõi, hướng dẫn triển khai thực hiện kế hoạch; chủ trì phối hợp
    tham mưu triển khai các nội dung:" (c117) gives the body a duty before it announces the items."""
    own = st.text.text[sent.start : sent.end].rstrip()
    b = st.blocks[block]
    if own.endswith(":"):
        return True
    if not (own.endswith(";") and st.text.text[b.start : b.end].rstrip().endswith(":")):
        return False
    # Not when the lead-in only details this clause: "Kiểm tra việc triển khai …; tập trung vào những nội
    # dung trọng tâm theo từng lĩnh vực sau:" (n002), "- Nâng cao hiệu quả phát hiện, xử lý tham nhũng …;
    # trong đó lưu ý một số nội dung sau:" (n053): the items spell the clause out.
    return not _DETAILS_RE.match(st.text.fold[sent.end : b.end])


def _sentence_heading(st: Structure, block: int, sent: Sentence) -> bool:
    """Whether a numbered "heading" is an item's sentence: it opens with the body it names and that body's
    duty verb (NĐ 30/2020's items are sentences; the structure layer reads a short numbered line with no
    closing period as a heading, and copies of complete documents lose that period). "9. Các sở, ban,
    ngành nghiên cứu, ban hành theo thẩm quyền … thuộc Chương trình" (n004, its sub-items naming the
    lead bodies), "V. Bộ Tài chính chủ trì, phối hợp với Văn phòng Chính phủ, … tổng hợp, báo cáo Thủ
    tướng Chính phủ" (c158's last item). Counter-examples: a heading that only names a body ("4.1. Công
    an tỉnh", "a) Trung tâm Phát triển quỹ đất tỉnh") or the lead body and those it works with, no work
    ("8.1. Sở Tài chính chủ trì, phối hợp các sở, ban, ngành", n004: its sub-items are the duties), a topic
    ("3. Triển khai xây dựng các tuyến phố …": no body), or one in capitals."""
    b = st.blocks[block]
    if b.marker is None or b.table is not None or is_caps(st.text.text[b.content : b.end]):
        return False
    own = D._subject_who(st.text, sent)
    if own is None or D.plausible_who(own[0]) is None:
        return False
    rest = st.text.fold[own[1] : sent.end]
    work = _COOPERATION_RE.sub(" ", rest)  # "chủ trì, phối hợp (với) …" names who works with whom
    return bool(_VERB_AHEAD_RE.match(rest) or _CHARGE_RE.match(rest)) and D._DUTY_VERB_RE.search(work) is not None


def _item_among_sentences(st: Structure, block: int, sent: Sentence) -> bool:
    """ITEM_AMONG_SENTENCES (session 36): a numbered "heading" that opens with its duty verb, among sibling items that
    are sentences (closed by "." or ";") and with no items of its own, is an item whose line lost its end to a page
    break: "1. Tiếp tục đăng tải Kế hoạch, Thể lệ của Cuộc thi … tham dự Cuộc thi." / "2. Chỉ đạo các cấp bộ đoàn đẩy
    mạnh thông tin, tuyên truyền về nội dung" / (blank) / "Cuộc thi trên các trang mạng xã hội, … của các đơn vị." /
    "3. Đôn đốc, chỉ đạo …" (the unseen set's qp02, a Đoàn letter's asks). Counter-examples: a heading whose siblings
    are headings too ("1. Mục đích" / "2. Yêu cầu"), one with items under it (a lead-in), one in capitals."""
    b = st.blocks[block]
    if b.marker is None or b.marker in ("bullet", "plus") or b.parent is None or is_caps(st.text.text[b.content : b.end]):
        return False
    if not _imperative(st.text.fold[sent.start : sent.end]):
        return False
    kids = st.children(block)
    if any(st.blocks[k].marker is not None for k in kids):
        return False
    siblings = [k for k in st.children(b.parent) if k != block and st.blocks[k].marker == b.marker and st.blocks[k].table is None]
    return any(not st.blocks[k].heading and st.text.text[st.blocks[k].start : st.blocks[k].end].rstrip().endswith((".", ";")) for k in siblings)


# The charge of a lead body and its partners, which names no work: "chủ trì, phối hợp với", "phối hợp cùng".
_COOPERATION_RE = regex.compile(r"(?<!\p{L})(?:chủ\s+trì|phối\s+hợp)(?:\s+(?:với|cùng))?(?!\p{L})", regex.V1 | regex.I)


def _goes_on(sentence: str) -> bool:
    """Whether a "sentence" opens in lower case, so the full stop before it ended none: OCR's "Ban hành
    các văn bản chỉ đạo, hướng. dẫn và triển khai kế hoạch tổ chức Kỳ thi; …" (n051)."""
    first = regex.search(r"\p{L}", sentence, flags=regex.V1)
    return first is not None and first.group().islower() and sentence.lstrip()[:1] not in BULLET_CHARS


_flat = D.flat_text


_NEXT_LINE_DUTY_RE = regex.compile(rf"[ \t]*\n[ \t]*(?=(?-i:\p{{Lu}}))(?:{D._OPENING_VERBS})(?!\p{{L}})", regex.V1 | regex.I)


def _subject_across_lines(st: Structure, sent: Sentence) -> tuple[str, int] | None:
    """The body a sentence opens with when its name is wrapped over a line break, which the
    one-line subject grammar does not cross: "Điều 3. Chánh Văn phòng, Thủ trưởng các đơn vị liên
    quan thuộc Bộ và các tổ\nchức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này"."""
    fold = st.text.fold[sent.start : sent.end]
    flat = _flat(fold)
    if flat == fold:
        return None
    # HEADING_THEN_ITS_VERB: a numbered line that names a body, then a next line opening with a capitalised duty verb, is
    # the body and its duty, not one name running into the verb: "1.3. Các cơ quan báo chí, xuất bản của Trung ương
    # Đoàn" / "Đăng tải thể lệ, tuyên truyền giới thiệu về Cuộc thi …" (c114) names "… của Trung ương Đoàn".
    # Counter-example: a line whose name goes on ("… thường trực của Ban" / "Chỉ đạo chủ trì, …", c140 at 60 columns:
    # ``_NAME_DANGLING``) is read across the break.
    line = D.opener_match(fold)
    if line is not None and _NEXT_LINE_DUTY_RE.match(fold, line.end()):
        return None
    m = D.opener_match(flat) or D.subject_match(flat)  # "3. Sở … (Cơ quan Thường\ntrực …): Phối hợp …"
    if m is None:
        return None
    who = D.plausible_who(clean_value(st.text.text[sent.start + m.start("who") : sent.start + m.end("who")]))
    return (D.lead_body(who) or who, sent.start + m.end()) if who else None


# A condition before the body a duty falls on (README: conditional duties count, the condition is
# dropped): "- Khi xảy ra sự cố tràn dầu vượt quá khả năng kiểm soát, UBND huyện Nghĩa Hành phải
# nhanh chóng báo cáo …", "5. Trong quá trình triển khai thực hiện nếu có những thay đổi …, UBND
# huyện Nghĩa Hành phải có văn bản báo cáo …" (n061).
# A sentence's opening: its list leader and item number, if any ("- ", "5. ").
_ITEM_OPENING = rf"^{LEADER}(?:{ITEM_NUMBER}\s*)?"
# The words that open a condition, and where its clause ends (``deadlines.CONDITION``, ``deadlines.CONDITION_END_RE``,
# shared with that stage's ITEM_OPENS_WITH_ITS_CONDITION).
_CONDITION_RE = regex.compile(_ITEM_OPENING + D.CONDITION, regex.V1 | regex.I)
_CONDITION_END_RE = D.CONDITION_END_RE
# A condition word inside a clause: the clause is still the condition ("Trong quá trình thực hiện, nếu
# có khó khăn, vướng mắc, kịp thời báo cáo …": "nếu có khó khăn" goes on with it).
_CONDITION_WORD_RE = regex.compile(r"(?<!\p{L})(?:nếu|khi|trường\s+hợp)(?!\p{L})", regex.V1 | regex.I)
# So does the basis a duty is carried out on (README A1: "Căn cứ …" starts the action only when no
# body follows it): "Căn cứ Quyết định số 04/2022/QĐ-TTg …, các tỉnh, thành Đoàn nghiên cứu xác lập
# …" (c118), "Căn cứ Chỉ thị này, Thủ trưởng các sở, ban, ngành … xây dựng kế hoạch cụ thể …" (n051),
# "Căn cứ kế hoạch của Trung ương Đoàn, Ban Thường vụ các tỉnh, thành đoàn … chủ động triển khai …"
# (c125). Without a body after it, such a sentence is a preamble ("Căn cứ Luật Tổ chức chính quyền
# địa phương …;") unless a duty verb follows ("Căn cứ chức năng, nhiệm vụ được giao, chủ động giải
# quyết …", n009).
# "Tùy (theo / thuộc) điều kiện / tình hình thực tế …, X …" is such a basis too: "Tùy điều kiện thực tế tại
# mỗi địa phương, các tỉnh, thành Đoàn nghiên cứu triển khai xây dựng các mô hình …" (c118).
_BASIS = r"(?:căn\s+cứ|trên\s+cơ\s+sở|t(?:ùy|uỳ)(?:\s+(?:theo|thuộc))?\s+(?:điều\s+kiện|tình\s+hình))(?!\p{L})"
_BASIS_RE = regex.compile(_ITEM_OPENING + _BASIS, regex.V1 | regex.I)
# A basis followed by a duty verb in lower case, with no body between ("…, Cải cách hành chính,
# Chuyển đổi số …" lists names: a capital after the comma opens no duty).
_BASIS_DUTY_RE = regex.compile(
    _ITEM_OPENING + _BASIS + rf"[^.;:\n]{{0,200}}?,\s*(?-i:(?=(?-i:\p{{Ll}}))){_AMENDING_NAME_BEFORE}(?:{D._DUTY_VERBS})(?!\p{{L}})",
    regex.V1 | regex.I,
)
# So does the setting of a duty, a topic or a time span: "Về các kiến nghị, đề xuất cụ thể, Bộ Khoa học và
# Công nghệ có văn bản gửi các Bộ …" (c139), "Trong thời gian chưa xác định ranh giới …, Ủy ban nhân dân
# tỉnh Sóc Trăng chỉ triển khai …" (c143).
_SETTING_RE = regex.compile(_ITEM_OPENING + r"(?:về|trong\s+thời\s+gian)(?!\p{L})", regex.V1 | regex.I)
# A purpose is no part of a body's name: "Căn cứ …, Trung ương Đoàn …, Trung ương Hội Sinh viên Việt Nam
# sử dụng nguồn kinh phí … để | tổ chức thực hiện …" (c122) names no body before "tổ chức".
_PURPOSE_RE = regex.compile(r"(?<!\p{L})(?:để|nhằm)(?!\p{L})", regex.V1 | regex.I)
# How far into a sentence the condition may run before the body is named.
CONDITION_MAX_CHARS = 250
# A clause this short after a condition's comma goes on with the condition ("…, nếu có khó khăn, vướng
# mắc, kịp thời báo cáo …": "vướng mắc"); a longer one is what follows the condition.
CONDITION_CLAUSE_MAX_WORDS = 3


# FRAME_GOES_ON (session 39): a clause after a ";" that opens in lower case goes on the sentence its item opened; when
# that sentence opened with a topic's frame ("Về …") not yet closed (no colon, no ask), the clause is still the frame's:
# "Về đề nghị của Ủy ban nhân dân tỉnh … về chủ trương xây dựng Đề án thí điểm … chống mất rừng và suy thoái rừng; quản
# lý rừng bền vững tài nguyên rừng; bảo tồn …, Phó Thủ tướng … có ý kiến như sau:" (an unseen VPCP letter: "quản lý rừng bền vững …" was read as a duty). Counter-examples: a clause
# that names its body or asks ("…; đề nghị các sở …"); a topic closed by its colon ("a) Về quản lý ngân sách: Tập
# trung …; rà soát …": duties); a basis listing its grounds before the duty ("Căn cứ Hướng dẫn …; nhiệm vụ chính trị
# …; chỉ đạo các tập thể …", dev 002, n004: the last clause is the duty).
_FRAME_RE = regex.compile(_ITEM_OPENING + r"về(?!\p{L})[^:]*$", regex.V1 | regex.I | regex.S)


# SHORTCOMINGS_LISTED (session 40): a paragraph that states what is still wrong and lists it after a colon assesses,
# it asks nothing: "Bên cạnh những kết quả tích cực đã đạt được, quá trình phát triển các KKT, KCN, CCN còn có một số
# vấn đề bất cập, chậm được khắc phục: Chất lượng quy hoạch chưa tốt; phát triển quá nhanh về số lượng; …" (f41's rf01,
# a Prime Minister's chỉ thị; "phát triển quá nhanh …" was read as a duty, and the whole sentence under the paragraph
# above it). The lead before the colon says "còn" + a shortcoming's noun ("hạn chế", "tồn tại", "bất cập", "yếu kém",
# "khó khăn", "vướng mắc"). Counter-examples: a clause that asks ("…; đề nghị các đơn vị khắc phục ngay") and a lead-in
# that names the tasks for the shortcomings ("Để khắc phục những hạn chế trên, các Bộ thực hiện các nhiệm vụ sau:").
_SHORTCOMINGS_LEAD_RE = regex.compile(
    r"(?<!\p{L})còn(?:[ \t]+có)?(?:[ \t]+(?:một[ \t]+số|nhiều|những))?[ \t]+(?:\p{L}+[ \t]+){0,2}?"
    r"(?:hạn[ \t]+chế|tồn[ \t]+tại|bất[ \t]+cập|yếu[ \t]+kém|khó[ \t]+khăn|vướng[ \t]+mắc)(?!\p{L})[^:;.]{0,80}:[ \t]*$",
    regex.V1 | regex.I,
)
SHORTCOMINGS_LEAD_MAX_CHARS = 300


def _lists_shortcomings(st: Structure, block: int | None, sent: Sentence) -> bool:
    """Whether ``sent`` states or lists shortcomings after a lead that names them (SHORTCOMINGS_LISTED)."""
    if block is None:
        return False
    fold = st.text.fold
    b = st.blocks[block]
    own = fold.find(":", sent.start, sent.end)
    colon = own if own != -1 else fold.rfind(":", b.content, sent.start)
    if colon == -1 or _asks(fold[sent.start : sent.end]):
        return False
    lead = fold[max(b.content, colon - SHORTCOMINGS_LEAD_MAX_CHARS) : colon + 1]
    return _SHORTCOMINGS_LEAD_RE.search(lead) is not None


def _frame_goes_on(st: Structure, sent: Sentence) -> bool:
    """FRAME_GOES_ON (above): whether ``sent`` is a lower-case clause after a ";" of an item that opened with a frame."""
    text = st.text
    if not text.text[sent.start : sent.start + 1].islower() or not text.text[max(0, sent.start - 8) : sent.start].rstrip().endswith(";"):
        return False
    block = D.item_block(st, sent.start)
    if block is None:
        return False
    opening = text.fold[st.blocks[block].start : sent.start]
    return bool(_FRAME_RE.match(opening)) and D.ask_search(opening) is None


def _conditioned_duty(st: Structure, sent: Sentence) -> int | None:
    """Where the duty starts after a sentence's opening condition when no body follows it (README:
    conditional duties count, the condition is dropped): "Trường hợp phát sinh vướng mắc, kịp thời tổng
    hợp, báo cáo Thủ tướng Chính phủ …" (n047), "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc,
    kịp thời báo cáo các bộ …" (n047), "Đối với các trường hợp cố tình chây ì, không thực hiện thì tham
    mưu với UBND tỉnh …" (c150). The duty opens with a duty verb in lower case after the condition's
    comma (or "thì"), in a clause that is no further condition."""
    fold = st.text.fold[sent.start : sent.end]
    if not _CONDITION_RE.match(fold) or _mark_before(st.text.text, sent.start) == ";":
        return None  # after ";" a clause goes on with the sentence before it ("…; sau khi hoàn thành, gửi phiếu …", c130)
    flat = _flat(fold)
    for end in _CONDITION_END_RE.finditer(flat, 0, CONDITION_MAX_CHARS):
        rest = flat[end.end() :]
        clause = _CONDITION_END_RE.split(rest, maxsplit=1)[0]
        if _CONDITION_WORD_RE.search(clause):
            continue  # the condition goes on: "…, nếu có khó khăn, …"
        if rest[:1].islower() and _VERB_AHEAD_RE.match(rest):
            return sent.start + end.end()
        if len(clause.split()) <= CONDITION_CLAUSE_MAX_WORDS:
            continue  # so does a short one: "…, vướng mắc, …", "… chây ì, không thực hiện thì …"
        return None  # the condition ends before a clause that is no duty: "Trường hợp bị thu hồi …, doanh nghiệp không tiếp tục được hưởng …"
    return None


def _after_condition(st: Structure, sent: Sentence) -> tuple[str, int] | None:
    """The body named after a sentence's opening condition or basis, and where its duty starts: the
    first comma of the condition after which a body's name and a duty follow (a group's name in lower
    case too: "…, các tỉnh, thành Đoàn nghiên cứu …")."""
    fold = st.text.fold[sent.start : sent.end]
    if not (_CONDITION_RE.match(fold) or _BASIS_RE.match(fold) or _SETTING_RE.match(fold)):
        return None
    flat = _flat(fold)
    for comma in regex.finditer(r",\s*", flat[:CONDITION_MAX_CHARS]):
        rest = flat[comma.end() :]
        if GROUP_QUANTIFIER_RE.match(rest):
            rest = rest[:1].upper() + rest[1:]  # "…, các tỉnh, thành Đoàn nghiên cứu …": a group in lower case
        m = D.subject_match(rest)
        if m is None:
            continue
        at = sent.start + comma.end()
        who = D.plausible_who(clean_value(st.text.text[at + m.start("who") : at + m.end("who")]))
        if who is not None and not _PURPOSE_RE.search(who):
            return D.lead_body(who) or who, at + m.end()
    return None


def _then_subject(st: Structure, sent: Sentence) -> tuple[str, int] | None:
    """The body named right after "thì" (``deadlines.THEN_SUBJECT``), and where its duty starts, else None: "… bố trí
    nghỉ luân phiên thì Thủ trưởng đơn vị, Giám đốc doanh nghiệp căn cứ vào …" (the unseen probe's pi17)."""
    m = D.then_subject_match(_flat(st.text.fold[sent.start : sent.end]))
    if m is None:
        return None
    who = D.plausible_who(clean_value(st.text.text[sent.start + m.start("who") : sent.start + m.end("who")]))
    if who is None or _PURPOSE_RE.search(who):
        return None
    return D.lead_body(who) or who, sent.start + m.end()


def _late_subject(st: Structure, sent: Sentence, own: bool) -> tuple[str, int] | None:
    """The body of a sentence that the subject grammar does not read whole: listed after a colon
    (``deadlines.LISTED_BODIES_RE``: the grammar stops at "Các Bộ"), after "thì" (THEN_SUBJECT), or after a
    condition when the sentence names no body of its own (``_after_condition``); with where its duty starts."""
    flat = _flat(st.text.fold[sent.start : sent.end])
    m = D.LISTED_BODIES_RE.match(flat)
    if m is not None:
        who = clean_value(st.text.text[sent.start + m.start("who") : sent.start + m.end("who")])
        return D.FUNCTION_LEAD_RE.sub("", who), sent.start + m.end()
    then = _then_subject(st, sent)
    if then is not None:
        return then
    if own:
        return None
    # a topic label before the body: "- Về dự án Khu đô thị phức hợp Hạ Long Xanh: Ủy ban nhân dân tỉnh Quảng\nNinh
    # chủ động rà soát …" (c158, a meeting's conclusions)
    label = D.labelled_subject(st.text, sent)
    if label is not None and label[0] is not None:
        return label[0], label[1]
    return _after_condition(st, sent)


# The body a duty is given to, as a label: "Giao Văn phòng Trung ương Đoàn: Thẩm định dự toán kinh phí …",
# "Giao Báo Tiền phong và Báo Thanh niên: Chủ trì triển khai …" (c125, "Tổ chức thực hiện").
_ASSIGNED_LABEL_RE = regex.compile(rf"{_ITEM_OPENING}(?:[Gg]iao|{D.POLITE_ASK}[Đđ]ề\s+nghị|[Yy]êu\s+cầu)\s+(?P<who>{D._ORG}[^:;.\n]{{0,200}}?)\s*:\s*", regex.V1)


# Veto PASSIVE_ASK: "được giao / được phân công" is a passive (what was assigned), not a request that
# names the one asked: "Các sở, ban, ngành và Ủy ban nhân dân các xã, phường, đặc khu căn cứ các chỉ
# tiêu, nhiệm vụ được giao tại Kế hoạch này có trách nhiệm xây dựng kế hoạch …" (n001; README A9's
# example sentence) has its subject at its start, not "tại Kế hoạch này". Counter-example: "giao Sở
# Nội vụ tiếp thu các ý kiến …" (n036) asks Sở Nội vụ.
_PASSIVE_BEFORE_RE = regex.compile(r"(?<!\p{L})được\s+$", regex.V1 | regex.I)


def _subject_before_passive_ask(st: Structure, sent: Sentence) -> tuple[str, int] | None:
    """The subject a sentence opens with when the request the deadlines grammar read in it is a
    passive "được giao" (veto PASSIVE_ASK), and where its duty starts."""
    fold = st.text.fold[sent.start : sent.end]
    ask = D.ask_search(fold)
    if ask is None or not _PASSIVE_BEFORE_RE.search(fold, 0, ask.start()):
        return None
    m = D.subject_match(_flat(fold))
    if m is None or m.end("who") > ask.start():
        return None
    who = D.plausible_who(clean_value(st.text.text[sent.start + m.start("who") : sent.start + m.end("who")]))
    return (D.lead_body(who) or who, sent.start + m.end()) if who else None


# A person or a one-word unit as a step's subject (data/duties.toml [person_subjects]): "— Bước 4: Khoa
# phổ biến và hướng dẫn …", "— Bước 5: Sinh viên truy cập …" (c130); the word as printed, then a duty verb.
_STEP_LABEL = r"(?:Bước\s+\d+\s*[:.][\s:]*)"
_PERSON_SUBJECT_RE = regex.compile(
    rf"{_ITEM_OPENING}{_STEP_LABEL}?(?P<who>{alternation(duties().person_subjects.words)})\s+(?=(?:{D._DUTY_VERBS})(?!\p{{L}}))",
    regex.V1,
)


def _person_subject(st: Structure, sent: Sentence) -> tuple[str, int] | None:
    """The person or one-word unit a sentence opens with as its subject, and where its duty starts."""
    m = _PERSON_SUBJECT_RE.match(_flat(st.text.fold[sent.start : sent.end]))
    if m is None:
        return None
    return clean_value(st.text.text[sent.start + m.start("who") : sent.start + m.end("who")]), sent.start + m.end()


def _body_label(st: Structure, sent: Sentence) -> tuple[str, int] | None:
    """The body a sentence opens with as a label before its duty (NĐ 30's "<body>: <duty>"), when
    the sentence's own grammar read no body: "7. Các sở, ban, ngành, địa phương: Căn cứ chức năng,
    nhiệm vụ được giao để lồng ghép …" (n004; "được giao" is no request), with where the duty starts."""
    flat = _flat(st.text.fold[sent.start : sent.end])
    m = _ASSIGNED_LABEL_RE.match(flat) or D.opener_match(flat)
    if m is None or not m.group().rstrip().endswith(":") or sent.start + m.end() >= sent.end:
        return None
    who = D.plausible_who(clean_value(st.text.text[sent.start + m.start("who") : sent.start + m.end("who")]))
    return (D.lead_body(who) or who, sent.start + m.end()) if who else None


# A duty verb between a body's name and a colon (A1/A3): the colon opens a list inside the duty, so the
# action starts at the verb, not after the colon: "4. Các sở, ban, ngành liên quan có trách nhiệm phối
# hợp với UBND các xã: Đức Trọng, Hiệp Thạnh, …" (n012) → "phối hợp với UBND các xã: Đức Trọng, …".
# Counter-example: "2.1. Trung ương Đoàn: Chủ trì …" (no verb before the colon) starts after it.
_VERB_BEFORE_COLON_RE = regex.compile(rf"(?<!\p{{L}})(?:(?:{alternation(duties().duty_forms.words)})\s+)?(?:{D._DUTY_VERBS})(?!\p{{L}})[^:;.\n]*:\s*$", regex.V1 | regex.I)


def _verb_before_colon(fold: str, name_end: int, duty_start: int) -> int | None:
    """Where the duty starts when its verb stands between the body's name (ending at ``name_end``) and a
    colon at ``duty_start`` (offsets in ``fold``), else None."""
    m = _VERB_BEFORE_COLON_RE.search(fold, name_end, duty_start)
    return m.start() if m else None


def _item_of(st: Structure, block: int | None) -> int | None:
    """The list item a block belongs to: the block itself when it has a marker; for an unmarked
    paragraph, the marked item with text it continues ("b) Về quản lý, sử dụng vốn đầu tư công:
    Khẩn trương …" then, after a blank line, "Tăng cường tổ chức thực hiện Luật Đầu tư công …": one
    item, one duty, OUTPUT.md). Paragraphs under a heading ("2.2. Các đơn vị …", "c) Về …:") are
    items of their own (their bullets were often lost): None."""
    if block is None:
        return None
    b = st.blocks[block]
    if b.marker is not None:
        return block
    parent = b.parent
    if parent is None or b.heading:
        return None
    p = st.blocks[parent]
    if p.marker is None or p.heading or p.table is not None or parent in st.labelled:
        return None
    if st.text.text[p.start : p.end].rstrip().endswith(":"):
        return None  # "1. Các tỉnh, thành đoàn … các nội dung:" leads the paragraphs under it
    return parent


def _cut_short(who: str | None, subject: str) -> bool:
    """Whether ``who`` runs on past the body into its duty, which ``subject`` (read over the whole
    sentence) ends before: the first line of a wrapped item read as a heading, "a) Ủy ban nhân dân
    các tỉnh Tiền Giang, Bến Tre hoàn thành thủ tục cấp Bản" → "Ủy ban nhân dân các tỉnh Tiền
    Giang, Bến Tre"."""
    return who is not None and len(subject) < len(who) and who.startswith(subject)


# A body's name after its head word: capitalised syllables, each followed by at most one syllable in
# lower case ("Tổ chức", "Kiểm tra", "Trung ương"), up to a duty verb or punctuation.
_NAME_REST_RE = regex.compile(r"(?:(?-i:\p{Lu})[\p{L}&]*(?:[ \t\n]+(?!(?-i:\p{Lu}))(?-i:\p{Ll})+)?[ \t\n]+)*(?-i:\p{Lu})[\p{L}&]*(?:[ \t\n]+(?-i:\p{Ll})+)?", regex.V1)
_VERB_AHEAD_RE = regex.compile(rf"(?:{D._OPENING_VERBS}|{D.ASSIGNS_OWN_STAFF})\b", regex.V1 | regex.I)
# PROHIBITION_ITEM (session 36): a body told not to do a thing is charged as much as one told to do it, in the items of
# a letter to it: "4. Các cơ sở giáo dục không bố trí phòng học các lớp 12 cạnh nhau, …" (the unseen set's qn03, a Sở's
# letter on school reopening), as "đề nghị … không tổ chức …" is (NEGATED_DUTY). The item's marker (or the part or the
# duty before it) is still needed, as for any body + verb. Counter-examples: "không được" (a ruling: VETO_PERMISSION),
# "không phải / không cần / không bắt buộc" (VETO_EXEMPTION), both read before this.
_PROHIBITION_RE = regex.compile(r"^không\s+(?!(?:được|phải|cần|bắt\s+buộc|có\s+thể)(?!\p{L}))", regex.V1 | regex.I)


def _whole_name(text: str, who: str, duty_start: int) -> tuple[str, int]:
    """A body's name cut after its head word where its name goes on with a word that is also a verb:
    "Giao Ban Tổ chức Trung ương Đoàn:" read as "giao Ban | tổ chức …" → "Ban Tổ chức Trung ương
    Đoàn"; "Giao Ban Kiểm tra Trung ương Đoàn tham mưu …" → "Ban Kiểm tra Trung ương Đoàn"."""
    if " " in who.strip() or not who[:1].isupper():
        return who, duty_start
    m = _NAME_REST_RE.match(text, duty_start)
    if m is None:
        return who, duty_start
    end = m.end()
    # the last lower-case syllable may open the duty: "… Đoàn tham | mưu" → end before "tham"
    last = regex.search(r"[ \t\n]+((?-i:\p{Ll})+)$", text[m.start() : end], flags=regex.V1)
    if last is not None and _VERB_AHEAD_RE.match(text, m.start() + last.start(1)):
        end = m.start() + last.start()
    name = clean_value(who + " " + text[duty_start:end])
    return name, end


# A list of group nouns is one subject (data/duties.toml [group_nouns]): "mỗi cơ quan, | tổ chức, đơn vị,
# cá nhân phải chủ động …" (n053 c), where "tổ chức" was read as the duty's verb) → "mỗi cơ quan, tổ chức,
# đơn vị, cá nhân"; not "mỗi cơ quan, | tổ chức hội nghị …" (no "," or "và" after the noun).
_GROUP = rf"(?:{alternation(duties().group_nouns.words)})(?!\p{{L}})"
_GROUP_LIST_RE = regex.compile(rf"{_GROUP}(?:\s*,\s*|\s+và\s+){_GROUP}(?:(?:\s*,\s*|\s+và\s+){_GROUP})*", regex.V1 | regex.I)


def _mark_before(text: str, at: int) -> str:
    """The last character before ``at`` that is not a space or a line break ("" at the start).

    Read backwards from ``at``, not by slicing the text before it: a duty's prefix is the whole document,
    and one slice per duty made a long text's parse quadratic.
    """
    i = at
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > 0 else ""


def _group_list(text: Text, who: str, duty_start: int) -> tuple[str, int]:
    """The body's name run on through a list of group nouns that starts where the duty was read to start."""
    if _mark_before(text.text, duty_start) != ",":
        return who, duty_start
    m = _GROUP_LIST_RE.match(text.fold, duty_start)
    if m is None:
        return who, duty_start
    return clean_value(who + ", " + text.text[duty_start : m.end()]), m.end()


# "giao ban" is a briefing meeting, not "giao" (assign) + a body named "ban …": "Có cơ chế giao ban
# định kỳ hàng tuần với các đơn vị trực thuộc", "Định kỳ có cơ chế giao ban, kiểm tra …".
GIAO_BAN_RE = regex.compile(r"(?<!\p{L})giao\s+ban(?!\p{L})[\s,]*(?:(?-i:\p{Ll})[^\n]{0,30})?$", regex.V1)


def level_heading(st: Structure, block: int | None) -> str | None:
    """The doer the nearest heading above ``block`` names by LEVEL_HEADING (``D.level_heading_who``), else None:
    "1.2. Các nội dung triển khai cấp tỉnh, thành phố" → "cấp tỉnh, thành phố" (c113). Counter-example: "1. Tuyên
    truyền nâng cao nhận thức của thanh niên …" (a task's title, no doer)."""
    if block is None:
        return None
    heading = next((j for j in st.ancestors(block) if st.blocks[j].heading), None)
    return D.level_heading_who(st.text.text[st.blocks[heading].content : st.blocks[heading].end]) if heading is not None else None


def _header_line(st: Structure, j: int) -> bool:
    """HEADER_IS_NO_SECTION (session 36): whether block ``j`` is a line of the header, no section of the body. A letter
    whose body has no heading of its own had its numbered asks read under its header's "BỘ Y TẾ" as the issuer's own
    acts ("Bộ Y tế đề nghị Đ/c Chủ tịch UBND tỉnh, thành phố tiếp tục chỉ đạo thực hiện một số nội dung sau:" / "1. Đầu
    tư, nâng cấp cơ sở hạ tầng …", the unseen set's qp04, a line-flattened web copy). Only an unnumbered line before the
    body: "1. Trung ương Đoàn" inside the body's "Tổ chức thực hiện" (c118) is the issuer's section still, also where a
    short text leaves it before the body's start (c113's section alone, tests/test_obligations.py)."""
    return st.blocks[j].marker is None and st.blocks[j].start < st.layout.body_start


def under_issuer_heading(st: Structure, block: int | None, forms: frozenset[tuple[str, ...]]) -> bool:
    """ISSUER_SECTION: whether the nearest heading above ``block`` is the issuer's name and nothing else.

    A plan's or guide's "Tổ chức thực hiện" gives each body its section, the issuer's own among them: "III. TỔ
    CHỨC THỰC HIỆN" / "1. Trung ương Đoàn" / "Định kỳ tổ chức kiểm tra, giám sát kết quả triển khai phong trào …"
    (c118, issued by the Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh). What the issuer as a whole says it will do
    is no duty (OUTPUT.md "Obligations"); the section's items that assign ("Giao Ban Thanh niên Công nhân và Đô thị
    Trung ương Đoàn làm đơn vị thường trực …") and its dated steps (a plan's schedule, ``own_acts`` PLAN_STEP) are
    the caller's to keep. Counter-example: "2. Các tỉnh, thành Đoàn" (another body's section).

    ISSUER_LEVEL (``D.issuer_level``): so is a heading that names the issuer's own level as the doer (LEVEL_HEADING):
    "1.1. Các nội dung triển khai cấp Trung ương" / "Duy trì chuyên mục “Thanh niên khởi nghiệp” …" (c113, a plan
    of Trung ương Đoàn). Counter-example: "1.2. Các nội dung triển khai cấp tỉnh, thành phố" (the provinces' duties).
    """
    if block is None:
        return False
    for j in st.ancestors(block):
        b = st.blocks[j]
        if b.heading and _header_line(st, j):
            return False  # HEADER_IS_NO_SECTION
        if b.heading:
            printed = st.text.text[b.content : b.end]
            return is_issuer(printed.strip().rstrip(":").strip(), forms) or D.issuer_level(D.level_heading_who(printed), forms)
    return False


def lead_in_in_issuer_section(st: Structure, block: int | None, forms: frozenset[tuple[str, ...]]) -> str | None:
    """LEAD_IN_IN_ISSUER_SECTION: the unit that a lead-in inside the issuer's own section asks to carry out the list
    items after it, else None.

    The nearer lead-in names the items' addressees (README A13), not the section heading above it: "1. Trung ương
    Đoàn TNCS Hồ Chí Minh" / "Giao Ban Mặt trận Thanh niên Trung ương Đoàn chủ trì, phối hợp với các đơn vị liên
    quan tham mưu cho Ban Bí thư Trung ương Đoàn tổ chức các hoạt động …; chịu trách nhiệm tham mưu:" / "+ Xây dựng
    kế hoạch chi tiết triển khai các nội dung …;" (c113 V.1: the items are Ban Mặt trận's, not the issuer's own
    programme that ISSUER_SECTION drops). A short lead-in of this kind is a heading the items stand under already
    (c111 "Giao Ban Tổ chức Trung ương Đoàn:", c117); a long one is a paragraph beside them, so the section heading
    was read first. Only items with a marker, in an unbroken run of marked items after the lead-in. Counter-example:
    "1. Trung ương Đoàn" / "Định kỳ tổ chức kiểm tra, giám sát …" (c118, no asking lead-in: the issuer's own act).
    """
    if block is None or st.blocks[block].marker is None:
        return None
    heading = next((j for j in st.ancestors(block) if st.blocks[j].heading), None)
    if heading is None or _header_line(st, heading) or not is_issuer(st.text.text[st.blocks[heading].content : st.blocks[heading].end].strip().rstrip(":").strip(), forms):
        return None
    for j in range(block - 1, heading, -1):
        b = st.blocks[j]
        raw = st.text.fold[b.content : b.end]
        if b.table is not None or not raw.rstrip().endswith(":"):
            if b.marker is None:
                return None  # the run of items is broken: the lead-in above is not theirs
            continue
        asked = D._asked_body(st.text.text[b.content : b.end], D.flat_text(raw))
        who = D.lead_body(asked) if asked else None
        return None if who is None or is_issuer(who, forms) else who
    return None


def _heading_name(st: Structure, block: int | None, who: str) -> str:
    """The whole name a heading gives when the body inherited from it was cut short: after its head
    word ("Giao Ban Tổ chức Trung ương Đoàn:" names "Ban Tổ chức Trung ương Đoàn", not "Ban") or at
    a line break ("1. Thủ trưởng các sở, ban ngành tỉnh, Chủ tịch UBND cấp huyện, các\nđơn vị sự
    nghiệp, doanh nghiệp Nhà nước thuộc UBND tỉnh:")."""
    if block is None:
        return who
    for j in st.ancestors(block):
        b = st.blocks[j]
        flat = st.text.fold[b.content : b.end].replace("\n", " ")  # a name wrapped over lines
        # ASKED_NAME_ENDS: an asking lead-in's name ends before its verb: "Đề nghị Sở Tài chính thực hiện các nội dung
        # sau:" names "Sở Tài chính", not "Sở Tài chính thực hiện các nội dung sau" (``D._asked_body``)
        asked = D._asked_body(st.text.text[b.content : b.end], flat) if flat.rstrip().endswith(":") else None
        if asked is not None:
            return D.lead_body(asked) or asked if _cut_short(asked, who) else who
        m = D._HEADING_WHO_RE.match(flat) or D.opener_match(flat)
        if m is not None:
            name = D.lead_in_name(clean_value(st.text.text[b.content + m.start("who") : b.content + m.end("who")]))
            name = D.CITING_ASIDE_RE.sub("", name) or name  # HEADING_CITES_ITS_BODY
            if _cut_short(name, who):
                return D.lead_body(name) or name
    return who


# A body named with what it does ("Các đơn vị thực hiện triển khai trọng điểm") keeps a qualifier this many
# syllables long; longer, the words after the body are its charge.
BODY_QUALIFIER_MAX_WORDS = 6


def _body_only(who: str) -> str:
    """An inherited body without the charge its lead-in gives it: "Bộ KH&CN tập trung thực hiện các
    nhiệm vụ, giải pháp trọng tâm sau" → "Bộ KH&CN" (the words of a name are capitalised: "Ban Tổ
    chức", "Ban Chỉ đạo" are not cut)."""
    if " là " in who:
        return clean_value(who.split(" là ", 1)[0])  # "Ban Thanh niên công nhân và đô thị là đơn vị thường trực"
    read = repair_cues(who)  # "… Cục trưởng Cục Thi hành án dân sự tỉnh tô chức thực hiện" (OCR)
    m = D.subject_match(read)
    if m is None:
        return who
    charge = read[m.end("who") :]
    if len(charge.split()) <= BODY_QUALIFIER_MAX_WORDS and not _words(charge) <= GENERIC_DUTY_WORDS:
        return who  # "Các đơn vị thực hiện triển khai trọng điểm": a short qualifier is part of the name
    return clean_value(who[: m.end("who")])  # "… tổ chức thực hiện": a charge of the generic words only


def _opens_with_duty(st: Structure, sent: Sentence) -> bool:
    """Whether a clause opens with its duty verb in lower case, so that a "name" the subject grammar finds
    further on is a noun phrase before a verb-like word, not a body of its own: "…; tiếp tục công bố cơ sở
    y tế đủ điều kiện …, đáp ứng yêu cầu công tác | xác định tình trạng nghiện …" (n004 4.2: "công tác" is
    no body). Counter-example: a clause that opens with a body ("…; UBND các xã tổ chức …") is its own."""
    fold = st.text.fold[sent.start : sent.end]
    return fold.lstrip()[:1].islower() and _imperative(fold)


def _has_time(st: Structure, sent: Sentence) -> bool:
    """Whether a clause states a time of its own; a cited document's date is none: "…; tài sản kết cấu hạ
    tầng do Nhà nước đầu tư, quản lý theo Đề án đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số
    213/QĐ-TTg ngày 01 tháng 3 năm 2024, …" goes on the object list of the clause before it (c157)."""
    symbol_ends = [m.end() for m in P.SYMBOL_RE.finditer(st.text.fold, sent.start, sent.end)]
    phrases = find_time_phrases(st.text.text, st.text.fold, None, None, sent.start, sent.end)
    return any(not D._is_citation_date(st.text, p, symbol_ends) for p in phrases)


def _announces_items(st: Structure, block: int | None) -> bool:
    """Whether the block ending in ":" is followed by list items (a lead-in, not a duty)."""
    if block is None:
        return False
    nxt = block + 1
    return nxt < len(st.blocks) and (st.blocks[nxt].marker is not None or st.blocks[nxt].parent == block)


def _completing_lead_in(st: Structure, block: int | None) -> str | None:
    """The lead-in an item completes (annotations/README.md E4, E12), as printed without its ":", or None.

    A list item whose text is a duty verb phrase ending in ":" with no announcing words ("như sau:",
    "các nội dung sau:": ``VETO_LEAD_IN_RE``) has its object in the items under it: n004 8.1 "- Tham
    mưu Ủy ban nhân dân tỉnh xây dựng, trình Hội đồng nhân dân tỉnh quyết định:" / "+ Phương án phân bổ
    vốn …" → "Tham mưu … quyết định: Phương án phân bổ vốn …" (E4: the ":" kept), and each duty sentence
    of an item is joined to it (E12: "Tham mưu Ủy ban nhân dân tỉnh: Tăng cường vận động …").
    Counter-example: "- Tham mưu UBND tỉnh thực hiện các nội dung sau:" only announces its items.
    """
    if block is None or st.blocks[block].marker is None:
        return None
    parent = st.blocks[block].parent
    if parent is None or st.blocks[parent].marker is None or st.blocks[parent].table is not None:
        return None
    lead = st.blocks[parent]
    fold = st.text.fold[lead.start : lead.end].rstrip()
    if not fold.endswith(":") or VETO_LEAD_IN_RE.search(fold) or not _imperative(fold):
        return None
    if enacted_with_it_re().match(fold) or VETO_ESTABLISHING_RE.match(fold):
        return None  # veto ENACTED_WITH_IT: "Điều 1. Công bố kèm theo Quyết định này:" lists what it enacts (ESTABLISHING_ARTICLE)
    if ATTENDANCE_LABEL_RE.fullmatch(st.text.fold, lead.content, lead.start + len(fold)):
        return None  # veto ATTENDANCE_LABEL: "2. Tham dự:" over who attended, no duty of theirs
    return D._trim_action(without_duty_form(st.text.text[lead.content : lead.end].rstrip())) or None


# A duty-form opening is no part of the action (``deadlines.without_duty_form``, annotations/README.md A11).
without_duty_form = D.without_duty_form


# A copy sent for information (annotations/README.md A20; data/duties.toml [copy_for_information]):
# "…; đồng thời gửi Ủy ban nhân dân tỉnh biết, theo dõi" (n014) adds that body to ``deliver_to``.
_COPY_TO_RE = regex.compile(
    rf"(?<!\p{{L}})gửi\s+(?P<to>{D._ORG}[^,;.\n()]{{0,120}}?)\s+(?:để\s+)?(?:{alternation(duties().copy_for_information.words)})(?!\p{{L}})",
    regex.V1,
)


def with_copies(action: str, deliver_to: str | None) -> str | None:
    """``deliver_to`` with every body the action sends a copy to "for information" (A20), in printed order.

    >>> with_copies("gửi trực tiếp văn bản cho Bộ Công an; đồng thời gửi Ủy ban nhân dân tỉnh biết, theo dõi", "Bộ Công an")
    'Bộ Công an, Ủy ban nhân dân tỉnh'
    """
    for m in _COPY_TO_RE.finditer(action):
        to = clean_value(m.group("to"))
        if deliver_to is None:
            deliver_to = to
        elif to not in deliver_to.split(", "):
            deliver_to = f"{deliver_to}, {to}"
    return deliver_to


# Where the result goes when no "gửi … về X" says it (annotations/README.md A26, A22, A20, A27; vocabulary
# and the rule's examples: data/duties.toml [destination]): a hand-over verb ("tham mưu (cho)",
# "đề xuất", "báo cáo", "trình", "gửi") directly before a body's name, or after a short object and a
# preposition ("báo cáo kết quả với Ủy ban nhân dân tỉnh", n050: ``objects``, ``prepositions``). The name opens with a body's
# first word as printed (``D._ORG``) or a head that a directive prints in lower case or as a title
# ("Thủ tướng", "cấp có thẩm quyền", "các Bộ"), and ends before a stop word, a duty verb (in lower
# case: "Ban Tổ chức" is a body, "tổ chức" a verb) or a punctuation mark; a comma or "và" goes on
# only before another body's first word ("Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ kết quả …").
_DEST = duties().destination
_DEST_HEAD = rf"(?:{D._ORG}|(?:{alternation(_DEST.heads)})(?!\p{{L}}))"
# A body's first word as printed takes the word after it whatever it is ("Ban tổ chức Hội nghị", n035).
_DEST_NAME_START = rf"(?:{D._ORG}(?:\s+\p{{L}}+)?|(?:{alternation(_DEST.heads)})(?!\p{{L}}))"
_DEST_STOP = rf"(?:{alternation(_DEST.stops)}|{D._REFLEXIVE}|{D._DUTY_VERBS})(?!\p{{L}})"
# NAME_WITH_VA: "và" before a capital goes on inside a body's name, as NĐ 30 names ministries and departments ("Bộ Tài
# nguyên và Môi trường", "Sở Văn hóa, Thể thao và Du lịch"): the probe's pa01 "báo cáo Bộ Tài nguyên và Môi trường, Chủ
# tịch UBND tỉnh" read "Bộ Tài nguyên" and lost the list after it. Counter-example: "và" before a lower-case word
# ("báo cáo UBND tỉnh và đề xuất …") ends the name.
_DEST_RE = regex.compile(
    rf"""(?<!\p{{L}})(?P<verb>{alternation(_DEST.verbs)})\s+(?:(?:{alternation(_DEST.objects)})\s+(?:{alternation(_DEST.prepositions)})\s+)?
    (?P<to>{_DEST_NAME_START}
        (?:(?:\s*,\s*|\s+và\s+)(?={_DEST_HEAD})           # another body of the list ("X, Y", "X và Y")
          |\s+(?!{_DEST_STOP})(?=[\p{{L}}\d])                # or a word of the name that is no stop
          |[\p{{L}}\d&-]
        ){{0,120}}?)
    (?=\s*[;.:()\n]|\s*,(?!\s*{_DEST_HEAD})|\s+và\s+(?!{_DEST_HEAD}|(?-i:\p{{Lu}}))|\s+{_DEST_STOP}|\s*$)""",
    regex.V1 | regex.X,
)
# DEST_VERB_FIRST (speed): every ``_DEST_RE`` match opens with a hand-over verb, which most actions lack (of the
# corpus's 1,580 actions, 639 hold one); ``_DEST_RE`` tries its name's steps and stops after every verb-like word,
# this finds the verbs as literals first. Same matches.
_DEST_VERB_RE = regex.compile(rf"(?<!\p{{L}})(?:{alternation(_DEST.verbs)})", regex.V1)
# A verb that gives another body an act: the clause's later hand-over verbs are that body's (c150
# "Chỉ đạo Cơ quan thuế … tham mưu cho UBND tỉnh"; n027 "chỉ đạo các Hội … để trình UBND cấp tỉnh").
_OTHER_DOER_VERB_RE = regex.compile(
    rf"(?<!\p{{L}})(?:{alternation(_DEST.after_other_doer)})\s+(?={_DEST_HEAD})", regex.V1 | regex.I
)
# A22 (extended, session 8): "để X triển khai thực hiện / xem xét" after a document the entry produces.
_DEST_PRODUCT_RE = regex.compile(rf"(?<!\p{{L}})(?:{alternation(_DEST.products)})(?!\p{{L}})", regex.V1 | regex.I)
_HANDLED_BY_RE = regex.compile(
    rf"""(?<!\p{{L}})để\s+
    (?P<to>(?:(?:{alternation(duties().purpose_doer.doers)})(?!\p{{L}})|(?-i:\p{{Lu}}))
        (?:(?!\s+(?:{D._DUTY_VERBS}|{alternation(_DEST.handling)})(?!\p{{L}}))[^;,.])*?)
    \s+(?:{alternation(_DEST.handling)})(?!\p{{L}})""",
    regex.V1 | regex.X,
)
# The alternative may open with a short verb phrase before the hand-over (A26's counter-example): "ban hành theo
# thẩm quyền hoặc xây dựng, | trình cấp có thẩm quyền ban hành …" (n004 9.): "xây dựng, trình" is the alternative.
_ALTERNATIVE_RE = regex.compile(rf"(?<!\p{{L}})(?:{alternation(_DEST.alternatives)})\s+(?:(?:\p{{L}}+\s+){{0,2}}\p{{L}}+\s*,\s*)?$", regex.V1 | regex.I)


def _body_key(name: str) -> str:
    """A body's name as a comparison key (its words, lower case, without "cấp"/"các")."""
    return " ".join(w for w in name_key(name).split() if w not in ("cấp", "các"))


# The fewest words of a name that opens another for both to name the same body (``_is_itself``).
SELF_NAME_MIN_WORDS = 2


def _is_itself(to: str, responsible: str | None) -> bool:
    """Whether ``to`` names the responsible body (one name's key opens the other's: "Ủy ban nhân dân
    cấp tỉnh" and "Ủy ban nhân dân tỉnh, thành phố", n027), so the result is not delivered anywhere."""
    if responsible is None:
        return False
    a, b = sorted((_body_key(to), _body_key(responsible)), key=len)
    # a one-word key is a kind of body, not a name: "các Bộ" is not "Bộ Khoa học và Công nghệ" (c139)
    return a == b or (len(a.split()) >= SELF_NAME_MIN_WORDS and b.startswith(a + " "))


def _handed_by_another(action: str, at: int) -> bool:
    """Whether the hand-over at ``at`` is done by a body the entry's responsible directs or advises
    ("chỉ đạo Y …", "tham mưu X …" earlier in the same ";"-clause), or is an alternative ("hoặc …")."""
    clause = action.rfind(";", 0, at) + 1
    return _OTHER_DOER_VERB_RE.search(action, clause, at) is not None or _ALTERNATIVE_RE.search(action, 0, at) is not None


def destinations(action: str, responsible: str | None, deliver_to: str | None) -> str | None:
    """``deliver_to`` with the bodies the action hands its result to by "tham mưu / đề xuất / báo cáo /
    trình / gửi X" (A26, A10's session-8 confirmation), in printed order, joined with ", " (A20); an
    alternative ("hoặc tham mưu X"), a hand-over by a body the responsible directs or advises, and the
    responsible itself (a body never delivers to itself, A22 session 8) are no destination. The
    deadlines stage's "gửi … về X" (``deliver_to``) passes the same checks.

    >>> destinations("tham mưu UBND tỉnh triển khai ứng dụng AI trong công tác giám sát an ninh mạng", "Công an tỉnh", None)
    'UBND tỉnh'
    >>> destinations("Kịp thời xử lý hoặc tham mưu cấp có thẩm quyền xử lý các văn bản", "Sở Tư pháp", None) is None
    True
    >>> destinations("ban hành theo thẩm quyền hoặc xây dựng, trình cấp có thẩm quyền ban hành", "Các sở", None) is None
    True
    """
    found: list[tuple[int, str]] = []
    if deliver_to is not None:
        at = action.find(deliver_to.split(" (")[0])
        if not _is_itself(deliver_to, responsible) and not (at > 0 and _handed_by_another(action, at)):
            found.append((at, deliver_to))
    handed = [
        (m.start("to"), m.start(), m.group("to"))
        for m in _HANDLED_BY_RE.finditer(action)
        if _DEST_PRODUCT_RE.search(action, 0, m.start())
    ]
    read = _DEST_RE.finditer(action) if _DEST_VERB_RE.search(action) else iter(())  # DEST_VERB_FIRST
    for at, verb, printed in sorted([(m.start("to"), m.start(), m.group("to")) for m in read] + handed):
        to = clean_value(printed).strip(" ,")
        if _handed_by_another(action, verb) or _is_itself(to, responsible):
            continue
        longer = next((k for k, (_, kept) in enumerate(found) if to.startswith(kept + ",")), None)
        if longer is not None:
            # WHOLE_DESTINATION_LIST: the "gửi … về X" read stops at X's comma, the hand-over verb's read goes on
            # through the list: "báo cáo Bộ Tài nguyên và Môi trường, Chủ tịch UBND tỉnh" (the probe's pa01) delivers
            # to both bodies, not the first. Counter-example: a second body after the comma that is no destination
            # ("gửi về Sở Nội vụ, đồng thời …") is left out by the verb's read itself (``_DEST_RE``).
            found[longer] = (found[longer][0], to)
            continue
        if any(to in kept or kept in to for _, kept in found):
            continue
        found.append((at, to))
    if not found:
        return None
    return ", ".join(to for _, to in sorted(found))


def outline_spans(items: list[OutlineItem]) -> list[tuple[int, int]]:
    """Where the report outline's items are printed, children included (README D5: the items of
    a report outline and their guidance are ``report_outline``, not obligations: 001's "- Đề xuất,
    kiến nghị.", 003's "Đánh giá kết quả thực hiện đối với những mô hình …")."""
    out: list[tuple[int, int]] = []
    for item in items:
        if item.evidence is not None:
            out.append((item.evidence.start, item.evidence.end))
        out.extend(outline_spans(item.children))
    return out


def relayed_record(record: Directive, relays: list[tuple[int, int]]) -> bool:
    """Whether the record's number or type was read from a relay's lead (RELAY_LEAD, RELAY_UNNUMBERED: the text reports
    a document instead of being one)."""
    read = [record.evidence.get("number.symbol"), record.evidence.get("document_type")]
    return any(ev is not None and s <= ev.start < e for ev in read for s, e in relays)


# BASIS_CITATION (session 43): a preamble's "Căn cứ <a document>" line cites what the document rests on, no duty of anyone
# (NĐ 30 box 5's "căn cứ ban hành"): "Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ về quản lý, phát
# triển cụm công nghiệp;" (an unseen commune notice: read as a duty, "quản lý, phát triển …" taken for its verbs).
# Only a line of the preamble's list, closed by ";". Counter-examples: "căn cứ" before what the body weighs is part of
# its duty ("… căn cứ chức năng, nhiệm vụ được giao, tổng hợp và báo cáo kết quả …", c159), and a basis sentence that
# goes on to a duty ("Căn cứ nội dung Kế hoạch này, các tỉnh, thành Đoàn nghiên cứu xác lập …", c118; "Căn cứ …, Thủ
# trưởng các sở … xây dựng kế hoạch cụ thể …", n051) stays read.
_BASIS_CITATION_RE = regex.compile(rf"\s*Căn\s+cứ\s+(?:{vocabulary().type_alternation()}|Bộ\s+luật|Hiến\s+pháp)(?!\p{{L}})", regex.V1)


# IMPLEMENTING_FRAME (session 43): "Thực hiện ý kiến (chỉ đạo) của …" / "Thực hiện chỉ đạo của …" opens a letter by what
# it carries out, no duty of its own: "Thực hiện ý kiến của Thủ tướng Chính phủ về việc hoán đổi ngày nghỉ … ." (an unseen
# Tổng cục Thuế letter whose copy closed the frame with a full stop), "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ
# …, Văn phòng Chính phủ trân trọng kính mời …" (n020, n021: the issuer's own invitation), "Thực hiện ý kiến chỉ đạo của
# đồng chí Bí thư thứ nhất …" (f43's rm02). An action read from such an opening is no entry; one that goes on after the
# frame's comma keeps what follows it (n020 as an OCR'd copy whose part marker was misread: the invitation's clause
# stays). Counter-example: "thực hiện Hướng dẫn này" (n038: a document the body is to carry out) and "Thực hiện Kế
# hoạch …" are read as before.
_IMPLEMENTING_FRAME_RE = regex.compile(r"thực\s+hiện\s+(?:ý\s+kiến|chỉ\s+đạo)(?:\s+chỉ\s+đạo)?\s+của(?!\p{L})", regex.V1 | regex.I)


def sentence_obligations(
    st: Structure, record: Directive, start: int, end: int, everything: bool = False, closing_alone: bool = False
) -> list[Obligation]:
    """The duties stated in the sentences of ``[start, end)`` (tables left to ``table_obligations``);
    with ``everything``, every sentence the duty test (``_is_duty``) would weigh (the trained
    model's candidates, issue 17); with ``closing_alone``, the closing formulas too (CLOSING_FORMULA_ALONE)."""
    text = st.text
    sentences = st.sentences_in(start, end)
    paragraphs = D.Paragraphs(text, sentences, start, end, st)
    doc_type = record.document_type or ""
    plan = doc_type in PLAN_KINDS
    # RELAY_NOT_ADDRESSED: a post relaying a công văn (its register read from the lead, header.py RELAY_LEAD_REGISTER)
    # is no letter to its reader: its title and the imperative lines of its prose name no one's duty ("Tăng cường công
    # tác thống kê trên địa bàn tỉnh" over "Ngày 15/9, UBND tỉnh ban hành Công văn số …", the unseen probe's pc03)
    relays = relay_spans(text)
    relayed = relayed_record(record, relays)
    addressed = (doc_type in ADDRESSED_KINDS and not relayed) or (bool(record.recipients) and not plan)
    doc_year = record.date_partial.year if record.date_partial else None
    issuer = issuer_names(record)
    forms = issuer_forms(printed_names(record))
    out: list[Obligation] = []
    first_of_item: set[int] = set()
    # items whose time came as a field and is a deadline already: the item's block → where it ends
    covered_items: dict[int, int] = {}
    for d in record.deadlines:
        fb = st.block_at(d.evidence.start) if d.evidence else None
        item = st.owner(fb) if fb is not None and fb in st.fields else None
        if item is None and d.evidence is not None and D.in_paren_time(st, fb, d.evidence.start):
            item = fb  # FIELDS_IN_PARENTHESES: the time field closing the item (``D._attach_paren_fields``)
        if item is not None:
            covered_items[item] = st.blocks[item].end + 1
    consumed: set[int] = set()
    taken: set[int] = set()  # the sentences an entry starts at (with ``consumed``, those it runs over)
    last_duty_block: int | None = None  # FOLLOWS_A_DUTY: the block where the last duty read ends
    outline = outline_spans(record.report_outline)
    statements = statement_blocks(st, record, start, end)
    quoted = quoted_blocks(st, start, end)
    provisions = D.cited_provision_blocks(st)
    # Veto TITLE: the document's subject line repeated in its body is no duty: "Kết luận của đồng chí … Phó Chủ tịch
    # UBND tỉnh kiểm tra công tác chuẩn bị thi công …; làm việc với UBND Phường 2 Bảo Lộc …" (n009, a Thông báo's
    # trích yếu printed under "THÔNG BÁO"). Counter-example: the paragraph after it ("Ngày 24/4/2026, …") is text.
    title = record.evidence.get("subject")
    type_read = record.evidence.get("document_type")
    if title is not None and title.end - title.start > TITLE_MAX_CHARS:
        title = None
    # Veto RECIPIENT_LINE: a line of the "Kính gửi:" list names an addressee, whatever verb its name holds: "- Các cơ
    # quan chuyên trách tham mưu giúp việc Tỉnh ủy," (001; HD 36's "Các ban, cơ quan tham mưu, giúp việc …").
    # Counter-example: the body's "… đề nghị các cơ quan, đơn vị, địa phương báo cáo …" after the list; and what follows
    # a recipient line closed by "." (NĐ 30: the last addressee ends the list with a period), should the list read on.
    addressed_to = record.evidence.get("recipients")
    addressed_end = -1
    if addressed_to is not None:
        closed = regex.search(r"\.[ \t]*(?:\n|$)", text.text[addressed_to.start : addressed_to.end])
        addressed_end = addressed_to.start + closed.end() if closed else addressed_to.end
    for si, sent in enumerate(sentences):
        if si in consumed or any(a <= sent.start < b for a, b in outline):
            continue
        if addressed_to is not None and addressed_to.start <= sent.start < addressed_end:
            continue  # RECIPIENT_LINE
        if text.text[sent.start : sent.end].rstrip().endswith(";") and paragraphs.listed_part(si):
            continue  # BODIES_BY_SEMICOLON: a body's name listed before the subject of the next sentence, no duty
        if named_kind_part(text.text, sent.start, sent.end):
            continue  # NAMED_KIND_LIST: "Cục trưởng các Cục: Y tế dự phòng; Quản lý Dược; …" names the Cục, no duty
        if _BASIS_CITATION_RE.match(text.text, sent.start, sent.end) and text.text[sent.start : sent.end].rstrip().endswith(";"):
            continue  # BASIS_CITATION
        block = st.block_at(sent.start)
        if block is not None and (
            st.blocks[block].table is not None
            or (st.blocks[block].heading and not (_lead_in_clause(st, block, sent) or _sentence_heading(st, block, sent) or _item_among_sentences(st, block, sent)))
        ):
            continue
        if _lists_shortcomings(st, block, sent):
            continue  # SHORTCOMINGS_LISTED
        who, duty_start, own = D.responsible_at(st, paragraphs, si, forms)
        if own and _noun_ask(text.fold[sent.start : sent.end], duty_start - sent.start):
            # "d) Khẩn trương rà soát, trình ban hành Nghị định … quy định việc giao các khu vực biển …" (c143):
            # the allocating "giao" of the duty names no one
            who, duty_start, own = D.heading_who(st, block) or D.plausible_who(paragraphs.inherited_who(si)), sent.start, False
        if own and _allocating_giao(text.fold, sent, duty_start):
            # ALLOCATING_GIAO: "… đất đã có quyết định thu hồi giao chủ đầu tư xây dựng KCN …" allots, asks no one
            who, duty_start, own = D.heading_who(st, block) or D.plausible_who(paragraphs.inherited_who(si)), sent.start, False
        opening = _imperative_opening(text.fold[sent.start : sent.end]) if not own else None  # read once for both tests
        if opening is not None and opening.group("bare_ask") is not None:
            duty_start = sent.start + opening.end("bare_ask")  # ASK_WITHOUT_BODY: the frame and the request word are no part of the duty
        elif opening is not None and duty_start > sent.start:
            # the sentence opens with its duty: a "name" found further on is a noun phrase before a
            # verb-like word ("… Chỉ thị số 11/CT-UBND … và các văn bản | hướng dẫn liên quan", n053)
            duty_start = sent.start
        wrapped = _subject_across_lines(st, sent)
        if wrapped is not None and (not own or _cut_short(who, wrapped[0]) or _cut_short(wrapped[0], who or "")):
            who, duty_start, own = wrapped[0], wrapped[1], True
        after = _late_subject(st, sent, own)
        if after is not None:
            who, duty_start, own = after[0], after[1], True
        labelled = _body_label(st, sent) if not own else None
        if labelled is not None:
            who, duty_start, own = labelled[0], labelled[1], True
        passive = _subject_before_passive_ask(st, sent) if not own else None
        if passive is not None:
            who, duty_start, own = passive[0], passive[1], True
        person = _person_subject(st, sent) if not own else None
        if person is not None:
            who, duty_start, own = person[0], person[1], True
        conditioned = _conditioned_duty(st, sent) if not own else None
        if conditioned is not None:
            duty_start = conditioned  # "Trường hợp phát sinh vướng mắc, | kịp thời tổng hợp, báo cáo …"
        if own and who is not None and GIAO_BAN_RE.search(text.fold, max(0, duty_start - 40), duty_start):
            # "Có cơ chế giao ban định kỳ hàng tuần …": a briefing, not "giao" + "ban …"
            who, duty_start, own = D.heading_who(st, block) or D.plausible_who(paragraphs.inherited_who(si)), sent.start, False
        if who is not None and own:
            who, duty_start = _whole_name(text.text, who, duty_start)
            who, duty_start = D.name_printed_whole(text.text, who, duty_start)
            who, duty_start = D.before_copula(text.text, who, sent.start, duty_start)
            who, duty_start = _group_list(text, who, duty_start)
            named_at = text.text.find(who, sent.start, duty_start)
            verb_at = _verb_before_colon(text.fold, named_at + len(who), duty_start) if named_at != -1 else None
            if verb_at is not None:
                duty_start = verb_at
        elif who is not None:
            who = _body_only(_heading_name(st, block, who))
        else:
            who = D.lead_in_addressees(st, block)
        def dated(s: int = sent.start, e: int = sent.end) -> bool:
            return any(p.date is not None for p in find_time_phrases(text.text, text.fold, record.date, doc_year, s, e))

        # RELAY_SENTENCE_ASKS: the relay's lead reports the issuer's act, and what it goes on to ask is the relayed
        # document's ask ("Liên đoàn Lao động tỉnh vừa có công văn gửi các cấp công đoàn thực hiện tốt …", probe pf17)
        relay_sentence = any(sent.start <= s < sent.end for s, _ in relays)
        if not relay_sentence and issuers_own(text.text[sent.start : sent.end], forms, doc_type, dated, functools.partial(asked_item, st, sent.start)) is not None:
            continue  # "Trung ương Đoàn TNCS Hồ Chí Minh thành lập Ban Tổ chức …" (c122): the issuer's own act
        asked_unit = lead_in_in_issuer_section(st, block, forms) if not own else None
        if asked_unit is not None:
            who = asked_unit  # LEAD_IN_IN_ISSUER_SECTION: "Giao Ban Mặt trận … ; chịu trách nhiệm tham mưu:" (c113)
        elif not own and under_issuer_heading(st, block, forms) and not _asks(text.fold[sent.start : sent.end]) and not dated():
            continue  # ISSUER_SECTION: "1. Trung ương Đoàn" / "Định kỳ tổ chức kiểm tra, giám sát …" (c118)
        if who is not None and name_key(who) in issuer:
            if own and not _asks(text.fold[sent.start : sent.end]):
                continue  # "Ban Bí thư Trung ương Đoàn định hướng …": the issuer's own words
            who, own = None, False  # under the issuer's own lead-in: no body named
        completes = _completing_lead_in(st, block) if not own else None
        if completes is not None and not everything and who is None and plan and not _has_time(st, sent) and _imperative(text.fold[sent.start : sent.end]):
            # PLAN_CONTENT_UNDER_TOPIC (session 36): a plan's content items under a topic lead-in ("a) Hoàn thiện thể
            # chế về chính sách ưu đãi người có công:" / "- Nghiên cứu, xây dựng ban hành Nghị định …", the check set's
            # qc01, a Prime Minister's plan: its "2. Giải pháp") name nobody and give no time, so are no duties
            # (annotations/README.md, "Not duties"); E4/E12 join an item to its lead-in only once it is a duty (n004
            # 8.1's items stand under the body's heading). Only items that are duty sentences of their own (E12's form):
            # an object completing its lead-in ("Điều 1. Tham mưu Ủy ban nhân dân tỉnh … quyết định:" / "- Phương án
            # phân bổ vốn …", E4) is the lead-in's duty. Counter-example: a body's section or a timed item.
            continue
        if completes is not None:
            duty_start = sent.start  # the whole item completes the lead-in: "+ Căn cứ tình hình thực tế …, quyết định …"
        given = _own_fields(st, block) if not own and who is None else {}
        if "lead" in given:
            who = lead_body(clean_value(text.text[given["lead"].start : given["lead"].end]))
        elif not own and who is None and (closing := _section_closing_lead(st, block)) is not None:
            who, given = lead_body(clean_value(text.text[closing.start : closing.end])), {"lead": closing}
        follows = block is not None and last_duty_block is not None and 0 <= block - last_duty_block <= 1 and st.blocks[block].marker is None
        if not everything and completes is None and not _is_duty(st, sent, who, own, addressed, plan, doc_type in GUIDE_KINDS, bool(given), follows):
            continue
        fold = text.fold[sent.start : sent.end]
        statement = block in statements and not _TURN_TO_DUTY_RE.search(fold)
        # TITLE_LINE_NO_DUTY: the line that opens with the document's type as read (a headerless text's title, "Thông
        # báo về việc đăng ký sửa chữa, nâng cấp hẻm …", probe pc21; header.py TITLE_LINE_TYPE) is its title, no duty
        if not everything and type_read is not None and type_read.start == sent.start:
            continue
        if not everything and (statement or (title is not None and title.start <= sent.start < title.end)) and not _asks(fold):
            continue  # what happened or how things stand (EVENT_NARRATIVE, PAST_PERIOD, SITUATION_PART); the title (TITLE)
        if not everything and block in quoted:
            continue  # another document's text (QUOTED_SPAN)
        if not everything and block in provisions and not _asks(fold):
            continue  # a cited provision's text (CITED_PROVISION); the letter's own ask inside it stays
        lead_cut: int | None = None
        if VETO_LEAD_IN_RE.search(fold.rstrip()) or (fold.rstrip().endswith(":") and _announces_items(st, block)):
            own_end = lead_in_own_duty(text.text[duty_start : sent.end]) if duty_start < sent.end else None
            if own_end is None:
                # LEAD_IN_OPENS_DUTIES: a lead-in that announces what follows ("Phó Thủ tướng … có ý kiến như sau:")
                # opens the operative part as a duty does (FOLLOWS_A_DUTY): the body + duty verb right after it is a
                # duty, its item marked or not. Dev c135 prints "- Ủy ban nhân dân tỉnh Bình Phước tiếp thu ý kiến …"
                # (a marked item, read so before); the unseen probe's pg19 prints the same opinion's item unmarked.
                # Counter-example: a fact after it ("UBND tỉnh đã ban hành …", VETO_DONE) stays none.
                last_duty_block = block
                continue  # a lead-in that only announces its items
            lead_cut = duty_start + own_end  # LEAD_IN_OWN_DUTY: "… tiếp tục thực hiện các văn bản chỉ đạo trên | và …"
        if block is not None and block in st.fields:
            continue  # "- Thời gian hoàn thành: …": an attribute of the item above
        # Veto NUMBERED_LEAD_FIELD: a numbered item that prints who leads or joins the work states no duty of its own:
        # "2.4. Đơn vị chủ trì thực hiện: Ban Tuyên giáo Trung ương Đoàn." (c125) read "Đơn vị" as a body and "chủ trì
        # thực hiện: …" as its duty; the field names the lead of the items above (``child_fields``). Counter-example:
        # "2.3. Tổ chức Vòng sơ khảo …" (an item with its own verb, no field's label).
        numbered_field = st.item_field(block) if block is not None and st.blocks[block].marker not in (None, "bullet", "plus") else None
        if numbered_field is not None and numbered_field[0] in ("lead", "cooperate"):
            continue
        if block is not None and block in covered_items and sent.start < covered_items[block]:
            continue  # its time came as a field: the deadline already states this duty
        item_fields = st.item_fields(block) if block is not None else {}
        lead = item_fields.get("lead")
        if lead is not None and not own:
            who = lead_body(clean_value(text.text[lead.start : lead.end]))
        if not own and CONTINUATION_RE.match(fold) and out and out[-1].evidence and st.block_at(out[-1].evidence.start) == block:
            continue  # "…; đồng thời gửi …": the same duty goes on
        end = lead_cut if lead_cut is not None else _clause_run_end(st, paragraphs, sentences, si, block, consumed, timed_split=completes is None)
        if not own and completes is None and lead_cut is None and D._LEAD_RE.fullmatch(text.text[sent.start : duty_start]):
            joined = _clause_run_start(st, paragraphs, sentences, si, block, taken | consumed)  # EARLIER_CLAUSES_JOIN
            if joined is not None and not (title is not None and joined < title.end and title.start < sent.start):
                duty_start = joined  # (not from the trích yếu: "V/v tập trung khắc phục hậu quả …; tiếp tục …", c146)
        stop = lead_cut if lead_cut is not None else sent.end  # the lead-in's announcing part holds no time of its duty
        paren = st.fields_paren(block) if block is not None else None
        if paren is not None and duty_start < paren.start < end:
            # FIELDS_IN_PARENTHESES: the item's closing parenthesis of fields gives who and when (``item_fields``),
            # no words of the duty: "… quản lý nhà nước (đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh; thời gian
            # hoàn thành: Trong tháng 8/2025)." → "… quản lý nhà nước"
            end, stop = paren.start, min(stop, paren.start)
        executed = execution_subject(who, text.text[max(sent.start, duty_start - 3) : duty_start], text.text[duty_start:end]) if own else None
        if executed is not None:
            who, duty_start = executed[0], duty_start + executed[1]  # EXECUTION_SUBJECT: the list runs to its duty form
        action = closing_condition_duty(D._trim_action(text.text[duty_start:end]))
        if (
            doc_type not in EXECUTION_KINDS
            and set(regex.findall(r"\p{L}+", action.lower(), flags=regex.V1)) <= GENERIC_DUTY_WORDS
            and not DECISION_ASK_RE.match(action)
            and not CHARGED_TO_EXECUTE_RE.match(action)
            and not closing_alone
        ):
            continue  # a closing formula: carry out the document
        if len(_words(action)) < ACTION_MIN_WORDS:
            continue
        # the standing times too ("theo thời gian quy định", T13/T2: a due, never a deadline)
        phrases = [
            p
            for p in find_time_phrases(text.text, text.fold, record.date, doc_year, sent.start, stop, standing=True)
            if p.when.kind in ("vague", "recurrence", "period") and not p.standing
        ]
        if not everything and phrases and all(D._covered_period(text, p, sent) for p in phrases) and not _asks(fold):
            # Veto COVERED_SPAN: the item gives only the span the reported figures cover, it asks no new work: "2. Về
            # mốc thời gian: Báo cáo thống kê số liệu tổng kết từ ngày 15/12/2024 đến ngày 14/12/2025." (n046, under
            # the letter's one request to report). Counter-example: "Các đơn vị báo cáo kết quả từ ngày 01/8/2023 đến
            # ngày 15/8/2023." (the time to report: data/duties.toml [covered_period]).
            continue
        # under a completing lead-in the item is the lead-in's object: a time inside it picks out which
        # thing and stays in the action (A4, T3: "kế hoạch đầu tư vốn, dự toán … hằng năm")
        # TIME_IN_DETAIL: an undated time after "trong đó" qualifies what the duty singles out, not the duty: "b) Xây
        # dựng tiến độ, kế hoạch triển khai thi công cụ thể gửi các đơn vị, …, trong đó lưu ý các vị trí triển khai thi
        # công trong tháng 4/2026; …" (n009: the plan has no due). Counter-example: "… hoàn thành trong tháng 4/2026"
        # (no "trong đó" before it: the duty's time). A dated one is the deadlines stage's.
        phrases = [p for p in phrases if not _DETAIL_BEFORE_RE.search(text.fold, max(duty_start, sent.start), p.start)]
        # TIME_IN_OPENING_PURPOSE: a time inside the purpose that opens the sentence before what it asks is the aim's,
        # not the duty's — the deadlines stage's veto (``D._in_a_clause``), asked of an obligation's due as well: "Để
        # đẩy nhanh tiến độ …, bảo đảm triển khai thi công các hạng mục theo kế hoạch trong tháng 4/2026 và các tháng
        # tiếp theo, UBND tỉnh yêu cầu các sở, … cần nâng cao trách nhiệm, …" (n009: no due); "… Để góp phần ổn định tư
        # tưởng, … trên địa bàn tỉnh trong tháng 7 năm 2020, Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương … tập trung
        # tuyên truyền …" (w041). Counter-example: a purpose after the duty keeps the sentence's time ("… di dời hệ
        # thống điện cao thế để bàn giao toàn bộ mặt bằng cho các dự án cao tốc trong tháng 11 năm 2024", c143: the
        # gold's time of the duty), and a time printed after the request is the duty's ("Để …, UBND tỉnh yêu cầu các sở
        # … hoàn thành hồ sơ trong tháng 4/2026"), as ``_in_a_clause`` reads them.
        phrases = [p for p in phrases if not D._in_a_clause(text, p, sent)]
        phrases = [p for p in phrases if not D.reported_period(text, p, sent)]  # REPORTED_PERIOD: the report's period
        # ANNIVERSARY_SPAN (the deadlines stage's veto, ``D.is_anniversary_span``), asked of an obligation's due as well:
        # "… kỷ niệm 80 năm Cách mạng tháng Tám thành công (19/8/1945 - 19/8/2025) và Quốc khánh …" names the day
        # commemorated, not the duty's time (session 42, an unseen Bộ VHTTDL plan: it was the item's due).
        phrases = [p for p in phrases if not D.is_anniversary_span(p)]
        # PAST_MEETING (``D._brought_to_meeting``): a meeting that already passed what the clause names is no time of the
        # duty ("… Luật … đã được Quốc hội biểu quyết thông qua tại Kỳ họp thứ 9"), for the obligation as for its deadline.
        phrases = [p for p in phrases if not (D._MEETING_POINT_RE.match(p.text) and not D._brought_to_meeting(text, p, sent))]
        # RECURRENCE_BEFORE_PASSIVE: a recurrence before a passive verb says how often something is done to the noun
        # before it, not when the duty is due — the deadlines stage's veto (``D._PASSIVE_AFTER_RE``), asked of an
        # obligation's due as well (T14: the noun phrase goes on after the time): "… đề xuất bố trí kinh phí thực hiện
        # các nhiệm vụ của kế hoạch trong dự toán ngân sách hằng năm được cấp có thẩm quyền giao" (n001: no due).
        # Counter-example: a recurrence before the duty's verb ("hằng năm, tham mưu …", n004) or after the object at the
        # clause's end ("báo cáo kết quả thực hiện Chương trình hằng năm và tổng kết …", n004) times the duty (T8).
        phrases = [p for p in phrases if not (p.when.kind == "recurrence" and D._PASSIVE_AFTER_RE.match(text.fold, p.end, sent.end))]
        # LEAVE_KIND (issue 11, session 28): "nghỉ hằng tuần", "nghỉ hằng năm" name kinds of leave (Bộ luật Lao động's
        # weekly and annual rest), not when the duty is due (T14: the noun phrase holds the time): "… căn cứ vào ngày
        # nghỉ hàng tuần để bố trí nghỉ bù cho phù hợp" (the unseen probe's pi17, a holiday notice: no due).
        # Counter-example: "… báo cáo kết quả hằng tuần" (n001's form: a recurrence after the duty's object times it).
        phrases = [p for p in phrases if not (p.when.kind == "recurrence" and _LEAVE_KIND_BEFORE_RE.search(text.fold, max(0, p.start - 12), p.start))]
        # PLAN_NOUN_RECURRENCE (``D.plan_noun_recurrence``, T14): "xây dựng kế hoạch thanh tra hàng năm …" names the plan
        phrases = [p for p in phrases if not D.plan_noun_recurrence(text, p, sent.start)]
        # CONDITION_OF_LAST_CLAUSE (data/dates.toml [on_condition]): a trailing "khi có đề nghị / yêu cầu của …" times
        # the duty when it closes the entry's one clause ("— Phối hợp cung cấp, rà soát thông tin sinh viên … khi có đề
        # nghị của Trung tâm Quản lý chất lượng.", c130 → `due`); after a ";" of the entry it closes the last clause
        # only and stays in the action ("…; phối hợp giải thích, đính chính bản án, quyết định và trả lời kiến nghị khi
        # có yêu cầu của cơ quan Thi hành án dân sự", n050). A ":" inside the entry opens its clauses as well ("… hoàn
        # thiện phương án hiệp đồng, … trong công tác phòng cháy, chữa cháy rừng: chủ động các phương án …, sẵn sàng huy
        # động lực lượng, … tham gia chữa cháy rừng khi có đề nghị của địa phương.", c146: `due` null).
        phrases = [p for p in phrases if not (p.on_condition and _CLAUSE_BREAK_RE.search(text.text, min(duty_start, p.start), p.start))]
        due = phrases[0] if phrases and completes is None else None
        item = _item_of(st, block)
        if item is not None and not own and due is None and item in first_of_item and not (_imperative(fold) or conditioned is not None):
            continue  # a later sentence that explains the item's duty ("Việc chuyển đổi phải …") stays out (E2)
        if completes is not None and item is not None and item in first_of_item and not _imperative(fold):
            continue  # E12: under a completing lead-in, only a later sentence with a duty verb of its own is an entry
        if item is not None:
            first_of_item.add(item)
        time_field = item_fields.get("time")
        if due is not None and due.start >= duty_start:
            # the rest of the clause run stays ("…; đồng thời gửi X biết, theo dõi", A20)
            rest = text.text[due.end : max(end, stop)]
            joint = "" if rest[:1] in ";,." else " "  # "… Bộ Công an; đồng thời …", not "Bộ Công an ; …"
            action = D._trim_action(text.text[duty_start : due.start].rstrip() + joint + rest) or action
        action = regex.sub(r"^[\W\d_]*(?:lần\b)?[\W\d_]*", "", action, flags=regex.V1)  # "/lần …" left of a cut-out time
        action = _TOPIC_LABEL_RE.sub("", action)  # "Về quản lý ngân sách nhà nước: Tập trung …"
        action = action.rstrip(" ./")
        action, considers = without_aims(without_duty_form(action))
        if completes is not None:
            action = f"{completes}: {action}"  # E4/E12: the lead-in as printed, then the item's sentence
        if len(_words(action)) < ACTION_MIN_WORDS:
            continue
        if (frame := _IMPLEMENTING_FRAME_RE.match(action)) is not None:
            comma = action.find(", ", frame.end())
            if comma == -1 or len(_words(action[comma + 2 :])) < ACTION_MIN_WORDS:
                continue  # veto IMPLEMENTING_FRAME
            action = action[comma + 2 :]  # the frame then its clause: what follows the comma is the sentence's own
        due_text = due.text if due else None
        if due is None and time_field is not None:
            due_text = clean_value(text.text[time_field.start : time_field.end])
        # only when the sentence gives no date: a dated duty's deadline holds its time (c111 "Thường xuyên theo
        # dõi các biểu thống kê … trước ngày 30/8/2023" is the deadline's one entry)
        bare = _BARE_RECURRENCE_RE.match(action) if due_text is None and not dated() else None
        if bare is not None:
            due_text, action = bare.group(1), action[bare.end() :]  # "Định kỳ | có cơ chế giao ban, …"
        if due_text is None and not dated():
            due_text, action = _mid_clause_due(action)
        taken.add(si)
        last_duty_block = st.block_at(max(end, sent.end) - 1)
        parallel = parallel_clause(action, who)  # PARALLEL_BODY_CLAUSE: "mỗi Khoa …, mỗi đơn vị … huy động …"
        shares = [(parallel[0], who), (parallel[2], parallel[1])] if parallel is not None else [(action, who)]
        for share, body in shares:
            destinations = D._deliver_to(share if parallel is not None else clean_value(text.text[duty_start:stop]))
            out.append(
                Obligation(
                    action=share,
                    responsible=body,
                    deliver_to=with_copies(share, D._destinations(share, body, destinations or considers)),
                    due=due_text,
                    date=None,
                    when=due.when if due else None,
                    sentence=clean_value(text.text[sent.start : sent.end]),
                    evidence=text.evidence(sent.start, max(end, sent.end)),  # the whole clause run (E14): its deadlines are inside
                )
            )
    return out


# CLOSING_CONDITION (issue 11, session 29, i29-action): a state letter's stock closing asks the recipients to carry the
# letter out and, on a condition, to report back: "Đề nghị … khẩn trương thực hiện các nội dung nêu trên, trong quá
# trình thực hiện nếu có khó khăn, vướng mắc kịp thời phản ánh qua Phòng Bổ trợ tư pháp - Sở Tư pháp để kịp thời xử lý
# theo quy định" (dev n024: its gold's entry is "kịp thời phản ánh qua Phòng …"). The first clause only restates the
# document (all its words GENERIC_DUTY_WORDS, the closing formula); the duty is the report-back after the condition,
# the condition dropped (README Obligations: conditional duties count, the condition is dropped from `action`).
# Counter-examples: a first clause with a duty of its own keeps the whole (README A5: a condition that governs only a
# later clause of a list of actions stays in place); a condition with no duty verb after it.
_CLOSING_CONDITION_RE = regex.compile(
    rf""",\s*
    (?:trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai|thực\s+hiện)(?:\s+(?:triển\s+khai|thực\s+hiện))?\s*,?\s*)?  # the course of the work
    (?:nếu|trường\s+hợp|khi)\s+(?:có|phát\s+sinh|gặp)\s+                 # the condition's opening
    (?:(?:những|các)\s+)?(?:khó\s+khăn|vướng\s+mắc)(?:\s*,\s*(?:khó\s+khăn|vướng\s+mắc))?  # its stock object
    (?:\s+phát\s+sinh)?\s*,?\s*
    (?:(?:đề\s+nghị|yêu\s+cầu)\s+)?                                         # an ask repeated
    (?=(?:{D._DUTY_VERBS})(?!\p{{L}}))                                       # the duty's verb""",
    regex.V1 | regex.I | regex.X,
)


def closing_condition_duty(action: str) -> str:
    """The report-back after a closing formula's condition (CLOSING_CONDITION), else ``action`` as it is.

    >>> closing_condition_duty("khẩn trương thực hiện các nội dung nêu trên, trong quá trình thực hiện nếu có khó khăn, vướng mắc kịp thời phản ánh về Sở")
    'kịp thời phản ánh về Sở'
    >>> closing_condition_duty("rà soát danh sách học sinh, nếu có khó khăn, vướng mắc kịp thời báo cáo về Sở")
    'rà soát danh sách học sinh, nếu có khó khăn, vướng mắc kịp thời báo cáo về Sở'
    """
    m = _CLOSING_CONDITION_RE.search(action)
    if m is None or not _words(action[: m.start()]) <= GENERIC_DUTY_WORDS or len(_words(action[m.end() :])) < ACTION_MIN_WORDS:
        return action
    return action[m.end() :]


# LEAVE_KIND: the word of leave right before a recurrence ("ngày nghỉ hàng tuần"): see its use in ``sentence_obligations``.
_LEAVE_KIND_BEFORE_RE = regex.compile(r"(?<!\p{L})nghỉ\s+$", regex.V1 | regex.I)


# PARALLEL_BODY_CLAUSE (issue 11, session 28): one sentence may hand two bodies of one kind each its own share, the
# second clause after a comma opening with a body of the first one's kind and its own duty verb: "… kêu gọi mỗi Khoa,
# Viện huy động tối thiểu 20 VĐV tham gia, mỗi đơn vị Phòng ban, Trung tâm huy động tối thiểu là 50% CBVC tham gia"
# (the unseen probe's pd11, set D), "UBND các phường Ngọc Lâm, Gia Thụy thực hiện đăng ký …, UBND các phường còn lại
# tự rà soát và đăng ký …" (pi03, set I): two duties, each of its own body (OUTPUT.md: one entry per duty and body).
# The kind is read from the first body's words: the distributive "mỗi / từng" (a body of the same kind follows), else
# its first two words as printed ("UBND các …"). Counter-examples: "Giao UBND huyện chủ trì, UBND các xã phối hợp"
# (the first two words differ: one duty, the second body cooperates), an object list after the verb ("…, các mô
# hình, điển hình …": no duty verb after the name), "phối hợp" after the second body (it helps with the first duty),
# and a first clause that directs others (DIRECTED_COMPLEMENT): a verb that takes a body and its verb as its object
# lists the bodies it directs, so the second one is the first one's object: "Chỉ đạo, kiểm tra, đôn đốc cơ quan chuyên
# môn thuộc Ủy ban nhân dân huyện, Ủy ban nhân dân cấp xã nghiêm túc thi hành …" (dev n050: one duty of the huyện).
# LIST_NOT_CLAUSE: a first clause that names a body itself (a destination, an object: "gửi báo cáo về Sở Nội vụ, Ủy ban
# nhân dân tỉnh theo dõi") may go on listing bodies after its comma; only a first clause that names none (quoted names
# aside: pi03's '"Phường văn minh đô thị"' is a title) is split.
_DISTRIBUTIVE_HEADS = ("mỗi", "từng")
_NAMES_A_BODY_RE = regex.compile(rf"(?<!\p{{L}}){D._ORG}", regex.V1 | regex.I)
_QUOTED_NAME_RE = regex.compile(r"[\"“][^\"“”]*[\"”]", regex.V1)
_DIRECTING_VERB_RE = regex.compile(
    r"(?<!\p{L})(?:chỉ\s+đạo|đôn\s+đốc|hướng\s+dẫn|yêu\s+cầu|đề\s+nghị|giao|phân\s+công|kêu\s+gọi|mời|phối\s+hợp\s+với)(?!\p{L})",
    regex.V1 | regex.I,
)
_PARALLEL_VERB_RE = regex.compile(rf"(?:{D._REFLEXIVE}|(?!phối\s+hợp)(?:{D._DUTY_VERBS}))(?!\p{{L}})", regex.V1 | regex.I)
# The second body's name: at most this many words (a name with a comma list of its own: "mỗi đơn vị Phòng ban, Trung tâm").
PARALLEL_NAME_MAX_WORDS = 8


def parallel_clause(action: str, who: str | None) -> tuple[str, str, str] | None:
    """The action split where a parallel clause hands a second body of the first one's kind its own duty
    (PARALLEL_BODY_CLAUSE): (the first action, the second body, the second action), else None.

    >>> parallel_clause("huy động 20 vận động viên tham gia, mỗi phòng ban huy động 10 cán bộ tham gia", "mỗi khoa")
    ('huy động 20 vận động viên tham gia', 'mỗi phòng ban', 'huy động 10 cán bộ tham gia')
    >>> parallel_clause("chủ trì, UBND các xã phối hợp thực hiện", "UBND huyện") is None
    True
    >>> parallel_clause("đôn đốc các phòng thuộc UBND huyện, UBND các xã thi hành bản án", "UBND các huyện") is None
    True
    >>> parallel_clause("gửi báo cáo về Sở Nội vụ, UBND các xã theo dõi", "UBND các huyện") is None
    True
    """
    if not who:
        return None
    words = who.split()
    head = words[0] if words[0].lower() in _DISTRIBUTIVE_HEADS else " ".join(words[:2]) if len(words) >= 2 else None
    if head is None:
        return None
    for m in regex.finditer(rf",\s+(?={regex.escape(head)}\s)", action, flags=regex.V1 | regex.I):
        rest = action[m.end() :]
        # the name runs to the first duty verb after its head, within PARALLEL_NAME_MAX_WORDS words
        for v in _PARALLEL_VERB_RE.finditer(rest, len(head)):
            name = rest[: v.start()].strip(" ,")
            if len(name.split()) > PARALLEL_NAME_MAX_WORDS or ";" in name or ":" in name:
                break
            if rest[v.start() - 1 : v.start()] != " " or D.plausible_who(name) != name:
                continue
            first = action[: m.start()].rstrip(" ,")
            second = rest[v.start() :].strip()
            if _DIRECTING_VERB_RE.search(first):
                return None  # DIRECTED_COMPLEMENT: the second body is what the first clause directs
            if _NAMES_A_BODY_RE.search(_QUOTED_NAME_RE.sub(" ", first)):
                return None  # LIST_NOT_CLAUSE: the comma may go on with the first clause's list of bodies
            if len(_words(first)) < ACTION_MIN_WORDS or len(_words(second)) < ACTION_MIN_WORDS:
                return None
            return first, name, second
    return None


# CLOSING_ASK (data/duties.toml [closing_ask]): an answer letter's closing formula asks the body it informs to act:
# "Cục Thuế trả lời để Thuế tỉnh Ninh Bình được biết và hướng dẫn doanh nghiệp thực hiện đúng quy định./." (n048:
# the letter's one duty, of "Thuế tỉnh Ninh Bình"). The shape is <issuer> [<courtesy>] <verb> để <X> [được] biết
# (,|và|để) <action>, the sentence's own end closing the action.
#
#   "Cục Thuế | trả lời | để | Thuế tỉnh Ninh Bình | được biết và | hướng dẫn doanh nghiệp thực hiện đúng quy định | ./."
#    issuer    verb            who                                  action
# CLOSING_ASK_WITHOUT_BIET (session 43): the body may be asked its act with no "biết" between: "Tổng cục Thuế thông báo
# để các Cục Thuế thông báo cho người nộp thuế biết và tổ chức thực hiện." (an unseen Tổng cục Thuế letter: the letter's
# closing duty was lost). Counter-example: "… thông báo để các cơ quan liên quan thực hiện ./." only restates "carry
# out the letter" (GENERIC_DUTY_WORDS: no entry).
@functools.lru_cache(maxsize=1)
def _closing_ask_head_re() -> regex.Pattern[str]:
    """The closing formula's head up to "để" (CLOSING_ASK_WITHOUT_BIET): the issuer, its verb, "để"."""
    words = duties().closing_ask
    return regex.compile(
        rf"^{LEADER}(?P<issuer>[^\s,;:.][^,;:.]{{0,80}}?)\s+(?:(?:{alternation(words.courtesy)})\s+)*(?:{alternation(words.verbs)})\s+(?:(?:đến|tới)\s+)?để\s+",
        regex.V1 | regex.I,
    )


_BIET_RE = regex.compile(r"(?<!\p{L})biết(?!\p{L})", regex.V1 | regex.I)


def _closing_ask_without_biet(sentence: str) -> tuple[str, str, int] | None:
    """CLOSING_ASK_WITHOUT_BIET (above): the body after "để" and the duty from the first lower-case duty verb after it."""
    head = _closing_ask_head_re().match(sentence)
    if head is None or D.plausible_who(clean_value(head.group("issuer"))) is None:
        return None
    verb = next((v for v in D._DUTY_VERB_RE.finditer(sentence, head.end()) if v.group()[0].islower()), None)
    if verb is None or ";" in sentence[head.end() : verb.start()] or _BIET_RE.search(sentence, head.end(), verb.start()):
        return None  # (a "biết" before the verb is the formula's own shape, read above)
    who = D.plausible_who(clean_value(sentence[head.end() : verb.start()]))
    action = clean_value(regex.sub(r"\s*(?:\./\.|\.)?[^\p{L}\d]*$", "", sentence[verb.start() :], flags=regex.V1))
    if who is None or not action or _words(action) <= GENERIC_DUTY_WORDS or len(_words(action)) < ACTION_MIN_WORDS:
        return None
    return who, action, verb.start()


@functools.lru_cache(maxsize=1)
def _closing_ask_re() -> regex.Pattern[str]:
    """The closing ask's grammar, its verbs and courtesy words from the vocabulary."""
    words = duties().closing_ask
    return regex.compile(
        rf"""^{LEADER}
        (?P<issuer>[^\s,;:.][^,;:.]{{0,80}}?)\s+                       # the issuer names itself: "Cục Thuế"
        (?:(?:{alternation(words.courtesy)})\s+)*                   # "trân trọng", "xin"
        (?:{alternation(words.verbs)})\s+(?:(?:đến|tới)\s+)?để\s+  # "trả lời để", "thông báo để"
        (?P<who>[^;:.]{{3,{D.RESPONSIBLE_MAX_CHARS}}}?)\s+             # the body informed: "Thuế tỉnh Ninh Bình"
        (?:được\s+)?biết(?!\p{{L}})                                  # "được biết", "biết"
        \s*(?:,|và(?!\p{{L}})|để(?!\p{{L}}))\s*                        # the joint: ", ", "và", "để"
        (?P<action>[^;]+?)                                          # what the body is to do
        \s*(?:\./\.|\.)?[^\p{{L}}\d]*$                                # the letter's "./." and any speck after it""",
        regex.V1 | regex.I | regex.X,
    )


# Veto INFORMING_CLOSE (session 37): the closing formula itself is the writer's act, never the writer's duty: "Cục Thuế
# tỉnh Bắc Ninh hướng dẫn để Công ty biết và thực hiện." (an unseen tax office's reply: "hướng dẫn" read as the issuer's
# duty), "Cục Thuế Thành phố Hà Nội thông báo để Chi nhánh Công ty … biết và thực biện." (an OCR copy: the generic
# "thực hiện" misread); what it asks of the body informed is read by ``closing_ask`` alone. Counter-example: "Cục Thuế
# trả lời để Thuế tỉnh Ninh Bình được biết và hướng dẫn doanh nghiệp thực hiện đúng quy định./." keeps its ask (n048).
# Veto CLOSING_BARE_VERBS: verbs with no object of their own take what the letter says as theirs, the body's own
# handling of the information, no duty: "Ban Thường vụ Liên đoàn Lao động tỉnh thông tin để Sở Nội vụ biết, tổng
# hợp." (n044, a reply to the request of Sở Nội vụ; gold: no duty). Counter-example: "hướng dẫn doanh nghiệp thực
# hiện đúng quy định" (n048: the verb's object is another body).
_CLOSING_BARE_VERBS_RE = regex.compile(rf"(?:{D._DUTY_VERBS})(?:\s*(?:,|và)\s*(?:{D._DUTY_VERBS}))*", regex.V1 | regex.I)


def closing_ask(sentence: str) -> tuple[str, str, int] | None:
    """The body and the duty an answer letter's closing formula asks (CLOSING_ASK), with where the action starts in
    ``sentence``; None when the sentence is no such formula, or its action only restates "carry out the letter"
    (its words all ``GENERIC_DUTY_WORDS``) or is a bare verb (CLOSING_BARE_VERBS).

    Args:
        sentence: the sentence as printed (or its matching shadow: the same length).

    Returns:
        (responsible, action, action's offset in ``sentence``) or None.

    Example:
        >>> closing_ask("Cục Thuế trả lời để Thuế tỉnh Ninh Bình được biết và hướng dẫn doanh nghiệp thực hiện đúng quy định./.")
        ('Thuế tỉnh Ninh Bình', 'hướng dẫn doanh nghiệp thực hiện đúng quy định', 53)
        >>> closing_ask("Bộ Nội vụ thông báo để Ủy ban nhân dân tỉnh, thành phố biết, thực hiện./.") is None
        True
    """
    m = _closing_ask_re().match(sentence)
    if m is None or D.plausible_who(clean_value(m.group("issuer"))) is None:
        return _closing_ask_without_biet(sentence)
    who = D.plausible_who(clean_value(m.group("who")))
    action = clean_value(m.group("action"))
    if who is None or not action or _words(action) <= GENERIC_DUTY_WORDS or _CLOSING_BARE_VERBS_RE.fullmatch(action):
        return _closing_ask_without_biet(sentence)
    if len(_words(action)) < ACTION_MIN_WORDS:
        return None
    return who, action, m.start("action")


def _closing_asks(st: Structure, start: int, end: int) -> list[Obligation]:
    """The duties the closing formulas of ``[start, end)`` ask (CLOSING_ASK). One the letter already asks of the same
    body is dropped by ``find_obligations``'s restatement test (``_restated``; OUTPUT.md: "a duty stated again later
    … is one entry"): the closing comes last, so the earlier statement is kept."""
    text = st.text
    out: list[Obligation] = []
    for sent in st.sentences_in(start, end):
        asked = closing_ask(text.text[sent.start : sent.end])
        if asked is None:
            continue
        who, action, at = asked
        sentence = clean_value(text.text[sent.start : sent.end])
        out.append(Obligation(action=action, responsible=who, sentence=sentence, evidence=text.evidence(sent.start + at, sent.end)))
    return out


def find_obligations(st: Structure, record: Directive, everything: bool = False) -> list[Obligation]:
    """Every duty: the deadlines, the task tables' rows, and the undated duties of the body.

    Args:
        st: the structure of the document.
        record: the record so far (deadlines, type, recipients, date).
        everything: keep the sentences the duty test rejects too (``candidate_obligations``).

    Returns:
        The obligations in text order, a duty stated twice kept once.
    """
    st = _with_repaired_cues(st)
    layout = st.layout
    dated = [from_deadline(d) for d in record.deadlines]
    covered = [(d.evidence.start if d.evidence else -1) for d in dated]
    found: list[Obligation] = list(dated)
    # the task tables' rows, and the attachments' labelled items read as rows (ATTACHED_FIELDS, ``D.field_rows``)
    rows_of = [D.table_rows(st, table, record) for table in st.tables if table.row_spans and table.row_spans[0].start >= layout.body_start]
    for rows_ in [*rows_of, D.field_rows(st, record), D.record_rows(st, record)]:
        for row in rows_:
            if not any(row.evidence and row.evidence.start == c for c in covered):
                o = from_deadline(row)  # an undated row: its destination by A26 too (no deadline to equal)
                found.append(o.model_copy(update={"deliver_to": destinations(o.action, o.responsible, o.deliver_to)}))
    zones = [(_address_start(st), layout.closing_start), *layout.issued]  # ISSUED_WITH_THE_DECISION
    for o in (o for start, end in zones for o in sentence_obligations(st, record, start, end, everything)):
        ev = o.evidence
        timed = [d for d in record.deadlines if ev is not None and d.evidence is not None and ev.start <= d.evidence.start < ev.end]
        if timed:
            rest = _clause_before_deadlines(st, o, timed)
            if rest is None:
                continue  # the sentence's dated duty is already a deadline
            o = rest
        found.append(o)
    for start, end in layout.duty_zones:
        found.extend(_closing_asks(st, start, end))  # CLOSING_ASK (a restatement dropped below)
    if not found and not everything:
        # CLOSING_FORMULA_ALONE: a closing formula ("đề nghị … quan tâm phối hợp triển khai thực hiện") is no entry
        # because it restates the items (README D1); a letter that asks nothing else has no items to restate, and its
        # formula is its one duty: the probe's pe19, a notice of the fire-danger level whose only ask is "đề nghị
        # <bodies> quan tâm phối hợp triển khai thực hiện./." Counter-example: with any other duty found the formula
        # stays out (c121, c130: README D1). Read as the others are: two formulas that restate each other are one.
        found.extend(sentence_obligations(st, record, _address_start(st), layout.closing_start, closing_alone=True))
    found.sort(key=lambda o: o.evidence.start if o.evidence else 0)
    rows = _row_keys(st)
    out: list[Obligation] = []
    keys = _RestatementKeys()  # RESTATEMENT_KEYS_ONCE
    in_rows = _rows_at(rows)
    for o in found:
        restated = _row_restating(rows, out, o, keys, in_rows)
        if restated is not None:
            locate_evidence(st, o)
            out[restated] = o  # ROW_RESTATES_INHERITED (E13)
            continue
        first = next(
            (k for k in out if _restated(o, k, keys) and not _other_rows(rows, o, k) and not _two_steps(st, o, k) and not _row_inside_sentence(o, k, keys, in_rows)),
            None,
        )
        if first is not None:
            if first.responsible is None and o.responsible is not None:
                first.responsible = o.responsible  # the restatement names who: "1.2. Công an tỉnh" / "Kiểm tra, đôn đốc …"
                locate_evidence(st, first)
            if _leading_adverb(first) and o.due is not None and o.date is None:
                # the restatement's fuller phrase: "thường xuyên" (a leading adverb, T1) in n001's text, "Thường xuyên
                # trong năm" in its task table
                first.due, first.when = o.due, o.when
            if first.date is None and (o.date is not None or (first.due is None and o.due is not None)):
                # the restatement is the timed one (a deadline: "…; báo cáo … tại Hội nghị giao ban ngày
                # 01/3/2024", 002; a plan's task table giving the time of a duty its text states, "Trong năm
                # 2026", n001; "… tại kỳ họp thứ 9"): every deadline is also an obligation, with its time
                first.date, first.due, first.when = o.date, o.due, o.when
                first.deliver_to = first.deliver_to or o.deliver_to  # and where it sends the result
            continue
        locate_evidence(st, o)
        out.append(o)
    return out


# ROW_RESTATES_INHERITED (annotations/README.md E13): a body sentence with no body of its own (its body is the
# lead-in's or the heading's) that a task table's row restates with its body is one entry, the row's. fresh31's qg01:
# the plan's bullet "Xây dựng Đề án về đổi mới, nâng cao hiệu quả công tác truyền thông, …" under "các bộ, cơ quan
# ngang bộ, … cần … thực hiện các nhiệm vụ sau đây" is its appendix's row 5, "Bộ Tài chính | … | Quý I/2027": one
# entry, the row's body and time. Counter-example: a sentence that names its own body ("Ủy ban nhân dân cấp tỉnh
# trình Hội đồng nhân dân cùng cấp bố trí ngân sách …", restated by row 3) stays an entry of its own.
def _own_body(o: Obligation) -> bool:
    """Whether the obligation's body is printed in its own sentence (not inherited from a lead-in or heading)."""
    return o.responsible is not None and o.sentence is not None and o.responsible.casefold() in o.sentence.casefold()


def _row_restating(
    rows: list[tuple[int, int, int, int]], out: list[Obligation], o: Obligation, keys: _RestatementKeys, in_rows: Callable[[int, bool], bool]
) -> int | None:
    """The index in ``out`` of the body sentence that the task-table row ``o`` restates (ROW_RESTATES_INHERITED),
    else None: a sentence from no row, with no body of its own, whose action the row's restates. ``in_rows(at,
    tables_only)`` says whether an offset lies in a row (read once per offset: ``_rows_at``)."""
    if o.evidence is None or not in_rows(o.evidence.start, True):
        return None
    for i, k in enumerate(out):
        if in_rows(k.evidence.start if k.evidence else -1, False) or _own_body(k):
            continue
        # both ways: a schedule's short row ("kiểm tra Sở Xây dựng") restates no long sentence that holds its words
        # ("Chuẩn bị xây dựng báo cáo theo nội dung đề cương kiểm tra …", n002)
        if k.due is None and _restated(o, k, keys, bodies=False) and _shares_most_both_ways(o, k, keys):
            return i
    return None


def _row_inside_sentence(o: Obligation, k: Obligation, keys: _RestatementKeys, in_rows: Callable[[int, bool], bool]) -> bool:
    """SHORT_ROW_IN_LONG_SENTENCE: a task table's short row whose words all stand in a long body sentence kept before
    it restates nothing (both ways, as ROW_RESTATES_INHERITED reads it): f41's rf02, the schedule's row "Trình Hội đồng
    thẩm định Quy hoạch | … | Vụ Vật liệu xây dựng" and the plan's item "Giao Vụ Vật liệu xây dựng là cơ quan tham
    mưu …; tham mưu thực hiện nhiệm vụ là cơ quan thường trực Hội đồng thẩm định …" (the item took the row's time and
    lost nothing else). Counter-example: a row that says most of what the sentence says restates it (n001's rows)."""
    if o.evidence is None or k.evidence is None or not in_rows(o.evidence.start, True) or in_rows(k.evidence.start, False):
        return False
    return not _shares_most_both_ways(o, k, keys)


def _shares_most_both_ways(a: Obligation, b: Obligation, keys: _RestatementKeys) -> bool:
    """Whether two actions share at least ``RESTATED_SHARE_OF_LONGER`` of the longer one's words: a row and a sentence
    restate each other only so (ROW_RESTATES_INHERITED, SHORT_ROW_IN_LONG_SENTENCE)."""
    wa, wb = keys.words(a.action), keys.words(b.action)
    return len(wa & wb) >= RESTATED_SHARE_OF_LONGER * max(len(wa), len(wb))


def _two_steps(st: Structure, a: Obligation, b: Obligation) -> bool:
    """SIBLING_ITEMS (``deadlines.sibling_items``) for two duties, where their list is one of duties: its lead-in asks
    for them or charges a body with them as steps (``asking_lead_in``, CHARGED_STEPS). Counter-examples: a decision's
    cited documents listed under "Bãi bỏ … tại các Quyết định:", each item read with the article's words in a copy whose
    line breaks were lost (scripts/variants.py run_in on c151: six entries of one sentence), and an OCR line whose dash
    is a speck ("- đầu tư công.", c142): restatements, merged as before."""
    if a.evidence is None or not D.sibling_items(st, a, b):
        return False
    lead = lead_in_line(st, a.evidence.start)
    return lead is not None and (asking_lead_in(st, a.evidence.start) is not None or charges_steps(lead))


def _rows_at(rows: list[tuple[int, int, int, int]]) -> Callable[[int, bool], bool]:
    """Whether an offset lies in one of ``rows`` (with ``tables_only``, in a task table's row, not an attachment's
    labelled item), each offset read once: ROW_RESTATES_INHERITED asks it of every duty kept for every row."""

    @functools.cache
    def in_rows(at: int, tables_only: bool) -> bool:
        return any(s <= at < e for s, e, t, _ in rows if t >= 0 or not tables_only)

    return in_rows


def _row_keys(st: Structure) -> list[tuple[int, int, int, int]]:
    """Each task-table row's span with its table family and a row key: (start, end, family, row), a table continued
    under its header on the next page being its first page's family; the attachments' labelled items (``D.field_items``)
    are the rows of one more table (index -1), the numbered field records of another (-2)."""
    # TABLE_GOES_ON_OVER_PAGES (session 39): a task table printed again under its header on the next page is the same
    # table's rows ("STT" / "Nhiệm vụ" / … over each page of an unseen Đề án's appendix: its rows 3 and 4, "Ban hành khung
    # chương trình … nhân lực quản lý nhà nước" and "… nhân lực nghiên cứu - phát triển", one page apart, were merged as
    # one duty restated). The tables with the same columns are one family; each row keeps its own key.
    family = [next(u for u in range(t + 1) if st.tables[u].roles == table.roles and st.tables[u].flattened == table.flattened) for t, table in enumerate(st.tables)]
    spans = [(t, span) for t, table in enumerate(st.tables) for span in table.row_spans]
    rows = [(span.start, span.end, family[t], k) for k, (t, span) in enumerate(spans)]  # (k: the row's index over all tables)
    records = [(st.blocks[a].start, st.blocks[b].end, -2, r) for r, (a, b, _) in enumerate(st.field_records())]  # NUMBERED_FIELD_RECORD
    return rows + [(st.blocks[i].start, end, -1, r) for r, (i, end) in enumerate(D.field_items(st))] + records


def _other_rows(rows: list[tuple[int, int, int, int]], a: Obligation, b: Obligation) -> bool:
    """Whether ``a`` and ``b`` come from two different rows of one table: a task table states one duty per
    row (OUTPUT.md), so two rows never restate each other, however alike their words ("Tham mưu ban hành Kế
    hoạch kiểm tra …" and "Tham mưu ban hành Kế hoạch tuyên truyền …", n001).

    >>> from directive_parser.record import Evidence
    >>> def at(n: int) -> Obligation:
    ...     return Obligation(action="x", evidence=Evidence(start=n, end=n + 1, text="x"))
    >>> rows = [(0, 10, 0, 0), (11, 20, 0, 1), (30, 40, 1, 0)]
    >>> _other_rows(rows, at(2), at(12)), _other_rows(rows, at(2), at(5)), _other_rows(rows, at(2), at(25))
    (True, False, False)
    """

    def key(o: Obligation) -> tuple[int, int] | None:
        at = o.evidence.start if o.evidence else -1
        return next(((t, r) for s, e, t, r in rows if s <= at < e), None)

    ka, kb = key(a), key(b)
    return ka is not None and kb is not None and ka[0] == kb[0] and ka != kb


# A clause kept before a deadline's clause is a duty of its own only when less than this share of its
# words is in the deadline's action (else it restates the deadline: "Tổ chức tập huấn ngày 11/7/2023"
# after "Tổ chức tập huấn cho cán bộ đoàn …").
CLAUSE_OWN_WORDS_MAX = 0.5


def _clause_before_deadlines(st: Structure, o: Obligation, timed: list[Deadline]) -> Obligation | None:
    """The part of a sentence's duty that its deadlines do not state, or None.

    A deadline may take only one clause of a sentence: "+ Phụ trách theo dõi, kiểm tra, thường
    xuyên đôn đốc các đơn vị … về tiến độ triển khai Phần mềm Quản lý đoàn viên, hàng tuần gửi báo
    cáo kết quả … về Ban Tổ chức để tổng hợp." (c111) is two duties: "gửi báo cáo …" (hàng tuần), the
    deadline, and "Phụ trách theo dõi, …" before its time, which no deadline states. The clause
    before the first deadline's time or action is kept, without a time, when it is long enough and
    is not the deadline's own action restated, and ends at a clause's comma or semicolon (a deadline
    whose action starts inside a word or after "và" leaves no clause of its own)."""
    text = st.text.text
    ev = o.evidence
    if ev is None:
        return None
    head = o.action[: min(len(o.action), 30)]
    a0 = text.find(head, ev.start, ev.end)
    if a0 == -1:
        return None
    cut = ev.end
    for d in timed:
        assert d.evidence is not None
        cut = min(cut, d.evidence.start)
        at = text.find(d.action[: min(len(d.action), 30)], a0, ev.end)
        if at != -1:
            cut = min(cut, at)
    if cut <= a0 or not text[a0:cut].rstrip().endswith((",", ";")):
        return None  # not a clause of its own: "… thực hiện đầy đủ trách | nhiệm …", "… và gửi báo cáo …"
    action = regex.sub(r"[\s,;:–-]*(?:và|đồng\s+thời)?[\s,;:–-]*$", "", D._trim_action(text[a0:cut]), flags=regex.V1 | regex.I)
    words = _words(action)
    if len(words) < ACTION_MIN_WORDS:
        return None
    if any(len(words & _words(d.action)) / len(words) >= CLAUSE_OWN_WORDS_MAX for d in timed):
        return None
    # LEADING_ADVERB_OF_CLAUSE (session 36): the clause kept before a deadline times itself as a sentence does, by its
    # leading "thường xuyên" / "định kỳ" (README T12) as well as by one inside it: "3. Bộ Nông nghiệp … và Trung ương
    # Đoàn … thường xuyên phối hợp trao đổi thông tin, định kỳ hàng quý, 1 năm làm việc để …" (the probe's qb04) →
    # due "thường xuyên", action "phối hợp trao đổi thông tin" (the action had kept the adverb, the due none).
    # Counter-example: "định kỳ 6 tháng …" with its period is the dates stage's time, not a bare adverb.
    bare = _BARE_RECURRENCE_RE.match(action)
    due: str | None
    if bare is not None:
        due, action = clean_value(bare.group(1)), action[bare.end() :]
    else:
        due, action = _mid_clause_due(action)  # MID_CLAUSE_ADVERB: "… kiểm tra, thường xuyên đôn đốc …" (c111) is timed
    return o.model_copy(update={"action": action, "due": due, "when": None, "deliver_to": destinations(action, o.responsible, D._deliver_to(action))})


# How far from its time phrase or sentence an obligation's action and body are looked for.
LOCATE_WINDOW = 1500


def locate_evidence(st: Structure, o: Obligation) -> None:
    """Where the obligation's action and responsible body are printed (for the page's highlights):
    the nearest occurrence of each value around the obligation's own evidence."""
    if o.evidence is None:
        return
    text = st.text.text
    lo = max(0, o.evidence.start - LOCATE_WINDOW)
    hi = min(len(text), o.evidence.end + LOCATE_WINDOW)
    for value, attr in ((o.action, "action_evidence"), (o.responsible, "responsible_evidence")):
        if not value:
            continue
        at = _find_as_printed(text, value, lo, hi, o.evidence.start)
        if at is not None:
            setattr(o, attr, st.text.evidence(at, at + len(value)))


def _find_as_printed(text: str, value: str, lo: int, hi: int, near: int) -> int | None:
    """The start of ``value`` in ``text[lo:hi]``: the last one before ``near`` (a body is named, and a
    duty stated, before its time), else the first after. A value broken across lines in the text
    (values have their whitespace collapsed) is not found."""
    before = text.rfind(value, lo, min(hi, near + len(value)))
    if before != -1:
        return before
    after = text.find(value, near, hi)
    return after if after != -1 else None


def candidate_obligations(st: Structure, record: Directive) -> list[Obligation]:
    """The obligations stage's candidates before its duty test: every deadline, table row and
    body sentence it would weigh, the rejected ones included (the trained model's input, issue 17).
    The deadlines stage must have run."""
    return find_obligations(st, record, everything=True)


# AFTER_EVENT_DUE (session 43): README T7, an event point is a time: the entry's `due` and a deadline with `date` null.
# "Sau khi <event>," opening a duty's sentence is one, printed before its body or its request: "Sau khi địa phương có báo
# cáo kết quả chi ngân sách …, Bộ Tài chính bổ sung hoặc thu hồi dự toán …" (f38's qz01), "- Sau khi được cấp có thẩm
# quyền cho thuê đất, cấp giấy chứng nhận … để thực hiện dự án đề nghị đơn vị sử dụng đất đúng ranh giới …" (f40's re05,
# f43's rl05, f44's rn03: a Sở's letters to mining companies), "Sau khi hoàn thành xây dựng cơ bản phải báo cáo chính
# quyền địa phương …" (f46's rs04, f47's rv03: investment approvals). The subject grammar already reads the frame as an
# opening adverbial and starts the duty after it; this step only gives the duty the point it left out, so no sentence is
# cut anew (session 42's grammar rule, AFTER_EVENT_OPENING, cut sentences at the point and lost more than it gained).
# The point runs to the comma before the body, or to the request or modal that opens the duty. Counter-examples: the
# issuer's consideration ("Sau khi nghe Bộ Kế hoạch và Đầu tư báo cáo, …", c142; data/dates.toml [events] considered),
# a point inside a clause after ";" (c130's "…; sau khi hoàn thành, gửi phiếu …": a step of a procedure, not the
# sentence's opening), and an entry that has a time of its own. Dev c135's gold reads "Sau khi Chính phủ biểu quyết thông
# qua, giao Bộ trưởng …" as a condition (its note calls it a judgement call): this rule times it, as T7 does.
_AFTER_EVENT_LEAD_RE = regex.compile(
    rf"[\s\-–+•*]*(?:(?:\d{{1,2}}|[a-zđ])[.)]\s*)?(?P<point>(?:ngay\s+)?sau\s+khi\s+(?!(?:{alternation(date_words().events.considered)})(?!\p{{L}}))[^.;:]{{3,200}}?)"
    rf"(?:\s+(?:{alternation(date_words().events.after_event_asks)})(?!\p{{L}})[^.;:]*$|\s*,(?P<rest>[^.;:,]*)$)",
    regex.V1 | regex.I,
)
# ... an aside closing the point is no part of it: "Sau khi địa phương có báo cáo kết quả chi ngân sách … cho người lao
# động (địa phương chịu trách nhiệm về tính chính xác của số liệu báo cáo), Bộ Tài chính …" (qz01)
_CLOSING_ASIDE_RE = regex.compile(r"\s*\([^()]*\)\s*$", regex.V1)


PRINTED_KEY_WORDS = 4  # a value's first words, to find where it is printed


def _printed_at(text: Text, value: str, pos: int, endpos: int) -> int | None:
    """Where ``value`` is printed in ``[pos, endpos)``, by its first words (its line breaks are spaces in the value)."""
    words = value.split()[:PRINTED_KEY_WORDS]
    found = regex.search(r"\s+".join(regex.escape(w) for w in words), text.text, pos=pos, endpos=endpos) if words else None
    return found.start() if found is not None else None


def _time_the_duty(st: Structure, record: Directive, o: Obligation, due: str, when: TimeExpression, date: dt.date | None, start: int, end: int) -> None:
    """Give ``o`` the time printed at ``[start, end)``, and its deadline (OUTPUT.md: a datable obligation is one)."""
    o.due, o.when, o.date = due, when, date
    record.deadlines.append(
        Deadline(date=date, action=o.action, responsible=o.responsible, deliver_to=o.deliver_to, text=due, when=when, sentence=o.sentence,
                 evidence=st.text.evidence(start, end))
    )


def _after_event_dues(st: Structure, record: Directive) -> None:
    """Give each duty whose sentence opens with an event point that point as its due, and a deadline (AFTER_EVENT_DUE)."""
    text = st.text
    for o in record.obligations:
        if o.due is not None or o.evidence is None or (sent := st.sentence_at(o.evidence.start)) is None:
            continue
        if "khi" not in text.fold[sent.start : sent.end]:
            continue  # (the cheap test first)
        at = _printed_at(text, o.action, sent.start, sent.end)
        if at is None or at <= sent.start:
            continue
        m = _AFTER_EVENT_LEAD_RE.match(text.fold, sent.start, at)
        if m is None:
            continue
        end = m.end("point")
        if (aside := _CLOSING_ASIDE_RE.search(text.text, m.start("point"), end)) is not None:
            end = aside.start()
        while end > m.start("point") and text.text[end - 1] in " ,\t\n":
            end -= 1  # the comma before the request ("Sau khi …, giao …") is no part of the point
        _time_the_duty(st, record, o, clean_value(text.text[m.start("point") : end]), TimeExpression(kind="vague"), None, m.start("point"), end)


# LIST_TIME_FRAME_DUE (session 43): a time that opens a list of bodies joined by ";" times the duty after the list's
# last body: "Trong năm 2022, các bộ, ngành; các cấp chính quyền địa phương; các tập đoàn kinh tế, … và các cơ quan, tổ
# chức liên quan hoàn thành việc phổ biến …" (f46's rs01, a Government resolution). The sentence is cut at each ";" (the
# list's parts, BODIES_BY_SEMICOLON), so the deadlines stage reads the time alone in the first part, with no duty; the
# responsible is read over the parts (SUBJECT_LIST_BY_SEMICOLON, LIST_AFTER_A_TIME_FRAME), and the frame before it gives
# the due here. Only a responsible listed by ";" (a time in the duty's own sentence is the deadlines stage's).
LIST_FRAME_LOOKBACK = 600  # how far before the duty's evidence its list of bodies may open (characters)


def _list_frame_dues(st: Structure, record: Directive) -> None:
    """Give a duty of a list of bodies by ";" the time that opens the list (LIST_TIME_FRAME_DUE), and its deadline."""
    text = st.text
    doc_year = record.date_partial.year if record.date_partial else None
    for o in record.obligations:
        if o.due is not None or o.responsible is None or ";" not in o.responsible or o.evidence is None:
            continue
        named = _printed_at(text, o.responsible, max(0, o.evidence.start - LIST_FRAME_LOOKBACK), o.evidence.end)
        if named is None:
            continue
        frame = D.list_time_frame(text.text, text.text.rfind("\n", 0, named) + 1, named)
        if frame is None:
            continue
        phrases = find_time_phrases(text.text, text.fold, record.date, doc_year, frame[0], frame[1])
        if phrases:
            p = phrases[0]
            _time_the_duty(st, record, o, p.text, p.when, p.date, p.start, p.end)



def extract_structured(st: Structure, record: Directive) -> None:
    """Fill ``record.obligations`` (the deadlines stage must have run).

    Args:
        st: the document's structure.
        record: the record to fill.
    """
    record.obligations = find_obligations(st, record)
    _after_event_dues(st, record)
    _list_frame_dues(st, record)
