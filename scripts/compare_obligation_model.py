"""Run ``evaluate`` with the rules' obligations and with the trained obligation model; print differences.

Usage: PYTHONPATH=. python3 scripts/compare_obligation_model.py MODEL_DIR [--test]
(issue 17's "Done when": no field lower with the model, higher on the fields it serves). Every
input kind the corpus has without OCR (text, DOCX, PDF with a text layer) is scored; the figures
are the summary table's lenient ones (F1 for a list field, accuracy for a register field). Only
the dev split is printed unless ``--test`` is given (the held-out split: the final run only).
"""

from __future__ import annotations

import json
import sys

from directive_parser import pipeline
from directive_parser.evaluate import KINDS, evaluate
from directive_parser.obligation_model import ObligationFilter


def figures() -> dict[tuple[str, str, str], float | None]:
    """Per (kind, split, field): the lenient F1 or accuracy."""
    report = evaluate("corpus", "annotations", baseline=False, kinds=list(KINDS))
    out: dict[tuple[str, str, str], float | None] = {}
    for kind, splits in report.kinds.items():
        for split, scores in splits.items():
            for name, value in scores.to_dict()["fields"].items():
                lenient = value["lenient"]
                out[(kind, split, name)] = lenient.get("f", lenient.get("acc"))
    return out


def main() -> None:
    """Compare the rules and the model field by field."""
    model, show_test = sys.argv[1], "--test" in sys.argv[2:]
    runs = {"rules": figures()}
    previous = pipeline.set_obligation_filter(ObligationFilter(model).filter)
    try:
        runs["rules + model"] = figures()
    finally:
        pipeline.set_obligation_filter(previous)
    changed = [
        key
        for key in runs["rules"]
        if (show_test or key[1] != "test") and len({json.dumps(r.get(key)) for r in runs.values()}) > 1
    ]
    print("| kind | split | field | " + " | ".join(runs) + " |")
    print("|---|---|---|" + "---|" * len(runs))
    for kind, split, field in changed:
        cells = [f"{v:.3f}" if (v := r.get((kind, split, field))) is not None else "–" for r in runs.values()]
        print(f"| {kind} | {split} | {field} | " + " | ".join(cells) + " |")
    print(f"{len(changed)} field scores differ")


if __name__ == "__main__":
    main()
