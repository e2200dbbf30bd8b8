"""Dev only (issue 17, Session 6): the line-role model's 5-fold CV on OCR'd headers.

The recorded folds of `train roles` (5, seed 0, by document over the dev texts); each fold's model
is trained on the typed texts of the other folds, as `train roles` does, and scored with the rules
and the two combined on the OCR'd text of the held-out fold's scans (every dev `files/<id>.scan.pdf`
and PDF without a text layer), whose gold line labels are located in that text by
`line_model.gold_lines` (from the annotation only). Run from the repository root:

    PYTHONPATH=. nice -n 10 python3 models/line_roles/cv_on_scans.py

With `--with-scans` each fold's model also trains on the OCR'd text of the training folds' scans.

Tesseract's output is taken from the development cache (/tmp/h4/cachepatch.py) when it is there.
"""
import json, sys, time
sys.path.insert(0, "/tmp/h4")
try:
    import cachepatch  # noqa: F401  Tesseract's TSV cached by image bytes (dev machines only)
except ImportError:
    pass
from pathlib import Path
from directive_parser import line_model as lm, roles as roles_mod, layout as layout_mod, structure as structure_mod
from directive_parser import evaluate as ev
from directive_parser.errors import NoTextLayer
from directive_parser.loaders import load_path
from directive_parser.normalize import normalize

CORPUS, ANN = Path("corpus"), Path("annotations")
dev = lm.split_ids(ANN, "dev")
texts = lm.load_documents(CORPUS, ANN, dev)
order, parts = lm.document_folds(texts, 5, 0)
fold_of = {d.doc_id: k for k, p in enumerate(parts) for d in p}
scans = []
t0 = time.time()
for item in ev.corpus_inputs(CORPUS, dev):
    if item.kind not in ("pdf", "scan"):
        continue
    try:
        src = load_path(item.path, ocr=item.kind == "scan")
        if item.kind == "pdf":
            if not src.unread_pages:
                continue
            src = load_path(item.path, ocr=True)
    except NoTextLayer:
        src = load_path(item.path, ocr=True)
    text = normalize(src)
    st = structure_mod.build(text, layout_mod.split(text))
    gold = json.loads((ANN / f"{item.doc_id}.json").read_text("utf-8"))
    g = lm.gold_lines(item.doc_id, st, gold)
    scans.append(g)
print(f"{len(scans)} dev scans OCR'd in {time.time()-t0:.0f} s; gold values located {sum(g.located for g in scans)}, not found {sum(len(g.missed) for g in scans)}", flush=True)
held_out, results = [], []
for k in range(5):
    train = [d for d in order if d not in parts[k]]
    if "--with-scans" in sys.argv:
        train += [g for g in scans if fold_of[g.doc_id] != k]
    held = [g for g in scans if fold_of[g.doc_id] == k]
    nlp = lm.train_model(train, Path("models/line_roles/config.cfg"), None, 0)
    outs = [(g, roles_mod.label_lines(g.structure, roles_mod.RuleRoleLabeller()), lm.predict(nlp, g.structure)) for g in held]
    held_out.append(outs)
    s = {"rules": lm.Scores(), "model": lm.Scores()}
    for g, r, m in outs:
        s["rules"].add(g.labels, [lm.rule_label(x) for x in r]); s["model"].add(g.labels, m)
    results.append(s)
    print(f"fold {k+1}: {len(held)} scans", flush=True)
for k, s in enumerate(results):
    chosen = lm.winners(results[:k] + results[k + 1:])
    s["combined"] = lm.Scores()
    for g, r, m in held_out[k]:
        s["combined"].add(g.labels, [lm.rule_label(x) for x in lm.combine(r, m, chosen)])
    print(f"fold {k+1} model decides: {chosen}")
print("\n".join(lm.report(results)))
print("winners on all scans:", lm.winners(results))
