"""Score the probe's duty rows with the rules alone and with a trained duty component wired in
through the pipeline's obligation hook (issue 17, session 26: do the trained components help on
directives nobody tuned for?).

The probe (``/work/wt/probe/all``: ``corpus/<id>.txt``, ``annotations/<id>.json`` and
``annotations/SPLIT.tsv``) lives outside the repository; its texts are third-party pages and are
never copied here. Its TUNE half is the ``dev`` ids, its CHECK half the ``test`` ids.

Components (trained on the corpus's dev split by ``directive-parser train duties|obligations``):

* task 5, the duty detector (``duty_model``): COMBINED adds, to the rules' obligations, the stage's
  entry of each unit no rules' entry covers that the model scores over a threshold; MODEL keeps the
  units it scores >= 0.5 (``duty_model.model_choice``).
* task 2, keep/drop over the stage's candidates (``obligation_model``): COMBINED drops a rules'
  obligation scored under ``drop_below`` and adds a rejected candidate scored over ``add_above``;
  MODEL keeps what it scores >= 0.5.

Both go through ``pipeline.set_obligation_filter``, so the record is the pipeline's and the rows are
``evaluate``'s own (text inputs). The filter replaces the obligations only: the deadlines rows do
not move (printed to show it).

Usage::

    # the tune half: every setting of the grids, the chosen one per component, per-document changes
    python3 scripts/probe_models.py tune --duties /tmp/m/duties --obligations /tmp/m/obl --json tune.json
    # the check half, once, with the settings chosen on the tune half (aggregate rows only)
    python3 scripts/probe_models.py check --duties … --obligations … --duty-above T --drop-below A --add-above B
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from directive_parser import duty_model as dm
from directive_parser import evaluate as ev
from directive_parser import obligation_model as om
from directive_parser import pipeline
from directive_parser.line_model import load_trained
from directive_parser.record import Directive, Obligation
from directive_parser.structure import Structure

PROBE = Path("/work/wt/probe/all")
# The rows the brief asks for (evaluate's names), both levels.
ROWS: tuple[str, ...] = (
    "obligations",
    "obligations +responsible",
    "obligations +due",
    "deadlines",
    "deadlines +action",
)
# The rows a setting must not lower on the tune half (the duty rows a filter can move).
GUARDED: tuple[str, ...] = ("obligations", "obligations +responsible", "obligations +due")
HALVES = {"tune": "dev", "check": "test"}

Filter = Callable[[Structure, Directive], list[Obligation]]
Figures = dict[str, dict[str, ev.PRF]]


def _copies(obls: Iterable[Obligation]) -> list[Obligation]:
    return [o.model_copy(deep=True) for o in obls]


class DutyScores:
    """The duty detector's unit scores, computed once per text (the grids re-parse every document)."""

    def __init__(self, path: Path) -> None:
        self.nlp = load_trained(path, "duties")
        self.cache: dict[str, dm.DutyDoc] = {}

    def doc(self, st: Structure, record: Directive) -> dm.DutyDoc:
        key = st.text.text
        if key not in self.cache:
            d = dm.build("probe", st, record, None)
            dm.set_scores(self.nlp, [d])
            self.cache[key] = d
        return self.cache[key]

    def combined(self, above: float) -> Filter:
        return lambda st, record: _copies(dm.combined(self.doc(st, record), above))

    def alone(self) -> Filter:
        return lambda st, record: _copies(dm.model_choice(self.doc(st, record)))


class KeepScores:
    """The keep/drop model's candidate scores, computed once per text."""

    def __init__(self, path: Path) -> None:
        self.nlp = load_trained(path, "obligations")
        self.cache: dict[str, tuple[list[om.Candidate], list[float]]] = {}

    def scored(self, st: Structure, record: Directive) -> tuple[list[om.Candidate], list[float]]:
        key = st.text.text
        if key not in self.cache:
            cands = om.candidates(st, record)
            self.cache[key] = (cands, om.keep_scores(self.nlp, cands))
        return self.cache[key]

    def combined(self, drop_below: float, add_above: float) -> Filter:
        return lambda st, record: _copies(om.choose(*self.scored(st, record), drop_below, add_above))

    def alone(self) -> Filter:
        return lambda st, record: _copies(
            c.obligation for c, p in zip(*self.scored(st, record), strict=True) if p >= 0.5
        )


def half_folder(probe: Path, split: str, into: Path) -> list[str]:
    """A folder of links to the probe's documents of one split (``corpus/``, ``annotations/``)."""
    ids = [
        line.split("\t")[0]
        for line in (probe / "annotations" / "SPLIT.tsv").read_text("utf-8").splitlines()[1:]
        if line.strip() and line.split("\t")[1].strip() == split
    ]
    for sub in ("corpus", "annotations"):
        (into / sub).mkdir(parents=True, exist_ok=True)
    for doc_id in ids:
        os.symlink(probe / "corpus" / f"{doc_id}.txt", into / "corpus" / f"{doc_id}.txt")
        os.symlink(probe / "annotations" / f"{doc_id}.json", into / "annotations" / f"{doc_id}.json")
    return ids


def run(folder: Path, choose: Filter | None) -> tuple[Figures, dict[str, Any]]:
    """``evaluate`` on the folder's text inputs with ``choose`` as the obligation filter: level →
    row → P/R/F summed over the splits, and the per-document counts."""
    previous = pipeline.set_obligation_filter(choose)
    try:
        report = ev.evaluate(folder / "corpus", folder / "annotations", baseline=False, kinds=("text",))
    finally:
        pipeline.set_obligation_filter(previous)
    out = {lv: {row: ev.PRF() for row in ROWS} for lv in ev.LEVELS}
    per_doc: dict[str, Any] = {}
    for scores in report.kinds.get("text", {}).values():
        for lv in ev.LEVELS:
            for row in ROWS:
                out[lv][row] += scores.lists[lv][row]
        per_doc.update(scores.per_document)
    return out, per_doc


def no_row_lower(s: Figures, rules: Figures) -> bool:
    return all(s[lv][r].fscore >= rules[lv][r].fscore - 1e-9 for lv in ev.LEVELS for r in GUARDED)


def best(settings: Sequence[tuple[Any, Figures]], rules: Figures, never: Any) -> Any:
    """The setting with the largest lenient obligations F gain over the rules and no guarded row
    lower (strict or lenient); among equal gains the first listed (the most cautious); ``never``
    unless one gains (the rule ``train duties|obligations`` use on the dev folds)."""
    choice, gain = never, 0.0
    for setting, s in settings:
        g = s["lenient"]["obligations"].fscore - rules["lenient"]["obligations"].fscore
        if no_row_lower(s, rules) and g > gain + 1e-9:
            choice, gain = setting, g
    return choice


def as_json(f: Figures) -> dict[str, dict[str, list[float]]]:
    return {
        lv: {r: [round(p.precision, 4), round(p.recall, 4), round(p.fscore, 4)] for r, p in rows.items()}
        for lv, rows in f.items()
    }


def table(columns: dict[str, Figures]) -> list[str]:
    names = list(columns)
    lines = ["| row | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for lv in ev.LEVELS:
        for r in ROWS:
            cells = [f"{columns[n][lv][r].fscore:.3f}" for n in names]
            lines.append(f"| {lv} {r} | " + " | ".join(cells) + " |")
    return lines


def changed_documents(rules: dict[str, Any], other: dict[str, Any]) -> list[str]:
    """Tune-half documents whose counts (any field) moved (the tune half may be read)."""
    out = []
    for doc_id in sorted(rules):
        a, b = rules[doc_id], other.get(doc_id)
        if b is not None and a != b:
            out.append(doc_id)
    return out


def _prf(prf: ev.PRF) -> str:
    return f"{prf.precision:.3f}/{prf.recall:.3f}/{prf.fscore:.3f}"


def diagnose(folder: Path, duties: DutyScores, keep: KeepScores) -> dict[str, Any]:
    """The tune half only (its gold may be read): what each model could add, with the gold as the
    model ("ceiling"), and how the model scores the units and candidates that decide it. Rows are
    the training code's (the stage's record, lenient), so they may differ from ``evaluate``'s by a hair."""
    out: dict[str, Any] = {}
    ddocs = dm.load_documents(folder / "corpus", folder / "annotations")
    dm.set_scores(duties.nlp, ddocs)
    out["duty_units"] = dm.counts(ddocs)
    for name, uncovered_only in (("all", False), ("uncovered", True)):
        prf = ev.PRF()
        for d in ddocs:
            for u, p in zip(d.units, d.scores, strict=True):
                if d.gold is not None and not (uncovered_only and u.covered):
                    prf.tp += u.gold and p >= 0.5
                    prf.fp += (not u.gold) and p >= 0.5
                    prf.fn += u.gold and p < 0.5
        out[f"duty_units_{name}_prf_at_0.5"] = _prf(prf)
    open_units = [
        (u.gold, p) for d in ddocs for u, p in zip(d.units, d.scores, strict=True) if not u.covered and u.entries
    ]
    out["uncovered_units_with_entry"] = len(open_units)
    out["uncovered_units_with_entry_max_score"] = round(max((p for _, p in open_units), default=0.0), 3)
    rules = dm.score(ddocs, dm.rules_choice)
    for d in ddocs:
        d.scores = [1.0 if u.gold else 0.0 for u in d.units]
    ceiling = dm.score(ddocs, dm.combined_choice(0.5))
    out["duty_rules_vs_ceiling"] = {
        f"{lv} {r}": [round(rules[lv][r].fscore, 4), round(ceiling[lv][r].fscore, 4)]
        for lv in ev.LEVELS
        for r in dm.ROWS
    }
    cdocs = om.load_documents(folder / "corpus", folder / "annotations")
    cands = [c for d in cdocs if d.gold is not None for c in d.candidates]
    out["candidates"] = {
        "candidates": len(cands),
        "rules_kept": sum(c.rules for c in cands),
        "paired": sum(c.gold for c in cands),
        "paired_rules_rejected": sum(c.gold and not c.rules for c in cands),
    }
    for cd in cdocs:
        cd.scores = om.keep_scores(keep.nlp, cd.candidates)
    low = [c.gold for d in cdocs for c, p in zip(d.candidates, d.scores, strict=True) if c.rules and p < 0.05]
    out["rules_kept_scored_under_0.05"] = {"all": len(low), "paired_with_gold": sum(low)}
    rules_l = om.score(cdocs, om.rules_choice)
    ceiling_l = om.score(cdocs, lambda d: [c.obligation for c in d.candidates if c.gold])
    out["keepdrop_rules_vs_ceiling_lenient"] = {
        r: [round(rules_l[r].fscore, 4), round(ceiling_l[r].fscore, 4)] for r in om.ROWS
    }
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("half", choices=sorted(HALVES))
    parser.add_argument("--probe", type=Path, default=PROBE)
    parser.add_argument("--duties", type=Path, required=True, help="a `train duties` model folder")
    parser.add_argument("--obligations", type=Path, required=True, help="a `train obligations` model folder")
    parser.add_argument("--duty-above", type=float, help="check: the duty threshold chosen on the tune half")
    parser.add_argument("--drop-below", type=float, help="check: the keep/drop model's drop threshold")
    parser.add_argument("--add-above", type=float, help="check: the keep/drop model's add threshold")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if args.half == "check" and None in (args.duty_above, args.drop_below, args.add_above):
        parser.error("check needs --duty-above, --drop-below and --add-above (chosen on the tune half)")

    duties, keep = DutyScores(args.duties), KeepScores(args.obligations)
    out: dict[str, Any] = {"half": args.half, "split": HALVES[args.half]}
    clock = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        ids = half_folder(args.probe, HALVES[args.half], Path(tmp))
        out["documents"] = len(ids)
        rules, rules_docs = run(Path(tmp), None)
        if args.half == "tune":
            duty_grid = [(t, run(Path(tmp), duties.combined(t))[0]) for t in sorted(dm.ADD_GRID, reverse=True)]
            duty_t = best(duty_grid, rules, dm.NEVER)
            # most cautious first: the highest drop threshold is the boldest, so drop low first
            obl_settings = [(lo, hi) for lo in om.DROP_GRID for hi in sorted(om.ADD_GRID, reverse=True)]
            obl_grid = [(s, run(Path(tmp), keep.combined(*s))[0]) for s in obl_settings]
            obl_t = best(obl_grid, rules, (0.0, om.NEVER))
            out["diagnosis"] = diagnose(Path(tmp), duties, keep)
            out["grid"] = {
                "duties": {str(t): as_json(f) for t, f in duty_grid},
                "obligations": {f"{lo}/{hi}": as_json(f) for (lo, hi), f in obl_grid},
            }
            for t, f in duty_grid:
                print(
                    f"duty above {t:g}: lenient obligations F {f['lenient']['obligations'].fscore:.3f}"
                    f" (+resp {f['lenient']['obligations +responsible'].fscore:.3f}, +due {f['lenient']['obligations +due'].fscore:.3f});"
                    f" strict {f['strict']['obligations'].fscore:.3f}"
                )
            for (lo, hi), f in obl_grid:
                print(
                    f"keep/drop drop<{lo:g} add>{hi:g}: lenient obligations F {f['lenient']['obligations'].fscore:.3f}"
                    f" (+resp {f['lenient']['obligations +responsible'].fscore:.3f}, +due {f['lenient']['obligations +due'].fscore:.3f});"
                    f" strict {f['strict']['obligations'].fscore:.3f}"
                )
        else:
            duty_t, obl_t = args.duty_above, (args.drop_below, args.add_above)
        out["chosen"] = {"duty_above": duty_t, "drop_below": obl_t[0], "add_above": obl_t[1]}
        columns: dict[str, Figures] = {"rules": rules}
        docs: dict[str, dict[str, Any]] = {}
        for name, choose in (
            ("duty model", duties.alone()),
            (f"rules + duty (>{duty_t:g})", duties.combined(duty_t)),
            ("keep/drop model", keep.alone()),
            (f"rules + keep/drop ({obl_t[0]:g}/{obl_t[1]:g})", keep.combined(*obl_t)),
        ):
            columns[name], docs[name] = run(Path(tmp), choose)
    out["seconds"] = round(time.perf_counter() - clock, 1)
    out["columns"] = {n: as_json(f) for n, f in columns.items()}
    print(f"probe {args.half} half ({HALVES[args.half]}, {out['documents']} documents); chosen: {out['chosen']}")
    print("\n".join(table(columns)))
    if args.half == "tune":  # per-document changes: the tune half only, never the check half's
        for name, per in docs.items():
            moved = changed_documents(rules_docs, per)
            out.setdefault("changed", {})[name] = moved
            print(f"{name}: counts moved in {len(moved)} documents: {', '.join(moved)}")
    if "diagnosis" in out:
        print(json.dumps(out["diagnosis"], ensure_ascii=False, indent=1))
    print(f"{out['seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
