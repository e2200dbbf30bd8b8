"""Duties the parser did not find (issue 11, session 28, i28-recall): forms of the language that hand a duty, read
where the unseen probe's tune half printed them. The probe's texts are third-party: these tests use our own sentences
in the probe's forms (the probe ids in comments) and dev corpus documents for the counter-examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_parser import parse_file, parse_text
from directive_parser.extractors.obligations import parallel_clause

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

HEADER = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG\nSố: 31/UBND-VP\nĐức Trọng, ngày 10 tháng 3 năm 2025\nV/v tổ chức Ngày hội đọc sách\nKính gửi: Các trường học trên địa bàn huyện.\n\n"


def duties(body: str, header: str = HEADER) -> list[tuple[str | None, str]]:
    return [(o.responsible, o.action) for o in parse_text(header + body).obligations]


# --- PARALLEL_BODY_CLAUSE ---------------------------------------------------------------------------------------------


def test_parallel_body_clause_gives_each_distributed_body_its_share() -> None:
    # the probe's pd11 form (set D), our words: "kêu gọi mỗi X <verb> …, mỗi Y <verb> …" hands two shares
    body = "Để Ngày hội thành công, Ủy ban nhân dân huyện kêu gọi mỗi trường tiểu học cử 15 học sinh tham gia, mỗi trường trung học cơ sở cử 20 học sinh tham gia.\n"
    assert duties(body) == [
        ("mỗi trường tiểu học", "cử 15 học sinh tham gia"),
        ("mỗi trường trung học cơ sở", "cử 20 học sinh tham gia"),
    ]


def test_parallel_body_clause_reads_the_remaining_bodies_of_the_same_kind() -> None:
    # the probe's pi03 form (set I), our words: "UBND các xã A, B <verb> …, UBND các xã còn lại tự <verb> …"
    body = (
        "Ủy ban nhân dân huyện yêu cầu UBND các xã:\n"
        "1. UBND các xã Hiệp An, Hiệp Thạnh thực hiện đăng ký xã đạt chuẩn nông thôn mới kiểu mẫu, UBND các xã còn lại tự rà soát và đăng ký danh sách thôn đạt chuẩn.\n"
    )
    assert duties(body) == [
        ("UBND các xã Hiệp An, Hiệp Thạnh", "thực hiện đăng ký xã đạt chuẩn nông thôn mới kiểu mẫu"),
        ("UBND các xã còn lại", "tự rà soát và đăng ký danh sách thôn đạt chuẩn"),
    ]


@pytest.mark.parametrize(
    ("action", "who"),
    [
        # the second body cooperates in the first one's duty: one entry
        ("chủ trì, UBND các xã phối hợp thực hiện kiểm tra", "UBND huyện"),
        # the first two words differ: no parallel of one kind
        ("chủ trì tổ chức kiểm tra, UBND các xã báo cáo kết quả", "UBND huyện"),
        # an object list after the verb: no duty verb after the name
        ("giới thiệu các mô hình, các điển hình tiên tiến trên cổng thông tin", "Các xã"),
        # DIRECTED_COMPLEMENT (dev n050's form): the bodies the first clause directs
        ("đôn đốc các phòng thuộc UBND huyện, UBND các xã nghiêm túc thi hành bản án", "UBND các huyện"),
        # LIST_NOT_CLAUSE: the first clause names a body (a destination), the comma goes on with its list
        ("gửi báo cáo kết quả về Sở Nội vụ, UBND các xã theo dõi, đôn đốc", "UBND các huyện"),
        ("tổ chức hội nghị tại Trung tâm Văn hóa huyện, mỗi xã cử 02 đại biểu dự", "mỗi thị trấn"),
        # no body named
        ("thực hiện đăng ký, mỗi trường cử 02 giáo viên", None),
    ],
)
def test_parallel_body_clause_counter_examples(action: str, who: str | None) -> None:
    assert parallel_clause(action, who) is None


def test_parallel_body_clause_both_ways_on_the_function() -> None:
    assert parallel_clause("huy động 20 vận động viên tham gia, mỗi phòng ban huy động 10 cán bộ tham gia", "mỗi khoa") == (
        "huy động 20 vận động viên tham gia",
        "mỗi phòng ban",
        "huy động 10 cán bộ tham gia",
    )


def test_parallel_body_clause_keeps_dev_n050_one_duty() -> None:
    # dev n050: "Chỉ đạo, kiểm tra, đôn đốc cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, Ủy ban nhân dân cấp xã
    # nghiêm túc thi hành …" is one duty of "Ủy ban nhân dân các huyện, thành phố" (its gold), not two
    entries = [o for o in parse_file(CORPUS / "n050.txt").obligations if "nghiêm túc thi hành" in o.action]
    assert len(entries) == 1
    assert entries[0].action.startswith("Chỉ đạo, kiểm tra, đôn đốc cơ quan chuyên môn")
    assert not any(o.responsible == "Ủy ban nhân dân cấp xã" for o in parse_file(CORPUS / "n050.txt").obligations)


# --- THEN_SUBJECT ----------------------------------------------------------------------------------------------------


def test_then_subject_reads_the_body_after_thi() -> None:
    # the probe's pi17 form (set I), our words: a topic or condition, then "thì" + the body and its duty; LEAVE_KIND:
    # "ngày nghỉ hằng tuần" names the weekly rest, it is no due
    body = (
        "Các trạm y tế phải làm việc liên tục trong dịp lễ, bố trí trực luân phiên thì Giám đốc Trung tâm Y tế huyện "
        "căn cứ vào ngày nghỉ hằng tuần để bố trí cho nhân viên nghỉ bù.\n"
    )
    record = parse_text(HEADER + body)
    (duty,) = [o for o in record.obligations if "nghỉ bù" in o.action]
    assert duty.responsible == "Giám đốc Trung tâm Y tế huyện"
    assert duty.action == "căn cứ vào ngày nghỉ hằng tuần để bố trí cho nhân viên nghỉ bù"
    assert duty.due is None


def test_then_subject_gives_dev_c158_its_province() -> None:
    # dev c158 IV.: "Đối với các dự án … vượt thâm quyền giải quyết thì Tỉnh chủ động rà soát, báo cáo cụ thể, gửi Bộ
    # Tài chính trước ngày 15 tháng 4 năm 2025 …" is "Tỉnh"'s duty (its gold), the condition out of the action
    (duty,) = [o for o in parse_file(CORPUS / "c158.txt").obligations if "báo cáo cụ thể" in o.action]
    assert duty.responsible == "Tỉnh"
    assert duty.action.startswith("chủ động rà soát, báo cáo cụ thể, gửi Bộ Tài chính")


@pytest.mark.parametrize(
    "sentence",
    [
        # a lower-case noun and a benefit (dev n048's form): no body, no duty
        "Trường hợp dự án đáp ứng đủ điều kiện thì doanh nghiệp được áp dụng mức thuế suất ưu đãi.\n",
        # the issuer's promise after "thì" (VETO_PROMISE)
        "Sau thời hạn trên, đơn vị nào không nộp hồ sơ thì Phòng Văn hóa và Thông tin sẽ tham mưu Ủy ban nhân dân huyện xử lý.\n",
    ],
)
def test_then_subject_counter_examples(sentence: str) -> None:
    assert duties(sentence) == []


def test_then_subject_match_both_ways() -> None:
    from directive_parser.extractors.deadlines import then_subject_match

    m = then_subject_match("Đối với các dự án có vướng mắc thì Tỉnh chủ động rà soát, báo cáo")
    assert m is not None and m.group("who") == "Tỉnh"
    assert then_subject_match("Trường hợp đủ điều kiện thì doanh nghiệp được hưởng ưu đãi") is None
    assert then_subject_match("Nếu không thực hiện thì tham mưu Ủy ban nhân dân huyện xử lý") is None
