"""An event plan's fields (issue 11, session 27, i27-eventplan): a letter or plan for one event sets out its parts as
sibling fields, "1. Thời gian: …" / "2. Địa điểm: …" / "3. Nội dung:" over its items; the time field times each content
item and the lead-in that announces them is no entry (README D6, T2, T14; EVENT_FIELDS_TIME_CONTENT in
extractors/deadlines.py). The probe's texts are third-party: these tests use our own sentences in the probe's form
(pb03; pf05 prints the "4. Nội dung:" kind), the counter-examples are dev corpus documents (c117, c111)."""

from __future__ import annotations

from pathlib import Path

from directive_parser import parse_file, parse_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

HEADER = "ĐOÀN XÃ AN BÌNH\nSố: 12-CV/ĐTN\nV/v tổ chức Ngày hội đọc sách\nAn Bình, ngày 02 tháng 5 năm 2024\nKính gửi: Các chi đoàn thôn.\n"

EVENT = (
    "Thực hiện Kế hoạch số 20-KH/ĐTN của Huyện Đoàn, Ban Thường vụ Đoàn xã đề nghị các chi đoàn thôn tổ chức Ngày hội"
    " đọc sách 12/5/2024, cụ thể như sau:\n"
    "1. Thời gian: Ngày 12/5/2024 (Chủ nhật)\n"
    "2. Địa điểm: Tại nhà văn hóa các thôn.\n"
    "3. Nội dung:\n"
    "- Tổ chức trưng bày sách, báo tại nhà văn hóa thôn; giới thiệu sách mới cho thiếu nhi.\n"
    "- Tổ chức giao lưu kể chuyện theo sách cho các em thiếu nhi trên địa bàn.\n"
)


def _duties(body: str) -> list[tuple[str | None, str, str | None]]:
    record = parse_text(HEADER + body)
    return [(o.responsible, o.action, o.due) for o in record.obligations]


def test_event_fields_time_content_gives_each_item_the_events_time() -> None:
    # EVENT_FIELDS_TIME_CONTENT (probe pb03's form, our words): was the lead-in as the one dated duty, the items untimed
    record = parse_text(HEADER + EVENT)
    timed = {(d.action, d.text, str(d.date)) for d in record.deadlines}
    assert (
        "Tổ chức trưng bày sách, báo tại nhà văn hóa thôn; giới thiệu sách mới cho thiếu nhi",
        "Ngày 12/5/2024",
        "2024-05-12",
    ) in timed
    assert (
        "Tổ chức giao lưu kể chuyện theo sách cho các em thiếu nhi trên địa bàn",
        "Ngày 12/5/2024",
        "2024-05-12",
    ) in timed
    # the lead-in only announces the items (D6), its day names the event (T14): no entry of its own
    assert not any("Ngày hội đọc sách" in o.action for o in record.obligations)
    assert all(who == "các chi đoàn thôn" for who, _, _ in _duties(EVENT))


def test_event_fields_time_content_reads_a_hard_wrapped_copy() -> None:
    # pb03's copy wraps the label ("1. Thời\ngian:") and leaves each "-" alone on its line, the item on the next
    wrapped = EVENT.replace("1. Thời gian: Ngày 12/5/2024", "1. Thời\ngian: Ngày\n12/5/2024").replace(
        "- Tổ chức", "-\nTổ chức"
    )
    timed = {(d.action, str(d.date)) for d in parse_text(HEADER + wrapped).deadlines}
    assert ("Tổ chức giao lưu kể chuyện theo sách cho các em thiếu nhi trên địa bàn", "2024-05-12") in timed
    assert (
        "Tổ chức trưng bày sách, báo tại nhà văn hóa thôn; giới thiệu sách mới cho thiếu nhi",
        "2024-05-12",
    ) in timed


def test_event_fields_time_content_an_item_keeps_its_own_time() -> None:
    own = EVENT.replace("trên địa bàn.\n", "trên địa bàn vào ngày 19/5/2024.\n")
    dates = {d.action: str(d.date) for d in parse_text(HEADER + own).deadlines}
    assert dates["Tổ chức trưng bày sách, báo tại nhà văn hóa thôn; giới thiệu sách mới cho thiếu nhi"] == "2024-05-12"
    assert any(date == "2024-05-19" and action.startswith("Tổ chức giao lưu") for action, date in dates.items())


def test_event_fields_time_content_needs_a_content_field() -> None:
    # counter-example: without "Nội dung:" and its items the time field times the lead-in's duty (``_lead_in_above``)
    no_content = EVENT.split("3. Nội dung:")[0].replace(" 12/5/2024, cụ thể", ", cụ thể")
    assert _duties(no_content) == [("các chi đoàn thôn", "tổ chức Ngày hội đọc sách", "Ngày 12/5/2024")]


def test_event_fields_time_content_keeps_the_dev_readings() -> None:
    # counter-example (c117 2.2.3): fields under a heading that states the event ("Tổ chức “Ngày hội thanh niên công
    # nhân”" / "Thời gian:Ngày 22/5/2021 (Thứ bảy)." / "Nội dung:" / "+ Tuyên truyền về bầu cử …") — no lead-in ending
    # in ":", the content items say what the event holds (E11) and take no time
    c117 = parse_file(CORPUS / "c117.txt")
    assert not any(o.action.startswith("Tuyên truyền về bầu cử") and o.due for o in c117.obligations)
    # counter-example (c111): "… cụ thể như sau:" / "+ Thời gian thực hiện: Từ tháng 7/2023 đến ngày 31/12/2023." with
    # no content field times the lead-in's duty
    c111 = parse_file(CORPUS / "c111.txt")
    lead = next(o for o in c111.obligations if "triển khai trọng điểm" in o.action)
    assert lead.due == "Từ tháng 7/2023 đến ngày 31/12/2023"


MEETING = (
    "ĐẢNG ỦY XÃ AN BÌNH\nSố: 30-TB/ĐU\nAn Bình, ngày 28 tháng 9 năm 2024\nTHÔNG BÁO\nKết luận hội nghị Ban Chấp hành\n"
)


def test_speaker_stresses_gives_the_lead_ins_time_to_the_items() -> None:
    # SPEAKER_STRESSES (probe ph05's form, our words): the speaker's preamble and verb, then only announcing words and
    # the time; each item names its own body and takes the time, the lead-in is no entry (was: the lead-in, the speaker
    # and all, as the one dated duty)
    body = (
        "Phát biểu kết luận, đồng chí Bí thư Đảng ủy xã nhấn mạnh một số công việc trọng tâm cần tổ chức thực hiện"
        " trong tháng 10 năm 2024, cụ thể như sau:\n"
        "- Các thôn rà soát danh sách hộ nghèo trên địa bàn.\n"
        "- Giao Ủy ban nhân dân xã chỉ đạo Ban Văn hóa tổ chức tuyên truyền phòng chống dịch bệnh.\n"
    )
    record = parse_text(MEETING + body)
    timed = {(d.responsible, d.action, d.text) for d in record.deadlines}
    assert ("Các thôn", "rà soát danh sách hộ nghèo trên địa bàn", "trong tháng 10 năm 2024") in timed
    assert (
        "Ủy ban nhân dân xã",
        "chỉ đạo Ban Văn hóa tổ chức tuyên truyền phòng chống dịch bệnh",
        "trong tháng 10 năm 2024",
    ) in timed
    assert not any("nhấn mạnh" in o.action for o in record.obligations)


def test_speaker_stresses_a_lead_in_with_a_duty_of_its_own_keeps_it() -> None:
    # counter-example: words of its own after the speaking verb (a duty, not announcing words) keep the lead-in's entry
    body = (
        "Phát biểu kết luận, đồng chí Bí thư Đảng ủy xã nhấn mạnh các thôn cần khẩn trương hoàn thành thu hoạch lúa"
        " trong tháng 10 năm 2024, cụ thể như sau:\n"
        "- Các thôn rà soát diện tích lúa chín trên địa bàn.\n"
        "- Giao Ủy ban nhân dân xã chỉ đạo Ban Nông nghiệp hỗ trợ máy gặt.\n"
    )
    record = parse_text(MEETING + body)
    assert any("thu hoạch lúa" in d.action for d in record.deadlines)
