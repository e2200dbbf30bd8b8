"""Run ``evaluate`` on the text inputs with the rule labeller and with a trained one; print differences.

Usage: PYTHONPATH=. python3 scripts/compare_role_labellers.py models/line_roles/model
(issue 17's "Done when": no field lower with the model, higher on the fields it serves).
"""

from __future__ import annotations

import json
import sys

from directive_parser import pipeline
from directive_parser.evaluate import evaluate
from directive_parser.line_model import TrainedRoleLabeller


def figures() -> dict[str, object]:
    """The text inputs' scores, per split and field."""
    report = evaluate("corpus", "annotations", baseline=False, kinds=["text"])
    return {s: sc.to_dict()["fields"] for s, sc in report.kinds["text"].items()}


def main() -> None:
    """Compare the two labellers field by field."""
    before = figures()
    pipeline.set_role_labeller(TrainedRoleLabeller(sys.argv[1]))
    after = figures()
    changed = 0
    for split, fields in before.items():
        for name, value in fields.items():
            if json.dumps(value, sort_keys=True) != json.dumps(after[split][name], sort_keys=True):
                changed += 1
                print(f"{split} {name}: rules {value} / model {after[split][name]}")
    print(f"{changed} field scores differ between the rule and the trained labeller")


if __name__ == "__main__":
    main()
