"""The extractors' cost grows linearly with the text, on adversarial and repeated inputs.

Each case parses a text and the same text four times over; a linear stage takes about four
times as long, a quadratic one sixteen. The ratio is taken on CPU time (best of two runs) and
allowed up to ``MAX_RATIO``, generous enough for a busy machine, far below a quadratic stage.
Absolute speed is measured by ``directive-parser benchmark``, not here.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from conftest import CORPUS

from directive_parser import parse_text
from directive_parser.extractors.quotas import parse_number

# How much bigger the large input is than the small one.
GROWTH = 4
# A linear parse takes ~GROWTH times as long; a quadratic one GROWTH**2 (16×).
MAX_RATIO = 2 * GROWTH
SEED = (CORPUS / "000.txt").read_text(encoding="utf-8")


def _cpu_seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        clock = time.process_time()
        parse_text(text)
        best = min(best, time.process_time() - clock)
    return best


# name -> text of n units. Each was quadratic once: date phrases on lines without a sentence end
# (deadlines: every phrase re-read the whole "sentence"), bounds on such lines (quotas: every
# number searched back to the zone start for its sentence and parenthesis), a real directive
# repeated (quotas lowered the whole text for each subject).
CASES: dict[str, Callable[[int], str]] = {
    "dates on lines": lambda n: SEED[:400] + "ngày 15 tháng 7 năm 2023\n" * (150 * n),
    "bounds on lines": lambda n: SEED[:400] + "đạt 95% trở lên\n" * (250 * n),
    "repeated directive": lambda n: (SEED + "\n") * (6 * n),
}


@pytest.mark.parametrize("name", list(CASES))
def test_cost_is_linear(name: str) -> None:
    make = CASES[name]
    small, large = _cpu_seconds(make(1)), _cpu_seconds(make(GROWTH))
    assert large / small < MAX_RATIO, f"{name}: {GROWTH}× the text took {large / small:.1f}× the time"


def test_long_digit_runs_are_not_numbers() -> None:
    # 310 digits overflowed a float; a run this long is an identifier, not a quota.
    assert parse_number("9" * 310) is None
    assert parse_number("1" * 15) == 111_111_111_111_111
    record = parse_text(SEED + "\nMỗi xã xây dựng ít nhất " + "9" * 400 + " mô hình.\n")
    assert all(q.min is None or q.min < 10**15 for q in record.quotas)
