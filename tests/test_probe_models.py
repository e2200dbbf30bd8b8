"""scripts/probe_models.py (issue 17, session 26): the setting chosen on the probe's tune half, and
the half's folder (only the ids SPLIT.tsv gives that half)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from directive_parser import evaluate as ev

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "probe_models.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("probe_models", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["probe_models"] = mod
    spec.loader.exec_module(mod)
    return mod


pm = _module()


def _figures(obl: int, resp: int) -> dict[str, dict[str, ev.PRF]]:
    """Figures with ``obl`` and ``resp`` true pairs of 10 gold and 10 found, every other row empty."""
    out = {lv: {row: ev.PRF() for row in pm.ROWS} for lv in ev.LEVELS}
    for lv in ev.LEVELS:
        out[lv]["obligations"] = ev.PRF(tp=obl, fp=10 - obl, fn=10 - obl)
        out[lv]["obligations +responsible"] = ev.PRF(tp=resp, fp=10 - resp, fn=10 - resp)
    return out


def test_best_takes_a_setting_that_gains_with_no_row_lower() -> None:
    rules = _figures(6, 5)
    assert pm.best([(0.9, _figures(6, 5)), (0.5, _figures(7, 5))], rules, "never") == 0.5


def test_best_keeps_the_rules_when_a_gain_lowers_another_row() -> None:
    # the tune half's case: adding raises the actions paired but lowers +responsible
    rules = _figures(6, 5)
    assert pm.best([(0.5, _figures(7, 4))], rules, "never") == "never"


def test_half_folder_links_only_that_half(tmp_path: Path) -> None:
    probe = tmp_path / "probe"
    (probe / "corpus").mkdir(parents=True)
    (probe / "annotations").mkdir()
    for doc_id in ("pa01", "pa02"):
        (probe / "corpus" / f"{doc_id}.txt").write_text("x", "utf-8")
        (probe / "annotations" / f"{doc_id}.json").write_text("{}", "utf-8")
    (probe / "annotations" / "SPLIT.tsv").write_text("id\tsplit\npa01\tdev\npa02\ttest\n", "utf-8")
    ids = pm.half_folder(probe, "dev", tmp_path / "tune")
    assert ids == ["pa01"]
    assert sorted(p.name for p in (tmp_path / "tune" / "corpus").iterdir()) == ["pa01.txt"]
    assert sorted(p.name for p in (tmp_path / "tune" / "annotations").iterdir()) == ["pa01.json"]
