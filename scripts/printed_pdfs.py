"""Printed PDFs against their DOCX: how much reading a PDF costs on the same document (issue 11).

A measuring script, never shipped with the package. Offices receive directives as PDFs printed or
exported from Word; the corpus has few such PDFs with gold, but every DOCX (or .doc) original with
a gold record gives one more: LibreOffice prints it to PDF (``soffice --headless --convert-to pdf``),
and both the original and the printed copy are parsed and scored against the same gold with the
evaluate module's scorers. What the PDF loses is then the PDF loader's doing, nothing else.

Only **dev** documents are read (the held-out ones are left alone). The printed PDFs are cached in
``--cache`` (default ``/tmp/printed_pdfs``), keyed by the original's sha256.

Usage (from the worktree root):
    python3 scripts/printed_pdfs.py corpus annotations
    python3 scripts/printed_pdfs.py corpus annotations --json /tmp/x/after.json --compare /tmp/x/before.json
    python3 scripts/printed_pdfs.py corpus annotations --misses n004   # the PDF's misses on one document
    python3 scripts/printed_pdfs.py corpus annotations --text n004     # the printed PDF's text as loaded
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, os.getcwd())
from directive_parser.evaluate import KindScores, load_annotations, score_document
from directive_parser.loaders import load_path
from directive_parser.pipeline import parse_source

DEFAULT_CACHE = "/tmp/printed_pdfs"
# The Word originals a PDF is printed from.
ORIGINALS = (".docx", ".doc")
# The fields shown side by side: (name in the scores, level, column title).
SHOWN = (
    ("obligations", "lenient", "oblig"),
    ("obligations +responsible", "lenient", "+resp"),
    ("obligations +due", "lenient", "+due"),
    ("deadlines", "strict", "deadl"),
    ("deadlines +action", "lenient", "dl+act"),
    ("quotas", "lenient", "quotas"),
    ("recipients", "lenient", "recip"),
    ("distribution", "lenient", "distr"),
)
# Register fields counted as "right / scored" in the per-document line.
REGISTER_SHOWN = ("document_type", "issuer.name", "number.symbol", "date", "subject", "signer.name", "signer.position")
SOFFICE_TIMEOUT_S = 180


def printed_pdf(original: Path, cache: Path) -> Path:
    """The original printed to PDF by LibreOffice, from the cache when it is there."""
    digest = hashlib.sha256(original.read_bytes()).hexdigest()[:16]
    target = cache / f"{original.stem}.{digest}.pdf"
    if target.exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        # a profile of its own, so a LibreOffice another helper runs does not lock this one out
        profile = Path(work) / "profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", work, str(original)],
            check=True,
            capture_output=True,
            timeout=SOFFICE_TIMEOUT_S,
        )
        shutil.move(str(Path(work) / f"{original.stem}.pdf"), target)
    return target


def dev_originals(corpus: Path, gold: dict[str, Any]) -> list[tuple[str, Path]]:
    """(id, original) for every dev document with a Word original in ``corpus/files``."""
    out = []
    for path in sorted((corpus / "files").iterdir()):
        doc_id = path.name.split(".")[0]
        if path.suffix.lower() in ORIGINALS and doc_id in gold and gold[doc_id].source.get("split", "dev") == "dev":
            out.append((doc_id, path))
    return out


def score(doc_id: str, path: Path, gold: dict[str, Any]) -> tuple[KindScores, list[Any], str]:
    """One file parsed and scored on its own: (its scores, its misses, its loaded text)."""
    scores = KindScores("doc")
    source = load_path(path)
    record = parse_source(source).model_dump(mode="json")
    misses = score_document(doc_id, path.suffix, record, gold, scores)
    return scores, misses, source.text


def figures(scores: KindScores) -> dict[str, Any]:
    """The shown fields' F1 (and tp/fp/fn) and the register fields right, JSON-ready."""
    out: dict[str, Any] = {}
    for name, level, _ in SHOWN:
        prf = scores.lists[level][name]
        out[name] = {"f": round(prf.fscore, 4), "tp": prf.tp, "fp": prf.fp, "fn": prf.fn}
    out["register"] = sum(scores.register["lenient"][f].correct for f in REGISTER_SHOWN)
    return out


def _f(prf: dict[str, Any]) -> str:
    return f"{prf['f']:.3f}" if prf["tp"] + prf["fp"] + prf["fn"] else "  –  "


def _pooled(rows: dict[str, dict[str, Any]], side: str, name: str) -> float:
    tp = sum(r[side][name]["tp"] for r in rows.values())
    fp = sum(r[side][name]["fp"] for r in rows.values())
    fn = sum(r[side][name]["fn"] for r in rows.values())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("annotations", type=Path)
    parser.add_argument("--cache", type=Path, default=Path(DEFAULT_CACHE))
    parser.add_argument("--json", type=Path, help="write the per-document figures here")
    parser.add_argument("--compare", type=Path, help="an earlier --json: print the PDF side's changes")
    parser.add_argument("--misses", metavar="ID", help="print the printed PDF's misses on this dev document")
    parser.add_argument("--text", metavar="ID", help="print the printed PDF's loaded text of this dev document")
    args = parser.parse_args(argv)

    gold_records = load_annotations(args.annotations)
    gold = {k: v.model_dump(mode="json") for k, v in gold_records.items()}
    pairs = dev_originals(args.corpus, gold_records)
    if args.misses or args.text:
        wanted = args.misses or args.text
        pairs = [(d, p) for d, p in pairs if d == wanted]
        if not pairs:
            parser.error(f"{wanted}: no dev document with a Word original")
    rows: dict[str, dict[str, Any]] = {}
    for doc_id, original in pairs:
        pdf = printed_pdf(original, args.cache)
        word_scores, _, _ = score(doc_id, original, gold[doc_id])
        pdf_scores, misses, text = score(doc_id, pdf, gold[doc_id])
        if args.text:
            print(text)
            return 0
        if args.misses:
            for m in misses:
                print(json.dumps(m.to_dict(), ensure_ascii=False, indent=1))
            return 0
        rows[doc_id] = {"word": figures(word_scores), "pdf": figures(pdf_scores)}

    head = "id     " + " ".join(f"{t:>13}" for _, _, t in SHOWN) + "   register"
    print(head + "\n" + " " * 7 + " ".join(f"{'word   pdf':>13}" for _ in SHOWN))
    for doc_id, r in rows.items():
        cells = " ".join(f"{_f(r['word'][n])} {_f(r['pdf'][n])}" for n, _, _ in SHOWN)
        print(f"{doc_id:<6} {cells}   {r['word']['register']}/{r['pdf']['register']}")
    pooled = " ".join(f"{_pooled(rows, 'word', n):.3f} {_pooled(rows, 'pdf', n):.3f}" for n, _, _ in SHOWN)
    print(f"{'all':<6} {pooled}   ({len(rows)} dev documents, F1 pooled over them)")

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    if args.compare:
        before = json.loads(args.compare.read_text())
        better = worse = 0
        for doc_id, r in rows.items():
            if doc_id not in before:
                continue
            changes = []
            for name, _, title in SHOWN:
                was, now = before[doc_id]["pdf"][name]["f"], r["pdf"][name]["f"]
                if abs(now - was) > 1e-9:
                    changes.append(f"{title} {was:.3f}→{now:.3f}")
            was_right, now_right = before[doc_id]["pdf"]["register"], r["pdf"]["register"]
            if was_right != now_right:
                changes.append(f"register fields right {was_right}→{now_right}")
            if changes:
                gain = sum(r["pdf"][n]["f"] - before[doc_id]["pdf"][n]["f"] for n, _, _ in SHOWN) + now_right - was_right
                better, worse = better + (gain > 0), worse + (gain < 0)
                print(f"{'+' if gain > 0 else '−'} {doc_id}: " + ", ".join(changes))
        print(f"printed PDFs changed: {better}+ / {worse}−")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
