"""The handwritten number and day of a scan's first page read by RapidOCR (loaders/ocrhand.py).

The grammar of a read (digits only, before the symbol; day and month in range) both ways on the
recogniser's own reads of dev scans; the crops' agreement with the recogniser stood in by its
reads; and, where rapidocr-onnxruntime is installed, the recogniser on three crops of dev scans
(tests/fixtures/hand: n061's number box, written "51"; n058's date line, "ngày 04 tháng 02 năm
2025" with "04" written by hand; n053's, "15" written with a lead-in stroke and read "A5").
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURES

from directive_parser.loaders import ocrhand
from directive_parser.loaders.ocr import Reading, _reread_handwriting

# (what the recogniser read in a number box, the number it is) — dev scans' reads
NUMBER_READS = [
    ("S6: 51 /QD-UBND", "51"),  # n061, handwritten
    ("S6:5240/BCA-V01", "5240"),  # n046, the label glued
    ("S6 624 -CV/BDVTU", "624"),  # 001, Party form
    (" 299/UBND-TTHC", "299"),  # n057 without its label
    ("S6: 07 /CT-UBND", "07"),  # n050: the leading zero kept
    # counter-examples: a letter in the figure makes no number (no look-alike is mapped)
    ("S6: &99 /UBND-TTHC", None),  # n057
    ("S6: 4 S37BCA-C04", None),  # n039
    ("S6: AM /CT-UBND", None),  # n055
    ("86: 12 5", None),  # c157: no symbol after the figures (``number_alone`` reads the place alone)
    ("S: 2191 ICT-cs", None),  # n048: the slash read "I"
    ("S6 -CV/HU", None),  # 002: the number left blank
]


@pytest.mark.parametrize(("text", "number"), NUMBER_READS)
def test_number_read(text: str, number: str | None) -> None:
    assert ocrhand.number_read(text) == number


# (what the recogniser read on a date line, (day, month, year))
DATE_READS = [
    ("ngay17thang 01 nam 2025", (17, 1, 2025)),  # n061
    ("ngiy 08 thing 4 nam 2026", (8, 4, 2026)),  # n048: letters misread, figures right
    ("ngy20thang 3 nom 2018", (20, 3, 2018)),  # n050
    ("ngay 03 thang 10nam 2025", (3, 10, 2025)),  # c152: "năm" glued to the month
    ("ngay30 thang 4:", (30, 4, None)),  # n047 without its year
    # the handwriting's look-alikes in the figures' places
    ("ngay A5thang 3 nam 2024", (15, 3, 2024)),  # n053: a lead-stroke "1" read "A"
    ("ngay AA thang 9 nam 2024", (11, 9, 2024)),  # n055
    ("ngay 2g thang 11 nam 2024", (29, 11, 2024)),  # c149: an open "9" read "g"
    ("ngay45 thang 01 nam 2025", (15, 1, 2025)),  # n057: the "1" read "4" in the tens place
    ("ngay 9 thing/0nam 2025", (9, 10, 2025)),  # n039: the month's "1" read "/"
    ("ngay OMthang 12 nam 2024", (1, 12, 2024)),  # c157: the "1" read "M" in the ones place
    # counter-examples: a letter that is no look-alike, a day or month out of range, a lone "/"
    ("ngay Mthang 12 nam 2024", (None, 12, 2024)),  # a lone "M" may be "11" (n055's number)
    ("ngay MO thang 12 nam 2024", (None, 12, 2024)),  # "M" only in the ones place
    ("ngay NA thang 9", (None, 9, None)),  # n055's third crop
    ("ngay 4 thang 45 nam 2024", (4, None, 2024)),  # a lone "4" is a day; "45" no month
    ("ngay 32 thang / nam 2024", (None, None, 2024)),
    ("ngay 5/ thang 3", (None, 3, None)),  # a slash only in the tens place
]


@pytest.mark.parametrize(("text", "fields"), DATE_READS)
def test_date_read(text: str, fields: tuple[int | None, ...]) -> None:
    assert ocrhand.date_read(text) == fields


def _word(text: str, x0: float, top: float = 100.0) -> dict[str, Any]:
    line = ("1", "1", str(top))  # Tesseract's block, paragraph and line
    return {"text": text, "x0": x0, "x1": x0 + 8 * len(text), "top": top, "bottom": top + 12, "line": line, "conf": 90.0}


def _page() -> Any:
    from PIL import Image

    return Image.new("RGB", (595, 842), "white")  # one point a pixel


def _stand_in(*reads: str) -> Any:
    """The recogniser stood in by its reads, one per crop in turn, each character at 0.9."""
    queue = list(reads)
    return lambda image: (text := queue.pop(0), [0.9] * len(text))


def _number_words(*texts: str) -> list[dict[str, Any]]:
    x, out = 60.0, []
    for t in texts:
        out.append(_word(t, x))
        x += 8 * len(t) + 6
    return out


def test_number_agreed_by_the_crops_replaces_the_page_read() -> None:
    # n061: Tesseract read "9{", the four crops read 51
    words = _number_words("Số:", "9{", "/QĐ-UBND")
    repairs: list[str] = []
    reads = ("S6: 51 /QD-UBND", "S6: 51 /QD-UBND", ":51 /QD-UBND", "S6: 51 /QD-UBND")
    out = ocrhand.reread_number(words, _page(), 1.0, _stand_in(*reads), repairs)
    assert [w["text"] for w in out] == ["Số: 51/QĐ-UBND"]
    assert repairs == ["'Số: 9{ /QĐ-UBND' → 'Số: 51/QĐ-UBND' (the handwritten number read by RapidOCR: 4 of 4 crops agree, lowest character confidence 90)"]


def test_a_crop_dropping_a_figure_does_not_veto() -> None:
    # c150's crops: one drops the "1" after the label; the page read "422" (made up here)
    words = _number_words("Số:", "422/CĐ-TTg")
    out = ocrhand.reread_number(words, _page(), 1.0, _stand_in("S6: 24/CD-TTg", "So: 124/CB-TTg", "124/CD-Tg", "So: 124/CD-TTg"))
    assert [w["text"] for w in out] == ["Số: 124/CĐ-TTg"]


def test_a_tie_between_a_number_and_it_with_a_figure_dropped_is_the_longer() -> None:
    # DROP_TIE, c148's crops as RapidOCR read them: the handwritten "34" read "3" by the loosest
    # crop and the one without the label, "34" by the tight and the row crops; Tesseract read "3#"
    repairs: list[str] = []
    stand_in = _stand_in("So:  3 /CDB-Tg", "S6:  34 /CD-TTg", "3 /CDB-Tg", "S6: 34 /CD-TTg")
    out = ocrhand.reread_number(_number_words("Số:", "3#", "/CĐ-TTg"), _page(), 1.0, stand_in, repairs)
    assert ([w["text"] for w in out], len(repairs)) == (["Số: 34/CĐ-TTg"], 1)
    assert "2 of 4 crops agree" in repairs[0]


def test_the_row_alone_reads_a_slash_the_looser_crops_lose() -> None:
    # n048: "2191/" read "219 I" and "219:I" with the ink above and below, "2191 /" on the row
    words = _number_words("Số:", "ẨjBÍ", "/CT-CS")
    out = ocrhand.reread_number(words, _page(), 1.0, _stand_in("So: 219 ICT-Cs", "So: 2191 /CT-CS", " 219:ICT-Cs", "So: 2191 /CT-CS"))
    assert [w["text"] for w in out] == ["Số: 2191/CT-CS"]


def test_a_number_read_as_a_slashed_word_is_read_in_its_place_alone() -> None:
    # c157: Tesseract read the handwritten "125" as "/#Š”" before the symbol "/CĐ-TTg"; the crops of
    # the label and the figures (ending where the symbol starts) read "12 5" (spaces between the
    # handwritten figures) and "1e5"
    words = _number_words("Số:", "/#Š”", "/CĐ-TTg")
    repairs: list[str] = []
    out = ocrhand.reread_number(words, _page(), 1.0, _stand_in("S6: 12 5", "s6: 12 5", "1e5", "S6: 12 5"), repairs)
    assert [w["text"] for w in out] == ["Số: 125/CĐ-TTg"]
    assert "3 of 4 crops agree" in repairs[0]


def test_a_number_read_in_its_place_alone_needs_the_crops_agreement() -> None:
    # the crops of c157's box before it was read alone: "42 5" against "12 5"
    words = _number_words("Số:", "/#Š”", "/CĐ-TTg")
    assert ocrhand.reread_number(words, _page(), 1.0, _stand_in("S6:185", "S6: 42 5", "&S", "S6: 12 5")) == words


@pytest.mark.parametrize(
    ("page", "reads"),
    [
        # n058: four numbers; the page read no number ("$4")
        (("Số:", "$4/UBND-KTTH"), ("S: 544/UBND-KTTH", "S6: 514/UBND-KTTH", ": 54/UBND-KTTH", "S6: 574/UBND-KTTH")),
        # "0" thrice, "07" once: "07" adds a figure; the page read marks (n050's "ý#")
        (("Số:", "ý#", "/CT-UBND"), ("S6: 07 /CT-UBND", "S6: 0/CT-UBND", "0/CT-UBND", "S6: 0/CT-UBND")),
        # the longer read is no drop of the agreed one; one crop reads the page's "124": kept
        (("Số:", "124/CĐ-TTg"), ("S6: 24/CD-TTg", "S6: 24/CD-TTg", "124/CD-Tg", "S6: 24/CD-TTg")),
        # one valid read only ("299"), another than the page's; the page read marks
        (("Số:", "ý#", "/UBND-TTHC"), ("S6: &99 /UBND-TTHC", "S6: &99 /UBND-TTHC", " 299/UBND-TTHC", "S6: &99 /UBND-TTHC")),
    ],
)
def test_number_left_as_read_without_agreement(page: tuple[str, ...], reads: tuple[str, ...]) -> None:
    words = _number_words(*page)
    assert ocrhand.reread_number(words, _page(), 1.0, _stand_in(*reads)) == words


@pytest.mark.parametrize(
    ("page", "reads", "blank"),
    [
        # n055: the handwritten "11" read "44" by Tesseract (confidence 92), "M" and "A" by the crops
        (("Số:", "44", "/CT-UBND"), ("S6: M /CT-UBND", "S6: M /CT-UBND", "M/CT-UBND", "S6: A /CT-UBND"), "Số: /CT-UBND"),
        # c149: "123" read "422" by Tesseract (93); the crops "23", "423", "A23", "A23" agree on nothing
        (("Số:", "422", "/CĐÐ-TTg"), ("So: 23 /CD-TTg", "S6: 423 /CD-TTg", " A23 /CD-Tg", "S6: A23 /CD-TTg"), "Số: /CĐÐ-TTg"),
        # n057: "299" read "899" by Tesseract, "&99" thrice and "099" by the crops
        (("Số:", "899", "/UBND-TTHC"), ("S6: &99 /UBND-TTHC", "S6: &99 /UBND-TTHC", " 099/UBND-TTHC", "S6: &99 /UBND-TTHC"), "Số: /UBND-TTHC"),
    ],
)
def test_a_number_no_crop_reads_is_left_blank(page: tuple[str, ...], reads: tuple[str, ...], blank: str) -> None:
    # HAND_NUMBER_UNCONFIRMED, the dev scans' reads: a wrong number in the register is worse than none
    repairs: list[str] = []
    out = ocrhand.reread_number(_number_words(*page), _page(), 1.0, _stand_in(*reads), repairs)
    assert [w["text"] for w in out] == [blank]
    assert len(repairs) == 1 and "none of RapidOCR's 4 crops reads" in repairs[0] and "left blank" in repairs[0]


def test_a_party_number_read_alone_with_its_dash_is_kept() -> None:
    # 004: "Số 719 - CV/QU": the number's place is read alone (the symbol's code starts after the dash),
    # and the crops read "S6 719 -" (the dash in the place): they read the page's "719", which stays
    words = _number_words("Số", "719", "-", "CV/QU")
    reads = ("S6 719 -", "S6 719 -", "719-", "S6 719 -")
    assert [w["text"] for w in ocrhand.reread_number(words, _page(), 1.0, _stand_in(*reads))] == ["Số", "719", "-", "CV/QU"]


def test_a_number_a_crop_reads_is_kept_though_the_others_differ() -> None:
    # HAND_NUMBER_UNCONFIRMED's other side: c150's typed "124", one crop dropping its "1"; made-up reads where
    # only one crop reads the page's figures, the others another number each
    words = _number_words("Số:", "124", "/CĐ-TTg")
    reads = ("S6: 24/CD-TTg", "So: 724/CB-TTg", "124/CD-Tg", "So: 12/CD-TTg")
    assert ocrhand.reread_number(words, _page(), 1.0, _stand_in(*reads)) == words


def test_number_the_page_read_is_not_recorded_again() -> None:
    words = _number_words("Số:", "2827", "/QĐ-BGDĐT")
    repairs: list[str] = []
    reads = ("S6: 2827 /QD-BGDDT",) * 4
    assert ocrhand.reread_number(words, _page(), 1.0, _stand_in(*reads), repairs) == words and repairs == []


def _date_words(*texts: str) -> list[dict[str, Any]]:
    x, out = 330.0, []
    for t in texts:
        out.append(_word(t, x, top=110.0))
        x += 8 * len(t) + 6
    return out


def test_day_agreed_by_the_crops_fills_the_page_read() -> None:
    # n058: the day read "{†", the crops read 04
    words = _date_words("ngày", "{†tháng", "02", "năm", "2025")
    repairs: list[str] = []
    reads = ("ngay 04 thang 02 nam 2025", "ngay 04thang 02 nam 2025", "ngay 04 thang 02 ")
    out = ocrhand.reread_date(words, _page(), 1.0, None, _stand_in(*reads), repairs)
    assert [w["text"] for w in out] == ["ngày 04 tháng 2 năm 2025"]
    assert "3 of 3 crops agree" in repairs[0]


def test_day_read_with_a_figure_dropped_by_one_crop() -> None:
    # n061: "17" written by hand, one crop reads "1"
    words = _date_words("ngày4†tháng", "01", "năm", "2025")
    reads = ("ngay1thang 01 nam 2025", "ngay17thang 01 nam 2025", "ngay17thang 01 ")
    out = ocrhand.reread_date(words, _page(), 1.0, None, _stand_in(*reads))
    assert [w["text"] for w in out] == ["ngày 17 tháng 1 năm 2025"]


@pytest.mark.parametrize(
    ("page", "reads", "date", "ending"),
    [
        # n053: "15" written with a lead-in stroke, read "A5", "45", "A5"
        (
            ("ngày", "Íð", "tháng", "3", "năm", "2024"),
            ("ngay A5thang 3 nam 2024", "ngay 45thang 3 nam 2024", "ngay A5thang 3 "),
            "ngày 15 tháng 3 năm 2024",
            "3 of 3 crops agree, lowest character confidence 90; read 'A5', '45', 'A5')",
        ),
        # c149: Tesseract read the handwritten "29" as "23"; every crop reads 29 ("2g" an open 9)
        (
            ("ngày", "23", "tháng", "11", "năm", "2024"),
            ("ngay 29 thang 11 nam 2024", "ngay 2g thang 11 nam 2024", "ngay 2g thang 11 :"),
            "ngày 29 tháng 11 năm 2024",
            "read '29', '2g', '2g'; the page read another)",
        ),
        # c157: "01" written with a lead-in stroke; Tesseract read "0" glued to "tháng"
        (
            ("ngày", "0tháng", "12", "năm", "2024"),
            ("ngay OMthang 12 nam 2024", "ngay 0Athang 12 nam 2024", "ngay OMthang 12 "),
            "ngày 01 tháng 12 năm 2024",
            "3 of 3 crops agree, lowest character confidence 90; read 'OM', '0A', 'OM')",
        ),
    ],
)
def test_day_read_through_the_handwritings_look_alikes(page: tuple[str, ...], reads: tuple[str, ...], date: str, ending: str) -> None:
    repairs: list[str] = []
    out = ocrhand.reread_date(_date_words(*page), _page(), 1.0, None, _stand_in(*reads), repairs)
    assert [w["text"] for w in out] == [date]
    assert repairs[0].endswith(ending)


@pytest.mark.parametrize(
    "reads",
    [
        ("ngay 29 thang 11 nam 2024", "ngay 2g thang 11 nam 2024", "ngay 2 thang 11 :"),  # one crop drops a figure
        ("ngay 29 thang 11 nam 2024", "ngay 2g thang 11 nam 2024", "ngay M thang 11 :"),  # one crop reads no day
        ("ngay 23 thang 11 nam 2024",) * 3,  # the page's day
    ],
)
def test_a_day_the_page_read_stays_without_every_crop_against_it(reads: tuple[str, ...]) -> None:
    words = _date_words("ngày", "23", "tháng", "11", "năm", "2024")
    repairs: list[str] = []
    assert ocrhand.reread_date(words, _page(), 1.0, None, _stand_in(*reads), repairs) == words and repairs == []


def test_a_whole_date_a_crop_agrees_with_is_read_once() -> None:
    # a typed date read right by the page: one crop agrees, no other is read (the stand-in has one)
    words = _date_words("ngày", "23", "tháng", "11", "năm", "2024")
    assert ocrhand.reread_date(words, _page(), 1.0, None, _stand_in("ngay 23 thang 11 nam 2024")) == words


@pytest.mark.parametrize(
    ("reads", "received"),
    [
        (("ngay 19 thang 02 nam 2025", "ngay 17 thang 02 nam 2025", "ngay17thang 02 "), None),  # 19 against 17
        (("ngay 07 thang 02 nam 2025",) * 3, "2025-02-05"),  # after the received stamp's day
        (("ngay 30 thang 02 nam 2025",) * 3, None),  # no such day
        (("ngay 07 thang 02 nam 2024",) * 3, None),  # another year than the page's: not this line
        (("ngay Mthang 02 nam 2025", "ngay 0Athang 02 nam 2025", "ngay Mthang 02 "), None),  # one look-alike read only
    ],
)
def test_day_left_as_read(reads: tuple[str, ...], received: str | None) -> None:
    words = _date_words("ngày", "{†tháng", "02", "năm", "2025")
    assert ocrhand.reread_date(words, _page(), 1.0, received, _stand_in(*reads)) == words


def test_without_rapidocr_the_page_is_left_and_noted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocrhand, "recogniser", lambda: None)
    reading = Reading()
    words = _number_words("Số:", "9{", "/QĐ-UBND")
    assert _reread_handwriting(words, _page(), 1.0, reading, []) == words
    assert reading.notes == [ocrhand.MISSING_NOTE]


def _installed() -> Any:
    pytest.importorskip(ocrhand.HAND_PACKAGE, reason="rapidocr-onnxruntime is not installed")
    read = ocrhand.recogniser()
    assert read is not None
    return read


def test_real_crop_handwritten_number() -> None:
    from PIL import Image

    text, confidences = _installed()(Image.open(FIXTURES / "hand" / "n061-number-box.png"))
    assert ocrhand.number_read(text) == "51" and len(confidences) == len(text)


def test_real_crop_handwritten_day() -> None:
    from PIL import Image

    text, _ = _installed()(Image.open(FIXTURES / "hand" / "n058-date-line.png"))
    assert ocrhand.date_read(text) == (4, 2, 2025)


def test_real_crop_handwritten_day_with_a_lead_stroke() -> None:
    from PIL import Image

    text, _ = _installed()(Image.open(FIXTURES / "hand" / "n053-date-line.png"))
    assert ocrhand.date_read(text)[:2] == (15, 3)


def test_a_failing_recogniser_leaves_the_page_and_notes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(image: Any) -> Any:
        raise RuntimeError("onnxruntime: bad model")

    monkeypatch.setattr(ocrhand, "recogniser", lambda: broken)
    reading = Reading()
    words = _number_words("Số:", "9{", "/QĐ-UBND")
    assert _reread_handwriting(words, _page(), 1.0, reading, []) == words
    assert reading.notes == ["handwritten figures not re-read: RapidOCR failed (RuntimeError: onnxruntime: bad model)"]


def test_real_crop_year_beside_a_received_stamp() -> None:
    from PIL import Image

    # c143: the crop ends at the year's place after "năm" (``ocrfields.run_right`` with
    # ``READ_THE_YEARS_PLACE``), left of the received stamp
    text, _ = _installed()(Image.open(FIXTURES / "hand" / "c143-date-line.png"))
    assert ocrhand.date_read(text) == (1, 12, 2024)


def test_real_crop_handwritten_day_read_m_in_the_ones_place() -> None:
    from PIL import Image

    # c157: "01" written with a lead-in stroke, read "OM"
    text, _ = _installed()(Image.open(FIXTURES / "hand" / "c157-date-line.png"))
    assert ocrhand.date_read(text) == (1, 12, 2024)


def test_real_crop_handwritten_number_in_its_place_alone() -> None:
    from PIL import Image

    # c157: the label and the handwritten "125", the crop ending where "/CĐ-TTg" starts (the row's crop)
    text, _ = _installed()(Image.open(FIXTURES / "hand" / "c157-number-place.png"))
    assert ocrhand.number_alone(text) == "125"
