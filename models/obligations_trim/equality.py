"""The export (``bow.bin``, scored by ``bow_scorer.BowScorer`` without spaCy) against the spaCy model
it was exported from, on every candidate boundary of the corpus (issue 17, Session 7).

    PYTHONPATH=. python3 models/obligations_trim/equality.py MODEL_FOLDER [--split dev]
    PYTHONPATH=. python3 models/obligations_trim/equality.py MODEL_FOLDER --fixture

The first form prints the largest difference of the yes scores over every boundary of the split;
``--fixture`` writes ``spacy_scores.json`` next to this script: a sample of real boundaries (every
``STEP``-th of ``FIXTURE_DOCS``, dev documents, and every one of them that spaCy's tokenizer would
split otherwise than on spaces) with the spaCy model's scores, which
tests/test_models_trim.py compares with the shipped export (regenerate it whenever the shipped
export is retrained: it records the export's SHA-256).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

import spacy

from directive_parser import trim_model as tm

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "spacy_scores.json"
# Dev documents: a plan's numbered duties, a table, and a text where spaCy's own tokenizer would
# split a feature word ("mạng 5G": "s_w0_5g" → "s_w0_5", "g"; the model reads words split on spaces).
FIXTURE_DOCS = ("004", "c111", "c139")
STEP = 25


def inputs_of(docs: list[tm.TrimDoc]) -> list[str]:
    return [x for d in docs for t in d.items for x in (*t.starts_text, *t.ends_text)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", type=Path)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--fixture", action="store_true")
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    by_spacy = tm.spacy_scorer(nlp)
    export = tm.ObligationTrimmer(args.model)
    corpus, annotations = Path("corpus"), Path("annotations")
    if args.fixture:
        every = inputs_of(tm.load_documents(corpus, annotations, list(FIXTURE_DOCS)))
        # every STEP-th boundary, and every one spaCy's tokenizer would split otherwise than on spaces
        split_otherwise = [x for x in every if [t.text for t in nlp.tokenizer(x)] != tm.feature_words(x)]
        inputs = every[::STEP] + split_otherwise
        digest = hashlib.sha256((args.model / tm.EXPORT_FILE).read_bytes()).hexdigest()
        data = {"export_sha256": digest, "documents": list(FIXTURE_DOCS), "step": STEP}
        data["boundaries"] = [[x, s] for x, s in zip(inputs, by_spacy(inputs), strict=True)]
        FIXTURE.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", "utf-8")
        print(f"{FIXTURE}: {len(inputs)} boundaries")
        return
    docs = tm.load_documents(corpus, annotations, tm.split(annotations, args.split))
    n, worst, t_spacy, t_export = 0, 0.0, 0.0, 0.0
    for d in docs:
        inputs = inputs_of([d])
        t0 = time.perf_counter()
        a = by_spacy(inputs)
        t1 = time.perf_counter()
        b = export.score(inputs)
        t2 = time.perf_counter()
        t_spacy, t_export = t_spacy + t1 - t0, t_export + t2 - t1
        n += len(inputs)
        worst = max([worst] + [abs(x - y) for x, y in zip(a, b, strict=True)])
    print(
        f"{args.split}: {len(docs)} documents, {n} boundaries, largest |spaCy - export| yes score {worst:.2g};"
        f" scoring {t_spacy:.2f} s with spaCy, {t_export:.2f} s from the export"
    )


if __name__ == "__main__":
    main()
