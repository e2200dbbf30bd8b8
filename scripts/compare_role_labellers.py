"""Run ``evaluate`` with the rule labeller and with a trained one (deciding, then only adding); print differences.

Usage: PYTHONPATH=. python3 scripts/compare_role_labellers.py MODEL_DIR [ROLE ...]
(ROLE: the roles the model serves, default its ``model_roles.json``; issue 17's "Done when": no
field lower with the model, higher on the fields it serves). Every input kind the corpus has
without OCR (text, DOCX, PDF with a text layer) is scored; the figures are the summary table's
strict ones (F1 for a list field, accuracy for a register field), per split.
"""

from __future__ import annotations

import json
import sys

from directive_parser import pipeline
from directive_parser.evaluate import KINDS, evaluate
from directive_parser.line_model import TrainedRoleLabeller


def figures() -> dict[tuple[str, str, str], float | None]:
    """Per (kind, split, field): the strict F1 or accuracy."""
    report = evaluate("corpus", "annotations", baseline=False, kinds=list(KINDS))
    out: dict[tuple[str, str, str], float] = {}
    for kind, splits in report.kinds.items():
        for split, scores in splits.items():
            for name, value in scores.to_dict()["fields"].items():
                strict = value["strict"]
                out[(kind, split, name)] = strict.get("f", strict.get("acc"))
    return out


def main() -> None:
    """Compare the labellers field by field."""
    model, roles = sys.argv[1], sys.argv[2:] or None
    runs = {"rules": figures()}
    for name, add_only in (("model", False), ("rules+model", True)):
        previous = pipeline.set_role_labeller(TrainedRoleLabeller(model, model_roles=roles, add_only=add_only))
        try:
            runs[name] = figures()
        finally:
            pipeline.set_role_labeller(previous)
    changed = [key for key in runs["rules"] if len({json.dumps(r.get(key)) for r in runs.values()}) > 1]
    print("| kind | split | field | " + " | ".join(runs) + " |")
    print("|---|---|---|" + "---|" * len(runs))
    for kind, split, field in changed:
        cells = [f"{r[(kind, split, field)]:.3f}" if r.get((kind, split, field)) is not None else "–" for r in runs.values()]
        print(f"| {kind} | {split} | {field} | " + " | ".join(cells) + " |")
    print(f"{len(changed)} field scores differ between the labellers")


if __name__ == "__main__":
    main()
