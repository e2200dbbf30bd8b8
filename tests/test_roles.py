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


def test_a_labeller_plugs_in_without_touching_the_extractors(monkeypatch: pytest.MonkeyPatch) -> None:
    source = load_path(CORPUS / "000.txt")
    before = parse_source(source)
    previous = pipeline.set_role_labeller(_EverythingBody())  # type: ignore[arg-type]
    try:
        after = parse_source(source)
    finally:
        pipeline.set_role_labeller(previous)
    assert isinstance(previous, RuleRoleLabeller)
    assert after.model_dump(exclude={"source"}) == before.model_dump(exclude={"source"})


def test_a_broken_labeller_loses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        def label(self, st: Structure) -> list[str]:
            return ["issuer"]  # one role for many lines

    monkeypatch.setattr(pipeline, "ROLE_LABELLER", Broken())
    record = parse_source(load_path(CORPUS / "000.txt"))
    assert record.number.symbol == "1092-CV/BDVTU"
    assert any(w.startswith("stage-failed[roles]: ValueError") for w in record.warnings)
