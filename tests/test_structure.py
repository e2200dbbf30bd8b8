"""The structure layer, piece by piece, on real corpus snippets."""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_parser import layout as layout_mod
from directive_parser.loaders import load_path
from directive_parser.normalize import normalize, normalize_text
from directive_parser.structure import (
    Structure,
    build,
    column_role,
    read_lines,
    section_kind_of,
    split_sentences,
    structure_words,
)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def structure_of(path: Path) -> Structure:
    text = normalize(load_path(path))
    return build(text, layout_mod.split(text))


def structure_of_text(raw: str) -> Structure:
    text = normalize_text(raw)
    return build(text, layout_mod.split(text))


def item_labelled(raw: str, label: str) -> tuple[str, bool]:
    """The text of the first block of ``raw`` numbered ``label``, and whether it is a heading."""
    st = structure_of_text(raw)
    i = next(i for i, b in enumerate(st.blocks) if b.label == label)
    return st.block_text(i), st.blocks[i].heading


# --- markers and levels -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,marker,label,level",
    [
        ("I. MỤC ĐÍCH, YÊU CẦU", "roman", "I", 0),  # seed 004
        ("IV. TỔ CHỨC THỰC HIỆN", "roman", "IV", 0),
        ("II- Lĩnh vực văn hóa – xã hội (Bảo vệ môi trường; vệ sinh an toàn thực phẩm)", "roman", "II", 0),  # 002's form
        ("V-X là một ký hiệu", None, None, None),  # a Roman part's dash has white space after it
        ("Phần thứ nhất", "part", "Phần thứ nhất", -1),  # n007: a part, its title on the next line
        ("Phần lớn các xã đã hoàn thành", None, None, None),
        ("Điều 2. Giao Sở Nội vụ …", "article", "Điều 2", 0),
        ("2.1. Trung ương Đoàn:", "nested", "2.1", 2),
        ("3.1.2 Kết quả", "nested", "3.1.2", 3),
        ("1. Đối với các quận ủy, huyện ủy", "decimal", "1", 1),
        ("a) Bộ Văn hóa, Thể thao và Du lịch:", "letter", "a", 5),
        ("- Rà soát, báo cáo", "bullet", "-", 6),
        ("+ Tổ chức hội nghị", "plus", "+", 7),
        ("15/7/2023 là hạn cuối", None, None, None),  # a date is not a marker
        ("3.5% số hộ", None, None, None),
        ("7, Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ và các địa phương:", "decimal", "7", 1),  # c150 (OCR: "7," for "7.")
        ("7, trong đó 3 dự án", None, None, None),  # a count and a comma in prose
        # UNSPACED_DASH: a dash straight before a capitalised word (c158; the unseen probe's pf11 prints "-Mỗi …")
        ("-Về cải cách thủ tục hành chính: Quảng Ninh thuộc nhóm dẫn đầu cả nước", "bullet", "-", 6),  # c158
        ("-Mỗi tổ cử hai thành viên dự thi.", "bullet", "-", 6),  # own sentence in pf11's form
        ("-2030, tầm nhìn đến năm 2050", None, None, None),  # a range's tail, no item
        ("-BGH", None, None, None),  # a copied table's initials (pf07's responsible column), no item
        ("-19 đã được kiểm soát", None, None, None),  # a hyphenated word cut at the line's start
        # BARE_ROMAN: a part's numeral with no "." before its heading (c159; the probe's pf09)
        ("II MỘT SỎ TÒN TẠI, HẠN CHÉ VÀ NGUYÊN NHÂN", "roman", "II", 0),  # c159 as OCR'd
        ("III Kinh phí thực hiện", "roman", "III", 0),  # own heading in pf09's form
        ("I MỤC ĐÍCH - YÊU CẦU", "roman", "I", 0),
        ("I Các đơn vị gửi báo cáo", None, None, None),  # a lone "I" before a capitalised word: a scan's bar
        ("XV, kỳ họp thứ 8 đã thông qua", None, None, None),  # a wrapped "khóa XV," (no capital after the numeral)
        ("II tổ công tác liên ngành", None, None, None),  # a lower-case word after the numeral: prose
        ("IV. TỔ CHỨC", "roman", "IV", 0),  # the dotted form unchanged
    ],
)
def test_list_markers(line: str, marker: str | None, label: str | None, level: int | None) -> None:
    (got,) = read_lines(line)
    assert (got.marker, got.label, got.level if marker else None) == (marker, label, level)


def test_caps_line_is_a_part_heading() -> None:
    lines = read_lines("TỔ CHỨC THỰC HIỆN\nCác xã gửi báo cáo.")
    assert lines[0].caps and lines[0].level == 0
    assert not lines[1].caps and lines[1].level is None


# --- blocks, headings and the section tree ------------------------------------------------


def test_headings_and_tree_on_a_conclusion_notice() -> None:
    # c158 (TB 170/TB-VPCP): "II. NHIỆM VỤ, GIẢI PHÁP …" > "1. Đối với tỉnh Quảng Ninh" > "a) …"
    st = structure_of(CORPUS / "c158.txt")
    heads = {st.block_text(i).strip(): i for i, b in enumerate(st.blocks) if b.heading}
    part = heads["NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI"]
    item = heads["Đối với tỉnh Quảng Ninh"]
    assert st.blocks[item].parent == part
    sub = next(i for i, b in enumerate(st.blocks) if b.label == "a" and st.blocks[i].parent == item)
    assert st.ancestors(sub)[:2] == [item, part]
    assert st.section_kind(st.blocks[sub].start) == "content"


def test_wrapped_lines_join_their_paragraph() -> None:
    # OCR'd text wraps a list item over several lines; they are one block
    st = structure_of_text(
        "a) Tiếp tục chủ động triển khai các nhiệm vụ được giao, theo chỉ đạo của Trung ương trong công\n"
        "tác sắp xếp tổ chức bộ máy; bảo đảm tiến độ.\n"
        "b) Khẩn trương tháo gỡ khó khăn."
    )
    assert [b.label for b in st.blocks] == ["a", "b"]
    assert not st.blocks[0].heading


def test_a_blank_line_after_a_dangling_word_ends_no_paragraph() -> None:
    # n055 5.: a page break of the copy falls after "và"; the item's sentence goes on after it (DANGLING_WORD)
    raw = (
        "5. Sở Thông tin và Truyền thông chủ động phối hợp Sở Nông nghiệp và\n\n"
        "Phát triển nông thôn (Cơ quan Thường trực về Phòng, chống thiên tai), Sở\n"
        "Giao thông vận tải và các địa phương cung cấp thông tin dự báo, cảnh báo thiên tai.\n\n"
        "Phát triển các mô hình phòng, chống thiên tai.\n"
    )
    st = structure_of_text(raw)
    assert [b.label for b in st.blocks] == ["5", None]
    assert not st.blocks[0].heading
    assert [raw[s.start : s.end].split()[-1] for s in split_sentences(raw)] == ["tai.", "tai."]


@pytest.mark.parametrize(
    "footnote",
    [
        "* Báo cáo số 365/UBND-GTCN&XD ngày 14/02/2025 của UBND tỉnh Quảng Ninh\n",
        # FOOTNOTE_WRAPS: c158 printed at 60 columns, the footnote over two lines above the page's number
        "* Báo cáo số 365/UBND-GTCN&XD ngày 14/02/2025 của UBND tỉnh\nQuảng Ninh\n",
    ],
    ids=["one-line", "wrapped"],
)
def test_a_footnote_at_the_page_foot_leaves_the_sentence_it_cuts(footnote: str) -> None:
    # c158 V.: the page's footnote and its number fall between the two halves of the item's sentence (FOOTNOTE_RE)
    raw = (
        "V. Bộ Tài chính chủ trì, phối hợp với Văn phòng Chính phủ, các Bộ, cơ quan\n"
        "liên quan và Ủy ban nhân dân Quảng Ninh tổng hợp, báo cáo Thủ tướng Chính phủ\n\n"
        f"{footnote}7\n\n"
        "kết quả thực hiện các nhiệm vụ được giao tại Thông báo này (trước ngày 30 tháng\n6 năm 2025).\n"
    )
    st = structure_of_text(raw)
    (sentence,) = [s for s in st.sentences if st.text.text[s.start : s.end].startswith("V. Bộ Tài chính")]
    assert st.text.text[sentence.start : sentence.end].endswith("6 năm 2025).")
    assert "Báo cáo số 365" not in st.text.text[sentence.start : sentence.end]
    # counter-example: after a full stop the footnote ends nothing and stays a line of its own
    st = structure_of_text(raw.replace("Thủ tướng Chính phủ\n\n*", "Thủ tướng Chính phủ.\n\n*"))
    assert any(st.text.text[s.start : s.end].startswith("* Báo cáo số 365") for s in st.sentences)


@pytest.mark.parametrize(
    ("before", "footnote", "after"),
    [
        # c158's scan: the page number under the footnote not read, the pages joined by a blank line
        ("V. Bộ Tài chính chủ trì, phối hợp với Văn phòng Chính phủ, các Bộ, cơ quan\n"
         "liên quan và Ủy ban nhân dân Quảng Ninh tổng hợp, báo cáo Thủ tướng Chính phủ\n",
         "* Báo cáo số 365/UBND-GTCN#&XD ngày 14/02/2025 của UBND tỉnh Quảng Ninh\n",
         "kết quả thực hiện các nhiệm vụ được giao tại Thông báo này (trước ngày 30 tháng 6 năm 2025).\n"),
        # n010's renders: the footnote's superscript read as a degree sign (300 dpi) or a plain "1" (200 dpi)
        ("c) Điều chỉnh tiến độ cấp vốn và giải ngân vốn: Giao Ban Quản lý dự án đầu\n"
         "tư xây dựng số 1 chủ trì, phối hợp với Nhà đầu tư để rà soát, xác định cụ thể tiến\n",
         "{mark} Tham dự họp có đại diện lãnh đạo các sở, ban, ngành, địa phương gồm: Xây dựng, Tài chính, Nông nghiệp và\n"
         "Môi trường, Văn phòng UBND tỉnh, Trung tâm Phát triển quỹ đất tỉnh, Ban Quản lý dự án đầu tư xây dựng số 1,\n"
         "Công ty TNHH Tập đoàn Sơn Hải, Công ty TNHH Đầu tư đường cao tốc Tân Phú - Bảo Lộc.\n",
         "độ cấp vốn, kế hoạch giải ngân phù hợp với tiến độ theo hợp đồng và triển khai\nthực tế của dự án.\n"),
    ],
    ids=["c158-scan", "n010-render"],
)
@pytest.mark.parametrize("mark", ["°", "1"])
def test_a_footnote_at_a_page_join_leaves_the_sentence_it_cuts(before: str, footnote: str, after: str, mark: str) -> None:
    # FOOTNOTE_AT_PAGE_JOIN: no page number read, a blank line where it stood; the footnote above it leaves the sentence
    raw = before + footnote.replace("{mark}", mark) + "\n" + after
    st = structure_of_text(raw)
    first = before.split()[0]
    (sentence,) = [s for s in st.sentences if st.text.text[s.start : s.end].startswith(first)]
    said = st.text.text[sentence.start : sentence.end]
    assert said.rstrip().endswith(after.split()[-1]) and "Tham dự họp" not in said and "Báo cáo số 365" not in said
    # counter-examples: a sentence that ended before the footnote, or a capital after the blank line: nothing joined
    for text in (before.rstrip() + ".\n" + footnote.replace("{mark}", mark) + "\n" + after,
                 raw.replace("\n\n" + after[:3], "\n\nCác" + after[3:])):
        st = structure_of_text(text)
        assert not any(st.text.text[s.start : s.end].startswith(first) and st.text.text[s.start : s.end].rstrip().endswith(after.split()[-1])
                       for s in st.sentences)


def test_a_numbered_line_is_no_footnote_mark() -> None:
    # FOOTNOTE_MARK_READ counter-example: "1. Tham dự …" (a figure then a stop) is a numbered item, not a footnote
    from directive_parser.structure import FOOTNOTE_RE

    assert FOOTNOTE_RE.match("° Tham dự họp có đại diện") and FOOTNOTE_RE.match("1 Tham dự họp có đại diện")
    assert not FOOTNOTE_RE.match("1. Tham dự họp có đại diện") and not FOOTNOTE_RE.match("- Báo cáo số 365")


def test_a_lead_in_closes_with_the_item_that_holds_it() -> None:
    # c111: "2.1. Trung ương Đoàn:" … "Để có cơ sở thực tiễn …, Ban Bí thư … lựa chọn 12 đơn vị …:"
    # then "2.2. Các đơn vị thực hiện triển khai trọng điểm" and its unmarked paragraphs: they stand
    # under 2.2, not under 2.1's lead-in.
    st = structure_of(CORPUS / "c111.txt")
    heading = next(i for i, b in enumerate(st.blocks) if b.label == "2.2")
    item = next(i for i in range(heading + 1, len(st.blocks)) if st.block_text(i).startswith("Rà soát việc tạo lập"))
    assert st.blocks[item].parent == heading


def test_a_paragraph_after_an_item_that_follows_a_lead_in_stands_under_the_item() -> None:
    # c140 5.: "Ban chỉ đạo đề nghị các thành viên Ban chỉ đạo, … một số nội dung trọng tâm sau:" then "a) …",
    # "b) Các Bộ, cơ quan liên quan tiếp tục …;" whose line "bố trí đủ nguồn lực …; phôi hợp chặt chẽ, hiệu quả, đảm
    # bảo" goes on with item b) (CLAUSE_GOES_ON: the line before ends on ";", this one opens in lower case), and so
    # does "hoàn thành các nhiệm vụ được giao …" after the page number "4" (the sentence runs across the page)
    st = structure_of(CORPUS / "c140.txt")
    item = next(i for i, b in enumerate(st.blocks) if b.label == "b" and st.block_text(i).startswith("Các Bộ, cơ quan liên quan"))
    assert "bố trí đủ nguồn lực" in st.block_text(item) and "hoàn thành các nhiệm vụ được giao" in st.block_text(item)
    # counter-example: a paragraph after the lead-in and before any item stands under the lead-in (c111, above)


def test_an_article_wrapped_over_lines_is_a_clause_not_a_heading() -> None:
    # c151 (OCR): the closing article lost its period to a speck: "… thi hành Quyết định này./aMVZ⁄"
    st = structure_of(CORPUS / "c151.txt")
    art = next(i for i, b in enumerate(st.blocks) if b.label == "Điều 3")
    assert not st.blocks[art].heading
    short = structure_of_text("Điều 1. Phạm vi điều chỉnh\nĐiều 2. Đối tượng áp dụng\n")
    assert [b.heading for b in short.blocks] == [True, True]


def test_unspaced_dash_opens_its_own_item() -> None:
    # UNSPACED_DASH: c158's "-Về cải cách thủ tục hành chính: …" is an item of its own, not the wrap of the paragraph
    # before the blank line; the sentence splitter cuts before it as before "- "
    st = structure_of(CORPUS / "c158.txt")
    i = next(i for i, b in enumerate(st.blocks) if st.block_text(i).startswith("Về cải cách thủ tục hành chính"))
    assert (st.blocks[i].marker, st.blocks[i].label) == ("bullet", "-")
    own = "2. Số lượng:\n-Mỗi tổ cử hai thành viên dự thi.\n-Các lớp nộp danh sách về Đoàn trường."
    assert [own[s.start : s.end].strip() for s in split_sentences(own)][-2:] == ["-Mỗi tổ cử hai thành viên dự thi.", "-Các lớp nộp danh sách về Đoàn trường."]
    joined = "Tổ chức hội thi cho các khối\n-lớp theo lịch."  # a lower-case word after the dash: a wrapped line
    assert len(split_sentences(joined)) == 1


def test_bare_roman_heads_a_part() -> None:
    # BARE_ROMAN: "III Kinh phí thực hiện" (own heading, the probe pf09's form) is a part's heading, not the tail of the
    # item above it, which keeps its own words
    st = structure_of_text("II. NỘI DUNG\n- Các chi đội trồng cây xanh trong khuôn viên trường\nIII Kinh phí thực hiện\n- Từ nguồn quỹ Đội.\n")
    head = next(i for i, b in enumerate(st.blocks) if b.label == "III")
    assert (st.blocks[head].marker, st.blocks[head].level, st.block_text(head).strip()) == ("roman", 0, "Kinh phí thực hiện")
    item = next(i for i, b in enumerate(st.blocks) if st.block_text(i).startswith("Các chi đội"))
    assert "Kinh phí" not in st.block_text(item)


def test_a_number_in_parentheses_with_a_period_is_a_marker() -> None:
    # c142 (OCR'd notice): "(1). Bộ Kế hoạch và Đầu tư" heads the bullets under it
    st = structure_of(CORPUS / "c142.txt")
    head = next(i for i, b in enumerate(st.blocks) if st.block_text(i).strip() == "Bộ Kế hoạch và Đầu tư")
    assert (st.blocks[head].marker, st.blocks[head].label, st.blocks[head].heading) == ("paren", "(1)", True)
    item = next(i for i in range(head + 1, len(st.blocks)) if st.blocks[i].marker == "bullet")
    assert st.blocks[item].parent == head
    one = "(1). Bộ Tài chính chủ trì."
    assert [one[s.start : s.end] for s in split_sentences(one)] == [one]


def test_implementation_part_is_recognised() -> None:
    st = structure_of_text(
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì, theo dõi.\n"
    )
    aims = st.text.text.index("Nâng cao")
    duty = st.text.text.index("Sở Nội vụ")
    assert st.section_kind(aims) == "aims"
    assert st.section_kind(duty) == "implementation"


# --- tables -------------------------------------------------------------------------------


def test_task_table_from_a_docx_plan() -> None:
    # n001: the appendix "STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện | …"
    st = structure_of(CORPUS / "n001.txt")
    table = max(st.tables, key=lambda t: len(t.rows))
    assert table.header
    assert [table.column(r) for r in ("number", "task", "product", "time", "lead", "cooperate")] == [0, 1, 2, 3, 4, 5]
    row = table.rows[2]
    assert st.cell_text(row[table.column("lead") or 0]) == "Sở Tư pháp"


def test_tab_separated_rows_are_a_table() -> None:
    st = structure_of_text("TT\tNội dung công việc\tThời gian\tĐơn vị chủ trì\n1\tRà soát danh sách\tTháng 3/2024\tBan Tổ chức\n")
    (table,) = st.tables
    assert table.roles == {0: "number", 1: "task", 2: "time", 3: "lead"}
    assert [st.cell_text(c) for c in table.rows[1]] == ["1", "Rà soát danh sách", "Tháng 3/2024", "Ban Tổ chức"]


def test_two_cell_header_line_is_not_a_table() -> None:
    # the header block's "issuer | motto" pair
    st = structure_of_text("BAN DÂN VẬN | ĐẢNG CỘNG SẢN VIỆT NAM\nCông văn gửi các xã.")
    assert st.tables == []


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_group_row_with_one_separator_stays_in_its_table(sep: str) -> None:
    # ROWS_SHARE_THEIR_SEPARATOR: n002's inspection table, its group row "I | Cơ quan chuyên môn cấp tỉnh |"
    # copied with tabs loses its empty last cell; it still belongs to the table, so the header names the columns
    rows = ["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra"], ["I", "Cơ quan chuyên môn cấp tỉnh"], ["2", "Sở Xây dựng", "Tháng 7/2026"]
    st = structure_of_text("\n".join(sep.join(r) for r in rows) + "\n")
    (table,) = st.tables
    assert len(table.rows) == 3 and table.column("time") == 2
    assert [st.cell_text(c) for c in table.rows[2]] == ["2", "Sở Xây dựng", "Tháng 7/2026"]


def test_a_row_cut_by_another_separator_opens_another_table() -> None:
    # ROWS_SHARE_THEIR_SEPARATOR: n001's appendix printed without blank lines: the line of blanks to fill in (read
    # as tabs) right above the task table is no header of it
    raw = (
        "(Ban hành kèm theo Kế hoạch số          /KH-UBND ngày         /12/2025 của Chủ tịch UBND tỉnh Lâm Đồng)\n"
        "STT | Nhiệm vụ | Thời gian hoàn thành | Chủ trì thực hiện\n"
        "1 | Rà soát văn bản | Trong năm 2026 | Sở Tư pháp\n"
    )
    st = structure_of_text(raw)
    table = max(st.tables, key=lambda t: len(t.rows))
    assert table.header and table.column("lead") == 3 and len(table.rows) == 2


def test_a_line_stopping_inside_its_parenthesis_goes_on() -> None:
    # PAREN_GOES_ON: n046 printed at 80 columns; "SĐT:" ends its line inside "(qua …", and the date after it
    # belongs to the same duty
    raw = (
        "3. Báo cáo tổng kết của các Bộ, ngành và địa phương đề nghị gửi về Bộ Công an\n"
        "(qua Văn phòng Bộ Công an, 96 Nguyễn Du, phường Cửa Nam, TP. Hà Nội, SĐT:\n"
        "0847.989886, Email: vanphongubag(@gmail.com) #ước ngày 20/12/2025 đề tông hợp,\n"
        "báo cáo Thủ tướng Chính phủ và Ủy ban Quốc gia theo quy định.\n"
    )
    st = structure_of_text(raw)
    assert len(st.blocks) == 1 and len(st.sentences) == 1


def test_a_clause_closed_by_a_semicolon_at_a_line_end_goes_on_in_lower_case() -> None:
    # CLAUSE_GOES_ON: c142 (a PDF's lines): the bullet's sentence runs on after "… sáng tạo;" at the line's end
    raw = (
        "- Thực hiện nghiêm các chỉ đạo của Chính phủ, Thủ tướng Chính phủ, tập\n"
        "trung, quyết liệt, chủ động thực hiện các biện pháp, giải pháp linh hoạt, sáng tạo;\n"
        "kịp thời xử lý, tháo gỡ vướng mắc, khó khăn ở cấp thâm quyển của mình, tích cực\n"
        "nghiên cứu các văn bản quy phạm pháp luật mới.\n"
        "- Phân công lãnh đạo theo dõi tiến độ thực hiện dự án;\n"
        "- Tổng hợp, báo cáo.\n"
    )
    st = structure_of_text(raw)
    assert [b.marker for b in st.blocks] == ["bullet", "bullet", "bullet"]


@pytest.mark.parametrize(
    "raw",
    [
        # c146 printed at 60 columns: a colon inside the duty's sentence falls at a line's end
        "3. Các Bộ: Quốc phòng, Công an chỉ đạo các lực lượng đóng\n"
        "quân trên địa bàn chủ động rà soát, cập nhật, hoàn thiện\n"
        "phương án hiệp đồng, phối hợp giữa các lực lượng vũ trang và\n"
        "lực lượng tại chỗ trong công tác phòng cháy, chữa cháy rừng:\n"
        "chủ động các phương án hỗ trợ cao nhất cho công tác chữa\n"
        "cháy rừng trên địa bàn đóng quân.\n",
        # c125 as printed: the address after "email:" on the next line
        "Trên cơ sở đó gửi về Ban Tổ chức\nthông qua địa chỉ email:\nttvgiamngheobenvung@gmail.com trước ngày 20/9/2022.\n",
    ],
    ids=["c146-wrap60", "c125-email"],
)
def test_a_colon_at_a_line_end_before_lower_case_goes_on(raw: str) -> None:
    # COLON_GOES_ON: one block, one sentence
    st = structure_of_text(raw)
    assert len(st.blocks) == 1
    assert [raw[s.start : s.end] for s in split_sentences(raw)] == [raw.strip()]
    # counter-example: a lead-in's colon before a capital ends its sentence and its block
    lead = "1. Các sở tập trung thực hiện các nhiệm vụ sau:\nRà soát các thủ tục hành chính.\n"
    assert len(split_sentences(lead)) == 2


def test_a_dash_opening_a_line_inside_a_parenthesis_is_no_bullet() -> None:
    # PAREN_DASH_GOES_ON: n006 at 80 columns, the address's "-" separator wrapped to a line's start inside "(qua …"
    raw = (
        "Yêu cầu các sở, ban, ngành, địa phương nghiên cứu, thực hiện nghiêm túc các\n"
        "nhiệm vụ được giao và gửi báo cáo về UBND tỉnh (qua Phòng Cảnh sát QLHC về TTXH\n"
        "- Địa chỉ: Số 53 đường Hùng Vương, Phường Lâm Viên - Đà Lạt - Email:\n"
        "pc06.cald@gmail.com) trước 11h00’ ngày thứ 5 hằng tuần để tổng hợp, báo cáo theo\n"
        "quy định.\n"
    )
    st = structure_of_text(raw)
    assert [b.marker for b in st.blocks] == [None]
    assert len(st.sentences) == 1
    # counter-example: after the parenthesis closes, a dash at a line's start opens a bullet
    closed = "Các đơn vị thực hiện các nội dung sau (theo phụ lục):\n- Rà soát các thủ tục hành chính.\n"
    assert [b.marker for b in structure_of_text(closed).blocks] == [None, "bullet"]
    # nor after a "(" OCR left open and a clause's end (c142 printed without blank lines)
    left_open = (
        "Trên cơ sở đó, nghiên cứu, đề xuất sửa đổi nội dung liên quan trong dự án Luật\n"
        "Đầu tư công (sửa đẳï lề trìnHƒ Quốc hội khóa XV cho ý kiến tại Kỳ họp 8.\n"
        "- Tổng hợp đầy đủ đề xuất, kiến nghị của các bộ, cơ quan Trung ương, địa phương.\n"
    )
    assert [b.marker for b in structure_of_text(left_open).blocks] == [None, "bullet"]


def test_a_full_stop_at_a_line_end_before_lower_case_goes_on() -> None:
    # PERIOD_GOES_ON: c150 a) at 60 columns, OCR's stray "hướng." at a line's end: item a) is one block
    raw = (
        "a) Tiếp tục tổ chức tập huấn, tuyên truyền, phổ biến, hướng.\n"
        "dẫn địa phương các quy định của Luật đất đai; theo dõi sát\n"
        "sao việc tổ chức, triển khai thi hành Luật đất đai trên phạm\n"
        "vi cả nước.\n"
        "b) Tổ chức tổng kết.\n"
    )
    assert [b.marker for b in structure_of_text(raw).blocks] == ["letter", "letter"]
    # counter-example: a line that opens with a capital after a full stop opens a paragraph
    assert len(structure_of_text(raw.replace("hướng.\ndẫn", "hướng dẫn.\nCác")).blocks) == 3


def test_an_item_whose_marker_ocr_misread_is_no_wrapped_lower_case_line() -> None:
    # MISREAD_MARKER: c157's scan reads item d)'s marker "đd)"; after the full stop above it the item opens a block
    raw = (
        "c) Về quản lý, sử dụng tài sản công: tổ chức thực hiện nghiêm công tác Tổng kiểm kê tài sản công,\n"
        "đảm bảo tiến độ theo kế hoạch.\n"
        "đd) Về quản lý tài nguyên, khoáng sản, đặc biệt là đối với đất đai: Tăng\n"
        "cường ứng dụng công nghệ thông tin vào việc lập và giám sát thực hiện quy hoạch.\n"
    )
    assert len(structure_of_text(raw).blocks) == 2
    # counter-example: a word in lower case after the stop goes on (PERIOD_GOES_ON)
    assert len(structure_of_text(raw.replace("đd) Về", "dẫn về")).blocks) == 1


def test_an_acronym_closing_a_wrapped_sentence_is_no_heading_in_capitals() -> None:
    # ACRONYM_TAIL: n006 printed at 60 columns; "TTHC." ends item (4)'s sentence, and the item keeps its own field below
    raw = (
        "(4) Phối hợp với các sở, ban, ngành và các doanh nghiệp cung\n"
        "tấn công mạng và duy trì hoạt động ổn định, xuyên suốt đối\n"
        "với các hệ thống, đặc biệt là hệ thống thông tin giải quyết\n"
        "TTHC.\n"
        "- Đơn vị thực hiện: Công an tỉnh.\n"
    )
    st = structure_of_text(raw)
    assert [b.marker for b in st.blocks] == ["paren", "bullet"]
    assert not any(line.caps for line in st.lines)
    # counter-example: a line in capitals with no closing period is a heading
    assert [b.marker for b in structure_of_text("Các nội dung cụ thể như sau\nHƯỚNG DẪN\n").blocks] == [None, None]
    assert [x.caps for x in read_lines("HƯỚNG DẪN")] == [True]


def test_a_range_of_years_cut_before_its_dash_is_no_bullet() -> None:
    # YEAR_RANGE_WRAPPED: c158 printed at 60 columns; "- 2030" goes on with the sentence, "- 100% …" is a bullet
    raw = (
        "Ủy ban nhân dân tỉnh Quảng Ninh khẩn trương rà soát, hoàn thiện hồ sơ trình Thủ tướng Chính phủ xem xét, quyết định\n"
        "chủ trương điều chỉnh Quy hoạch tỉnh Quảng Ninh thời kỳ 2021\n"
        "- 2030, tầm nhìn đến năm 2050 theo trình tự, thủ tục rút gọn.\n"
        "- 100% văn bản quy phạm pháp luật được cập nhật.\n"
    )
    st = structure_of_text(raw)
    assert [b.marker for b in st.blocks] == [None, "bullet"]
    assert len(st.sentences) == 2


def test_a_short_heading_before_a_capital_line_is_no_wrapped_line() -> None:
    # FILLED_LINE: c114 printed at 60 columns: "Là" would have fit after "1.1. Ban Tuyên giáo Trung ương Đoàn", so the
    # line was not wrapped there: the heading keeps its body's name alone
    raw = (
        'không nhằm mục đích kinh doanh.\n'
        'Các tác phẩm dự thi không trả lại tác giả, Ban Tổ chức cuộc\n'
        'thi được quyền sử dụng các tác phẩm đạt giải cho tất cả các\n'
        'hoạt động tuyên truyền của Đại hội đại biểu toàn quốc Đoàn\n'
        'TNCS Hồ Chí Minh lần thứ XII.\n'
        '\n'
        'IV. TỔ CHỨC THỰC HIỆN\n'
        '1. Trung ương Đoàn\n'
        '1.1. Ban Tuyên giáo Trung ương Đoàn\n'
        ' Là đơn vị thường trực tham mưu cho Ban Bí thư Trung ương\n'
        'Đoàn tổ chức\n'
        '\n'
        'Cuộc thi.\n'
        '\n'
        ' Tham mưu ông tác chỉ đạo, ban hành các văn bản hướng dẫn\n'
        'đôn đốc các cấp bộ Đoàn tổ chức thực hiện đảm bảo tiến độ\n'
        'và yêu cầu của cuộc thi. Đôn đốc và phối hợp với các cơ\n'
        'quan, đơn vị triển khai thực hiện kế hoạch.\n'
    )
    assert item_labelled(raw, "1.1") == ("Ban Tuyên giáo Trung ương Đoàn", True)


def test_a_line_opening_with_a_capitalised_clause_opener_starts_a_block() -> None:
    # SENTENCE_OPENER: n061 printed without blank lines: "Khi …" opens a sentence, so the item's line above is its
    # heading, not a line wrapped into it
    raw = (
        "- Khi xảy ra sự cố tràn dầu vượt quá khả năng kiểm soát, UBND huyện\n"
        "Nghĩa Hành phải nhanh chóng báo cáo với các cơ quan, đơn vị liên quan đê\n"
        "phôi hợp ứng cứu.\n"
        "3. Công tác đánh giá, xác định và giải quyết bồi thường thiệt hại\n"
        "Khi xảy ra sự cô tràn dầu, UBND huyện Nghĩa Hành phối hợp với các\n"
        "cơ quan chức năng có liên quan xác định đôi tượng, nguyên nhân gây sự cô,\n"
        "mức độ thiệt hại đên môi trường, giám định thiệt hại, tính toán chi phí và bôi\n"
        "thường thiệt hại theo đúng quy định của pháp luật.\n"
    )
    assert item_labelled(raw, "3") == ("Công tác đánh giá, xác định và giải quyết bồi thường thiệt hại", True)


@pytest.mark.parametrize(
    "raw,body_first",
    [
        # WRAPPED_SENTENCE_IS_BODY: w028 printed at 60 columns: every line is short, the body starts at "UBND tỉnh"
        (
            "UBND tỉnh có ý kiến như sau:\nGiao Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn\n"
            "vị, địa phương liên quan nghiên cứu, đề xuất UBND tỉnh xem\nxét theo quy định; hoàn thành trước ngày 10/12/2023./.\n",
            "Giao Sở Tài nguyên",
        ),
        # counter-example: n061's subject wrapped under its type ends as no sentence does
        (
            "QUYẾT ĐỊNH\nVề việc phê duyệt Kế hoạch ứng phó\nsự cố tràn dầu huyện Nghĩa Hành\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
            "Căn cứ Luật",
        ),
    ],
)
def test_a_sentence_wrapped_over_short_lines_opens_the_body(raw: str, body_first: str) -> None:
    text = normalize_text(raw)
    zones = layout_mod.split(text)
    assert text.text[zones.body_start :].lstrip().startswith(body_first)


# --- sentences ----------------------------------------------------------------------------


def test_sentences_do_not_cross_table_cells() -> None:
    st = structure_of_text("STT | Nhiệm vụ | Thời gian | Chủ trì\n1 | Rà soát hồ sơ | Tháng 4/2026 | Sở Nội vụ\n")
    texts = [st.text.text[s.start : s.end] for s in st.sentences]
    assert "Rà soát hồ sơ" in texts and "Sở Nội vụ" in texts


def test_an_empty_cell_between_tabs_keeps_the_columns_after_it() -> None:
    # EMPTY_CELL_KEPT: a tab-separated row with an empty cell (002's register of models: "Thời gian triển
    # khai\t\tDự kiến thời gian hoàn thành") keeps one cell per tab, so the cells after it stay under their
    # headers; before, normalising "\t\t" to one tab moved the time cell under the cooperating bodies.
    raw = "STT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời gian hoàn thành\n1\tRà soát hồ sơ\tSở Nội vụ\t\tTrong tháng 8/2025\n"
    assert "Sở Nội vụ\t\tTrong tháng 8/2025" in normalize_text(raw).text
    st = structure_of_text(raw)
    row = next(x for x in read_lines(st.text.text) if st.text.text[x.start : x.end].startswith("1\t"))
    assert [st.text.text[c.start : c.end] for c in row.cells] == ["1", "Rà soát hồ sơ", "Sở Nội vụ", "", "Trong tháng 8/2025"]


def test_sentence_keeps_an_aside_in_parentheses() -> None:
    t = "Gửi về Đảng ủy phường (qua Văn phòng Đảng ủy; hoặc email: vp@x.vn) trước ngày 20/9/2022. Các chi bộ thực hiện."
    assert len(split_sentences(t)) == 2


# --- the vocabulary of columns and sections, both ways ------------------------------------


def _column_cases() -> list[tuple[str, str, bool]]:
    out = []
    for entry in structure_words().columns:
        out += [(entry.role, e, True) for e in entry.examples]
        out += [(entry.role, e, False) for e in entry.counter_examples]
    return out


def _section_cases() -> list[tuple[str, str, bool]]:
    out = []
    for entry in structure_words().sections:
        out += [(entry.kind, e, True) for e in entry.examples]
        out += [(entry.kind, e, False) for e in entry.counter_examples]
    return out


@pytest.mark.parametrize("role,header,expected", _column_cases())
def test_column_words_examples_both_ways(role: str, header: str, expected: bool) -> None:
    assert (column_role(header) == role) is expected


@pytest.mark.parametrize("kind,heading,expected", _section_cases())
def test_section_words_examples_both_ways(kind: str, heading: str, expected: bool) -> None:
    assert (section_kind_of(heading) == kind) is expected


def test_marker_fragments_compose_the_other_patterns() -> None:
    # ITEM_NUMBER (an extractor's "skip the item's number") and the splitter's ITEM_OPENER are
    # built from the same pieces as MARKER_RE: what opens an item for one opens it for the others
    import regex

    from directive_parser.structure import ITEM_NUMBER, ITEM_OPENER, MARKER_RE

    for opener in ("1. ", "2.1. ", "IV. ", "a) ", "(1) "):
        assert MARKER_RE.match(opener + "Rà soát"), opener
        assert regex.match(ITEM_NUMBER, opener, regex.V1), opener
        assert regex.match(ITEM_OPENER, opener, regex.V1), opener
    for not_an_item in ("2023. ", "b. ", "15/7/2023 "):
        assert not regex.match(ITEM_NUMBER + r"\s", not_an_item, regex.V1), not_an_item


# --- page numbers left in the text flow ----------------------------------------------------

# c140 (PDF text layer): page 3's number between the two halves of a sentence.
C140_PAGE = (
    "- Tập trung hoàn thiện khuôn khổ pháp lý, cơ chế, chính sách, quy định pháp luật về tài chính\n"
    "toàn diện theo hướng vừa thúc đây được sự phát triển vừa\n"
    "\f3\n\n"
    "quản lý, bảo vệ quyên, lợi ích chính đáng của người sử dụng dịch vụ tài chính.\n"
)


def _printed(st: Structure) -> list[str]:
    """The page marks as the source prints them (the working copy blanks a joined one)."""
    return [st.text.source.text[st.text.src[p.start] : st.text.src[p.end]] for p in st.page_breaks]


def _sentence_with(st: Structure, words: str) -> str:
    return next(st.text.text[s.start : s.end] for s in st.sentences if words in st.text.text[s.start : s.end])


def test_a_page_number_inside_a_sentence_is_a_page_mark_and_the_sentence_goes_on() -> None:
    st = structure_of_text(C140_PAGE)
    assert _printed(st) == ["3"]  # recorded, traceable to where it was printed
    assert [st.text.src[p.start] for p in st.page_breaks] == [C140_PAGE.index("3\n")]
    sent = " ".join(_sentence_with(st, "vừa thúc đây").split())
    assert "phát triển vừa quản lý, bảo vệ quyên" in sent  # one sentence, without the page's number
    assert len([b for b in st.blocks if b.table is None]) == 1


def test_evidence_across_a_blanked_page_number_quotes_the_printed_text() -> None:
    # the working copy blanks the joined page number; evidence still quotes what is printed (a fuzzed
    # seed found a "Nơi nhận" list's evidence with the blank where the text printed "2")
    st = structure_of_text(C140_PAGE)
    mark = st.page_breaks[0]
    ev = st.text.evidence(mark.start - 10, mark.end + 10)
    assert st.text.text[mark.start : mark.end].strip() == ""
    assert "3" in ev.text and ev.text == st.text.printed[ev.start : ev.end]  # type: ignore[index]


def test_a_page_number_before_a_capitalised_continuation_of_a_wrapped_line() -> None:
    # c158 (scan): "… giao" / "5" / "Bộ Tài chính chủ trì …": the first half does not end a sentence.
    st = structure_of_text(
        "điều chỉnh Quy hoạch tỉnh. Đối với các vấn đề thuộc thâm quyên của Quốc hội, giao\n5\n\n"
        "Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng và các cơ quan liên quan khẩn\ntrương nghiên cứu.\n"
    )
    assert len(st.page_breaks) == 1
    assert "giao Bộ Tài chính chủ trì" in " ".join(_sentence_with(st, "thâm quyên").split())


def test_a_page_number_alone_with_a_period_is_a_page_mark_when_the_sentence_goes_on() -> None:
    # c146 (scan): "3." between "… công tác thông tin, truyền thông" and "về bảo vệ rừng …".
    st = structure_of_text(
        "5. Đài Tiếng nói Việt Nam, Đài Truyền hình Việt Nam, Thông tấn xã Việt\n"
        "Nam và các cơ quan truyền thông tiệp tục làm tôt công tác thông tin, truyền thông\n3.\n\n"
        "về bảo vệ rừng và phòng cháy, chữa cháy rừng từ sớm, từ xa, ngay từ cơ sở; kịp\n"
        "thời đưa thông tin vê cảnh báo và dự báo cháy rừng.\n"
    )
    assert len(st.page_breaks) == 1
    assert [b.label for b in st.blocks] == ["5"]  # no item "3."
    assert "truyền thông về bảo vệ rừng" in " ".join(_sentence_with(st, "tiệp tục").split())


@pytest.mark.parametrize(
    "raw",
    [
        "các nội dung sau:\n3. Tổ chức hội nghị sơ kết việc thực hiện Kế hoạch.\n",  # an item "3." with its text
        "các nội dung sau:\n3.\nTổ chức hội nghị sơ kết việc thực hiện Kế hoạch.\n",  # its text on the next line
    ],
)
def test_a_list_item_three_is_not_a_page_number(raw: str) -> None:
    st = structure_of_text(raw)
    assert st.page_breaks == []
    assert any(st.text.text[x.start : x.end].startswith("3.") for x in st.sentences)  # kept in the text flow


def test_numbered_rows_of_a_table_are_not_page_numbers() -> None:
    # 004 (DOCX form): the rows "1", "2", "3" under "I  Tập thể" stand between table rows and numbers.
    st = structure_of_text("TT\tTên tập thể, cá nhân\tGhi chú\nI\tTập thể\t\t\n1\n2\n3\n...\nII\tCá nhân\t\t\n")
    assert st.page_breaks == []


def test_a_page_number_between_paragraphs_is_dropped_without_joining_them() -> None:
    # c118: "… trong trường học." / "7" / "2.9. Thực hiện …": a mark, but the sentence had ended.
    st = structure_of_text(
        "- Xây dựng tủ sách, điểm vui chơi cho thanh thiếu nhi trong trường học.\n\n7\n\n"
        "2.9. Thực hiện Tiêu chí “Hệ thống chính trị” trong xây dựng đô thị văn minh.\n"
    )
    assert len(st.page_breaks) == 1
    assert [b.label for b in st.blocks] == ["-", "2.9"]
    assert len(st.sentences) == 2


def test_a_page_that_opens_with_a_lead_in_is_not_joined_to_the_page_before() -> None:
    # c118: "… phục vụ lợi ích công cộng," / "6" / "Hình thức triển khai:" — veto ``_opens_lead_in``.
    st = structure_of_text(
        "- Vận động thanh niên tham gia chăm sóc, bảo vệ cây xanh, công viên, vườn hoa trên địa bàn, phục vụ lợi ích công cộng,\n\n6\n\n"
        "Hình thức triển khai:\nTuyên truyền xây dựng nếp sống văn minh đô thị trong đoàn viên, thanh niên.\n"
    )
    assert len(st.page_breaks) == 1
    assert not any("công cộng" in s and "Hình thức" in s for s in (st.text.text[x.start : x.end] for x in st.sentences))


@pytest.mark.parametrize("mark", ["- 3 -", "Trang 3/5", "Trang 3"])
def test_other_printed_forms_of_a_page_number(mark: str) -> None:
    st = structure_of_text(f"Giao cho Cục Thi hành án dân sự tỉnh có trách nhiệm theo dõi, đôn đốc, kiểm tra việc triển khai\n\n{mark}\n\nthực hiện Chỉ thị.\n")
    assert _printed(st) == [mark]
    assert "việc triển khai thực hiện Chỉ thị" in " ".join(_sentence_with(st, "theo dõi").split())


# A numbered item that prints "Label: value" is a field only when asked for a section's own lines
# (``Structure.child_fields``), never an attribute of the item above (``fields``): c125 "2.4. Đơn vị chủ trì thực
# hiện: Ban Tuyên giáo Trung ương Đoàn." under "2. …" names the section's lead; counter-examples under the same
# section: "2.3. Cơ cấu giải thưởng: …" is a label of no role, and the "Thời gian" line is a time, not a lead.
def test_a_sections_own_numbered_lead_line_is_a_child_field() -> None:
    st = structure_of_text(
        "2. Tiểu dự án 2  Truyền thông về giảm nghèo đa chiều: Tổ chức Cuộc thi\n\n2.1. Vòng sơ khảo\n\n"
        "- Thời gian: Từ ngày 20/9/2022 đến 15/10/2022.\n\n2.3. Cơ cấu giải thưởng: Trên cơ sở kết quả của Cuộc thi, "
        "Ban Bí thư Trung ương Đoàn sẽ trao 01 giải Nhất.\n\n2.4. Đơn vị chủ trì thực hiện: Ban Tuyên giáo Trung ương Đoàn.\n"
    )
    section = next(i for i, b in enumerate(st.blocks) if st.block_text(i).startswith("Tiểu dự án 2"))
    assert [st.text.text[v.start : v.end] for v in st.child_fields(section, "lead")] == ["Ban Tuyên giáo Trung ương Đoàn"]
    numbered = next(i for i, b in enumerate(st.blocks) if st.block_text(i).startswith("Đơn vị chủ trì"))
    assert numbered not in st.fields and numbered not in st.labelled
    assert st.child_fields(section, "time") == []  # the time line stands under "2.1.", not under "2."


# data/structure.toml [groups], both ways: a name opening with "các/những/mỗi" names bodies only with a group word after
# it ("Các chi, đảng bộ trực thuộc": "chi bộ" shortened before the shared head), not a topic ("Các chi phí phát sinh").
@pytest.mark.parametrize(
    ("name", "expected"),
    [(e, True) for e in structure_words().groups.examples] + [(e, False) for e in structure_words().groups.counter_examples],
)
def test_group_words_examples_both_ways(name: str, expected: bool) -> None:
    from directive_parser.structure import names_a_group

    assert names_a_group(name) is expected


# FIELDS_IN_PARENTHESES (Structure.paren_fields): the parenthesis closing n006's item (2) with its fields printed in it
# (scripts/variants.py fields_paren, chair_paren); a value's own ";" list and aside stay in it.
@pytest.mark.parametrize(
    ("paren", "fields"),
    [
        (
            "(đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh; đơn vị phối hợp: Các sở, ban, ngành; UBND các xã, phường, đặc khu; "
            "thời gian hoàn thành: Trong tháng 8/2025).",
            {"lead": "Văn phòng UBND tỉnh", "cooperate": "Các sở, ban, ngành; UBND các xã, phường, đặc khu", "time": "Trong tháng 8/2025"},
        ),
        (
            "(Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh); "
            "thời gian hoàn thành: Thực hiện thường xuyên).",
            {
                "lead": "Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)",
                "time": "Thực hiện thường xuyên",
            },
        ),
        # counter-examples: n006's own aside with a label inside ("Địa chỉ:"), a list of examples, and an aside that
        # only names who joins are no fields
        ("(qua Phòng Cảnh sát QLHC về TTXH - Địa chỉ: Số 53 đường Hùng Vương, phường Xuân Hương - Đà Lạt).", {}),
        ("(Tổ Công nghệ số cộng đồng, Hội phụ nữ, Đoàn thanh niên).", {}),
        ("(các sở, ban, ngành phối hợp).", {}),
    ],
)
def test_fields_in_the_parenthesis_closing_an_item(paren: str, fields: dict[str, str]) -> None:
    st = structure_of_text("(2) Sao lưu, duy trì các cơ sở dữ liệu trong hệ thống cũ của các tỉnh bị sáp nhập " + paren + "\n")
    item = next(i for i, b in enumerate(st.blocks) if st.text.text[b.start : b.end].startswith("(2)"))
    assert {role: st.text.text[s.start : s.end] for role, s in st.paren_fields(item).items()} == fields
    assert (st.fields_paren(item) is None) == (not {"lead", "time"} & set(fields))


@pytest.mark.parametrize(
    ("raw", "first"),
    [
        # c151's scan: the signature's stroke glued to the closing mark's "./"
        ("Điều 3. Chánh Văn phòng, Thủ trưởng các đơn vị liên quan thuộc Bộ và các tô\nchức, cá nhân có liên quan chịu "
         "trách nhiệm thi hành Quyết định này./AV/Z⁄\nNơi nhận:\n- Như Điều 3;", "chịu trách nhiệm thi hành Quyết định này./"),
        # n048's scan: specks after the whole mark
        ("… tạo điều kiện cho doanh\nnghiệp thực hiện đúng quy định./.#~\nNơi nhận:", "nghiệp thực hiện đúng quy định./."),
    ],
    ids=["c151-scan", "n048-scan"],
)
def test_the_closing_mark_ends_its_sentence_whatever_the_scan_glued_to_it(raw: str, first: str) -> None:
    # CLOSING_MARK_TAIL: the body's "./." (NĐ 30/2020) ends the sentence; what the scan glued after it does not go on
    said = [raw[s.start : s.end] for s in split_sentences(raw)]
    assert any(x.endswith(first) for x in said) and not any("Nơi nhận" in x and "Quyết định này" in x for x in said)


def test_a_closing_mark_inside_a_line_or_whole_is_left() -> None:
    # CLOSING_MARK_TAIL counter-examples: "./" with words after it on the line; a clean "./." ends as before
    raw = "theo Quyết định số 12./QĐ-UBND ngày 3 của Ủy ban"
    assert [raw[s.start : s.end] for s in split_sentences(raw)] == [raw]
    raw = "chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:"
    assert [raw[s.start : s.end] for s in split_sentences(raw)] == ["chịu trách nhiệm thi hành Quyết định này./.", "Nơi nhận:"]


@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        # the real scan 002's item 2.: a "+" speck where the pages join
        ("2. Chỉ đạo nâng cao chất lượng xây dựng đảng bộ, cơ quan, đơn vị “Dân vận\nkhéo” gắn với thực hiện nhiệm vụ "
         "chính trị của địa phương, đơn vị. Xây dựng kế\n\n+\n\nhoạch và đăng ký thực hiện đảng bộ, cơ quan, đơn vị.\n",
         "Xây dựng kế hoạch và đăng ký"),
        # c146's scan
        ("Các cơ quan chức năng điều tra làm rõ nguyên nhân, xử lý nghiêm những\n+\nđối tượng cố tình vi phạm các quy định.\n",
         "xử lý nghiêm những đối tượng cố tình"),
    ],
    ids=["002-scan", "c146-scan"],
)
def test_a_speck_where_the_pages_join_stands_as_a_page_mark(raw: str, joined: str) -> None:
    # SPECK_AT_PAGE_JOIN: the speck leaves the sentence it stood in
    st = structure_of_text(raw)
    said = [" ".join(st.text.text[s.start : s.end].split()) for s in st.sentences]
    assert any(joined in x for x in said) and not any("+" in x for x in said)


def test_a_speck_after_a_sentence_or_before_a_capital_is_no_page_mark() -> None:
    # SPECK_AT_PAGE_JOIN counter-examples: 001's render (a sentence ended before it), the rule under a subject
    from directive_parser.structure import page_marks

    assert page_marks(read_lines("vận khéo\"; triển khai tổ chức thực hiện.\n+\nlà kết quả thực hiện phong trào")) == []
    assert page_marks(read_lines("Chỉ số cải cách hành chính tỉnh Lâm Đồng\n———\nNgày 22/4/2026, đồng chí")) == []
