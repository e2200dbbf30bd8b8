"""RUN_IN_TEXT: a directive whose line breaks were lost, given its lines back at the format's fixed points.

A web page or a PDF viewer's copy sometimes gives a whole directive as one line (w038: "UBND TỈNH NINH THUẬN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số : 2917 /SGDĐT-VP … V/v
báo cáo nhanh … Kính gửi: - Ủy ban nhân dân tỉnh Ninh Thuận; - Bộ Giáo dục và Đào tạo. Vừa qua, …"). The layout
reads zones by lines (the header's rows, "Kính gửi", the items, "Nơi nhận", the signature block), so such a text
came out with no recipients, no duties and no signer (the ``run_in`` rewrite of ``scripts/variants.py`` joins
every dev text into one line: obligations 0.93 → 0.02 before this rule).

The format fixes where a line must start (NĐ 30/2020 Phụ lục I, HD 36-HD/VPTW; ``../shared/spec/FORMAT.md``):
the national motto and its subtitle stand on lines of their own, the number label "Số:" opens a line and the
symbol closes it, the place-and-date line ends on its year, "V/v" opens the subject, "Kính gửi" opens the
address, each item of a list opens a line ("- ", "1. ", "a) ", "II. "), "Nơi nhận" opens the distribution and
the authority words ("TM.", "KT.", "TL." …) open the signature block. ``restore`` puts a line break back at each
of these points, only inside a line that is plainly run in (``RUN_IN_LINE``). A space becomes a line break, so
the text keeps its length and every offset (the evidence, the printed copy) is unchanged.
"""

from __future__ import annotations

import dataclasses

import regex

from . import patterns as P
from .source import Text

# --- fragments -----------------------------------------------------------------------------------

# The national motto of a state text, a Party text's, and the motto's subtitle (NĐ 30 Phụ lục I; HD 36).
# The Youth Union prints its own name in the motto's place ("ĐOÀN TNCS HỒ CHÍ MINH", HD 29-HD/TWĐTN).
MOTTO = rf"(?:{P.STATE_NAME}|{P.PARTY_NAME}|{P.DOAN_NAME})"
SUBTITLE = P.SUBTITLE
# The number label and the symbol after it: "Số: 1234/SYT-NVY", "Số 215-CV/HU", "Số : 2917 /SGDĐT-VP",
# "Số: /CT-UBND" (a number left blank), "Số: 98 KH/TWĐTN-BTC" (a space for the dash). The symbol is one token
# with a "/" (spaces around the "/" allowed). SPACED_PARTY_DASH: a Party text's number joins its symbol with a dash
# (HD 36: "Số 719-CV/QU"), typed with spaces too ("Số 719 - CV/QU", 004; "Số 123 - CV/BDVTU", 001).
NUMBER_LABEL = r"Số\s*:?\s*"
SYMBOL = r"(?:\p{N}+(?:\s+[-–]\s*|\s*[-–]\s+|\s))?[\p{L}\p{N}.\-]*\s*/\s*[\p{L}\p{N}&.\-/]+"
# The place-and-date line's end: "… , ngày 05 tháng 6 năm 2024" (the year closes the line).
DATE_END = r",\s*ngày\s+[\d…. ]{0,4}\s*tháng\s*[\d…. ]{0,4}\s*năm\s+\d{4}"
# … and as a scan may read it, an OCR's specks in the day and the month ("ngày 23 tháng 1] năm 2025", n046's scan)
DATE_END_READ = r",[ \t]*ngày[^\n,]{0,12}tháng[^\n,]{0,12}năm[ \t]+\d{4}"
# The place before the date ("Lâm Đồng, ngày 13 tháng 11 năm 2025", "TP. Hồ Chí Minh, ngày …", "Phan Rang-Tháp
# Chàm, ngày …"): up to four words in title case.
PLACE = r"(?-i:\p{Lu})[\p{L}\p{M}.\-]*(?:\s+(?-i:\p{Lu})[\p{L}\p{M}.\-]*){0,3}"
# CAPS_RUN: three words or more in capitals after running text are a heading of the header (the motto, a title, the
# decision's enacting authority "BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO") or an e-signature's chrome, never part of the
# sentence before them.
CAPS_RUN = r"(?:(?-i:\p{Lu})(?-i:[\p{Lu}\p{M}])+\s+){2,}(?-i:\p{Lu})(?-i:[\p{Lu}\p{M}])+(?=[\s:,.]|$)"
# Openers that start a line of their own wherever they stand in a run-in text.
SUBJECT_OPENER = r"(?:V/v|V/V|V\.v\.?|Về\s+việc)\s"
ADDRESS_OPENER = r"Kính\s+gửi\b"
DISTRIBUTION_OPENER = r"Nơi\s+nhận\s*:"
# The authority words that open a signature block (NĐ 30 Điều 8: TM., KT., TL., TUQ., Q.), followed by capitals.
AUTHORITY_OPENER = r"(?:TM|T/M|KT|K/T|TL|T/L|TUQ|Q)\.?\s+(?-i:\p{Lu}){2,}"
# A caps type name that heads a text titled by its type (KẾ HOẠCH, THÔNG BÁO …), followed by its title in
# sentence case.
TYPE_TITLE = (
    r"(?:KẾ\s+HOẠCH|THÔNG\s+BÁO|CHỈ\s+THỊ|QUYẾT\s+ĐỊNH|HƯỚNG\s+DẪN|BÁO\s+CÁO|CÔNG\s+ĐIỆN|TỜ\s+TRÌNH|"
    r"NGHỊ\s+QUYẾT|CHƯƠNG\s+TRÌNH|THÔNG\s+TRI|KẾT\s+LUẬN|QUY\s+CHẾ|QUY\s+ĐỊNH)(?=\s+(?-i:\p{Lu})(?-i:\p{Ll}))"
)
# A body's opening phrase after a title or a subject (the first sentence of the body).
# The stock openings of a body (NĐ 30 Phụ lục I: the body opens with its grounds or its occasion): "Căn cứ …",
# "Thực hiện …", "Ngày 24/4/2026, …" (a meeting's conclusions), "Vừa qua, …", "Xét đề nghị …", "Theo đề nghị …",
# "Tiếp theo …", "Nhận được …", "(Trong) thời gian qua, …".
BODY_OPENER = (
    r"(?:Ngày\s+\d{1,2}(?:[/.\-]\d|\s+tháng)|(?:Căn\s+cứ|Thực\s+hiện|Vừa\s+qua|Xét\s+đề\s+nghị|Theo\s+đề\s+nghị|"
    r"Tiếp\s+theo|Nhận\s+được|Trong\s+thời\s+gian\s+qua|Thời\s+gian\s+qua)[\s,])"
)
# OPENER_AFTER_LABEL: a body opener right after an item's label is that item's first words ("3. Căn cứ tình hình thực
# tế …", 004; "- Thực hiện …"), so no line starts between the label and it. ("thời gian qua" opens a line only as
# "Trong thời gian qua" or "Thời gian qua": "Trong" stays with it, c148.) A dash after a word in capitals is no label:
# "… Ở TRUNG ƯƠNG - Căn cứ Điều lệ Đảng …" (w025) ends a title with a dash and opens the body.
ITEM_LABEL_BEFORE = r"(?<!(?:^|\s)(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVX]{1,4}\.)|(?:^|(?<!(?-i:\p{Lu})(?-i:[\p{Lu}\p{M}])+)\s+)[-–+•])"
# A list item's opener after the end of a clause: a dash or plus, a number ("1. ", "2.1. ", "3) "), a letter
# ("a) ", "b. "), a roman numeral ("II. ") or an article ("Điều 2."), each before a word.
ITEM_OPENER = (
    r"(?:[-–+•]\s+(?=\S)|\d{1,2}(?:\.\d{1,2})*[.)]\s+(?=\p{L})|[a-zđ][)]\s+(?=\p{L})|[a-zđ]\.\s+(?=(?-i:\p{Lu}))|"
    r"[IVX]{1,4}\.\s+(?=(?-i:\p{Lu}))|Điều\s+\d{1,3}\.\s)"
)
# A dash item after a comma: "Kính gửi: - Các sở, ban, ngành tỉnh, - Các huyện ủy, …" (items closed by commas).
DASH_ITEM = r"[-–+•]\s+(?=(?-i:\p{Lu}))"
# A word in capitals ("UBND", "TỈNH", "ỦY", "ĐÀO"): the issuer's cell before the motto on a header's row is a run
# of them (ISSUER_ROW: "… +07:00 THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA …" starts a line at "THỦ").
CAPS_WORD = r"(?-i:\p{Lu})(?-i:[\p{Lu}\p{M}&.\-])*"
# The rule under the issuer's name ("*", "***", "-----"): the name's block ends there.
RULE_MARK = r"(?:(?<=\s)(?:\*{1,3}|[-_–]{3,})(?=\s))"
# ISSUER_LEVELS: the issuer's box prints the body above on its first line and the issuing body below it (NĐ 30
# Phụ lục I: "UBND TỈNH AN GIANG" over "SỞ Y TẾ"; HD 36: "THÀNH ỦY HẢI PHÒNG" over "BAN DÂN VẬN", "ĐẢNG BỘ QUẬN
# LONG BIÊN" over "ĐẢNG ỦY P. THẠCH BÀN"). Run in, the two lines join; a line starts again at the lower body's head
# when what stands before it is a whole upper body: its head, a level word maybe, and a place of two to four words
# ("THÀNH ỦY HẢI" is no whole body: "HẢI PHÒNG" is the place, so "PHÒNG" opens no body there).
UPPER_BODY = (
    r"(?:ỦY\s+BAN\s+NHÂN\s+DÂN|UỶ\s+BAN\s+NHÂN\s+DÂN|UBND|T[ỈI]NH\s+[ỦU][ỶY]|THÀNH\s+[ỦU][ỶY]|HUYỆN\s+[ỦU][ỶY]|"
    r"QUẬN\s+[ỦU][ỶY]|THỊ\s+[ỦU][ỶY]|ĐẢNG\s+BỘ(?:\s+KHỐI)?|ĐẢNG\s+[ỦU][ỶY])\s+"
    r"(?:(?:TỈNH|THÀNH\s+PHỐ|TP\.?|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG|THỊ\s+TRẤN)\s+)?"
    r"(?-i:[\p{Lu}\p{N}])(?-i:[\p{Lu}\p{M}\p{N}.\-])*(?:\s+(?-i:[\p{Lu}\p{N}])(?-i:[\p{Lu}\p{M}\p{N}.\-])*){1,3}"
)
LOWER_BODY = (
    r"(?:SỞ|PHÒNG|BAN|VĂN\s+PHÒNG|CHI\s+CỤC|TRUNG\s+TÂM|ĐẢNG\s+[ỦU][ỶY]|HUYỆN\s+[ỦU][ỶY]|THÀNH\s+[ỦU][ỶY]|"
    r"QUẬN\s+[ỦU][ỶY]|THỊ\s+[ỦU][ỶY]|[ỦU][ỶY]\s+BAN\s+KIỂM\s+TRA|ỦY\s+BAN\s+NHÂN\s+DÂN|UBND|TRƯỜNG|BỆNH\s+VIỆN|"
    r"CÔNG\s+AN|HỘI\s+ĐỒNG|BCH|BAN\s+CHẤP\s+HÀNH)\s"
)
# SIGNATURE_NOTE: a copy prints a note where the signature stands, between the position and the name ("PHÓ BÍ THƯ
# THƯỜNG TRỰC (Handwritten signature) Nguyễn Minh Tiến", 004; "BÍ THƯ (đã ký) Nguyễn Tường Lâm", c124; "BÍ THƯ Đã ký Ngô
# Văn Cương", c117): the note stands on a line of its own (where the signature is) and the name starts the next.
SIGNATURE_NOTE = r"(?:\(\s*(?:[Đđ]ã\s+ký|[Hh]andwritten\s+signature|[Kk]ý\s+tên)\s*\)|Đã\s+ký)"
# CONTACT_LINE: the foot of a letter gives its contact details on lines of their own under the signature ("Phạm Mạnh
# Cường Số điện thoại liên hệ nội dung họp: 0974337695 Số điện thoại liên hệ đăng ký dự họp: …", n021).
CONTACT_LINE = r"Số\s+điện\s+thoại\b"
# SIGNER_NAME: under the authority and the position (capitals) the signer's name stands on a line of its own, in
# title case ("K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN Vũ Thị Thúy Nga ĐỀ CƯƠNG BÁO CÁO …": the name starts and ends a line;
# an attachment's heading in capitals may follow it). A deputy's position ("PHÓ …") under "KT." starts a line too.
SIGNER_NAME = regex.compile(
    rf"{AUTHORITY_OPENER}(?-i:[\p{{Lu}}\p{{M}}])*,?(?:\s+{CAPS_WORD},?)*?(?:\s+{SIGNATURE_NOTE})?(?P<before>\s+)"
    r"(?-i:\p{Lu})(?-i:\p{Ll})+(?:\s+(?-i:\p{Lu})(?-i:\p{Ll})*){1,4}(?:(?P<after>\s+)(?=(?-i:\p{Lu}){2})|(?=\s|$))"
)
# SIGNER_POSITION: the position is the capitals right above the name, after the authority's body or office ("TM. BAN
# BÍ THƯ TRUNG ƯƠNG ĐOÀN BÍ THƯ Nguyễn …": the body's name holds "BÍ THƯ" too, so the position is the one that
# touches the name; "T/M ĐẢNG ỦY PHÓ BÍ THƯ THƯỜNG TRỰC Phạm …"; "TL. CHỦ TỊCH CHÁNH VĂN PHÒNG …").
POSITION = (
    r"(?:PHÓ\s+)?(?:BÍ\s+THƯ|CHỦ\s+TỊCH|TỔNG\s+GIÁM\s+ĐỐC|GIÁM\s+ĐỐC|TRƯỞNG\s+BAN|CHỦ\s+NHIỆM|HIỆU\s+TRƯỞNG|"
    r"TRƯỞNG\s+PHÒNG|CHÁNH\s+VĂN\s+PHÒNG|VIỆN\s+TRƯỞNG|CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|"
    r"THỦ\s+TƯỚNG|CHI\s+CỤC\s+TRƯỞNG|TỔNG\s+BIÊN\s+TẬP|TRƯỞNG|CHÁNH\s+ÁN|VIỆN\s+TRƯỞNG)(?:\s+THƯỜNG\s+TRỰC)?"
)
SIGNER_POSITION = regex.compile(
    rf"{AUTHORITY_OPENER}(?-i:[\p{{Lu}}\p{{M}}])*,?(?:\s+{CAPS_WORD},?)*?(?P<cut>\s+)"
    rf"(?={POSITION}\s+(?:{SIGNATURE_NOTE}\s+)?(?-i:\p{{Lu}})(?-i:\p{{Ll}}))"
)
ISSUER_LEVELS = regex.compile(rf"^\s*{UPPER_BODY}(\s+)(?={LOWER_BODY})")
# The end of a clause before an item opener: ":", ";", "." (with "./." too), at most one space away.
CLAUSE_END = r"(?:[:;.]|\./\.)"

# RECEIVED_OPENING: a reply's body opens with the issuer receiving the letter it answers, "<body> nhận được Công văn số
# …" (n013: "Kính gửi: Công an tỉnh Ủy ban nhân dân tỉnh nhận được Công văn số 4552/BCA-C04 …"; n014, n023): the
# body starts at the last body's head before "nhận được" (the one address before it has no closing stop).
BODY_HEAD = (
    r"(?:Ủy\s+ban|UBND|Sở|Bộ|Hội|Ban|Công\s+an|Văn\s+phòng|Cục|Tổng\s+cục|Trường|Phòng|Tỉnh\s+ủy|Thành\s+ủy|"
    r"Huyện\s+ủy|Đảng\s+ủy|Tỉnh\s+đoàn|Trung\s+ương\s+Đoàn)\b"
)
RECEIVED_OPENING = rf"(?:Chủ\s+tịch\s+)?{BODY_HEAD}(?:(?!{BODY_HEAD})[^.;:\n]){{0,60}}?\s+nhận\s+được\s"
# ANNEX_HEADING: an annex opens with "Phụ lục" (and its number) on a line of its own, over its title in capitals (NĐ 30
# Phụ lục I: "Phụ lục I" / "THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA", n002); a mention in a sentence ("theo Phụ lục I kèm
# theo") has no title in capitals after it. The number stays with the label (no CAPS_RUN cut before "II").
ANNEX_LABEL = r"Phụ\s+lục"
ANNEX_NUMBER = r"(?:\s+(?:[IVX]{1,4}|\d{1,2}))"
ANNEX_TITLE = r"(?=(?-i:\p{Lu}){2,}\s+(?-i:\p{Lu}){2,})"
# TABLE_HEADER: a table's header row opens with its numbering column ("STT | Đơn vị được kiểm tra | …", n002; "TT |").
TABLE_HEADER = r"(?<![\p{L}\p{N}])S?TT\s*\|"

# --- patterns ------------------------------------------------------------------------------------

# BREAK_BEFORE: a line starts at the match (the space before it becomes a line break).
BREAK_BEFORE = regex.compile(
    rf"(?<=\S)\s+(?={RULE_MARK}\s)"
    rf"|(?<=\S)\s+(?=(?:{NUMBER_LABEL}{SYMBOL}|{SUBJECT_OPENER}|{ADDRESS_OPENER}|{DISTRIBUTION_OPENER}|"
    rf"{AUTHORITY_OPENER}|{SIGNATURE_NOTE}))"
    rf"|(?<=\S){ITEM_LABEL_BEFORE}\s+(?={CONTACT_LINE})"
    rf"|(?<=\S)(?<!Chủ\s+tịch)\s+(?={RECEIVED_OPENING})"
    rf"|(?<=(?:^|\s)\S*(?-i:[\p{{Ll}}\p{{N}}:+/])\S*)\s+(?={TYPE_TITLE})"
    rf"|(?<={CLAUSE_END})\s+(?={ITEM_OPENER})"
    rf"|(?<=,)\s+(?={DASH_ITEM})"
    rf"|(?<=\S){ITEM_LABEL_BEFORE}\s+(?={BODY_OPENER})"
    rf"|(?<=(?:^|\s)\S*(?-i:[\p{{Ll}}\p{{N}}:+/])\S*)\s+(?=(?:{CAPS_WORD}\s+){{0,12}}{SUBTITLE})"
    rf"|(?<=(?:^|\s)(?-i:[\p{{Ll}}\p{{N}}\p{{P}}])\S*)\s+(?={PLACE}{DATE_END})"
    rf"|(?<=(?:^|\s)\S*(?-i:\p{{Ll}})\S*)(?<!{ANNEX_LABEL})\s+(?={CAPS_RUN})"
    rf"|(?<=\S)\s+(?={ANNEX_LABEL}{ANNEX_NUMBER}?\s+{ANNEX_TITLE}|{TABLE_HEADER})"
    rf"|(?<=(?:^|\s)\S*(?-i:[\p{{Ll}}\p{{N}}:+/])\S*)\s+(?=(?:{CAPS_WORD}\s+){{0,12}}{MOTTO})"
)
# BREAK_AFTER: a line ends at the match's end (the space after it becomes a line break).
BREAK_AFTER = regex.compile(
    rf"(?<={ANNEX_LABEL}){ANNEX_NUMBER}(?=\s+{ANNEX_TITLE})|{RULE_MARK}|{MOTTO}(?=\s)|{SUBTITLE}(?=\s)|(?<=\b{NUMBER_LABEL}){SYMBOL}(?=\s)|{DATE_END}(?=\s)|{TYPE_TITLE}"
)
# ADDRESS_END: the address ("Kính gửi: - Sở A; - Sở B.") ends at its first full stop before a capital, where the
# body's first sentence starts ("… - Bệnh viện Đa khoa tỉnh. Sở Y tế đề nghị …").
ADDRESS_END = regex.compile(rf"{ADDRESS_OPENER}[^.]*?\.(\s+)(?=(?:\p{{M}}+\s+)*(?-i:\p{{Lu}}))")
# The zone anchors a run-in line holds: two of them on one long line mean the whole header or more is run in.
ANCHORS: tuple[regex.Pattern[str], ...] = tuple(
    regex.compile(p)
    for p in (
        rf"{MOTTO}|{SUBTITLE}",
        rf"\b{NUMBER_LABEL}{SYMBOL}",
        SUBJECT_OPENER,
        ADDRESS_OPENER,
        DISTRIBUTION_OPENER,
    )
)
# RUN_IN_LINE: a line this long holding at least MIN_ANCHORS of the zone anchors is run in. A header row of a
# flattened two-column copy ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") holds one anchor and is short;
# a body paragraph that cites "Số 12/UBND" holds one.
RUN_IN_WIDTH = 250
MIN_ANCHORS = 2


# LIST_LINE: an address or a distribution run into one line ("Nơi nhận: - Thường trực Tỉnh ủy; - Thường trực HĐND
# tỉnh; - …", n004): NĐ 30 prints each recipient on a line of its own, so its dash items are the lines.
LIST_LINE = regex.compile(rf"^\s*(?:{ADDRESS_OPENER}|{DISTRIBUTION_OPENER})")
LIST_LINE_WIDTH = 120
MIN_LIST_ITEMS = 2
MIN_SEMI_ITEMS = 3
_DISTRIBUTION_LINE = regex.compile(rf"^\s*{DISTRIBUTION_OPENER}")
_SEMI_ITEMS = regex.compile(r";\s+(?=(?-i:\p{Lu}))")
_DASH_AFTER_CLAUSE = regex.compile(rf"(?:{CLAUSE_END}|,)\s+{DASH_ITEM}")


def _run_in(line: str) -> bool:
    """Whether ``line`` is a run-in text (RUN_IN_LINE).

    >>> _run_in("UBND TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ Độc lập - Tự do - Hạnh phúc Số: "
    ...         "1234/SYT-NVY An Giang, ngày 05 tháng 6 năm 2024 V/v tăng cường phòng, chống sốt xuất huyết Kính "
    ...         "gửi: - Trung tâm Y tế các huyện; - Bệnh viện Đa khoa tỉnh. Sở Y tế đề nghị Thủ trưởng các đơn vị")
    True
    >>> _run_in("Thực hiện Công văn số 3711/UBND-KGVX ngày 07/5/2021 của Ủy ban nhân dân tỉnh về việc chỉ đạo "
    ...         "hoạt động dạy và học trong các cơ sở giáo dục trên địa bàn tỉnh trong tình hình dịch bệnh hiện nay, "
    ...         "Sở Giáo dục và Đào tạo yêu cầu các phòng GDĐT nghiêm túc chỉ đạo, thực hiện các nội dung.")
    False
    """
    if LIST_LINE.match(line) and len(line) >= LIST_LINE_WIDTH:
        # SEMICOLON_ITEMS: a distribution whose dashes a PDF's font lost ("Nơi nhận: Thường trực Tỉnh ủy; Thường trực
        # HĐND tỉnh; …", n004 through scripts/variants.py dash_lost) keeps its items' ";"
        semis = len(_SEMI_ITEMS.findall(line)) if _DISTRIBUTION_LINE.match(line) else 0
        return len(_DASH_AFTER_CLAUSE.findall(line)) >= MIN_LIST_ITEMS or semis >= MIN_SEMI_ITEMS
    if len(line) < RUN_IN_WIDTH:
        return False
    return sum(1 for a in ANCHORS if a.search(line)) >= MIN_ANCHORS


def breaks(line: str) -> list[int]:
    """Offsets in ``line`` of the spaces that become line breaks (each the first of its run of spaces).

    >>> s = "Độc lập - Tự do - Hạnh phúc Số: 12/UBND-VX Hà Nội, ngày 02 tháng 3 năm 2025 V/v họp Kính gửi: - Sở A; - Sở B."
    >>> cuts = breaks(s)
    >>> [s[c + 1 : c + 12] for c in cuts]
    ['Số: 12/UBND', 'Hà Nội, ngà', 'V/v họp Kín', 'Kính gửi: -', '- Sở A; - S', '- Sở B.']
    """
    cuts: set[int] = set()
    for m in BREAK_BEFORE.finditer(line):
        cuts.add(m.start())
    for m in SIGNER_NAME.finditer(line):
        cuts.add(m.start("before"))
        if m["after"]:
            cuts.add(m.start("after"))
    for m in SIGNER_POSITION.finditer(line):
        cuts.add(m.start("cut"))
    m_levels = ISSUER_LEVELS.match(line)
    if m_levels:
        cuts.add(m_levels.start(1))
    for m in ADDRESS_END.finditer(line):
        cuts.add(m.start(1))
    for m in BREAK_AFTER.finditer(line):
        if m.end() < len(line) and line[m.end()].isspace():
            cuts.add(m.end())
    cuts |= _sequence_cuts(line, cuts)
    cuts |= _heading_item_cuts(line, cuts)
    cuts |= _distribution_cuts(line, cuts)
    cuts |= _table_row_cuts(line)
    return sorted(c for c in cuts if 0 < c < len(line) and line[c] == " ")


# NUMBER_SEQUENCE: an item number or letter that follows the one before it ("1. Khái quát tình hình chung 2. Công
# tác lãnh đạo …": a heading closes with no punctuation, so only the sequence tells the next item). Candidates are
# numbers ("2. ", "3.2. "), roman numerals ("II. ") and letters ("b) ") before a capital.
_SEQ_CANDIDATE = regex.compile(
    r"(?<=\s)(?:(?P<num>\d{1,2}(?:\.\d{1,2})*)\.|(?P<roman>[IVX]{1,4})\.|(?P<letter>[a-zđ])\))\s+(?=(?-i:\p{Lu}))"
)
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_LETTERS = "abcdđefghiklmn"


def _key(m: regex.Match[str]) -> tuple[str, str]:
    if m["num"]:
        return ("num", m["num"])
    if m["roman"]:
        return ("roman", m["roman"])
    return ("letter", m["letter"])


def _predecessors(kind: str, label: str) -> tuple[str, ...]:
    """The labels an item labelled ``label`` follows: "3.2" follows "3.1", "3.1" follows "3", "2" follows "1"."""
    if kind == "num":
        parts = label.split(".")
        last = int(parts[-1])
        if last > 1:
            return (".".join([*parts[:-1], str(last - 1)]),)
        return (".".join(parts[:-1]),) if len(parts) > 1 else ()
    if kind == "roman":
        i = _ROMANS.index(label) if label in _ROMANS else 0
        return (_ROMANS[i - 1],) if i > 0 else ()
    i = _LETTERS.find(label)
    return (_LETTERS[i - 1],) if i > 0 else ()


def _sequence_cuts(line: str, cuts: set[int]) -> set[int]:
    """The spaces before items that follow an item already cut (NUMBER_SEQUENCE), and before a first item ("1. ",
    "a) ", "I. ") that follows a heading in capitals ("I. MỤC ĐÍCH, YÊU CẦU 1. Tuyên truyền …")."""
    seen: set[tuple[str, str]] = set()
    found: set[int] = set()
    for m in _SEQ_CANDIDATE.finditer(line):
        kind, label = _key(m)
        space = m.start() - 1
        at_cut = space in cuts
        before = line[:space].rstrip().rsplit(" ", 1)[-1]
        after_heading = len(before) > 1 and before.isupper() and any(c.isalpha() for c in before)
        if at_cut:
            seen.add((kind, label))
            continue
        preds = _predecessors(kind, label)
        first = label in ("1", "I", "a")
        if any((kind, p) in seen for p in preds) or (kind == "num" and "." in label and (kind, label.rsplit(".", 1)[0]) in seen) or (first and after_heading):
            found.add(space)
            seen.add((kind, label))
    return found


# HEADING_FIRST_ITEM: a heading item prints no punctuation at its end and its first dash item opens the next line
# ("1.1. Các sở, ban, ngành, địa phương - Chỉ đạo triển khai …", n004; "b. Tình hình người sử dụng … - Số người nghiện …", n007;
# "I. MỤC ĐÍCH, YÊU CẦU - Phát huy …", n004; "2. Công tác lãnh đạo, chỉ đạo - Nêu rõ …", 000), and so does its first
# lettered item ("1. Bộ Văn hóa, Thể thao và Du lịch a) Đẩy mạnh …", c148). The dash item opens with a word in title
# case and a small word after it ("- Chỉ đạo", "- Tăng cường"), or a figure ("- 100% …"); a dash between two names
# is a road's or a place's ("cao tốc Tân Phú – Bảo Lộc", n009; "đường sắt Hải Phòng - Hạ Long", c158). So, after an item opener
# already cut, the first dash (or plus) before a capital or a figure, within a heading's length and with no clause end
# between, opens a line (a lettered item only if it is the first, "a)"). A dash before a small letter ("Văn hóa - xã hội") or after a clause end is left to the others.
HEADING_WIDTH = 100
_HEADING_ITEM = regex.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,4}[.\-]|[a-zđ][.)]|\(\d{1,2}\)\.?)\s+"
    rf"(?P<heading>[^:;.!?\n\-–+]{{3,{HEADING_WIDTH}}}?)(?<=\S)(?P<cut>\s+)(?:[-–+]\s+(?=(?-i:\p{{Lu}})(?-i:\p{{Ll}})*\s+(?-i:\p{{Ll}})|\d)|a[).]\s+(?=(?-i:\p{{Lu}})))"
)


def _heading_item_cuts(line: str, cuts: set[int]) -> set[int]:
    """The spaces before the first dash item under a heading item (HEADING_FIRST_ITEM)."""
    found: set[int] = set()
    for c in sorted(cuts):
        m = _HEADING_ITEM.match(line, c + 1)
        if m and not any(m.start("heading") < x < m.start("cut") for x in cuts):
            found.add(m.start("cut"))
    return found


# DISTRIBUTION_ITEMS: NĐ 30 (Phụ lục I, "Nơi nhận") prints each recipient of the copies on a line of its own, closed by
# ";" (the last by "."), with or without a dash, and the archive's copy "Lưu: VT, …." is the last. Inside the distribution
# (from "Nơi nhận:" to the full stop of its "Lưu" item, at most DISTRIBUTION_WIDTH characters: an annex may follow,
# "- Lưu: VT, V01(P3). ĐỀ CƯƠNG Báo cáo …", n046) a ";" before a capital ends an item
# ("Nơi nhận: Ban Dân vận, Ban Tuyên giáo TW, Văn phòng TW Đảng (để báo cáo); Ủy ban TW MTTQ Việt Nam …; Bộ Thông tin
# và Truyền thông; …", c111, c125, c109 of the Youth Union print no dashes), and so does a dash before a word in
# title case after a parenthesis, a figure or a word in capitals ("- Như kính gửi; (để t/h) - Lưu VP", 003; "Nơi nhận:
# KT. GIÁM ĐỐC - Như trên; PHÓ GIÁM ĐỐC - Giám đốc; …", the signature's column run into the distribution's). A dash
# after a small letter is a name's ("Sở Lao động - Thương binh và Xã hội") and is left. A distribution whose items open
# with dashes opens them so throughout: a ";" with no dash after it joins two recipients printed on one line ("- Thường
# trực HĐND; Lãnh đạo UBND quận", 004; n050, w033), as the document prints them.
DISTRIBUTION_WIDTH = 1500
_ARCHIVE_ITEM = regex.compile(r"\bLưu\b[^.]*\.(?=\s|$)")
_DISTRIBUTION = regex.compile(DISTRIBUTION_OPENER)
_DISTRIBUTION_ITEM_END = regex.compile(
    r"(?<=;)(?P<semi>(?P<cut>\s+))(?=(?-i:\p{Lu}))|(?<=(?:^|\s)(?:\S*[)\p{N}]|(?-i:[\p{Lu}\p{M}]){2,},?))(?P<cut>\s+)[-–]\s+(?=(?-i:\p{Lu})(?-i:\p{Ll}))"
)


def _distribution_cuts(line: str, cuts: set[int]) -> set[int]:
    """The ends of the distribution's items run in (DISTRIBUTION_ITEMS)."""
    found: set[int] = set()
    for m in _DISTRIBUTION.finditer(line):
        end = min(len(line), m.end() + DISTRIBUTION_WIDTH)
        m_archive = _ARCHIVE_ITEM.search(line, m.end(), end)
        if m_archive:
            end = m_archive.end()
        dashed = len(_DASH_AFTER_CLAUSE.findall(line, m.end(), end)) >= MIN_LIST_ITEMS
        for m_item in _DISTRIBUTION_ITEM_END.finditer(line, m.end(), end):
            if dashed and m_item["semi"] is not None:
                continue
            found.add(m_item.start("cut"))
    return found


# TABLE_ROW_SEQUENCE: a task table copied with its cells kept apart (" | ") but its rows run in ("STT | Đơn vị được
# kiểm tra | Thời gian kiểm tra I | Cơ quan chuyên môn cấp tỉnh | 1 | Sở Nông nghiệp và Môi trường … | Từ tháng 3 đến
# tháng 9/2026 2 | Sở Xây dựng | Tháng 7/2026 3 | Sở Y tế | …", n002): each row opens with its number in the first
# column (NĐ 30's tables number their rows, "STT"), so a row starts at "1 | " after the header ("STT |", "TT |") or a
# section row ("I | ", "II | "), and at the number that follows the row before. A number closing a cell ("Xã Đam Rông
# 3 | Tháng 5/2026") is out of sequence and is left.
_TABLE_HEADER = regex.compile(TABLE_HEADER)
_TABLE_ROW = regex.compile(r"(?<=\s)(?:(?P<num>\d{1,3})|(?P<roman>[IVX]{1,4}))\s*\|\s")


def _table_row_cuts(line: str) -> set[int]:
    """The spaces before the rows of a table run in (TABLE_ROW_SEQUENCE)."""
    found: set[int] = set()
    m_header = _TABLE_HEADER.search(line)
    if not m_header:
        return found
    last_num: int | None = None
    last_roman: str | None = None
    for m in _TABLE_ROW.finditer(line, m_header.end()):
        if m["roman"]:
            roman = m["roman"]
            if roman == "I" or (last_roman is not None and _predecessors("roman", roman) == (last_roman,)):
                found.add(m.start() - 1)
                last_roman, last_num = roman, 0
            continue
        n = int(m["num"])
        if n == 1 or (last_num is not None and n == last_num + 1):
            found.add(m.start() - 1)
            last_num = n
    return found


# DATE_THEN_ADDRESS (session 34): a web copy that flattens the header's last row prints the addressees' label on the
# place-and-date line, after its year: "Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư." (five
# probe letters of ministries and the Government Office, 2014-2021: none of their addressees was read, "Kính gửi" opens
# no line). The year ends the date's line (NĐ 30 Phụ lục I), so a line starts at "Kính gửi" there, on any line, run in
# or not. Counter-example: "Kính gửi" after anything but the date's year (a sentence quoting it) starts no line.
DATE_THEN_ADDRESS = regex.compile(rf"{DATE_END_READ}(?P<cut>[ \t]+)(?={ADDRESS_OPENER})", regex.V1)


def _restored(text: str) -> str | None:
    """The working copy with its run-in lines' breaks restored, or None when no line is run in (the parse calls it
    once per text, so nothing is cached: a cache would only hold up to its size of whole texts in every worker)."""
    chars: list[str] | None = None
    pos = 0
    for line in text.split("\n"):
        if _run_in(line):
            if chars is None:
                chars = list(text)
            for c in breaks(line):
                chars[pos + c] = "\n"
        elif "gửi" in line and (m := DATE_THEN_ADDRESS.search(line)) is not None:
            if chars is None:
                chars = list(text)
            chars[pos + m.start("cut")] = "\n"
        pos += len(line) + 1
    return "".join(chars) if chars is not None else None


def restore(text: Text) -> Text:
    """``text`` with the line breaks of its run-in lines restored (RUN_IN_TEXT), in the working copy and its folded
    shadow; the printed text keeps the spaces. A text without a run-in line is returned as it is.

    >>> from directive_parser.normalize import normalize_text
    >>> t = restore(normalize_text("UBND HUYỆN A CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM PHÒNG Y TẾ Độc lập - Tự do - "
    ...     "Hạnh phúc Số: 12/PYT A, ngày 02 tháng 3 năm 2025 V/v tiêm chủng Kính gửi: Trạm Y tế các xã. Phòng Y tế "
    ...     "đề nghị các trạm báo cáo trước ngày 10/3/2025. Nơi nhận: - Như trên; - Lưu: VT. TRƯỞNG PHÒNG Lê Văn An"))
    >>> t.text.split("\\n")[:4]
    ['UBND HUYỆN A CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'PHÒNG Y TẾ Độc lập - Tự do - Hạnh phúc', 'Số: 12/PYT', 'A, ngày 02 tháng 3 năm 2025']
    >>> len(t.text) == len(t.printed), " " in t.printed[40:50]
    (True, True)
    """
    new = _restored(text.text)
    if new is None:
        return text
    fold = "".join("\n" if ch == "\n" else f for ch, f in zip(new, text.fold, strict=True))
    return dataclasses.replace(text, text=new, fold=fold, printed=text.printed or text.text)
