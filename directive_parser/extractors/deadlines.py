"""Deadlines: every obligation the text ties to a time, with what, who, to whom and when.

The time phrases come from ``dates.find_time_phrases``; this stage decides which of them are
obligations and reads the rest of the sentence around each:

* a date of a cited document ("Nghị quyết số 08-NQ/TU ngày 06/12/2022 của …"), a date before
  the document's own date (it reports the past), or a date in a sentence about what was done
  ("đã ban hành") is not a deadline;
* ``responsible`` is the addressee of "đề nghị/yêu cầu/giao X …", or the group that opens the
  paragraph ("1. Đối với các quận ủy, huyện ủy …: …"), or the subject that opens the sentence;
* ``deliver_to`` is the target of "gửi … về X" / "báo cáo về X";
* ``action`` is the duty as printed, the stretch of the sentence that goes with the time;
* the same obligation stated twice (body and closing) is kept once.

Sentences are the structure layer's (``Structure.sentences``: one splitter for the package); a
duty stated over clauses joined by ";" is read back across them (``Paragraphs.clause_start``).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import weakref
from collections.abc import Callable, Iterator

import regex

from .. import patterns as P
from ..dates import (
    TimePhrase,
    copular_limit,
    date_words,
    day_without_its_year,
    find_time_phrases,
    forget_time_phrases,
    repair_ocr,
    without_completion,
)
from ..normalize import fold
from ..record import Deadline, Directive, Obligation, TimeExpression
from ..roles import ESIGN_MARK_RE, is_esign
from ..source import Text
from ..structure import (
    BULLET,
    BULLET_CHARS,
    CAPS_HEADING_LEVEL,
    FLAT_ROW_NUMBER_RE,
    ITEM_NUMBER,
    LEADER,
    LETTER,
    LETTER_DOT,
    NUMBER,
    YEAR_RANGE_TAIL,
    Sentence,
    Span,
    Structure,
    Table,
    column_role,
    is_column_numbers,
    names_a_group,
    opens_with_a_body,
    structure_words,
)
from ..values import clean_value
from ..vocabulary import alternation, duties, vocabulary
from .own_acts import asked_item, body_words, is_issuer, issuer_forms, issuers_own, printed_names

# An action longer than this many characters is cut at a word boundary (a task cell or an item of
# several clauses is kept whole below it: the gold and OUTPUT.md take the duty "as printed").
# WHOLE_LONG_ITEM (session 18): the README takes the action "to the end of its clause or list item", and
# a task cell or item of several sentences or clauses runs past 500 characters (22 dev gold obligations
# in 14 documents, the longest 870): n006's cell "Khẩn trương định danh vị trí việc làm, biên chế phù hợp,
# … Phối hợp Công an tỉnh để cấp con dấu … Cập nhật dữ liệu về cán bộ, công chức, viên chức … theo hướng
# dẫn của Bộ Nội vụ" (610 characters) was cut at 500, mid-sentence. The bound stays as a guard against a
# run-on stretch (a lost sentence end, a page of text with no stop), not as the measure of a duty.
ACTION_MAX_CHARS = 1000
# An action is read from at most this many characters of its stretch (the lead-in it drops is at
# most ~260): the to-do line keeps ACTION_MAX_CHARS of it anyway.
ACTION_SOURCE_MAX_CHARS = 4 * ACTION_MAX_CHARS
# Time-cue glue at the end of an action (", thời gian hoàn thành") lies within this many characters.
ACTION_GLUE_TAIL = 64
# A "responsible" group longer than this is a run-on clause, not a group name. LONG_ADDRESSEE_LIST allows 60 words
# (``WHO_MAX_WORDS``), and a Quyết định's execution article prints that many in some 330 characters: "Điều 3. Chánh Văn
# phòng, Cục trưởng Cục Khoa học, Công nghệ và Thông tin, Vụ trưởng …, các thành viên Ban Chủ nhiệm Chương trình và tổ
# chức, cá nhân liên quan chịu trách nhiệm thi hành Quyết định này" (c155; 250 characters cut it, session 27: it was
# read only while "Chương | trình" was taken for the verb "trình", COMPOUND_NOUN_SYLLABLE).
RESPONSIBLE_MAX_CHARS = 400
# How far back (paragraphs) a list item looks for the heading or lead-in naming its group.
HEADING_LOOKBACK_PARAGRAPHS = 40
# An action needs at least this many words to be a duty rather than a fragment ("Sở Nội vụ:").
ACTION_MIN_WORDS = 3
# Time phrases looked back at for one that runs past a sentence's start (a span cut by a blank line).
SPANNING_LOOKBACK = 3
# A field label before a time: a short noun phrase and a colon ("Nội dung:", "- Chỉ tiêu:").
_FIELD_LABEL_RE = regex.compile(rf"{LEADER}(?:{ITEM_NUMBER}\s*)?(?-i:\p{{Lu}})\p{{L}}*(?:\s+\p{{L}}+){{0,2}}\s*:\s*", regex.V1)
# ... and the clause after the time that makes it a label rather than a schedule step's name.
LABEL_CLAUSE_MIN_WORDS = 3
# A lead-in over a run of fields states a duty of at least this many words ("Nội dung cụ thể như
# sau:" states none).
LEAD_IN_MIN_WORDS = 5
# A time line whose action is at most this many words and opens the duty just before it repeats it.
ECHO_MAX_WORDS = 4
# A verb that stands for the duty asked before it: "Các đơn vị thực hiện trước ngày 24/3/2016." (w015).
_PRO_FORM_RE = regex.compile(r"(?:triển\s+khai\s+)?thực\s+hiện(?:\s+nghiêm\s+túc)?", regex.V1 | regex.I)
# COMPLETION_LABEL: the completion may be printed as a time label, "Thời gian hoàn thành việc <verb>, <time>" (probe
# pb15's form; the corpus's own "Thời gian hoàn thành: <time>" lines time the item above them, n006), and names the
# duty before it by its verb all the same. Counter-example: a label that names no verb of that duty ("Thời gian hoàn
# thành ban hành kế hoạch …" after "… có trách nhiệm xây dựng kế hoạch …", n001: "ban hành" is not in it) stays.
_COMPLETION_LABEL = r"(?:thời\s+(?:gian|hạn)\s+)"
# "Hoàn thành (việc) <verb>": a time line that completes the duty before it, naming only its verb.
_COMPLETION_RE = regex.compile(
    rf"{_COMPLETION_LABEL}?(?:hoàn\s+thành|thực\s+hiện\s+xong)(?:\s+việc)?\s+(?P<rest>\p{{L}}.*)", regex.V1 | regex.I
)
# A completion that reports (README E7: "Hoàn thành và báo cáo … (về) X trước ngày …"), not one that only completes
# ("Hoàn thành việc phê duyệt trong tháng 4/2026", n009 4 c): E7's counter-example.
_REPORTS_RE = regex.compile(r"(?<!\p{L})báo\s+cáo(?!\p{L})", regex.V1 | regex.I)
_COMPLETION_LABEL_RE = regex.compile(rf"^{_COMPLETION_LABEL}(?=hoàn\s+thành|thực\s+hiện\s+xong)", regex.V1 | regex.I)
# Two statements of one obligation share at least this share of their action words.
DUPLICATE_OVERLAP = 0.5

# ============================================================================================
# Sentences
# ============================================================================================

# One sentence splitter for every extractor: the structure layer's (long runs cut there).
# ============================================================================================
# Who, what, to whom
# ============================================================================================

# Verbs that open a duty; where a responsible group ends and the action begins.
_DUTY_VERBS = duties().verbs_pattern()
# The same where a duty opens (after its marker, label or adverbial), the verbs that also print in names
# in either case (data [duty_verbs] in_names: "Thi hành nghiêm chỉnh …" opens a duty, "cơ quan Thi hành án
# dân sự" names a body).
_OPENING_VERBS = duties().opening_verbs_pattern()
# One of them, as a word.
_DUTY_VERB_RE = regex.compile(rf"(?<!\p{{L}})(?:{_DUTY_VERBS})(?!\p{{L}})", regex.V1 | regex.I)
# Words that open the name of a body or a group of bodies: "Ban Tổ chức", "Các tỉnh, thành đoàn",
# "Bộ Xây dựng", "UBND tỉnh", "MTTQ và các tổ chức chính trị - xã hội", "Trung ương Đoàn".
# A word that opens a body's name but also an ordinary phrase is excluded there: "Tổ chức hội
# nghị" (a duty), "Ban hành", "Hội nghị", "Báo cáo", "Phòng, chống", "Trường hợp", "Khoa học".
_ORG = duties().openers_pattern()
# A group does not end on a word that needs a noun after it: "MTTQ và các | tổ chức chính trị"
# is not the subject "MTTQ và các" before the verb "tổ chức".
# Nor on "công" before "lập": "đơn vị sự nghiệp công lập" (public service units) is one term, its "lập" no duty verb
# ("Yêu cầu Thủ trưởng các sở, ban ngành, đơn vị sự nghiệp công lập, doanh | nghiệp nhà nước thuộc tỉnh; …", n053);
# counter-example: "các đơn vị thi công lập hồ sơ" (the construction units draw up the file).
# WHO_CLOSES_ITS_PARENTHESIS: nor inside a parenthesis that qualifies it, whose verb is no duty: "đề nghị Ban Thường vụ
# các tỉnh, thành đoàn (có cán bộ của Trung ương Đoàn về địa phương thực hiện nhiệm vụ đi cơ sở) tổng hợp danh sách …"
# (the unseen set's qb01) names the bodies with their parenthesis, the duty is "tổng hợp danh sách …" (issue 11: "a
# closing parenthesis lost"). Counter-example: a parenthesis after the duty's verb ("… tổng hợp (theo mẫu) …").
# NOUN_IN_A_LIST_OF_BODIES: nor before "tổ chức" listed between commas, the noun ("organisation") of the stock list
# "cơ quan, tổ chức, địa phương / cá nhân / đơn vị": "Bộ Tư pháp trân trọng đề nghị Quý cơ quan, tổ chức, địa phương có
# ý kiến …" (the unseen set's qe07: the group cut to "Quý cơ quan", the duty read as "tổ chức, địa phương có ý kiến").
# Counter-example: "Sở Nội vụ tổ chức hội nghị, …" (the verb, no comma after it).
# PASSIVE_IN_SUBJECT (session 35): nor on the passive "được" when the sentence charges its subject later ("chịu / có
# trách nhiệm"): the participle's clause picks out which bodies, "Điều 2. Các cơ quan, đơn vị, địa phương được | phân
# bổ danh mục và kế hoạch vốn năm 2023 nêu tại Điều 1 Quyết định này chịu trách nhiệm tổ chức thực hiện …" (an unseen
# decision of fresh31: the bodies were cut before "phân bổ", the duty read as the allocation, then vetoed as a benefit).
# Counter-example: without a charge after it, "Các đơn vị được | phép tổ chức …" stays a permission (VETO_EXEMPTION).
_PASSIVE_CHARGED_LATER = r"(?<!\sđược(?=[^;:.\n]{0,240}?\s(?:chịu|có)\s+trách\s+nhiệm(?!\p{L})))"
# ASSIGNED_TO_A_FIELD (session 41): nor on "được phân công / được giao / được cử" before "phụ trách": a person is named by
# the field they were assigned, "Giao Phó Trưởng phòng được phân công phụ trách lĩnh vực khoáng sản và Chuyên viên thuộc
# Phòng … kiểm tra …" (f44's rn02, a Sở's decision: the name was cut at "phụ trách", read as the duty). Counter-example:
# "Sở Xây dựng được giao hướng dẫn …" (ASSIGNED_AFTER_BODY: another verb after "được giao" is the charge).
_ASSIGNED_TO_A_FIELD = r"(?<!\sđược\s+(?:phân\s+công|giao|cử)(?=\s+phụ\s+trách(?!\p{L})))"
_WHO_END = (
    r"(?<!\s(?:và|các|những|của|với|cho))(?<!(?<!thi)\scông(?=\s+lập(?!\p{L})))(?![^()\n]{0,200}\))(?![\s,]+tổ\s+chức\s*,)"
    + _PASSIVE_CHARGED_LATER
    + _ASSIGNED_TO_A_FIELD
)
# Words between a group and its duty that are not part of the group: "X căn cứ chức năng …",
# "X nghiêm túc triển khai", "X cần …", "X có trách nhiệm …", the auxiliary "có" before a duty verb
# ("Trung ương Đoàn có phân bổ chỉ tiêu cụ thể …", c121: the name ends before "có"); not the modal "có thể"
# ("Ban Bí thư Trung ương Đoàn có thể điều chỉnh …", c121: what a body may do is no duty).
# "tự" before a duty verb (data/duties.toml [reflexive]): "UBND tỉnh tự đánh giá …" names "UBND tỉnh".
_REFLEXIVE = rf"(?<!(?<!\p{{L}})(?:{alternation(duties().reflexive.not_after)})\s)(?:{alternation(duties().reflexive.words)})\s+(?:{_DUTY_VERBS})"
# NEGATED_DUTY (i17-olang): "không" + a duty verb opens the duty, not the subject's last word: "Đề nghị các sở, ban,
# ngành không tổ chức tiệc chiêu đãi." → who "các sở, ban, ngành", action "không tổ chức …" (n038's gold keeps the
# negation: "không đề ký thay …"). Counter-example: "không phải / không cần + verb" (an exemption, obligations.py
# VETO_EXEMPTION), "không được" (VETO_PERMISSION).
# MODAL_AFTER_BODY: the modals of obligation stand between the body and its action as "phải" and "cần" do, "bắt buộc
# (phải)" and "tối thiểu" + a duty verb (the least the body must do): the probe's pb21 "Mỗi chi Đoàn sinh viên năm thứ
# I … bắt buộc có ít nhất 1 đội tuyển … tham gia hội thi" (the name ran on to "đội tuyển"), "Mỗi CLB, đội, nhóm cấp
# trường tối thiểu tham gia 1 đội" (the name took "tối thiểu"); the action starts after the modal (data/duties.toml
# [duty_forms]). Counter-example: "tối thiểu" before a figure ("đạt tối thiểu 80%", "Tối thiểu 20% cơ quan …": no verb
# after it) is a quota's, no modal; "cơ sở cai nghiện bắt buộc" (an adjective: no verb or "có" after it).
MODAL_AFTER_BODY = rf"bắt\s+buộc(?=\s+(?:phải|có|{_DUTY_VERBS})(?!\p{{L}}))|tối\s+thiểu(?=\s+(?:{_DUTY_VERBS})(?!\p{{L}}))"
# ASSIGNS_OWN_STAFF (issue 11, session 27): "phân công" + the body's own staff or rota ("lãnh đạo", "cán bộ", "lực
# lượng", "trực", data/duties.toml [duty_verbs] own_staff) is the body's own duty verb, no request naming a new body:
# "- Phân công lãnh đạo theo dõi tiến độ thực hiện dự án …" (dev c142) is a duty of "các bộ, ngành, địa phương", not
# of "lãnh đạo"; "UBND các xã … phân công lãnh đạo, nhân viên trực …" (the unseen probe's pi13) names "UBND các xã".
# Counter-example: "phân công Sở Tài chính chủ trì …" asks the Sở (``_ASK_RE``'s "phân công" stands).
_OWN_STAFF = rf"\s+(?:{alternation(duties().duty_verbs.own_staff)})(?!\p{{L}})"
ASSIGNS_OWN_STAFF = rf"phân\s+công(?={_OWN_STAFF})"
# ASSIGNED_AFTER_BODY (issue 11, session 29): "X được giao + duty verb" is NĐ 30's passive of the issuer's charge ("Sở Xây
# dựng được giao hướng dẫn …"), the twin of "X có trách nhiệm + verb": the name ends before "được giao", which A11 drops
# from the action ([duty_forms]). Dev texts print it as scripts/variants.py ``duty_assigned`` writes it ("Sở Nội vụ
# được giao giúp …" for n001's "có trách nhiệm"). Counter-examples: "được giao" before a noun ("các đơn vị được giao
# nhiệm vụ …", "chỉ tiêu được giao"): no duty verb right after it (or A11's "giúp", n001's "có trách nhiệm giúp …"), the
# form does not stand; nor after the noun it qualifies ("theo chức năng, nhiệm vụ, thẩm quyền được giao chủ trì, phối
# hợp …", dev c148 2.: the powers assigned, "chủ trì" the verb; the first version cut the name there, a dev loss).
_ASSIGNED_NOUN = r"(?:nhiệm\s+vụ|th[ẩâ]m\s+quyền|quyền\s+hạn|chức\s+năng|chỉ\s+tiêu|phạm\s+vi|lĩnh\s+vực|địa\s+bàn)"
ASSIGNED_AFTER_BODY = rf"(?<!{_ASSIGNED_NOUN}\s+)được\s+giao(?=\s+(?!phụ\s+trách)(?:{_DUTY_VERBS}|giúp)(?!\p{{L}}))"
# PARTY_ORGANISATION_NOUN (issue 11, session 29): "tổ chức" before "đảng", "cơ sở đảng", "chính trị - xã hội", "công
# đoàn" … (data/duties.toml [organisation_nouns]) is a noun naming bodies, not the verb "tổ chức" (to organise): HD
# 36's stock subject "Các cấp ủy, tổ chức đảng lãnh đạo, chỉ đạo …" names "Các cấp ủy, tổ chức đảng" (was "Các cấp
# ủy", the action "tổ chức đảng lãnh đạo …"); dev n004 "… các cấp ủy, tổ chức đảng, các tổ chức chính trị xã hội và
# cộng đồng cần xác định …", n038 "cấp uỷ, cơ quan, tổ chức đảng phải thống nhất …". Counter-example: "tổ chức" before
# anything else is the verb ("Các cấp ủy tổ chức quán triệt …", "Sở Y tế tổ chức hội nghị …").
ORGANISATION_NOUN = rf"(?<!\p{{L}})tổ\s+chức\s+(?:{alternation(duties().organisation_nouns.words)})(?!\p{{L}})"
_AFTER_WHO = rf"(?!{ORGANISATION_NOUN})(?:{_REFLEXIVE}|{_DUTY_VERBS}|{ASSIGNS_OWN_STAFF}|không\s+(?:{_DUTY_VERBS})|căn\s+cứ|nghiêm\s+túc|cần|phải|{MODAL_AFTER_BODY}|có\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|{ASSIGNED_AFTER_BODY}|có\s+(?:{_DUTY_VERBS})|tập\s+trung|sớm)\b"
# FUNCTION_LEAD_AFTER_BODY (issue 11, session 29): NĐ 30's stock lead "theo chức năng, nhiệm vụ (, quyền hạn | thẩm
# quyền) (được giao | của mình)," printed between the bodies and their verb is no part of their name, and a
# prepositional lead is no part of the action (README A1: "Theo chức năng, nhiệm vụ (được giao/của mình) …" is cut):
# "Sở Thông tin và Truyền thông, Sở Tài chính theo chức năng, nhiệm vụ, hướng dẫn các đơn vị sử dụng chữ ký số …" →
# "Sở Thông tin và Truyền thông, Sở Tài chính", "hướng dẫn …" (the name held the lead); dev c148 2. "Bộ Công an, Bộ
# Quốc phòng, Bộ Ngoại giao theo chức năng, nhiệm vụ, thâm quyền được giao chủ trì, phối hợp …" (gold: the three
# Bộ). Read where the name meets its verb (``_SUBJECT_RE``, ``_ASK_RE``: "đề nghị các sở, ngành theo chức năng, nhiệm
# vụ được giao, chủ động …"). Counter-example: "căn cứ chức năng, nhiệm vụ" after the body is the body's act and starts the action (A1, 004).
# FIELD_OF_CHARGE_LEAD (session 32): its twin by the field each body has in charge, "theo lĩnh vực (được giao) phụ
# trách", "theo địa bàn quản lý": "Đề nghị các Ban HĐND Thành phố theo lĩnh vực phụ trách tiếp tục chủ động tham mưu …"
# (an unseen council office's conclusions: was "các Ban HĐND Thành phố theo lĩnh vực" | "phụ trách tiếp tục …").
FUNCTION_LEAD_AFTER_BODY = (
    r"(?:(?:(?:theo|trong\s+phạm\s+vi)\s+chức\s+năng,?\s+nhiệm\s+vụ(?:,?\s+(?:quyền\s+hạn|th[ẩâ]m\s+quyền))?"
    r"(?:\s+(?:được\s+giao|của\s+mình|của\s+(?:cơ\s+quan|đơn\s+vị|ngành)))?"
    r"|theo\s+(?:lĩnh\s+vực|địa\s+bàn|ngành)(?:\s+được\s+giao)?\s+(?:phụ\s+trách|quản\s+lý))\s*,?\s+)?"
)
# A lead-in adverbial before the subject: "Căn cứ tình hình thực tế và trên cơ sở chức năng,
# nhiệm vụ, MTTQ và … xây dựng …" -> the subject starts at "MTTQ". So does a connective that ties a
# later sentence of an item to the one before: "— Bước 1: Phòng Đào tạo cung cấp danh sách sinh viên … .
# Từ đó, Trung tâm Quản lý chất lượng chuẩn bị dữ liệu phục vụ chọn mẫu khảo sát." (c130), "Sau đó, …",
# "Ngoài ra, …", "Bên cạnh đó, …".
# SETTING_BEFORE_SUBJECT: so does a time span that sets the duty, "Trong thời gian …," (the obligations stage's
# _SETTING_RE reads it so: "Trong thời gian chưa xác định ranh giới …, Ủy ban nhân dân tỉnh Sóc Trăng chỉ triển khai …",
# dev c143); a timed sentence is read by this grammar, so "Trong thời gian lấy ý kiến …, UBND các xã … gửi về … trước
# ngày …" (the unseen probe's pe03 form) kept the span and the body in its action, responsible null.
# DAILY_FRAME (i29-action): "Hằng ngày, …" sets a daily report before its body as "Hằng tháng, …" does ("Hằng ngày,
# trước 15 giờ 00, các đơn vị báo cáo nhanh …", the lead's battery f1 item 6, NĐ 09's quick reports).
# FRAME_OF_SCOPE (i29-action): so do the scope and the course of the work, stock frames of administrative prose: "Trong
# phạm vi quản lý, các phòng giáo dục và đào tạo kiểm tra …", "(Trong) quá trình triển khai, nếu phát sinh vướng mắc,
# các đơn vị báo cáo …" (our sentences; dev n024 prints "trong quá trình thực hiện nếu có khó khăn, vướng mắc kịp thời
# phản ánh …" after a duty). Counter-example: "quá trình" inside a duty ("Các xã trong quá trình triển khai …" names
# "Các xã"): the frame opens the sentence only.
# TIME_FRAME_BEFORE_SUBJECT (issue 11, session 29): a time that frames the sentence leads it before its own body as the
# adverbials above do, and the sentence's body wins over the lead-in's (OUTPUT.md: inherited only "when the item itself
# names none"): the reporting regime's (NĐ 09/2019) "Hằng ngày, trước 15 giờ 00, các đơn vị báo cáo nhanh …", a day
# without its month "Định kỳ hằng tháng, trước ngày 20, các cơ quan, đơn vị gửi báo cáo …", a start "Kể từ ngày
# 01/4/2025, Sở Nội vụ tổng hợp …", a step "Sau khi có kết quả, Sở Nội vụ tổng hợp …", "Khi xảy ra sự cố …,
# UBND huyện … phải nhanh chóng báo cáo …" (dev n061). The frame opens with a time's cue (``_TIME_FRAME``; "Hằng ngày"
# is DAILY_FRAME's, read with the other recurrences) and closes at a comma; the body after it must open like a body's
# name or a group (``_SUBJECT_RE``). Counter-example: the frame before a verb with no body ("Trước ngày 20, gửi báo cáo
# …") names none: the lead-in's body stays.
# TERM_FRAME and STEP_AT_ONCE (session 41): so are a term, "Trong thời hạn quy định, Sở Tài chính thẩm định hồ sơ …" (as
# "Trong thời gian …"), and a step done at once, "Ngay sau khi lập biên bản …, có trách nhiệm hoàn thiện hồ sơ …" (f44's
# rn02, as "Sau khi …").
_TIME_FRAME = r"Trước\s+(?=ngày|\d)|Chậm\s+nhất|(?:Kể|Bắt\s+đầu)\s+từ|Từ\s+(?=ngày|nay|\d)|(?:Ngay\s+)?(?:Sau\s+khi|Khi)"
_ADVERBIAL = rf"(?:(?:Trước\s+mắt|Căn\s+cứ|Trên\s+cơ\s+sở|Trong\s+thời\s+(?:gian|hạn)|Trong\s+phạm\s+vi|(?:Trong\s+)?[Qq]uá\s+trình|Để|Nhằm|Theo|Đồng\s+thời|Từ\s+đó|Sau\s+đó|Ngoài\s+ra|Bên\s+cạnh\s+đó|(?:Định\s+kỳ\s+)?(?:[Hh][ằà]ng|[Hh]àng)\s+(?:năm|quý|tháng|tuần|ngày)|{_TIME_FRAME})\b[^.;:\n]{{0,200}}?,\s*)?"
# "đề nghị X <verb>", "yêu cầu X <verb>", "giao X <verb>": X is responsible.
#   "đề nghị các quận ủy, huyện ủy quan tâm phối hợp" -> who="các quận ủy, huyện ủy"
#   "Có cơ chế giao ban định kỳ hàng tuần với …": "giao ban" (a briefing) asks no one.
#   Veto GIAO_COMPOUND: "giao thông / giao lưu / giao dịch / giao tiếp" is one word, not "giao" + a body:
#   "Bộ Xây dựng chủ trì, phối hợp với các Bộ: Tài nguyên và Môi trường, Giao\nthông vận tải, … rà soát …"
#   (c143 3.) asks no one "thông vận tải, …".
_GIAO_COMPOUND = r"\s+(?:thông|lưu|dịch|tiếp)(?!\p{L})"
#   Veto HANDOVER_IS_NO_ASK (session 38): "bàn giao" (hand over) and "chuyển giao" (transfer) are verbs of their own, not
#   "giao" + a body: "Việc bàn giao và tiếp nhận phải hoàn thành trước ngày 01 tháng 7 năm 2026" (an unseen Government
#   resolution) asks no one "và tiếp nhận" (its action was left "phải"). Counter-example: "Giao Sở Nội vụ chủ trì …".
#   DIPLOMATIC_IS_NO_ASK (session 43): nor is the second syllable of "ngoại giao" (diplomatic): "Để tạo điều kiện thuận lợi
#   cho các cơ quan Đại diện ngoại giao và Tổ chức quốc tế có trụ sở …, đề nghị Cục Hải quan TP Hồ Chí Minh chỉ đạo …" (an
#   unseen Tổng cục Hải quan reply: "giao có trụ sở …" was read as a request, and it swallowed the letter's own).
_HANDOVER_BEFORE = r"(?<!(?:bàn|chuyển|ngoại)\s+)"
#   Veto ASK_NOUN: "đề nghị / yêu cầu / phân công của X" is X's proposal (a noun), not a request to X: "Theo
#   đề nghị của Bộ Thông tin và Truyền thông tại Công văn số 202/BTTTT-KHTC …, Chủ tịch UBND tỉnh giao Sở
#   Thông tin và Truyền thông chủ trì …" (n037) asks Sở Thông tin và Truyền thông.
_ASK_NOUN = r"của(?!\p{L})"
#   Veto NEGATED_ASK: "không yêu cầu / không đề nghị X …" asks nothing of X: "điều chỉnh quy trình nghiệp vụ, cho
#   phép sử dụng các giấy tờ điện tử …, không yêu cầu công dân phải xuất trình giấy tờ, phải sao y, công chứng, hoàn
#   thành trong tháng 4/2025" (c159) is the body's one duty from "điều chỉnh", not the citizens' "phải xuất trình …".
#   Counter-example: "đề nghị các đơn vị không …" (the negation after the ask) is still a request.
#   Veto ASK_AS_NOUN: after "do", "vì", "đáp ứng" the word is the noun "a requirement", no request: "Do yêu cầu thời
#   gian, đề nghị Quý Sở gửi ý kiến … trước ngày …" (the unseen set's qa08: the ask is "đề nghị Quý Sở", not "yêu cầu
#   thời gian, đề nghị Quý Sở"), "… đáp ứng yêu cầu nhiệm vụ …". Counter-example: "Sở Nội vụ yêu cầu các đơn vị …".
#   ON_REQUEST_IS_NO_ASK (session 38): nor after "khi có", "nếu có", "theo" (upon request): "báo cáo định kỳ hằng năm và
#   khi có yêu cầu về tình hình cử cán bộ …" (an unseen Đề án) asks no one "về tình hình …".
#   APPLICATION_IS_NO_ASK (session 41): nor after "hồ sơ", "đơn": "hồ sơ đề nghị cấp, cấp lại, cấp điều chỉnh Giấy chứng
#   nhận …" is an application (a noun), asking no one (f45's rp02: "cấp, cấp lại, cấp" was read as the body asked).
#   Counter-example: "Sở Nội vụ có văn bản đề nghị các cơ quan … xây dựng …" (n002: a letter that asks) is an ask.
_NEGATED = r"(?<!(?<!\p{L})(?:không|do|vì|đáp\s+ứng|khi\s+có|nếu\s+có|theo|hồ\s+sơ|đơn)\s+)"
#   DELEGATE_ASK (i17-olang): NĐ 30's decisions hand a task by "giao trách nhiệm cho X" and "ủy quyền (cho) X" + verb
#   like "giao X": "Giao trách nhiệm cho Sở Tài chính tổng hợp, báo cáo …", "Ủy quyền cho Sở Nội vụ tổ chức thực hiện
#   …" (standard wording; no dev text prints one before a body and a verb). Counter-examples: "thừa ủy quyền (của) …"
#   (a signature's formula), "người được ủy quyền …", "không ủy quyền cho người khác ký thay" (n038: NEGATED_ASK),
#   "văn bản ủy quyền". Not "ủy nhiệm": n038 "… thừa lệnh ban thường vụ cấp uỷ nhiệm kỳ mới xác nhận …" (the
#   committee of the new term) read as an ask in the first version, and "ủy nhiệm chi" is a payment order.
_DELEGATE = r"(?<!(?<!\p{L})(?:thừa|được|bản|cấp)\s+)(?<!\p{L})(?:ủy|uỷ)\s+quyền(?:\s+cho)?"
#   CALL_TO_ACT: "kêu gọi" + a body and its verb asks that body, as "đề nghị" does: the probe's pd11 "Ban chấp hành
#   Công đoàn Trường kêu gọi mỗi Khoa, Viện huy động …" (dev w036 "Ủy ban nhân dân tỉnh Hậu Giang kêu gọi Quý đơn vị
#   tài trợ kinh phí …", read so by its gold, not by the parser). Only before a body or a group ("mỗi / các / những /
#   toàn thể" or a body's opener): "kêu gọi nguồn vốn đầu tư …" (c118's "kêu gọi nguồn …") calls for money, no body;
#   not before the courtesy "Quý …": w036's verb "tài trợ" is no duty verb, the name ran on to "… để Tỉnh" and its
#   "tổ chức đón Tết …" came out as an extra entry (a dev loss of the first version).
_CALL_TO_ACT = rf"kêu\s+gọi(?=\s+(?:mỗi|các|những|toàn\s+thể|{_ORG}))"
_ASK_RE = regex.compile(
    rf"{_NEGATED}(?:{_CALL_TO_ACT}|đề\s+nghị|yêu\s+cầu|(?<!\p{{L}}){_HANDOVER_BEFORE}giao(?!(?-i:\s+ban\b))(?!{_GIAO_COMPOUND})(?:\s+trách\s+nhiệm)?(?:\s+cho)?|{_DELEGATE}|phân\s+công(?!{_OWN_STAFF})|đề\s+nghị\s+các\s+đồng\s+chí)\s+(?!(?:{_DUTY_VERBS})\b)(?!{_ASK_NOUN})(?P<who>[^;:.]{{3,{RESPONSIBLE_MAX_CHARS}}}?){_WHO_END}[\s,]+{FUNCTION_LEAD_AFTER_BODY}(?={_AFTER_WHO})",
    regex.V1 | regex.I,
)
_ENUM = rf"(?:{ITEM_NUMBER}\s*|[{BULLET_CHARS}]\s*)"
# Veto WRAPPED_SENTENCE: a numbered line that names a body, then its verb, and goes on in lower
# case on the next line is the first line of a sentence, not a heading: "1. Bộ Công an báo cáo kết
# quả thực hiện và một số nội dung trọng tâm | về dữ liệu …" (the subject is "Bộ Công an"). A body's
# name that wraps with no verb stays a heading: "1. Thủ trưởng các sở, …, các | đơn vị sự nghiệp …".
# So is one that ends on a verb, its object on the next line: "4. Bộ Công Thương, Ủy ban Quản lý vốn
# Nhà nước tại doanh nghiệp chỉ đạo | Tập đoàn Điện lực Việt Nam …" (c143).
# Nor is one with its verb that ends on a word that needs what follows (a determiner, a preposition, a
# conjunction), whatever the case of the next line: "a) Các bộ, cơ quan ngang bộ khẩn trương triển khai, hướng
# dẫn thi hành các | Nghị quyết đã được Chính phủ ban hành …" (n047, T9's example). Counter-example: the same
# dangling word in a body's name with no verb ("… các | đơn vị sự nghiệp …") is the first alternative's.
_DANGLING = r"(?:các|những|của|với|cho|về|và)"
_WRAPPED_SENTENCE = (
    rf"(?![^\n]*?\s(?:{_AFTER_WHO})[^\n]*\n[ \t]*(?-i:\p{{Ll}}))(?![^\n]*\s(?:{_DUTY_VERBS})[ \t]*\n[ \t]*\p{{L}})"
    rf"(?![^\n]*?\s(?:{_AFTER_WHO})[^\n]*\s{_DANGLING}[ \t]*\n)"
)
# Veto COOPERATION_LIST: a colon after "chủ trì" / "phối hợp" lists the co-operating bodies, it ends no heading:
# "3. Bộ Xây dựng chủ trì, phối hợp với các Bộ: Tài nguyên và Môi trường, Giao | thông vận tải, … rà soát quy
# chuẩn …" (c143; the subject is "Bộ Xây dựng"). Counter-example: "g) Sở Nông nghiệp và Môi trường:" (n009, no such verb).
_COOPERATES = r"(?:chủ\s+trì|phối\s+hợp)(?!\p{L})"
# Veto LABEL_WITH_CHARGE: nor does a colon after a body's charge to another body: "3.3. Bộ Chỉ huy quân sự tỉnh chỉ
# đạo lực lượng Bộ đội Biên phòng: Phối hợp với cấp ủy, …" (n004) names "Bộ Chỉ huy quân sự tỉnh", the charge opening
# its action (gold); "Các tỉnh, thành đoàn báo cáo về Trung ương Đoàn các số liệu: Số đoàn viên, …" (c121) names "Các
# tỉnh, thành đoàn". A lower-case duty verb, then a body's name, before the colon. Counter-examples: "Các khoa tham
# gia khảo sát:" (a group named by what it does: no body after the verb), "2.1. Trung ương Đoàn:", "g) Sở Nông
# nghiệp và Môi trường:" (no verb).
# A paragraph opener naming the group of what follows:
#   "1. Đối với các xã, thị trấn: …"               -> who="các xã, thị trấn"
#   "- Đối với các đơn vị đề nghị …"               -> who="các đơn vị"
#   "2.1. Trung ương Đoàn:"                        -> who="Trung ương Đoàn"
#   "a) Bộ Văn hóa, Thể thao và Du lịch:"          -> who="Bộ Văn hóa, Thể thao và Du lịch"
#   "2.2. Các đơn vị thực hiện triển khai trọng điểm" (a heading line, no verb, no period)
# Veto ADDRESS_LABEL: a colon after an address's label opens the address, not a body's charge: "2. Các cơ sở Đoàn gửi
# danh sách đăng ký về Văn phòng Tỉnh đoàn trước ngày 10/11/2023, đồng thời gửi file mềm qua email: …" names "Các cơ
# sở Đoàn" before its verb (``_SUBJECT_RE``), not all the words before "email:". Counter-example: "2.1. Trung ương
# Đoàn:" (a body, then its colon).
_ADDRESS_LABEL = r"(?<!\p{L})(?i:e-?mail|thư\s+điện\s+tử|địa\s+chỉ|điện\s+thoại|fax|website|hotline)"
# Veto NAME_GOES_ON: a numbered line is a heading naming a group only when its line ends the name; a next line going
# on in lower case is the rest of the name or of the sentence: "4. Bộ Công Thương, Ủy ban Quản lý vốn Nhà nước tại
# doanh" / "nghiệp chỉ đạo Tập đoàn Điện lực Việt Nam …" (c143 printed at 60 columns) names "… tại doanh nghiệp"
# (``_SUBJECT_RE`` reads across the break), not "… tại doanh"; a name wrapped with no verb, "1. Thủ trưởng các sở, …,
# các" / "đơn vị sự nghiệp, doanh nghiệp Nhà nước thuộc UBND tỉnh" (n053), is read whole as a heading
# (``heading_who``'s WRAPPED_HEADING_IS_ONE_LINE). Counter-example: "a) Sở Tài chính" / "Chủ trì thẩm định …" (a
# capital opens the next line) stays a heading. Nor does a line that ends on a word that needs what follows, whatever
# the case of the next line: "2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc" / "Trung ương chịu trách
# nhiệm …" (c146 at 60 columns) names "… trực thuộc Trung ương"; so is "Ban" before the rest of its name: "d) Ngân hàng
# Nhà nước Việt Nam - Cơ quan thường trực của Ban" / "Chỉ đạo chủ trì, …" (c140 at 60 columns). Counter-example: a
# head's title ends a name ("… Phó Trưởng Ban").
_NAME_DANGLING = r"và|các|những|của|với|cho|thuộc|tại|(?<!Trưởng\s)Ban"
# A line break inside a wrapped subject: not a blank line, nor one before an item's opener. "1. Đối với các quận ủy,
# huyện ủy đã hoàn thành việc" / "kiểm tra (hoặc giám sát, khảo sát) đề nghị gửi Báo cáo …" (000 at 60 columns).
_WRAP = rf"\n(?![ \t]*(?:\n|{_ENUM}))"
# DUTY_OF_LABEL (i17-olang): the label of a plan's "Tổ chức thực hiện" part that names whose duties follow, as "Đối
# với X:" does: "Trách nhiệm của Sở Tài chính: Tổng hợp, báo cáo …", "Nhiệm vụ của Ban Tuyên giáo Tỉnh ủy:" and, as a
# heading line, "3. Trách nhiệm của các cơ quan, đơn vị" (NĐ 30 plans, HD 36 Party plans; no dev text prints it
# before a body with a colon). The body after it must open like a body's name (``_ORG``). Counter-examples: "Phát
# huy vai trò, trách nhiệm của người đứng đầu …" (n004: not at the start), "Nhiệm vụ của kế hoạch: …" (no body).
DUTY_OF_LABEL = r"(?:Trách\s+nhiệm|Nhiệm\s+vụ)\s+của"
# COLON_FIRST, LINE_ENDS_FIRST (speed): a cheap scan for what the alternative needs stands before its costly vetoes. A
# name and its colon ("2.1. Trung ương Đoàn:") needs a ":" before any ";" (neither the name nor the space before the
# colon holds one); a numbered heading line naming a group needs its line to end with no ":" or ";". Same matches
# (10,221 reads of the corpus and the probe compared); the opener reads take 0.56 of their time.
_OPENER_RE = regex.compile(
    rf"""
    ^[ \t]*{_ENUM}?
    (?:
        Đối\s+với\s+(?P<who>(?:[^:\n]|{_WRAP}){{3,250}}?)       # "Đối với X:" / "Đối với X đề nghị"
        (?:\s*:|\s+(?:thì\s+)?(?:đề\s+nghị|cần|phải|tập\s+trung)\b)
      | {DUTY_OF_LABEL}\s+(?P<who>{_ORG}[^:;.\n]{{0,200}}?)\s*:     # "Trách nhiệm của Sở Tài chính: …" (DUTY_OF_LABEL)
      | (?=[^:;]*:)(?={_ORG})                                       # (COLON_FIRST, ORG_FIRST: its colon and the name's opener before the vetoes' scans)
        (?![^:;.\n]*?\s{_COOPERATES})                              # (not "X chủ trì, phối hợp với các Bộ: …")
        (?![^:;.\n]*?\s(?:{_DUTY_VERBS})\s[^:;.\n]*?(?<!\p{{L}}){_ORG}[^:;.\n]*:)  # (nor LABEL_WITH_CHARGE)
        (?![^:;.\n]*?(?<!\p{{L}})như\s+sau\s*:)                     # (SPEAKER_IS_NO_LABEL: "UBND tỉnh hướng dẫn như sau:")
        (?P<who>{_ORG}(?:TP\.|[^:;.\n]){{0,200}}?)\s*(?<!{_ADDRESS_LABEL}\s*):  # "2.1. Trung ương Đoàn:"
      | (?<=^[ \t]*(?:[\dIVX]{{1,4}}(?:\.\d+)*[.)]|[a-zđ]\))\s*)     # a numbered heading line
        (?=[^:;\n]*$)(?={_ORG})                                    #   (LINE_ENDS_FIRST, ORG_FIRST)
        {_WRAPPED_SENTENCE}                                        #   (not a wrapped sentence)
        (?P<who>{_ORG}[^:;.\n]{{0,120}}?)                           #   naming a group
        (?<!\s(?:{_NAME_DANGLING}))[ \t]*$                            #   (NAME_GOES_ON: not one cut by a wrap)
        (?!\n[ \t]*(?-i:\p{{Ll}}))
    )
    """,
    regex.M | regex.V1 | regex.X,
)
# A sentence that opens with its subject: "Các tỉnh, thành đoàn gửi …", "Ban Tổ chức tổng hợp …",
# "Bộ Xây dựng chủ trì, phối hợp …", "MTTQ và tổ chức chính trị - xã hội quận … căn cứ chức năng".
# After an opening adverbial's comma the subject may be a group in lower case ("các …", "những …", "mỗi …" + a group
# word of data/structure.toml [groups]): "Bước 3: Hằng năm, các tỉnh, thành Đoàn cung cấp danh sách các dự án đã
# được tổ chức Đoàn, Hội địa phương hỗ trợ …" (c121) names "các tỉnh, thành Đoàn" (without it the adverbial ran on
# to the passive's agent "Hội địa phương"). Counter-example: with no adverbial a lower-case "các …" opens no
# subject (a sentence opening "các …" is a clause the splitter cut from the one before).
# NOTE_LABEL: a "Lưu ý:" / "Chú ý:" label before the subject is no part of the sentence's duty or name, and a lower-case
# group may follow it as it follows an adverbial's comma: the probe's pd11 "Lưu ý: các đơn vị lập danh sách đăng ký
# …" (was: responsible null, "Lưu ý:" in the action). Dev texts print the label before no body ("Lưu ý: Số liệu
# thống kê báo cáo từ ngày …", n007: no subject, no change). Counter-example: "Lưu ý các đơn vị …" (no colon) is
# the verb "lưu ý" (to note), asking nothing of a subject here.
_NOTE_LABEL = r"(?:(?:Lưu|Chú)\s+ý\s*:\s*)?"
# A group word of data/structure.toml [groups] ("đơn vị", "trường", "phòng" …), and a group named in lower case by it
# ("các đơn vị", "những trường", "mỗi phòng"): one fragment for every reader of a group (``_GROUP_AFTER_COMMA``,
# LOWER_CASE_GROUP_AFTER_SEMICOLON, ASK_NAMES_A_GROUP, the "<group> nào" chooser).
_GROUP_WORD = rf"(?:{alternation(structure_words().groups.words)})"
_LOWER_CASE_GROUP = rf"(?:các|những|mỗi)\s+{_GROUP_WORD}(?!\p{{L}})"
_GROUP_AFTER_COMMA = rf"(?<=(?:,|(?:Lưu|Chú)\s+ý\s*:)\s*){_LOWER_CASE_GROUP}"
# CONNECTIVE_OPENS_CLAUSE: a connective and its comma ("ngoài ra,", "bên cạnh đó,", "đồng thời,", "mặt khác,") that
# opens a clause after ";" is printed in lower case and stands before that clause's own subject, as "Ngoài ra," does
# before a sentence's (``_ADVERBIAL``): "…; ngoài ra, UBND các huyện hằng tháng gửi báo cáo …" names "UBND các huyện",
# not the body of the clause before it with the connective in its action (the probe's pc03; dev n002 prints the same
# opening "…(Phụ lục II); ngoài ra, tùy theo tình hình thực tế …" before no body, and 004, c159, n004, n009 print
# "…; đồng thời, <verb> …": no subject follows, no change). Only the bare connective and its comma: "…; đồng thời gửi
# …" (no comma) goes on with the same body's duty (``_ADVERBIAL``'s run to a later comma stays capitalised only).
CONNECTIVE_OPENS_CLAUSE = r"(?:(?:ngoài\s+ra|bên\s+cạnh\s+đó|đồng\s+thời|mặt\s+khác)\s*,\s*)?"
# GOVERNMENT_BY_NAME (session 34): a body whose name is its opener whole (data/duties.toml [body_openers] ``whole``:
# "Chính phủ") ends there when a duty verb follows, in every reading of a sentence's subject (after an adverbial,
# after "thì", after a condition): "1. Kết thúc năm 2013, Chính phủ báo cáo Ủy ban thường vụ Quốc hội kết quả …" (the
# probe's qk11: the name ran on to "… kết quả", the duty read as "thực hiện Nghị quyết này"). A name grown from any
# other opener needs words after it ("Bộ" / "Bộ Tài chính").
_WHOLE_BODY = rf"(?:{alternation(duties().body_openers.whole)})(?=[\s,])"
_SUBJECT_RE = regex.compile(
    rf"^[ \t]*{_ENUM}?{_NOTE_LABEL}{CONNECTIVE_OPENS_CLAUSE}{_ADVERBIAL}(?P<who>{_WHOLE_BODY}|{_ORG}[^;:.\n]{{1,{RESPONSIBLE_MAX_CHARS}}}?|{_GROUP_AFTER_COMMA}[^;:.\n]{{0,{RESPONSIBLE_MAX_CHARS}}}?){_WHO_END}[\s,]+{FUNCTION_LEAD_AFTER_BODY}(?={_AFTER_WHO})",
    regex.V1,
)
# A condition that governs the whole duty leads its sentence before the subject (README A5: dropped from the
# action): "Trường hợp Ủy ban nhân dân tỉnh Bình Phước kiến nghị áp dụng …, Ủy ban nhân dân tỉnh Bình Phước phối
# hợp với Bộ Tài chính hoàn thiện Tờ trình …" (c135) → the subject starts after the condition's comma. Read for
# a timed sentence only (the obligations stage's duty cues keep ``_ADVERBIAL``: a condition before a clause
# that is no duty, n048 "Trường hợp bị thu hồi …, doanh nghiệp không tiếp tục được hưởng …", stays none).
_CONDITION = r"(?:(?:Trong\s+)?[Tt]rường\s+hợp|Nếu)\b[^.;:\n]{0,200}?,\s*"
# THEN_SUBJECT (issue 11, session 28): "thì" opens the main clause after a condition or a topic, and the body named
# right after it is the subject of the duty (README A5: the condition leading the sentence is dropped from the
# action): "IV. Đối với các dự án của tỉnh Quảng Ninh có vướng mắc do cơ chế, chính sách pháp luật vượt thâm quyền giải
# quyết thì Tỉnh chủ động rà soát, báo cáo cụ thể, gửi Bộ Tài chính trước ngày 15 tháng 4 năm 2025 …" (dev c158:
# "Tỉnh"'s duty, its gold; was the heading's bodies, the condition in the action); "…; các doanh nghiệp do yêu cầu
# phải làm việc liên tục …, bố trí nghỉ luân phiên thì Thủ trưởng đơn vị, Giám đốc doanh nghiệp căn cứ vào ngày nghỉ
# hàng tuần để bố trí nghỉ bù …" (the unseen probe's pi17, set I). The body after "thì" opens with a body's opener or
# is a level written with its capital as a body's name ("Tỉnh", "Huyện": the province acting), then a duty verb or a
# modal. Counter-examples: "… thì doanh nghiệp KHCN được áp dụng thuế suất 10% …" (n048: a lower-case noun, then a
# benefit), "… thì tham mưu …" (no body: the condition's own duty, obligations' CONDITIONED_DUTY), "… thì Phòng Văn
# hóa … sẽ tham mưu …" (a promise: VETO_PROMISE).
# THEN_LOWER_GROUP (session 31): the body after "thì" may be a group in lower case, as after an adverbial's comma:
# "Nếu hồ sơ không đầy đủ thì các đơn vị bổ sung hồ sơ trước ngày …" (our sentence in an unseen letter's form; before,
# no body was read and the condition stayed in the action).
_CAPITAL_LEVEL = r"(?:Tỉnh|Thành\s+phố|Huyện|Quận|Thị\s+xã|Xã|Phường|Thị\s+trấn)(?!\p{L})"
_THEN_SUBJECT_RE = regex.compile(
    rf"^[ \t]*{_ENUM}?[^.;:\n]{{0,250}}?(?<!\p{{L}})(?i:thì)\s+(?P<who>{_WHOLE_BODY}|{_ORG}[^;:.\n]{{1,{RESPONSIBLE_MAX_CHARS}}}?|{_CAPITAL_LEVEL}|{_LOWER_CASE_GROUP}[^;:.\n]{{0,80}}?){_WHO_END}[\s,]+(?={_AFTER_WHO})",
    regex.V1,
)


# SUBJECT_BEFORE_CONDITION (session 32): the body may be named before the condition its duty answers, the duty after
# "thì": "6. Đoàn kiểm tra trong quá trình kiểm tra, giám sát công tác bầu cử nếu có vấn đề gì phát sinh, … thì báo cáo
# kịp thời để hướng dẫn xử lý theo quy định." (an unseen ward Front's plan; was "Đoàn kiểm tra trong quá trình" with the
# condition as its action). The name may carry a "trong quá trình …" frame, which is no part of it. Counter-example: a
# sentence with no "nếu … thì" (the subject and its verb as ``_SUBJECT_RE`` reads them), and a verb of the body's own
# before "nếu" ("Đoàn kiểm tra báo cáo ngay nếu …": the duty is that verb, read as before).
# A name's own verb stands in its first words ("Đoàn kiểm tra", "Ban Chỉ đạo"); one after them is the body's duty.
CONDITION_NAME_VERB_WORDS = 3
_SUBJECT_BEFORE_CONDITION_RE = regex.compile(
    rf"^[ \t]*{_ENUM}?(?P<who>{_ORG}[^;:.,\n]{{1,80}}?)(?:\s+trong\s+quá\s+trình\s+[^;:.\n]{{1,120}}?)?[\s,]+nếu\s[^;.\n]{{3,300}}?[\s,]+thì\s+(?=(?-i:\p{{Ll}}))",
    regex.V1,
)


# THEN_CHARGED (session 38): after a condition, "thì" + a body + "có / chịu trách nhiệm" names the body the whole way
# to its charge, verbs of its own description included: "- Đối với trường hợp người nộp thuế có văn bản đề nghị cơ
# quan Thuế hướng dẫn … thì cơ quan Thuế quản lý trực tiếp hoặc cơ quan Thuế quản lý khoản thu được phân công quản lý
# …, khoản thu mà người nộp thuế có vướng mắc có trách nhiệm nghiên cứu và hướng dẫn …" (an unseen Tổng cục Thuế
# letter: the taxpayer's request inside the condition was read as the letter's ask, "cơ quan Thuế hướng dẫn" its
# duty). The body may be named in lower case ("cơ quan Thuế", a group word). Counter-examples: "thì" + a charge with no
# body before it ("… thì có trách nhiệm báo cáo", no name), and a name that reads as no body (``plausible_who``).
_THEN_CHARGED_RE = regex.compile(
    rf"^[ \t]*{_ENUM}?[^.;:\n]{{0,300}}?(?<!\p{{L}})(?i:thì)\s+(?P<who>(?:{_ORG}|(?i:{_GROUP_WORD}))(?:\s[^;:.\n]{{0,{RESPONSIBLE_MAX_CHARS}}}?)?)\s+(?=(?:có|chịu)\s+trách\s+nhiệm\s)",
    regex.V1,
)


def then_subject_match(seg: str) -> regex.Match[str] | None:
    """THEN_SUBJECT's match in a sentence (its line breaks read as spaces), the body as group "who"."""
    return _THEN_SUBJECT_RE.match(seg)


_CONDITIONAL_SUBJECT_RE = regex.compile(
    rf"^[ \t]*{_ENUM}?{_CONDITION}(?P<who>{_WHOLE_BODY}|{_ORG}[^;:.\n]{{1,{RESPONSIBLE_MAX_CHARS}}}?){_WHO_END}[\s,]+(?={_AFTER_WHO})",
    regex.V1,
)
# ASK_READ_ONCE, SUBJECT_READ_ONCE, OPENER_READ_ONCE: ``_ASK_RE.search``, ``_SUBJECT_RE.match`` and ``_OPENER_RE.match`` are asked of the same sentence again and
# again (its own subject, the lead-ins above later sentences, the request vetoes of both duty stages: 28,189 asks of a
# corpus pass, 11,678 distinct; 16,329 subject reads, 7,176 distinct), and both patterns end in a lazy name before the
# long alternation of duty verbs, tried at each of the name's characters (about 30 µs a read). A read is a function of
# its arguments alone (the string and the span), so a bounded memo of them cannot go stale, across documents either
# (as TOKEN_WORDS_ONCE); the match objects it hands out are only read. Example: c111's "Giao Ban Tổ chức Trung ương
# Đoàn:" items are each asked whether the heading above requests anything.
# ASK_WORD_FIRST (speed): every ``_ASK_RE`` match opens with one of its request words, and most sentences hold none (of
# 5,900 distinct reads of the corpus and the probe, 776 hold one); ``_ASK_RE`` tries its NEGATED_ASK look-behind at
# each character of the others (0.32 s of its 0.35 s), this pattern finds the words as literals. So a read asks it
# first. Same matches (every read compared).
_ASK_WORD_RE = regex.compile(r"kêu\s+gọi|đề\s+nghị|yêu\s+cầu|giao|(?:ủy|uỷ)\s+quyền|phân\s+công|chỉ\s+thị[ \t]*:", regex.V1 | regex.I)


# ASK_COLON_INLINE (issue 11): a request word may take a colon before the body it asks, inside a sentence (the colon
# on the same line, the body after it): "Theo đó, Đ/c Phó Chủ tịch UBND thị xã … yêu cầu: Thị đoàn phối hợp với …"
# (the unseen probe's pi07), "…; Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4/2020 đến hết ngày 03/5/2020, các Đơn vị bố
# trí, …" (pe21). DIRECTIVE_COLON_INLINE: so does the directing verb of a Chỉ thị before its colon (NĐ 30/2020's form
# "… Ủy ban nhân dân tỉnh chỉ thị:"), the bodies on the same line: "…, Ủy ban nhân dân tỉnh Chỉ thị: Các sở, ban,
# ngành, đơn vị cấp tỉnh và Ủy ban nhân dân huyện, thành phố tập trung thực hiện một số nhiệm vụ sau:" (pa17). ``_ASK_RE``
# reads a same-length copy with that colon as a space and "chỉ thị" as the request "yêu cầu" (7 letters and a space
# each: the offsets hold). Counter-examples: a lead-in's colon at the end of its line ("Chủ tịch Ủy ban nhân dân tỉnh
# yêu câu:" over items, dev n050) is the lead-in reading's; "Chỉ thị số 08/CT-UBND" names a document and "Chỉ thị: CT"
# (n038's list of abbreviations) names no body before a verb.
_ASK_COLON_INLINE_RE = regex.compile(
    r"(?<!\p{L})(?:(?P<directive>chỉ thị)|đề\s+nghị|yêu\s+cầu|giao|phân\s+công)[ \t]*:(?=[ \t]+\S)", regex.V1 | regex.I
)


def _inline_colon_as_ask(s: str, pos: int, endpos: int | None) -> str:
    """``s`` as ``_ASK_RE`` reads it (ASK_COLON_INLINE): the same length, the span's inline request colons as spaces."""
    end = len(s) if endpos is None else endpos
    if s.find(":", pos, end) == -1:
        return s

    def read(m: regex.Match[str]) -> str:
        said = m.group().replace(":", " ")
        return "yêu cầu" + said[7:] if m.group("directive") is not None else said

    return s[:pos] + _ASK_COLON_INLINE_RE.sub(read, s[pos:end]) + s[end:]


@functools.lru_cache(maxsize=8192)
def ask_search(s: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
    """``_ASK_RE.search(s, pos, endpos)``, read once (ASK_READ_ONCE), after its words (ASK_WORD_FIRST), its inline
    colons read (ASK_COLON_INLINE)."""
    if _ASK_WORD_RE.search(s, pos, endpos) is None:
        return None
    return _ASK_RE.search(_inline_colon_as_ask(s, pos, endpos), pos, endpos)


def ask_finditer(s: str) -> Iterator[regex.Match[str]]:
    """``_ASK_RE.finditer(s)``, after its words (ASK_WORD_FIRST), its inline colons read (ASK_COLON_INLINE)."""
    if _ASK_WORD_RE.search(s) is None:
        return iter(())
    return _ASK_RE.finditer(_inline_colon_as_ask(s, 0, None))


@functools.lru_cache(maxsize=8192)
def opener_match(s: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
    """``_OPENER_RE.match(s, pos, endpos)``, read once (OPENER_READ_ONCE: a paragraph's opening line is read by its
    own subject test, by ``_is_duty``, by the heading and label tests and by every later sentence's inherited subject,
    as ``_ASK_RE`` is; c111's "Giao Ban Tổ chức Trung ương Đoàn:")."""
    return _OPENER_RE.match(s, pos, endpos)


@functools.lru_cache(maxsize=8192)
def subject_match(s: str) -> regex.Match[str] | None:
    """``_SUBJECT_RE.match(s)``, read once (SUBJECT_READ_ONCE)."""
    return _SUBJECT_RE.match(s)


def forget_reads() -> None:
    """READS_PER_DOCUMENT: empty the memos of whole-sentence reads (ASK_READ_ONCE, SUBJECT_READ_ONCE, OPENER_READ_ONCE,
    the dates' TIME_PHRASES_ONCE) as a document's duty stages begin (``extract_structured``, the first stage that
    reads them), so they serve the repeats inside one document only: a document parsed again (``benchmark`` times
    each text three times in a row and keeps the fastest) starts with none of its earlier reads, as a document of a
    batch does. The word-level memos (TOKEN_WORDS_ONCE, CANON_MEMO) are kept: words recur from one document to the
    next."""
    ask_search.cache_clear()
    subject_match.cache_clear()
    opener_match.cache_clear()
    forget_time_phrases()


# "Văn bản góp ý của đơn vị gửi về …", "Báo cáo của các xã gửi về …": the sender owns the paper.
_OWNER_RE = regex.compile(
    r"^[ \t]*(?-i:\p{Lu})[^;:.\n]{0,60}?\s+của\s+(?P<who>(?:các\s+)?(?:đơn\s+vị|địa\s+phương|cơ\s+sở|tỉnh|xã|huyện|cơ\s+quan)[^;:.\n]{0,60}?)\s+gửi\b",
    regex.V1 | regex.I,
)
# Where a paragraph starts: a line opening with an enumerator or bullet, or after a blank line.
_PARAGRAPH_RE = regex.compile(rf"(?:^|\n[ \t]*\n|\n(?!{YEAR_RANGE_TAIL})(?=[ \t]*{_ENUM}))[ \t\n]*", regex.V1)
# The list level of an enumerator: "I." < "1." < "1.1." < "a)" < "-" < "+"; plain text has none
# (composed from the structure layer's marker pieces).
_LEVEL_RES = tuple(
    (regex.compile(rf"[ \t]*{marker}\s"), level)
    for marker, level in (
        (rf"{P.ROMAN}\.", 0),
        (rf"{NUMBER}\.{NUMBER}\.{NUMBER}\.?", 3),
        (rf"{NUMBER}\.{NUMBER}\.?", 2),
        (rf"{NUMBER}[.)]", 1),
        (rf"(?:{LETTER}\)|{LETTER_DOT})", 4),
        (BULLET, 5),
        (r"\+", 6),  # a sub-bullet
    )
)


# LOWER_CASE_OFFICE: an office printed with its head word in lower case before its capitalised name, as web copies of
# school and Đoàn notices print it (NĐ 30 capitalises it): the probe's pb13 "nộp danh sách về văn phòng Đoàn trường
# trước ngày …" (gold "văn phòng Đoàn trường", as printed). Only the office words, only before a capital: "về phòng,
# chống thiên tai" (w015), "về văn phòng phẩm" name no body.
LOWER_CASE_OFFICE = r"(?:văn\s+phòng|phòng)\s+(?=(?-i:\p{Lu}))"
# ABBREVIATED_COMMITTEE: the committees of the Party, the Đoàn and the unions abbreviated before their body's name,
# "BCH" (Ban Chấp hành) and "BTV" (Ban Thường vụ), as the Đoàn and union notices print them (dev c107 "các chức danh
# của BCH đoàn cấp tỉnh", c111 "UV BCH, UBKT TW Đoàn"): the probe's pd03 "nộp về BCH Công đoàn cơ sở (qua phòng …)",
# pd09 "gửi về BCH Công đoàn (đ/c …)", pb03 "về BTV Huyện Đoàn qua Văn phòng Huyện Đoàn". Only in capitals and only
# before a capitalised name: "về BCH" alone names no one.
ABBREVIATED_COMMITTEE = r"(?-i:BCH|BTV)\s+(?=(?-i:\p{Lu}))"
# PERSON_IN_CARE: the person the paper goes to at the body, in a parenthesis after it like the channel "(qua …)": the
# probe's pd09 "gửi về BCH Công đoàn (đ/c <name>)" (gold keeps it, as it keeps the channel). "(đ/c" or "(đồng chí"
# only, then a name.
PERSON_IN_CARE = r"(?:đ/c|đồng\s+chí)\s*(?-i:\p{Lu})"
# "gửi … về X", "báo cáo … về X", "nộp … về X", "báo cáo X", "gửi X": X receives the result,
# with the channel it goes through ("qua Ban …", "(qua Văn phòng Đảng ủy hoặc Email: …)").
#   "gửi Báo cáo kết quả về Ban Dân vận Thành ủy trước ngày" -> to="Ban Dân vận Thành ủy"
#   "báo cáo Thủ tướng Chính phủ trước ngày 30/11/2024"       -> to="Thủ tướng Chính phủ"
#   "gửi về Đảng ủy phường (qua Văn phòng Đảng ủy hoặc Email: x@y.vn) trước ngày 20/9/2022"
#       -> to="Đảng ủy phường (qua Văn phòng Đảng ủy hoặc Email: x@y.vn)"
# DESTINATION_ENDS_AT_RECURRENCE (i29-time): a recurrence after the destination times the verb (README T8) and is
# no part of the name: "… báo cáo kết quả giải ngân về Sở Tài chính định kỳ hằng quý (trước ngày 15 …)" (my words,
# NĐ 09/2019's quarterly report) → "Sở Tài chính", before "Sở Tài chính định kỳ hằng quý". Counter-example: "hàng"
# before no period word is no recurrence ("… gửi Cục Quản lý thị trường hàng hóa …" keeps its name).
_RECURRENCE_AFTER_DESTINATION = r"định\s+kỳ|(?:hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)"
_DELIVER_RE = regex.compile(
    rf"""
    (?:
        (?:gửi|báo\s+cáo|nộp|chuyển)\b[^;]{{0,200}}?\s(?:về|tới|đến|lên|cho)\s+   # "gửi Báo cáo … về X"
      | (?:báo\s+cáo|gửi|trình)\s+(?=(?:{_ORG}|Thủ\s+tướng|Chính\s+phủ))       # "báo cáo Thủ tướng …"
    )
    (?P<to>(?:{_ORG}|Thủ\s+tướng|Chính\s+phủ|{LOWER_CASE_OFFICE}|{ABBREVIATED_COMMITTEE})[^,;.\n(]{{0,120}}?
        (?:\s+qua\s+(?:{_ORG})[^,;.\n(]{{0,80}}?)?)                       # "… Đoàn qua Ban Thanh niên …"
    (?=\s*(?:[,;.(]|\s+(?:trước|chậm|trong|để|theo|và\s+gửi|qua\s+(?:địa|email|hộp|ioffice)
                          |kết\s+quả|về|việc|tình\s+hình|phương\s+án|danh\s+sách|văn\s+bản
                          |{_RECURRENCE_AFTER_DESTINATION})\b|$))
    (?P<via>\s*\((?:(?:qua|gửi\s+qua)\s|{PERSON_IN_CARE})[^()]{{0,150}}\))?       # "(qua Văn phòng … hoặc Email: …)", "(đ/c …)"
    """,
    regex.V1 | regex.X,
)
# What stays out of an action: a leading enumerator, "Đối với … :", "đề nghị X", cue glue.
# An item's enumerator ("1.", "2.1.", "a)", "-", "Điều 2.", "Khoản 3.") before its text.
_LEAD_RE = regex.compile(rf"^{LEADER}{ITEM_NUMBER}?\s*", regex.V1)
# A verb phrase of a sentence "…: action" in schedule tables: the label before ":".
_PAST_RE = regex.compile(r"(?<![\p{L}])(?:đã|vừa\s+qua|năm\s+qua)(?![\p{L}])", regex.V1 | regex.I)


def _level(text: str, pos: int) -> int | None:
    """The list level of the paragraph starting at ``pos``, ``None`` for a plain paragraph."""
    for rx, level in _LEVEL_RES:
        if rx.match(text, pos):
            return level
    return None


# The words that close a lead-in: "…, cụ thể như sau:", "… với những nội dung sau:".
_LEAD_IN_TAIL_RE = regex.compile(r"[\s,]*(?:(?:cụ\s+thể\s+)?như\s+sau|(?:với\s+)?(?:những|các|một\s+số)\s+nội\s+dung\s+(?:cụ\s+thể\s+)?(?:sau|như\s+sau))?\s*:\s*$", regex.V1 | regex.I)


def _lead_in_duty(text: Text, sent: Sentence, own: tuple[str, int] | None) -> str:
    """The duty a lead-in states for the items under it, without who and "cụ thể như sau:" (none when the lead-in speaks in
    the issuer's voice, SPEAKER_LEAD_IN: "Ban Bí thư hướng dẫn như sau:")."""
    if speaker_lead_in(text.text[sent.start : sent.end]):
        return ""
    start = max(sent.start, min(own[1], sent.end)) if own else sent.start
    return _trim_action(_LEAD_IN_TAIL_RE.sub("", text.text[start : sent.end]))


def heading_bounds(st: Structure) -> list[int]:
    """Where the structure's headings start, and where the block after each starts (HEADINGS_ARE_PARAGRAPHS).

    Only a heading that opens as one (a marker or a capital) and is followed by a block that does: a short
    line that ends in ":" inside a wrapped sentence ("Trên cơ sở đó gửi về Ban Tổ chức" / "thông qua địa chỉ
    email:" / "ttvgiamngheobenvung@gmail.com trước ngày 20/9/2022.", c125) is no heading of a paragraph.
    """
    text = st.text.text

    def opens(i: int) -> bool:
        b = st.blocks[i]
        return b.marker is not None or text[b.content : b.content + 1].isupper()

    out = []
    for i, b in enumerate(st.blocks):
        if b.heading and b.table is None and i + 1 < len(st.blocks) and opens(i) and opens(i + 1):
            out += [b.start, st.blocks[i + 1].start]
    return out


# LATER_CLAUSES_JOIN_THE_LAST_TIME (``Paragraphs.later_clauses``): the time ends its clause ("…, hoàn thành trong Quý
# II/2025;"), and a later clause that opens with a purpose is no clause of the list ("…; để tổng hợp …", A10).
_CLAUSE_ENDS_RE = regex.compile(r"[\s.,)]*;\s*", regex.V1)
# Nor one that opens with a contrast: "…; tuy nhiên, việc triển khai chưa đáp ứng được tiến độ thi công" (c143) states
# a fact.
_NO_LATER_CLAUSE_RE = regex.compile(rf"{LEADER}(?:{ITEM_NUMBER}\s*)?(?:để|nhằm|tuy\s+nhiên|nhưng|song|mặc\s+dù)(?!\p{{L}})", regex.V1 | regex.I)


# BODIES_BY_SEMICOLON: the bodies a request names may be listed with ";" between their kinds, as NĐ 30's addressee
# lists are; the sentence splitter cuts at each ";", so the last part reads as a sentence of its own that opens with
# its subject and the parts before it as sentences with no verb. The responsible body is the whole list as printed,
# from the first body after the request: "Yêu cầu Thủ trưởng các sở, ban ngành, đơn vị sự nghiệp công lập, doanh
# nghiệp nhà nước thuộc tỉnh; Chủ tịch UBND cấp huyện và các cơ quan, tổ chức, đơn vị có liên quan nghiêm túc triển
# khai thực hiện Chỉ thị này." (n053, gold: both parts); the probe's pa07 ("Giao các sở, ngành tỉnh; UBND các huyện,
# thành phố; các Ban QLDA … báo cáo …"). Each part before the last is a body's name alone (``plausible_who``, no
# duty verb), in the same paragraph, and the first opens with the request. Counter-examples: "Giao Sở Tài chính chủ
# trì; Sở Nội vụ phối hợp …" (the part before the ";" has its verb: two duties, each its own body), a recipient list
# "Kính gửi: - Sở Tài chính; - Sở Nội vụ;" (no request opens it), a part on a new list item.
_LISTED_ASK_RE = regex.compile(rf"[ \t]*{_ENUM}?(?:(?:kính|trân\s+trọng)\s+)?(?:giao|đề\s+nghị|yêu\s+cầu|phân\s+công(?!{_OWN_STAFF}))\s+", regex.V1 | regex.I)
BODIES_BY_SEMICOLON_MAX_PARTS = 6
# ASK_AFTER_ISSUER: the request may follow the issuer's name and a connective in the list's first part: "Theo đó, Sở
# Tư pháp đề nghị các sở, ban, ngành, đoàn thể tỉnh; …" (the probe's pc23), as "Chủ tịch UBND tỉnh yêu cầu …" opens
# dev n050's paragraph; the last request of the part, at most ISSUER_BEFORE_ASK_MAX_CHARS into it. Counter-example:
# "Theo đề nghị của Sở Tài chính;" (ASK_NOUN: a proposal, no request).
ISSUER_BEFORE_ASK_MAX_CHARS = 80
_INNER_ASK_RE = regex.compile(rf"(?<!\p{{L}})(?:đề\s+nghị|yêu\s+cầu|{_HANDOVER_BEFORE}giao|phân\s+công(?!{_OWN_STAFF}))\s+(?!{_ASK_NOUN})(?=\p{{L}})", regex.V1 | regex.I)


def _inner_ask(fold: str, start: int, end: int) -> regex.Match[str] | None:
    """The request inside a list's first part after the issuer's name (ASK_AFTER_ISSUER), its last one."""
    found = None
    for m in _INNER_ASK_RE.finditer(fold, start, min(end, start + ISSUER_BEFORE_ASK_MAX_CHARS)):
        found = m
    return found


# LOWER_CASE_LAST_PART (``Paragraphs.own_who``): a lower-case name ending before the duty's verb
_LISTED_LAST_PART_RE = regex.compile(rf"[ \t]*(?P<who>(?-i:\p{{Ll}})[^;:.\n]{{2,{RESPONSIBLE_MAX_CHARS}}}?){_WHO_END}[\s,]+(?={_AFTER_WHO})", regex.V1)
# LOWER_CASE_GROUP_AFTER_SEMICOLON (issue 11, session 29): a ";"-clause may hand a second body its own duty, the body
# printed in lower case as a group ("các / những / mỗi" + a group word of data/structure.toml [groups]) and followed by
# its duty verb: "Các trường trung học phổ thông rà soát danh sách học sinh; các phòng giáo dục và đào tạo tổng hợp số
# liệu …" (our sentence: OUTPUT.md, separate duties of different bodies are separate entries; a capitalised body after
# ";" was split already: "…; Phòng Kế hoạch - Tài chính tổng hợp …"). Before, the clause named no body of its own and
# joined the first body's entry (``obligations._clause_run_end``). Counter-examples: an object after ";" with no duty
# verb after it ("…; các đơn vị trực thuộc" ends a list), a clause opening with its verb ("…; tổng hợp …"), "các
# trường hợp" (cases, no schools: dev n038 "…; các trường hợp khác, sử dụng con dấu …"), and the distributive "mỗi /
# từng": it shares the same bodies' duty out ("… chỉ đạo … lựa chọn, đăng ký …; mỗi đơn vị lựa chọn đăng ký từ 1-2
# nội dung …", dev 002: one entry in its gold).
_GROUP_AFTER_SEMICOLON_RE = regex.compile(
    rf"[ \t]*(?P<who>(?:các|những)\s+(?!trường\s+hợp(?!\p{{L}})){_GROUP_WORD}(?!\p{{L}})[^;:.\n]{{0,{RESPONSIBLE_MAX_CHARS}}}?){_WHO_END}[\s,]+(?={_AFTER_WHO})",
    regex.V1,
)


def _group_after_semicolon(text: Text, sent: Sentence) -> tuple[str, int] | None:
    """The lower-case group a ";"-clause opens with before its duty verb, and where the duty starts
    (LOWER_CASE_GROUP_AFTER_SEMICOLON): "các phòng giáo dục và đào tạo | tổng hợp số liệu …"."""
    m = _GROUP_AFTER_SEMICOLON_RE.match(text.fold, sent.start, sent.end)
    if m is None:
        return None
    who = clean_value(text.text[m.start("who") : m.end("who")])
    return (who, m.end()) if plausible_who(who) is not None else None


# where an item's words start after its marker, and a body's name opening there (SUBJECT_LIST_BY_SEMICOLON)
_ITEM_START_RE = regex.compile(rf"[ \t]*{_ENUM}?", regex.V1)
_ORG_AT_RE = regex.compile(rf"(?:{_ORG})", regex.V1)
# LIST_AFTER_A_TIME_FRAME: a time that opens a sentence before its list of bodies ("Trong năm 2022, …", "Trước ngày
# 30/6/2026, …"), and the group word a lower-case first body opens with after it
_LIST_TIME_FRAME_RE = regex.compile(r"(?:Trong|Trước|Đến|Từ|Chậm\s+nhất|Hằng|Hàng|Định\s+kỳ)\s[^,;:\n]{1,60},\s*", regex.V1)
_GROUP_AT_RE = regex.compile(r"(?:các|những|mỗi)\s+(?-i:\p{Ll})", regex.V1)


def list_time_frame(text: str, line_start: int, name_at: int) -> tuple[int, int] | None:
    """The time frame between a line's marker and the list of bodies at ``name_at`` (LIST_AFTER_A_TIME_FRAME), as
    (start, end) without its comma, or None."""
    at = _after_marker(text, line_start)
    frame = _LIST_TIME_FRAME_RE.match(text, at)
    if frame is None or frame.end() != name_at:
        return None
    return at, frame.end() - len(frame.group()) + len(frame.group().rstrip().rstrip(","))


def _after_marker(text: str, at: int) -> int:
    """Where an item's words start after its marker (``at`` itself when none prints)."""
    m = _ITEM_START_RE.match(text, at)
    return m.end() if m else at


class Paragraphs:
    """The paragraphs of the body and who each sentence names, to resolve a sentence without one.

    A duty often names no group: it inherits the subject of an earlier sentence of its paragraph
    ("Ban Dân vận Quận ủy tham mưu … . Đồng thời, báo cáo … trước ngày 01/10/2022"), the group of
    the heading it stands under ("2.1. Trung ương Đoàn:" / "1. Đối với các xã: …"), or the
    addressee of the lead-in that opens its list ("đề nghị các đoàn thể … báo cáo với những nội
    dung sau:" then "3. Rà soát … xong trước ngày 29/9/2022").
    """

    def __init__(self, text: Text, sentences: list[Sentence], start: int, end: int, structure: Structure | None = None) -> None:
        """Index the paragraphs of ``text[start:end]``.

        Args:
            text: the normalised text.
            sentences: its sentences (``split_sentences``).
            start: where the body starts.
            end: where it ends.
            structure: the document's structure, whose headings and blocks bound paragraphs too
                (HEADINGS_ARE_PARAGRAPHS, BLOCKS_HOLD_THEIR_PARAGRAPH).
        """
        self.text = text
        self.sentences = sentences
        # HEADINGS_ARE_PARAGRAPHS: a heading the structure reads is a paragraph of its own (``heading_bounds``), so a
        # copy printed without blank lines keeps it apart: "… chuyển đổi số quốc gia." / "HI. VỀ CÁC NHIỆM VỤ, GIẢI PHÁP
        # TRỌNG TÂM" / "Bộ KH&CN tập trung thực hiện các nhiệm vụ, giải pháp trọng tâm sau:" / "1. Kiện toàn …" (c139):
        # the lead-in is a paragraph, whose body the items under it inherit. Counter-example: a sentence ending at a
        # line's end and the next one ("… tham mưu … ." / "Đồng thời, báo cáo …") stay one paragraph.
        starts = [m.end() for m in _PARAGRAPH_RE.finditer(text.text, start, end)]
        if structure is not None:
            # BLOCKS_HOLD_THEIR_PARAGRAPH: a blank line inside a block the structure joined (a sentence that runs across a
            # page break: "… phôi hợp chặt chẽ, hiệu quả, đảm bảo" / "4" / "hoàn thành các nhiệm vụ được giao …", c140's
            # item b)) starts no paragraph
            spans = [(b.start, b.end) for b in structure.blocks]
            first = [b[0] for b in spans]
            starts = [p for p in starts if not ((k := bisect.bisect_right(first, p) - 1) >= 0 and spans[k][0] < p <= spans[k][1])]
            starts += [b for b in heading_bounds(structure) if start <= b < end]
        self.starts = sorted({start, *(s for s in starts if s < end)})
        self._who: dict[int, tuple[str, int] | None] = {}
        self._listed: dict[int, int | None] = {}
        self._duty: dict[int, str | None] = {}
        self._heading: dict[int, str | None] = {}
        self._levels: dict[int, int | None] = {}
        self._colon: dict[int, bool] = {}

    def paragraph_of(self, pos: int) -> int:
        """Index of the paragraph holding ``pos``."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def own_who(self, i: int) -> tuple[str, int] | None:
        """The group sentence ``i`` names itself, and where its duty starts after the name (with the bodies listed
        before it, BODIES_BY_SEMICOLON)."""
        if i not in self._who:
            own = _own_who(self.text, self.sentences[i])
            sent = self.sentences[i]
            if own is None:
                # LOWER_CASE_LAST_PART: the last body of a list a request opens may start in lower case ("…; cơ quan
                # Trung ương trên địa bàn tỉnh và Ủy ban nhân dân các huyện … tiếp tục phối hợp …", the probe's
                # pc23), read only after such a list (``_bodies_by_semicolon(i, asked=True)``)
                # (only after a part closed by ";", as ``_bodies_by_semicolon`` asks: that cheap test first)
                closed = i > 0 and self.text.text[self.sentences[i - 1].start : self.sentences[i - 1].end].rstrip().endswith(";")
                tail = _LISTED_LAST_PART_RE.match(self.text.text, sent.start, sent.end) if closed else None
                if tail is not None and plausible_who(clean_value(tail.group("who"))) is not None and not _DUTY_VERB_RE.search(tail.group("who")):
                    # (or the execution article's list, whatever opens it: MEMBERS_AFTER_COLON's "…; thủ trưởng các cơ
                    # quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này")
                    # SUBJECT_LIST_LOWER_LAST (session 43): or a subject list that opens its paragraph, "Các bộ, ngành; các
                    # cấp chính quyền địa phương; các tập đoàn kinh tế … và các cơ quan, tổ chức liên quan hoàn thành …"
                    # (f46's rs01, a Government resolution: only the last part was read as the body)
                    listed = self._bodies_by_semicolon(i)
                    if listed is not None:
                        self._listed[i] = listed
                        own = clean_value(self.text.text[listed : sent.start] + " " + tail.group("who")), tail.end()
                if own is None and closed:
                    own = _group_after_semicolon(self.text, sent)
            elif self.text.text.startswith(own[0].split()[0], sent.start):
                listed = self._bodies_by_semicolon(i)
                self._listed[i] = listed
                if listed is not None:
                    own = clean_value(self.text.text[listed : sent.start] + " " + own[0]), own[1]
            self._who[i] = own
        return self._who[i]

    def listed_part(self, i: int) -> bool:
        """Whether sentence ``i`` is a part of the list of bodies a later sentence of its paragraph opens with
        (BODIES_BY_SEMICOLON): a name, no duty of its own ("- Thủ trưởng các sở, ban, ngành …;" before "Chủ tịch Ủy ban
        nhân dân các huyện … tổ chức triển khai …", the probe's pc11)."""
        sent = self.sentences[i]
        for j in range(i + 1, min(len(self.sentences), i + 1 + BODIES_BY_SEMICOLON_MAX_PARTS)):
            if not self.text.text[self.sentences[j - 1].start : self.sentences[j - 1].end].rstrip().endswith(";"):
                return False  # a list reaches back only over parts closed by ";" (``_bodies_by_semicolon``)
            self.own_who(j)
            listed = self._listed.get(j)
            if listed is not None and listed <= sent.end:
                return True
        return False

    def _bodies_by_semicolon(self, i: int, asked: bool = False) -> int | None:
        """Where the list of bodies that ends with sentence ``i``'s own subject starts, the request word left out
        (BODIES_BY_SEMICOLON), or None when the sentence before it is no such part; with ``asked``, only a list a
        request opens."""
        text = self.text
        nxt = self.sentences[i].start
        paragraph = self.paragraph_of(nxt)
        for k in range(i - 1, max(-1, i - 1 - BODIES_BY_SEMICOLON_MAX_PARTS), -1):
            prev = self.sentences[k]
            if text.text[prev.end : nxt].strip() or self.paragraph_of(prev.start) != paragraph or not text.text[prev.start : prev.end].rstrip().endswith(";"):
                return None
            ask = _LISTED_ASK_RE.match(text.fold, prev.start, prev.end) or _inner_ask(text.fold, prev.start, prev.end)
            name_at = ask.end() if ask else _after_marker(text.text, prev.start)
            flat = flat_text(text.fold[prev.start : prev.end])
            if plausible_who(clean_value(text.text[name_at : prev.end].rstrip().rstrip(";"))) is None or ask_search(flat) or subject_match(flat):
                return None  # not a name alone: "Giao Sở Tài chính chủ trì;" has its duty
            if ask:
                return name_at
            if not asked and (opens := self._opens_as_subject(prev.start, paragraph)) is not None:
                return opens  # SUBJECT_LIST_BY_SEMICOLON (after its time frame: LIST_AFTER_A_TIME_FRAME)
            nxt = prev.start
        return None

    def _opens_as_subject(self, at: int, paragraph: int) -> int | None:
        """Where the list's first body starts, or None (SUBJECT_LIST_BY_SEMICOLON): the first part of a list of bodies
        by ";" may open its item or paragraph as the subject, with no request before it, the verb after the last part:
        "- Thủ trưởng các sở, ban, ngành, đơn vị sự
        nghiệp cấp tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã và thành phố tổ chức triển khai …" (the probe's
        pc11; dev n050 prints the same list as a lead-in, "1. Thủ trưởng các Sở, ban, ngành của tỉnh; Chủ tịch Ủy ban
        nhân dân các huyện, thành phô trong tỉnh có trách nhiệm:"). Only at the start of its paragraph (after its
        marker) and only a name that opens like a body (``_ORG``). Counter-examples: a recipient list "- Sở Tài chính;"
        / "- Sở Nội vụ;" (each part its own item: another paragraph), "Giao Sở Tài chính chủ trì; Sở Nội vụ phối hợp
        …" (the part has its verb, ``_bodies_by_semicolon``)."""
        name_at = _after_marker(self.text.text, at)
        if not (self.starts[paragraph] <= at and not self.text.text[self.starts[paragraph] : at].strip()):
            return None
        # LIST_AFTER_A_TIME_FRAME (session 43): the list may follow the time that frames its sentence, its first body then
        # in lower case: "Trong năm 2022, các bộ, ngành; các cấp chính quyền địa phương; … hoàn thành …" (f46's rs01)
        frame = _LIST_TIME_FRAME_RE.match(self.text.text, name_at)
        if frame is not None:
            found = _ORG_AT_RE.match(self.text.text, frame.end()) or _GROUP_AT_RE.match(self.text.text, frame.end())
            return frame.end() if found else None
        return name_at if _ORG_AT_RE.match(self.text.text, name_at) else None

    def level(self, k: int) -> int | None:
        """Paragraph ``k``'s list level (``_level``), read once per paragraph: ``inherited_who`` reads the levels of
        the paragraphs above each sentence (49,155 reads over the 117 corpus texts)."""
        if k not in self._levels:
            self._levels[k] = _level(self.text.text, self.starts[k])
        return self._levels[k]

    def heading_who(self, k: int) -> str | None:
        """The group a paragraph names as a heading or lead-in for what follows it, if any (read once per paragraph:
        each sentence after it asks again, so a long document asked it tens of thousands of times)."""
        if k not in self._heading:
            self._heading[k] = self._read_heading_who(k)
        return self._heading[k]

    def _read_heading_who(self, k: int) -> str | None:
        text = self.text
        pstart = self.starts[k]
        pend = self.starts[k + 1] if k + 1 < len(self.starts) else len(text.text)
        m = opener_match(text.fold, pstart, pend)
        if m:  # (veto LEAD_IN_CHARGE: "Bộ KH&CN tập trung thực hiện các nhiệm vụ … sau:" names "Bộ KH&CN")
            return lead_in_name(clean_value(text.text[m.start("who") : m.end("who")]))
        tail = text.text[pstart:pend].rstrip()
        if tail.endswith(":"):  # a lead-in: "đề nghị các đoàn thể … với những nội dung sau:"
            asked = _asked_body(tail, flat_text(text.fold[pstart : pstart + len(tail)]))
            if asked:  # the bodies it asks, also with no verb ("… đề nghị UBND các tỉnh, … một số nội dung sau:", n039)
                return asked
            if speaker_lead_in(tail):  # SPEAKER_NAMES_NO_BODY: those a notice notifies, never the one who speaks
                return _notified(tail, flat_text(text.fold[pstart : pstart + len(tail)]))
            for i, sent in enumerate(self.sentences):
                if pstart <= sent.start < pend and sent.end >= pstart + len(tail) - 1:
                    own = self.own_who(i)
                    return own[0] if own else None
        return None

    def _first_ask(self, i: int) -> tuple[int, regex.Match[str]] | None:
        """The paragraph's first sentence before sentence ``i`` that asks, with its ask, or None."""
        first = self.starts[self.paragraph_of(self.sentences[i].start)]
        for j in range(i):
            if self.sentences[j].start < first:
                continue
            m = ask_search(self.text.fold, self.sentences[j].start, self.sentences[j].end)
            if m:
                return j, m
        return None

    def asked_sentence(self, i: int) -> str | None:
        """What the paragraph's first asking sentence before sentence ``i`` asks, to that sentence's full stop (its
        ";"-clauses joined, E14), or None (COMPLETION_REPORT_ENTRY)."""
        found = self._first_ask(i)
        if found is None:
            return None
        k, m = found
        while k < i - 1 and not self.text.text[self.sentences[k].start : self.sentences[k].end].rstrip().endswith("."):
            k += 1
        return _trim_action(self.text.text[m.end() : self.sentences[k].end]) or None

    def asked_before(self, i: int) -> str | None:
        """All that the paragraph asked before sentence ``i``: from where the duty of its first asking
        sentence starts ("Đề nghị Hiệu trưởng các trường … rà soát lại …") to the end of sentence
        ``i - 1`` ("… Đơn vị nào chưa thực hiện việc thu thì khẩn trương thu …"), for a pro-form."""
        found = self._first_ask(i)
        return (_trim_action(self.text.text[found[1].end() : self.sentences[i - 1].end]) or None) if found else None

    def duty_before(self, i: int) -> str | None:
        """``_duty_before``, once per sentence (all the bare time lines of a sentence share it)."""
        if i not in self._duty:
            self._duty[i] = self._duty_before(i)
        return self._duty[i]

    def _duty_before(self, i: int) -> str | None:
        """The duty a bare time line of sentence ``i`` refers to.

        Args:
            i: index of the sentence holding only a time ("Hoàn thành chậm nhất trước ngày …").

        Returns:
            The previous sentence of its paragraph (without the group it names), else the heading
            of the item it stands under ("2.2.1. Tổ chức Giải thưởng …" over "Thời gian: …"),
            else ``None``.
        """
        text = self.text.text
        k = self.paragraph_of(self.sentences[i].end - 1)
        if i > 0 and self.sentences[i - 1].end > self.starts[k]:
            prev = self.sentences[i - 1]
            # the duty before runs back over the clauses of its paragraph joined by ";" (a list of actions of one
            # body is one entry, E2/A4): "Rà soát việc tạo lập … trên hệ thống; đảm bảo 100% tổ chức đoàn … .
            # Hoàn thành chậm nhất trước ngày 30/7/2023." (c111) → from "Rà soát", not "đảm bảo"
            j = i - 1
            while j > 0 and self.sentences[j - 1].start >= self.starts[k] and self.own_who(j) is None and text[self.sentences[j - 1].start : self.sentences[j - 1].end].rstrip().endswith(";"):
                j -= 1
            own = self.own_who(j)
            start = max(self.sentences[j].start, own[1]) if own else self.sentences[j].start
            duty = _trim_action(text[start : prev.end])
            if len(_words(duty)) >= 2:
                return duty
        level = self.level(k)
        if level is not None and k > 0 and self.level(k - 1) is None:
            # the first item under a lead-in: "Ban Bí thư lựa chọn 12 đơn vị để thực hiện triển khai
            # trọng điểm …, cụ thể như sau:" then "+ Thời gian thực hiện: Từ tháng 7/2023 …"
            lead = [j for j, x in enumerate(self.sentences) if self.starts[k - 1] <= x.start < self.starts[k]]
            if lead and text[self.sentences[lead[-1]].start : self.sentences[lead[-1]].end].rstrip().endswith(":"):
                duty = _lead_in_duty(self.text, self.sentences[lead[-1]], self.own_who(lead[-1]))
                if len(_words(duty)) >= 2:
                    return duty
        for q in range(k - 1, max(-1, k - 1 - HEADING_LOOKBACK_PARAGRAPHS), -1):
            qlevel = self.level(q)
            if qlevel is not None and (level is None or qlevel < level):
                line = text[self.starts[q] :].split("\n", 1)[0]
                duty = _trim_action(line)
                # a part's title ("II. THỜI GIAN, ĐỊA ĐIỂM, QUY MÔ, HÌNH THỨC") names no duty
                return duty if len(_words(duty)) >= 2 and not duty.isupper() else None
        return None

    def clause_start(self, i: int, timed: set[int]) -> int:
        """Where the duty of sentence ``i`` starts when it continues the clauses before it.

        A duty is often one sentence of clauses joined by ";" with its time in the last one:
        "UBND tỉnh Quảng Ninh chủ trì, … nghiên cứu, xây dựng Đề án …; báo cáo Thủ tướng Chính phủ
        trong tháng 5 năm 2025." (OUTPUT.md: a list of actions for one body in one sentence is one
        entry). Going back over the clauses of its paragraph that end in ";", it stops at a clause
        with a time of its own (``timed``: that is another duty) and after the one that names who
        acts (the duty starts after the name).

        Args:
            i: the sentence's index.
            timed: indices of the sentences that hold a deadline of their own.

        Returns:
            The offset where the duty starts: after the group a clause names, else its start.
        """
        sents = self.sentences
        own = self.own_who(i)
        if own is not None:
            return max(sents[i].start, min(own[1], sents[i].end))
        first = self.starts[self.paragraph_of(sents[i].start)]
        j = i
        while j > 0 and j - 1 not in timed and sents[j - 1].start >= first and self.text.text[sents[j - 1].start : sents[j - 1].end].rstrip().endswith(";"):
            j -= 1
            own = self.own_who(j)
            if own is not None and plausible_who(own[0]) is not None:
                return max(sents[j].start, min(own[1], sents[j].end))
        return sents[j].start

    def later_clauses(self, i: int, timed: Callable[[int], bool]) -> str | None:
        """The ";"-clauses after sentence ``i`` that go with its time (E14 (b), LATER_CLAUSES_JOIN_THE_LAST_TIME).

        README E14 (b): "the sentence is cut after each clause that holds a time; … those after the last time go
        with the last entry". "đ) Cắt giảm thành phần hồ sơ …, hoàn thành trong Quý II/2025; đẩy mạnh cung cấp …
        dịch vụ công trực tuyến …; tái cấu trúc, số hóa quy trình …; tái sử dụng 100% dữ liệu đã số hóa …" (c159)
        → "đẩy mạnh cung cấp …; tái cấu trúc …; tái sử dụng …" joins "Cắt giảm …". Going on over the clauses of
        the paragraph while the one before ends in ";", it stops before a clause that names a body or asks one
        (E14 (c): "…; UBND các xã tổ chức …"), one that opens with a purpose ("để", "nhằm", A10) or a contrast
        that states a fact ("…; tuy nhiên, việc triển khai chưa đáp ứng được tiến độ thi công", c143; "đã" alone
        proves nothing: "tái sử dụng 100% dữ liệu đã số hóa …" is c159's duty); and it takes nothing when a later clause
        of the chain has a time of its own (``timed``): the untimed clauses before it go with that time (E14 (b)).
        Counter-examples: n009 e) "Khẩn trương nộp hồ sơ … trước ngày 28/4/2026; khẩn trương lập báo cáo điều
        chỉnh hướng tuyến …; hoàn thành báo cáo … trước ngày 05/5/2026" — "khẩn trương lập báo cáo …" goes with
        05/5, not 28/4; c159 e) "Hợp nhất …, hoàn thành trong tháng 4/2025;" / "điều chỉnh quy trình nghiệp vụ,
        …, hoàn thành trong tháng 4/2025." — the next clause has its own time, so "Hợp nhất …" takes nothing.

        Args:
            i: the sentence holding the last time, ending in ";".
            timed: whether sentence ``j`` holds a time that makes a deadline.

        Returns:
            The clauses' text, or ``None`` when none goes with it.
        """
        sents, text = self.sentences, self.text
        k = self.paragraph_of(sents[i].start)
        end = self.starts[k + 1] if k + 1 < len(self.starts) else len(text.text)
        j, last = i, None
        while text.text[sents[j].start : sents[j].end].rstrip().endswith(";") and j + 1 < len(sents) and sents[j + 1].start < end:
            j += 1
            sent = sents[j]
            if timed(j):
                return None  # untimed clauses before a later time go with that time (E14 (b))
            if self.own_who(j) is not None or ask_search(text.fold, sent.start, sent.end) or _NO_LATER_CLAUSE_RE.match(text.fold, sent.start, sent.end):
                break
            last = j
        if last is None:
            return None
        clauses = _trim_action(text.text[sents[i + 1].start : sents[last].end])
        return clauses if len(_words(clauses)) >= 2 else None

    def paragraph_who(self, i: int) -> str | None:
        """The body an earlier sentence of sentence ``i``'s paragraph names (README A7: "Ban Bí thư Trung
        ương Đoàn đề nghị các đơn vị triển khai … . Kế hoạch … gửi về Trung ương Đoàn …", c117), if any."""
        k = self.paragraph_of(self.sentences[i].start)
        j = i - 1
        while j >= 0 and self.sentences[j].end > self.starts[k]:
            own = self.own_who(j)
            if own:
                return own[0]
            j -= 1
        return None

    def ends_with_colon(self, q: int) -> bool:
        """PARAGRAPH_COLON_ONCE: whether paragraph ``q`` (not the last) closes with ':' (it introduces what follows: "2.1.
        Trung ương Đoàn:" in c117), read once per paragraph. ``inherited_who`` asks it of each paragraph it walks
        back over, for each sentence below it (46,526 slices of a paragraph over the 117 corpus texts, 2,826 walks)."""
        if q not in self._colon:
            self._colon[q] = self.text.text[self.starts[q] : self.starts[q + 1]].rstrip().endswith(":")
        return self._colon[q]

    def inherited_who(self, i: int) -> str | None:
        """The group sentence ``i`` inherits: from its paragraph, its heading or its lead-in."""
        sent = self.sentences[i]
        k = self.paragraph_of(sent.start)
        who = self.paragraph_who(i)
        if who:
            return who
        level = self.level(k)
        for q in range(k - 1, max(-1, k - 1 - HEADING_LOOKBACK_PARAGRAPHS), -1):
            qlevel = self.level(q)
            higher = qlevel is not None and (level is None or qlevel < level)
            who = self.heading_who(q)
            # The heading's group is inherited from a higher level, from a paragraph ending in ':'
            # (it introduces what follows), or between two unnumbered paragraphs; never from a sibling
            # item of the same list (README A13: "2. Các Bộ, cơ quan, địa phương tải tài liệu Phiên họp tại:"
            # leads nothing of "3. Các đại biểu dự họp …", n020).
            sibling = qlevel is not None and qlevel == level
            # PARAGRAPH_COLON_ONCE: whether paragraph q closes with ':' is read only when it can decide (a body named,
            # not a higher level, not a sibling), once per paragraph (``ends_with_colon``)
            if who and (higher or (not sibling and self.ends_with_colon(q)) or (qlevel is None and level is None)):
                return who
            if higher:
                level = qlevel
                if qlevel == 0:
                    return None  # a part heading ("III. TỔ CHỨC THỰC HIỆN") closes the search
        return None


# The words after a time that carry its clause on: no punctuation between, a lower-case word first
# ("định kỳ hàng tuần | với các đơn vị trực thuộc …"), up to the next comma or the clause's end.
_CLAUSE_GOES_ON_RE = regex.compile(r"\s+(?P<rest>(?-i:\p{Ll})[^,;.:()]*)", regex.V1)
# ... and when they open with a preposition, they are the verb's object, whose list runs past the commas
# (OBJECT_AFTER_RECURRENCE). Counter-example: a new verb after the time ("… hàng tuần gửi báo cáo …, …") stops at the comma.
_OBJECT_AFTER_TIME_RE = regex.compile(r"(?:về|cho|với|đối\s+với)\s", regex.V1)


# A time line that names no duty of its own: "Thời gian: Ngày 22/5/2021 (Thứ bảy).", "Hoàn thành
# chậm nhất trước ngày 30/7/2023.", "Đảm bảo hoàn thành trước ngày 30/8/2023.": the duty is the
# sentence before it in the paragraph, or the heading of the item it stands under.
# COPULAR_LIMIT (session 18, data/dates.toml [copular_limit]): a copular limit restates the duty just asked and
# gives its day: "Đề nghị các đơn vị gửi hồ sơ đăng ký về Sở Nội vụ. Hạn chót nhận hồ sơ là ngày 15/7/2023." →
# "gửi hồ sơ đăng ký về Sở Nội vụ", due 15/7/2023 (before, the action was "Hạn chót nhận hồ sơ là"). Counter-example:
# "Thời gian tổ chức Hội nghị là ngày 20/7/2023." (an event's time, no label of a limit) is left as it was read.
_LABEL_ONLY_RE = regex.compile(
    rf"""
    [\s\-–—+•*]*
    (?:{ITEM_NUMBER}\s*)?                                              # "I. THỜI GIAN:", "1. Thời gian:"
    (?:
        {copular_limit()}                                              # "Hạn chót nhận hồ sơ là" (COPULAR_LIMIT)
      | thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành|tổ\s+chức))?   # "Thời gian thực hiện"
      | (?:đảm\s+bảo|phấn\s+đấu)(?:\s+(?:hoàn\s+thành|xong))?           # "Đảm bảo hoàn thành", "Đảm bảo"
      | hoàn\s+thành|xong
    )?
    \s*:?\s*
    (?:vào\s*)?(?:lúc\s*)?                                             # "Vào lúc 08 giờ 00 phút, ngày …"
    (?:ngày\s+\d{{1,2}}\s*,\s*)*                                        # "Ngày 07, 09/01/2023": days before the last
    """,
    regex.X | regex.V1 | regex.I,
)
# What may follow such a time: nothing, a weekday "(Thứ bảy)", "(sáng Thứ Hai)", "(Chủ nhật)", a full stop.
# (a weekday as a word or a figure: "(thứ Sáu)", "(sáng thứ 4)", as after probe pf03's and pf05's label lines)
_NOTHING_AFTER_RE = regex.compile(r"[\s(]*(?:(?:sáng|chiều|tối)\s+)?(?:thứ\s+(?:\p{L}+|[2-7](?!\d))|chủ\s+nhật)?[\s).;]*", regex.V1 | regex.I)


# A topic label opens an item of a meeting's conclusions, then who is asked and what: "c) Về kiến nghị của
# tỉnh Bến Tre liên quan đến thực hiện giao khu vực khoáng | sản cho đơn vị thi công …: Ủy | ban nhân dân tỉnh
# Bến Tre tham khảo …" (c143, over lines). The label names the matter, not the one asked: its words ("giao khu
# vực khoáng sản") are no request, and the group is read after its colon. The label's words as the obligations
# stage's TOPIC_LABEL; a capital after the colon (a name or a duty's first word), so "Về việc …: gồm …" is no label.
_TOPIC_OPENING_RE = regex.compile(
    rf"[ \t]*{_ENUM}?(?:Về|Đối\s+với\s+(?:công\s+tác|việc|lĩnh\s+vực|nhiệm\s+vụ))\s[^:;.]{{1,400}}?:\s*(?=(?-i:\p{{Lu}}))", regex.V1
)


_TIME_OF_DAY_RE = regex.compile(r"\d\d?:\d")  # "14:00", no label's colon


# OWN_WHO_ONCE: ``_own_who`` of a sentence, read once per text: both stages' ``Paragraphs`` (each with its own memo),
# ``item_who``, ``_heading_names``, ``who_around_time`` and ``_assigned_to`` ask it of the same sentences (6,858 reads
# over the 117 corpus texts, 1,706 of them repeats: c111's "2. Các tỉnh, thành đoàn …" read by both stages and as the
# holder of its items). A function of the text's two strings and the span. Held per ``Text`` object, weakly (the entry
# goes with the text, so ``benchmark``'s repeated parses of a file do not reuse one another's reads), and only while
# the object still holds the strings it was read with; the obligations stage's copy with repaired cues
# (``_with_repaired_cues``: another fold) is another object with a memo of its own.
_OWN_WHO_READ: dict[int, tuple[weakref.ref[Text], str, str, dict[tuple[int, int], tuple[str, int] | None]]] = {}


def _own_who_memo(text: Text) -> dict[tuple[int, int], tuple[str, int] | None]:
    """OWN_WHO_ONCE: the memo of ``text``'s reads (a new one for a new text, or one whose strings changed)."""
    key = id(text)
    entry = _OWN_WHO_READ.get(key)
    if entry is None or entry[0]() is not text or entry[1] is not text.text or entry[2] is not text.fold:

        def _gone(ref: weakref.ref[Text], key: int = key) -> None:
            if (held := _OWN_WHO_READ.get(key)) is not None and held[0] is ref:
                del _OWN_WHO_READ[key]

        entry = (weakref.ref(text, _gone), text.text, text.fold, {})
        _OWN_WHO_READ[key] = entry
    return entry[3]


def _own_who(text: Text, sent: Sentence) -> tuple[str, int] | None:
    """The group a sentence names, and where the duty starts after the name (after a topic label: c143); read once
    per text and span (OWN_WHO_ONCE)."""
    memo = _own_who_memo(text)
    span = (sent.start, sent.end)
    if span not in memo:
        read = _read_own_who(text, sent)
        memo[span] = _past_place_clause(text, sent, read) if read is not None else None
    return memo[span]


# PLACE_CLAUSE_IN_NAME (session 32): "nơi" + a clause picks the body out by where something happens, "Chi cục Hải quan
# nơi đăng ký tờ khai thực hiện xem xét, phê duyệt …", "Chi cục Hải quan nơi quản lý kho CFS kiểm tra, đối chiếu …" (an
# unseen customs letter), "Công an cấp xã nơi cư trú xác nhận …": the clause's verb is no duty, the name runs on to the
# next duty verb (was "Chi cục Hải quan nơi" | "đăng ký tờ khai thực hiện …"). Counter-example: a name with no "nơi"
# before its verb, and a clause with no duty verb after it within ``PLACE_CLAUSE_MAX_CHARS`` (the name stays as read).
_PLACE_WORD_END_RE = regex.compile(r"(?<!\p{L})nơi\s+$", regex.V1 | regex.I)
PLACE_CLAUSE_MAX_CHARS = 60


def _past_place_clause(text: Text, sent: Sentence, read: tuple[str, int]) -> tuple[str, int]:
    """``read`` with its name run on over a place clause (PLACE_CLAUSE_IN_NAME, above)."""
    who, duty_start = read
    if not _PLACE_WORD_END_RE.search(text.fold, max(sent.start, duty_start - 8), duty_start):
        return read
    first = regex.match(r"\p{L}+\s+", text.fold[duty_start : sent.end], flags=regex.V1)
    if first is None:
        return read
    stop = min(sent.end, duty_start + PLACE_CLAUSE_MAX_CHARS)
    verb = _LOWER_DUTY_VERB_RE.search(text.fold, duty_start + first.end(), stop)
    if verb is None or regex.search(r"[,;:.()]", text.text[duty_start : verb.start()]):
        return read
    return clean_value(f"{who} {text.text[duty_start : verb.start()]}"), verb.start()


def _read_own_who(text: Text, sent: Sentence) -> tuple[str, int] | None:
    """The group a sentence names, and where the duty starts after the name (after a topic label: c143)."""
    label = _TOPIC_OPENING_RE.match(text.text, sent.start, sent.end)
    if label is not None:
        sent = Sentence(label.end(), sent.end)
    seg = text.fold[sent.start : sent.end]
    charged = _THEN_CHARGED_RE.match(seg.replace("\n", " ")) if "thì" in seg or "Thì" in seg else None
    if charged is not None and " thì " not in f" {charged.group('who')} " and plausible_who(charged.group("who")):
        return clean_value(text.text[sent.start + charged.start("who") : sent.start + charged.end("who")]), sent.start + charged.end()
    m = ask_search(seg)
    colon = seg.find(":", m.end("who")) if m else -1
    if m and colon != -1 and not _TIME_OF_DAY_RE.match(seg, colon - 2):
        # the label's tail when the splitter cut the label (c143's footnote mark "Bến Tre?" ends a "sentence"):
        # a request before a colon whose other side opens with a body of its own is the label's words
        after = _subject_who(text, Sentence(sent.start + colon + 1, sent.end))
        if after is not None and text.text[sent.start + colon + 1 : sent.end].lstrip()[:1].isupper():
            return after
    if m:
        return clean_value(text.text[sent.start + m.start("who") : sent.start + m.end("who")]), sent.start + m.end()
    own = _subject_who(text, sent)
    colon = seg.find(":")
    if own is None and label is None and seg[:1].islower() and colon != -1 and not _TIME_OF_DAY_RE.match(seg, max(0, colon - 2)):
        # the same tail with no request in it: a "sentence" that opens in lower case (the splitter cut the label
        # above it) and names its body after a colon: "đến bố trí kinh phí đền bù, … Gò Quao - Vĩnh Thuận: Bộ
        # Giao thông vận tải chỉ đạo …" (c143's scan)
        rest = Sentence(sent.start + colon + 1, sent.end)
        if text.text[rest.start : rest.end].lstrip()[:1].isupper():
            return _subject_who(text, rest)
    return own


# Bodies listed after their kind and a colon, before the duty: "3. Các Bộ: Quốc phòng, Công an chỉ
# đạo các lực lượng …" (c146), "(4). Các Bộ: Khoa học và Công nghệ, Công Thương, Ngoại giao và Học
# viện Chính trị Quốc gia Hồ Chí Minh chủ động phối hợp …" (c142). The names are capitalised; the
# list ends at the first duty verb in lower case (matched as printed: "Xây dựng" is a ministry).
# HEAD_OF_LISTED_KIND (issue 11, session 29): NĐ 30's letters name the bodies so by their heads too, the title before
# "các" (data/duties.toml [listed_heads]): "10. Giám đốc các Sở: Công Thương, Tài chính chỉ đạo lực lượng quản lý thị
# trường …" (the battery's state.txt; was no duty: no body read), dev n061's execution article "Giám đốc các Sở: Tài
# nguyên và Môi trường, Công Thương; …" (a list by ";", read by BODIES_BY_SEMICOLON, unchanged). Counter-example: a
# title that is no head ("Đại diện các Sở: …") opens no such list.
_LISTED_HEAD = rf"(?:(?:{alternation(duties().listed_heads.words)})\s+)?"
LISTED_BODIES_RE = regex.compile(
    rf"^{LEADER}(?:{ITEM_NUMBER}\s*)?(?P<who>{_LISTED_HEAD}[Cc]ác\s+(?:Bộ|Sở|Ban|Tỉnh|tỉnh|Thành\s+phố|thành\s+phố)\s*:\s*(?-i:\p{{Lu}})[^:;.]*?)\s+(?=(?:{_DUTY_VERBS})(?!\p{{L}}))",
    regex.V1,
)
# Read by both stages: a deadline of such a sentence (c158's "… khẩn trương có văn bản trả lời … trước ngày 15
# tháng 4 năm 2025") names all the bodies, not the label "Các Bộ" with the list in its action.


# MEMBERS_AFTER_COLON (session 31): the execution article as provinces print it names bodies before a plural head, its
# members after the head's colon, and more parts after ";", all up to the formula: "Chánh Văn phòng Ủy ban nhân dân
# tỉnh, Giám đốc các sở: Giáo dục và Đào tạo, Kế hoạch và Đầu tư, …; Chủ tịch Ủy ban nhân dân huyện, thành phố; thủ
# trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./." (an unseen decision; before, the
# colon made "Chánh Văn phòng …, Giám đốc các sở" a label and the article no duty). The list runs to "có / chịu trách
# nhiệm thi hành / thực hiện" only, and holds no sentence's end. Counter-example: "Giám đốc các Sở: Công Thương, Tài
# chính chỉ đạo …" (no execution formula: LISTED_BODIES_RE above, its list ending at the first duty verb).
# The execution formula's charge ("có / chịu trách nhiệm [tổ chức | triển khai] thi hành / thực hiện"), one fragment for
# MEMBERS_AFTER_COLON here and the obligations stage's EXECUTION_SUBJECT (``obligations._execution_form_re``).
EXECUTION_CHARGE = r"(?:có|chịu)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+|triển\s+khai\s+)?(?:thực\s+hiện|thi\s+hành)"
MEMBERS_SUBJECT_RE = regex.compile(
    rf"^{LEADER}(?:{ITEM_NUMBER}\s*)?(?P<who>(?-i:\p{{Lu}})[^:.\n]{{0,200}}?(?<!\p{{L}})[Cc]ác\s+(?:[Ss]ở|[Bb]ộ|[Nn]gành|[Bb]an)\s*:\s*(?-i:\p{{Lu}})[^:.\n]{{0,600}}?)"
    rf"\s+(?={EXECUTION_CHARGE}(?!\p{{L}}))",
    regex.V1,
)
# The execution formula after a list's last part (MEMBERS_AFTER_COLON, the LOWER_CASE_LAST_PART of its list).
_EXECUTION_TAIL_RE = regex.compile(rf"[ \t]*{EXECUTION_CHARGE}\s+\p{{L}}+(?:\s+\p{{L}}+)?\s+này(?!\p{{L}})", regex.V1 | regex.I)


# "theo chức năng, nhiệm vụ được giao" after the bodies is a lead of the action, not part of their
# names (README A1): "Các Bộ: Giáo dục và Đào tạo, …, Y tế theo chức năng nhiệm vụ được giao, khẩn
# trương có văn bản …" (c158).
FUNCTION_LEAD_RE = regex.compile(r"[\s,]+theo\s+chức\s+năng\b.*$", regex.V1 | regex.I | regex.S)


# RELATIVE_SUBJECT: "<group word> nào <clause>, [đề nghị | yêu cầu | thì] <duty>" names the bodies the clause picks out,
# the clause whole ("whichever unit has not yet …"): the probe's pb09 "Đơn vị nào chưa gửi hồ sơ (theo mẫu …, gửi kèm
# Thông báo số 1), đề nghị hoàn thành gấp và gửi … về Hội đồng Đội Trung ương" → "Đơn vị nào chưa gửi hồ sơ (…)",
# "hoàn thành gấp …"; w015 "Đơn vị nào chưa thực hiện việc thu thì khẩn trương thu theo tinh thần công văn số 498/UBND
# …" → "Đơn vị nào chưa thực hiện việc thu", "khẩn trương thu …" (both read "Đơn vị nào chưa" and the clause's own verb
# as the duty). The clause ends at the first comma outside a parenthesis or at "thì"; a parenthesis inside it stays.
# Counter-example: "nào" not right after the group word ("… bất kỳ lý do nào, …") opens no subject.
_RELATIVE_SUBJECT_RE = regex.compile(
    rf"""^[ \t]*{_ENUM}?
    (?P<who>{_GROUP_WORD}\s+nào\s(?:[^,;:.()\n]|\([^()\n]{{0,200}}\)){{3,{RESPONSIBLE_MAX_CHARS}}}?)
    (?:\s*,\s*(?:thì\s+)?|\s+thì\s+)(?:(?:đề\s+nghị|yêu\s+cầu)\s+)?(?=(?-i:\p{{Ll}}))""",
    regex.V1 | regex.I | regex.X,
)


def _subject_who(text: Text, sent: Sentence) -> tuple[str, int] | None:
    """The group a sentence opens with as its subject, and where the duty starts after the name."""
    seg = text.fold[sent.start : sent.end]
    relative = _RELATIVE_SUBJECT_RE.match(seg)
    if relative:  # RELATIVE_SUBJECT
        return clean_value(text.text[sent.start + relative.start("who") : sent.start + relative.end("who")]), sent.start + relative.end()
    flat = seg.replace("\n", " ")  # a subject wraps like any text (same length: the offsets hold)
    listed = LISTED_BODIES_RE.match(flat) or MEMBERS_SUBJECT_RE.match(flat)
    if listed:
        who = clean_value(text.text[sent.start + listed.start("who") : sent.start + listed.end("who")])
        return FUNCTION_LEAD_RE.sub("", who), sent.start + listed.end()
    before_condition = _SUBJECT_BEFORE_CONDITION_RE.match(flat)
    if before_condition and not _LOWER_DUTY_VERB_RE.search(" ".join(before_condition.group("who").split()[CONDITION_NAME_VERB_WORDS:])):
        # SUBJECT_BEFORE_CONDITION
        return clean_value(text.text[sent.start + before_condition.start("who") : sent.start + before_condition.end("who")]), sent.start + before_condition.end()
    m = opener_match(seg)
    if m and not _CHARGE_TAIL_RE.search(m.group("who")):
        return clean_value(text.text[sent.start + m.start("who") : sent.start + m.end("who")]), sent.start + m.end()
    # "3. Bộ Xây dựng chủ trì, phối hợp với các Bộ: Tài nguyên và Môi trường, …" (c143): the colon lists the
    # co-operating bodies inside the duty; the subject is the name before its charge (A1/A3)
    # a subject wraps like any text: "4. MTTQ và …, các tổ chức cơ | sở đảng trực thuộc quận căn cứ …"
    # (the line break read as a space; same length, so the offsets hold)
    m = subject_match(flat) or _CONDITIONAL_SUBJECT_RE.match(flat) or then_subject_match(flat)
    if m:
        return clean_value(text.text[sent.start + m.start("who") : sent.start + m.end("who")]), sent.start + m.end()
    return None


# What a body's name is made of: it opens with a capital or a group word ("các xã", "mỗi đơn vị",
# "cơ quan, đơn vị …"); a verb, a date or a report of receipt inside it means the sentence was
# cut in the wrong place ("phải", "đến 30/5/2026", "Ủy ban nhân dân tỉnh nhận được Công văn số …").
# Nor a purpose ("để", "nhằm"): "Trung ương Đoàn …, Trung ương Hội Sinh viên Việt Nam sử dụng nguồn kinh phí ngân
# sách và huy động các nguồn lực xã hội hóa để: tổ chức thực hiện các hoạt động" (c122) names no body "… để".
# A number inside a name is no document's number: "Ban Quản lý dự án đầu tư xây dựng số 1" (n009, n010) is a body;
# "số 2062/SGDĐT-KHTC" (a symbol after its number) is a document cited.
# DATE_IN_WORDS_IS_NO_NAME: a whole date printed in words without its "ngày" is a date as much as one in
# figures: "…, yêu cầu đến 30 tháng 5 năm 2026 phải bàn giao toàn bộ mặt bằng …" (n009's "đến 30/5/2026" printed
# in words, scripts/variants.py date_words) is no body's name; no name holds "<day> tháng <month> năm <year>".
WORDS_DATE = r"\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
_NOT_IN_GROUP_RE = regex.compile(rf"(?<!\p{{L}})(?:nhận\s+được|sẽ|để|nhằm|trân\s+trọng|kính\s+mời|đề\s+nghị|yêu\s+cầu|về\s+việc|số\s+\d+(?=\s*/)|ngày\s+\d|\d{{1,2}}/\d{{1,2}}/\d{{4}}|{WORDS_DATE})(?!\p{{L}})", regex.V1 | regex.I)
# A body's name is short; longer is a clause. LONG_ADDRESSEE_LIST: a government's charge lists its bodies by their
# heads, up to some 60 words ("Bộ trưởng Bộ Công an, Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc
# Chính phủ và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo …", c149: 35 words; c155's,
# n061's gold names: 60; a provincial execution article of an unseen decision, 70: "Chánh Văn phòng Ủy ban nhân dân Thành
# phố, Giám đốc Sở …, …, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh và các tổ chức, cá nhân liên
# quan", session 31); the words that mark a clause (``_NOT_IN_GROUP_RE``) still veto one.
WHO_MAX_WORDS = 80


# An emphasis after the bodies asked ("…, nhất là / đặc biệt là các địa phương có nguồn vật liệu san lấp") singles
# out some of them; it is no part of their name (c143 9.: "Đề nghị các đồng chí Bí thư Tỉnh ủy, Thành ủy, Chủ tịch
# Ủy ban nhân dân các địa phương trong Vùng, nhất là các địa phương có nguồn vật liệu san lấp, chỉ đạo …").
_EMPHASIS_TAIL_RE = regex.compile(r"\s*,\s*(?:nhất|đặc\s+biệt)\s+là\s.*$", regex.V1 | regex.I | regex.S)


def plausible_who(who: str | None) -> str | None:
    """``who`` if it reads as the name of a body or group (without an emphasis after it), else None.

    >>> plausible_who("các sở, ban, ngành"), plausible_who("phải"), plausible_who("đến 30/5/2026")
    ('các sở, ban, ngành', None, None)
    >>> plausible_who("các địa phương trong Vùng, nhất là các địa phương có nguồn vật liệu san lấp")
    'các địa phương trong Vùng'
    """
    if not who:
        return None
    who = _EMPHASIS_TAIL_RE.sub("", who) or who
    who = CITING_ASIDE_RE.sub("", who) or who  # HEADING_CITES_ITS_BODY
    if not opens_with_a_body(who) or _NOT_IN_GROUP_RE.search(who) or len(who.split()) > WHO_MAX_WORDS:
        return None
    if not names_a_group(who):
        return None  # "Các hoạt động hỗ trợ …": a topic, not bodies
    if _STATE_MOTTO_RE.search(P.bare(who)):
        return None  # MOTTO_IS_NO_BODY
    return who


# MOTTO_IS_NO_BODY (session 40): a header line that prints the issuer's names and the national motto side by side (a
# PDF copied with its layout: "UBND TỈNH LÀO CAI   CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", f41's rg05 and f42's rh05, both
# Lào Cai letters) names no body: it headed the whole letter, and every duty under no heading of its own was charged to
# it. The state's mottos only (vocabulary [[systems]]): "Đoàn TNCS Hồ Chí Minh" and the Party's name print in bodies'
# names. Counter-example: "Ủy ban nhân dân tỉnh Lào Cai" alone.
_STATE_MOTTO_RE = regex.compile(
    "|".join(P.motto_pattern(m.motto) for m in vocabulary().systems if m.system == "state"),
    regex.V1,
)


# Where a heading's body name ends and its charge begins: "Bộ Tài chính chủ trì, phối hợp với các
# cơ quan liên quan:" names "Bộ Tài chính" (the lead body; OUTPUT.md's responsible).
# ... and the function lead before the charge is no part of the name (FUNCTION_LEAD_AFTER_BODY): "2. Bộ Công an, Bộ Quốc
# phòng, Bộ Ngoại giao theo chức năng, nhiệm vụ, thẩm quyền được giao chủ trì, phối hợp với …:" names the three Bộ (c148)
_CHARGE_TAIL_RE = regex.compile(
    rf"[\s,]+(?:{FUNCTION_LEAD_AFTER_BODY.rstrip('?')}\s*)?(?:chủ\s+trì|phối\s+hợp|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|tham\s+mưu)\b.*$",
    regex.V1 | regex.I | regex.S,
)
# A heading that names a body: "1. Đối với tỉnh Quảng Ninh", "2. Bộ Tài chính:", "c) UBND Phường 2:",
# "4.4. Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh".
# POLITE_ASK (i17-olang): the request as a lower body or a mass organisation prints it, "Kính đề nghị" / "Trân trọng đề
# nghị", heads a body's items as "Đề nghị" does: "2. Kính đề nghị Tập đoàn Bưu chính Viễn thông Việt Nam" (c111's
# heading with `ask_polite`, scripts/variants.py: its items lost their body). Counter-example: "Kính gửi: …" (the
# address line, no "đề nghị").
POLITE_ASK = r"(?:(?:[Kk]ính|[Tt]rân\s+trọng)\s+)?"
_HEADING_WHO_RE = regex.compile(rf"^\s*(?:(?:{POLITE_ASK}[Đđ]ề\s+nghị|Giao|Yêu\s+cầu)\s+)?(?:(?:Đối|(?<=\p{{L}}\s+)đối)\s+với\s+(?P<who>[^:\n]{{3,200}}?)|{DUTY_OF_LABEL}\s+(?P<who>{_ORG}[^:\n]{{0,200}}?|(?-i:\p{{Ll}})[^:\n]{{2,200}}?)|(?P<who>{_ORG}[^:\n]{{0,200}}?))\s*[:.]?\s*$", regex.V1)
# DUTY_OF_ANY_NAME (session 42): a heading "Trách nhiệm của …" declares whose duties the items under it are, whatever
# case the name is printed in: "1. Trách nhiệm của nhà đầu tư" / "- Chịu trách nhiệm trước pháp luật …" (an unseen
# investment approval: its items were charged to no one). Counter-example: the bare opener rule still needs a body's
# opener ("Tổ chức thực hiện" heads no body).
# HEADING_CITES_ITS_BODY (session 40): a heading may cite where its bodies are defined, in a closing aside, "3. Đối với các
# Bộ quản lý chuyên ngành (theo quy định tại khoản 5 Điều 3 Nghị định số 178/2026/NĐ-CP)" (f42's rj01, a ministry's
# letter on a decree): the aside is no part of the name (before, the name read with it was too long to be a body's and
# the items under it named no one). Only an aside that cites a provision. Counter-examples: an aside that names ("(sau
# đây gọi là …)", "(Sở Tài chính)") or says which thing ("Trường nào chưa nộp báo cáo (theo mẫu số 2, gửi kèm Công văn số
# 15)", a relative subject's clause: CI caught the first, wider version) stays.
CITING_ASIDE_RE = regex.compile(
    r"\s*\((?:theo\s+)?(?:quy\s+định\s+)?(?:tại|căn\s+cứ)\s+(?:điểm|khoản|điều|mục|chương|luật|nghị\s+định|thông\s+tư)\s[^()]*\)\s*\.?$",
    regex.V1 | regex.I,
)
_PERIOD_HEADING_WHO_RE = regex.compile(r"^\s*(?:Yêu\s+cầu\s+đối|Đối)\s+với\s+(?P<who>[^:.;\n]{3,200}?)\s*\.\s*$", regex.V1)
# A lead-in whose bodies are listed with ";" before their charge, the whole block read at once.
_LEAD_IN_WHO_RE = regex.compile(rf"^\s*(?P<who>{_ORG}[^:]{{0,300}}?){_WHO_END}[\s,]+(?={_AFTER_WHO})", regex.V1)
# A heading naming a body is short; a longer "heading" is an item's text.
HEADING_WHO_MAX_WORDS = 25
# ASK_HEADING: a heading that asks its bodies and ends on the colon, with no verb of theirs ("Giao <body>:", the
# layout of a meeting's conclusions and of a plan's Tổ chức thực hiện), names the whole line between the asking
# word and the colon, however long, a colon listing its members included: "1. Giao Bộ trưởng các bộ, Thủ trưởng
# các cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung
# ương:" (c159, 27 words), "1. Giao UBND các xã: Đức Trọng, Hiệp Thạnh, Đinh Văn Lâm Hà:" (n012), "Giao Ban Tổ
# chức Trung ương Đoàn:" (c111: the capitalised "Tổ chức" is part of the name, not its verb). Counter-example: a
# lower-case duty verb before the colon makes it a lead-in whose body ends before the verb ("Giao Sở Nội vụ chủ
# trì, phối hợp … thực hiện các nội dung sau:", ``_asked_body``), so the line is not taken whole.
_ASK_HEADING_RE = regex.compile(rf"^\s*(?:[Gg]iao|{POLITE_ASK}[Đđ]ề\s+nghị|[Yy]êu\s+cầu)\s+(?P<who>{_ORG}[^\n]{{0,300}}?)\s*:\s*$", regex.V1)
# (PARTY_ORGANISATION_NOUN: "tổ chức chính trị - xã hội" in the name is no verb: "3. Đề nghị Ủy ban Mặt trận Tổ quốc
# Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh:", NĐ 30 plans' stock heading over the Front's items, was cut to
# "… tỉnh và các")
_LOWER_DUTY_VERB_RE = regex.compile(rf"(?<!\p{{L}})(?!{ORGANISATION_NOUN})(?:{_DUTY_VERBS})(?!\p{{L}})", regex.V1)


def _ask_heading_who(raw: str, printed: str) -> str | None:
    """The bodies an asking heading names whole (ASK_HEADING), as printed, else None."""
    m = _ASK_HEADING_RE.match(raw)
    if m is None or _LOWER_DUTY_VERB_RE.search(m.group("who")):
        return None
    return plausible_who(clean_value(printed[m.start("who") : m.end("who")]))


def lead_body(who: str | None) -> str | None:
    """The lead body of a responsible group: "Bộ Tài chính chủ trì, phối hợp với …" → "Bộ Tài chính"."""
    if not who:
        return who
    cut = _CHARGE_TAIL_RE.sub("", who).strip(" ,;:")
    return cut or who


# A heading that lists the bodies a section is given to, ";" between the groups, may run past the length of
# one name and wrap over its lines: "4. Các tỉnh, thành đoàn trực thuộc; Hội Sinh viên các tỉnh, thành phố,\n
# Đại học, Học viện, các trường Đại học, cao đẳng trực thuộc Trung ương Hội\nSinh viên Việt Nam" (c122's
# "Tổ chức thực hiện"). Each group is a name of its own (``plausible_who``); no verb, no colon inside.
_HEADING_LIST_SEPARATOR_RE = regex.compile(r"\s*;\s*", regex.V1)


# The words after a body that open its duty, anywhere in a heading (``_heading_body_list``). CHARGE_AHEAD_ONCE (speed):
# compiled once; built per call, the whole ``_AFTER_WHO`` alternation was hashed and looked up in the pattern cache
# for every heading asked (3 ms a text).
_CHARGE_AHEAD_RE = regex.compile(rf"\s(?:{_AFTER_WHO})", regex.V1 | regex.I)


def _heading_body_list(raw: str) -> str | None:
    """The bodies a heading lists with ";" (each a plausible name, no duty verb among them), as printed."""
    flat = clean_value(raw).rstrip(" .")
    groups = _HEADING_LIST_SEPARATOR_RE.split(flat)
    if len(groups) < 2 or ":" in flat or _DUTY_VERB_RE.search(flat) or _CHARGE_AHEAD_RE.search(flat):
        return None  # a lead-in ("Thủ trưởng các Sở …; Chủ tịch UBND các huyện … có trách nhiệm:") is read below
    return flat if all(plausible_who(g) for g in groups) else None


def item_who(st: Structure, block: int | None) -> str | None:
    """The body an unmarked paragraph's item names in its first sentence (README A7 across the item's paragraphs):
    "b) Các Bộ, cơ quan liên quan tiếp tục hoàn thiện thể chế …; bố trí đủ nguồn lực …; phôi hợp chặt chẽ, hiệu
    quả, đảm bảo" / "4" / "hoàn thành các nhiệm vụ được giao trước ngày 01 tháng 6 năm 2025; đồng thời gửi Ngân hàng
    Nhà nước Việt Nam …" (c140: the page break opens a paragraph that goes on with item b)'s duties) → "Các Bộ, cơ
    quan liên quan". Counter-example: a paragraph under a heading or a lead-in takes that one's body (A13:
    ``heading_who``), and a marked sub-item names its own or inherits (A6, A13)."""
    if block is None:
        return None
    b = st.blocks[block]
    item = b.parent
    if b.marker is not None or b.table is not None or item is None:
        return None
    holder = st.blocks[item]
    if holder.marker is None or holder.heading or holder.table is not None:
        return None
    sents = st.sentences_in(holder.start, holder.end + 1)
    own = _own_who(st.text, sents[0]) if sents else None
    return lead_body(plausible_who(own[0])) if own else None


# LEVEL_HEADING (data/duties.toml [level_headings]): a heading that names the level or body carrying out the items
# under it: <head> [<verb>] [<link>] <doer>. "1.2. Các nội dung triển khai cấp tỉnh, thành phố" (c113 III) heads
# the duties of "cấp tỉnh, thành phố"; "Nhiệm vụ của các tỉnh, thành đoàn" those of "các tỉnh, thành đoàn". The
# doer is a level ("cấp" + a level word, LEVEL_DOER) or, after a head, a body's name; without a head only a level
# ("a) Cấp huyện", "Đối với cấp xã:"). Counter-examples: "Các nội dung triển khai hoạt động phải thiết thực, hiệu
# quả" (c118, a principle: no doer after the head), "Nhiệm vụ, giải pháp" (a part's title).
_LEVEL_WORDS = duties().level_headings
LEVEL_DOER = rf"[Cc]ấp\s+(?:{alternation(_LEVEL_WORDS.levels)})(?!\p{{L}})[^:\n]{{0,80}}?"
_LEVEL_HEADING_RE = regex.compile(
    rf"""
    ^\s*(?:(?:[Cc]ác|[Nn]hững)\s+)?
    (?:(?P<head>{alternation(_LEVEL_WORDS.heads)})(?:\s+(?:{alternation(_LEVEL_WORDS.verbs)}))?\s+)?  # "Các nội dung triển khai"
    (?:(?:{alternation(_LEVEL_WORDS.links)})\s+)?                                                   # "tại", "của", "đối với"
    (?P<who>[^:\n]{{3,200}}?)                                                                       # the level or the body
    \s*[:.]?\s*$
    """,
    regex.V1 | regex.I | regex.X,
)
_LEVEL_DOER_RE = regex.compile(rf"{LEVEL_DOER}$", regex.V1 | regex.I)
# NAMED_DOER: after a head, a body's name opens as printed, with a word of [body_openers] or a group's "các" (lower case
# after "của": "Nhiệm vụ của các tỉnh, thành đoàn"); a heading's other words are no doer: "NỘI DUNG CỤ THỂ", "NHIỆM VỤ
# TRONG THỜI GIAN TỚI", "HOẠT ĐỘNG NGÀY HỘI" (c114, c158, c122: capitals that a loose name test would take).
_NAMED_DOER_RE = regex.compile(rf"(?:(?:[Cc]ác|[Nn]hững|[Mm]ỗi)\s|{duties().openers_pattern()})", regex.V1)


def level_heading_who(heading: str) -> str | None:
    """LEVEL_HEADING: the level or body a heading names as the doer of the items under it, as printed, else None.

    >>> level_heading_who("Các nội dung triển khai cấp tỉnh, thành phố"), level_heading_who("Cấp huyện")
    ('cấp tỉnh, thành phố', 'Cấp huyện')
    >>> level_heading_who("Nhiệm vụ của các tỉnh, thành đoàn")
    'các tỉnh, thành đoàn'
    >>> level_heading_who("Các nội dung triển khai hoạt động phải thiết thực, hiệu quả") is None
    True
    """
    flat = " ".join(heading.split())
    m = _LEVEL_HEADING_RE.match(flat)
    if m is None:
        return None
    who = clean_value(m.group("who")).rstrip(" .")
    if _LEVEL_DOER_RE.match(who):
        return who
    if m.group("head") is None:
        return None  # a bare name is read by the heading grammar below (``_HEADING_WHO_RE``)
    if not _NAMED_DOER_RE.match(who) or _DUTY_VERB_RE.search(who):
        return None
    return plausible_who(who)


def issuer_level(who: str | None, forms: frozenset[tuple[str, ...]]) -> bool:
    """ISSUER_LEVEL: whether a level a heading names is the issuer's own: its level word ("Trung ương" of "cấp
    Trung ương, "tỉnh" of "cấp tỉnh, thành phố", the first one) among the words of one of the issuer's forms.
    "1.1. Các nội dung triển khai cấp Trung ương" in a plan of the Ban Chấp hành Trung ương Đoàn (c113) is the
    issuer's own programme, no duty (OUTPUT.md: what the issuer as a whole says it will do). Counter-example:
    "1.2. Các nội dung triển khai cấp tỉnh, thành phố" in the same plan (another level's duties).

    >>> forms = frozenset({("trung", "ương", "đoàn")})
    >>> issuer_level("cấp Trung ương", forms), issuer_level("cấp tỉnh, thành phố", forms), issuer_level("các tỉnh", forms)
    (True, False, False)
    """
    if not who or not _LEVEL_DOER_RE.match(who):
        return False
    level = body_words(regex.sub(r"^[Cc]ấp\s+", "", who))
    level = next((body_words(w) for w in sorted(_LEVEL_WORDS.levels, key=len, reverse=True) if level[: len(body_words(w))] == body_words(w)), level)
    return any(any(f[i : i + len(level)] == level for i in range(len(f) - len(level) + 1)) for f in forms)


# HEADING_WHO_ONCE: ``heading_who`` of a block, read once per structure: every sentence of a block asks it (the
# obligations stage, ``responsible_at`` …), and a heading's subject is read with the costliest patterns of the stage
# (3,599 asks over the 117 corpus texts, each reading its ancestors' subjects again). Held weakly by the structure
# object itself (a copy with repaired cues, ``obligations._with_repaired_cues``, is another object with a memo of its
# own); the memo goes with it, so a document never reads another's.
_HEADING_WHO_READ: weakref.WeakKeyDictionary[Structure, dict[int, str | None]] = weakref.WeakKeyDictionary()
# ... and each ancestor's answer, read once per structure too: the blocks under one heading (every item of a long
# list) ask the same heading again (``_heading_names``).
_HEADING_NAMES: weakref.WeakKeyDictionary[Structure, dict[int, tuple[bool, str | None]]] = weakref.WeakKeyDictionary()


def heading_who(st: Structure, block: int | None) -> str | None:
    """The body named by the nearest heading above ``block`` that names one, else None (HEADING_WHO_ONCE)."""
    if block is None:
        return None
    read = _HEADING_WHO_READ.setdefault(st, {})
    if block not in read:
        read[block] = _read_heading_who(st, block)
    return read[block]


def _read_heading_who(st: Structure, block: int) -> str | None:
    j = _naming_heading(st, block)
    return _HEADING_NAMES[st][j][1] if j is not None else None


def _heading_names(st: Structure, j: int) -> tuple[bool, str | None]:
    """Whether block ``j``, as a heading or lead-in, names the body of the blocks under it, and which (``heading_who``
    asks each ancestor in turn, nearest first, and stops at the first that names one)."""
    b = st.blocks[j]
    # WRAPPED_HEADING_IS_ONE_LINE: a heading wrapped over its lines is read as one line (same length, so the offsets
    # hold): "6. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc" / "Trung ương:" (c150 printed at 60
    # columns) names "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    raw = st.text.fold[b.content : b.end].replace("\n", " ")
    if not (b.heading or raw.rstrip().endswith(":")):
        # DUTIES_OF_HEADING_WITH_PERIOD (session 40): a numbered heading that names whose duties follow may close with a
        # period, "1. Yêu cầu đối với các tổ chức, cá nhân được cấp giấy phép khai thác, thu hồi khoáng sản." (f42's rh05,
        # over items 1.1-1.5); only with "Đối với" / "Yêu cầu đối với" and items under it
        m = _PERIOD_HEADING_WHO_RE.match(raw) if b.marker is not None and raw.rstrip().endswith(".") else None
        if m is not None and j + 1 < len(st.blocks) and st.blocks[j + 1].parent == j:
            who = plausible_who(clean_value(st.text.text[b.content + m.start("who") : b.content + m.end("who")]))
            if who:
                return True, lead_body(who)
        return False, None
    level = level_heading_who(st.text.text[b.content : b.end])
    if level:
        return True, level  # LEVEL_HEADING: "1.2. Các nội dung triển khai cấp tỉnh, thành phố" (c113)
    # a lead-in that asks bodies leads its items by them, not by the one who asks: "…, Bộ Công an - Chủ Chương
    # trình trân trọng đề nghị UBND các tỉnh, thành phố trực thuộc Trung ương một số nội dung sau:" (n039)
    asked = _asked_body(st.text.text[b.content : b.end], flat_text(raw)) if raw.rstrip().endswith(":") else None
    if asked:
        return True, lead_body(asked)
    if raw.rstrip().endswith(":") and speaker_lead_in(st.text.text[b.content : b.end]):
        # SPEAKER_NAMES_NO_BODY: the one who speaks is never the items' body (README A13); a notice's lead-in names
        # those it notifies ("… thông báo đến <bodies> thực hiện …, cụ thể như sau:", the probe's pi21), a reply's
        # none ("UBND tỉnh có ý kiến như sau:", w028: under a known issuer it named nobody already)
        return True, _notified(st.text.text[b.content : b.end], flat_text(raw))
    whole = _ask_heading_who(raw, st.text.text[b.content : b.end]) if raw.rstrip().endswith(":") else None
    if whole:
        return True, whole  # ASK_HEADING
    # "Bộ KH&CN tập trung thực hiện các nhiệm vụ sau:" names "Bộ KH&CN": the subject before its verb
    sents = st.sentences_in(b.start, b.end + 1)
    own = _own_who(st.text, sents[0]) if sents else None
    who = plausible_who(own[0]) if own else None
    # a lead-in paragraph of several sentences leads its items by its last one, the one that ends on the colon
    # (README A13): "Căn cứ Quyết định số 04/2022/QĐ-TTg …, các tỉnh, thành Đoàn nghiên cứu … . Ban Bí thư
    # Trung ương Đoàn định hướng một số nội dung thực hiện cụ thể như sau:" (c118) leads by the issuer's
    # words, not the first sentence's body. Counter-example: a list cut at ";" ("Thủ trưởng các Sở …; Chủ tịch
    # UBND các huyện … có trách nhiệm:") is one lead-in, read from its first name (below).
    if len(sents) > 1 and not b.heading and st.text.text[: sents[-1].start].rstrip().endswith("."):
        last_own = _own_who(st.text, sents[-1])
        who = (plausible_who(last_own[0]) if last_own else None) or who  # a last sentence naming none: the first's
    if who:
        return True, lead_body(who)
    m = _HEADING_WHO_RE.match(raw)
    if m and len(raw.split()) <= HEADING_WHO_MAX_WORDS:
        who = plausible_who(clean_value(st.text.text[b.content + m.start("who") : b.content + m.end("who")]))
        if who:
            return True, lead_body(who)
    listed_bodies = _heading_body_list(st.text.text[b.content : b.end])
    if listed_bodies:
        return True, listed_bodies
    if raw.rstrip().endswith(":"):
        # bodies listed with ";" before their charge: "Thủ trưởng các Sở …; Chủ tịch UBND các
        # huyện … có trách nhiệm:" (the sentence splitter cut it at ";"; its last sentence
        # names only the last body)
        m2 = _LEAD_IN_WHO_RE.match(raw)
        listed = plausible_who(clean_value(st.text.text[b.content + m2.start("who") : b.content + m2.end("who")])) if m2 else None
        if listed and ";" in listed:
            return True, lead_body(listed)
        # a lead-in: "Bộ trưởng, …, Chủ tịch UBND các tỉnh … tập trung thực hiện các nhiệm vụ sau:"
        last = st.sentences_in(b.start, b.end + 1)
        own = _own_who(st.text, last[-1]) if last else None
        who = plausible_who(own[0]) if own else None
        if who:
            return True, lead_body(who)
        if listed:
            return True, lead_body(listed)
    return False, None


_DATE_IN_NAME_RE = regex.compile(rf"\d{{1,2}}\s?/\s?\d{{1,2}}|{WORDS_DATE}", regex.V1)  # DATE_IN_WORDS_IS_NO_NAME too

# A topic label before the duty: "a) Về quản lý ngân sách nhà nước: Tập trung triển khai …"; it may run over two
# printed lines ("a) Về ý kiến của tỉnh Sóc Trăng, liên quan đến khai thác cát tầng sâu tại mỏ cát\nMS 11 để phục
# vụ cho các dự án giao thông trọng điểm: Ủy ban nhân dân tỉnh Sóc\nTrăng căn cứ …", c143).
TOPIC_LABEL = r"(?:Về|Đối\s+với\s+(?:công\s+tác|việc|lĩnh\s+vực|nhiệm\s+vụ))\s[^:\n]{1,200}:\s*"
# A sentence (after its marker) that opens with a topic label.
_LABELLED_RE = regex.compile(rf"^{LEADER}(?:{ITEM_NUMBER}\s*)?{TOPIC_LABEL}", regex.V1)
# TITLE_BEFORE_BODY (session 39): a field of work's title before the body that acts, "1. Công tác tuyên truyền: Các sở,
# ngành tổ chức tuyên truyền …" (our words in an unseen plan's form: read as no duty at all), as "Về …:" (TOPIC_LABEL)
# is read. Only where a body's name and its verb follow the colon (``subject_match``); a title before a verb ("4. Phát
# triển hạ tầng số …: Đẩy nhanh …", TITLE_LABEL) and a field ("Thời gian: …") are read as before. Counter-examples: a
# field's label ("Sản phẩm dự thi: Các phần trình bày được ghi hình …"), a duty whose object the colon lists ("Tăng
# cường phối hợp giữa các cơ quan: Sở A, Sở B, …": a quantifier or "sau"/"gồm" in it), a label naming its own body.
# Dropped: a step's title by its verb ("Bước 2. Tổng hợp, hướng dẫn thực hiện: Đoàn cấp huyện phân công …"). It gained
# five entries on two studied pages, but lost one on the corpus's held-out texts and one on an unseen set scored once
# ("Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính …", a report's label whose gold keeps the body in the action).
_TITLE_NAMES_BODY_RE = regex.compile(rf"(?<!\p{{L}})(?:{_ORG})|(?<!\p{{L}})(?:đề\s+nghị|yêu\s+cầu|giao)(?!\p{{L}})", regex.V1)
_TITLED_RE = regex.compile(
    rf"^{LEADER}(?:{ITEM_NUMBER}\s*)?(?=Công\s+tác(?!\p{{L}}))"
    rf"(?![^:;.\n]*(?<!\p{{L}})(?:các|những|mỗi|sau|gồm|như)(?!\p{{L}}))(?:[^\s:;.]+[ \t]+){{1,11}}[^\s:;.]+\s*:\s*",
    regex.V1 | regex.I,
)


def labelled_subject(text: Text, sent: Sentence) -> tuple[str | None, int] | None:
    """For a sentence that opens with a topic label: the body named right after it (None if none) and where
    the label ends (the duty starts after the body); None for a sentence without a label.

    Veto LABEL_ASK: a request word inside the label asks no one; "c) Về kiến nghị của tỉnh Bến Tre liên quan
    đến thực hiện giao khu vực khoáng sản cho đơn vị thi công …: Ủy ban nhân dân tỉnh Bến Tre tham khảo …"
    (c143) names "Ủy ban nhân dân tỉnh Bến Tre", not "khu vực khoáng sản …" after "giao".
    """
    flat = text.fold[sent.start : sent.end].replace("\n", " ")  # a label wraps like any text (same length)
    label = _LABELLED_RE.match(flat)
    if label is None:
        # TITLE_BEFORE_BODY: an item's title of two words or more, then the body that acts and its verb
        titled = _TITLED_RE.match(flat)
        if titled is not None and _TITLE_NAMES_BODY_RE.search(flat, 0, titled.end()):
            titled = None  # the label names its own body ("Công tác phối hợp với Sở Y tế: …")
        subject = subject_match(flat[titled.end() :]) if titled else None
        if titled is None or subject is None:
            return None
        at = sent.start + titled.end()  # (an adverbial may stand before the body: "Hằng năm, Đoàn cấp huyện tiến hành …")
        named = plausible_who(clean_value(text.text[at + subject.start("who") : at + subject.end("who")]))
        return (lead_body(named), at + subject.end()) if named else None
    at = sent.start + label.end()
    subject = subject_match(flat[label.end() :])
    named = plausible_who(clean_value(text.text[at + subject.start("who") : at + subject.end("who")])) if subject else None
    if subject is not None and named is not None and subject.start("who") == 0:
        return lead_body(named), at + subject.end()
    return None, at


_LEADING_BULLETS_RE = regex.compile(rf"^[\s{BULLET_CHARS}]+(?=(?:Bước|Điều|Khoản|Mục|\d|\())", regex.V1)


def flat_text(fold: str) -> str:
    """A sentence's text with its line breaks, and a bullet before an item number ("— Bước 1: Phòng
    Đào tạo cung cấp …"), read as spaces: the same length, so offsets stay those of the text."""
    return _LEADING_BULLETS_RE.sub(lambda m: " " * len(m.group()), fold.replace("\n", " "))


# A lead-in whose addressees follow an adverbial, in lower case: "Để đẩy nhanh giải ngân vốn đầu tư
# công, …, các bộ, ngành, địa phương cần thực hiện tốt các nhiệm vụ sau:".
_LEAD_IN_ADDRESSEES_RE = regex.compile(
    r"(?:^|,\s+)(?P<who>(?:các|những|mỗi)\s+[^:;]{2,150}?)\s+(?:cần|phải|tập\s+trung|có\s+trách\s+nhiệm|chủ\s+động|khẩn\s+trương|nghiêm\s+túc)\b[^:;]*:\s*$",
    regex.V1 | regex.I,
)
# How many blocks back an item looks for the lead-in of its list.
LEAD_IN_LOOKBACK_BLOCKS = 30


# TOPIC_PARTS_UNDER_ONE_LEAD_IN (session 40): a letter whose one lead-in asks its addressees for "một số nội dung sau:" may
# split them into parts by topic, "I. Đối với các dự án đã được cấp phép hoạt động khai thác" / "1. Tổ chức nghiên cứu,
# phổ biến …" / "II. Trong quá trình hoạt động khai thác khoáng sản" / "1. Thực hiện nghiêm túc …" (f43's rl05, a Sở's
# letter to mining firms): the items of every part are the lead-in's addressees' duties. Only a part whose heading opens
# with "Đối với" (a first version with "Về", "Trong", "Trước", "Sau", "Khi" too added an entry on the held-out texts);
# a part that names its doer or its kind ("II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN") still stops the search.
_TOPIC_PART_RE = regex.compile(r"^\s*đối\s+với\s", regex.V1 | regex.I)


def lead_in_addressees(st: Structure, block: int | None) -> str | None:
    """The addressees of the nearest lead-in above an item that names no body (README A13): the last
    paragraph before it ending in ":" within its part, past the earlier items of its lists and the
    headings it stands under that name no body ("2. Đối với việc lập hồ sơ …:", n009); a part heading
    "II. …", a higher item that is not its own or another lead-in naming no one stops the search."""
    if block is None:
        return None
    floor = st.blocks[block].level  # the highest list level passed on the way up (None: an unmarked paragraph)
    above = st.ancestors(block)
    for j in range(block - 1, max(-1, block - 1 - LEAD_IN_LOOKBACK_BLOCKS), -1):
        b = st.blocks[j]
        if b.table is not None:
            continue
        if j in above and b.level is not None and floor is not None:
            floor = min(floor, b.level)
        if floor is not None and b.level is not None and b.level >= floor and j not in above:
            # an earlier item of the same list, or inside one (README A13: never a sibling's body): the list's
            # lead-in is further up ("… đề nghị MTTQ …; các cơ sở đảng trực thuộc Quận ủy tập trung thực hiện tốt
            # một số nhiệm vụ sau:" / "1. Đẩy mạnh …" / "2. Tăng cường tuyên truyền …", 004)
            continue
        if b.level is not None and b.level <= 1 and j not in above:
            return None  # an item of a higher list that is not ours: its lead-in is not ours
        raw = st.text.fold[b.content : b.end]
        if not raw.rstrip().endswith(":"):
            if b.level == CAPS_HEADING_LEVEL and not (j in above and b.marker == "roman" and _TOPIC_PART_RE.match(raw)):
                return None
            continue  # TOPIC_PARTS_UNDER_ONE_LEAD_IN: "I. Đối với các dự án đã được cấp phép …" names no body
        flat = flat_text(raw)
        m = _LEAD_IN_ADDRESSEES_RE.search(flat)
        who = (
            plausible_who(clean_value(st.text.text[b.content + m.start("who") : b.content + m.end("who")]))
            if m is not None
            else _asked_body(st.text.text[b.content : b.end], flat) or _asked_in_paragraph(st, j)
        )
        if who is not None or j not in above or floor is None:
            return who
        # a heading this item stands under that names no body (a topic): its lead-in is further up
    return None


def _asked_in_paragraph(st: Structure, j: int) -> str | None:
    """The bodies an unmarked lead-in paragraph asks in an earlier sentence (README A7 within the lead-in):
    "…, UBND tỉnh yêu cầu các sở, ban, ngành, địa phương và Nhà đầu tư cần nâng cao trách nhiệm, … .
    Tăng cường làm việc trực tiếp, …, trong đó tập trung triển khai các nhiệm vụ cụ thể như sau:" (n009
    II) asks "các sở, ban, ngành, địa phương và Nhà đầu tư"."""
    b = st.blocks[j]
    if b.marker is not None:
        return None
    for sent in reversed(st.sentences_in(b.start, b.end + 1)):
        m = ask_search(st.text.fold, sent.start, sent.end)
        who = plausible_who(clean_value(st.text.text[m.start("who") : m.end("who")])) if m is not None else None
        if who is not None:
            return lead_body(who)
    return None


# A lead-in that asks bodies to carry out the items after it; their names may hold ";" between
# groups: "…; Ban Thường vụ Quận ủy đề nghị MTTQ và các tổ chức chính trị - xã hội quận, các Hội quần
# chúng quận; các cơ sở đảng trực thuộc Quận ủy tập trung thực hiện tốt một số nhiệm vụ sau:" (004).
# The charge after the names holds no capitalised word ("tổ chức | chính trị - xã hội quận, các Hội …"
# is inside the names).
# The charge may name only what is asked, with no verb: "Bộ Công an - Chủ Chương trình trân trọng đề nghị UBND các
# tỉnh, thành phố trực thuộc Trung ương một số nội dung sau:" (n039; "một sô" as the scan reads it, an OCR
# look-alike like data/duties.toml's "đây mạnh").
# The name may be its opener alone (``_ORG`` holds whole names: "Nhà đầu tư", "Chủ đầu tư", "UBND", "MTTQ"): "UBND
# tỉnh đề nghị Nhà đầu tư thực hiện các nội dung sau:" (issue 11's example, cf. n010's "Đề nghị Nhà đầu tư …") asks
# "Nhà đầu tư"; with one more character required the name swallowed the verb ("Nhà đầu tư thực hiện", its
# "các nội dung" read as the things asked). Counter-example: "Giao Sở Tài chính thực hiện các nội dung sau:" →
# "Sở Tài chính" (an opener and more).
_ASKED_THINGS = r"(?:một\s+s[ốô]|các|những)\s+(?:nội\s+dung|việc|vấn\s+đề|công\s+việc|nhiệm\s+vụ)"
# (PARTY_ORGANISATION_NOUN: "tổ chức chính trị - xã hội" is no verb ending the name: "3. Đề nghị Ủy ban Mặt trận Tổ
# quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh:" asks the Front and the organisations, not "… và các")
_LEAD_IN_ASK_RE = regex.compile(
    rf"(?<!\p{{L}})(?:[Đđ]ề\s+nghị|[Yy]êu\s+cầu|[Gg]iao)\s+(?P<who>{_ORG}[^:.]{{0,300}}?)\s+(?!{ORGANISATION_NOUN})(?:{_DUTY_VERBS}|{_ASKED_THINGS})(?!\p{{L}})(?-i:[^:\p{{Lu}}])*:\s*$",
    regex.V1,
)


# Veto LEAD_IN_CHARGE (issue 11): a lead-in that names its body, then the body's verb and the things it is to carry
# out ("… các nhiệm vụ … sau:"), names the body before the verb; the colon does not make the whole line a name:
# "Bộ KH&CN tập trung thực hiện các nhiệm vụ, giải pháp trọng tâm sau:" (c139) names "Bộ KH&CN", not "Bộ KH&CN tập
# trung thực hiện các nhiệm vụ, giải pháp trọng tâm sau". A verb inside a name is the vocabulary's (``_WHO_END``,
# data [duty_verbs] in_names): counter-examples "Ban Quản lý dự án đầu tư xây dựng số 1:" and "Các đơn vị thực hiện
# triển khai trọng điểm" (c111's heading) name no things to carry out and stay whole. Nor is a lead-in that asks
# others cut ("Đảng ủy phường triển khai việc rà soát, đề nghị các đoàn thể và các chi bộ trực thuộc báo cáo kết quả
# thực hiện với những nội dung sau:", 003): its items fall on the bodies asked (``_asked_body``).
_ASKS_IN_LEAD_IN = r"(?![^:]*?(?<!\p{L})(?:đề\s+nghị|yêu\s+cầu|giao)\s)"
_LEAD_IN_CHARGE_RE = regex.compile(
    rf"^\s*{_ASKS_IN_LEAD_IN}(?P<who>{_ORG}[^:]{{0,300}}?){_WHO_END}[\s,]+(?:{_AFTER_WHO})(?-i:[^:\p{{Lu}}])*?(?<!\p{{L}}){_ASKED_THINGS}(?!\p{{L}})[^:]*?(?<!\p{{L}})sau\s*:?\s*$",
    regex.V1,
)


def lead_in_name(name: str) -> str:
    """``name`` read from a lead-in, without the charge after its body (veto LEAD_IN_CHARGE).

    >>> lead_in_name("Bộ KH&CN tập trung thực hiện các nhiệm vụ, giải pháp trọng tâm sau")
    'Bộ KH&CN'
    >>> lead_in_name("Ban Quản lý dự án đầu tư xây dựng số 1")
    'Ban Quản lý dự án đầu tư xây dựng số 1'
    """
    m = _LEAD_IN_CHARGE_RE.match(name)
    return (plausible_who(m.group("who").strip()) or name) if m is not None else name


# ASKED_BODY_ENDS_LEAD_IN (issue 11): a lead-in may end on the body it asks, its colon right after the name, the items
# below carrying the verbs: "…, UBND Quận yêu cầu UBND các phường:" / "1. Tự rà soát, …" / "4. Đề xuất nhu cầu đầu tư
# …" (the unseen probe's pi03: only the item naming its own body was read); "Chủ tịch UBND tỉnh giao Sở Y tế:" (our
# words). The name holds no verb of its own (a lead-in "đề nghị Sở Tài chính có ý kiến về các nội dung:" names the
# Sở before its charge: ``_LEAD_IN_ASK_RE`` or no reading). Counter-example: "Kính gửi: …" asks no one by these words.
# ASK_NAMES_A_GROUP (issue 11, session 29): the body so asked may be a group in lower case, as after a request anywhere
# (``_LOWER_CASE_GROUP``, as ``_GROUP_AFTER_COMMA`` reads it): "Đề nghị các đơn vị:" / "- Cử cán bộ đầu mối
# …" / "- Báo cáo kết quả …" (the battery's heads.txt, NĐ 30's stock lead-in; the items took the "Sở Công Thương:"
# heading above, A13 wants the nearest lead-in). Counter-example: "Đề nghị các nội dung sau:" (no group word).
_LEAD_IN_ASKS_BODY_RE = regex.compile(
    rf"(?<!\p{{L}})(?:[Đđ]ề\s+nghị|[Yy]êu\s+cầu|[Gg]iao)\s+(?P<who>(?:{_ORG}|{_LOWER_CASE_GROUP})[^:.;]{{0,200}}?)\s*:\s*$",
    regex.V1,
)
_CHARGE_IN_NAME_RE = regex.compile(rf"\s(?:{_AFTER_WHO}|có)(?!\p{{L}})", regex.V1)


def _asked_body(text: str, flat: str) -> str | None:
    """The bodies a lead-in asks to carry out its items (``_LEAD_IN_ASK_RE``; ASKED_BODY_ENDS_LEAD_IN), as printed."""
    m = _LEAD_IN_ASK_RE.search(flat)
    if m is None:
        m = _LEAD_IN_ASKS_BODY_RE.search(flat)
        if m is None or _CHARGE_IN_NAME_RE.search(m.group("who")):
            return None
    return plausible_who(clean_value(text[m.start("who") : m.end("who")]))


# Veto PASSIVE_ASK (the obligations stage's ``_subject_before_passive_ask`` reads the same): "được
# giao / được phân công" is a passive (what was assigned), not a request naming the one asked: "… báo
# cáo Thủ tướng Chính phủ kết quả thực hiện các nhiệm vụ được giao tại Thông báo này (trước ngày 30
# tháng 6 năm 2025)" (c158) asks nobody "tại Thông báo này", and its duty does not start after it.
# Counter-example: "giao Sở Nội vụ tiếp thu các ý kiến …" (n036) asks Sở Nội vụ.
_PASSIVE_ASK_RE = regex.compile(r"(?<!\p{L})được\s+$", regex.V1 | regex.I)


def passive_ask(text: Text, sent: Sentence) -> bool:
    """Whether the request ``_ASK_RE`` reads first in ``sent`` is a passive "được giao" (veto PASSIVE_ASK)."""
    m = ask_search(text.fold, sent.start, sent.end)
    return m is not None and _PASSIVE_ASK_RE.search(text.fold, sent.start, m.start()) is not None


# What follows a time phrase that leads its sentence or stands between the subject and its verb: the comma or
# colon that sets it off ("Trước ngày 30/7/2023, …", "- Trước ngày 30/7/2023: …").
_TIME_GAP_RE = regex.compile(r"[ \t]*[,:]?", regex.V1)
# What may stand before a time phrase that leads its sentence: the item's marker ("b) ", "- "), and an aim set before
# the time (LEADING_FRAMES: "Để bảo đảm tiến độ, trước ngày 30/7/2023, các tỉnh, thành đoàn gửi …", README A10: the aim
# is no part of the action). Counter-example: an aim with a comma of its own or a clause ("Để …, Sở …, trước ngày …")
# is not a frame this reads.
_AIM_FRAME = r"(?:Để|Nhằm)\s[^.;:,\n]{1,120},\s*"
_BEFORE_LEADING_TIME_RE = regex.compile(rf"\s*{_ENUM}?(?:{_AIM_FRAME})?", regex.V1)


def _sentence_subject(text: Text, sent: Sentence) -> tuple[str, int] | None:
    """The subject a sentence opens with before its verb (``_SUBJECT_RE`` alone): also a lead-in that the heading
    reading takes whole ("2. Các tỉnh, thành đoàn thực hiện các nội dung sau:" → "Các tỉnh, thành đoàn")."""
    m = subject_match(text.fold[sent.start : sent.end].replace("\n", " "))
    if m is None:
        return None
    return clean_value(text.text[sent.start + m.start("who") : sent.start + m.end("who")]), sent.start + m.end()


# LEADING_FRAMES (issue 11, session 29): a sentence may open with several frames before its body, a time among them,
# and the subject grammar (``_ADVERBIAL``) reads the body after them all: "Hằng tháng, trước ngày 25, các trường cập
# nhật dữ liệu …" (a recurrence and its day, the reporting regime's form, NĐ 09/2019), "Để bảo đảm tiến độ, trước ngày
# 30/7/2023, các tỉnh, thành đoàn gửi báo cáo …" (an aim, then the time). The action starts at the duty verb after
# the body, not after the first time (README A1, A4): what stands between them is frames and the body's name.
# Counter-example: a time after the verb ("Các trường gửi báo cáo về Sở trước ngày …") leaves the body before the
# time, so nothing is read; a body named only inside the time's span is ``who_around_time``'s.
def _body_after_frames(text: Text, who: str | None, time_end: int, duty_start: int) -> bool:
    """Whether the body ``who`` is printed after the first time phrase (ending at ``time_end``) and right before where
    its duty starts, with a frame between (LEADING_FRAMES): "Hằng tháng, trước ngày 25, | các trường | cập nhật …"."""
    if not who or duty_start <= time_end:
        return False
    between = " ".join(text.fold[time_end:duty_start].split()).strip(" ,:")
    name = " ".join(fold(who).split())
    return len(between) > len(name) and between.lower().endswith(name.lower()) and "," in between[: -len(name)]


def who_around_time(text: Text, sent: Sentence, phrase: TimePhrase) -> tuple[str, int] | None:
    """The group a sentence names when a time phrase leads it or stands between the group and its verb
    (README A4: the time leaves the action wherever it stands): "Trước ngày 30/7/2023, các tỉnh, thành đoàn
    gửi báo cáo …", "Các tỉnh, thành đoàn trước ngày 30/7/2023 gửi …", "Đề nghị các tỉnh, thành đoàn trước
    ngày 30/7/2023 gửi …", "- Trước ngày 30/7/2023: Các tỉnh, thành đoàn gửi …". The sentence is read with
    the phrase, and the comma or colon after it, blanked (the offsets hold); None when it names no body
    then either, or when the phrase stands after the verb (nothing in front of a verb was hidden).

    Example (c111's bullet with its time moved before the verb):
        "Các tỉnh, thành đoàn trước ngày 30/7/2023 gửi báo cáo …" → ("Các tỉnh, thành đoàn", where "gửi" starts)
    """
    gap = _TIME_GAP_RE.match(text.text, phrase.end, sent.end)
    end = gap.end() if gap else phrase.end
    # a phrase that opens the sentence leaves its subject in lower case ("…, các tỉnh, thành đoàn gửi"):
    # the subject's first letter is read as the sentence's (one letter, the same length)
    leads = bool(_BEFORE_LEADING_TIME_RE.fullmatch(text.text, sent.start, phrase.start))
    first = end + len(text.text[end:sent.end]) - len(text.text[end:sent.end].lstrip())

    def blank(s: str) -> str:
        head = s[first : first + 1]
        if leads and len(head.upper()) == 1:
            head = head.upper()
        return s[: phrase.start] + " " * (end - phrase.start) + s[end:first] + head + s[first + 1 :]

    masked = dataclasses.replace(text, text=blank(text.text), fold=blank(text.fold))
    # after a leading time the sentence's own subject acts, also when it asks another body in its duty:
    # "b) Trước khi tiến hành kiểm tra: Sở Nội vụ có văn bản đề nghị các cơ quan, địa phương được kiểm tra
    # xây dựng và gửi báo cáo …" (n002) → Sở Nội vụ, "có văn bản đề nghị …"
    own = (_sentence_subject(masked, sent) if leads else None) or _own_who(masked, sent)
    if own is None or own[1] < end or plausible_who(own[0]) is None:
        return None
    printed = text.text[first : first + 1]
    if leads and own[0][:1] != printed and own[0][:1] == printed.upper():
        return printed + own[0][1:], own[1]  # the name as printed: "các tỉnh, thành đoàn"
    return own


# Veto OWN_UNIT_ASSIGNED: an item that opens by assigning ("Giao Y …", "Phân công Y …") under a heading that
# names a body other than the issuer is that body's duty (it assigns its own unit), the assignment kept in the
# action (README A6/A13): "2. Đề nghị Tập đoàn Bưu chính Viễn thông Việt Nam | Giao đơn vị chuyên môn phối hợp
# với Ban Tổ chức Trung ương Đoàn …" (c111) → "Tập đoàn Bưu chính Viễn thông Việt Nam"; "3.3. Các khoa tham gia
# khảo sát | — Phân công cán bộ đầu mối phối hợp với Trung tâm Quản lý chất lượng: …" (c130) → "Các khoa tham
# gia khảo sát". Counter-example: under the issuer's own heading the issuer assigns, and the one it names acts:
# "1. Trung ương Đoàn TNCS Hồ Chí Minh | Giao Ban Thanh niên công nhân và đô thị là đơn vị thường trực …" (c117,
# issuer "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh") → "Ban Thanh niên công nhân và đô thị". Only the
# assigning words: "đề nghị / yêu cầu Y" under "Đối với Y:" is the issuer asking that body; nor when Y shares a
# word of the heading's name ("2. Đối với các xã: | Giao UBND các xã …": the issuer assigns that body), words that
# join names aside (``_NAME_GLUE``); nor under the issuer's own lead-in (w028, below).
_OWN_UNIT_ASSIGNED_RE = regex.compile(rf"{LEADER}(?:{ITEM_NUMBER}\s*)?(?P<ask>giao|phân\s+công)\s", regex.V1 | regex.I)
_NAME_GLUE = frozenset({"các", "những", "và", "của", "với", "cho", "có", "liên", "quan"})


# ISSUER_HEAD_LEAD_IN: the issuer's head speaks for it ([issuer_forms] heads: "chủ tịch"), so his lead-in is the
# issuer's own as "UBND tỉnh có ý kiến như sau:" is (w028): "…; Chủ tịch Uỷ ban nhân dân tỉnh chỉ đạo:" / "Giao Sở
# Nông nghiệp và Phát triển nông thôn chủ trì …" (the probe's pc13) asks the Sở, not the Chủ tịch; dev n050 opens its
# list with "Chủ tịch Ủy ban nhân dân tỉnh yêu câu:". Counter-example: "Chủ tịch UBND các huyện:" (another level's
# head, not the issuer's: no issuer form after the head word) keeps OWN_UNIT_ASSIGNED.
_ISSUER_HEADS_RE = regex.compile(rf"^\s*(?:{alternation(duties().issuer_forms.heads)})\s+", regex.V1 | regex.I)


def _issuer_or_its_head(name: str, issuer: frozenset[tuple[str, ...]]) -> bool:
    """Whether ``name`` is the issuer or its head (ISSUER_HEAD_LEAD_IN)."""
    head = _ISSUER_HEADS_RE.match(name)
    return is_issuer(name, issuer) or (head is not None and is_issuer(name[head.end() :], issuer))


# SPEAKER_LEAD_IN (issue 11): a lead-in whose verb speaks ("có ý kiến", "kết luận", "thông báo": data/duties.toml
# [speaker_lead_ins]) is the issuer's own voice whatever the header names (README A13: items take the body a lead-in
# asks, never the one who speaks): "UBND tỉnh có ý kiến như sau:" / "Giao Sở Kế hoạch và Đầu tư chủ trì, …" asks the
# Sở, also on a page whose header is a page label (the unseen probe's Q&A pages pg01, pg17, pi05: the label was read
# as the issuer, the lead-in as another body assigning its own unit, the Sở glued into the action). Dev w028 and
# n057 print the form under a header that names the issuer (read right before). Counter-example: a lead-in that asks
# ("Đề nghị các đơn vị có ý kiến về các nội dung sau:") is the asked body's.
_SPEAKER_LEAD_IN_RE = regex.compile(
    rf"(?<!\p{{L}})(?:{alternation(duties().speaker_lead_ins.words)})(?!\p{{L}})(?:[^:]*?(?<!\p{{L}})(?:cụ\s+thể\s+)?như\s+sau)?\s*:\s*$",
    regex.V1 | regex.I,
)
_ASK_BEFORE_SPEAKER_RE = regex.compile(r"(?<!\p{L})(?:đề\s+nghị|yêu\s+cầu|giao)(?!\p{L})", regex.V1 | regex.I)


def speaker_lead_in(lead_in: str) -> bool:
    """Whether a lead-in line speaks in the issuer's own voice (SPEAKER_LEAD_IN).

    >>> speaker_lead_in("UBND tỉnh có ý kiến như sau:")
    True
    >>> speaker_lead_in("Đề nghị các đơn vị có ý kiến về các nội dung sau:")
    False
    """
    flat = lead_in.replace("\n", " ")
    m = _SPEAKER_LEAD_IN_RE.search(flat)
    # (an ask after the word asks too: "…; Hướng dẫn số 09-HD/HU … về hướng dẫn xây dựng …; Thường trực Huyện ủy đề
    # nghị các địa phương, đơn vị thực hiện …, cụ thể như sau:" (002) cites a guide and asks)
    return m is not None and _ASK_BEFORE_SPEAKER_RE.search(flat) is None


# The bodies a notice's lead-in notifies, before the verb of what they are to do: "Chủ tịch Ủy ban nhân dân thành phố …
# thông báo đến Thủ trưởng các phòng, ban, ngành, …, Ủy ban nhân dân các phường, xã … thực hiện treo cờ …, cụ thể như
# sau:" (the probe's pi21). Counter-example: "… thông báo kết quả như sau:" notifies no one named.
# A guide's lead-in names those it guides the same way, the preposition optional (SPEAKER_LEAD_IN, session 38: "Sở Giáo
# dục và Đào tạo hướng dẫn các đơn vị thực hiện như sau:"; "Ủy ban nhân dân tỉnh hướng dẫn như sau:" names no one: its
# items are the addressees', not "Ủy ban nhân dân tỉnh hướng dẫn như sau" read as a body).
_NOTIFIED_RE = regex.compile(
    r"(?<!\p{L})(?:thông\s+báo\s+(?:đến|tới|cho)|hướng\s+dẫn(?:\s+(?:đến|tới|cho))?)\s+(?P<who>[^:]{3,400}?)\s+(?:thực\s+hiện|triển\s+khai|về\s+việc|được\s+biết|biết)(?!\p{L})",
    regex.V1 | regex.I,
)


def _notified(text: str, flat: str) -> str | None:
    """The bodies a speaking lead-in notifies (SPEAKER_NAMES_NO_BODY), as printed, else None."""
    m = _NOTIFIED_RE.search(flat)
    who = plausible_who(clean_value(text[m.start("who") : m.end("who")])) if m is not None else None
    return lead_body(who) if who else None


def _naming_heading(st: Structure, block: int) -> int | None:
    """The block of the nearest heading above ``block`` that names a body (the one ``heading_who`` reads), else None."""
    names = _HEADING_NAMES.setdefault(st, {})
    for j in st.ancestors(block):
        if j not in names:
            names[j] = _heading_names(st, j)
        if names[j][0]:
            return j
    return None


def _own_unit_assigned(st: Structure, sent: Sentence, asked: str, issuer: frozenset[tuple[str, ...]]) -> tuple[str, int] | None:
    """The heading body that assigns its own unit in ``sent`` and where its duty starts (the assigning
    word; veto OWN_UNIT_ASSIGNED), else None."""
    m = _OWN_UNIT_ASSIGNED_RE.match(st.text.fold, sent.start, sent.end)
    if m is None:
        return None
    block = st.block_at(sent.start)
    heading = heading_who(st, block)
    named_by = _naming_heading(st, block) if heading is not None and block is not None else None
    if named_by is not None and speaker_lead_in(st.text.text[st.blocks[named_by].content : st.blocks[named_by].end]):
        return None  # SPEAKER_LEAD_IN: the issuer speaks; the one it names after "Giao" acts
    # the issuer's own lead-in ("UBND tỉnh có ý kiến như sau: | Giao Sở Tài nguyên và Môi trường chủ trì …", w028)
    # names the issuer before its verb
    verb = _DUTY_VERB_RE.search(heading) if heading is not None else None
    if heading is None or any(_issuer_or_its_head(name, issuer) for name in (heading, heading[: verb.start()] if verb else heading)):
        return None
    words = set(regex.findall(r"\p{L}+", heading.lower(), flags=regex.V1)) - _NAME_GLUE
    if words & set(regex.findall(r"\p{L}+", asked.lower(), flags=regex.V1)):
        return None
    return heading, m.start("ask")


# TIME_LABEL_LINE_OF_ITS_ITEM (i29-time): a time label on the line under a numbered item ("2. Kiểm kê tài sản cố định." /
# "Thời gian hoàn thành: trong tháng 3/2025.", as n006 prints its field lines under prose and NĐ 09/2019's report lists
# print "Thời hạn gửi báo cáo: …" under each report) times that item: the item's body, or its list's lead-in's, acts
# (README A13). Before, the unmarked label line was read as a paragraph of its own after the item, the item a
# sibling it may not inherit from, and an item after the list's first lost its responsible (my words; the first item
# had it). Counter-example: a line that opens with no time label ("Các đơn vị …") is its own paragraph as before.
# TIME_LABEL_WORDS: the words that open a time field's label after its marker ("Thời gian …:", "Thời hạn …:", "Thời điểm
# …:", "Tiến độ …:"), read by this rule and by ``_TIME_LABEL_DUTY_RE`` (TIME_LABEL_AFTER_MARKER); each adds its own
# "hạn" forms (a line of its own: "Hạn chót / Hạn cuối …:" only; a label naming its step: a bare "Hạn nộp hồ sơ:" too).
_TIME_LABEL_MARKER = r"[\s\-–—+•*]*"
_TIME_LABEL_WORDS = r"thời\s+(?:gian|hạn|điểm)|tiến\s+độ"
_TIME_LABEL_LINE_RE = regex.compile(rf"{_TIME_LABEL_MARKER}(?:{_TIME_LABEL_WORDS}|hạn\s+(?:chót|cuối))[^:\n]{{0,60}}:", regex.V1 | regex.I)


def _item_of_its_time_label(st: Structure, block: int | None) -> int | None:
    """The item block a time label line under it times (TIME_LABEL_LINE_OF_ITS_ITEM), past the other time label lines
    between them (NĐ 09/2019's "Thời gian chốt số liệu báo cáo: …" above "Thời hạn gửi báo cáo: …"), else ``block``."""
    j = block
    while j is not None and j > 0 and st.blocks[j].level is None and st.blocks[j].table is None and _TIME_LABEL_LINE_RE.match(st.text.fold, st.blocks[j].content, st.blocks[j].end):
        item = st.blocks[j - 1]
        if item.level is not None and item.table is None:
            return j - 1
        j -= 1
    return block


def responsible_at(
    st: Structure, paragraphs: Paragraphs, si: int, issuer: frozenset[tuple[str, ...]] | None = None
) -> tuple[str | None, int, bool]:
    """Who must act in sentence ``si``, where its duty starts, and whether the sentence names them.

    The sentence's own group ("đề nghị X …", "X chủ trì …") first; else the nearest heading above
    it that names a body ("c) UBND Phường 2 Bảo Lộc:"); else the subject of an earlier sentence of
    its paragraph or the addressee of the lead-in it follows.

    Args:
        st: the document's structure.
        paragraphs: the paragraphs of the span (``Paragraphs``).
        si: the sentence's index in ``paragraphs.sentences``.

    Returns:
        ``(who, duty_start, own)``: the lead body (None when nobody is named), the offset where
        the duty starts after the name, and whether the sentence itself names it.
    """
    sent = paragraphs.sentences[si]
    own = paragraphs.own_who(si)
    labelled = labelled_subject(paragraphs.text, sent)
    if labelled is not None and (own is None or own[1] <= labelled[1]):
        # veto LABEL_ASK: the body is named after the topic label, not by a word inside it
        if labelled[0] is not None:
            return labelled[0], labelled[1], True
        own = None
    named = plausible_who(own[0]) if own is not None else None
    if own is not None and named is None and passive_ask(paragraphs.text, sent):
        # veto PASSIVE_ASK: what was assigned "tại Thông báo này" names nobody; the subject does
        own = _subject_who(paragraphs.text, sent)
        subject = plausible_who(own[0]) if own is not None else None
        if own is not None and subject is not None:
            return lead_body(subject), max(sent.start, min(own[1], sent.end)), True
        own = None
    if own is not None and named is not None:
        assigner = _own_unit_assigned(st, sent, named, issuer) if issuer is not None else None
        if assigner is not None:  # veto OWN_UNIT_ASSIGNED: the heading's body assigns its own unit
            return lead_body(assigner[0]), assigner[1], False
        return lead_body(named), max(sent.start, min(own[1], sent.end)), True
    # a name that is not a body ("Đối với công tác giải phóng mặt bằng …:") still ends before the duty;
    # one that holds a date is no name ("…, yêu cầu đến 30/5/2026 phải bàn giao …": the duty is before it)
    start = max(sent.start, min(own[1], sent.end)) if own is not None and not _DATE_IN_NAME_RE.search(own[0]) else sent.start
    m = _OWNER_RE.match(paragraphs.text.fold[sent.start : sent.end])
    if m:  # the sentence names the sender: "Văn bản góp ý của đơn vị gửi về …"
        return clean_value(paragraphs.text.text[sent.start + m.start("who") : sent.start + m.end("who")]), start, True
    # A7 before A13: an earlier sentence of the same paragraph that names a body ("Ban Bí thư … đề nghị các đơn
    # vị triển khai … . Kế hoạch … gửi về Trung ương Đoàn …", c117) gives it before the heading above
    block = _item_of_its_time_label(st, st.block_at(sent.start))
    who = plausible_who(paragraphs.paragraph_who(si)) or item_who(st, block) or heading_who(st, block)
    if issuer is not None and issuer_level(who, issuer):
        return None, start, False  # ISSUER_LEVEL: "1.1. Các nội dung triển khai cấp Trung ương" (c113): the issuer's own
    if who is None:
        who = plausible_who(paragraphs.inherited_who(si)) or lead_in_addressees(st, block)
    return lead_body(who), start, False


# ROLE_COPULA: "làm" before a role's noun gives a body its role as "là" does: "Giao Ban Thanh niên Công nhân và Đô
# thị Trung ương Đoàn làm đơn vị thường trực theo dõi …" (dev c118), "Trung tâm … tỉnh làm đầu mối tổng hợp …" (the
# unseen probe's pe25); not "làm" as a verb of its own ("làm rõ", "làm việc với …").
_ROLE_NOUN = r"(?:đầu\s+mối|đơn\s+vị|cơ\s+quan)(?!\p{L})"
_COPULA_RE = regex.compile(rf"(?<=\S)\s+(là|làm(?=\s+{_ROLE_NOUN}))\s+(?=\S)", regex.V1)
# How far before a body's printed name its copula is looked for (the name's own spacing, a line break).
COPULA_REACH = 20


def before_copula(text: str, who: str, start: int, duty_start: int) -> tuple[str, int]:
    """A body ends before "là": "Trung tâm Quản lý chất lượng là đầu mối theo dõi, đôn đốc …" names
    "Trung tâm Quản lý chất lượng", whose duty is "là đầu mối theo dõi …" (a role given to a body; both
    stages: "3. Giao Công an tỉnh là cơ quan thường trực, có trách nhiệm …; hằng năm, tham mưu …", n004)."""
    if " là " not in f" {who} " and " làm " not in f" {who} ":
        return who, duty_start
    m = _COPULA_RE.search(text, start, duty_start)
    # DEFINED_NAME_PARENTHESIS (issue 11, session 29): a "là" inside a parenthesis that defines the name NĐ 30's texts
    # use for the body ("Ủy ban nhân dân các xã, thị trấn (sau đây gọi chung là UBND cấp xã) chỉ đạo …", dev c159 "…
    # Đề án 06 (sau đây gọi tắt là Ban Chỉ đạo của Chính phủ) chủ trì …") gives it no role: the name runs on over the
    # parenthesis (was cut at "là", the action "là UBND cấp xã) chỉ đạo …"). Counter-example: "Trung tâm … là đầu mối
    # …" (no parenthesis open: the role's copula).
    while m is not None and text.count("(", start, m.start()) > text.count(")", start, m.start()):
        m = _COPULA_RE.search(text, m.end(), duty_start)
    if m is None:
        return who, duty_start
    return clean_value(who.split(f" {m.group(1)} ", 1)[0]), m.start(1)


# NAME_PRINTED_WHOLE: a body's name that goes on with words that are also a duty's ("Vụ Vật liệu xây dựng", "Ban Tổ
# chức", "Phòng Kinh tế và Hạ tầng" …) is read whole where the document prints it whole elsewhere as an item of a list
# or a cell: after a line's start (a bullet), ",", ";" or "|" and before ",", ";", ".", "|", ")" or the end of a line
# that is no wrapped line (a blank line, a bullet or an item's number after it).
# f41's rf02: "2. Giao Vụ Vật liệu xây dựng là cơ quan tham mưu …" was read "Vụ Vật liệu" + "xây dựng là …", and the
# execution sentence "…, Vụ trưởng Vụ Vật liệu xây dựng, Vụ trưởng …" likewise, while its schedule's cells print "-
# Vụ Vật liệu xây dựng;". Counter-example: "Hội nghị do Sở Nội vụ tổ chức." prints "Sở Nội vụ tổ chức" after "do", no
# list's item: "Sở Nội vụ tổ chức tập huấn …" stays "Sở Nội vụ" + "tổ chức …".
_NAME_GOES_ON_RE = regex.compile(r"[ \t]+((?-i:\p{Ll})+)(?:[ \t]+((?-i:\p{Ll})+))?(?:[ \t]+((?-i:\p{Ll})+))?", regex.V1)
_NAME_VERB_RE = regex.compile(rf"(?:{alternation(duties().duty_verbs.in_names)})(?!\p{{L}})", regex.V1)
_ROLE_AFTER_NAME_RE = regex.compile(rf"(?:{alternation(duties().name_goes_on.role_words)})(?!\p{{L}})", regex.V1 | regex.I)
_LIST_ITEM_BEFORE = r"(?:^|[,;|]|^[ \t]*[-–+•*])[ \t]*"
_LIST_ITEM_AFTER = r"[ \t]*(?:[,;.|)]|\n[ \t]*(?:\n|[-–+•*]|\d{1,2}[.)])|\Z)"  # not a wrapped line's end


def name_printed_whole(text: str, who: str, duty_start: int) -> tuple[str, int]:
    """``who`` run on over the words after it when the document prints that longer name whole as a list's item or a
    cell (NAME_PRINTED_WHOLE), else ``who`` and ``duty_start`` as they were."""
    m = _NAME_GOES_ON_RE.match(text, duty_start - 1) if duty_start > 0 and text[duty_start - 1] in " \t" else None
    if m is None or not who[-1:].isalpha():
        return who, duty_start
    words = [w for w in m.groups() if w]
    if _ROLE_AFTER_NAME_RE.match(" ".join(words)) or not _NAME_VERB_RE.match(" ".join(words)):
        # "Bộ Tài chính chủ trì" in a cell names the body and its role; only a verb that also prints inside a body's
        # name (data/duties.toml [duty_verbs] in_names: "xây dựng", "quản lý", "đầu tư" …) can have cut one short
        return who, duty_start
    # the body's own name is the tail of ``who`` from one of its capitalised words: "Chánh Văn phòng Bộ, Vụ trưởng
    # Vụ Vật liệu" lists bodies, and its last, "Vụ Vật liệu", goes on
    held = who.split()
    tails = [" ".join(held[i:]) for i in range(max(0, len(held) - NAME_TAIL_MAX_WORDS), len(held) - 1) if held[i][:1].isupper()]
    for k in range(len(words), 0, -1):
        more = " ".join(words[:k])
        for tail in tails:
            name = f"{tail} {more}"
            if text.count(name) < 2:
                continue  # printed here only (a cheap test before the pattern: a long text asks this of every body)
            rx = regex.compile(rf"(?m){_LIST_ITEM_BEFORE}{regex.escape(name)}{_LIST_ITEM_AFTER}", regex.V1)
            if any(not f.start() <= duty_start <= f.end() for f in rx.finditer(text)):  # printed elsewhere, not here
                return f"{who} {more}", m.end(k)
    return who, duty_start


# The longest tail of a body's name NAME_PRINTED_WHOLE looks up ("Ban Quản lý dự án đầu tư xây dựng …").
NAME_TAIL_MAX_WORDS = 8


def _destinations(action: str, who: str | None, deliver: str | None) -> str | None:
    """Where the duty's result goes by the obligations stage's destination rules (A20, A22, A26, A27:
    ``obligations.destinations``): "tham mưu / đề xuất / báo cáo / trình / gửi X" in the action, the
    "gửi … về X" kept unless it is an alternative, another body's hand-over or the responsible itself."""
    from .obligations import destinations  # the obligations stage imports this module

    # a task cell opens with its verb capitalised ("Tham mưu UBND tỉnh đánh giá, công bố chỉ số …", n001):
    # the verb as in running text, the names after it as printed
    opening = action[:1].lower() + action[1:] if action[1:2].islower() else action
    return destinations(opening, who, deliver)


def _deliver_to(segment: str) -> str | None:
    m = _DELIVER_RE.search(segment)
    if not m:
        return None
    return clean_value(segment[m.start("to") : m.end("via") if m.group("via") else m.end("to")])


def _trim_action(s: str) -> str:
    return _trim_action_source(s[:ACTION_SOURCE_MAX_CHARS])


# Cached: a sentence's phrases share its opening stretch (the fallback action of each phrase).
# A prepositional lead is no part of the action (annotations/README.md A1): "Trên cơ sở đó gửi về Ban
# Tổ chức …" (c125), "Theo chức năng, nhiệm vụ được giao, …", "Trong phạm vi quản lý, …". "Căn cứ …"
# is a verb and stays.
_PREPOSITIONAL_LEAD_RE = regex.compile(
    r"^(?:trên\s+cơ\s+sở\s+đó|theo\s+chức\s+năng,?\s+nhiệm\s+vụ(?:\s+(?:được\s+giao|của\s+mình))?|trong\s+phạm\s+vi\s+[^,;:]{1,80}?(?=,))[\s,]+",
    regex.V1 | regex.I,
)
# Punctuation that never ends or opens an action; a bracket only when it has no partner inside it.
_EDGE_PUNCTUATION = " ,;:.-–"


def _strip_unpaired(s: str) -> str:
    """``s`` without edge punctuation, keeping a bracket that closes one opened inside it (A3:
    "gửi về Thường trực Huyện ủy (qua Ban Dân vận Huyện ủy)" keeps its ")"; "(nếu có" loses "(").

    >>> _strip_unpaired("gửi về Huyện ủy (qua Ban Dân vận Huyện ủy);"), _strip_unpaired("(trước ngày")
    ('gửi về Huyện ủy (qua Ban Dân vận Huyện ủy)', 'trước ngày')
    """
    while True:
        t = s.strip(_EDGE_PUNCTUATION)
        if t.endswith(")") and t.count(")") > t.count("("):
            t = t[:-1]
        if t.startswith("(") and t.count("(") > t.count(")"):
            t = t[1:]
        if t == s:
            return s
        s = t


# The words that join an action to the time after it (A4: the time leaves the action with them): ", thời gian hoàn
# thành", "hoàn thành", "chậm nhất là", and a completion's frame before them (COMPLETION_FRAME): "…, bảo đảm hoàn thành
# trước ngày 30/6/2025", "Đảm bảo hoàn thành trước ngày 30/8/2023" (c111), "phấn đấu hoàn thành trong tháng 6" leave
# no "bảo đảm" / "phấn đấu" dangling at the action's end; nor a modal (MODAL_BEFORE_COMPLETION, session 38: "Việc bàn
# giao và tiếp nhận phải hoàn thành trước ngày …" → "Việc bàn giao và tiếp nhận", not "… phải"). Counter-example: "đảm bảo hoàn thành đúng tiến độ, …" names
# what to ensure (c139): the frame goes only when the time follows it. TIME_LIMIT_LABEL (i17-lang): the label of a
# limit printed inline before its time, ", thời hạn gửi trước ngày 15/7/2023", ", thời hạn: trước ngày …", "; hạn nộp
# chậm nhất ngày …" (a standard form no dev text prints; before, "thời hạn gửi" stayed at the action's end); only after
# "," or ";": "thực hiện đúng thời hạn trước ngày …" (manner, T2) and "gia hạn" keep their words.
_TIME_GLUE_TAIL_RE = regex.compile(
    rf"""\s*(?:,|;|và)?\s*
    (?:thời\s+gian(?:\s+hoàn\s+thành)?
      |(?<=[,;]\s*)(?:thời\s+)?hạn(?:\s+(?:gửi|nộp|hoàn\s+thành|báo\s+cáo))?\s*:?
      |(?<=[,;]\s*){copular_limit()}                  # COPULAR_LIMIT: "…; thời hạn gửi báo cáo là ngày …"
      |(?:(?:bảo\s+đảm|đảm\s+bảo|phấn\s+đấu|cố\s+gắng|phải|cần)(?:\s+được)?\s+)?(?:hoàn\s+thành|xong)(?:\s+chậm\s+nhất(?:\s+là)?)?
      |chậm\s+nhất(?:\s+là)?|bảo\s+đảm|đảm\s+bảo|phấn\s+đấu
      |(?<=\S\s+)(?:phải|cần)(?:\s+được)?)?\s*$""",
    regex.V1 | regex.I | regex.X,
)


# QUOTED_RULE_AFTER_REFERENCE (README A15, its colon form): a rule quoted after the reference that cites it and a colon
# is no part of the action, which ends at the reference: "Thực hiện đúng quy định tại Điều 2 Quyết định số
# 6556/QĐ-BYT: “Trong một đợt khám bệnh hoặc một đợt điều trị …”" (fresh31's qg03, a Bộ Y tế letter) → "Thực hiện đúng
# quy định tại Điều 2 Quyết định số 6556/QĐ-BYT". Counter-example: a quoted name after a colon with no reference before
# it ("tổ chức Cuộc thi: “Thanh niên với văn hóa giao thông”") stays; so does a quotation with no colon (A15's own
# form, "… theo quy định tại điểm a khoản 5 Điều 32 … “a) Trong thời hạn …”", read by the clause's end as before).
_QUOTED_RULE_COLON_RE = regex.compile(r"[ \t]*:[ \t]*[“«\"]", regex.V1)
_RULE_REFERENCE_RE = regex.compile(
    r"(?<!\p{L})(?:quy\s+định\s+tại|theo\s+quy\s+định|(?:Điều|khoản|điểm|Mục)\s+[\dIVXa-zđ]+)(?!\p{L})", regex.V1 | regex.I
)
QUOTED_RULE_REACH = 150


def _without_quoted_rule(s: str) -> str:
    """``s`` ended before a rule quoted after its reference (QUOTED_RULE_AFTER_REFERENCE, above)."""
    for m in _QUOTED_RULE_COLON_RE.finditer(s):
        if _RULE_REFERENCE_RE.search(s, max(0, m.start() - QUOTED_RULE_REACH), m.start()):
            return s[: m.start()]
    return s


# PATTERNS_ONCE (session 41, speed): the leads ``_trim_action_source`` drops, compiled once.
_HEADING_LABEL_LEAD_RE = regex.compile(rf"^(?:(?:Đối\s+với|{DUTY_OF_LABEL})\s+[^:]{{3,250}}:\s*)", regex.V1)
_ASK_LEAD_RE = regex.compile(r"^(?:đề\s+nghị|yêu\s+cầu|giao)\s+", regex.V1 | regex.I)
_CONJUNCTION_LEAD_RE = regex.compile(r"^(?:và|đồng\s+thời)[\s,]+", regex.V1 | regex.I)


# INLINE_ROMAN_MARKER (session 42): a paragraph may number its duties inline in lower-case Roman figures, "Nhà đầu tư
# nghiêm túc thực hiện: (i) Báo cáo giám sát …. (ii) Báo cáo hoạt động đầu tư …" (an investment approval, f47's rv03
# after its score): the marker opening the action or standing after its lead's colon is no part of it (it was kept as
# "ii) Báo cáo …"). Counter-example: "(i)" inside a citation ("điểm (i) khoản 1") stays.
_INLINE_ROMAN_RE = regex.compile(r"(?:^|(?<=:[ \t]*))\(?(?-i:[ivx]{1,4})\)[ \t]+", regex.V1)


@functools.lru_cache(maxsize=1024)
def _trim_action_source(s: str) -> str:
    s = _without_quoted_rule(clean_value(s))
    s = _LEAD_RE.sub("", s, count=1)
    s = _INLINE_ROMAN_RE.sub("", s)
    s = _HEADING_LABEL_LEAD_RE.sub("", s)
    s = _ASK_LEAD_RE.sub("", s)
    s = _PREPOSITIONAL_LEAD_RE.sub("", s, count=1)
    # a conjunction that joins the duty to the one before: "… trước ngày 31/01 và gửi báo cáo …"
    s = _CONJUNCTION_LEAD_RE.sub("", s)
    s = _strip_unpaired(s)
    # The glue is at most ~25 characters: only the tail is searched (a "$" pattern tries every offset).
    tail = _TIME_GLUE_TAIL_RE.sub("", s[-ACTION_GLUE_TAIL:])
    s = s[:-ACTION_GLUE_TAIL] + tail
    s = s.strip(" ,;:.-–(")
    if len(s) > ACTION_MAX_CHARS:
        s = s[:ACTION_MAX_CHARS].rsplit(" ", 1)[0]
    return s


# ============================================================================================
# Is it an obligation?
# ============================================================================================


# A duty-form opening (annotations/README.md A11; data/duties.toml [duty_forms]) is no part of the
# action: "Sở Nội vụ có trách nhiệm | giúp Ủy ban nhân dân tỉnh …" (n001), "Nhà đầu tư cần | nâng cao
# trách nhiệm …" (n009); "chịu trách nhiệm" is a verb of its own and stays.
# MODAL_AFTER_BODY's modals go too, only where they are modals ("bắt buộc có …", "tối thiểu tham gia …"; not "tối thiểu
# hóa chi phí", a verb of its own, nor "Tối thiểu 20% …", a figure). DUTY_FORM_OUT_OF_DEADLINES (session 41): a deadline's
# action is the same action (README E14: "the deadline's `action` is the same joined action"), so the deadlines stage
# drops the form too: "Các doanh nghiệp phải gửi báo cáo trước ngày 15/12" → "gửi báo cáo" (was "phải gửi báo cáo",
# c143's "cần hoàn thành …", n038's "có trách nhiệm kiểm tra …"; no gold deadline keeps one).
_DUTY_FORM_RE = regex.compile(rf"^(?:{alternation(duties().duty_forms.words)}|(?:{MODAL_AFTER_BODY})(?:\s+phải)?)\s+(?=\p{{L}})", regex.V1 | regex.I)


def without_duty_form(action: str) -> str:
    """``action`` from the duty's verb, without a leading "cần / phải / có trách nhiệm / được giao" (A11).

    >>> without_duty_form("có trách nhiệm giúp Ủy ban nhân dân tỉnh"), without_duty_form("chịu trách nhiệm thi hành")
    ('giúp Ủy ban nhân dân tỉnh', 'chịu trách nhiệm thi hành')
    """
    return _DUTY_FORM_RE.sub("", action, count=1)


def cited_basis_head(verbs: str, kinds: str) -> str:
    """The opening of a basis that cites a document by its kind and number, "Căn cứ <type> số 12", as a pattern
    fragment (CITED_ASSIGNMENT and CITED_TITLE_ASK read on from it)."""
    return rf"^{LEADER}(?:{verbs})\s+(?:{kinds})\s+(?:số\s*)?\d"


# CITED_TITLE_ASK (session 40): a request inside the title of the document the basis cites is that document's subject,
# no request of this one: "Thực hiện Quyết định số 1883/QĐ-UBND ngày 06/11/2025 và Quyết định số 2867/QĐ-UBND … của
# UBND tỉnh Lào Cai về việc ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ, quyền hạn …;" (f41's rg05,
# a Sở's letter: its opening basis was read as a duty of the header's first line). Read over the basis's line breaks.
# CITED_TITLE_OPENING (session 41): a cited decision's title opens with "ban hành" or "phê duyệt" as well, "Căn cứ Quyết
# định số 482/QĐ-UBND … của Chủ tịch Ủy ban nhân dân tỉnh Lào Cai ban hành Danh mục và phân công cơ quan chủ trì soạn thảo
# … tại Kỳ họp thứ 10; …" (f45's rp02: a duty, and a deadline at the session named). The deadlines stage reads it too.
# Counter-example: a request after the basis's clause ends ("Thực hiện Công văn số 12/UBND về việc …; giao Sở …", "…
# về việc tuyên truyền, Ban Bí thư Trung ương Đoàn đề nghị các ban …", c124: a comma ends the title).
@functools.lru_cache(maxsize=1)
def cited_title_re() -> regex.Pattern[str]:
    """The basis's clause up to a request inside the cited document's title (CITED_TITLE_ASK)."""
    head = cited_basis_head(r"căn\s+cứ|thực\s+hiện|triển\s+khai|theo", rf"{vocabulary().type_alternation()}|văn\s+bản")
    return regex.compile(rf"{head}[^;:]*?\s(?:về\s+việc|v/v|về|ban\s+hành|phê\s+duyệt)\s[^;:,]*$", regex.V1 | regex.I)


def in_cited_title(sentence: str, asked: regex.Match[str]) -> bool:
    """Whether the request ``asked`` stands inside the title of a document the sentence's basis cites (CITED_TITLE_ASK)."""
    return cited_title_re().match(" ".join(sentence[: asked.start()].split()) + " ") is not None


def _is_citation_date(text: Text, phrase: TimePhrase, symbol_ends: list[int]) -> bool:
    """A date right after a cited symbol, or followed by "của <issuer>", dates that document."""
    if phrase.cued:
        return False
    before = text.fold[max(0, phrase.start - 25) : phrase.start]
    for e in symbol_ends:
        # "số 08-NQ/TU ngày …", "số 2983/UBND-VP - 22/09/2020", "số …, ban hành ngày …"
        if e <= phrase.start and regex.fullmatch(r"[\s,(\-–]*(?:ban\s+hành\s*)?", text.fold[e : phrase.start], regex.I):
            return True
    after = text.fold[phrase.end : phrase.end + 12]
    if regex.match(r"\s*,?\s*của\s", after):
        return True
    return bool(regex.search(r"(?:ban\s+hành|ký)\s*(?:ngày\s*)?$", before, regex.I))


# An anniversary names the day it commemorates, not a due date: "kỷ niệm 135 năm ngày Quốc tế
# Lao động (01/5/1886 - 01/5/2021)", "Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2021)".
_ANNIVERSARY_RE = regex.compile(
    r"(?:kỷ\s+niệm|ngày\s+sinh|ngày\s+thành\s+lập|ngày\s+truyền\s+thống|ngày\s+mất|năm\s+ngày)[^.;:()]{0,120}\(\s*$",
    regex.I | regex.V1,
)


def _is_anniversary(text: Text, phrase: TimePhrase) -> bool:
    """A bare date in the parentheses after an anniversary, or paired there with a past year."""
    open_at = text.fold.rfind("(", max(0, phrase.start - 160), phrase.start)
    if open_at == -1 or ")" in text.fold[open_at : phrase.start]:
        return False
    inside = text.fold[open_at : text.fold.find(")", phrase.start) if ")" in text.fold[phrase.start : phrase.start + 40] else phrase.end]
    years = {int(y) for y in regex.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", inside)}
    if len(years) >= 2 and min(years) < max(years) - 1:
        return True  # "(8/1921 - 8/2021)": a span of years is a commemoration
    return bool(_ANNIVERSARY_RE.search(text.fold, max(0, open_at - 140), open_at + 1))


# ANNIVERSARY_SPAN: a span whose two ends are the same day of the same month some years apart names
# the day it commemorates and its N-th return, not a time to act (OUTPUT.md: a date that only reports
# what happened is no deadline): "hướng tới kỷ niệm 75 năm ngày thành lập Đội … (15/5/1941-15/5/2016)" (probe
# pd19), "… giải phóng 30/04/1975 - 30/04/2012" (probe pd09, no parentheses): the span form of the uncued
# anniversary veto (``_is_anniversary``: "kỷ niệm 80 năm Ngày truyền thống ngành Tuyên giáo (1/8/1930 - 1/8/2009)",
# w021, whose first year is no year of the date grammar). Counter-example: a one-year term ("từ ngày 15/5/2023
# đến ngày 15/5/2024") is a time to act.
ANNIVERSARY_SPAN_MIN_YEARS = 2


def is_anniversary_span(phrase: TimePhrase) -> bool:
    """Whether ``phrase`` is a span from a day to the same day ``ANNIVERSARY_SPAN_MIN_YEARS`` or more years
    later (veto ANNIVERSARY_SPAN, above)."""
    first, last = phrase.when.period_start, phrase.when.period_end
    if phrase.when.kind != "period" or first is None or last is None:
        return False
    return (first.day, first.month) == (last.day, last.month) and last.year - first.year >= ANNIVERSARY_SPAN_MIN_YEARS


# APPROVAL_IS_NO_DUTY (session 39): what the issuer's head agrees to is a decision, not a duty: "1. Đồng ý về chủ
# trương Ủy ban nhân dân tỉnh Quảng Nam nghiên cứu, lập Đề án thí điểm …" (an unseen VPCP letter conveying the Deputy
# Prime Minister's opinion: read as a duty of nobody, and its pilot's period "từ năm 2021 đến hết năm 2025" as a
# deadline), "Chấp thuận đề xuất của Bộ Tài chính …". The duties follow in the next items ("2. Ủy ban nhân dân tỉnh
# Quảng Nam chủ trì …").
# Counter-example: "… đề nghị các đơn vị thống nhất thực hiện …" (an ask), a body that agrees in its own sentence's
# middle ("Sở Tài chính đồng ý …" is a report, read by the other vetoes).
APPROVAL_RE = regex.compile(
    rf"^{LEADER}(?:{ITEM_NUMBER}\s*)?(?:đồng\s+ý|chấp\s+thuận)(?:\s+về)?\s+(?:chủ\s+trương|với|việc|đề\s+nghị|đề\s+xuất|cho|phương\s+án)(?!\p{{L}})",
    regex.V1 | regex.I,
)


def item_block(st: Structure, at: int) -> int | None:
    """The block of the item holding offset ``at``: a clause after the item's ";" may be read as a paragraph of its own
    ("- Báo cáo 6 tháng: … trước ngày 05/7;" / "Sở Tài chính tổng hợp báo cáo … trước ngày 10/7"), and the item is the
    block above it; None on a blank line."""
    block = st.block_at(at)
    while block is not None and block > 0 and st.blocks[block].marker is None:
        above = st.blocks[block - 1].end
        if not st.text.text[max(0, above - 8) : above].rstrip().endswith(";"):
            break
        block -= 1
    return block


def in_approval(st: Structure, sent: Sentence) -> bool:
    """APPROVAL_IS_NO_DUTY: whether ``sent`` lies in an item (or paragraph) that opens with an approval and asks no one,
    and names no body of its own: the item's later sentences ("quản lý rừng bền vững …;" after a ";" inside the approved
    Đề án's name, "Thời gian thí điểm: 05 năm, từ năm 2021 đến hết năm 2025.") belong to what is approved. Counter-example:
    "- Đồng ý về chủ trương xây dựng Đề án … . Ủy ban nhân dân tỉnh Quảng Ninh chủ trì, phối hợp … báo cáo Thủ tướng
    Chính phủ trong tháng 5 năm 2025." (c158): the sentence naming its body is its duty."""
    block = item_block(st, sent.start)
    if block is None:
        return False
    b = st.blocks[block]
    item = st.text.fold[b.start : b.end]
    if APPROVAL_RE.match(item) is None or ask_search(item) is not None:
        return False  # (the cheap test first: every sentence with a time, or read for a duty, asks it)
    # the sentence, or one before it in the item (its clauses after a ";" go on it), names its own body
    for part in regex.split(r"(?<=[.!?])\s+", st.text.fold[b.start : sent.end]):
        if (subject := subject_match(part)) is not None and plausible_who(subject.group("who")):
            return False
    return True


# A sentence that assesses what happened, not what must be done: "Qua kiểm tra thực tế cho thấy,
# công tác chuẩn bị … trong tháng 4/2026 còn chậm", "Bên cạnh những kết quả tích cực thì …",
# "Tuy nhiên, việc triển khai … vẫn còn …" (a duty in it is asked for: "đề nghị", "yêu cầu").
ASSESSMENT_RE = regex.compile(
    rf"^{LEADER}{ITEM_NUMBER}?\s*(?:(?:qua\s+(?:kiểm\s+tra|theo\s+dõi|rà\s+soát|báo\s+cáo)[^,;.]{{0,80}}?cho\s+thấy|"
    r"bên\s+cạnh\s+(?:những\s+|các\s+)?kết\s+quả|tuy\s+nhiên|nhìn\s+chung|nhìn\s+lại|thời\s+gian\s+qua)\b|"
    r"\p{L}+(?:\s+\p{L}+){0,3}\s+được\s+\d[\d.,]*(?!\d))",  # ACHIEVED_COUNT
    regex.V1 | regex.I,
)
# ACHIEVED_COUNT (session 40): a verb with "được" and a figure reports what was done, "Kiểm tra được 673.421 hồ sơ khai
# thuế tại cơ quan thuế, bằng 66,08 % cùng kỳ năm 2015" (f43's rl01, a Tổng cục Thuế letter's results). Counter-example:
# "Phấn đấu kiểm tra 100% hồ sơ" (a target, no "được"), "được giao" (a charge: no figure after it).


# The span reported figures cover is not a time to act: "Số liệu thống kê báo cáo từ ngày … đến ngày …",
# "kỳ đánh giá từ ngày …", "tính đến cuối tháng 11 mới đạt …" (data/duties.toml [covered_period]),
# the cue at most this many characters before the time, in its sentence.
COVERED_CUE_CHARS = 60
_COVERED_RE = regex.compile(rf"(?<!\p{{L}})(?:{duties().covered_pattern()})(?!\p{{L}})", regex.V1 | regex.I)
# A time that says by when is a due date whatever precedes it: "gửi số liệu … trước ngày 15/9".
_DUE_CUE_RE = regex.compile(r"(?:trước|chậm\s+nhất|hạn|hoàn\s+thành|xong)\b", regex.V1 | regex.I)


def _covered_period(text: Text, phrase: TimePhrase, sent: Sentence) -> bool:
    """The time is the span the reported figures cover (``_COVERED_RE`` just before it)."""
    if _DUE_CUE_RE.match(text.fold, phrase.start, phrase.end):
        return False
    return bool(_COVERED_RE.search(text.fold, max(sent.start, phrase.start - COVERED_CUE_CHARS), phrase.start))


# REPORTED_PERIOD (issue 11: "the period the reported figures cover"): an uncued quarter, month, half-year or year
# printed after what a report is about ("báo cáo tình hình thực hiện công tác CCHC quý III năm 2015 theo đề cương …",
# the unseen set's qa03; "báo cáo kết quả công tác năm 2025", "báo cáo sơ kết 6 tháng đầu năm 2026") names the period
# the report covers: no due, the time stays in the action (T3). Counter-examples: a cued time ("… báo cáo kết quả trước
# ngày …", "… trong quý III/2026"), a recurrence ("báo cáo kết quả thực hiện Chương trình hằng năm", n004: T8's due), a
# span ("Các đơn vị báo cáo kết quả từ ngày 01/8/2023 đến ngày 15/8/2023": cued, the time to report).
REPORT_ABOUT_CHARS = 160
_REPORT_ABOUT_RE = regex.compile(
    r"(?<!\p{L})báo\s+cáo\s+(?:\p{L}+\s+){0,2}?(?:tình\s+hình|kết\s+quả|số\s+liệu|công\s+tác|sơ\s+kết|tổng\s+kết|đánh\s+giá)"
    r"(?!\p{L})[^.;:!?]{0,150}$",
    regex.V1 | regex.I,
)


def reported_period(text: Text, phrase: TimePhrase, sent: Sentence) -> bool:
    """The time is the period a report covers (REPORTED_PERIOD, above), not its due."""
    if phrase.cued or phrase.when.kind != "period" or phrase.date is not None:
        return False
    return bool(_REPORT_ABOUT_RE.search(text.fold, max(sent.start, phrase.start - REPORT_ABOUT_CHARS), phrase.start))


# What is brought to a meeting, before it in the sentence ("… trình Quốc hội xem xét tại Kỳ họp thứ 9"),
# at most this many characters before it (data/dates.toml [events] meeting_verbs).
MEETING_VERB_CHARS = 80
_MEETING_VERB_RE = regex.compile(rf"(?<!\p{{L}})(?:{alternation(date_words().events.meeting_verbs)})(?!\p{{L}})", regex.V1 | regex.I)


def _brought_to_meeting(text: Text, phrase: TimePhrase, sent: Sentence) -> bool:
    """A meeting is the duty's time when something is brought to it ("trình Quốc hội tại Kỳ họp
    thứ 9"), and not a past one named by whose it is ("kết luận tại Phiên họp lần thứ nhất của Ban
    Chỉ đạo")."""
    if regex.match(r"\s*của\s", text.fold[phrase.end : phrase.end + 8]):
        return False
    verb = _MEETING_VERB_RE.search(text.fold, max(sent.start, phrase.start - MEETING_VERB_CHARS), phrase.start)
    # PAST_MEETING (session 42): what the meeting already passed is named by it, not brought to it: "… Luật Bảo vệ dữ liệu
    # cá nhân đã được Quốc hội biểu quyết thông qua tại Kỳ họp thứ 9" (an unseen Công điện: the decree's duty was due
    # "tại Kỳ họp thứ 9"). Counter-example: "trình Quốc hội thông qua tại Kỳ họp thứ 9" (no "đã").
    return verb is not None and not _PAST_BEFORE_RE.search(text.fold, max(sent.start, verb.start() - PAST_BEFORE_CHARS), verb.start())


# "đã" in the meeting verb's own clause (no comma or semicolon between), at most this many characters before the verb.
PAST_BEFORE_CHARS = 40
_PAST_BEFORE_RE = regex.compile(r"(?<!\p{L})đã(?!\p{L})[^,;:]*$", regex.V1 | regex.I)


# A duty verb right after a time ("hàng năm có báo cáo …", "hằng quý tổ chức …"): the time times it;
# not a verb of aim ("lộ trình thực hiện hằng năm đảm bảo …": the time is the noun phrase's, n004).
_VERB_AFTER_RE = regex.compile(
    rf"[ \t\n]+(?:có\s+|phải\s+)?(?!(?:đảm|bảo)\s+(?:bảo|đảm)|phấn\s+đấu)(?:{_DUTY_VERBS})(?!\p{{L}})", regex.V1 | regex.I
)
# SENT_ON_AFTER_TIME (session 39): after a recurrence inside a clause, "gửi về <body>" alone says where what the clause
# gives goes, as it does after a date: "… cung cấp thông tin tình hình thực hiện dự án định kỳ hằng năm gửi về Bộ Nông
# nghiệp và Môi trường." (an unseen ministry letter: the duty read as "gửi về Bộ …"; "… trước ngày 15/12/2026 gửi về
# Sở Tài chính" kept the clause before). Counter-example: a new duty with its object after the time ("hằng quý gửi báo
# cáo về Sở Tài chính", "hàng năm có báo cáo …") is the duty the time times, as before.
_SENT_ON_AFTER_TIME_RE = regex.compile(r"[ \t\n]+gửi\s+(?:về|đến|tới|cho|lên)?\s*(?-i:\p{Lu})[^,;:\n]*?[.;,]?\s*", regex.V1 | regex.I)
# A recurrence before a passive verb says how often something is done to a thing, not what a body must do:
# "… danh mục dự án đầu tư công trung hạn, hằng năm được đầu tư từ nguồn ngân sách trung ương" (n004).
_PASSIVE_AFTER_RE = regex.compile(r"[ \t\n]+được\s+\p{L}", regex.V1 | regex.I)
# A time inside a relative clause times what the clause says of its noun, not the duty: "… giải phóng
# mặt bằng các đoạn tuyến mà dự kiến khởi công trước ngày 30/4/2026" (n009): "mà" opens the clause,
# at most this many characters before the time and with no punctuation between. RELATIVE_CLAUSE_WRAPS: a line
# the layout wrapped goes on inside the clause ("… các đoạn tuyến mà dự" / "kiến khởi công trước ngày 30/4/2026",
# n009 at 80 columns); a blank line or a list item's opener (``_WRAP``) still ends it.
RELATIVE_CLAUSE_CHARS = 60
_RELATIVE_CLAUSE_RE = regex.compile(rf"(?<!\p{{L}})mà\s(?:[^,;.:()\n]|{_WRAP}){{0,{RELATIVE_CLAUSE_CHARS}}}$", regex.V1 | regex.I)
# A time inside the purpose that opens a sentence before what is asked: "Để đẩy nhanh tiến độ …, bảo
# đảm triển khai thi công các hạng mục theo kế hoạch trong tháng 4/2026 và các tháng tiếp theo, UBND
# tỉnh yêu cầu các sở … " (n009): the aim's time, not the duty's.
_PURPOSE_OPENING_RE = regex.compile(rf"{LEADER}{ITEM_NUMBER}?\s*(?:để|nhằm)\s", regex.V1 | regex.I)
# … or a capitalised "Để"/"Nhằm" inside it, after a cut the splitter did not take: "… năm 2020”… Để
# góp phần ổn định tư tưởng … trong tháng 7 năm 2020, Ban Tuyên giáo Tỉnh ủy đề nghị …" (w041).
_PURPOSE_CLAUSE_RE = regex.compile(r"(?<![\p{L}\d])(?:Để|Nhằm)\s", regex.V1)


def _in_a_clause(text: Text, phrase: TimePhrase, sent: Sentence) -> bool:
    """The time belongs to a relative clause or to an opening purpose, not to the duty."""
    if _RELATIVE_CLAUSE_RE.search(text.fold, max(sent.start, phrase.start - RELATIVE_CLAUSE_CHARS - 4), phrase.start):
        return True
    opens = _PURPOSE_OPENING_RE.match(text.fold, sent.start, phrase.start) or _PURPOSE_CLAUSE_RE.search(text.fold, sent.start, phrase.start)
    if not opens or ask_search(text.fold, opens.end(), phrase.start):
        return False
    # what follows asks, or sends a draft for the recipients to act on (SENT_FOR_A_DUTY: "Để hoàn chỉnh dự thảo Nghị
    # định trước khi trình Chính phủ, Bộ … xin gửi tới Quý Cơ quan Dự thảo … để nghiên cứu, có ý kiến …", qe06)
    return bool(ask_search(text.fold, phrase.end, sent.end) or _SENT_FOR_ANY_RE.search(text.text, phrase.end, sent.end))


# CITED_PROVISION (session 40): a provision cited by its article and then given as the other document prints it, with no
# quotation marks, is that document's rule, and so are the items under it: "1.3. Về việc thống kê trữ lượng …" /
# "Khoản 1 Điều 59 Nghị định số 193/2025/NĐ-CP quy định: Tổ chức, cá nhân khai thác khoáng sản có trách nhiệm …" / "a)
# Thống kê trữ lượng khoáng sản đã khai thác bao gồm …" (f42's rh05, a Sở's letter reminding mines of the rules: the
# rule's clauses were read as duties of no one). Counter-example: the letter's own ask after the rule ("Đề nghị các tổ
# chức … nghiêm túc thực hiện", its own paragraph) and a citation that names a rule without giving it ("thực hiện
# theo quy định tại Điều 59 Nghị định số 193/2025/NĐ-CP"). Read by both stages (the dated clauses of the rule too:
# "Kỳ thống kê hằng năm được xác định …").
@functools.lru_cache(maxsize=1)
def _cited_provision_re() -> regex.Pattern[str]:
    types = vocabulary().type_alternation()
    return regex.compile(
        rf"(?m)^{LEADER}(?:(?:theo|tại)\s+(?:quy\s+định\s+tại\s+)?)?(?:(?:điểm|khoản|điều)\s+[\p{{L}}\d]{{1,4}}[\s,]*)+(?:của\s+)?(?:{types})(?!\p{{L}})[^:;.]{{0,160}}?\squy\s+định\s*:",
        regex.V1 | regex.I,
    )


# The markers of a cited provision's own items ("a)", "-", "(1)", "+"); a numbered item ("2.", "1.3.") is the letter's.
_PROVISION_ITEM_MARKERS = ("letter", "bullet", "paren", "plus")


# PROVISIONS_ONCE: both duty stages ask which blocks give a cited provision; read once per structure (held weakly, as
# HEADING_WHO_ONCE's memo is).
_PROVISIONS_READ: weakref.WeakKeyDictionary[Structure, frozenset[int]] = weakref.WeakKeyDictionary()


def cited_provision_blocks(st: Structure) -> frozenset[int]:
    """The blocks that give a cited provision's text (CITED_PROVISION): the block that cites it and the blocks under it
    (PROVISIONS_ONCE)."""
    if st not in _PROVISIONS_READ:
        _PROVISIONS_READ[st] = frozenset(_read_provisions(st))
    return _PROVISIONS_READ[st]


def _read_provisions(st: Structure) -> set[int]:
    out: set[int] = set()
    rx = _cited_provision_re()
    for i, b in enumerate(st.blocks):
        # at the block's start or at one of its lines' ("1.3. Về việc thống kê …" / "Khoản 1 Điều 59 … quy định: …")
        if b.table is not None or not rx.search(st.text.fold[b.content : b.end]):
            continue
        out.add(i)
        # the blocks under it, and the items after it that its closing colon announces ("… và các yêu cầu sau:" / "a)
        # …" / "b) …", printed as its siblings under the part's heading)
        lists = st.text.text[b.start : b.end].rstrip().endswith(":")
        k = i + 1
        while k < len(st.blocks) and (i in st.ancestors(k) or (lists and st.blocks[k].parent == b.parent and st.blocks[k].marker in _PROVISION_ITEM_MARKERS and not st.blocks[k].heading)):
            out.add(k)
            k += 1
    return out


# Veto QUOTED_PROVISION (README D2): a time inside a provision quoted from another document is that
# document's rule, not a deadline of this one: "… theo quy định tại điểm a khoản 5 Điều 32 Nghị định số
# 126/2024/NĐ-CP … hội “a) Trong thời hạn 60 ngày làm việc kể từ ngày có quyết định …”" (n024); "- Điều 53
# Nghị định số 268/2025/NĐ-CP quy định:" / "“Điều 53. Thu hồi … 1. Định kỳ 03 năm kể từ ngày cấp Giấy chứng
# nhận …" (n048, a reply quoting the law). A quotation is a provision when an article's or a clause's number
# follows its opening mark. Counter-examples: a quoted name ("phong trào “Thanh niên tham gia xây dựng đô thị
# văn minh” hằng năm, gửi về Trung ương Đoàn trước ngày 30/11", c118) opens none; the time of the duty that
# cites the provision, printed before the quotation (n024 "tổ chức Đại hội trước ngày 22/11/2025"), is outside.
QUOTE_MAX_CHARS = 3000  # a quoted article of several clauses (n048's runs to some 1,700 characters)
_QUOTED_PROVISION_RE = regex.compile(rf"[“«\"][ \t\n]*(?:Điều\s+\d{{1,3}}|{ITEM_NUMBER})", regex.V1)
_CLOSING_QUOTE_RE = regex.compile(r"[”»\"]", regex.V1)


def _in_quoted_provision(text: Text, pos: int) -> bool:
    """Whether offset ``pos`` lies inside a quoted provision (veto QUOTED_PROVISION, above): after the last
    opening of one within ``QUOTE_MAX_CHARS``, with no closing mark between and one after ``pos`` within that
    reach. A quotation whose closing mark is lost is none: n048's scan OCRs '"Điều 23. Điều kiện áp dụng ưu đãi
    thuế …' without its closing mark, and the letter's own text goes on after it ("Căn cứ các quy định nêu trên
    thì …", "… được cấp Giấy chứng nhận … ngày 09/10/2025 …")."""
    openings = [m.start() for m in _QUOTED_PROVISION_RE.finditer(text.text, max(0, pos - QUOTE_MAX_CHARS), pos)]
    if not openings or _CLOSING_QUOTE_RE.search(text.text, openings[-1] + 1, pos) is not None:
        return False
    return _CLOSING_QUOTE_RE.search(text.text, pos, openings[-1] + QUOTE_MAX_CHARS) is not None


# Veto QUOTED_TITLE_TIME (OUTPUT.md: the date of a cited document is no deadline; T3, A4: a time inside a name stays in
# it): a time inside the quoted title of a document, after "về việc" / "V/v", names what that document is about, not
# when to act: "Thực hiện Công văn số 12-CV/TĐTN ngày 02/7/2018 … về việc “Tổ chức Ngày hội hiến máu 15/7/2018”; …"
# (probe pb03's form; the dev corpus prints dated titles only in the header, c124 "“V/v … (8/1921 8/2021)”").
# Counter-examples: the same day outside the quotation ("… đề nghị các cơ sở Đoàn tổ chức Ngày hội hiến máu
# 15/7/2018, …") times the duty; a quoted name after no "về việc" ("phong trào “…” hằng năm", c118) is T3's.
TITLE_MAX_CHARS = 300  # a title runs a line or two
_TITLE_OPEN_RE = regex.compile(r"(?<!\p{L})(?:về\s+việc|v/v)\s*[“\"]", regex.V1 | regex.I)


def _in_quoted_title(text: Text, pos: int, sent: Sentence) -> bool:
    """Whether offset ``pos`` lies inside a quoted document title of its sentence (veto QUOTED_TITLE_TIME, above)."""
    openings = list(_TITLE_OPEN_RE.finditer(text.text, max(sent.start, pos - TITLE_MAX_CHARS), pos))
    if not openings or _CLOSING_QUOTE_RE.search(text.text, openings[-1].end(), pos) is not None:
        return False
    return _CLOSING_QUOTE_RE.search(text.text, pos, min(len(text.text), openings[-1].end() + TITLE_MAX_CHARS)) is not None


# A day and month of the year before, or of "the year reported on": "từ ngày 01 tháng 12 năm trước đến
# ngày 30 tháng 11 năm báo cáo" (c121: the span a yearly figure covers) is no day of this year. (A due
# day of the year after, "trước ngày 31/01 năm liền kề", is a time all the same.)
_RELATIVE_YEAR_RE = regex.compile(r"\s*năm\s+(?:trước|báo\s+cáo)(?!\p{L})", regex.V1 | regex.I)
# "Đến ngày …" on the document's own day says how things stand (as of), not by when ("trong ngày …",
# "trước 15 giờ, ngày …" on that day are due dates: n020, n021).
_AS_OF_RE = regex.compile(r"(?:tính\s+)?đến\s+(?:hết\s+)?ngày", regex.V1 | regex.I)


# Veto ISSUE_DAY_EVENT (session 31): a sentence that opens with a bare day ("Ngày …", "Các ngày …": no "trước",
# "đến", "vào" before it) and a comma, on or before the document's own day, tells what happened then: "Ngày 13 và 14
# tháng 4 năm 2017, một số báo chí phản ánh …" (an unseen letter of 14/4/2017; its duty is in the next sentence),
# "Ngày 22/4/2026, đồng chí … chủ trì cuộc họp …" (a Thông báo kết luận's opening). Before, a day list ending on the
# letter's own day passed the past test. Counter-examples: a sentence that asks ("Ngày 14/4/2017, đề nghị các đơn vị
# …"), a schedule's step ("Ngày 14/4/2017: …", a colon), a day after the document's.
_BARE_DAY_LEAD_RE = regex.compile(r"(?:các\s+)?ngày\s+\d", regex.V1 | regex.I)
# (the meeting may open it, session 42: "Tại phiên họp ngày 27/6/2025, sau khi nghe Báo cáo …, Bộ Chính trị, Ban Bí thư
# kết luận như sau:", an unseen Party conclusion dated that day: read as a duty "Tại phiên họp")
_MEETING_LEAD_RE = regex.compile(r"\s*tại\s+(?:(?:phiên|cuộc)\s+họp|hội\s+nghị|buổi\s+làm\s+việc)\s*", regex.V1 | regex.I)
_ADVERBIAL_COMMA_RE = regex.compile(r"\s*,", regex.V1)


def _issue_day_event(text: Text, phrase: TimePhrase, sentence: str) -> bool:
    """Whether ``phrase``, a bare day set off by a comma at its sentence's start, dates an event (ISSUE_DAY_EVENT)."""
    return bool(
        _BARE_DAY_LEAD_RE.match(phrase.text) and _ADVERBIAL_COMMA_RE.match(text.fold, phrase.end) and not ask_search(sentence)
    )


# Veto START_WITHOUT_END (README T2: "a start with no end" makes no deadline; i17-lang): a date read alone after the
# word that opens a period ("từ", "kể từ", "bắt đầu từ": data/dates.toml [period] start) says when something begins,
# not by when it is due: "Nghị định có hiệu lực thi hành kể từ ngày 15/8/2023" (the effective date of NĐ 30/2020's
# closing article, "… có hiệu lực (thi hành) kể từ ngày …"), "tổ chức thực hiện kể từ ngày 01/8/2023". A period with
# its end is read whole before ("từ ngày 10/7/2023 đến ngày 20/7/2023", due on its last day), so only a lone start
# comes here. Counter-example: "Đề nghị các đơn vị báo cáo trước ngày 15/8/2023" (a cue).
# VAGUE_PART_OF_A_YEAR (session 35): a part of a named year after "trong", with or without the months or days it spans
# ("trong những tháng cuối năm 2016 và đầu năm 2017", an unseen resolution's charge to the province; "trong tháng cuối
# năm 2024", dev c150's month-level deadline), fixes a time on the calendar (T2): a deadline, its date null (dates.py
# ``_VAGUE`` reads the phrase from its cue). Counter-examples: a bare "cuối năm 2016" (a figure's time: "số dư cuối
# năm 2016"), and "trong những tháng cuối năm" (no year: no calendar time).
_YEAR_IN_RE = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_STARTS_AT_RE = regex.compile(rf"(?<!\p{{L}})(?:kể\s+)?(?:{alternation(date_words().period.start)})\s+$", regex.V1 | regex.I)


# The day of a meeting, right after it: "tại Hội nghị giao ban ngày 01/3/2024" (at most this many
# characters between the meeting's word and the date).
MEETING_DAY_CHARS = 40
_MEETING_DAY_RE = regex.compile(rf"tại\s+(?:hội\s+nghị|kỳ\s+họp|phiên\s+họp|cuộc\s+họp)[^.;,()]{{0,{MEETING_DAY_CHARS}}}$", regex.V1 | regex.I)


def _meeting_day(text: Text, phrase: TimePhrase, sent: Sentence) -> bool:
    """The date is the day of a meeting something is brought to ("báo cáo … tại Hội nghị giao ban
    ngày 01/3/2024")."""
    at = _MEETING_DAY_RE.search(text.fold, max(sent.start, phrase.start - MEETING_DAY_CHARS - 20), phrase.start)
    return at is not None and bool(_MEETING_VERB_RE.search(text.fold, max(sent.start, at.start() - MEETING_VERB_CHARS), at.start()))


# A year with its cue (``TimePhrase.whole_year``: "trong năm 2025") times the duty of its clause unless
# its clause says otherwise (annotations/README.md T2, A4):
# * the clause is a label or lead-in, a ":" after the year before the sentence ends ("9. Về đầu tư đường
#   sắt … trước năm 2030: Giao Bộ Xây dựng …", "… kỷ niệm các ngày lễ lớn trong năm 2019 như sau:");
# * it reports the past: "đã" before the year in its clause ("Số mô hình đã được công nhận trong năm
#   2022"), or anywhere in a sentence the year opens ("Trong năm 2024, mặc dù …, Chính phủ … đã …");
# * it is a purpose: "để" before the year in its clause ("… ưu tiên cho Dự án … để hoàn thành vào năm
#   2025"), or an opening "Để"/"Nhằm" ("Để kiểm tra … của tỉnh trong năm 2026 đảm bảo kịp thời …");
# * it ends the span of the document itself, counted from now: "Thời gian thực hiện Kế hoạch: Từ khi ban
#   hành đến hết năm 2030", "Thời gian từ nay đến hết năm 2024 không còn nhiều";
# * it stands inside a noun phrase that goes on after it (the year does not end its clause): "… rõ tên
#   mô hình, mục tiêu, nhiệm vụ đặt ra trong năm 2022 đối với thực hiện mô hình" (a duty's year ends its
#   clause: "… trình Quốc hội thông qua trong năm 2025.", "… ngay trong năm 2025 và xây dựng lộ trình …",
#   "… đảm bảo đến năm 2030, ít nhất 50% …");
# * it opens the sentence as its setting, before a statement ("Trong năm 2024, mặc dù gặp nhiều khó
#   khăn, …, Chính phủ, các bộ … triển khai …"): fronted, it times a duty only when the sentence asks
#   one or the rest opens with a duty verb.
_YEAR_CLAUSE_BREAK_RE = regex.compile(r"[,;:()]|\n[ \t]*\n", regex.V1)
_YEAR_PAST_RE = regex.compile(r"(?<!\p{L})đã(?!\p{L})", regex.V1 | regex.I)
_YEAR_PURPOSE_RE = regex.compile(r"(?<!\p{L})(?:để|nhằm)(?!\p{L})", regex.V1 | regex.I)
_FROM_NOW_RE = regex.compile(r"(?<!\p{L})từ\s+(?:nay|khi\s+ban\s+hành|ngày\s+ban\s+hành)\s*$", regex.V1 | regex.I)
_YEAR_ENDS_CLAUSE_RE = regex.compile(r"\s*(?:[,;.(]|(?:và|hoặc)(?!\p{L})|$)", regex.V1 | regex.I)
# YEAR_LABEL_STEP (session 36): a year that opens an item as its label, the step after the colon, is the step's time as
# a month or a quarter so printed is (a schedule step, "Tháng 7/2023: …"): "- Năm 2018: Rà soát, tổng kết hệ thống văn
# bản chính sách …" / "- Năm 2019: Trình ban hành Pháp lệnh …" (the check set's qc01, a Prime Minister's plan).
# Before, the year was no time (its clause does not end at it). Counter-examples: "Năm 2020: 100% hộ gia đình …" (a
# target: no duty verb after the colon), "Trong năm 2018, các bộ đã …" (a report: ``_YEAR_PAST_RE``, read first).
_YEAR_LABEL_RE = regex.compile(r"[ \t]*:[ \t]*", regex.V1)


def _year_times_the_duty(text: Text, phrase: TimePhrase, sent: Sentence, at_start: bool) -> bool:
    """Whether a cued year ("trong năm 2025") times the duty of its sentence (``_YEAR_CLAUSE_BREAK_RE`` …)."""
    after = regex.search(r"[.;:]", text.fold[phrase.end : sent.end])
    if after is not None and after.group() == ":" and not at_start:
        return False
    breaks = list(_YEAR_CLAUSE_BREAK_RE.finditer(text.fold, sent.start, phrase.start))
    clause = text.fold[breaks[-1].end() if breaks else sent.start : phrase.start]
    if _YEAR_PAST_RE.search(clause) or (at_start and _YEAR_PAST_RE.search(text.fold, phrase.end, sent.end)):
        return False
    if _YEAR_PURPOSE_RE.search(clause) or _PURPOSE_OPENING_RE.match(text.fold, sent.start, phrase.start):
        return False
    if _FROM_NOW_RE.search(text.fold, max(sent.start, phrase.start - 30), phrase.start):
        return False
    label = _YEAR_LABEL_RE.match(text.fold, phrase.end, sent.end) if at_start else None
    if label is not None and _DUTY_VERB_RE.match(text.fold, label.end(), sent.end):
        return True  # YEAR_LABEL_STEP
    if not _YEAR_ENDS_CLAUSE_RE.match(text.fold[phrase.end : sent.end]):
        return False
    if at_start:
        rest = regex.match(r"[\s,]*", text.fold[phrase.end : sent.end])
        opens_duty = _DUTY_VERB_RE.match(text.fold, phrase.end + (rest.end() if rest else 0), sent.end)
        return bool(opens_duty or ask_search(text.fold, sent.start, sent.end) or _body_then_duty(text, phrase.end + (rest.end() if rest else 0), sent.end))
    return True


def _body_then_duty(text: Text, start: int, end: int) -> bool:
    """YEAR_BEFORE_A_BODYS_DUTY (i29-time): a cued year that opens an item before a body and its duty verb times that
    duty, as a month or a date there does ("Trong năm 2025, các đơn vị rà soát, sắp xếp lại trụ sở làm việc.", "Từ
    nay đến hết năm 2025, các đơn vị thực hiện nghiêm …", my words; the items under a lead-in that asks, NĐ 30's
    kế hoạch form). Before, the year was no time there and the body stayed in the action, the lead-in's body
    responsible. Counter-example: a setting before a statement ("Trong năm 2024, mặc dù gặp nhiều khó khăn, …") names
    no body right after the year; a past statement ("…, các bộ đã triển khai …") is refused above."""
    flat = text.fold[start:end].replace("\n", " ")
    m = subject_match(flat[:1].upper() + flat[1:])  # after the year the subject is printed in lower case
    if m is None or plausible_who(clean_value(text.text[start + m.start("who") : start + m.end("who")])) is None:
        return False
    return _DUTY_VERB_RE.match(text.fold, start + m.end(), end) is not None


# Veto FORECAST_PARAGRAPH (session 31): a paragraph that opens with what a forecaster foresees ("Theo dự báo của Trung
# tâm Dự báo khí tượng thủy văn quốc gia, …", "Năm 2014, theo nhận định của Đài Khí tượng Thủy văn tỉnh …": the
# situation a Chỉ thị or a Công điện on natural disasters opens with) reports weather and water to come, and its times
# are theirs: "Mực nước đầu nguồn sông Tiền tăng dần từ giữa tháng 8; …" (an unseen Chỉ thị). Counter-example: a
# sentence of it that asks ("…, đề nghị các địa phương chủ động sơ tán dân trước ngày …") is the duty's.
_FORECAST_LEAD_RE = regex.compile(
    r"^[\s\-–•+*]*(?:[^,.;:\n]{0,40},\s*)?theo\s+(?:nhận\s+định|dự\s+báo|thông\s+tin|bản\s+tin)(?!\p{L})", regex.V1 | regex.I
)


def _forecast_time(st: Structure, phrase: TimePhrase) -> bool:
    """Whether ``phrase`` stands in a paragraph that reports a forecast and its sentence asks nothing (FORECAST_PARAGRAPH)."""
    block = st.block_at(phrase.start)
    if block is None or not _FORECAST_LEAD_RE.match(st.text.fold[st.blocks[block].start : st.blocks[block].end]):
        return False
    sent = st.sentence_at(phrase.start)
    return sent is None or not ask_search(st.text.fold, sent.start, sent.end)


def _aim_or_past_year(st: Structure, phrase: TimePhrase, doc_year: int | None) -> bool:
    """A cued year in the part that states aims ("I. MỤC ĐÍCH, YÊU CẦU": "… góp phần cải thiện các chỉ
    số … của tỉnh trong năm 2026 và những năm tiếp theo") is an aim's time, not a duty's; one before
    the document's year (its day unread: "ngày … tháng 10 năm 2025") reports the past."""
    if phrase.when.kind == "recurrence" and st.section_kind(phrase.start) == "aims":
        sent = st.sentence_at(phrase.start)
        return sent is None or not ask_search(st.text.fold, sent.start, sent.end)
    if not phrase.whole_year or phrase.when.period_end is None:
        return False
    return st.section_kind(phrase.start) == "aims" or (doc_year is not None and phrase.when.period_end.year < doc_year)


# DOCUMENT_TITLE_LINE: the document's title, its type's name followed by what it is about (NĐ 30 box 5a: "THÔNG BÁO"
# over "Về việc …"; a web copy prints both on one line, "THÔNG BÁO Về việc tổ chức lấy ý kiến …", probe pe03; the type
# over "V/v Tổ chức lễ, hội khai giảng", probe pf05; a portal's headline "Thông báo Cấp dự báo cháy rừng … (Từ ngày …
# đến ngày …)", probe pe19), names the document: no duty, and its dates no deadline. The dev corpus prints it on two
# lines: "KẾ HOẠCH" / "Tổ chức các hoạt động …" (c111), so the title's words sit on the line after the type's. A title is
# the type's name (1) in capitals, with words after it on its line, (2) before "V/v" or a capitalised "Về việc", or (3)
# capitalised before a capitalised word that opens no body's name, on a line with no sentence's end. Counter-examples:
# the verbs "Báo cáo kết quả … về Trung ương Đoàn" (c117), "Hướng dẫn các địa phương …" (c143), "Quyết định dừng hoạt
# động …" (n055), "Báo cáo Bộ Chính trị …" (c158): "Báo cáo" is left out (mostly a verb), and the others go on in lower
# case or with a body.
# MOTTO_LINE: the national name and motto (NĐ 30 box 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh
# phúc") stand in the header only; a web copy that glues the header's cells into one line ("TRƯỜNG THCS … CỘNG HÒA XÃ HỘI
# CHỦ NGHĨA VIỆT NAMĐộc lập – Tự do – Hạnh phúc Số: / KH- … ngày 31 tháng 8 năm 2012", probe pf05) leaves that line among
# the body's sentences: it is no duty, and the document's date in it no deadline (``layout._header_element`` reads the
# same motto as a header line). The national name as NĐ 30 prints it, in capitals: in prose the country's name is no
# header ("Thực hiện Nghị quyết số 202/2025/QH15 … của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam, …", n024).
# (``roles.MOTTO_RE`` labels header lines, the Party's and the Đoàn's names among them, in any case: too wide for
# a body's sentences.)
MOTTO_RE = regex.compile(rf"(?-i:{P.STATE_NAME})|{P.SUBTITLE}", regex.V1 | regex.I)
TITLE_SUBJECT_RE = regex.compile(r"(?:V/V|về\s+việc)(?!\p{L})", regex.V1 | regex.I)
TITLE_NOT_TYPES = frozenset(["báo cáo"])


@functools.lru_cache(maxsize=1)
def _title_type_re() -> regex.Pattern[str]:
    types = [n for n in vocabulary().type_names() if fold(n).lower() not in TITLE_NOT_TYPES]
    return regex.compile(rf"{LEADER}(?P<type>{alternation(types)})[ \t]+(?=\S)", regex.V1 | regex.I)


def document_title(text: Text, start: int, end: int) -> bool:
    """Whether the sentence at ``text[start:end]`` is the document's title line (DOCUMENT_TITLE_LINE) or its national
    name and motto (MOTTO_LINE)."""
    if MOTTO_RE.search(text.fold, start, end):
        return True  # MOTTO_LINE
    m = _title_type_re().match(text.fold, start, end)
    if m is None:
        return False
    typed = text.text[m.start("type") : m.end("type")]
    line_end = text.text.find("\n", m.end())
    line = text.text[m.end() : line_end if line_end != -1 and line_end < end else end]
    if typed.isupper():
        return bool(regex.search(r"\p{L}", line))
    if not typed[:1].isupper():
        return False
    if TITLE_SUBJECT_RE.match(line) and line[:1].isupper():
        return True
    if not line[:1].isupper() or line.split(" ")[0].isupper() or _ORG_AT_RE.match(line):  # (``_ORG`` ends on its word's end)
        return False
    return not regex.search(r"[.;:!?]\W*$", line.rstrip()) and line_end != -1


# REPORTED_EVENT: a day cued as an event's ("vào ngày …") whose clause goes on with "đã" + verb reports what was done
# on it, not a time to act by: "Để tìm được người thủ lĩnh … nên vào ngày 26/10/2016 ban chấp hành Đoàn trường … đã
# tiến hành đại hội …" (probe pf15, a page's lead before the plan; its own date unread, so the past-date veto cannot
# tell). Counter-example: "… tổ chức vào ngày 15/11/2025" (no "đã") and a request in the sentence ("đề nghị …").
_EVENT_CUE_RE = regex.compile(r"vào(?!\p{L})", regex.V1 | regex.I)
_DONE_AFTER_RE = regex.compile(r"[^.;:]*?(?<!\p{L})đã\s+(?!được\s+giao)\p{L}", regex.V1 | regex.I)


def _reported_event(text: Text, phrase: TimePhrase, sent: Sentence, sentence: str) -> bool:
    """Whether ``phrase`` dates an act its clause reports as done (REPORTED_EVENT)."""
    if not _EVENT_CUE_RE.match(phrase.text) or ask_search(sentence):
        return False
    return bool(_DONE_AFTER_RE.match(text.fold, phrase.end, sent.end))


# EFFECT_CLAUSE: the closing article's effect clause (NĐ 30/2020's "… có hiệu lực (thi hành) kể từ ngày …") is no
# duty, also where the document names itself by its kind alone: "Quyết định có hiệu lực kể từ ngày ký." (probe pc19,
# printed after Điều 3 without an article number), as "Điều 3. Quyết định này có hiệu lực kể từ ngày ký ban hành."
# (n018) and "1. Hướng dẫn này có hiệu lực từ ngày ký, …" (n038); nor is its time a deadline, a day or an offset from
# the signing: "Quyết định này có hiệu lực thi hành sau 10 ngày, kể từ ngày ký" (probe pg07's form, the wording of
# the Luật Ban hành văn bản quy phạm pháp luật), read as "sau 10 ngày" before, where "kể từ ngày ký" alone is no time.
# Counter-example: what another act's coming into force sets off ("Các đơn vị rà soát … trước thời điểm Nghị định này
# có hiệu lực", after the duty's verb) is a duty, and its time the duty's.
EFFECT_CLAUSE_RE = regex.compile(
    rf"^{LEADER}(?:{ITEM_NUMBER}\s*)?(?:Điều\s+\d+\s*[.:]\s*)?(?:{vocabulary().type_alternation()})(?:\s+này)?\s+có\s+hiệu\s+lực(?!\s+pháp\s+luật)",
    regex.V1 | regex.I,
)


# PROMISED_STEP: "sẽ" before a verb says what its subject will do, the issuer's own step or a plan told, not a task
# set (the obligations stage's VETO_PROMISE reads the same word): its time is no deadline. Two places put the time in
# the promise's clause: inside it, before or after "sẽ" ("Ban Tổ chức sẽ công bố kết quả vào ngày 20/11/2023"), or
# fronted before it, in an opening adverbial whose comma the promise follows: "4. Trong tuần công tác thứ 8
# (26/10/2020 - 01/11/2020), Công đoàn Trường sẽ tổ chức các hoạt động thăm hỏi …" (probe ph03), "Bắt đầu từ quý II
# năm 2019, Để có kinh phí … UBND xã sẽ tiến hành thu theo quý, …" (probe pg13). Counter-examples: "sẽ" before a
# consequence, "sẽ không được xét thi đua", "sẽ được xem xét", "sẽ bị xử lý", or a duty, "sẽ phải" (not a promise);
# a promise in another clause than the time's ("Ban tổ chức … kéo dài thời hạn đăng ký đến hết 17g00 ngày 18/4/2014,
# các thí sinh … sẽ được xem xét bố trí …", probe pb21: the time's clause sets the limit); a clause that asks
# ("đề nghị … sẽ …").
_PROMISE_RE = regex.compile(r"(?<!\p{L})sẽ(?!\p{L})(?!\s+(?:không|chưa|bị|được|phải|chịu)(?!\p{L}))", regex.V1 | regex.I)
# the opening adverbial a time may lead its sentence with: "Trong tuần …", "Bắt đầu từ …", "Từ ngày …", "Sau khi …"
_FRONTED_TIME_RE = regex.compile(
    rf"^{LEADER}(?:{ITEM_NUMBER}\s*)?(?:(?:bắt\s+đầu|kể)\s+)?(?:(?:trong|từ|đến|sau|trước|vào|ngày|tháng|năm|quý|tuần|h[ằà]ng|định\s+kỳ|cuối|đầu|giữa)(?!\p{{L}})[^,;:.]*)?$",
    regex.V1 | regex.I,
)
# the comma that closes the opening adverbial, after the time and a bracket at most
_ADVERBIAL_CLOSE_RE = regex.compile(r"[\s)\]]*,", regex.V1)
_CLAUSE_BREAK_RE = regex.compile(r"[,;:]", regex.V1)


def promised_step(text: Text, phrase: TimePhrase, sent: Sentence) -> bool:
    """Whether ``phrase`` times a promise ("… sẽ …"), not a task (veto PROMISED_STEP, above)."""
    if _PROMISE_RE.search(text.fold, sent.start, sent.end) is None:
        return False
    breaks = list(_CLAUSE_BREAK_RE.finditer(text.fold, sent.start, phrase.start))
    opens = breaks[-1].end() if breaks else sent.start
    after = _CLAUSE_BREAK_RE.search(text.fold, phrase.end, sent.end)
    clause = (opens, after.start() if after is not None else sent.end)
    if not breaks and _FRONTED_TIME_RE.match(text.fold[sent.start : phrase.start]):
        # the time opens the sentence: the clause it times is the one after the adverbial's comma
        close = _ADVERBIAL_CLOSE_RE.match(text.fold, phrase.end, sent.end)
        if close is not None:
            nxt = _CLAUSE_BREAK_RE.search(text.fold, close.end(), sent.end)
            clause = (close.end(), nxt.start() if nxt is not None else sent.end)
    return _PROMISE_RE.search(text.fold, *clause) is not None and ask_search(text.fold, *clause) is None


# POSTING_STAMP (data/dates.toml [posting_stamp]): a line of a web page that holds only the page's posting time, a
# full date and a clock time with a colon, with the weekday and the portal's labels ("16:05 - 14/11/2019", probe ph11,
# whose clock's minutes were read as the first day of a span "05 - 14/11/2019"; "Ngày đăng 24/08/2016 | 10:52 | Lượt
# xem: 3899", pi03), dates the page, not a duty. Counter-examples: a line with any other word ("Thời gian: 14:00 ngày
# 15/12/2023", a label; "… gửi báo cáo trước 16:00 ngày 14/11/2019", a duty), a date with no clock time.
_STAMP_DATE_RE = regex.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\d{4}(?!\d)", regex.V1)
_STAMP_CLOCK_RE = regex.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])", regex.V1)


@functools.lru_cache(maxsize=1)
def _stamp_words_re() -> regex.Pattern[str]:
    words = date_words()
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation([*words.posting_stamp.words, *words.clock.weekdays])})(?!\p{{L}})", regex.V1 | regex.I)


@functools.lru_cache(maxsize=1)
def _posting_label_re() -> regex.Pattern[str]:
    labels = date_words().posting_stamp.labels
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(labels)})(?!\p{{L}})", regex.V1 | regex.I)


def posting_stamp(line: str) -> bool:
    """Whether ``line`` is a web page's posting stamp (POSTING_STAMP, above): a date, a clock time, and no word but
    the weekday's and the portal's labels; or (POSTING_LABEL) a date under a posting label ("Ngày cập nhật
    09/04/2019", ``[posting_stamp] labels``) with no other word."""
    if _STAMP_DATE_RE.search(line) is None:
        return False
    if _STAMP_CLOCK_RE.search(line) is None and _posting_label_re().search(line) is None:
        return False
    return regex.search(r"\p{L}", _stamp_words_re().sub(" ", _posting_label_re().sub(" ", line))) is None


# HOLIDAY_NAME (data/dates.toml [holidays]): the date printed as part of a holiday's name, only "ngày" or "(" between.
@functools.lru_cache(maxsize=1)
def _holiday_name_re() -> regex.Pattern[str]:
    names = date_words().holidays.names
    return regex.compile(rf"(?<!\p{{L}})(?:{alternation(names)})\s*\(?\s*(?:ngày\s+)?$", regex.V1 | regex.I)


def names_a_holiday(text: Text, phrase: TimePhrase) -> bool:
    """Whether ``phrase`` is the day in a holiday's name (veto HOLIDAY_NAME, ``[holidays]``): the name stands right
    before it, so a cue before the name ("trong dịp nghỉ Lễ 30/4 – 1/5") is the occasion's, not the date's."""
    return _holiday_name_re().search(text.fold, max(0, phrase.start - 60), phrase.start) is not None


# Veto ESIGN_TIME (session 31): the e-signature box's "Thời gian ký: 17.04.2024 10:26:02 +07:00" (its "Người ký", "Cơ
# quan", "Email" lines around it: ``roles.is_esign``; the line itself the signing time's label or a clock with seconds,
# not an e-mail address a duty names) dates the signing, no duty; a Công báo copy prints the box among the
# decision's lines (two unseen copies read "Công bố kết quả …" due on the signing day). Counter-example: a duty sentence
# that names the signing ("… trong 05 ngày kể từ ngày ký") is no box line.
_ESIGN_TIME_LABEL_RE = regex.compile(r"THOI\s+GIAN\s+KY\b|NGAY\s+KY\s*:")


def _on_an_esign_line(text: Text, phrase: TimePhrase) -> bool:
    """Whether ``phrase`` stands on a line of an e-signature box (ESIGN_TIME)."""
    opens = text.text.rfind("\n", 0, phrase.start) + 1
    ends = text.text.find("\n", phrase.end)
    line = text.text[opens : ends if ends != -1 else len(text.text)]
    return bool(ESIGN_MARK_RE.search(line) or _ESIGN_TIME_LABEL_RE.search(P.bare(line))) and is_esign(line)


def _on_a_posting_stamp(text: Text, phrase: TimePhrase) -> bool:
    """Whether ``phrase`` stands on a line that is a posting stamp (``posting_stamp``)."""
    opens = text.fold.rfind("\n", 0, phrase.start) + 1
    ends = text.fold.find("\n", phrase.end)
    return posting_stamp(text.fold[opens : ends if ends != -1 else len(text.fold)])


def _is_date_line(text: Text, phrase: TimePhrase, sent: Sentence, doc_date: dt.date | None) -> bool:
    """Veto DATE_LINE: the document's own place-and-date line, placed among the body's lines by a
    header table ("Quảng Ngãi, ngày 03 tháng 10 năm 2022" after the recipients, 001 DOCX), dates the
    document, not a duty."""
    m = P.PLACE_DATE_RE.match(text.fold, sent.start, sent.end)
    if m is None or phrase.date is None or phrase.date != doc_date:
        return False
    return not text.fold[m.end() : sent.end].strip(" .\n")


def _recurring_days(inside: list[TimePhrase], kept: list[TimePhrase]) -> list[TimePhrase]:
    """Veto RECURRING_DAY: a day printed without its year in a sentence that also holds a
    recurrence names no one day (annotations/README.md T10): "… hằng năm, gửi về Trung ương Đoàn
    trước ngày 30/11" (c118) keeps its time phrase, but its ``date`` is null rather than the
    document's year. Counter-example: "trước ngày 25/11" in a one-off duty takes the document's year.
    """
    if not any(p.when.kind == "recurrence" for p in inside):
        return kept
    return [dataclasses.replace(p, date=None) if p.date is not None and not p.year_printed else p for p in kept]


def _opening_recurrence(text: Text, phrases: list[TimePhrase], starts: list[int], sentences: list[Sentence], si: int) -> list[TimePhrase]:
    """The recurrence that opens the sentence a ";"-clause belongs to (T10: "A recurrence that opens the
    sentence times each day in it"): "Hằng năm xây dựng kế hoạch …; tổ chức lễ phát động … từ ngày 17/10
    đến 18/11" (the README's c116 example) gives the later clause's span no one date. Counter-example: a
    recurrence inside an earlier clause, not at the sentence's opening, times that clause only."""
    first = si
    while first > 0 and text.text[sentences[first - 1].start : sentences[first - 1].end].rstrip().endswith(";"):
        first -= 1
    if first == si:
        return []
    opening = sentences[first]
    earlier = phrases[bisect.bisect_left(starts, opening.start) : bisect.bisect_left(starts, opening.end)]
    return [p for p in earlier[:1] if p.when.kind == "recurrence" and not regex.search(r"\p{L}{2,}", _LEAD_RE.sub("", text.fold[opening.start : p.start], count=1))]


# A focus clause that ends right before a time (data/dates.toml [focus]): "…, trong đó lưu ý các vị trí
# triển khai thi công | trong tháng 4/2026" (n009). Veto FOCUS_NOUN_TIME: such a time picks out which
# things (T3), unless the noun names a deadline ("đặc biệt là các nhiệm vụ có thời hạn | trong năm 2025",
# c139), which ``_focus_deadline`` keeps as the deadline, with the time left in the action.
_FOCUS = date_words().focus
FOCUS_CLAUSE_RE = regex.compile(
    rf"(?:^|[,;(]|\s-)\s*(?:{alternation(_FOCUS.markers)})(?!\p{{L}})(?P<noun>[^,;:()]*)$", regex.V1 | regex.I
)
_DEADLINE_NOUN_RE = regex.compile(rf"(?<!\p{{L}})(?:{alternation(_FOCUS.deadline_nouns)})(?!\p{{L}})", regex.V1 | regex.I)


def _focus_deadline(text: Text, phrase: TimePhrase, sent: Sentence) -> bool | None:
    """None when ``phrase`` ends no focus clause; else whether its noun names a deadline (c139: True)."""
    m = FOCUS_CLAUSE_RE.search(text.fold, sent.start, phrase.start)
    if m is None:
        return None
    return _DEADLINE_NOUN_RE.search(m.group("noun")) is not None


# Exception SET_AT_THE_MEETING to the veto "a date before the document's own reports the past": a notice
# of a meeting's conclusions is often signed days after the meeting, so a due that the meeting set can fall
# before the notice's own date. A cued due phrase ("trước ngày …", "trong tháng …") whose last day falls
# after the day of the meeting the document reports is a duty's due (annotations/README.md, deadlines):
# c143, meeting of 20/11/2024, notice of 01/12/2024: "Ủy ban nhân dân các tỉnh Tiền Giang, Bến Tre hoàn
# thành thủ tục cấp Bản xác nhận … trước ngày 30 tháng 11 năm 2024". Counter-example (c143, the same
# notice): "Theo chỉ đạo của Thủ tướng Chính phủ, các tỉnh … cần hoàn thành thủ tục cấp mỏ cát cho các dự
# án trong tháng 10 năm 2024" (before the meeting: an earlier instruction, reported).
# The meeting is told by a meeting's noun in a sentence that says it took place ("đã"), with an uncued
# full date: "Ngày 19 tháng 11 năm 2024, Phó Thủ tướng … đã chủ trì cuộc họp …" (c142), "Tại buổi họp …
# vào chiều ngày 20 tháng 11 năm 2024, … đã kết luận như sau:" (c143).
_REPORTED_MEETING_RE = regex.compile(
    r"""(?<!\p{L})(?:
        (?:buổi|cuộc|phiên)\s+h[ọợ]p       # "tại buổi họp", "đã chủ trì cuộc họp"; "hợp": OCR's dot for the horn (c143's scan)
        | hội\s+nghị
        | buổi\s+làm\s+việc | làm\s+việc\s+với   # "đã chủ trì buổi làm việc", "đã làm việc với Ban Thường vụ"
    )(?!\p{L})""",
    regex.V1 | regex.I | regex.X,
)


def _reported_meeting(text: Text, phrases: list[TimePhrase], sentences: list[Sentence], doc_date: dt.date | None) -> dt.date | None:
    """The day of the meeting the document reports (SET_AT_THE_MEETING): the latest uncued full date
    before the document's own in a sentence that names a meeting and says it took place."""
    if doc_date is None:
        return None
    starts = [p.start for p in phrases]
    days = []
    for sent in sentences:
        sentence = text.fold[sent.start : sent.end]
        if not (_REPORTED_MEETING_RE.search(sentence) and _PAST_RE.search(sentence)):
            continue
        for p in phrases[bisect.bisect_left(starts, sent.start) : bisect.bisect_left(starts, sent.end)]:
            if p.date is not None and not p.cued and p.when.kind == "date" and p.date < doc_date:
                days.append(p.date)
    return max(days, default=None)


# TIME_LABEL_CUES_PERIOD: a month or a quarter printed as the value of a time label under an item of a plan
# ("1. Tổ chức hội nghị sơ kết …" / "- Thời gian: Quý II/2025." / "- Địa điểm: …") is that item's time: the
# label says what the value is, as a cue would ("trong quý II/2025"). Real: c111 "+ Thời gian thực hiện: Từ
# tháng 7/2023 …" (a label over a span). Counter-example: a month in running text after other words ("… kết quả
# tháng 5/2025 …", "Địa điểm: …") is no label's value and still needs its cue.
_TIME_LABEL_LEAD_RE = regex.compile(
    rf"{LEADER}(?:{ITEM_NUMBER}\s*)?(?:thời\s+(?:gian|hạn)|tiến\s+độ)(?:\s+(?:thực\s+hiện|hoàn\s+thành|tổ\s+chức|triển\s+khai))?\s*:\s*",
    regex.V1 | regex.I,
)


# The basis a "Căn cứ …" sentence opens with ends at its first comma, semicolon or colon: "Căn cứ Kế hoạch này, các
# sở, ban, ngành xây dựng kế hoạch triển khai tại đơn vị, gửi về Sở … trước ngày 15/4/2025" (README A1: the basis,
# then the body and its duty). A time with its cue after it times the duty (BASIS_THEN_DUTY); one inside it, or an
# uncued date anywhere in it, is the cited document's ("Căn cứ Luật … ngày 19/02/2025", "Căn cứ Quyết định số
# 12/QĐ-TTg ngày 20/3/2025 của Thủ tướng Chính phủ, Sở Nội vụ tham mưu …").
_BASIS_END_RE = regex.compile(r"[,;:]")


def _in_the_basis(sentence: str, phrase: TimePhrase, sent: Sentence) -> bool:
    """Whether a time of a sentence opening with "Căn cứ …" belongs to the basis rather than to the duty after it."""
    end = _BASIS_END_RE.search(sentence)
    return not phrase.cued or end is None or phrase.start - sent.start < end.start()


# Veto's exception PLAN_STEP_BEFORE_ISSUE: a plan (Kế hoạch) is often signed after the first of the steps it
# schedules, and its schedule still lists them (OUTPUT.md: "In a plan … every dated step counts"): "Ngày 20/6/2023:
# Tổ chức phát động Cuộc thi." in a plan dated 27/6/2023 (c127), "Tham gia Ban soạn thảo xây dựng, hoàn thiện Nghị
# định … trong Quý I năm 2025." in one dated 16/5/2025 (c113). Only a step — a time that leads its line or has its
# cue — of the document's own year, in a sentence that does not tell the past ("đã", "vừa qua").
# Counter-examples: "Năm 2024, Ban Thường vụ đã tổ chức …" (the past, "đã"); a date of an earlier year; any
# document that is not a plan (a Thông báo's "Ngày 22/4/2026, đồng chí … chủ trì cuộc họp …", n012).
def _plan_step_before_issue(sentence: str, last: dt.date, doc_date: dt.date | None) -> bool:
    """PLAN_STEP_BEFORE_ISSUE (above): a plan's step of its own year, dated before the plan, in a sentence not about the past."""
    return doc_date is not None and last.year == doc_date.year and not _PAST_RE.search(sentence)


# PLAN_NOUN_RECURRENCE (README T14, session 39): a recurrence right after a plan's or a budget's noun phrase says which
# plan or budget the duty is about, not when it is done: "Chủ trì … xây dựng kế hoạch thanh tra hàng năm theo hướng có
# trọng tâm …" (an unseen provincial letter), "cụ thể hóa thành các nhiệm vụ trong kế hoạch công tác hằng năm", "bố trí
# dự toán ngân sách hằng năm" (the gold of two unseen Government resolutions: T14, no due). The noun phrase is the head
# and at most four lower-case words, with no punctuation before the time. Counter-examples: "báo cáo kết quả thực hiện
# hằng năm" (a report's verb: the time times it), "lộ trình thực hiện hằng năm đảm bảo …" (n004; not a plan's noun),
# "Hằng năm, xây dựng kế hoạch …" (the time before the noun).
_PLAN_NOUN_BEFORE_RE = regex.compile(
    r"(?<!\p{L})(?:kế\s+hoạch|chương\s+trình\s+công\s+tác|dự\s+toán|ngân\s+sách|nguồn\s+vốn|kinh\s+phí)(?:\s+(?-i:\p{Ll})+){0,4}\s+$",
    regex.V1,
)
# how far before the time the plan's noun phrase is read
PLAN_NOUN_CHARS = 60


def plan_noun_recurrence(text: Text, phrase: TimePhrase, start: int) -> bool:
    """PLAN_NOUN_RECURRENCE: whether ``phrase`` is a recurrence printed right after a plan's or a budget's noun phrase
    (read back to ``start``, the sentence's), which it qualifies."""
    if phrase.when is None or phrase.when.kind != "recurrence":
        return False
    return _PLAN_NOUN_BEFORE_RE.search(text.fold, max(start, phrase.start - PLAN_NOUN_CHARS), phrase.start) is not None


# TERM_IS_NO_DUTY (session 42): a term's label says how long a power or a rule lasts, no step anyone must take: "Điều 2.
# Thời hạn ủy quyền: Từ ngày 20 tháng 8 năm 2026 đến hết ngày 28 tháng 02 năm 2027, …", the label alone on its line
# over "Kể từ ngày Quyết định này có hiệu lực thi hành cho đến hết ngày 31 tháng 12 năm 2025." (delegation decisions of
# one province: f46's rt03 and rt05 studied; f47's rv02, seen after its score, prints the same article). Before, "Thời
# hạn ủy quyền" was a duty due that day. Also "Thời hạn hiệu lực", "Thời hạn áp dụng". Counter-example: a step's
# label ("Thời hạn nộp hồ sơ: trước ngày …", TIME_LABEL_AFTER_MARKER) and a duty in the same article stay.
_TERM_LABEL = r"thời\s+hạn\s+(?:[uủ][yỷ]\s+quyền|hiệu\s+lực|áp\s+dụng)"
_TERM_CLAUSE_RE = regex.compile(rf"^{LEADER}(?:{ITEM_NUMBER}\s*)?(?:Điều\s+\d+\s*[.:]\s*)?{_TERM_LABEL}\s*:", regex.V1 | regex.I)
_UNDER_TERM_LABEL_RE = regex.compile(rf"(?:^|\n)[ \t]*(?:Điều\s+\d+\s*[.:]\s*)?{_TERM_LABEL}[ \t]*:?[ \t]*\n[ \t]*$", regex.V1 | regex.I)
TERM_LABEL_LOOKBACK = 80


# CONDITIONS_LISTED (session 43): the items under a lead-in that announces conditions or criteria ("… được hỗ trợ khi có
# đủ các điều kiện sau:" / "1. Ở thuê, ở trọ trong khoảng thời gian từ ngày 01 tháng 02 năm 2022 đến ngày 30 tháng 6
# năm 2022." / "2. Có hợp đồng lao động … giao kết trước ngày 01 tháng 4 năm 2022 …", an unseen Prime Minister's
# decision on rent support) say who qualifies, not what anyone must do: their times are no deadlines (README, "Not
# duties": eligibility). The lead-in is the last line before the item that ends with ":" and names "các / những / đủ
# các điều kiện / tiêu chuẩn / tiêu chí (sau)"; only items and their wrapped lines (and a page's foot) may stand
# between. Counter-examples: an item after a heading that closes the list ("Điều 9. Trình tự, thủ tục" / "1. Người lao
# động gửi hồ sơ trước ngày …"), and a lead-in that names tasks ("… thực hiện các nội dung sau:").
_CONDITIONS_LEAD_RE = regex.compile(
    r"(?<!\p{L})(?:các|những|đủ\s+các|đủ|một\s+trong\s+các)\s+(?:điều\s+kiện|tiêu\s+chuẩn|tiêu\s+chí)(?:\s+\p{L}+){0,3}?\s+(?:sau(?:\s+đây)?|như\s+sau)\s*:\s*$",
    regex.V1 | regex.I,
)
_ITEM_LINE_RE = regex.compile(rf"{LEADER}(?:{ITEM_NUMBER})\s", regex.V1)  # (matched at a line's start)
_PAGE_FOOT_LINE_RE = regex.compile(r"^\s*(?:\d{1,4}|CÔNG\s+BÁO\b.*)\s*$", regex.V1 | regex.I)
CONDITIONS_LOOKBACK = 1500


# PROJECT_SCHEDULE_FIELD (session 43): an investment approval describes the project it approves in fixed fields ("Nhà
# đầu tư", "Tên dự án", "Quy mô", "Địa điểm", "Tiến độ thực hiện dự án (đầu tư)" …): "8. Tiến độ thực hiện
# dự án: Hoàn thành trong quý IV năm 2027 (trong năm 2027 sẽ hoàn thành đầu tư xây dựng phần hạ tầng …, tốc độ lấp đầy
# khoảng 10% trong năm 2027, 50% trong năm 2028 …)" (an unseen approval: its forecasts read as deadlines). The schedule
# field states the approved project, not a duty; the investor's duties follow in "Điều 2. Tổ chức thực hiện".
# Counter-example: a duty that keeps to the schedule ("Nhà đầu tư triển khai dự án đúng tiến độ …") is read as before.
_PROJECT_SCHEDULE_RE = regex.compile(rf"{LEADER}(?:{ITEM_NUMBER}\s*)?tiến\s+độ\s+(?:thực\s+hiện\s+)?dự\s+án(?:\s+đầu\s+tư)?\s*:", regex.V1 | regex.I)


def listed_condition(text: Text, start: int) -> bool:
    """Whether the item at ``start`` is one of the conditions a lead-in lists (CONDITIONS_LISTED, above)."""
    line_start = text.text.rfind("\n", 0, start) + 1
    if not _ITEM_LINE_RE.match(text.text, line_start):
        return False
    at = line_start - 1  # the "\n" that ends the line above
    while at > 0 and line_start - at <= CONDITIONS_LOOKBACK:
        above = text.text.rfind("\n", 0, at) + 1
        line = text.text[above:at]
        if line.rstrip().endswith(":"):
            return _CONDITIONS_LEAD_RE.search(text.fold, above, at) is not None
        if line.strip() and not (_ITEM_LINE_RE.match(line) or line.lstrip()[:1].islower() or _PAGE_FOOT_LINE_RE.match(line)):
            return False
        at = above - 1
    return False


def _accept(
    text: Text,
    phrase: TimePhrase,
    sent: Sentence,
    doc_date: dt.date | None,
    symbol_ends: list[int],
    meeting: dt.date | None = None,
    plan: bool = False,
) -> bool:
    kind = phrase.when.kind
    if _is_date_line(text, phrase, sent, doc_date) or document_title(text, sent.start, sent.end):
        return False  # veto DATE_LINE, DOCUMENT_TITLE_LINE
    if _focus_deadline(text, phrase, sent) is False:
        return False  # veto FOCUS_NOUN_TIME
    if _is_citation_date(text, phrase, symbol_ends) or _covered_period(text, phrase, sent) or _in_a_clause(text, phrase, sent):
        return False
    if _in_quoted_provision(text, phrase.start):
        return False  # veto QUOTED_PROVISION (D2)
    if _in_quoted_title(text, phrase.start, sent):
        return False  # veto QUOTED_TITLE_TIME
    sentence = text.fold[sent.start : sent.end]
    if EFFECT_CLAUSE_RE.match(sentence):
        return False  # veto EFFECT_CLAUSE
    if _TERM_CLAUSE_RE.match(sentence) or _UNDER_TERM_LABEL_RE.search(text.fold, max(0, sent.start - TERM_LABEL_LOOKBACK), sent.start):
        return False  # veto TERM_IS_NO_DUTY
    if listed_condition(text, sent.start):
        return False  # veto CONDITIONS_LISTED
    if _PROJECT_SCHEDULE_RE.match(sentence):
        return False  # veto PROJECT_SCHEDULE_FIELD
    if promised_step(text, phrase, sent):
        return False  # veto PROMISED_STEP
    if _on_a_posting_stamp(text, phrase):
        return False  # veto POSTING_STAMP
    if _on_an_esign_line(text, phrase):
        return False  # veto ESIGN_TIME
    if (ASSESSMENT_RE.match(sentence) or APPROVAL_RE.match(sentence)) and not ask_search(sentence):
        return False  # (and veto APPROVAL_IS_NO_DUTY)
    if P.CAN_CU_RE.match(_LEAD_RE.sub("", sentence, count=1)):
        asked = ask_search(sentence)
        if asked is None and _in_the_basis(sentence, phrase, sent):
            return False  # "Căn cứ Luật … ngày 19/02/2025": what the document rests on, dated as cited
        if asked is not None and in_cited_title(sentence, asked):
            return False  # CITED_TITLE_OPENING: the request is the cited document's title, the sentence all basis
    lead = text.fold[sent.start : phrase.start]
    at_start = not regex.search(r"\p{L}{2,}", _LEAD_RE.sub("", lead, count=1))
    if plan_noun_recurrence(text, phrase, sent.start):
        return False  # veto PLAN_NOUN_RECURRENCE
    if kind in ("date", "period"):
        if is_anniversary_span(phrase):
            return False  # veto ANNIVERSARY_SPAN
        if names_a_holiday(text, phrase):
            return False  # veto HOLIDAY_NAME
        last = phrase.date or phrase.when.period_end
        set_at_meeting = phrase.cued and meeting is not None and last is not None and last > meeting
        step_before_issue = plan and last is not None and (phrase.cued or at_start) and _plan_step_before_issue(sentence, last, doc_date)
        if last is not None and doc_date is not None and last < doc_date and not set_at_meeting and not step_before_issue:
            return False  # reports the past (but SET_AT_THE_MEETING, PLAN_STEP_BEFORE_ISSUE)
        if last is not None and doc_date is not None and last <= doc_date and (at_start or _MEETING_LEAD_RE.fullmatch(_LEAD_RE.sub("", lead, count=1))) and _issue_day_event(text, phrase, sentence):
            return False  # veto ISSUE_DAY_EVENT
        if phrase.date is not None and _RELATIVE_YEAR_RE.match(text.fold, phrase.end):
            return False  # a day of a year counted from another: "từ ngày 01 tháng 12 năm trước" (c121)
        if phrase.date is not None and phrase.date == doc_date and _AS_OF_RE.match(phrase.text) and not ask_search(sentence):
            return False  # as of the document's own day: "Đến ngày 27/11/2025, Đoàn Luật sư … gửi hồ sơ …" (n033)
        if phrase.whole_year and not _year_times_the_duty(text, phrase, sent, at_start):
            return False
        if phrase.date is None and kind == "period":
            # a month or quarter: a limit only with a cue or as a schedule step ("Tháng 7/2023: …"), or as the
            # value of a time label, which is its cue (TIME_LABEL_CUES_PERIOD)
            return phrase.cued or at_start or bool(_TIME_LABEL_LEAD_RE.fullmatch(lead))
        if phrase.date is None and not day_without_its_year(phrase, text.fold):
            return False  # (DAY_WITHOUT_ITS_YEAR: a cued year-less day, no year to take, is kept with no date)
        if not phrase.cued and _PAST_RE.search(sentence):
            return False
        if _reported_event(text, phrase, sent, sentence):
            return False  # veto REPORTED_EVENT
        if not phrase.cued and _STARTS_AT_RE.search(text.fold, max(sent.start, phrase.start - 20), phrase.start):
            return False  # veto START_WITHOUT_END (T2)
        if not phrase.cued and _is_anniversary(text, phrase):
            return False
        # an uncued full date is read only against the document's own date
        # (or as the day of the meeting something is brought to: "báo cáo Thường trực Huyện ủy tại Hội
        # nghị giao ban ngày 01/3/2024", 002, whose own date is unread)
        return phrase.cued or phrase.when.kind != "date" or doc_date is not None or _meeting_day(text, phrase, sent)
    if kind == "offset":
        return True
    if kind == "recurrence":
        if _PASSIVE_AFTER_RE.match(text.fold, phrase.end, sent.end):
            return False  # "danh mục dự án đầu tư công trung hạn, hằng năm được đầu tư từ …" (n004): what is done to a thing
        before = text.fold[max(sent.start, phrase.start - 3) : phrase.start]
        after = text.fold[phrase.end : phrase.end + 2]
        return at_start or bool(_VERB_AFTER_RE.match(text.fold, phrase.end, sent.end)) or "định kỳ" in phrase.text.lower() or "," in before or after.startswith(",") or (phrase.when.recurrence is not None and ("BYMONTHDAY" in phrase.when.recurrence or "BYDAY" in phrase.when.recurrence))
    if kind == "vague":
        if phrase.text.lower().startswith("tại") and not _brought_to_meeting(text, phrase, sent):
            return False
        return (
            at_start
            or phrase.text.lower().split()[0] in ("đến", "trước", "vào", "tại")
            or phrase.text.lower().startswith("sau khi kết thúc")  # EVENT_END_POINT (dates.py)
            or (phrase.text.lower().split()[0] == "trong" and _YEAR_IN_RE.search(phrase.text) is not None)  # VAGUE_PART_OF_A_YEAR
        )
    return False


# ============================================================================================
# The stage
# ============================================================================================


def _words(s: str) -> set[str]:
    return set(regex.findall(r"\p{L}+", s.lower(), flags=regex.V1))


def _duplicate(a: Deadline, b: Deadline) -> bool:
    """Two statements of one obligation: on the same day, or (undated) with the same time phrase ("- Định
    kỳ hằng tháng, công khai trên Cổng thông tin điện tử … kết quả đánh giá Bộ chỉ số …" and the task
    table's row "Công khai trên Trang thông tin điện tử … | Định kỳ hằng tháng", n001), for the same
    group, most of the shorter action's words in the other."""
    if a.date != b.date:
        return False
    if a.date is None and (not a.text or _time_key(a.text) != _time_key(b.text)):
        return False
    if a.responsible and b.responsible and a.responsible != b.responsible:
        return False  # different groups on the same day: separate entries (OUTPUT.md)
    wa, wb = _words(a.action), _words(b.action)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= DUPLICATE_OVERLAP and (a.deliver_to == b.deliver_to or None in (a.deliver_to, b.deliver_to))


def sibling_items(st: Structure, a: Deadline | Obligation, b: Deadline | Obligation) -> bool:
    """SIBLING_ITEMS: two deadlines or duties in two items of one list ("+ Đối với dự án cao tốc Bảo Lộc – Liên
    Khương: Tập trung ưu tiên giải phóng mặt bằng …, yêu cầu đến 30/5/2026 phải bàn giao …" and "+ Đối với dự án cao
    tốc Tân Phú – Bảo Lộc: …", n009; a guidance's "+ Ghi mức hưởng … tại trường số 17 …" and "+ Ghi mức hưởng … tại mục
    Mức hưởng Phần II …" under one "… thực hiện … như sau:", session 35): separate list items are separate entries,
    never one duty restated, however alike their words. Counter-example: a duty restated in another part (the plan's
    text and its closing, E1) is one."""
    if a.evidence is None or b.evidence is None:
        return False
    ia, ib = st.block_at(a.evidence.start), st.block_at(b.evidence.start)
    if ia is None or ib is None or ia == ib:
        return False
    ba, bb = st.blocks[ia], st.blocks[ib]
    if ba.table is not None and bb.table is not None:
        # SIBLING_ROWS (session 38): two rows of a task table are two tasks, however alike ("Ban hành khung chương
        # trình … đối với nhân lực quản lý nhà nước …" and "… đối với nhân lực nghiên cứu - phát triển …", both "2026 -
        # 2027", an unseen Đề án's appendix: the second was dropped as a restatement of the first)
        return True
    return ba.marker is not None and bb.marker is not None and ba.parent == bb.parent and ba.level == bb.level


def _time_key(phrase: str) -> str:
    return " ".join(regex.findall(r"\p{L}+|\d+", phrase.lower(), flags=regex.V1))


# How often, listed: "Định kỳ 6 tháng, hàng năm hoặc đột xuất" is one time of one duty. Between two
# recurrences: a comma, "và" or "hoặc"; after the last: "hoặc/và đột xuất (theo yêu cầu)".
_RECURRENCE_GLUE_RE = regex.compile(r"\s*(?:,|và|hoặc)\s*", regex.V1 | regex.I)
# ON_REQUEST_TAIL (session 38): the request alone, without "đột xuất", is the same tail: "báo cáo định kỳ hằng năm và khi
# có yêu cầu về tình hình …" (an unseen Đề án: its duty was read as "khi có yêu cầu về tình hình …"). Counter-example:
# "khi có yêu cầu" not right after a recurrence's "và / hoặc" ("… gửi báo cáo khi có yêu cầu") joins nothing.
_AD_HOC_RE = regex.compile(
    r"\s*,?\s*(?:hoặc|và)\s+(?:đột\s+xu\p{L}t(?:\s+(?:theo|khi\s+có)\s+yêu\s+c\p{L}u)?|(?:khi\s+có|theo)\s+yêu\s+c\p{L}u)(?!\p{L})",
    regex.V1 | regex.I,
)


# MONTHS_LISTED: months of one year listed before the one that prints the year are one time with it: "-
# Thời gian: Tháng 10, tháng 11/2022." (c125) is "Tháng 10, tháng 11/2022", not "tháng 11/2022" (T-rules: the
# time as printed). Counter-example: a month with its own year before ("tháng 10/2022, tháng 11/2022") is a phrase
# of its own (the grammar reads it), and a number before "tháng" that is no month ("03 tháng, tháng 11/2022") is
# not listed.
_MONTHS_BEFORE_RE = regex.compile(r"(?:(?<!\p{L})tháng\s+\d{1,2}\s*(?:,|và|hoặc)\s*)+$", regex.V1 | regex.I)
MONTHS_LIST_REACH = 60  # characters looked at before a month for the months listed with it


def _listed_months(text: Text, phrases: list[TimePhrase]) -> list[TimePhrase]:
    """A month printed with its year, preceded by months of the same list without one, starts at the first."""
    out: list[TimePhrase] = []
    for p in phrases:
        if p.when.kind == "period" and p.date is None and p.text.lower().startswith("tháng"):
            lo = max(p.start - MONTHS_LIST_REACH, out[-1].end if out else 0)
            m = _MONTHS_BEFORE_RE.search(text.fold, lo, p.start)
            if m is not None:
                p = dataclasses.replace(p, start=m.start(), text=clean_value(text.text[m.start() : p.end]))
        out.append(p)
    return out


def _join_adjacent(text: Text, phrases: list[TimePhrase], joins: Callable[[TimePhrase, TimePhrase], bool], meaning_of_last: bool = False) -> list[TimePhrase]:
    """Each run of phrases that ``joins`` links, pairwise in order, as one phrase from the first one's start to the
    last one's end, with the meaning of the first (or, ``meaning_of_last``, of the last)."""
    out: list[TimePhrase] = []
    for p in phrases:
        if out and joins(out[-1], p):
            prev = out[-1]
            out[-1] = dataclasses.replace(p if meaning_of_last else prev, start=prev.start, end=p.end, text=repair_ocr(clean_value(text.text[prev.start : p.end])))
            continue
        out.append(p)
    return out


# RECURRENCE_DAY_IN_PARENS (i29-time): a recurrence after the object, its day in a parenthesis — "Các huyện báo cáo
# kết quả giải ngân về Sở Tài chính định kỳ hằng quý (trước ngày 15 của tháng cuối quý)." (my words, NĐ 09/2019's
# quarterly report; README T8: the recurrence after the object times the verb) — is one time, the recurrence with the
# day it falls on (the meaning of the day's phrase, the parenthesis closed in its text), as "Định kỳ hằng quý, trước
# ngày 18 của tháng cuối quý" is one (the comma's glue). Before, two entries of one duty, the first recurrence read
# into the destination ("Sở Tài chính định kỳ hằng quý"). Counter-example: two recurrences of two reports ("(định kỳ
# 6 tháng trước ngày 15/6, hằng năm trước ngày 15/12)": TIMES_OF_ONE_DUTY, two entries) are not a day in parentheses.
_PAREN_OPEN_RE = regex.compile(r"[ \t]*\([ \t]*", regex.V1)
_PAREN_CLOSE_RE = regex.compile(r"[ \t]*\)", regex.V1)


def _day_in_parens(text: Text, prev: TimePhrase, p: TimePhrase) -> int | None:
    """Where RECURRENCE_DAY_IN_PARENS's joined phrase ends (after the ")"), or None when ``p`` is not the day of
    ``prev`` printed in a parenthesis."""
    if prev.when.kind != "recurrence" or p.when.kind != "recurrence" or "BYMONTHDAY=" not in (p.when.recurrence or ""):
        return None
    if _PAREN_OPEN_RE.fullmatch(text.fold, prev.end, p.start) is None:
        return None
    close = _PAREN_CLOSE_RE.match(text.fold, p.end)
    return close.end() if close else None


def _join_recurrences(text: Text, phrases: list[TimePhrase]) -> list[TimePhrase]:
    """Recurrences listed one after another ("Định kỳ 6 tháng, hàng năm hoặc đột xuất") as one phrase; a recurrence
    and its day in a parenthesis as one (RECURRENCE_DAY_IN_PARENS)."""
    joined: list[TimePhrase] = []
    for p in phrases:
        if joined and (end := _day_in_parens(text, joined[-1], p)) is not None:
            prev = joined[-1]
            joined[-1] = dataclasses.replace(p, start=prev.start, end=end, text=repair_ocr(clean_value(text.text[prev.start : end])))
            continue
        joined.append(p)
    out = _join_adjacent(
        text,
        joined,
        lambda prev, p: prev.when.kind == "recurrence" and p.when.kind == "recurrence" and bool(_RECURRENCE_GLUE_RE.fullmatch(text.fold, prev.end, p.start)),
    )
    for i, p in enumerate(out):
        if p.when.kind == "recurrence":
            m = _AD_HOC_RE.match(text.fold, p.end)
            if m:
                out[i] = dataclasses.replace(p, end=m.end(), text=repair_ocr(clean_value(text.text[p.start : m.end()])))
    return out


# EVENT_WITH_ITS_TIME (README T7): a meeting named as the duty's time point, then when it is held — "… phải công
# khai phê bình, khiển trách … đối với các tổ chức, cá nhân không hoàn thành nhiệm vụ tại Phiên họp lần thứ hai vào
# Quý II/2025." (c159) — is one time, "tại Phiên họp lần thứ hai vào Quý II/2025", read as its period. Counter-example:
# a meeting and a time apart ("tại Phiên họp lần thứ hai. Trong tháng 5/2025, …") stay two phrases.
_MEETING_POINT_RE = regex.compile(rf"^tại\s+(?:{alternation(date_words().events.meetings)})(?!\p{{L}})", regex.V1 | regex.I)
_HELD_AT_RE = regex.compile(r"vào\s", regex.V1 | regex.I)


# TIME_IN_CLOSING_PARENTHESIS (session 36): a plan's item may close with its time alone in a parenthesis, as a task
# table's time cell would give it: "1. Tập trung nghiên cứu hoàn thành việc xây dựng, ban hành các văn bản … về nhiệm vụ
# tìm kiếm, quy tập hài cốt liệt sĩ (trong năm 2013)." / "2. Tổ chức quán triệt, triển khai thực hiện Chỉ thị số
# 24-CT/TW … (Quý IV/2013, Quý I/2014 và thường xuyên)." (the probe's qk06, a ministry's plan). The parenthesis is the
# item's time, one time as printed (its value whole, as a time label's: FIELD_PARTS), its month or quarter cued by the
# parenthesis as by a label (TIME_LABEL_CUES_PERIOD); before, no item was read (an uncued quarter is no limit). Only
# when the parenthesis opens on the time, holds nothing but times and their glue, and closes the sentence.
# Counter-examples: "(Thời gian từ 15/12/2023 đến 14/12/2024)" (a label: the label's own reading), "(được sửa đổi, bổ
# sung năm 2025)" and "(Luật số 44/2013/QH13 ngày 26 tháng 11 năm 2013)" (open on no time), "(dự kiến tổ chức vào
# cuối tháng 4/2025)" (TIME_IN_ITS_ASIDE: words before the time), "(19/5/1890 - 19/5/2021)" (ANNIVERSARY_SPAN, vetoed
# as before), a parenthesis inside the sentence ("(tháng 12/2025) và báo cáo …": no close of the sentence).
_CLOSING_PAREN_RE = regex.compile(r"\(\s*(?P<inside>[^()\n]{4,120}?)\s*(?P<close>\))[ \t]*[.;]?[ \t]*(?:\n|$)", regex.V1)
# What may stand between the times of one such parenthesis: commas, "và" / "hoặc", and the standing adverbs.
_PAREN_TIME_GLUE_RE = regex.compile(
    r"(?:[\s,;]|(?<!\p{L})(?:và|hoặc|thường\s+xuyên|liên\s+tục|định\s+kỳ|các\s+năm\s+tiếp\s+theo|năm\s+tiếp\s+theo)(?!\p{L}))*",
    regex.V1 | regex.I,
)


def _closing_paren_times(text: Text, phrases: list[TimePhrase]) -> list[TimePhrase]:
    """The times of each TIME_IN_CLOSING_PARENTHESIS as one phrase over the parenthesis, its text the value whole."""
    out: list[TimePhrase] = []
    i = 0
    while i < len(phrases):
        p = phrases[i]
        m = _closing_paren_at(text, p)
        close = m.end("inside") if m is not None else -1
        j = i
        while j < len(phrases) and phrases[j].start < close:
            j += 1  # the phrases inside it (sorted: stop at the first after it)
        inside = phrases[i:j]
        if m is None or not _only_times(text, inside, close):
            out.append(p)
            i += 1
            continue
        value = without_completion(clean_value(text.text[m.start("inside") : m.end("inside")]))  # T9: "(Hoàn thành trong tháng 7/2025)"
        out.append(dataclasses.replace(p, start=m.start(), end=m.end("close"), text=value, cued=True, whole_year=False))
        i += len(inside)
    return out


def _closing_paren_at(text: Text, p: TimePhrase) -> regex.Match[str] | None:
    """The parenthesis that opens right before ``p`` and closes its sentence, after a space or a comma (not glued to a
    word: "Quý(2025)"), or None."""
    if p.when.kind not in ("date", "period", "vague"):
        return None
    open_at = text.text.rfind("(", max(0, p.start - 2), p.start + 1)
    if open_at < 1 or text.text[open_at + 1 : p.start].strip() or not (text.text[open_at - 1].isspace() or text.text[open_at - 1] in ",.;"):
        return None
    return _CLOSING_PAREN_RE.match(text.text, open_at)


def _only_times(text: Text, inside: list[TimePhrase], close: int) -> bool:
    """Whether the phrases ``inside`` a parenthesis, with their glue, fill it to ``close``."""
    at = inside[0].start
    for q in inside:
        if q.end > close or not _PAREN_TIME_GLUE_RE.fullmatch(text.fold, at, q.start):
            return False
        at = q.end
    return bool(_PAREN_TIME_GLUE_RE.fullmatch(text.fold, at, close))


def _join_event_times(text: Text, phrases: list[TimePhrase]) -> list[TimePhrase]:
    """A meeting followed by "vào <time>" as one phrase (EVENT_WITH_ITS_TIME, above)."""
    return _join_adjacent(
        text,
        phrases,
        lambda prev, p: bool(_MEETING_POINT_RE.match(prev.text)) and not text.fold[prev.end : p.start].strip() and bool(_HELD_AT_RE.match(text.fold, p.start)),
        meaning_of_last=True,
    )


# A parenthesis right after the time goes on with the action before it (annotations/README.md A3): "…
# đề nghị gửi về Bộ Công an trước ngày 15/10/2025 (qua Cục Cảnh sát điều tra tội phạm về ma tuý, …,
# địa chỉ: …)" (n039); a weekday "(Thứ Sáu)", a count "(20 ngày)" or a time "(sáng Thứ Bảy)" is the
# time's own. TIME_EXPLAINED_IN_ASIDE: so is a parenthesis that counts the time from an event or names the rule that
# sets it: "(1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025 (trước ngày bầu cử 95 ngày theo Điều 39,
# Điều 50 Luật số 85/2015/QH13 …)" (the unseen set's qe02), "(sau ngày bầu cử …)", "(theo Điều 17 Nghị định …)".
# Counter-example: "(theo mẫu đính kèm)" goes on with the action.
# TIME_NOTE_IN_ASIDE (session 35): so is a note on the time itself, "(dự kiến)", "(Thời gian cụ thể các cụm, khu vực sẽ
# được thông báo tới các đội tuyển bằng văn bản …)" (the probe's ql01: the note had become the end of the round's
# action), "(có thể thay đổi)", "(lịch cụ thể sẽ thông báo sau)".
_ASIDE_RE = regex.compile(
    r"[ \t\n]*(?P<aside>\((?![\s\d]|(?:sáng|chiều|tối|thứ|chủ\s+nhật|ngày|tức|trước\s+ngày|sau\s+ngày|kể\s+từ|theo\s+(?:điều|khoản|điểm|quy\s+định|luật|nghị\s+định)"
    r"|dự\s+kiến|(?:thời\s+gian|thời\s+điểm|lịch|ngày\s+giờ)\s+(?:cụ\s+thể|chính\s+thức|sẽ|được|do)|có\s+thể\s+thay\s+đổi)\b)[^()]{3,400}\))",
    regex.V1 | regex.I,
)
# A purpose after the duty (annotations/README.md A10; data/dates.toml [purpose]): the receiver's
# handling of what is sent or an aim ends the action, when no further action of its list follows
# (no ";"): "… gửi về Sở Tài nguyên và Môi trường đê tông hợp chung và theo dõi" → "… gửi về Sở Tài
# nguyên và Môi trường"; not after "không", "tạo điều kiện", "làm cơ sở" (their object).
_PURPOSE = date_words().purpose
_PURPOSE_CUE = rf"(?<!\p{{L}})(?:{alternation(_PURPOSE.words + _PURPOSE.readings)})"
_PURPOSE_VERB = rf"(?:{alternation(_PURPOSE.handling + _PURPOSE.aims)})(?!\p{{L}})"
# CUE_FIRST (speed): a purpose or aim clause opens with its cue word ("để", "nhằm"), which most actions lack; the
# tail patterns below try their cue's look-behinds at every character, so an action is searched for the cue alone
# first. Same matches.
_PURPOSE_CUE_RE = regex.compile(_PURPOSE_CUE, regex.V1 | regex.I)
# An aim followed by a comma may go on with a further action of the duty ("… để đẩy nhanh tiến độ
# lập, trình hồ sơ …, phấn đấu hoàn thành …", n009: kept); the receiver's handling goes on with its
# own steps ("… để tổng hợp, báo cáo Thủ tướng Chính phủ": cut).
_PURPOSE_TAIL_RE = regex.compile(
    rf"""[\s,]*(?<!(?<!\p{{L}})(?:{alternation(_PURPOSE.not_after)})\s+){_PURPOSE_CUE}\s+
    (?:(?:{alternation(_PURPOSE.handling)})(?!\p{{L}})[^;]*|(?:{alternation(_PURPOSE.aims)})(?!\p{{L}})[^;,]*)$""",
    regex.V1 | regex.I | regex.X,
)
# ... and a purpose that opens an action of its own (D3: "… gửi Bộ Tài chính trước ngày 08/12 để tổng
# hợp, báo cáo Thủ tướng Chính phủ trước ngày 15/12") starts at its verb.
_PURPOSE_HEAD_RE = regex.compile(rf"^{_PURPOSE_CUE}\s+(?={_PURPOSE_VERB})", regex.V1 | regex.I)
# The receiver's handling after a delivery, up to the time that follows it: "… để tổng hợp, báo cáo
# Thủ tướng Chính phủ" (the step of the body the result is sent to).
_RECEIVER_STEP_RE = regex.compile(rf"{_PURPOSE_CUE}\s+(?P<verb>(?:{alternation(_PURPOSE.handling)})(?!\p{{L}})[^;]*)$", regex.V1 | regex.I)
# Words an action keeps before a purpose it loses.
PURPOSE_KEEPS_MIN_WORDS = 3
# ELLIPTIC_RESULT: a receiver's step that names no object of its own, only its handling and whom it reports to
# ("để tổng hợp, báo cáo Thủ tướng Chính phủ"), reports what was sent to it: the result the served clause sends
# ("…; tổng hợp kết quả rà soát, xử lý gửi Bộ Tài chính trước ngày 08/12/2024 để tổng hợp, báo cáo Thủ tướng Chính
# phủ trước ngày 15/12/2024", c157 → "tổng hợp, báo cáo Thủ tướng Chính phủ kết quả rà soát, xử lý": Vietnamese
# leaves the shared object out of the second verb). Counter-examples: a step with words of its own ("tổng hợp chung
# các địa phương, báo cáo Thủ tướng Chính phủ", c158) or a clause that sends no "kết quả …" ("Tỉnh chủ động rà
# soát, báo cáo cụ thể, gửi Bộ Tài chính", c158) takes nothing.
_BARE_STEP_RE = regex.compile(
    rf"(?:{alternation(_PURPOSE.handling)})(?:\s*,\s*|\s+và\s+)(?:báo\s+cáo|trình)\s+(?-i:\p{{Lu}})[^,;()]*", regex.V1 | regex.I
)
_SENT_RESULT_RE = regex.compile(r"(?<!\p{L})kết\s+quả\s[^;]{1,80}?(?=\s+gửi(?!\p{L}))", regex.V1 | regex.I)


def with_sent_result(step: str, served: str) -> str:
    """The receiver's ``step`` with the result its ``served`` clause sends, when the step names none (ELLIPTIC_RESULT).

    >>> with_sent_result("tổng hợp, báo cáo Thủ tướng Chính phủ", "rà soát tài sản công; tổng hợp kết quả rà soát, xử lý gửi Bộ Tài chính")
    'tổng hợp, báo cáo Thủ tướng Chính phủ kết quả rà soát, xử lý'
    >>> with_sent_result("tổng hợp chung các địa phương, báo cáo Thủ tướng Chính phủ", "tổng hợp kết quả rà soát gửi Bộ Tài chính")
    'tổng hợp chung các địa phương, báo cáo Thủ tướng Chính phủ'
    """
    if not _BARE_STEP_RE.fullmatch(step):
        return step
    results = list(_SENT_RESULT_RE.finditer(served.rsplit(";", 1)[-1]))
    return f"{step} {clean_value(results[-1].group(0))}" if results else step


def without_purpose(action: str) -> str:
    """``action`` without the purpose after its duty, and from the verb of a purpose it opens with.

    >>> without_purpose("gửi báo cáo về UBND tỉnh (qua Phòng Cảnh sát QLHC về TTXH) để tổng hợp")
    'gửi báo cáo về UBND tỉnh (qua Phòng Cảnh sát QLHC về TTXH)'
    >>> without_purpose("rà soát quy chuẩn, làm cơ sở để các địa phương triển khai thí điểm")
    'rà soát quy chuẩn, làm cơ sở để các địa phương triển khai thí điểm'
    """
    action = _PURPOSE_HEAD_RE.sub("", action, count=1)
    m = _PURPOSE_TAIL_RE.search(action) if _PURPOSE_CUE_RE.search(action) else None  # CUE_FIRST
    if m and len(action[: m.start()].split()) >= PURPOSE_KEEPS_MIN_WORDS:
        return action[: m.start()]
    return action


# A purpose clause after a duty, dated or not (annotations/README.md A10, A16, A22, A24, A25; vocabulary:
# data/duties.toml [purpose_doer]), cut after data/dates.toml's [purpose] (``without_purpose``):
# * another doer: "để" + a subject opening with a group word or a capital, to the end of the clause
#   ("… để người sau cai nghiện được học nghề, …, hòa nhập cộng đồng và hỗ trợ các doanh nghiệp …",
#   n004 IV.3, A25: the "và + verb" inside it goes with it), not when a ";" follows (A10: a further
#   action of the list) or a "đồng thời" (n010: another act of the same body) nor after a word that
#   needs it (A16 "có các giải pháp để người dân đồng thuận");
# * a bare aim: ", góp phần …" after the duty (A24, n053 b)), never at the action's head.
_DOER = duties().purpose_doer
_OTHER_DOER_RE = regex.compile(
    rf"""[\s,]*(?<!(?<!\p{{L}})(?:{alternation(_DOER.not_after)})\s+)(?<!\p{{L}})để\s+
    (?P<doer>(?:(?:{alternation(_DOER.doers)})(?!\p{{L}})|(?-i:\p{{Lu}}))[^;]*?)
    (?:\s+(?P<considers>(?:{alternation(_DOER.considers)})(?!\p{{L}})[^;]*))?$""",
    regex.V1 | regex.I | regex.X,
)
_GOES_ON_RE = regex.compile(rf"(?<!\p{{L}})(?:{alternation(_DOER.goes_on)})(?!\p{{L}})", regex.V1 | regex.I)
_AIM_TAIL_RE = regex.compile(rf"\s*,\s*(?:{alternation(_DOER.aim_tails)})(?!\p{{L}})[^;]*$", regex.V1 | regex.I)
_PRODUCT_RE = regex.compile(rf"(?<!\p{{L}})(?:{alternation(_DOER.products)})(?!\p{{L}})", regex.V1 | regex.I)
# * an aim clause: "để" / "nhằm" + an aim verb, to the end of the action through its commas (A10; the
#   deadlines stage's [purpose] rule stops at a comma), not after a word that takes it as object, nor
#   after a generic means with up to ``AIM_MEANS_QUALIFIER_WORDS`` qualifying words (A16: "Triển khai
#   các giải pháp tổng thể nhằm nâng cao hiệu lực …", n004 III.1: without the aim it says nothing).
AIM_MEANS_QUALIFIER_WORDS = 2
_AIM_CUE = (
    rf"(?<!(?<!\p{{L}})(?:{alternation(_DOER.not_after)})(?:\s+\p{{L}}+){{0,{AIM_MEANS_QUALIFIER_WORDS}}}\s+)"
    r"(?<!\p{L})(?:để|nhằm)"
)
# an aim verb as OCR misreads it ("để đây nhanh tiến độ …", c157) is read from [ocr_cues], the one list of
# OCR'd cue words
_AIM_VERB_READINGS = [read for read, cue in duties().ocr_cues.variants.items() if cue in _DOER.aim_verbs]
_AIM_CUE_WORD_RE = regex.compile(r"(?<!\p{L})(?:để|nhằm)", regex.V1 | regex.I)  # CUE_FIRST, above
_AIM_CLAUSE_RE = regex.compile(rf"[\s,]*{_AIM_CUE}\s+(?:{alternation(_DOER.aim_verbs + _AIM_VERB_READINGS)})(?!\p{{L}})[^;]*$", regex.V1 | regex.I)


def without_aims(action: str) -> tuple[str, str | None]:
    """``action`` without the purpose after its duty (A10, A24, A25), and the body that considers its
    result when the purpose names one (A22), else None.

    >>> without_aims("lập báo cáo kết quả để Chủ tịch UBND tỉnh xem xét, chỉ đạo")
    ('lập báo cáo kết quả', 'Chủ tịch UBND tỉnh')
    >>> without_aims("rà soát quy chuẩn, làm cơ sở để các địa phương triển khai thí điểm")
    ('rà soát quy chuẩn, làm cơ sở để các địa phương triển khai thí điểm', None)
    """
    action = without_purpose(action)
    considers: str | None = None
    m = _OTHER_DOER_RE.search(action)
    if m and len(action[: m.start()].split()) >= PURPOSE_KEEPS_MIN_WORDS and not _GOES_ON_RE.search(m.group()):
        if m.group("considers") and _PRODUCT_RE.search(action, 0, m.start()):
            considers = clean_value(m.group("doer")).strip(" ,")
        action = action[: m.start()]
    cued = _AIM_CUE_WORD_RE.search(action) is not None  # CUE_FIRST
    for aim_re in (_AIM_CLAUSE_RE, _AIM_TAIL_RE):
        m = aim_re.search(action) if cued or aim_re is _AIM_TAIL_RE else None
        if m and len(action[: m.start()].split()) >= PURPOSE_KEEPS_MIN_WORDS and not _GOES_ON_RE.search(m.group()):
            action = action[: m.start()]
    return action, considers


# A recurrence or a standing time that opens the action times the duty's verb and is no part of it
# (annotations/README.md A4 "removed wherever they stand", A18): "Định kỳ hằng năm gửi báo cáo kết quả
# thực hiện về Ban Đoàn kết tập hợp thanh niên …" → "gửi báo cáo …" (the README's T10 example); a task
# row's "Định kỳ thực hiện việc công bố danh mục …" → "thực hiện việc công bố …" (n001, A18).
# Counter-example: a recurrence inside a noun phrase picks out which thing and stays (T8: "công bố chỉ
# số cải cách hành chính hằng tháng của các sở, ngành", n001). Not yet: a recurrence that ends a clause
# before a comma ("… “…” hằng năm, gửi về Trung ương Đoàn", c118) — A4 removes it too, but the
# obligations stage then reads the shorter action as a restatement of the duty before it (notes).
_STANDING_LEAD_RE = regex.compile(
    rf"^(?:{alternation(date_words().recurrence.periodic + date_words().standing.words)})(?!\p{{L}})[\s,]*(?=(?-i:\p{{Ll}}))", regex.V1 | regex.I
)


def _without_recurrence(action: str) -> str:
    """``action`` without a recurrence or a standing time that opens it (``_STANDING_LEAD_RE``).

    >>> _without_recurrence("Định kỳ hằng năm gửi báo cáo kết quả thực hiện về Ban Tổ chức")
    'gửi báo cáo kết quả thực hiện về Ban Tổ chức'
    >>> _without_recurrence("công bố chỉ số cải cách hành chính hằng tháng của các sở")
    'công bố chỉ số cải cách hành chính hằng tháng của các sở'
    """
    for p in reversed(find_time_phrases(action)):
        rest = action[p.end :]
        if p.when.kind != "recurrence" or p.when.recurrence is None:
            continue
        if _STANDING_LEAD_RE.sub("", action[: p.start]).strip() == "" and len(_words(rest)) >= 2:
            action = rest.lstrip(" ,")
    lead = _STANDING_LEAD_RE.match(action)
    if lead and len(_words(action[lead.end() :])) >= 2:
        action = action[lead.end() :]
    return action


# Only an aim verb before a time (after the clause's leader or comma): what it aims at follows the time.
_AIM_VERB_ONLY_RE = regex.compile(rf"[\s,;]*{LEADER}(?:{ITEM_NUMBER}\s*)?(?P<verb>đảm\s+bảo|bảo\s+đảm|phấn\s+đấu)\s*", regex.V1 | regex.I)
# An aim verb that ends the words before a time, after what the duty does (annotations/README.md A4: "A
# year that bounds a target the duty aims at … is such a time"): "… xây dựng lộ trình thực hiện hằng năm
# đảm bảo đến năm 2030, ít nhất 50% xã, phường, đặc khu …" (n004) → "xây dựng lộ trình thực hiện hằng năm
# đảm bảo ít nhất 50% xã, …". Counter-example: the verb alone before the time is ``_AIM_VERB_ONLY_RE``'s.
#
# Veto TARGET_WITHOUT_BODY: under a part of targets ("II. CHỈ TIÊU CHỦ YẾU THỰC HIỆN ĐẾN NĂM 2030",
# structure kind "targets") a timed sentence that names no body states a figure to reach, not a duty
# (data/structure.toml: targets are "duties only where a body is given them"): n004 "- Hằng năm, giảm số
# người nghiện ma túy, …" (its figures are quotas). Counter-example: c121's targets name the bodies
# ("… các tỉnh, thành đoàn … đảm bảo hằng năm có 60% thanh thiếu niên …"): deadlines.
_AIM_VERB_END_RE = regex.compile(r"\s(?P<verb>đảm\s+bảo|bảo\s+đảm|phấn\s+đấu)[\s,]*$", regex.V1 | regex.I)
# A word an action cannot end on: a request or a modal needs the verb after it ("yêu cầu đến 30/5/2026
# phải bàn giao …"), so a time right after it stands inside the clause.
_NEEDS_MORE_RE = regex.compile(r"(?<!\p{L})(?:yêu\s+cầu|đề\s+nghị|phải|cần)$", regex.V1 | regex.I)
# A second time of a sentence whose words before it name only what else the duty applies to, in
# at most this many words and without a verb of their own, shares the verb of the duty before it.
GAPPED_MAX_WORDS = 6


def _completes(action: str, before: str) -> bool:
    """The action only completes the duty before it: "Hoàn thành việc phê duyệt" after "… thẩm định
    và phê duyệt đối với 114 hồ sơ …" (n009): every word after "hoàn thành (việc)" is in that duty."""
    m = _COMPLETION_RE.fullmatch(action)
    return m is not None and _words(m.group("rest")) <= _words(before)


# RECURRENCE_WITH_ITS_DAY: a recurrence right before the day it repeats on is part of that time, not of the action
# (A4, T10): "… về Sở Nội vụ (định kỳ 6 tháng trước ngày 15/6, …)" → the action ends before "(định kỳ 6 tháng".
# Counter-example: a recurrence with words of the duty between it and the day ("hằng năm gửi báo cáo … trước ngày
# 30/11") is read where it stands (the verb it times).
_ONLY_GLUE_RE = regex.compile(r"[\s,(]*", regex.V1)


def _before_open_aside(action: str) -> str:
    """TIME_IN_ITS_ASIDE: a time inside a parenthesis opened after the duty is the aside's, and the aside's words before
    it leave the action with it: "Văn phòng Huyện ủy bố trí kinh phí, đảm bảo các điều kiện phục vụ hội nghị sơ kết (dự
    kiến tổ chức vào cuối tháng 4/2025)" → "bố trí kinh phí, …, phục vụ hội nghị sơ kết". Counter-example: a
    parenthesis closed before the time ("gửi về Ban Dân vận Quận ủy (qua Văn phòng) trước ngày …") stays (A3), so does
    one with an OCR'd bracket inside it ("(qua Văn phòng Bộ Công an, …, Email: vanphongubag(@gmail.com)", n046)."""
    last = action.rfind("(")
    if last > 0 and ")" not in action[last:] and len(_words(action[:last])) >= 2:
        return action[:last].rstrip(" ,;:-–")
    return action


def _with_its_recurrence(text: Text, inside: list[TimePhrase], seg_start: int, p: TimePhrase) -> int:
    """Where the action before ``p`` ends: at a recurrence that stands right before it, else at ``p``."""
    for q in reversed(inside):
        if q.when.kind == "recurrence" and seg_start < q.start and q.end <= p.start and _ONLY_GLUE_RE.fullmatch(text.text, q.end, p.start):
            return q.start
    return p.start


def _time_words_only(text: Text, inside: list[TimePhrase], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds nothing but time phrases and punctuation."""
    rest = text.text[start:end]
    for q in inside:
        if start <= q.start and q.end <= end:
            rest = rest.replace(text.text[q.start : q.end], " ")
    return not regex.search(r"\p{L}", rest, regex.V1)


def _gapped(action: str, previous: str) -> str:
    """The duty of a time that leaves its verb out (gapping): "… hoàn thành thủ tục cấp Bản xác nhận
    cho các mỏ đã đủ thủ tục trước ngày 30/11/2024, các mỏ còn lại trong tháng 12 năm 2024" → "hoàn
    thành thủ tục cấp Bản xác nhận cho các mỏ còn lại" (c143): the previous duty up to the word the
    remnant opens with, then the remnant. A remnant with a verb ("báo cáo kết quả …") is a duty of
    its own; a remnant whose first word the previous duty lacks is kept as printed."""
    words = action.split()
    if not words or len(words) > GAPPED_MAX_WORDS or _DUTY_VERB_RE.search(action):
        return action
    head = regex.search(rf"^.*(?<!\p{{L}}){regex.escape(words[0])}(?!\p{{L}})", previous, regex.V1 | regex.I)
    if head is None or head.end() - len(words[0]) == 0:
        return action
    return f"{previous[: head.end() - len(words[0])]}{action}"


# An invitation: "UBND tỉnh mời các sở, ngành, UBND các huyện cùng tham dự Hội nghị nêu trên như sau:"
# (n035): who is invited, and what they are asked to do (attend), up to the lead-in's end.
_INVITATION_RE = regex.compile(
    r"""(?<!\p{L})mời\s+(?P<who>[^.;:]{3,200}?)\s+
    (?P<duty>(?:cùng\s+)?(?:tham\s+dự|dự|tham\s+gia)(?!\p{L})[^.;:]{3,200}?)
    (?:\s*,?\s*(?:cụ\s+thể\s+)?như\s+sau)?\s*[:.]""",
    regex.V1 | regex.I | regex.X,
)


# A form of address names no body: "Đồng chí", "Quý đơn vị", "Ông/Bà".
_ADDRESS_RE = regex.compile(r"(?:các\s+)?(?:đồng\s+chí|quý\s+\p{L}+(?:\s+\p{L}+)?|ông|bà|ông/bà|anh/chị)", regex.V1 | regex.I)


def _invitation(text: Text, start: int, end: int) -> tuple[str | None, str] | None:
    """Who the body invites and to what (``_INVITATION_RE``): the duty of the event's bare time
    line ("2. Thời gian: Vào lúc 08 giờ 00 phút, ngày 09/11/2024"), attendance being asked."""
    m = _INVITATION_RE.search(text.fold, start, end)
    if m is None:
        return None
    who = clean_value(text.text[m.start("who") : m.end("who")])
    # "kính mời Đồng chí dự Phiên họp …" (n021) addresses the recipient: no one named (OUTPUT.md)
    return (None if _ADDRESS_RE.fullmatch(who) else who), _trim_action(text.text[m.start("duty") : m.end("duty")])


# An umbrella period over dated steps: "1.1. Thời gian tổ chức cuộc thi: Từ ngày 15/10/2022 đến
# 28/11/2022, cụ thể:" then "Thời hạn tiếp nhận bài dự thi: Từ ngày 15/10/2022 đến 05/11/2022." (c114):
# the steps are the entries, the span they fill is none. A step is looked for in this many sentences.
UMBRELLA_STEPS = 2
_SPELLED_OUT_RE = regex.compile(r"(?:cụ\s+thể|như\s+sau)\s*:\s*$", regex.V1 | regex.I)


def _umbrella(text: Text, sent: Sentence, kept: list[TimePhrase], following: list[Sentence], phrase_starts: list[int]) -> bool:
    """The sentence's one time is a period that the dated steps spelled out after it fill."""
    if len(kept) != 1 or kept[0].when.kind != "period" or not _SPELLED_OUT_RE.search(text.fold, sent.start, sent.end):
        return False
    return any(bisect.bisect_left(phrase_starts, f.start) < bisect.bisect_left(phrase_starts, f.end) for f in following)


# A lead-in that gives a time to the items under it and says nothing else of the duty: the pro-form and the
# announcing words ("thực hiện các nội dung sau", "tập trung triển khai một số nhiệm vụ trọng tâm sau đây",
# "hoàn thành các việc sau") or nothing at all once the time and the body are read. MODAL_ANNOUNCES (session 41): with
# the modal and the manner the law's letters print, "… phải thực hiện đầy đủ các nội dung sau" (f43's rl05).
_ANNOUNCING_RE = regex.compile(
    r"""(?:(?:giai\s+đoạn|đợt|bước)\s+(?:\d+|[IVX]+)\s*)?                 # a stage that only names its time
    (?:(?:phải|cần)\s+)?                                                # MODAL_ANNOUNCES (session 41)
    (?:(?:tập\s+trung|khẩn\s+trương|chủ\s+động)\s+)?
    (?:(?:triển\s+khai\s+)?thực\s+hiện|hoàn\s+thành|triển\s+khai|làm\s+tốt)?
    (?:\s+(?:đầy\s+đủ|nghiêm\s+túc))?
    (?:\s*(?:tốt\s+)?(?:các|những|một\s+số)\s+(?:nội\s+dung|nhiệm\s+vụ|công\s+việc|việc)
       (?:\s+(?:trọng\s+tâm|cụ\s+thể|chủ\s+yếu))?
       (?:\s+(?:cần|phải)(?:\s+(?:tổ\s+chức|triển\s+khai))?\s+thực\s+hiện)?     # "… cần tổ chức thực hiện" (SPEAKER_STRESSES)
       (?:\s+(?:sau(?:\s+đây)?|như\s+sau))?)?
    (?:\s*,?\s*cụ\s+thể(?:\s+như\s+sau)?)?[\s,]*:?""",
    regex.V1 | regex.I | regex.X,
)
# A timed lead-in over fewer items than this is read as its own duty.
TIMED_LEAD_IN_MIN_ITEMS = 2
# SPEAKER_STRESSES (README D6, A13): the lead-in is the issuer's speaker naming the work the items spell out, "<who speaks>
# <speaking verb> một số công việc trọng tâm cần tổ chức thực hiện trong tháng 9 năm 2020, cụ thể như sau:" (probe ph05's
# form; the speaking verbs are data/duties.toml [speaker_lead_ins]): what is left once the speaker and the verb are read
# is announcing words, and the items (which name their own bodies) take the time. Counter-example: a request before the
# verb ("Đề nghị các đơn vị có ý kiến …") is the asked body's lead-in, not the speaker's.
_SPEAKING_VERB_RE = regex.compile(rf"(?<!\p{{L}})(?:{alternation(duties().speaker_lead_ins.words)})\s+", regex.V1 | regex.I)
SPEAKER_PREAMBLE_MAX_CHARS = 300


def _announces(rest: str) -> bool:
    """Whether a timed lead-in's words other than its time and body only announce its items (``_ANNOUNCING_RE``),
    also after the speaker's preamble (SPEAKER_STRESSES)."""
    if _ANNOUNCING_RE.fullmatch(rest):
        return True
    for m in _SPEAKING_VERB_RE.finditer(rest, 0, SPEAKER_PREAMBLE_MAX_CHARS):
        if _ASK_BEFORE_SPEAKER_RE.search(rest, 0, m.start()) is None and _ANNOUNCING_RE.fullmatch(rest, m.end()):
            return True
    return False


# OFFSET_CHARGE_LEAD_IN (session 32): a time limit counted from an event, then the bare charge "có trách nhiệm:", leads
# the steps the body must take within it: "1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận được hồ sơ …, trong thời
# hạn không quá 15 (mười lăm) ngày làm việc kể từ ngày nhận hồ sơ có trách nhiệm:" / "a) … tiến hành bình xét …" /
# "b) … lập văn bản đề nghị …" (an unseen province's guidance): each item takes the limit. The words between the
# limit and the charge go on naming its event ("… kể từ ngày nhận được văn bản đề nghị của Ủy ban nhân dân xã, …
# về việc miễn, giảm tiền sử dụng đất … có trách nhiệm:"), no duty. Counter-example: a charge with a verb of its own
# before the colon ("… có trách nhiệm tổ chức kiểm tra …:") is its own duty, and a date is no such limit.
_CHARGE_LEAD_IN_RE = regex.compile(r"(?<!\p{L})(?:có|chịu)\s+trách\s+nhiệm(?:\s+(?:như\s+sau|sau\s+đây))?\s*:\s*$", regex.V1 | regex.I)


# ITEM_OPENS_WITH_ITS_CONDITION (session 36; README: conditional duties count, the condition is dropped from the action):
# an item under a timed lead-in may open with the case it covers, then its body and duty: "2. Ủy ban nhân dân huyện …:
# Trong thời hạn không quá 15 (mười lăm) ngày làm việc … có trách nhiệm:" / "b) Trường hợp thuộc đối tượng được miễn,
# giảm tiền sử dụng đất theo quy định, Ủy ban nhân dân huyện, thị xã, thành phố lập văn bản đề nghị …" / "- Trường hợp
# không thuộc đối tượng … thì có văn bản trả lời …" (QK's qk12, a province's guidance): the duty starts after the
# condition's comma (or "thì"), with the body named there. Only when what follows opens with a body or a duty verb in
# lower case. Counter-example: "Trường hợp thuộc đối tượng được miễn, giảm" goes on with its second word after a
# comma ("giảm", no duty verb, no body): the next comma is tried.
# The words that open a condition: "khi", "nếu", "(trong) trường hợp", "trong quá trình", "sau khi", and "đối với (các)
# trường hợp" ("Đối với các trường hợp cố tình chây ì, không thực hiện thì tham mưu với UBND tỉnh …", c150); the
# obligations stage reads sentences' conditions with them too (``obligations._conditioned_duty``).
# An item's own case is opened by the first four only: with "sau khi" / "trong quá trình" an item states a step of a
# procedure ("b) Sau khi bình xét công khai, nếu …, Ủy ban nhân dân xã … lập văn bản đề nghị …", qk12: measured, the
# item read so lost QK's one-to-one matches), not the case its duty covers.
CASE_CONDITION = r"(?:khi|nếu|trường\s+hợp|trong\s+trường\s+hợp)(?!\p{L})"
CONDITION = rf"(?:{CASE_CONDITION}|(?:trong\s+quá\s+trình|(?:ngay\s+)?sau\s+khi|đối\s+với\s+(?:các\s+|những\s+)?trường\s+hợp)(?!\p{{L}}))"
_CONDITION_OPENS_RE = regex.compile(CASE_CONDITION, regex.V1 | regex.I)
# Where a condition's clause ends and what follows it begins: a comma, or "thì" ("… không thực hiện thì tham mưu …").
CONDITION_END_RE = regex.compile(r",\s*|\s+thì\s+", regex.V1 | regex.I)
ITEM_CONDITION_MAX_CHARS = 250


def _after_item_condition(text: Text, start: int, end: int) -> int:
    """Where an item's duty starts after the condition it opens with (ITEM_OPENS_WITH_ITS_CONDITION), else ``start``."""
    if not _CONDITION_OPENS_RE.match(text.fold, start, end):
        return start
    for m in CONDITION_END_RE.finditer(text.fold, start, min(end, start + ITEM_CONDITION_MAX_CHARS)):
        rest = m.end()
        own = _sentence_subject(text, Sentence(rest, end))
        if (own is not None and text.text.startswith(own[0], rest)) or (text.text[rest : rest + 1].islower() and _DUTY_VERB_RE.match(text.fold, rest, end)):
            return rest  # the body named right there (the subject grammar alone), or a duty verb opening the rest
    return start


def _timed_lead_in_items(st: Structure, text: Text, sent: Sentence, phrase: TimePhrase, duty_start: int) -> list[int] | None:
    """The items a timed lead-in gives its time to, when the lead-in says nothing else of the duty (README D6:
    a lead-in its items spell out is no entry; OUTPUT.md: each dated obligation is a deadline): "2. Trước ngày
    30/7/2023, các tỉnh, thành đoàn thực hiện các nội dung sau:" over "- Rà soát …" / "- Phối hợp …" gives each
    item the lead-in's time and body; so does a heading that is only a time or a stage's time ("2. Tháng 8/2023:",
    "2. Giai đoạn 1 (từ ngày 10/7/2023 đến ngày 30/7/2023):"). None when the sentence does not end in ":", names a duty of its own
    ("…; đồng thời gửi Ngân hàng Nhà nước Việt Nam … trong tháng 6 năm 2025, trong đó:", c140), or leads fewer
    than ``TIMED_LEAD_IN_MIN_ITEMS`` marked items; items with a time of their own keep theirs."""
    if not text.text[sent.start : sent.end].rstrip().endswith(":"):
        return _items_of_a_time_heading(st, text, sent, phrase)
    gap = _TIME_GAP_RE.match(text.text, phrase.end, sent.end)
    after = max(gap.end() if gap else phrase.end, duty_start)
    before = text.fold[duty_start : phrase.start] if duty_start < phrase.start else ""
    rest = f"{_LEAD_RE.sub('', before, count=1)} {text.fold[after : sent.end]}".replace("(", " ").replace(")", " ")
    if not _announces(clean_value(rest).strip(" ,.")) and not (phrase.when.kind == "offset" and _CHARGE_LEAD_IN_RE.search(text.fold, sent.start, sent.end)):
        return None
    block = st.block_at(sent.start)
    if block is None:
        return None
    items = [k for k in st.children(block) if st.blocks[k].marker is not None and st.blocks[k].table is None and k not in st.labelled]
    return items if len(items) >= TIMED_LEAD_IN_MIN_ITEMS else None


# ROUND_HEADING (session 32): a numbered heading that is only a round and its time, with no colon at its end, leads the
# items under it as "2. Tháng 8/2023:" does: "2.1. Đợt 1: Trong tháng 12/2025" / "- Tuyên truyền Chỉ thị số 46 …" /
# "- Tuyên truyền những hoạt động …" (a commune's plan for the election's propaganda, an unseen page); one paragraph
# under it is its item too. Counter-examples: a heading with words of its own around the time ("2.2.1. Tổ chức Giải
# thưởng … năm 2023" names its duty; "2.3. Đợt 3: Sau ngày bầu cử 15/3/2026" names an event, read as before), and a
# round's label alone ("Đợt 1:") with its time on the lines below is the items' own (EVENT_FIELDS_TIME_CONTENT).
# EVENT_POINT_HEADING (session 41): a numbered heading that is only an event point, "1. Trước khi đưa mỏ đi vào hoạt
# động khai thác khoáng sản" over "- Thực hiện cắm mốc …" / "- Phối hợp với …" (f44's rn03, a Sở's letter to a mining
# company), times the items under it as ROUND_HEADING's round does (README T7: an event point is a time, the entry's
# `due`); the point is the heading's whole line (the time grammar stops its step after a few words). Counter-examples: an
# event span, "2. Trong quá trình hoạt động khai thác khoáng sản" (T7: no `due`), and a heading with more than the point
# (a comma, a colon, a verb's clause: "1. Trước khi khai thác, Công ty phải …") are read as before.
_EVENT_HEADING_RE = regex.compile(r"(?:ngay\s+)?(?:trước|sau)\s+khi\s", regex.V1 | regex.I)
EVENT_HEADING_MAX_WORDS = 16
# ... the point may be followed by the words that announce the items, after a modal: "2. Trước khi đưa mỏ đi vào hoạt
# động khai thác khoáng sản phải thực hiện đầy đủ các nội dung sau" (f43's rl05, the same letters' other form)
_MODAL_AFTER_POINT_RE = regex.compile(r"\s(?:phải|cần)\s", regex.V1)


def _event_heading_phrase(st: Structure, text: Text, sent: Sentence, phrase: TimePhrase) -> TimePhrase | None:
    """EVENT_POINT_HEADING (above): ``phrase`` run to the end of the heading it opens, when the heading is only that
    point and has items under it, else None."""
    block = st.block_at(sent.start)
    if block is None or phrase.start != st.blocks[block].content or not _EVENT_HEADING_RE.match(text.fold, phrase.start):
        return None
    b = st.blocks[block]
    if not b.heading or b.marker is None or b.table is not None or sent.start > b.content or sent.end < b.end - 1 or not st.children(block):
        return None
    point = text.text[phrase.start : b.end].rstrip(" \t\n.:")
    modal = _MODAL_AFTER_POINT_RE.search(point, phrase.end - phrase.start)
    if modal is not None and _announces(point[modal.start() :].strip()):
        point = point[: modal.start()]  # "… khai thác khoáng sản | phải thực hiện đầy đủ các nội dung sau" (f43's rl05)
    if regex.search(r"[,;:()]", point) or len(point.split()) > EVENT_HEADING_MAX_WORDS:
        return None
    return dataclasses.replace(phrase, end=phrase.start + len(point), text=clean_value(point))


def _items_of_a_time_heading(st: Structure, text: Text, sent: Sentence, phrase: TimePhrase) -> list[int] | None:
    """ROUND_HEADING (above): the children of the heading ``sent`` is, when it holds only a round and ``phrase``."""
    block = st.block_at(sent.start)
    if block is None:
        return None
    b = st.blocks[block]
    if not b.heading or b.marker is None or b.table is not None or sent.end < b.end - 1 or sent.start > b.content:
        return None
    point = phrase.start == b.content and _EVENT_HEADING_RE.match(text.fold, phrase.start)
    if _ROUND_LABEL_RE.fullmatch(text.fold, b.content, phrase.start):
        if not _NOTHING_AFTER_RE.fullmatch(text.fold, phrase.end, b.end):
            return None
    elif not point or not (_NOTHING_AFTER_RE.fullmatch(text.fold, phrase.end, b.end) or _announces(clean_value(text.text[phrase.end : b.end]).strip(" .:"))):
        return None  # EVENT_POINT_HEADING: the point alone, or with the words that announce its items
    items = [k for k in st.children(block) if st.blocks[k].table is None and k not in st.labelled]
    return items or None


# EVENT_FIELDS_TIME_CONTENT (README D6, T2; OUTPUT.md: each dated obligation is a deadline): a letter or plan for one
# event announces it with a lead-in ending in ":" and sets out its parts as sibling fields, "1. Thời gian: Ngày
# 12/5/2024 (Chủ nhật)" / "2. Địa điểm: …" / "3. Nội dung:" over "- Tổ chức …" / "- Tổ chức …" items (probe pb03's
# form; its "4. Nội dung:" kind also in pf05). The content items are the duties the lead-in announces (D6: it is no
# entry), and the time field is the time of each of them; an item with a time of its own keeps it. Counter-examples:
# fields under a heading that states the event as a duty ("2.2.3. Tổ chức “Ngày hội thanh niên công nhân”" /
# "Thời gian: Ngày 22/5/2021 (Thứ bảy)." / "Nội dung:" / "+ Tuyên truyền …", c117: no lead-in ending in ":", the
# heading is the entry, its content items say what the event holds, E11), a time field under a lead-in with no
# content field ("… cụ thể như sau:" / "+ Thời gian thực hiện: …": the lead-in's duty, ``_lead_in_above``), and a
# time label that names its own step ("Thời gian nộp bài: …").
_CONTENT_LABEL_RE = regex.compile(
    r"""[\s\-–—+•*]*nội\s+dung(?:\s+(?:hoạt\s+động|chương\s+trình|chính|cụ\s+thể|thực\s+hiện))?\s*:\s*""",  # "3. Nội dung:"
    regex.V1 | regex.I | regex.X,
)
_LONE_MARKER_RE = regex.compile(r"\s*[\-–—+•*]\s*", regex.V1)  # a list marker whose item was wrapped to the next line
EVENT_MIN_ITEMS = 2


def _content_items(st: Structure, content: int) -> list[Span]:
    """The items under a "Nội dung:" field: its marked children, and where a copy wrapped a marker alone on its line
    ("-" / "Tổ chức …", pb03), the blocks after it up to the next marker."""
    text = st.text.text
    out: list[Span] = []
    kids = st.children(content)
    i = 0
    while i < len(kids):
        b = st.blocks[kids[i]]
        if b.table is not None or kids[i] in st.labelled:
            i += 1
            continue
        if _LONE_MARKER_RE.fullmatch(text, b.start, b.end):
            j = i + 1
            while j < len(kids) and not _LONE_MARKER_RE.fullmatch(text, st.blocks[kids[j]].start, st.blocks[kids[j]].end) and st.blocks[kids[j]].marker is None:
                j += 1
            if j > i + 1:
                out.append(Span(st.blocks[kids[i + 1]].start, st.blocks[kids[j - 1]].end))
            i = j
            continue
        if b.marker is not None and b.content < b.end:
            out.append(Span(b.content, b.end))
        i += 1
    return out


# the event's time field: "Thời gian:", "Thời gian tổ chức:", "Thời gian thực hiện:" (a label that names no step of its
# own), also where a copy wrapped the label ("1. Thời\ngian: Ngày\n22/7/2018", pb03)
_EVENT_TIME_LABEL_RE = regex.compile(
    r"""\s*thời\s+gian(?:\s+(?:tổ\s+chức|thực\s+hiện|triển\s+khai|diễn\s+ra))?\s*:\s*""",
    regex.V1 | regex.I | regex.X,
)


def event_time_value(st: Structure, field: int) -> Span | None:
    """The value of block ``field`` when it is an event's bare time field (EVENT_FIELDS_TIME_CONTENT), else None."""
    b = st.blocks[field]
    m = _EVENT_TIME_LABEL_RE.match(st.text.text, b.content, b.end)
    return Span(m.end(), b.end) if m is not None and m.end() < b.end else None


def event_content_items(st: Structure, field: int) -> list[Span] | None:
    """EVENT_FIELDS_TIME_CONTENT (above): the content items a bare "Thời gian:" field at block ``field`` times, when
    an unmarked lead-in ending in ":" stands right above the run of fields and a sibling "Nội dung:" field lists at
    least ``EVENT_MIN_ITEMS`` items; else None."""
    text = st.text
    b = st.blocks[field]
    if b.marker is None or b.parent is None or event_time_value(st, field) is None:
        return None
    siblings = st.children(b.parent)
    first = field
    while first - 1 in siblings and st.blocks[first - 1].marker == b.marker:
        first -= 1
    lead = st.blocks[first - 1] if first > 0 else None
    if lead is None or lead.marker is not None or not text.text[lead.start : lead.end].rstrip().endswith(":"):
        return None
    for k in siblings:
        if k > field and st.blocks[k].marker == b.marker and _CONTENT_LABEL_RE.fullmatch(text.text, st.blocks[k].content, st.blocks[k].end):
            items = _content_items(st, k)
            return items if len(items) >= EVENT_MIN_ITEMS else None
    return None


def _item_deadline(text: Text, p: TimePhrase, action: str, actor: str | None, sentence: str) -> Deadline:
    """The deadline of an item that takes its time from a lead-in or a field above it (``_timed_lead_in_items``,
    EVENT_FIELDS_TIME_CONTENT)."""
    return Deadline(
        date=p.date,
        action=action,
        responsible=actor,
        deliver_to=_destinations(action, actor, _deliver_to(action)),
        text=p.text,
        when=p.when,
        sentence=sentence,
        evidence=text.evidence(p.start, p.end),
    )


# SECTION_CLOSING_TIME (issue 11, session 32): a plan's numbered part may state its duty in its own words, then close
# with a line that is only its time, "2.2. Bước 2: Kiểm tra hiện trạng nhà ở …" / "Ban Chỉ đạo … tổ chức kiểm tra …. Sau
# khi kiểm tra, Ủy ban nhân dân xã … lập danh sách …" / "Thời gian hoàn tất: trước ngày 25 tháng 7 năm 2014." (a tune
# page's Kế hoạch), or with one round per line under a bare label, "- Kiểm tra việc hiệp thương … Cụ thể:" / "- Việc
# bảo đảm …" / "* Thời gian thực hiện:" / "+ Đợt 1: Trong khoảng thời gian từ ngày 01/12/2025 đến ngày 14/12/2025." /
# "+ Đợt 2: …" (a ward Front's plan). The time is the part's: each duty sentence of the part takes it (one entry per
# duty, README A13; each round its own entry, E10), and a sentence that ends on ":" leads the details after it, which
# are its content, no duties. Before, the time took the sentence right above it: the last detail ("Việc chuyển hồ sơ
# …") or the round's own label ("Đợt 1: Trong khoảng"). Counter-examples: a time line under an item with siblings
# after it is no closing (TIME_LABEL_LINE_OF_ITS_ITEM reads it); a part whose words hold a time of their own, or
# more than ``SECTION_DUTIES_MAX`` duty sentences, is read as before.
# The words a label may print before its time: "Trong khoảng thời gian từ …".
_TIME_FILLER = r"(?:trong\s+)?(?:khoảng\s+)?(?:thời\s+gian\s*)?"
_SECTION_TIME_LABEL_RE = regex.compile(
    rf"{_TIME_LABEL_MARKER}(?:{ITEM_NUMBER}\s*)?thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành|hoàn\s+tất|triển\s+khai|tổ\s+chức))?\s*:\s*"
    rf"{_TIME_FILLER}(?:từ\s+năm\s+\d{{4}}\s*)?",  # "Từ năm 2013 | đến năm 2020"
    regex.V1 | regex.I,
)
_ROUND_LABEL_RE = regex.compile(
    rf"{_TIME_LABEL_MARKER}(?:đợt|giai\s+đoạn|lần)\s+(?:\d{{1,2}}|[IVX]{{1,4}})\s*[:.)\-–]?\s*{_TIME_FILLER}",
    regex.V1 | regex.I,
)
# The rest of a time label's value after its first time, still a time: "Tháng 12/2013 và thường xuyên", "Tháng 11,
# 12/2013 và bổ sung, sửa đổi hàng năm", "Từ tháng 11/2013 trở đi", "Từ năm 2013 đến năm 2020 và tiếp theo" (a national
# plan's parts, an unseen page).
_TIME_VALUE_TAIL_RE = regex.compile(
    r"[\s,]*(?:(?:và|,)\s*)?[^.;:\n]{0,40}?(?:thường\s+xuyên|h[ằà]ng\s+(?:năm|quý|tháng|tuần)|định\s+kỳ|trở\s+đi|liên\s+tục|tiếp\s+theo)[\s.;]*",
    regex.V1 | regex.I,
)
_DETAILS_CUE_RE = regex.compile(r"[\s,;.]*(?:cụ\s+thể(?:\s+(?:như\s+sau|các\s+nội\s+dung|là))?|như\s+sau)\s*:?\s*$", regex.V1 | regex.I)
SECTION_DUTIES_MAX = 4


def closing_time_section(st: Structure, sent: Sentence, p: TimePhrase, timed_between: Callable[[int, int], bool]) -> list[int] | None:
    """SECTION_CLOSING_TIME (above): the content blocks of the part whose closing time line holds ``p`` (in ``sent``),
    else None; ``timed_between(lo, hi)`` tells whether a time the deadlines stage accepts stands in ``[lo, hi)``."""
    text = st.text
    block = st.block_at(sent.start)
    if block is None or text.text[st.blocks[block].content : sent.start].strip():
        return None  # the label opens no line of its own: "…; thời hạn: ngày 04/6/2025" closes its clause (LABELLED_CLAUSE_OF_ITS_CHAIN)
    field = block
    if _ROUND_LABEL_RE.fullmatch(text.fold, sent.start, p.start) and _NOTHING_AFTER_RE.fullmatch(text.fold, p.end, sent.end):
        parent = st.blocks[block].parent
        if parent is None:
            return None
        pb = st.blocks[parent]
        if _SECTION_TIME_LABEL_RE.fullmatch(text.fold, pb.start, pb.end) is None:
            return None
        field = parent
    elif _SECTION_TIME_LABEL_RE.fullmatch(text.fold, sent.start, p.start) is None or not (
        _NOTHING_AFTER_RE.fullmatch(text.fold, p.end, sent.end) or _TIME_VALUE_TAIL_RE.fullmatch(text.fold, p.end, sent.end)
    ):
        return None
    b = st.blocks[field]
    if b.table is not None or b.parent is None:
        return None
    siblings = st.children(b.parent)
    content = [k for k in siblings if k < field]
    if not content or any(k > field for k in siblings) or any(k in st.fields for k in content):
        return None  # (an item's field lines, "- Đơn vị chủ trì thực hiện: …" above its time: the item's own)
    if field in st.fields and st.owner(field) == b.parent:
        return None  # the item's sentence goes on below it (a page break inside it, n055): the time is the item's own
    lead = st.blocks[b.parent]
    if text.text[lead.start : lead.end].rstrip().endswith(":") and all(st.blocks[k].marker is not None for k in content):
        # the line above the details leads them ("Giám sát việc lập, niêm yết danh sách cử tri; … . Cụ thể:" / "-
        # Thời điểm niêm yết …" / "* Thời gian thực hiện: …", the time printed among its details): it is the duty
        content = [b.parent]
    if timed_between(st.blocks[content[0]].start, b.start):
        return None  # the part's words hold a time of their own (a cited document's date is none)
    return content


# FIELD_PARTS (session 32): a plan may print a task table as numbered parts of each section, "1. Nội dung, biện pháp"
# over its items, "2. Cơ quan chủ trì, phối hợp" over "a) Cơ quan chủ trì" and "b) Cơ quan phối hợp" and their lists of
# bodies, then "3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên." (a national steering committee's plan, an unseen
# page): each item of the content part is a duty (one row), its responsible the lead bodies listed (their names joined
# by "; "), its time the time part's value. The parts are told by their labels, as a table's columns are
# (``column_role``). Counter-example: a part with no content label is read sentence by sentence (SECTION_CLOSING_TIME).
FIELD_PARTS_MAX = 12
_PART_LABEL_RE = regex.compile(r"[ \t]*(?P<label>[^:\n]{3,60}?)[ \t]*[:.]?[ \t]*", regex.V1)
PART_LABEL_MAX_WORDS = 6


def _part_role(st: Structure, k: int) -> str | None:
    """The column role a part's label names (FIELD_PARTS): a short heading line of block ``k``, else None."""
    b = st.blocks[k]
    m = _PART_LABEL_RE.fullmatch(st.text.text, b.content, b.end)
    if b.marker is None or m is None or len(m["label"].split()) > PART_LABEL_MAX_WORDS:
        return None
    return column_role(m["label"])


def _item_text(st: Structure, k: int) -> str:
    b = st.blocks[k]
    return clean_value(st.text.text[b.content : b.end]).rstrip(" .;")


def _lead_part_bodies(st: Structure, k: int) -> list[str]:
    """The lead bodies a "Cơ quan chủ trì" part lists (FIELD_PARTS), before its co-operating ones."""
    bodies: list[str] = []
    for c in st.children(k):
        role = _part_role(st, c)
        if role == "cooperate":
            break
        if role == "lead":
            bodies.extend(_item_text(st, cc) for cc in st.children(c))
        elif role is None:
            bodies.append(_item_text(st, c))
    return [x for x in bodies if x]


def section_duties(st: Structure, paragraphs: Paragraphs, content: list[int], issuer: frozenset[tuple[str, ...]] | None) -> list[tuple[str, str | None, str]] | None:
    """The duty sentences of a part's ``content`` blocks (SECTION_CLOSING_TIME): (action, responsible, sentence) each,
    up to a sentence that leads details ("… Cụ thể:"); the content part's items when the part prints its fields as parts
    (FIELD_PARTS); None when there are none or more than ``SECTION_DUTIES_MAX`` (``FIELD_PARTS_MAX``)."""
    text = st.text
    roles = {k: _part_role(st, k) for k in content}
    tasks = [c for k in content if roles[k] == "task" for c in st.children(k)]
    if tasks:
        bodies = [x for k in content if roles[k] == "lead" for x in _lead_part_bodies(st, k)]
        who = "; ".join(bodies) or None
        parts = [(without_purpose(_trim_action(text.text[st.blocks[k].content : st.blocks[k].end])), who, _item_text(st, k)) for k in tasks]
        parts = [x for x in parts if len(_words(x[0])) >= 2]
        return parts if 0 < len(parts) <= FIELD_PARTS_MAX else None
    starts = [s.start for s in paragraphs.sentences]
    out: list[tuple[str, str | None, str]] = []
    for k in content:
        blk = st.blocks[k]
        first = bisect.bisect_right(starts, blk.start) - 1  # a sentence may run on from the part's heading line
        if first < 0 or paragraphs.sentences[first].end <= blk.start:
            first += 1
        last = bisect.bisect_left(starts, blk.end)
        si = first
        while si < last:
            s = paragraphs.sentences[si]
            who, duty_start, _ = responsible_at(st, paragraphs, si, issuer)
            stop = si
            # the clauses after ";" that name no body of their own go on with this one (E14: one entry)
            while stop + 1 < last and text.text[paragraphs.sentences[stop].start : paragraphs.sentences[stop].end].rstrip().endswith(";") and paragraphs.own_who(stop + 1) is None:
                stop += 1
            end = min(paragraphs.sentences[stop].end, blk.end)
            action = without_purpose(_trim_action(_DETAILS_CUE_RE.sub("", text.text[max(s.start, duty_start, blk.content) : end])))
            if len(_words(action)) >= 2:
                out.append((action, who, clean_value(text.text[s.start : end])))
            si = stop + 1
        if text.text[blk.start : blk.end].rstrip().endswith(":"):
            break  # the details after it are its content
    return out if 0 < len(out) <= SECTION_DUTIES_MAX else None


def event_lead_in(st: Structure, block: int, events: dict[int, list[Span]]) -> int | None:
    """The time field of the event whose lead-in is block ``block`` (EVENT_FIELDS_TIME_CONTENT), or None; ``events``
    maps each event's time field to its content items (``event_content_items``, read once per document)."""
    if not events:
        return None
    k = block + 1
    while k < len(st.blocks) and st.blocks[k].marker is not None and st.blocks[k].parent == st.blocks[block + 1].parent:
        if k in events:
            return k
        k += 1
    return None


# README E8: a request, then a sentence that only names where and when the reply goes, is one duty: the request's
# action with that destination and time. The sentence sends what the request asked for: a reply (data/duties.toml
# [reply_nouns]: "Công văn phúc đáp của Sở Nội vụ gửi về Sở Tư pháp trước ngày 03/12/2025", n033; "Văn bản góp ý
# của đơn vị gửi về Trung ương Đoàn …", c107) or the thing the request names ("Số liệu của các bộ, ngành, địa phương đề nghị gửi về Bộ Nội vụ
# trước ngày …" after "… đề nghị … cập nhật, bổ sung số liệu …", n026). Counter-examples (E8's): what the request
# did not ask for ("Danh sách đại biểu … gửi về Trung ương Đoàn …" after "đề nghị các đơn vị … hỗ trợ, tạo điều
# kiện để đại biểu tham dự …", c109), and a closing sentence of its own paragraph that sends the results of several
# items (001 "Báo cáo, phụ lục số liệu … gửi về Ban Dân vận Tỉnh ủy …": no request in its paragraph before it).
REPLY_NOUN_RE = regex.compile(rf"(?<!\p{{L}})(?:{alternation(duties().reply_nouns.words)})(?!\p{{L}})", regex.V1 | regex.I)
# SEND_VERBS (i17-olang): the sending verb may be "nộp" (papers handed in) as well as "gửi": "Số liệu … đề nghị nộp về
# Bộ Nội vụ trước ngày …" (n026 with `deliver_swap`, scripts/variants.py: read as a duty of its own, the request's
# time lost). Counter-example (E8's, unchanged): what the request did not ask for.
# SENT_WITH_ITS_SENDER: the request to send may name who sends, and send to a person: "Báo cáo đánh giá về kết quả …
# đề nghị Ban Thường vụ các tỉnh, thành đoàn … gửi trực tiếp đồng chí Lê Quốc Phong, Bí thư thứ nhất … trước ngày …"
# (the unseen set's qb01, after "… đề nghị Ban Thường vụ … tổng hợp danh sách, xây dựng báo cáo đánh giá kết quả …").
_SENDS_WHAT_RE = regex.compile(
    r"[ \t]*(?P<what>(?-i:\p{Lu})[^.;:\n]{0,80}?)(?:\s+của\s+[^.;:]{1,150}?)?\s+(?:đề\s+nghị\s+(?:[^.;:\n]{1,150}?\s+)?)?(?:gửi|nộp)"
    r"(?:\s+trực\s+tiếp)?\s+(?:(?:về|đến|tới|cho)(?!\p{L})|(?=(?:đồng\s+chí|đ/c)\s))",
    regex.V1,
)
# The head of what is sent, as many words as the request must print for it to be the thing asked ("Số liệu").
REPLY_HEAD_WORDS = 2


# REQUEST_REPEATED_TO_SEND (README E8, the body named again): a request, then a request to the same body only to send
# what the first asked for, a report its verb makes ("báo cáo") or a reply ([reply_nouns]), is one entry: the first's
# action with this destination and time. "Sở Nội vụ đề nghị các sở, ban, ngành … báo cáo tình hình … theo đề cương …" /
# "Đề nghị các sở, ban, ngành … gửi báo cáo về Sở Nội vụ trước ngày 10/9/2015 để tổng hợp …" (the unseen set's qa03;
# qa08: "… đề nghị Quý Sở nghiên cứu, có ý kiến góp ý …" / "… đề nghị Quý Sở gửi ý kiến (bằng văn bản) về Bộ … trước
# ngày …"). The first may close the paragraph before. Counter-examples: another body ("… đề nghị Sở A báo cáo … .
# Đề nghị Sở B gửi báo cáo …"), a thing the first did not ask ("Đề nghị các đơn vị gửi danh sách đại biểu về …"), a
# first request with a time of its own.
_RESENT_WHAT_RE = regex.compile(
    rf"[\s,]*(?:gửi|nộp)\s+(?P<what>báo\s+cáo|kết\s+quả|(?:văn\s+bản\s+)?(?:{alternation(duties().reply_nouns.words)}))"
    r"(?:\s+(?:góp\s+ý|tham\s+gia|bằng\s+văn\s+bản|của\s+(?:mình|đơn\s+vị)))?(?:\s*\([^()]{0,40}\))?\s+(?:về|đến|tới|cho)(?!\p{L})",
    regex.V1 | regex.I,
)
# what each thing sent must find in the first request's action
_RESENT_ASKED = {"báo cáo": r"báo\s+cáo", "kết quả": r"\p{L}"}
_REPLY_ASKED = r"ý\s+kiến|góp\s+ý|phúc\s+đáp|trả\s+lời"


# SENT_FOR_A_DUTY: a letter that sends the recipients a draft or a document "for them to" act on it asks them to act:
# "Bộ Khoa học và Công nghệ xin gửi tới Quý Cơ quan Dự thảo kèm theo Tờ trình Chính phủ để nghiên cứu, có ý kiến góp
# ý bằng văn bản trước ngày 30/6/2017" (the unseen set's qe06) is the duty of "Quý Cơ quan" to "nghiên cứu, có ý kiến
# góp ý bằng văn bản"; the stock form of a request for comments on a draft, as "… gửi kèm theo dự thảo …, đề nghị Quý
# cơ quan …" is. The sender "(xin) gửi (tới / đến / cho) <recipient> <what> … để <the duty>". Counter-examples: no "để"
# ("Sở Nội vụ gửi kèm Kế hoạch số 12/KH-SNV": a sending, no duty asked), a purpose that is the sender's own ("… gửi Bộ
# Tài chính để tổng hợp, báo cáo Thủ tướng": the receiver's step is read by D3 where it is timed on its own).
_SENT_FOR = (
    r"(?:xin\s+)?gửi\s+(?:tới|đến|cho)\s+(?P<who>(?:quý\s+)?\p{L}[^,;:]{0,80}?)\s+(?P<what>(?:bản\s+)?(?:dự\s+thảo|hồ\s+sơ|tài\s+liệu)[^;:]{0,200}?)"
    r"\s+để\s+(?P<duty>(?:nghiên\s+cứu|góp\s+ý|cho\s+ý\s+kiến|có\s+ý\s+kiến|tham\s+gia\s+(?:góp\s+)?ý\s+kiến|xem\s+xét)(?!\p{L}).*)$"
)
_SENT_FOR_RE = regex.compile(rf"^(?:[^,;:]{{0,80}}?\s)?{_SENT_FOR}", regex.V1 | regex.I | regex.S)
# … anywhere in a sentence, after its opening purpose (the issuer's own act it is not: ``issuers_own``)
_SENT_FOR_ANY_RE = regex.compile(rf"(?<!\p{{L}}){_SENT_FOR}", regex.V1 | regex.I | regex.S)


def sent_for_a_duty(action: str) -> tuple[str, str] | None:
    """SENT_FOR_A_DUTY (above): (the recipient, the duty) an action that sends a draft for comments asks, else None."""
    m = _SENT_FOR_RE.match(action)
    if m is None:
        return None
    return clean_value(m.group("who")), _trim_action(m.group("duty"))


def _request_stands_before(text: Text, paragraphs: Paragraphs, si: int) -> bool:
    """Whether the sentence before ``si`` can be the request ``si`` sends on (README E8): in its paragraph, or closing
    the paragraph right before when that one is no list item (REQUEST_IN_PARAGRAPH_BEFORE: "… đề nghị Ban Thường vụ …
    tổng hợp danh sách, xây dựng báo cáo …" / "Báo cáo đánh giá … đề nghị Ban Thường vụ … gửi trực tiếp đồng chí … trước
    ngày …", the unseen set's qb01). Counter-example (E8's): a closing paragraph after a list of items sends the results
    of them all (001: the item before is one of several)."""
    sent, prev = paragraphs.sentences[si], paragraphs.sentences[si - 1]
    k = paragraphs.paragraph_of(sent.start)
    if prev.start >= paragraphs.starts[k]:
        return True
    if k == 0 or prev.start < paragraphs.starts[k - 1]:
        return False
    lead = _LEAD_RE.match(text.fold[paragraphs.starts[k - 1] : prev.end])  # on the slice: the pattern opens with "^"
    return lead is None or not lead.group().strip()


def _request_repeated(text: Text, paragraphs: Paragraphs, si: int) -> tuple[str, str] | None:
    """REQUEST_REPEATED_TO_SEND (above): the first request's (action, body) that sentence ``si`` sends on, else None."""
    sents = paragraphs.sentences
    sent, prev = sents[si], sents[si - 1]
    ask = ask_search(text.fold, sent.start, sent.end)
    if ask is None or (m := _RESENT_WHAT_RE.match(text.fold, ask.end(), sent.end)) is None:
        return None
    if not _request_stands_before(text, paragraphs, si):
        return None
    first = ask_search(text.fold, prev.start, prev.end)
    if first is None or " ".join(first.group("who").lower().split()) != " ".join(ask.group("who").lower().split()):
        return None
    who = plausible_who(clean_value(first.group("who")))
    asked = _trim_action(text.text[first.end() : prev.end])
    wanted = _RESENT_ASKED.get(" ".join(m.group("what").lower().split()), _REPLY_ASKED)
    if who is None or not regex.search(wanted, asked, regex.V1 | regex.I):
        return None
    return asked, who


def _request_replied(text: Text, paragraphs: Paragraphs, si: int, timed: set[int]) -> tuple[str, str] | None:
    """The request a sending sentence completes (README E8, REQUEST_REPEATED_TO_SEND), as (its action, the body
    asked), else None."""
    sents = paragraphs.sentences
    sent = sents[si]
    if si == 0 or si - 1 in timed:
        return None
    m = _SENDS_WHAT_RE.match(text.text[sent.start : sent.end].replace("\n", " "))
    if m is None:
        return _request_repeated(text, paragraphs, si)
    prev = sents[si - 1]
    if not _request_stands_before(text, paragraphs, si):
        return None
    ask = ask_search(text.fold, prev.start, prev.end)
    who = plausible_who(clean_value(ask.group("who"))) if ask else None
    if ask is None or who is None:
        return None
    asked = _trim_action(text.text[ask.end() : prev.end])
    head = " ".join(m.group("what").lower().split()[:REPLY_HEAD_WORDS])
    # the thing asked is the object of the request's verb, not of a preposition: "… triển khai thực hiện hiệu quả các
    # nội dung theo kế hoạch. Kế hoạch … của địa phương, đơn vị gửi về Trung ương Đoàn …" (c117) sends the units' own
    # plan, which the request did not ask for (E8's counter-example)
    named = regex.search(rf"(?<!\p{{L}})(?<!(?:theo|của|tại|với|về|cho|trong|đối\s+với)\s+(?:các\s+)?){regex.escape(head)}(?!\p{{L}})", asked.lower())
    if not (REPLY_NOUN_RE.search(m.group("what")) or named):
        return None
    return asked, who


# SENDS_ON_FOLLOW_UP (README E8, a subjectless form): a sentence that names no body and no thing of its own, only that
# the result of the duty just before it goes to X by a time, completes that duty: one entry, the duty before with this
# destination and time. It opens on a bare "Yêu cầu" (no body after it) or on "Kết quả (thực hiện)", then only a
# sending verb (with "hoàn thiện" before it, "báo cáo"/"kết quả" as its object) and where it goes. Examples (probe pa07,
# pa01; the dev corpus prints none): "Giao Sở A chủ trì tổng hợp báo cáo. Yêu cầu hoàn thiện gửi Văn phòng B trước
# ngày …", "… . Yêu cầu gửi báo cáo về Sở A trước ngày …", "Sở A chủ trì rà soát … . Kết quả báo cáo Bộ B trước ngày …".
# Counter-examples: a sentence that names what it sends ("Danh sách đại biểu … gửi về …", c109: ``_request_replied``
# decides), a body ("Yêu cầu các đơn vị gửi …": its own duty), or a closing with no duty right before it in its paragraph
# (001's closing report, E8's counter-example); "Hoàn thành và báo cáo …" is E7's own entry.
_FOLLOW_UP_OPENING = r"(?:yêu\s+cầu|kết\s+quả(?:\s+thực\s+hiện)?(?:\s+đề\s+nghị)?)"
# FOLLOW_UP_SENDS_THE_REPLY: the object may also be the reply the request asked for, a reply noun of
# data/duties.toml [reply_nouns] ("Giao Sở A chủ trì … tham gia ý kiến vào dự thảo … . Yêu cầu hoàn thiện gửi ý kiến
# tham gia về Bộ B trước ngày …", probe pc07's form): it names no thing of its own beyond what was asked.
_FOLLOW_UP_REPLY = rf"(?:{alternation(duties().reply_nouns.words)})(?:\s+(?:tham\s+gia|góp\s+ý))?"
_FOLLOW_UP_SEND = rf"(?:hoàn\s+thiện(?:\s*,|\s+và)?\s+)?(?:gửi|nộp|báo\s+cáo)(?:\s+(?:báo\s+cáo|kết\s+quả|{_FOLLOW_UP_REPLY}))?(?:\s+(?:về|đến|tới|cho|lên))?"
# where it goes: a name, no verb of its own, up to the time
_FOLLOW_UP_WHERE = r"\s+(?P<where>(?-i:\p{Lu})[^.;:\n]{0,150}?)"
SENDS_ON_FOLLOW_UP_RE = regex.compile(rf"^[\s\-–+•]*{_FOLLOW_UP_OPENING}\s+{_FOLLOW_UP_SEND}{_FOLLOW_UP_WHERE}[\s,]*$", regex.V1 | regex.I)


def sends_on_follow_up(text: Text, paragraphs: Paragraphs, si: int, time_at: int, timed: set[int]) -> int | None:
    """The sentence whose duty sentence ``si`` only sends on (SENDS_ON_FOLLOW_UP), else None.

    ``time_at`` is where the sentence's first time starts; the words before it must be the follow-up's only. The duty
    before must stand right before it in its paragraph, with no time of its own.
    """
    sents = paragraphs.sentences
    sent = sents[si]
    if si == 0 or si - 1 in timed or not SENDS_ON_FOLLOW_UP_RE.match(text.text[sent.start : time_at].replace("\n", " ")):
        return None
    prev = sents[si - 1]
    if prev.start < paragraphs.starts[paragraphs.paragraph_of(sent.start)]:
        return None
    return si - 1


# STEP_OF_A_TIME_LIMIT (A6, E8's spirit: one duty, its time and how it is done): a sentence that states only the time
# limit of a step, "(Lưu ý) thời hạn <step>: (từ nay) đến hết <time>" or "<organiser> kéo dài / gia hạn thời hạn <step>
# đến hết <time>", gives its time to the step; the next sentence, when it opens on that step and has no time of its own,
# says how the step is done, and is the entry: "Hạn chót nộp bài dự thi: 17h00 ngày 15/5/2024. Bài dự thi nộp qua
# hộp thư của Ban Tổ chức …" → "Bài dự thi nộp qua hộp thư của Ban Tổ chức …" with that time (probe pb11, pb21; their
# forms are the tests', in our words). With no such next sentence the step alone is the action, as a time label's
# field names its step (c114 "Thời hạn tiếp nhận bài dự thi: Từ ngày 15/10/2022 …" → "tiếp nhận bài dự thi", whose
# next line has a time of its own). Counter-examples: a label that names no step ("Thời gian thực hiện: …"), a next
# sentence about another step.
_LIMIT_NOTE = r"(?:lưu\s+ý|chú\s+ý)\s*:?\s*"
_LIMIT_SETTER = r"(?:[^\s,;:.]+\s+){1,8}?(?:kéo\s+dài|gia\s+hạn|lùi)\s+"
_LIMIT_WORD = r"(?:thời\s+hạn|hạn\s+chót|hạn\s+cuối|hạn)"
STEP_OF_A_TIME_LIMIT_RE = regex.compile(
    rf"^[\s\-–—+•*]*(?:{_LIMIT_NOTE})?(?P<setter>{_LIMIT_SETTER})?{_LIMIT_WORD}\s+"
    r"(?!(?:thực\s+hiện|hoàn\s+thành|tổ\s+chức|triển\s+khai)\s*:)(?P<step>\p{L}+(?:\s+(?!là(?!\p{L}))\p{L}+){0,7}?)\s*(?::|(?P<copula>là)(?!\p{L}))?\s*(?:từ\s+nay\s*)?$",
    regex.V1 | regex.I,
)
# The next sentence opens on the step when two words of the step, side by side, stand among its first this many words
# (STEP_NAMED_AGAIN).
STEP_HEAD_WORDS = 2
STEP_OPENING_WORDS = 4


def step_of_a_time_limit(text: Text, paragraphs: Paragraphs, si: int, time_at: int, timed_next: bool) -> tuple[str, int | None, bool] | None:
    """The step a time-limit sentence times (STEP_OF_A_TIME_LIMIT), the sentence that says how it is done (its index,
    or None), and whether a body sets the limit ("Ban tổ chức … kéo dài thời hạn …"), else None. ``timed_next``:
    whether sentence ``si + 1`` has a time of its own."""
    sents = paragraphs.sentences
    sent = sents[si]
    m = STEP_OF_A_TIME_LIMIT_RE.match(text.text[sent.start : time_at].replace("\n", " "))
    if m is None or text.text[max(0, sent.start - 3) : sent.start].rstrip().endswith((";", ",")):
        return None  # a limit inside the duty's own sentence, after its ";" (COPULAR_LIMIT, TIME_LIMIT_LABEL)
    step = clean_value(m.group("step"))
    if si + 1 < len(sents) and not timed_next:
        nxt = sents[si + 1]
        between = text.text[sent.end : nxt.start]
        opening = [w.lower() for w in _trim_action(text.text[nxt.start : nxt.end]).split()[:STEP_OPENING_WORDS]]
        words = [w.lower() for w in step.split()]
        joined = f" {' '.join(opening)} "
        # STEP_NAMED_AGAIN (session 32): the next sentence opens on any two words of the step, not only its first two:
        # "Hạn chót gửi hồ sơ đăng ký đội tuyển là ngày 30/5/2021. Đăng ký theo mẫu … và gửi về Ban Thanh niên Trường học
        # …" (an unseen Đoàn plan; COPULAR_LIMIT: the limit printed with "là" as with a colon)
        pairs = {" ".join(words[k : k + STEP_HEAD_WORDS]) for k in range(len(words) - STEP_HEAD_WORDS + 1)}
        if between.count("\n") <= 1 and len(words) >= STEP_HEAD_WORDS and any(f" {pair} " in joined for pair in pairs):
            return step, si + 1, bool(m.group("setter"))
    if m["copula"] and si > 0 and sents[si - 1].start >= paragraphs.starts[paragraphs.paragraph_of(sent.start)]:
        return None  # a limit with "là" after a sentence of its paragraph restates the duty before (COPULAR_LIMIT)
    return step, None, bool(m.group("setter"))


def _issued_type(text: Text, title: int) -> str | None:
    """The type an issued text's title line at ``title`` names, bare ("KE HOACH"), or None (ISSUED_WITH_THE_DECISION)."""
    end = text.text.find("\n", title)
    m = P.type_line_match(text.text[title : end if end != -1 else len(text.text)])
    return m["type"] if m else None


def find_deadlines(text: Text, start: int, end: int, record: Directive, structure: Structure, closing: set[int] | None = None) -> list[Deadline]:
    """The obligations with a time in ``text[start:end]``.

    Args:
        text: the normalised text.
        start: where the body starts.
        end: where it ends (the closing block).
        record: the record so far (document date; cited symbols from the references stage).
        structure: the document's structure: its sentences, and its headings for who must act.
        closing: where to add the ``id`` of each deadline a part's closing time gives (SECTION_CLOSING_TIME): its
            duty is read already, and no field's item replaces it (``attach_item``).

    Returns:
        One deadline per obligation, in text order.
    """
    doc_date = record.date
    doc_year = record.date_partial.year if record.date_partial else None
    phrases = _closing_paren_times(text, _join_event_times(text, _listed_months(text, find_time_phrases(text.text, text.fold, doc_date, doc_year, start, end))))
    if not phrases:
        return []
    sentences = structure.sentences_in(start, end)
    symbol_ends = [m.end() for m in P.SYMBOL_RE.finditer(text.fold, start, end)]
    paragraphs = Paragraphs(text, sentences, start, end, structure)
    out: list[Deadline] = []
    by_date: dict[dt.date, list[Deadline]] = {}

    def keep(d: Deadline, item: bool = False) -> None:
        """Add ``d`` unless a deadline on its day, not its sibling item, already states it (an event's content
        ``item`` is never a restatement: its siblings are other parts of the event, as two rows are not)."""
        d.action = without_duty_form(d.action)  # DUTY_FORM_OUT_OF_DEADLINES
        # Only deadlines on the same day can be duplicates: compare with those alone.
        same_day = by_date.setdefault(d.date, []) if d.date is not None else []
        # LABEL_IS_NO_RESTATEMENT (session 38): an action that is a bare time label ("Thời gian (dự kiến)", its item's
        # title given later by ``attach_item``) states nothing another could restate: "6. Hoạt động trồng rừng" / "Thời
        # gian (dự kiến): Ngày 22/8/2021 (Chủ nhật)" and "7. Hoạt động tham quan, trải nghiệm" / the same field (an unseen
        # Đoàn plan: items 6 and 7 were dropped as item 5's restatements)
        bare = _ITEM_TIME_LABEL_RE.fullmatch(f"{d.action}:") is not None
        if not item and not bare and any(_duplicate(d, o) and not sibling_items(structure, d, o) for o in same_day):
            return
        same_day.append(d)
        out.append(d)

    phrase_starts = [p.start for p in phrases]

    def phrases_in(sent: Sentence) -> list[TimePhrase]:
        """The time phrases that start inside ``sent``."""
        return phrases[bisect.bisect_left(phrase_starts, sent.start) : bisect.bisect_left(phrase_starts, sent.end)]

    sentence_starts = [x.start for x in sentences]

    def timed_between(lo: int, hi: int) -> bool:
        """Whether a time phrase the stage accepts starts in ``[lo, hi)`` (SECTION_CLOSING_TIME)."""
        for q in phrases[bisect.bisect_left(phrase_starts, lo) : bisect.bisect_left(phrase_starts, hi)]:
            at = sentences[max(0, bisect.bisect_right(sentence_starts, q.start) - 1)]
            if _accept(text, q, at, doc_date, symbol_ends, meeting, plan):
                return True
        return False

    timed: set[int] = set()
    subject_duty = _trim_action(record.subject) if record.subject else None
    meeting = _reported_meeting(text, phrases, sentences, doc_date)
    # a plan a decision issues is read as a plan (ISSUED_WITH_THE_DECISION: its steps before the decision's own day, a
    # QĐ of 28/6/2014 issuing a Kế hoạch whose first step is due "trước ngày 27 tháng 6 năm 2014", PLAN_STEP_BEFORE_ISSUE)
    plan = record.document_type == "Kế hoạch" or any(s == start and _issued_type(text, s) == P.bare("Kế hoạch") for s, _ in structure.layout.issued)
    invited = _invitation(text, start, end)
    issuer = issuer_forms(printed_names(record))
    # EVENT_FIELDS_TIME_CONTENT: the events' time fields → their content items, and the days each field prints
    events = {k: spans for k in range(len(structure.blocks)) if (spans := event_content_items(structure, k)) is not None}

    def event_dates(field: int) -> set[dt.date | None]:
        value = event_time_value(structure, field)
        return {q.date for q in phrases if value is not None and value.start <= q.start < value.end} - {None}

    provisions = cited_provision_blocks(structure)
    for si, sent in enumerate(sentences):
        inside = phrases_in(sent)
        if not inside or in_approval(structure, sent):
            continue
        if structure.block_at(sent.start) in provisions and not ask_search(text.fold, sent.start, sent.end):
            continue  # CITED_PROVISION: the cited rule's own times
        kept = [p for p in inside if _accept(text, p, sent, doc_date, symbol_ends, meeting, plan) and not _aim_or_past_year(structure, p, doc_year) and not _forecast_time(structure, p)]
        if _umbrella(text, sent, kept, sentences[si + 1 : si + 1 + UMBRELLA_STEPS], phrase_starts):
            continue
        if not kept:
            continue
        timed_next = si + 1 < len(sentences) and bool(phrases_in(sentences[si + 1]))
        spelled_at = kept[0].start
        spelled_out = step_of_a_time_limit(text, paragraphs, si, spelled_at, timed_next)
        if (spelled_out is None or spelled_out[1] is None) and not _SENT_FOR_ANY_RE.search(text.text, sent.start, sent.end) and issuers_own(
            text.text[sent.start : sent.end], issuer, record.document_type, functools.partial(any, [p.date is not None for p in kept]), functools.partial(asked_item, structure, sent.start)
        ) is not None:
            # (STEP_OF_A_TIME_LIMIT: the organiser who sets a step's limit, "Ban tổ chức … kéo dài thời hạn đăng ký đến
            # hết …", then "Đăng ký trực tiếp tại …", times the recipients' step, not an act of its own)
            continue  # "…, UBND tỉnh đăng ký bổ sung nội dung trình HĐND tỉnh tại kỳ họp thứ 31" (n058): the issuer's own act
        # "Hằng năm, … báo cáo … trước ngày 31/01": the recurrence says how often the dated duty
        # comes back; it is one obligation, due on the date.
        if any(p.date is not None for p in kept):
            kept = [p for p in kept if p.when.kind != "recurrence"]
        kept = _recurring_days([*inside, *_opening_recurrence(text, phrases, phrase_starts, sentences, si)], kept)
        kept = _join_recurrences(text, kept)
        who, duty_start, named = responsible_at(structure, paragraphs, si, issuer)
        around = None
        if not named or duty_start > kept[0].start:
            # the time leads the sentence or stands inside its subject: "Trước ngày 30/7/2023, các tỉnh,
            # thành đoàn gửi …", "Các tỉnh, thành đoàn trước ngày 30/7/2023 gửi …" (``who_around_time``)
            around = who_around_time(text, sent, kept[0])
            if around is not None:
                who, duty_start, named = lead_body(plausible_who(around[0])), around[1], True
        timed_before_duty = around is not None or (named and _body_after_frames(text, who, kept[0].end, duty_start))
        if who is None and structure.section_kind(sent.start) in ("targets", "effect"):
            continue  # veto TARGET_WITHOUT_BODY (see the comment above ``_AIM_VERB_END_RE``), EFFECT_ARTICLE
        # a clause that continues the ones before it without naming who acts: its duty starts there
        # (only when the clause says something before its time; a time that opens it leads what follows)
        chain_start = duty_start if named else min(duty_start, paragraphs.clause_start(si, timed))
        opening = sentences[bisect.bisect_right(sentence_starts, chain_start) - 1]
        if who is not None and not named and chain_start < duty_start and chain_start == opening.start:
            # a chain whose first clause names the body after a basis (A1): "Căn cứ Hướng dẫn và phân bổ chỉ tiêu của
            # Trung ương Đoàn, các tỉnh, thành đoàn, đoàn trực thuộc xây dựng Hướng dẫn …; …; định kỳ hằng năm kiểm
            # tra …" (c121) starts after the body's name, in that clause. NAME_IN_THE_CHAIN (session 41): not when the
            # chain already starts after the name its first clause asked ("Giao Sở Công Thương | chủ trì, … cho Giám
            # đốc Sở Công Thương; trình UBND tỉnh … trước ngày 15/9/2025", f44's rn01: the name printed again at the
            # clause's end cut the duty to its last clause)
            name = regex.search(r"\s+".join(map(regex.escape, fold(who).split())), text.fold[chain_start : min(duty_start, opening.end)], regex.V1 | regex.I)
            if name is not None and name.start() > 0:
                name_end = chain_start + name.end()
                chain_start = name_end + len(text.text[name_end:duty_start]) - len(text.text[name_end:duty_start].lstrip())
        if who is not None:
            # the body's name ends before "là" where the duty starts, in this clause or the first of its chain
            at = chain_start if chain_start < duty_start or not named else duty_start
            who, copula = before_copula(text.text, who, max(0, at - len(who) - COPULA_REACH), at)
            if copula < at:
                duty_start, chain_start = (duty_start, copula) if chain_start < duty_start else (copula, copula)
        # a time phrase before that runs past where the duty is read from ends there: "… từ ngày 10/7/2026 đến
        # ngày\n\n13/7/2026; hoàn thành việc gửi báo cáo … trước ngày 15/7/2026" (c130, a blank line inside the
        # span) → the clause before "hoàn thành" starts after "13/7/2026;", not inside the span
        spanning = [q.end for q in phrases[: bisect.bisect_left(phrase_starts, chain_start)][-SPANNING_LOOKBACK:] if q.end > chain_start]
        chain_start = max([chain_start, *spanning])
        timed.add(si)
        sentence_text = clean_value(text.text[sent.start : sent.end])
        block = structure.block_at(sent.start)
        event_field = event_lead_in(structure, block, events) if block is not None and sent.end >= structure.blocks[block].end - 1 else None
        if event_field is None:
            event_field = next((f for f, items in events.items() if any(i.start <= sent.start < i.end for i in items)), None)
        if event_field is not None and all(p.date in event_dates(event_field) for p in kept):
            # EVENT_FIELDS_TIME_CONTENT: the event's day in its lead-in or in an item names the event ("… Ngày hội đọc
            # sách 12/5/2024, cụ thể như sau:", T14: it stays in the words); the time field times the items
            continue
        event_items = events.get(block) if block is not None and len(kept) == 1 else None
        if block is not None and event_items is not None:
            p = kept[0]
            for span in event_items:
                if any(span.start <= q.start < span.end and q.date not in event_dates(block) for q in phrases):
                    continue  # the item's own time is its deadline
                keep(_item_deadline(text, p, without_purpose(_trim_action(text.text[span.start : span.end])), who, sentence_text), item=True)
            continue
        if len(kept) == 1 and (point := _event_heading_phrase(structure, text, sent, kept[0])) is not None:
            kept = [point]  # EVENT_POINT_HEADING
        items = _timed_lead_in_items(structure, text, sent, kept[0], duty_start) if len(kept) == 1 else None
        if items is not None:
            p = kept[0]
            lead_subject = _sentence_subject(text, sent)
            who = (lead_body(plausible_who(lead_subject[0])) if lead_subject is not None else None) or who
            for k in items:
                b = structure.blocks[k]
                if timed_between(b.start, b.end):
                    # the item's own time is its deadline (CITED_DATE_IS_NO_ITEM_TIME: a date the stage does not accept,
                    # a cited document's "ngày 16/5/2025", leaves the item under its lead-in's time)
                    continue
                opens = _after_item_condition(text, b.content, b.end)  # ITEM_OPENS_WITH_ITS_CONDITION
                item_sent = Sentence(opens, b.end)
                # (after a condition, only the body it names right there: the subject grammar alone)
                item_own = _own_who(text, item_sent) if opens == b.content else _sentence_subject(text, item_sent)
                item_who = lead_body(plausible_who(item_own[0])) if item_own is not None else None
                action = without_purpose(_trim_action(text.text[item_own[1] if item_own is not None and item_who else opens : b.end]))
                keep(_item_deadline(text, p, action, item_who or who, sentence_text))
            continue
        section = closing_time_section(structure, sent, kept[0], timed_between) if len(kept) == 1 else None
        duties = section_duties(structure, paragraphs, section, issuer) if section is not None else None
        if duties is not None:
            # the label's value whole is the time as printed ("Tháng 12/2013 và thường xuyên", FIELD_PARTS)
            colon = text.text.find(":", sent.start, kept[0].start)
            value = clean_value(text.text[colon + 1 if colon != -1 else kept[0].start : sent.end]).rstrip(" .;")
            for action, actor, said in duties:  # SECTION_CLOSING_TIME
                d = _item_deadline(text, kept[0], action, actor, said)
                d.text = value or d.text
                keep(d, item=True)
                if closing is not None:
                    closing.add(id(d))
            continue
        sentence_deliver = _deliver_to(sentence_text)
        # the sentence an entry is read from runs from the first clause of its chain (E14: one sentence)
        first = sentences[bisect.bisect_right(sentence_starts, chain_start) - 1].start if chain_start < sent.start else sent.start
        chain_text = clean_value(text.text[first : sent.end])
        previous = ""  # the action of the sentence's time before this one
        sent_to: str | None = None  # ... and whom it delivers to
        for i, p in enumerate(kept):
            report_entry: str | None = None  # COMPLETION_REPORT_ENTRY (E7)
            prev_end = kept[i - 1].end if i else duty_start
            seg_start = max(prev_end, duty_start if i == 0 else prev_end)
            seg_end = _with_its_recurrence(text, inside, seg_start, p)
            action = _before_open_aside(_trim_action(text.text[seg_start:seg_end])) if seg_end > seg_start else ""
            if i > 0 and previous and _time_words_only(text, inside, seg_start, p.start):
                # TIMES_OF_ONE_DUTY: "báo cáo kết quả thực hiện về Sở Nội vụ (định kỳ 6 tháng trước ngày 15/6, hằng năm
                # trước ngày 15/12)": the second time's words are times only; its duty is the one before (E10: two
                # times of one act, two entries with one action)
                action = previous
            nxt = kept[i + 1].start if i + 1 < len(kept) else sent.end
            # E14 (annotations/README.md): the clauses before this one in its sentence, joined by ";", naming
            # no body of their own and holding no time of their own, are one entry with it
            chained = i == 0 and chain_start < seg_start
            from_chain = chained  # LABELLED_CLAUSE_OF_ITS_CHAIN (below)
            if chained and (len(_words(action)) >= 2 or len(_words(_trim_action(text.text[p.end : nxt]))) < 2):
                chained = False  # read from where the chain starts, at once
                action = _trim_action(text.text[chain_start : p.start])
                completion = _trim_action(text.text[seg_start : p.start])
                if _COMPLETION_RE.match(completion) and not ask_search(text.fold, chain_start, p.start):
                    # "Đề nghị Nhà đầu tư phải nghiên cứu, đề xuất phương án … . Báo cáo phải thể hiện rõ …;
                    # hoàn thành báo cáo Ban Quản lý dự án … trước ngày 05/5/2026." (n010): completing
                    # the report completes what the paragraph asked
                    asked = paragraphs.asked_sentence(si) if _REPORTS_RE.search(completion) else None
                    if asked is not None:
                        # COMPLETION_REPORT_ENTRY (README E7): a completion that reports is an entry of its own, and
                        # its time times the duty the paragraph asked, as its own sentence states it (to its full
                        # stop: n010's "… hiệu quả kinh tế - xã hội…", not the requirements on the report after it)
                        action, report_entry = asked, completion
                    else:
                        action = paragraphs.asked_before(si) or action
            # a time before where the duty starts (it leads the sentence: "Trước ngày 30/7/2023, đề nghị các tỉnh,
            # thành đoàn gửi …") is followed by the duty from there, not by the request or the subject
            after = _trim_action(text.text[max(p.end, duty_start if i == 0 and timed_before_duty else p.end) : nxt])
            lead_verb = _AIM_VERB_ONLY_RE.fullmatch(text.fold, seg_start, p.start)
            if lead_verb and len(_words(after)) >= 2:
                # the time stands between an aim verb and what it aims at (A4): "Đảm bảo đến cuối năm 2027
                # có 50% thanh niên …" (c121), "…, phấn đấu đến ngày 30/6/2026 hoàn thành tối thiểu 80% …" (n009)
                action = f"{clean_value(text.text[lead_verb.start('verb') : lead_verb.end('verb')])} {after}"
            elif i == 0 and (own := _TIME_LABEL_DUTY_RE.match(text.text[seg_start : p.start])) and len(_words(after)) < LABEL_CLAUSE_MIN_WORDS:
                # a time label too long for a field names its own step, as a field's does (``attach_item``):
                # "Thời gian bình chọn bài dự thi trên Ứng dụng Thanh niên Việt Nam: Từ 10/11/2022 …" (c114),
                # "Thời gian tổng hợp, hoàn thiện báo cáo kết quả khảo sát: từ ngày 10/7/2026 …" (c130) → the
                # step without "Thời gian"; a bare "Thời gian thực hiện:" names none. A body the label names
                # first is the step's responsible (A6): "Thời gian Tổ Thư ký tổng hợp, phân loại bài dự thi:
                # 06/11/2022 đến 09/11/2022" (c114) → Tổ Thư ký, "tổng hợp, phân loại bài dự thi"
                action = clean_value(own.group("duty"))
                if _SEND_THE_REPORT_RE.fullmatch(action) and (report := paragraphs.duty_before(si)) and _REPORT_NAME_RE.match(report):
                    action = report  # REPORT_LABEL_UNDER_ITS_REPORT
                subject = subject_match(action)
                if subject and (named_who := plausible_who(subject.group("who"))):
                    who, action = named_who, _trim_action(action[subject.end("who") :])
            elif i == 0 and len(_words(after)) < 2 and (labelled_step := _step_under_time_label(structure, text, seg_start, p.start)) is not None:
                action = labelled_step
            elif i == 0 and len(_words(after)) < 2 and (item_title := _title_of_timed_item(structure, text, seg_start, p.start)) is not None:
                action = item_title
            elif (
                len(_words(action)) < 2
                or (_FIELD_LABEL_RE.fullmatch(text.text, seg_start, p.start) and len(_words(after)) >= LABEL_CLAUSE_MIN_WORDS)
                # LEADING_FRAMES: an aim before the time is no action ("Để bảo đảm tiến độ, trước ngày 09/7/2023, xây
                # dựng kế hoạch …": the duty is what follows the time)
                or (i == 0 and _BEFORE_LEADING_TIME_RE.fullmatch(text.text, seg_start, p.start) and len(_words(after)) >= 2)
            ):
                # "Nội dung: Hằng năm, tổ chức Đoàn … đạt hoàn thành tốt nhiệm vụ": a label, then the
                # time that leads the duty ("Chấm giải: Trước ngày 20/11" keeps its label: nothing follows)
                # (WEEKDAY_IS_NO_ACTION: a weekday aside after the time, "Thời gian: từ 08g00 đến 11g00 ngày
                # 15/12/2023 (thứ Sáu)", my words in probe pf03's form, is no action: the label's line names none)
                action = (after if not _NOTHING_AFTER_RE.fullmatch(after) else "") or action
            elif (
                p.when.kind == "recurrence"
                and _VERB_AFTER_RE.match(text.fold, p.end, nxt)
                and len(_words(after)) >= 2
                and not _SENT_ON_AFTER_TIME_RE.fullmatch(text.text, p.end, nxt)
            ):
                # how often, right before the verb it times: "Chỉ đạo Đoàn Thanh niên cấp Quận … hàng
                # năm có báo cáo và đăng ký với cấp ủy …" (c118): the duty is what follows
                action = after
            elif i + 1 == len(kept) and p.when.kind == "recurrence":
                # how often, inside its clause: "Có cơ chế giao ban định kỳ hàng tuần với các đơn vị
                # trực thuộc để nắm chắc tình hình …" (the duty goes on after it, to the clause's end;
                # after a due date the words are its purpose: "gửi về Bộ Nội vụ trước ngày … để tổng hợp")
                rest = _CLAUSE_GOES_ON_RE.match(text.text, p.end, nxt)
                if rest and len(_words(rest.group("rest"))) >= 2:
                    # after a comma the time opens a clause of its own: "Phụ trách theo dõi …, hàng tuần
                    # gửi báo cáo kết quả … về Ban Tổ chức" (the duty is what follows it)
                    opens = text.text[seg_start : p.start].rstrip().endswith(",")
                    said = rest.group("rest")
                    if not opens and _OBJECT_AFTER_TIME_RE.match(said):
                        # OBJECT_AFTER_RECURRENCE (session 38): the verb's object after the time runs to the clause's
                        # end, its list's commas included: "Thực hiện chế độ báo cáo định kỳ hằng năm và khi có yêu cầu
                        # về tình hình cử cán bộ đi đào tạo, bồi dưỡng, kết quả …, gửi Bộ Khoa học và Công nghệ" (an
                        # unseen Đề án; the action stopped at "đào tạo")
                        said = text.text[rest.start("rest") : nxt].split(";")[0]
                    action = _trim_action(said if opens else f"{action} {said}")
            elif (aim := _AIM_VERB_END_RE.search(text.fold, seg_start, p.start)) and len(_words(after)) >= 2:
                # the time stands between an aim verb that ends the clause's words and what it aims at (A4):
                # "… xây dựng lộ trình thực hiện hằng năm đảm bảo đến năm 2030, ít nhất 50% xã, …" (n004)
                verb = clean_value(text.text[aim.start("verb") : aim.end("verb")])
                action = f"{_trim_action(text.text[seg_start : aim.start('verb')])} {verb} {after}"
            elif _NEEDS_MORE_RE.search(action) and len(_words(after)) >= 2:
                # the time stands inside its clause, after a word that needs what follows: "…, yêu cầu đến
                # 30/5/2026 phải bàn giao toàn bộ mặt bằng …" (n009): the action runs on past it (A4)
                action = f"{action} {after}"
            elif (
                i + 1 == len(kept)
                and p.when.kind != "recurrence"
                and len(_words(action)) >= 2
                and text.text[seg_start : p.start].rstrip().endswith(",")
                and _VERB_AFTER_RE.match(text.fold, p.end, nxt)
                and len(_words(after)) >= 2
            ):
                # the time opens the last clause of a one-body list of actions: "Các tỉnh, thành đoàn rà soát dữ liệu
                # đoàn viên, trước ngày 30/7/2023 hoàn thành việc cập nhật lên Phần mềm" → the whole list, without the
                # time (A4: the time leaves the action wherever it stands; E2: one time for one body's list, one entry)
                action = f"{action}, {after}"
            if chained and action:
                # a time that opens its clause leads what follows it, and the clauses before join that:
                # "… phản ánh … về Trung ương Đoàn …; định kỳ hằng năm kiểm tra ngẫu nhiên một số đơn vị …" (c121)
                action = f"{clean_value(text.text[chain_start:seg_start])} {action}"
            if not action:
                action = _trim_action(text.text[sent.start : p.start]) or p.text
            elif i > 0 and previous:
                action = _gapped(action, previous)
            labelled = False
            if i == 0 and _PRO_FORM_RE.fullmatch(action):
                # "Đề nghị … rà soát lại … . Đơn vị nào chưa thực hiện việc thu thì khẩn trương thu … .
                # Các đơn vị thực hiện trước ngày 24/3/2016." (w015): the pro-form does what was asked
                action = paragraphs.asked_before(si) or action
            elif i == 0 and (len(_words(action)) <= ECHO_MAX_WORDS + 1 or _COMPLETION_LABEL_RE.match(action)):
                # "Tổ chức tập huấn cho cán bộ đoàn … . Tổ chức tập huấn ngày 11/7/2023.": the time
                # line echoes the head of the duty stated just before it, or completes it ("…
                # phê duyệt đối với 114 hồ sơ … . Hoàn thành việc phê duyệt trong tháng 4/2026.")
                before = paragraphs.duty_before(si)
                if before and len(before) > len(action) and (
                    (len(_words(action)) <= ECHO_MAX_WORDS and before.lower().startswith(action.lower())) or _completes(action, before)
                ):
                    # COMPLETION_LABEL: the label's line goes on with an act of its own ("…, chậm nhất ngày … và báo
                    # cáo kết quả về Ban Thường vụ", its own entry): the duty completed sends where it says itself
                    labelled = _COMPLETION_LABEL_RE.match(action) is not None
                    action = before
            if i == 0 and P.EMAIL_RE.fullmatch(action):
                # "Trên cơ sở đó gửi về Ban Tổ chức thông qua địa chỉ email:" / "ttv…@gmail.com trước
                # ngày 20/9/2022." (c125): an address cut from its duty by the line's colon
                before = paragraphs.duty_before(si)
                action = f"{before}: {action}" if before else action
            # LABELLED_CLAUSE_OF_ITS_CHAIN (i29-time): a label clause closing the duty's own sentence after ";" — "…
            # trước ngày 29/4/2021; báo cáo kết quả triển khai hoạt động về Trung ương Đoàn; thời hạn thực hiện là ngày
            # 04/6/2021" (c117 printed with scripts/variants.py copula_inline), "…; thời hạn: ngày …" — times the clause
            # before it, read from its chain above; the whole sentence before (its other time included) is no duty of
            # it. Counter-example: a label line of its own ("I. THỜI GIAN: Ngày 26/6/2022 (Chủ nhật).") has no chain,
            # and takes the duty before it as before.
            label_clause = _LABEL_ONLY_RE.fullmatch(text.fold[seg_start : p.start].strip()) and _NOTHING_AFTER_RE.fullmatch(
                text.fold[p.end : kept[i + 1].start if i + 1 < len(kept) else sent.end]
            )
            chain_before = _trim_action(text.text[chain_start:seg_start]) if from_chain and text.text[chain_start:seg_start].rstrip().endswith(";") else ""
            if label_clause and len(_words(chain_before)) >= 2:
                if not _PRO_FORM_RE.fullmatch(chain_before):  # (a pro-form's duty was read from what was asked, above)
                    action = chain_before  # LABELLED_CLAUSE_OF_ITS_CHAIN: the clauses before the label, without it
            elif label_clause:
                # the time of the document's one event ("I. THỜI GIAN: Ngày 26/6/2022 (Chủ nhật)."):
                # the duty is what its invitation asks ("mời … cùng tham dự Hội nghị nêu trên"), else
                # what its subject names
                before = paragraphs.duty_before(si)
                if before is None and invited is not None:
                    who, action = invited
                else:
                    action = before or subject_duty or action
            replied = _request_replied(text, paragraphs, si, timed - {si}) if i == 0 else None
            if replied is not None:
                # E8: "… đề nghị Sở Nội vụ cho ý kiến đối với … . Công văn phúc đáp của Sở Nội vụ gửi về Sở Tư pháp
                # trước ngày 03/12/2025 …" (n033) → the request's action, its body; the destination and time are this one's
                action, who = replied[0], lead_body(replied[1])
            elif i == 0 and (sent_on := sends_on_follow_up(text, paragraphs, si, p.start, timed - {si})) is not None:
                # SENDS_ON_FOLLOW_UP: "Giao Sở A chủ trì … tổng hợp báo cáo. Yêu cầu hoàn thiện gửi Văn phòng B trước
                # ngày …" (probe pa07) → the duty before, its body; the destination and time are this one's
                before = paragraphs.duty_before(si)
                prev_who = responsible_at(structure, paragraphs, sent_on, issuer)[0]
                if before is not None and prev_who is not None:
                    action, who = before, prev_who
            step_deliver: str | None = None
            limit = (
                # read once for the sentence's first time above, unless the recurrences' joins moved it
                (spelled_out if p.start == spelled_at else step_of_a_time_limit(text, paragraphs, si, p.start, timed_next))
                if i == 0 and replied is None
                else None
            )
            if limit is not None:
                # STEP_OF_A_TIME_LIMIT: "Lưu ý thời hạn đăng ký: từ nay đến hết …. Phiếu đăng ký gửi qua …" (probe pb11)
                # → the sentence that says how the step is done, with this time; else the step alone. Who sets the
                # limit ("Ban tổ chức … kéo dài thời hạn đăng ký …", pb21) is not who takes the step.
                limit_step, how, set_by = limit
                if how is not None:
                    how_text = clean_value(text.text[sentences[how].start : sentences[how].end])
                    action = _trim_action(how_text)
                    own_how = paragraphs.own_who(how)
                    who = plausible_who(own_how[0]) if own_how else None
                    step_deliver = _deliver_to(how_text)
                else:
                    action = limit_step
                    who = None if set_by else who
            aside = _ASIDE_RE.match(text.text, p.end, nxt)
            if aside and p.start > seg_start and not action.endswith(")"):
                action = f"{action} {clean_value(aside.group('aside'))}"
            actor = who
            step = _RECEIVER_STEP_RE.search(text.fold, seg_start, p.start) if i > 0 else None
            if step:
                # the receiver's step after a delivery the sentence timed already (D3): "… gửi Bộ Tài
                # chính trước ngày 08/12 để tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 15/12" (c157)
                action = with_sent_result(_trim_action(text.text[step.start("verb") : p.start]), previous)
                actor = _deliver_to(clean_value(text.text[seg_start : step.start()])) or sent_to or who
            if _focus_deadline(text, p, sent):
                # the time stays in the noun it qualifies (T3): "… đặc biệt là các nhiệm vụ có thời hạn trong năm 2025"
                action = f"{action} {p.text}"
            if i + 1 == len(kept) and action and _CLAUSE_ENDS_RE.fullmatch(text.text, p.end, sent.end):
                later = paragraphs.later_clauses(si, lambda j: any(_accept(text, q, sentences[j], doc_date, symbol_ends, meeting, plan) for q in phrases_in(sentences[j])))
                action = f"{action}; {later}" if later else action
            action = without_purpose(_without_recurrence(action))
            previous = action
            deliver = _deliver_to(action) if labelled or report_entry is not None else step_deliver or _deliver_to(clean_value(text.text[seg_start : sent.end])) or sentence_deliver
            sent_to = deliver
            if (sent_for := sent_for_a_duty(action)) is not None:
                actor, action = sent_for  # SENT_FOR_A_DUTY
            deliver = _destinations(action, actor, deliver)
            d = Deadline(
                date=p.date,
                action=action,
                responsible=actor,
                deliver_to=deliver,
                text=p.text,
                when=p.when,
                sentence=chain_text,
                evidence=text.evidence(p.start, p.end),
            )
            keep(d)
            if report_entry is not None:
                report = without_purpose(report_entry)
                keep(d.model_copy(update={"action": report, "deliver_to": _destinations(report, actor, _deliver_to(report))}, deep=True))
    return out


def extract_structured(st: Structure, record: Directive) -> None:
    """Fill ``record.deadlines`` from the body's sentences as the structure layer cut them.

    Args:
        st: the document's structure.
        record: the record to fill; the header stage must have set the document's date.
    """
    forget_reads()  # READS_PER_DOCUMENT
    # the body, then each document a decision issues after its closing (ISSUED_WITH_THE_DECISION)
    closing: set[int] = set()
    found = [d for start, end in st.layout.duty_zones for d in find_deadlines(st.text, start, end, record, st, closing)]
    for d in found:
        if id(d) not in closing:  # SECTION_CLOSING_TIME: the part's duty, read already
            attach_item(st, d)
        # A10/A22/A24: a dated duty loses its purpose clause as an undated one does (``without_aims``, which the
        # obligations stage reads for undated duties): "Phối hợp với Ban Tổ chức Trung ương Đoàn để rà soát thông tin
        # đoàn viên, xóa những đoàn viên bị trùng để chuẩn hóa số lượng đoàn viên của tổ chức" (c111) → "… xóa những
        # đoàn viên bị trùng"; the body that considers the result is its destination when none is printed (A22)
        d.action, considers = without_aims(d.action)
        d.deliver_to = d.deliver_to or considers
    slots, found = hour_slot_deadlines(st, record, found)  # HOUR_SLOT_UNDER_ITS_DAY
    found = sorted([*found, *slots], key=lambda d: d.evidence.start if d.evidence else 0)
    rows = timed_rows(st, record)
    # a time phrase inside a row's cells was read as a sentence's deadline: the row states it
    cells = [(c.start, c.end) for t in st.tables for row in t.rows for c in row]
    cells += [(st.blocks[a].start, st.blocks[b].end) for a, b, _ in st.field_records()]  # NUMBERED_FIELD_RECORD's fields
    found = [d for d in found if not (d.evidence and any(s <= d.evidence.start < e for s, e in cells))]
    # a sentence that restates a row's duty with its time is that row (one entry per obligation); the row
    # states its step in the time cell too ("Ban hành kế hoạch chậm nhất là ngày 15/01/2026 và tổ chức thực
    # hiện" against "Thời gian hoàn thành ban hành kế hoạch chậm nhất là ngày 15/01/2026.", n001)
    stated = [r.model_copy(update={"action": f"{r.action} {r.text}"}) for r in rows]
    found = [d for d in found if not any(_duplicate(d, r) for r in stated)]
    for d in found:
        report_period_day(st, d)  # REPORT_PERIOD_DAY
    record.deadlines = sorted([*found, *rows], key=lambda d: d.evidence.start if d.evidence else 0)


# REPORT_PERIOD_DAY (session 39): a reporting regime lists its reports by period, each with the day it is due and no
# year: "- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7; Sở Tài chính tổng hợp báo cáo Ủy ban
# nhân dân tỉnh trước ngày 10/7" / "- Báo cáo năm: … trước ngày 15/12 …" (NĐ 09/2019's form; an unseen provincial
# letter: each day was read as one date of the document's year, 05/7 of the next year for the one already past). The
# day recurs every year (T4: a recurrence, date null, its rule kept for the calendar). Counter-examples: a day with its
# year ("trước ngày 05/7/2026"), and a day in an item with no report period's label, stay dates.
_REPORT_PERIOD_LABEL_RE = regex.compile(
    r"^[\s\W\d]*(?:kỳ\s+)?báo\s+cáo\s+(?:định\s+kỳ\s+)?(?:(?:0?6|sáu|9|chín)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|năm|hằng\s+năm|hàng\s+năm|quý|hằng\s+quý|hàng\s+quý)\s*:",
    regex.V1 | regex.I,
)
_YEAR_IN_TIME_RE = regex.compile(r"(?:19|20)\d\d")


def report_period_day(st: Structure, d: Deadline) -> None:
    """REPORT_PERIOD_DAY (above): a dated deadline whose day, printed without its year, stands in an item labelled with a
    report's period becomes a yearly recurrence (date null)."""
    if d.date is None or d.evidence is None or _YEAR_IN_TIME_RE.search(d.text):
        return
    block = item_block(st, d.evidence.start)  # (the item's label may stand on the block above a clause after ";")
    if block is None or not _REPORT_PERIOD_LABEL_RE.match(st.text.fold[st.blocks[block].start : st.blocks[block].end]):
        return
    inclusive = d.when.inclusive if d.when is not None else None
    d.when = TimeExpression(kind="recurrence", recurrence=f"FREQ=YEARLY;BYMONTH={d.date.month};BYMONTHDAY={d.date.day}", inclusive=inclusive)
    d.date = None


def table_rows(st: Structure, table: Table, record: Directive) -> list[Deadline]:
    """One duty per row of a task table (a table with a task column and a lead or time column).

    Args:
        st: the structure.
        table: one of its tables.
        record: the record so far (the document's date resolves the time cells).

    Returns:
        The rows' duties, each with the time cell as printed (``text``, empty when the row has no
        time); a row of column numbers or a group row ("I | Cải cách thể chế | | |") is none.
    """
    task = table.column("task")
    lead = table.column("lead")
    time_col = table.column("time")
    if task is None and time_col is not None:
        return schedule_rows(st, table, record)
    if task is None or (lead is None and time_col is None):
        return []
    return _rows(st, table, record, task, lead, time_col, TASK_MIN_WORDS)


# A task cell names a duty in at least this many words; a schedule's cell names a body or a place in one
# ("Huế") or more.
TASK_MIN_WORDS = 2


# A time cell in which our grammar reads no time fixes one only by a year, a day or a month of the
# calendar ("Trong năm 2026", "Trước ngày 05 của tháng liền kề") or by
# naming a document whose time-points it follows (annotations/README.md T2): "Theo các mốc thời gian
# tại Quyết định số 1441/QĐ-UBND …" (a symbol), "Theo Kế hoạch rà soát, đánh giá thủ tục hành chính
# năm 2026 của tỉnh" (a document type as a name, capitalised), "Theo Điều 17 Nghị định …" (an
# article); "Theo hướng dẫn của Trung ương", "Theo kế hoạch của tỉnh", "Báo cáo định kỳ theo thời
# gian quy định" fix none (n001). A type name that opens the cell is what it says to do, not a document it
# follows: "Báo cáo định kỳ theo thời gian quy định; thực hiện thường xuyên trong năm" (n001) fixes none.
_NAMED_DOCUMENT_RE = regex.compile(rf"(?<!\p{{L}})(?:{vocabulary().type_alternation()}|Điều\s+\d+)(?!\p{{L}})", regex.V1)
_CALENDAR_NUMBER_RE = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\p{L})(?:ngày|tháng|quý)\s+\d", regex.V1 | regex.I)


def _time_cell(st: Structure, record: Directive, cell: Span | None, symbol_ends: list[int]) -> tuple[str | None, dt.date | None, TimeExpression | None]:
    """A row's time as its time cell (or an item's time field, ``field_rows``) prints it: the text as printed, its
    date, its time expression.

    The cell's closing period is not part of its time ("Ban hành kế hoạch trong tháng 01/2026."); TIME_CELL_OCR: the
    cell is given with the OCR readings every time phrase gets (dates.repair_ocr, only inside a date's frame):
    "Trước ngày 0Š của tháng liền kề" → "Trước ngày 05 …" (n001's row 5 as OCR would print it, scripts/variants.py
    ocr_time); a cell with no frame ("Theo Kế hoạch …") stays as printed."""
    if cell is None:
        return None, None, None
    text = st.text
    due = repair_ocr(clean_value(text.text[cell.start : cell.end].rstrip(" .;")))
    if not due:
        return due, None, None
    doc_year = record.date_partial.year if record.date_partial else None
    phrases = [
        p
        for p in find_time_phrases(text.text, text.fold, record.date, doc_year, cell.start, cell.end)
        if not _is_citation_date(text, p, symbol_ends) and not _before_document(p, record)
    ]
    dated = [p for p in phrases if p.date is not None]
    date = dated[-1].date if dated else None
    when = None
    # the time column says this is the row's time even when our grammar reads no date in it ("Trong năm 2026",
    # "Theo Kế hoạch … của tỉnh"): kept as printed, vague, when the cell fixes a time (T2); "Theo hướng dẫn của
    # Trung ương" fixes none (no ``when``)
    if phrases:
        when = (dated[-1] if dated else phrases[0]).when
    elif _NAMED_DOCUMENT_RE.search(due, 1) or P.SYMBOL_RE.search(due) or _CALENDAR_NUMBER_RE.search(due):
        when = TimeExpression(kind="vague")
    return due, date, when


# TASK_CELL_NUMBER: a task cell that numbers its task itself ("2. Tập huấn kỹ năng số …" in a table with no number
# column, the unseen set's qb04) prints the row's marker, no word of the duty (README: `action` from the first verb).
_TASK_CELL_NUMBER_RE = regex.compile(r"^\d{1,3}[.)]\s+(?=\p{L})", regex.V1)


def _row_duty(action: str, who: str | None) -> tuple[str, str | None]:
    """A row's task as its duty: "Giao Công an tỉnh tham mưu UBND tỉnh triển khai …" (n001) → the body asked (when
    no column names one) and what it is asked to do (A11); a leading recurrence and a purpose clause out (A18, A10);
    the cell's own number out (TASK_CELL_NUMBER)."""
    action = _TASK_CELL_NUMBER_RE.sub("", action)
    asked = _ASK_RE.match(action)
    if asked and plausible_who(clean_value(asked.group("who"))):
        who = who or clean_value(asked.group("who"))
        action = action[asked.end() :]
    return without_aims(_without_recurrence(action))[0], who


def _rows(st: Structure, table: Table, record: Directive, task: int, lead: int | None, time_col: int | None, min_words: int) -> list[Deadline]:
    """One duty per row: the ``task`` cell's text, who from ``lead``, the time from ``time_col``."""
    text = st.text
    out: list[Deadline] = []
    symbol_ends = [m.end() for m in P.SYMBOL_RE.finditer(text.fold)]
    above: Span | None = None  # MERGED_TIME_CELL: the time cell of the row above, while no group row comes between
    for row in table.rows[1 if table.header else 0 :]:
        cells = [st.cell_text(c) for c in row]
        if is_column_numbers(cells) or task >= len(cells):
            continue
        action = clean_value(cells[task].rstrip(" .;"))
        others = [c for i, c in enumerate(cells) if i not in (task, table.column("number"))]
        if len(_words(action)) < min_words or not any(others) or _group_in_time_column(cells, task, time_col):
            above = None
            continue  # a group row: "II | Cải cách thủ tục hành chính | | |"
        who = clean_value(cells[lead]) if lead is not None and lead < len(cells) else None
        time_cell = row[time_col] if time_col is not None and time_col < len(cells) else None
        if time_cell is not None and not cells[time_col or 0] and above is not None:
            time_cell = above  # MERGED_TIME_CELL
        above = time_cell if time_cell is not None and st.cell_text(time_cell) else None
        out.append(_row_deadline(st, record, action, who, time_cell, symbol_ends, clean_value(" | ".join(cells)), row[task]))
    return out


# MERGED_TIME_CELL (session 40): a time cell merged down the rows of a phase prints once, in its first row, when the
# table is copied as text; the rows under it open with a blank cell: "10-11/2019 | Xây dựng khung định hướng … |" / " |
# Xây dựng nhiệm vụ lập quy hoạch … |" / " | Lấy ý kiến các Bộ … |" (f41's rf02, a ministry's planning schedule). The
# blank rows take the time above, as the Word original gives it to each row (python-docx repeats a merged cell's text
# in every row it spans: ``loaders.docx``). A group row ends the merge. Counter-example: a row with its own time.
# GROUP_NUMBER_IN_TIME_COLUMN: a schedule with no number column prints its groups' numerals in its first column, the
# time's: "I | GIAI ĐOẠN 1: LẬP, THẨM ĐỊNH, PHÊ DUYỆT LẬP NHIỆM VỤ", "3 | Phê duyệt lập nhiệm vụ quy hoạch" under
# "Thời gian | Nội dung công việc | … | Thực hiện" (f41's rf02, a ministry's planning schedule): a group's heading with
# no other cell filled, not a duty timed "I" or "3". Counter-example: "Tháng 3 | Tổng kết …" and "2026 | Rà soát …" are
# times (a unit word, a year), and a row with its lead cell filled is a row.
def _group_in_time_column(cells: list[str], task: int, time_col: int | None) -> bool:
    """Whether a row is a group heading whose numeral stands in the time column (GROUP_NUMBER_IN_TIME_COLUMN)."""
    if time_col is None or time_col >= len(cells) or not FLAT_ROW_NUMBER_RE.fullmatch(cells[time_col]):
        return False
    return not any(c for i, c in enumerate(cells) if i not in (task, time_col))


def _row_deadline(
    st: Structure, record: Directive, action: str, who: str | None, time_cell: Span | None, symbol_ends: list[int], sentence: str, span: Span
) -> Deadline:
    """A task table's row (or an attachment's labelled item, ``field_rows``) as one duty: its task (``_row_duty``), who
    leads, its time as printed (``_time_cell``)."""
    action, who = _row_duty(action, who)
    due, date, when = _time_cell(st, record, time_cell, symbol_ends)
    body = lead_body(who) or None
    return Deadline(
        date=date,
        action=action,
        responsible=body,
        deliver_to=_destinations(action, body, _deliver_to(action)),
        text=due or "",
        when=when,
        sentence=sentence,
        evidence=st.text.evidence(span.start, span.end),
    )


# The header of a schedule's time column names what is done on each row's date: "Thời gian kiểm tra"
# (the row's unit is inspected then), "Thời gian làm việc", "Thời gian giám sát".
_SCHEDULE_HEADER_RE = regex.compile(
    r"^\s*(?:thời\s+gian|thời\s+điểm|lịch)\s+(?!(?:thực\s+hiện|hoàn\s+thành)\b)(?P<duty>\p{L}+(?:\s+\p{L}+){0,3})\s*$",
    regex.V1 | regex.I,
)


def schedule_rows(st: Structure, table: Table, record: Directive) -> list[Deadline]:
    """One duty per row of a schedule: a table with no task column whose time column's header names
    what is done ("STT | Đơn vị được kiểm tra | Thời gian kiểm tra"): "kiểm tra Sở Xây dựng", due
    "Tháng 7/2026". The action is the header's verb and the row's name, both as printed.

    Args:
        st: the structure.
        table: a table with a time column and no task column.
        record: the record so far (the document's date resolves the time cells).

    Returns:
        The rows' duties, each with its time cell as printed; none when the header names no step.
    """
    time_col = table.column("time")
    if time_col is None or not table.header or not table.rows or time_col >= len(table.rows[0]):
        return []
    m = _SCHEDULE_HEADER_RE.match(st.cell_text(table.rows[0][time_col]))
    named = [i for i in range(len(table.rows[0])) if i != time_col and table.roles.get(i) is None]
    if m is None or len(named) != 1:
        return []
    verb, col = clean_value(m.group("duty")), named[0]
    who = _assigned_to(st, verb, issuer_forms(printed_names(record)))
    out: list[Deadline] = []
    for d in _rows(st, table, record, col, None, time_col, 1):
        d.action = f"{verb[:1].lower()}{verb[1:]} {d.action}"
        d.responsible = who
        out.append(d)
    return out


# The step a body is given is named this close after its name: "giao Sở Nội vụ chủ trì phối hợp với
# các ngành có liên quan tổ chức kiểm tra …" (characters).
ASSIGNED_STEP_WINDOW = 120


def _assigned_to(st: Structure, step: str, issuer: frozenset[tuple[str, ...]]) -> str | None:
    """The body the body text gives a schedule's step to ("… giao Sở Nội vụ chủ trì … tổ chức kiểm tra
    công tác cải cách hành chính …" for the step "kiểm tra"), else None.

    STEP_NOT_THE_ISSUERS_ACT: the issuer naming its own act is no one given the step: "…; UBND tỉnh ban hành Kế
    hoạch kiểm tra công tác cải cách hành chính năm 2026 …" (n002's preamble, read with its name once its line
    wraps after "UBND tỉnh") gives "kiểm tra" to no one; "Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì … tổ chức
    kiểm tra …" gives it to Sở Nội vụ."""
    words = r"\s+".join(regex.escape(w) for w in step.split())
    rx = regex.compile(rf"(?<!\p{{L}}){words}(?!\p{{L}})", regex.V1 | regex.I)
    for sent in st.sentences_in(st.layout.body_start, st.layout.closing_start):
        own = _own_who(st.text, sent)
        who = plausible_who(own[0]) if own else None
        if who and is_issuer(who, issuer):
            continue
        if who and own is not None and rx.search(st.text.fold, own[1], min(sent.end, own[1] + ASSIGNED_STEP_WINDOW)):
            return lead_body(who)
    return None


# A time cell that only says how often or that the work goes on ("Thường xuyên trong năm") gives no
# deadline; the row is still a duty (obligations).
# STANDING_WITH_A_RECURRENCE (session 43): one that goes on with a calendar recurrence does (README T2: "hằng năm" fixes
# a recurring time; T1: "thường xuyên" alone never does): "Thường xuyên, hằng năm" in a national plan's task table (an
# unseen Government plan, its four rows under "Tuyên truyền, phổ biến …", left with no deadline). Counter-examples:
# "Thường xuyên trong năm" / "Thường xuyên trong tháng" (n001: a span, no recurrence) and "Thường xuyên từ năm 2026" (a
# start) stay no deadline.
_ONGOING_RE = regex.compile(r"^(?:thực\s+hiện\s+)?thường\s+xuyên\b", regex.V1 | regex.I)


def _ongoing_only(d: Deadline) -> bool:
    """Whether a row's time cell only says the work goes on (``_ONGOING_RE``, STANDING_WITH_A_RECURRENCE)."""
    return bool(_ONGOING_RE.match(d.text)) and not (d.when is not None and d.when.kind == "recurrence")


def _before_document(phrase: TimePhrase, record: Directive) -> bool:
    """A date before the document's own (its month when the day is blank) reports the past or
    dates a cited document ("Theo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 28/5/2015")."""
    if phrase.date is None:
        return False
    if record.date is not None:
        return phrase.date < record.date
    partial = record.date_partial
    if partial is not None and partial.year is not None:
        return (phrase.date.year, phrase.date.month) < (partial.year, partial.month or 1)
    return False


def field_items(st: Structure) -> list[tuple[int, int]]:
    """The attachments' labelled items (ATTACHED_FIELDS, ``field_rows``): (item block, end of its last field)."""
    out = []
    for i, b in enumerate(st.blocks):
        if b.marker is None or b.table is not None or i in st.labelled:
            continue
        if not any(s <= b.start < e for s, e in st.layout.attachments):
            continue
        fields = st.item_fields(i)
        if "lead" in fields or "time" in fields:
            k = i + 1
            while k < len(st.blocks) and k in st.labelled:
                k += 1
            out.append((i, st.blocks[k - 1].end))
    return out


def field_rows(st: Structure, record: Directive) -> list[Deadline]:
    """ATTACHED_FIELDS: an attachment's items that print their lead or their time as labelled fields are the rows
    of a task table printed as items, read as the rows are (``_rows``). A plan's appendix assigns its tasks as a
    table — "PHỤ LỤC / PHÂN CÔNG THỰC HIỆN NHIỆM VỤ …" / "STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì
    thực hiện | …" (n001) — or as n006's labelled items: "1. Tham mưu UBND tỉnh triển khai ứng dụng AI, …" / "-
    Thời gian hoàn thành: Trong năm 2026" / "- Chủ trì thực hiện: Sở Tư pháp" (n001's appendix so printed by
    ``scripts/variants.py table_to_fields``): the item is the task cell (its whole text, one duty), the "Chủ trì"
    field the lead cell, the "Thời gian" field the time cell, its value kept whole as printed ("Ban hành kế hoạch
    trong tháng 01/2026 và tổ chức thực hiện"). The body's sentences are read as they were; an attachment's other
    text (a report form, an outline) stays unread. Counter-example: "1. Tình hình triển khai" in a report outline
    after the closing (no labelled lead or time under it: no row)."""
    text = st.text
    symbol_ends = [m.end() for m in P.SYMBOL_RE.finditer(text.fold)]
    out: list[Deadline] = []
    for item, end in field_items(st):
        b = st.blocks[item]
        fields = st.item_fields(item)
        action = clean_value(text.text[b.content : b.end].rstrip(" .;"))
        lead = fields.get("lead")
        who = clean_value(text.text[lead.start : lead.end]) if lead is not None else None
        if len(_words(action)) < TASK_MIN_WORDS:
            continue
        out.append(_row_deadline(st, record, action, who, fields.get("time"), symbol_ends, clean_value(text.text[b.start : end]), Span(b.content, b.end)))
    return out


def record_rows(st: Structure, record: Directive) -> list[Deadline]:
    """NUMBERED_FIELD_RECORD (``Structure.field_records``): a task printed as numbered fields ("1. Tên nhiệm vụ: …" /
    "2. Cơ quan chủ trì: …" / … / "5. Thời gian hoàn thành: Quý IV/2026.") is one row: its task field the duty, its
    lead field who, its time field when."""
    text = st.text
    symbol_ends = [m.end() for m in P.SYMBOL_RE.finditer(text.fold)]
    out: list[Deadline] = []
    for first, last, fields in st.field_records():
        task, lead = fields["task"], fields.get("lead")
        action = clean_value(text.text[task.start : task.end].rstrip(" .;"))
        who = clean_value(text.text[lead.start : lead.end]) if lead is not None else None
        sentence = clean_value(text.text[st.blocks[first].start : st.blocks[last].end])
        out.append(_row_deadline(st, record, action, who, fields.get("time"), symbol_ends, sentence, task))
    return out


def timed_rows(st: Structure, record: Directive) -> list[Deadline]:
    """The task tables' rows that give a time, the attachments' labelled items that do (``field_rows``) and the
    tasks printed as numbered fields (``record_rows``): deadlines (a row is one obligation, OUTPUT.md)."""
    out = []
    for rows in [*(table_rows(st, table, record) for table in st.tables), field_rows(st, record), record_rows(st, record)]:
        for d in rows:
            if d.text and d.when is not None and not _ongoing_only(d):
                out.append(d)
    return out


def item_duty(st: Structure, item: int) -> str:
    """The duty an item states: its text without the marker ("2.2.1. Tổ chức …"), all its sentences
    (an item is one entry: "(3) Phối hợp Ban Cơ yếu … . Rà soát, đăng ký … . Rà soát, hoàn thiện …")."""
    b = st.blocks[item]
    return _trim_action(st.text.text[b.content : b.end])


# A time label that names its own step: "Thời hạn tiếp nhận bài dự thi: Từ ngày …", "Thời gian
# triển khai khảo sát: từ ngày …" (the step is "tiếp nhận bài dự thi"), a contest's "Hạn chót nộp bài: 17h00 ngày
# …" / "Hạn nộp hồ sơ: …" ("nộp bài", "nộp hồ sơ"); "Thời gian thực hiện: …" and "Thời gian hoàn thành: …" name
# none (the item above is the duty).
# REPORT_LABEL_UNDER_ITS_REPORT (i29-time): NĐ 09/2019 lists each report by its name and gives its limit on a label
# line under it: "1. Báo cáo tình hình quản lý tài sản công." / "Thời hạn gửi báo cáo: chậm nhất ngày 18 của tháng
# cuối quý." (my words, in the decree's form). The label's step, "gửi báo cáo" (a bare report, or one named only by its
# period), sends the report named above: the action is that report, not the bare step. Counter-example: a label that
# names a step of its own ("Thời hạn tiếp nhận bài dự thi: …", c114) keeps it, and so does "gửi báo cáo" under an item
# that is no report's name ("1. Rà soát …").
_SEND_THE_REPORT_RE = regex.compile(r"(?:gửi|nộp)\s+báo\s+cáo(?:\s+(?:năm|quý|tháng|6\s+tháng|định\s+kỳ))?", regex.V1 | regex.I)
_REPORT_NAME_RE = regex.compile(r"báo\s+cáo\s+\p{L}", regex.V1 | regex.I)
# TIME_LABEL_AFTER_MARKER (i29-time): the label may open a numbered item of its own, as the reporting regime's
# items print the time of each report: "3. Thời hạn gửi báo cáo năm: chậm nhất ngày 05 tháng 12 năm 2025." (the
# lead's battery, in NĐ 09/2019's wording "Thời hạn gửi báo cáo"; before, the item's number hid the label and the
# whole label was the action; i29-action wrote the same rule as NUMBERED_TIME_LABEL, merged into this one). Counter-example:
# "5. Thời gian thực hiện: …" names no step (as without the number).
_TIME_LABEL_DUTY_RE = regex.compile(
    rf"""^{_TIME_LABEL_MARKER}(?:{ITEM_NUMBER}[ \t]*)?(?:{_TIME_LABEL_WORDS}|hạn(?:\s+(?:chót|cuối))?)\s+
    (?!(?:thực\s+hiện|hoàn\s+(?:thành|tất)|tổ\s+chức|triển\s+khai)\s*:)   # a bare "Thời gian thực hiện:" ("hoàn tất", session 31)
    (?P<duty>\p{{L}}[^:\n]*\p{{L}}\s+\p{{L}}[^:\n]*?)\s*:\s*$""",
    regex.V1 | regex.I | regex.X,
)


# STEP_UNDER_TIME_LABEL: a time label that names its step as a lead-in, over items that name only which round each
# time is for — "Thời gian tiến hành sơ kết và trao giải mỗi chặng:" / "+ Chặng 1: Từ 22/6/2023 đến 31/12/2023;" /
# "+ Chặng 2: …" (c127) — gives each item the step and its label: "tiến hành sơ kết và trao giải Chặng 1" (the
# label stands for the lead-in's "mỗi chặng"), as "Thời gian bình chọn bài dự thi …: Từ 10/11/2022 …" names its own
# step on one line (``_TIME_LABEL_DUTY_RE``, c114). Counter-examples: a bare "Thời gian thực hiện:" names no step
# (``_TIME_LABEL_DUTY_RE``), and an item with words of its own after the time keeps them ("+ Vòng 1: Từ … , các
# đơn vị gửi bài …").
_STEP_LABEL_RE = regex.compile(rf"{LEADER}[\s+\-–•*]*(?P<label>(?-i:\p{{Lu}})\p{{L}}*(?:\s+[\p{{L}}\d]+){{0,2}})\s*:\s*", regex.V1)
_EACH_TAIL_RE = r"\s+(?:mỗi|từng|các|những)\s+{head}(?:\s+\p{{L}}+)?$"


def _step_under_time_label(st: Structure, text: Text, start: int, end: int) -> str | None:
    """The step a time label over a list names, with the item's label (STEP_UNDER_TIME_LABEL, above)."""
    label = _STEP_LABEL_RE.fullmatch(text.text, start, end)
    block = st.block_at(start) if label is not None else None
    parent = st.blocks[block].parent if block is not None else None
    if label is None or parent is None:
        return None
    lead = _TIME_LABEL_DUTY_RE.match(text.text[st.blocks[parent].start : st.blocks[parent].end])
    if lead is None:
        return None
    name = clean_value(label.group("label"))
    head = regex.escape(name.split()[0])
    duty = regex.sub(_EACH_TAIL_RE.format(head=head), "", clean_value(lead.group("duty")), flags=regex.V1 | regex.I)
    return f"{duty} {name}"


# NUMBERED_TIME_FIELD (session 38): a plan numbers its activity's time as the first sub-item under the activity's title:
# "3. Cuộc thi ảnh “Triệu cây xanh”" / "3.1. Thời gian triển khai: Từ ngày 16/7/2021 đến ngày 16/8/2021." (an unseen
# Đoàn plan; before, the label "Thời gian triển khai" was the action, and "2.1. Thời gian: …" gave no entry). A bare
# time label (no step of its own, ``_TIME_LABEL_DUTY_RE`` reads those) times its parent item: the action is the
# parent's title. Counter-examples: a label under no numbered parent, or a parent that is a sentence (ends with ".")
# or a lead-in (ends with ":"), gives no title.
_ITEM_TIME_LABEL_RE = regex.compile(
    rf"{_TIME_LABEL_MARKER}(?:{ITEM_NUMBER}[ \t]*)?(?:{_TIME_LABEL_WORDS})(?:\s+(?:thực\s+hiện|triển\s+khai|tổ\s+chức|diễn\s+ra|hoàn\s+thành))?(?:\s*\(dự\s+kiến\))?\s*:\s*",
    regex.V1 | regex.I,
)
TIMED_ITEM_TITLE_MAX_CHARS = 160


def _title_of_timed_item(st: Structure, text: Text, start: int, end: int) -> str | None:
    """The title of the numbered item whose first field is the time label ``text[start:end]`` (NUMBERED_TIME_FIELD)."""
    if _ITEM_TIME_LABEL_RE.fullmatch(text.text, start, end) is None:
        return None
    block = st.block_at(start)
    if block is None or st.blocks[block].marker is None:
        return None
    parent = st.blocks[block].parent
    if parent is None or st.blocks[parent].marker is None:
        return None
    title = clean_value(text.text[st.blocks[parent].content : st.blocks[parent].end])
    if not title or "\n" in title or len(title) > TIMED_ITEM_TITLE_MAX_CHARS or title.rstrip().endswith((".", ":", ";")):
        return None
    return _trim_action(title)


def _lead_in_above(st: Structure, block: int) -> str | None:
    """The duty of the unnumbered lead-in right above a run of fields ("Ban Bí thư lựa chọn 12 đơn vị
    để thực hiện triển khai trọng điểm …, cụ thể như sau:" over "+ Thời gian thực hiện: …")."""
    j = block - 1
    while j >= 0 and j in st.labelled:
        j -= 1
    if j < 0 or st.blocks[j].marker is not None or not st.text.text[st.blocks[j].start : st.blocks[j].end].rstrip().endswith(":"):
        return None
    sents = st.sentences_in(st.blocks[j].start, st.blocks[j].end + 1)
    if not sents:
        return None
    duty = _lead_in_duty(st.text, sents[-1], _own_who(st.text, sents[-1]))
    return duty if len(_words(duty)) >= LEAD_IN_MIN_WORDS else None


_STANDING_WORD_RE = regex.compile(rf"(?<!\p{{L}})(?:{alternation(date_words().standing.words)})(?!\p{{L}})", regex.V1 | regex.I)


def _states_its_duty(st: Structure, value: int, d: Deadline) -> bool:
    """A time field whose value states the duty with its own verb keeps it, without the label:
    "Thời gian triển khai: Các hoạt động tuyên truyền hoàn thành trước ngày 30/11/2022 và báo cáo kết
    quả … trước ngày 15/12/2022" (c125: two duties, not the item's heading); "Thời gian: Dự kiến
    trong 01 buổi, đầu tháng 11/2022" states none."""
    if d.evidence is None or not d.action:
        return False
    stated = clean_value(st.text.text[value : d.evidence.start])
    # a standing time before the period states no duty ("Thời gian thực hiện: Thường xuyên, trọng tâm trong Quý
    # II/2025": "thường xuyên" is a duty cue of the obligations stage, here the value of a time label)
    if not _DUTY_VERB_RE.search(_STANDING_WORD_RE.sub(lambda m: " " * len(m.group()), st.text.fold[value : d.evidence.end])):
        return False
    if d.action.lower() not in stated.lower():
        own = _trim_action(stated)
        if not d.action.endswith(own):
            return False
        d.action = own  # "Thời gian triển khai: Các hoạt động …" without its label
    return len(_words(d.action)) >= LABEL_CLAUSE_MIN_WORDS


# A time label inside a field line, after the field before it: "…; thời gian: …", ". Thời gian thực hiện: …".
_INLINE_TIME_LABEL_RE = regex.compile(r"\s*[;.,]\s*(?:thời\s+(?:gian|hạn)|tiến\s+độ)(?:\s+\p{L}+){0,2}\s*:\s*$", regex.V1 | regex.I)


def _paragraph_under_topic(st: Structure, item: int, field: int) -> int:
    """DUTY_UNDER_TOPIC: a time field after the paragraph that states the duty, under a heading that only names a
    topic, is that paragraph's: "1. Công tác tuyên truyền" / "Tổ chức tuyên truyền sâu rộng kết quả … trên các
    phương tiện thông tin đại chúng." / "Thời gian: Quý II/2025." → "Tổ chức tuyên truyền sâu rộng …" (A1: the action
    starts at the duty's verb; the heading names none). Counter-examples: a heading that opens with its verb is the
    duty ("2.2.1. Tổ chức Giải thưởng …", c117), a lower-case line after it is its wrap ("1.1. Tổ chức 03 Hội
    nghị tập huấn … cán bộ" / "làm công tác tuyên truyền về giảm nghèo", c125), and so is the line after a heading
    that names its body ("5. Sở Thông tin và Truyền thông chủ động phối hợp Sở Nông nghiệp và" / "Phát triển nông
    thôn, …", n055)."""
    head = st.blocks[item]
    j = field - 1
    while j > item and j in st.labelled:
        j -= 1
    if j <= item or not head.heading or _DUTY_VERB_RE.match(st.text.fold, head.content, head.end):
        return item
    if _own_who(st.text, Sentence(head.content, head.end)) is not None:
        return item  # the heading names who acts: its wrap follows ("5. Sở Thông tin và Truyền thông chủ động phối hợp …")
    para = st.blocks[j]
    if para.marker is not None or para.heading or para.table is not None:
        return item
    first = st.text.text[para.content : para.end].lstrip()[:1]
    if not first.isupper() or not _DUTY_VERB_RE.search(st.text.fold, para.content, para.end):
        return item
    return j


def attach_item(st: Structure, d: Deadline) -> None:
    """A time given as a labelled field of an item ("- Thời gian hoàn thành: Trong tháng 8/2025",
    "Thời gian: Ngày 22/5/2021" under "2.2.3. Tổ chức …") is the time of that item's duty: its
    action is the item's first sentence, its responsible the item's "Đơn vị chủ trì" field."""
    if d.evidence is None:
        return
    block = st.block_at(d.evidence.start)
    field = st.fields.get(block) if block is not None else None
    if block is not None and field is None:
        _attach_paren_fields(st, block, d)
        _time_sentence_closes_item(st, block, d)
    if block is None or field is None:
        return
    value = field[1]
    if field[0] == "time" and d.evidence.end <= value.start:
        # TIME_IS_ITS_LABEL: the time is the line's label and the value after its colon states the duty with its
        # body: "- Chậm nhất 31/7 hằng năm: Các phòng giáo dục nộp hồ sơ …" (probe pd15's form; a schedule line as
        # "- Tháng 03/2019: Các phòng … nộp …", which no time role labels): the duty is the value, read as it
        # was, not the item's heading. Counter-example: "Thời gian: Ngày 22/5/2021" (the time is the value).
        return
    inline_lead: Span | None = None
    if field[0] != "time":
        # INLINE_TIME_FIELD: a field line that gives the item's time after another field ("Đơn vị thực hiện: Sở Văn
        # hóa, Thể thao và Du lịch; thời gian: trong Quý II/2025.") is the item's time and body, as two lines would be
        glue = _INLINE_TIME_LABEL_RE.search(st.text.text, value.start, d.evidence.start)
        if glue is None:
            return
        inline_lead = Span(value.start, glue.start()) if field[0] == "lead" else None
        value = Span(glue.end(), value.end)
    item = st.owner(block)
    if item is None:
        return
    item = _paragraph_under_topic(st, item, block)
    b = st.blocks[block]
    own = _TIME_LABEL_DUTY_RE.match(st.text.text[b.start : value.start]) if inline_lead is None and field[0] == "time" else None
    above = None if own or field[0] != "time" else _lead_in_above(st, block)
    duty = clean_value(own.group("duty")) if own else (above or item_duty(st, item))
    if own and _SEND_THE_REPORT_RE.fullmatch(duty) and _REPORT_NAME_RE.match(report := item_duty(st, item)):
        duty = report  # REPORT_LABEL_UNDER_ITS_REPORT
    item_who = None
    if own is None and above is None:
        # ITEM_NAMES_ITS_BODY (README A6, A1): the item the time field stands under names who acts before its
        # verb: "1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với … tổ chức hội nghị sơ kết …" / "Thời gian
        # hoàn thành: Trước ngày 30/4/2025." → Ban Tuyên giáo Huyện ủy, "chủ trì, phối hợp …"; as the items
        # under a dated lead-in read theirs (``_timed_lead_in_items``). Counter-example: an item that opens
        # with its verb ("2.2.1. Tổ chức Giải thưởng …", c117) names none and is the action whole.
        head = st.blocks[item]
        named = _own_who(st.text, Sentence(head.content, head.end))
        item_who = lead_body(plausible_who(named[0])) if named is not None else None
        if named is not None and item_who:
            duty = _trim_action(st.text.text[named[1] : head.end])
    if len(_words(duty)) >= 2 and not _states_its_duty(st, value.start, d):
        d.action = duty
        d.responsible = item_who or d.responsible
        # where the item's result goes ("…, gửi về Ban Tuyên giáo Huyện ủy"): the time line names none
        d.deliver_to = d.deliver_to or _destinations(duty, d.responsible, _deliver_to(duty))
    lead = inline_lead or st.item_fields(item).get("lead") or _section_lead(st, item)
    if lead is not None and not item_who:
        d.responsible = lead_body(clean_value(st.text.text[lead.start : lead.end]))


# TIME_SENTENCE_CLOSES_ITEM (session 31): a paragraph item may close with a sentence that only gives its time, a time
# label with no colon and the time: "2. Các tỉnh, thành đoàn, đoàn trực thuộc phối hợp với … tổ chức đẩy mạnh việc
# triển khai tuyên truyền … . Triển khai chỉ đạo, hướng dẫn … . Thời gian triển khai tuyên truyền từ 20/4 đến 7/5 năm
# 2025." (an unseen Đoàn letter): the time is the item's first duty's, and the item's first sentence names who, as a
# field line under it does (``attach_item``); before, the label itself was the action ("Thời gian triển khai tuyên
# truyền"). Counter-example: a sentence that states its own duty with the time ("Tăng cường tuyên truyền … từ ngày
# …") keeps it; so does the item's first sentence.
_BARE_TIME_LABEL_RE = regex.compile(rf"(?:{_TIME_LABEL_WORDS})(?:\s+\p{{L}}+){{0,4}}\s*:?", regex.V1 | regex.I)


def _time_sentence_closes_item(st: Structure, block: int, d: Deadline) -> None:
    """TIME_SENTENCE_CLOSES_ITEM (above): ``d``'s sentence is only a time label and the time, after the item's first."""
    assert d.evidence is not None
    b = st.blocks[block]
    sents = st.sentences_in(b.start, b.end)
    sent = st.sentence_at(d.evidence.start)
    if not sents or sent is None or sent.start <= sents[0].start:
        return
    label = st.text.text[sent.start : d.evidence.start].strip()
    if not label[:1].isupper() or not _BARE_TIME_LABEL_RE.fullmatch(label):
        return  # (a sentence of its own, capitalised: "…; thời hạn thực hiện là ngày …" is LABELLED_CLAUSE_OF_ITS_CHAIN's)
    first = sents[0]
    named = _own_who(st.text, first)
    who = lead_body(plausible_who(named[0])) if named is not None else None
    duty = _trim_action(st.text.text[named[1] if named is not None and who else first.start : first.end])
    if len(_words(duty)) >= 2:
        d.action = duty
        d.responsible = who or d.responsible
        d.deliver_to = d.deliver_to or _destinations(duty, d.responsible, _deliver_to(duty))


def in_paren_time(st: Structure, block: int | None, at: int) -> bool:
    """Whether ``at`` lies in the time field of the parenthesis of fields closing block ``block`` (FIELDS_IN_PARENTHESES)."""
    if block is None:
        return False
    time_ = st.paren_fields(block).get("time")
    return time_ is not None and time_.start <= at < time_.end


def _attach_paren_fields(st: Structure, block: int, d: Deadline) -> None:
    """FIELDS_IN_PARENTHESES (``Structure.paren_fields``): a time printed as the time field of the parenthesis that
    closes an item times the whole item, as the field's own line does (``attach_item``), and the parenthesis's lead
    field names who: "(3) Phối hợp Ban Cơ yếu Chính phủ … . Rà soát, đăng ký … . Rà soát, hoàn thiện … trên toàn
    tỉnh (đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ; thời gian hoàn thành: Trong tháng 8/2025)." → the three
    sentences, Sở Khoa học và Công nghệ, "Trong tháng 8/2025" (n006's item (3) printed so, scripts/variants.py
    fields_paren). Counter-example: a time in the item's own words before the parenthesis keeps its sentence."""
    assert d.evidence is not None
    if not in_paren_time(st, block, d.evidence.start):
        return
    paren = st.fields_paren(block)
    assert paren is not None
    b = st.blocks[block]
    duty = _trim_action(st.text.text[b.content : paren.start])
    if len(_words(duty)) >= 2:
        d.action = duty
        d.deliver_to = d.deliver_to or _destinations(duty, d.responsible, _deliver_to(duty))
    lead = st.paren_fields(block).get("lead")
    if lead is not None:
        d.responsible = lead_body(clean_value(st.text.text[lead.start : lead.end]))


def _section_lead(st: Structure, item: int) -> Span | None:
    """The lead body a numbered sub-item of an enclosing section names for all of it, when the item
    itself has no "Đơn vị chủ trì" field: "2. … Tổ chức Cuộc thi …" / "2.1. Vòng sơ khảo" / "- Thời
    gian: Từ ngày 20/9/2022 …" / … / "2.4. Đơn vị chủ trì thực hiện: Ban Tuyên giáo Trung ương Đoàn."
    (c125). The nearest ancestor with exactly one such child line gives it (two would be ambiguous)."""
    for a in st.ancestors(item):
        leads = st.child_fields(a, "lead")
        if leads:
            return leads[0] if len(leads) == 1 else None
    return None


# ============================================================================================
# HOUR_SLOT_UNDER_ITS_DAY
# ============================================================================================
# A programme or a leaders' week schedule prints a day once and, under it, the hour of each step (data/dates.toml
# [hour_slots]): "THỨ HAI, NGÀY 27/3/2023" / "- Chủ tịch: 7 giờ 30 phút, tham gia lớp bồi dưỡng …" (probe pi01), "1.
# Thời gian: Từ 7h30’ đến 9h30’ ngày 05/09/2012" / … / "- Từ 7h30’ - 7h40’: Thực hiện nghi lễ chào cờ …" (probe pf05).
# A time of day alone sets no day (README T2; [units.hour]), so the grammar reads no time in a slot; under its day the
# slot dates its step (OUTPUT.md: each dated obligation is a deadline, its ``text`` the hour as printed).

_SLOT_WORDS = date_words().hour_slots
_HOUR_UNIT = rf"(?:{alternation([w for w in date_words().units.hour.words if len(w) > 1])}|(?-i:h|g))"
# CLOCK: "7 giờ 30 phút", "7h30’", "8g", "14 giờ"; not a count inside a figure ("24/24 giờ")
CLOCK = rf"(?<![\p{{L}}\d/.,:])\d{{1,2}}\s?{_HOUR_UNIT}(?:\s?\d{{2}})?(?:\s?(?:{alternation(date_words().units.minute.words)}))?[’']?(?![\p{{L}}\d])"
# CLOCK_SPAN: the slot's hour, or its hours ("Từ 7h30’ - 7h40’", "từ 7h15’ – 7h30’")
CLOCK_SPAN = rf"(?:(?:từ|lúc|vào\s+lúc)\s+)?{CLOCK}(?:\s*(?:[-–]|đến)\s*{CLOCK})?"
# a day follows the clock: the time has its own day and the grammar reads it ("14 giờ 30 phút, ngày 12 tháng 01 …")
_OWN_DAY = rf"[\s,(]*(?:ngày|{alternation(date_words().clock.weekdays)}|{alternation(date_words().clock.day_parts)}|\d{{1,2}}\s?/\s?\d)(?!\p{{L}})"
# SLOT_OPENING: an item (or a line) that opens on its hour, after the name of who attends it ("Chủ tịch: 7 giờ, …") or
# a day part's label ("Sáng: 8 giờ, …", no one), or a later sentence of the same line that does ("…. 8 giờ, dự kỳ họp …")
_SLOT_OPENING_RE = regex.compile(
    rf"""(?:^[ \t]*(?:[{BULLET_CHARS}][ \t]*)?(?:(?:{alternation(date_words().clock.day_parts)})[ \t]*:[ \t]*|(?P<who>(?!thời\s+(?:gian|hạn)(?!\p{{L}}))[^:\n\d]{{2,80}}?)[ \t]*:[ \t]*)?|(?<=[.;][ \t]+))
        (?P<time>{CLOCK_SPAN})[ \t]*[,:](?!{_OWN_DAY})[ \t]*""",
    regex.V1 | regex.I | regex.X | regex.M,
)
# SLOT_CLOSING: a step whose hours close its item ("- Ổn định tổ chức, đón học sinh lớp 6 từ 7h15’ – 7h30’ (Đ/c …)")
_SLOT_CLOSING_RE = regex.compile(
    rf"""[ \t,]+(?P<time>(?:từ|lúc|vào\s+lúc)\s+{CLOCK}(?:\s*(?:[-–]|đến)\s*{CLOCK})?)(?!{_OWN_DAY})[ \t]*(?P<remark>\([^()\n]*\))?[ \t.;]*$""",
    regex.V1 | regex.I | regex.X | regex.M,
)
_SLOT_ITEM_RE = regex.compile(rf"^[ \t]*[{BULLET_CHARS}][ \t]*(?=(?-i:\p{{Lu}}))", regex.V1 | regex.M)
# DAY_LINE: a line that is a day and nothing else, its weekday with it: "THỨ HAI, NGÀY 27/3/2023" (pi01), the weekday's
# other prints "THỨ HAI (27/3/2023)", "Ngày 27/3/2023 (Thứ Hai)", a day part before it ("Sáng thứ Hai, 27/3/2023")
_FULL_DAY = r"(?:ngày[ \t]+)?\d{1,2}(?:[ \t]*/[ \t]*\d{1,2}[ \t]*/[ \t]*|[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+)\d{4}"
_LINE_WEEKDAY = rf"(?:(?:{alternation(date_words().clock.day_parts)})[ \t]+)?(?:{alternation(date_words().clock.weekdays)})"
_DAY_LINE_RE = regex.compile(
    rf"""^[ \t]*(?:
        {_LINE_WEEKDAY}[ \t]*(?:[,\-–][ \t]*{_FULL_DAY}|\([ \t]*{_FULL_DAY}[ \t]*\))
      | {_FULL_DAY}[ \t]*\([ \t]*{_LINE_WEEKDAY}[ \t]*\)
    )[ \t:.]*$""",
    regex.V1 | regex.I | regex.M | regex.X,
)
_SLOT_TAIL_RE = regex.compile(
    rf"\s*,\s*(?:{alternation(_SLOT_WORDS.venue)}|{alternation(_SLOT_WORDS.invitees)})(?!\p{{L}}).*$", regex.V1 | regex.I | regex.S
)
_CLOSING_REMARK_RE = regex.compile(r"\s*\((?P<remark>[^()]*)\)[\s.;]*$", regex.V1)
_PERSON_IN_CARE_RE = regex.compile(rf"^\s*{PERSON_IN_CARE}[^:;()]*?[\s.]*$", regex.V1 | regex.I)
SLOT_REACH_LINES = 40  # a day times the slots of the lines under it, up to this many, or to the next day


def hour_slot(line: str) -> bool:
    """A line that holds an hour slot (SLOT_OPENING or SLOT_CLOSING): data/dates.toml [hour_slots] examples."""
    return bool(_SLOT_OPENING_RE.search(line) or _SLOT_CLOSING_RE.search(line))


def day_line(line: str) -> bool:
    """A line that is a day alone, the weekday first (DAY_LINE): data/dates.toml [hour_slots] day_examples."""
    return _DAY_LINE_RE.fullmatch(line.strip()) is not None


def _slot_duty(raw: str) -> tuple[str, str | None]:
    """A slot's step without its venue, invitees and closing remark, and the person in care its remark names."""
    action = _SLOT_TAIL_RE.sub("", raw)
    care = None
    remark = _CLOSING_REMARK_RE.search(action)
    if remark is not None:
        action = action[: remark.start()]
        if _PERSON_IN_CARE_RE.match(remark.group("remark")):
            care = clean_value(remark.group("remark").strip(" ."))
    return _trim_action(action), care


# PATTERNS_ONCE (session 41, speed): the line's marker, compiled once (built and looked up per line, 0.5 ms a text).
_LINE_MARKER_RE = regex.compile(rf"^[ \t]*(?:{ITEM_NUMBER}|[{BULLET_CHARS}])?")


def _day_anchors(text: Text, start: int, end: int, doc_date: dt.date | None, doc_year: int | None) -> list[tuple[int, int, TimePhrase]]:
    """The days slots hang from: a DAY_LINE, or an event's bare "Thời gian:" field whose value holds one full date
    (``_EVENT_TIME_LABEL_RE``) — (line start, line end, the day's phrase), in text order."""
    out = []
    for m in regex.finditer(r"[^\n]+", text.text[:end], pos=start):
        line = m.group()
        label = _EVENT_TIME_LABEL_RE.match(_LINE_MARKER_RE.sub("", line, count=1))
        if _DAY_LINE_RE.fullmatch(line) is None and label is None:
            continue
        days = [p for p in find_time_phrases(text.text, text.fold, doc_date, doc_year, m.start(), m.end()) if p.date is not None]
        if len({p.date for p in days}) == 1 and (label is not None or days[0].when.kind == "date"):
            out.append((m.start(), m.end(), days[0]))
    return out


def hour_slot_deadlines(st: Structure, record: Directive, found: list[Deadline]) -> tuple[list[Deadline], list[Deadline]]:
    """HOUR_SLOT_UNDER_ITS_DAY: the steps of the hour slots under a day (above), and the ``found`` deadlines that
    stay: the event field's own entry goes when its day is divided into slots (its steps are the entries, as
    EVENT_FIELDS_TIME_CONTENT's content items are). A slot with a day of its own is the grammar's (SLOT_OPENING's
    ``_OWN_DAY``); a day before the document's own reports the past; a slot a found deadline already reads is left."""
    text = st.text
    end = st.layout.closing_start
    doc_year = record.date_partial.year if record.date_partial else None
    # a week schedule's page has no header: its day lines and first slots may stand above where the layout starts the
    # body ("THỨ BẢY, NGÀY 25/3/2023" / "Chủ tịch: 7 giờ 30 phút, …", pi01), so both are read from the text's start
    anchors = _day_anchors(text, 0, end, record.date, doc_year)
    out: list[Deadline] = []
    divided: set[int] = set()
    for k, (a_start, a_end, day) in enumerate(anchors):
        if day.date is None or (record.date is not None and day.date < record.date):
            continue
        stop = anchors[k + 1][0] if k + 1 < len(anchors) else end
        lines = list(regex.finditer(r"[^\n]+", text.text[:stop], pos=a_end))[:SLOT_REACH_LINES]
        for n, line in enumerate(lines):
            # an item's wrapped lines are read with it: "… Tuyên bố lí do,\ngiới thiệu đại biểu (Đ/c …)."
            item_end = line.end()
            for nxt in lines[n + 1 :]:
                if not regex.match(r"[ \t]*(?-i:\p{Ll})", nxt.group()):
                    break
                item_end = nxt.end()
            if n and regex.match(r"[ \t]*(?-i:\p{Ll})", line.group()):
                continue  # a wrapped line, read with its item
            item = text.text[line.start() : item_end]
            slots = list(_SLOT_OPENING_RE.finditer(item))
            marker = _SLOT_ITEM_RE.match(item)
            closing = _SLOT_CLOSING_RE.search(item) if marker is not None and not slots else None
            for i, m in enumerate(slots):
                raw = item[m.end() : slots[i + 1].start() if i + 1 < len(slots) else len(item)]
                who = m.group("who") or (slots[0].group("who") if slots else None)
                out.append(_slot(text, line.start(), m.span("time"), raw, who, day, a_start, a_end))
            if marker is not None and closing is not None:
                raw = item[marker.end() : closing.start()] + (closing.group("remark") or "")
                out.append(_slot(text, line.start(), closing.span("time"), raw, None, day, a_start, a_end))
        if any(d.evidence is not None and a_end <= d.evidence.start < stop for d in out):
            divided.add(k)
    out = [d for d in out if d.action and len(_words(d.action)) >= 2 and not any(_reads_the_slot(f, d) for f in found)]
    kept = [f for f in found if not any(f.evidence is not None and anchors[k][0] <= f.evidence.start < anchors[k][1] for k in divided)]
    return out, kept


def _reads_the_slot(f: Deadline, d: Deadline) -> bool:
    """A found deadline whose time stands in the slot's item reads it already."""
    if f.evidence is None or d.evidence is None or d.sentence is None:
        return False
    return bool(f.sentence and d.sentence in f.sentence) and f.date is not None


def _slot(text: Text, at: int, time: tuple[int, int], raw: str, who: str | None, day: TimePhrase, a_start: int, a_end: int) -> Deadline:
    """One slot's deadline: its day's date, its hour as printed, its step and who attends it."""
    action, care = _slot_duty(raw)
    t_start, t_end = at + time[0], at + time[1]
    hour = regex.search(r"(?P<hh>\d{1,2})\s?\p{L}+\s?(?P<mm>\d{2})?", text.text[t_start:t_end], regex.V1)
    clock = f"{int(hour['hh']):02d}:{int(hour['mm'] or 0):02d}" if hour is not None and int(hour["hh"]) < 24 and int(hour["mm"] or 0) < 60 else None
    responsible = lead_body(clean_value(who.strip(" -–+•*"))) if who else care
    return Deadline(
        date=day.date,
        action=action,
        responsible=responsible,
        deliver_to=_destinations(action, responsible, _deliver_to(action)),
        text=clean_value(text.text[t_start:t_end]),
        when=TimeExpression(kind="date", time=clock),
        sentence=clean_value(f"{text.text[a_start:a_end]} {text.text[at : at + time[1]]} {raw}"),
        evidence=text.evidence(t_start, t_end),
    )
