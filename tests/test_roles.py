"""Line roles: the rule labeller on real headers and closings, and the labeller as a plug-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_parser import layout as layout_mod
from directive_parser import pipeline
from directive_parser.loaders import load_path
from directive_parser.normalize import normalize
from directive_parser.pipeline import parse_source
from directive_parser.roles import ROLES, RuleRoleLabeller, label_lines
from directive_parser.structure import Structure, build

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def roles_of(doc_id: str) -> dict[str, list[str]]:
    text = normalize(load_path(CORPUS / f"{doc_id}.txt"))
    st = build(text, layout_mod.split(text))
    out: dict[str, list[str]] = {}
    for line, role in zip(st.lines, label_lines(st), strict=True):
        out.setdefault(role, []).append(line.text.strip())
    return out


@pytest.mark.parametrize(
    "doc_id,role,lines",
    [
        # Party header: parent over a department, the number, the motto, place and date
        ("000", "parent", ["THÀNH UỶ HẢI PHÒNG"]),
        ("000", "issuer", ["BAN DÂN VẬN"]),
        ("000", "number", ["Số 1092-CV/BDVTU"]),
        ("000", "place_date", ["Hải Phòng, ngày 07 tháng 7 năm 2023"]),
        ("000", "authority", ["K/T TRƯỞNG BAN"]),
        ("000", "position", ["PHÓ TRƯỞNG BAN"]),
        ("000", "signer", ["Vũ Thị Thúy Nga"]),
        # a state header under an e-office stamp: the stamp is a box, the issuer two lines of one name
        ("n036", "esign_box", ["TRUNG TÂM CÔNG BÁO", "VÀ TIN HỌC", "ttcbth@quangngai.gov.vn", "09.01.2025 10:21:11 +07:00"]),
        ("n036", "issuer", ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"]),
        ("n036", "type", ["THÔNG BÁO"]),
        ("n036", "motto", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]),
        # a scanned e-signature stamp: its labels OCR'd ("Nguời ký:"), the lines between them the box's
        ("n047", "esign_box", [": Nguời ký: CÔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "mail: thongtinchinhphu@)chinhphu.v vn",
                               "ơ quan: VĂN PHÒNG CHÍNH PHỦ", "q", "Thời gian ký: 04.05.2026 09:44:21 +07:00 97"]),
        ("n047", "issuer", ["THỦ TƯỚNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
        # the stamp's logo OCR'd between its labels ("⁄asrSe\ BẢO VÀ TIN HỌC") is the box's, not an issuer
        ("n053", "esign_box", ["Ký bởi: Ủy ban nhân dân tỉnh Quảng", "4xx TRƯNG TÂM CÔNG Ngãi", "⁄asrSe\\ BẢO VÀ TIN HỌC",
                               "cộNG BẢO \\eÌ\\†tcbth@)quangngai.gov.vn", "VÀ TIN HỌC. Jš -20-", "Cơ quan: Tỉnh Quảng Ngãi",
                               "Thời gian ký: 18/03/2024 08:41:42"]),
        # the box's owner over its address, its time zone under its time; the issuer under the box
        ("n035", "esign_box", ["TRUNG TÂM CÔNG", "BÁO VÀ TIN HỌC", "ttcbth@quangngai.gov.vn", "06.11.2024 09:27:05", "+07:00"]),
        ("n035", "issuer", ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"]),
        ("n035", "type", ["THÔNG BÁO"]),
    ],
)
def test_rule_labeller_on_real_headers(doc_id: str, role: str, lines: list[str]) -> None:
    assert roles_of(doc_id)[role] == lines


def test_nơi_nhận_items_are_distribution() -> None:
    distribution = roles_of("n024")["distribution"]
    assert distribution[0] == "Nơi nhận:" and "- Lưu: VT, BTTP." in distribution


def test_every_corpus_line_gets_a_known_role() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        text = normalize(load_path(path))
        st = build(text, layout_mod.split(text))
        roles = label_lines(st)
        assert len(roles) == len(st.lines) and set(roles) <= set(ROLES), path.name


class _EverythingBody:
    """A labeller of another kind (as a trained one would be): every line is body."""

    def label(self, st: Structure) -> list[str]:
        return ["blank" if not line.text.strip() else "body" for line in st.lines]


class _Retagged:
    """The rules' roles with the lines holding ``text`` given ``role`` (a labeller that disagrees)."""

    def __init__(self, text: str, role: str) -> None:
        self.text, self.role = text, role

    def label(self, st: Structure) -> list[str]:
        roles = RuleRoleLabeller().label(st)
        return [self.role if self.text in line.text else r for line, r in zip(st.lines, roles, strict=True)]


def _parse_with(labeller: object, doc_id: str = "000") -> dict[str, object]:
    previous = pipeline.set_role_labeller(labeller)  # type: ignore[arg-type]
    try:
        return parse_source(load_path(CORPUS / f"{doc_id}.txt")).model_dump(exclude={"source"})
    finally:
        pipeline.set_role_labeller(previous)


# Fields the header stage does not read from the roles, and stages that need neither the header nor the closing.
NOT_FROM_ROLES = ("contacts", "quotas", "report_outline", "forms")


def test_the_header_and_closing_are_read_from_the_roles() -> None:
    before = parse_source(load_path(CORPUS / "000.txt")).model_dump(exclude={"source"})
    after = _parse_with(_EverythingBody())
    assert before["number"]["symbol"] == "1092-CV/BDVTU" and before["distribution"] == ["Như trên", "Lưu"]
    assert after["number"]["symbol"] is None and after["date"] is None and after["place"] is None
    assert after["signer"] == {"authority": None, "position": None, "name": None} and after["distribution"] == []
    # the issuer and its parent are read from the lines so tagged; the system from the mottos
    assert before["issuer"]["name"] == "Ban Dân vận Thành ủy Hải Phòng"  # type: ignore[index]
    # with no issuer line, the header falls back on the body's "Ban Dân vận Thành ủy đề nghị …"
    assert after["issuer"] == {"name": "Ban Dân vận Thành ủy", "parent": None, "system": "party"}
    assert before["subject"] == "kiểm tra, giám sát, khảo sát mô hình “Dân vận khéo”" and after["subject"] is None
    # the stages that do not read roles find what they found
    assert [after[k] for k in NOT_FROM_ROLES] == [before[k] for k in NOT_FROM_ROLES]


def test_the_type_is_read_from_the_line_tagged_type() -> None:
    # n036 prints "THÔNG BÁO" under the motto; a labeller that calls it body leaves the type to the
    # symbol ("/TB-UBND" → Thông báo), one that gives no number leaves it empty
    assert _parse_with(RuleRoleLabeller(), "n036")["document_type"] == "Thông báo"
    assert _parse_with(_EverythingBody(), "n036")["document_type"] is None


def test_an_issuer_line_the_labeller_calls_a_box_is_no_issuer() -> None:
    # n036: "ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI" under the e-office stamp; called part of the box, the first line is
    # no part of the issuer, and its second alone, a place, names no body (ISSUER_NAMES_A_BODY, session 28: it was
    # read as the issuer "Tỉnh Quảng Ngãi" before)
    assert _parse_with(RuleRoleLabeller(), "n036")["issuer"]["name"] == "Ủy ban nhân dân tỉnh Quảng Ngãi"  # type: ignore[index]
    assert _parse_with(_Retagged("ỦY BAN NHÂN DÂN", "esign_box"), "n036")["issuer"]["name"] is None  # type: ignore[index]


def test_a_line_the_labeller_takes_out_of_the_list_is_no_item() -> None:
    # 000: "Nơi nhận:\n- Như trên,\n- Lưu."; a labeller that calls "- Như trên," body drops that item only
    assert _parse_with(_Retagged("- Như trên,", "body"))["distribution"] == ["Lưu"]


def test_a_name_line_the_labeller_does_not_tag_gives_no_name() -> None:
    # n024 signs "Trần Thanh Tài" under "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"; a labeller that calls the
    # name's line body leaves the name empty and the position as it was
    rules = _parse_with(RuleRoleLabeller(), "n024")["signer"]
    assert rules["name"]  # type: ignore[index]
    retagged = _parse_with(_Retagged(rules["name"], "body"), "n024")["signer"]  # type: ignore[index]
    assert retagged["name"] is None and retagged["position"] == rules["position"]  # type: ignore[index]


def test_without_roles_the_stages_use_the_rules() -> None:
    """A labeller that fails leaves a warning; the stages fall back on the rules' roles."""

    class Broken:
        def label(self, st: Structure) -> list[str]:
            raise RuntimeError("model file missing")

    before = parse_source(load_path(CORPUS / "000.txt")).model_dump(exclude={"source"})
    after = _parse_with(Broken())
    assert any(w.startswith("stage-failed[roles]") for w in after["warnings"])  # type: ignore[attr-defined]
    assert after["signer"] == before["signer"] and after["number"] == before["number"]


def test_the_kính_gửi_list_is_tagged_recipient() -> None:
    # 004: the first item on the "Kính gửi" line, the second under it
    assert roles_of("004")["recipient"] == [
        "Kính gửi: - Ủy ban MTTQ và các tổ chức chính trị-xã hội quận,",
        "- Các cơ sở đảng trực thuộc quận.",
    ]


def test_a_line_shared_by_both_columns_takes_the_signers_role_and_keeps_its_item() -> None:
    # n001: "- Lưu: VT, NC.Châu | KT. CHỦ TỊCH" is the authority's line and the list's last item
    assert roles_of("n001")["authority"] == ["- Lưu: VT, NC.Châu | KT. CHỦ TỊCH"]
    record = parse_source(load_path(CORPUS / "n001.txt"))
    assert record.signer.authority == "KT. CHỦ TỊCH" and record.distribution[-1] == "Lưu: VT, NC.Châu"


def test_items_on_the_headings_line_are_read_when_the_signer_took_it() -> None:
    # c124: heading, items and the signer flattened into one table row
    record = parse_source(load_path(CORPUS / "c124.txt"))
    assert record.distribution == ["Như trên", "TT Ban Bí thư TW Đoàn (để báo cáo)", "Vụ Tuyên truyền, Ban Tuyên giáo TW", "Lưu BTG, VP"]


# --- the closing's signer: two authority lines, specks before the position ----------------------

from directive_parser import parse_text  # noqa: E402


@pytest.mark.parametrize(
    "closing,authority,position",
    [
        # n061: a decision of the committee signed by a deputy chair
        ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Phước Hiền", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
        # n009: the office signs for the chair through its deputy head
        ("TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nNguyễn Ngọc Nam", "TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"),
        # one authority line: the next line is the position
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Phước Hiền", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
        # c143's scan: the seal leaves specks before the position
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆM\n~z== PHÓ CHỦ NHIỆM\nNguyễn Sỹ Hiệp", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"),
        # a word before the position is no speck: the line is kept as read
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nZ HC SHÚ NHIỆM\nNguyễn Sỹ Hiệp", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "Z HC SHÚ NHIỆM"),
    ],
)
def test_authority_and_position_of_a_closing(closing: str, authority: str, position: str) -> None:
    text = "Các sở, ngành triển khai thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + closing + "\n"
    record = parse_text(text)
    assert (record.signer.authority, record.signer.position) == (authority, position)


def test_a_damaged_nơi_nhận_heading_still_opens_the_list() -> None:
    # n051's scan: "Nơi nhận:" read ".Vơi nhận:"; the heading is no item
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 11/CT-UBND\nCHỈ THỊ\nVề tăng cường chỉ đạo Kỳ thi\n\n"
        "Căn cứ Chỉ thị này, Thủ trưởng các sở, ban, ngành xây dựng kế hoạch cụ thể./.\n"
        ".Vơi nhận:\n- Văn phòng Chính phủ;\n- Bộ Giáo dục và Đào tạo;\n- Lưu: VT, KGVX.\n"
    )
    assert parse_text(text).distribution == ["Văn phòng Chính phủ", "Bộ Giáo dục và Đào tạo", "Lưu: VT, KGVX"]


@pytest.mark.parametrize("line", ["Tôi nhận:", "Đơn vị nhận:", "Gửi nhận:", ".Vơi nhận: các văn bản"])
def test_damaged_heading_counter_examples(line: str) -> None:
    from directive_parser.patterns import bare
    from directive_parser.roles import NOI_NHAN_DAMAGED_RE

    assert NOI_NHAN_DAMAGED_RE.search(bare(line)) is None


def test_specks_before_a_position_without_authority() -> None:
    # n044's scan: the authority "TM. BAN THƯỜNG VỤ" unreadable, "CHỦ TỊCH" under specks
    text = "Ban Thường vụ thông tin để Sở Nội vụ biết./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nT N THƯƠNG VỤ\n-_ˆ CHỦ TỊCH\nNguyễn Phú Hoàng\n"
    assert parse_text(text).signer.position == "CHỦ TỊCH"


def test_a_bullet_is_no_speck_before_a_position() -> None:
    from directive_parser.roles import SPECKS_RE

    assert SPECKS_RE.match("- CHỦ TỊCH").group().strip() == "-"  # matched as a speck run, refused as a bullet
    text = "Đề nghị thực hiện./.\n\nNơi nhận:\n- CHỦ TỊCH\n- Lưu: VT.\n"
    assert parse_text(text).signer.position is None


def test_a_heading_that_lost_its_n_above_the_signer_s_block() -> None:
    # c137's scan: "Nơi nhận:" read "ơi nhận:", the layout's closing opening at the authority below it
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 560/TB-VPCP\nTHÔNG BÁO\nKết luận của Phó Thủ tướng\n\n"
        "Văn phòng Chính phủ thông báo để Bộ Xây dựng và các cơ quan có liên quan\nbiết, thực hiện./.\n"
        "ơi nhận:\n- Như trên;\n- Thủ tướng, PTTg Trần Hồng Hà (để b/c);\n- Lưu: VT, CN.\n"
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Sỹ Hiệp\n"
    )
    record = parse_text(text)
    assert record.distribution == ["Như trên", "Thủ tướng, PTTg Trần Hồng Hà (để b/c)", "Lưu: VT, CN"]
    assert (record.signer.authority, record.signer.position, record.signer.name) == ("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Nguyễn Sỹ Hiệp")


def test_specks_between_the_items_do_not_end_the_list() -> None:
    # n055's scan: the seal's specks read as lines of their own inside the list
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 11/CT-UBND\nCHỈ THỊ\nVề tăng cường an toàn cầu\n\n"
        "Yêu cầu Thủ trưởng các cơ quan, đơn vị liên quan triển khai thực hiện./.\n"
        "Nơi nhận:\n\n/Z5ÄN\n\n- Văn phòng Chính phủ (b/c);\n- CT, PCT UBND tỉnh;\n\nz\nv #\n\n"
        "- Các Sở, ban, ngành tỉnh;\n- Lưu: VT, KTN.\n\nCHỦ TỊCH\nNguyễn Hoàng Giang\n"
    )
    assert parse_text(text).distribution == ["Văn phòng Chính phủ (b/c)", "CT, PCT UBND tỉnh", "Các Sở, ban, ngành tỉnh", "Lưu: VT, KTN"]


@pytest.mark.parametrize("line,speck", [("/Z5ÄN", True), ("v #", True), ("z", True), ("- Lưu.", False), ("VT;", False), ("Như trên", False)])
def test_speck_lines_both_ways(line: str, speck: bool) -> None:
    from directive_parser.roles import is_speck_line

    assert is_speck_line(line) is speck
