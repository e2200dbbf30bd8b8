"""Pages sent as image files, read through ``load_image`` and scored as the PDF path is (issue 13; a dev tool).

Two sets, dev ids only (``annotations/SPLIT.tsv``; a held-out id stops the run before anything is read):

- ``scans``: every page of ``corpus/files/ID.scan.pdf`` as a 200 dpi JPEG frame of one TIFF (quality 90), as
  a clerk exports a scan; with ``--against REPORT`` (an ``evaluate --scans --json`` report, e.g. the lead's
  ``scans-end.json``) each document's misses are set beside its scanned PDF's (kind "scan"), field by field:
  the fields only the image file misses, only the PDF misses, both. The same page should read the same.
- ``photos``: the phone renders of ``scripts/synthetic_scans.py --variants phone --seal --stamp --stamp-at
  real`` (``--renders``, their ``ID.scan.pdf``) as a TIFF of JPEG frames (quality 85), as a scanner app sends.

The TIFFs are made once into ``--tiffs`` and kept (the team's are ``/work/wt/jpeg`` and ``/work/wt/photo``);
Tesseract is cached on disk (``ocrcached.cache_tesseract``, ``$OCR_CACHE``). Printed: each document's missed
register fields, then the figures (``synthetic_scans.figures``); written: the figures and the misses as JSON.

Usage, from a checkout's root:
    python3 scripts/image_file_eval.py scans OUT.json --ids n041,n051 --tiffs /work/wt/jpeg --against scans.json
    python3 scripts/image_file_eval.py photos OUT.json --ids 000,n014 --tiffs /work/wt/photo --renders DIR
(the lead's tools ``/work/wt/tools/jpeg_eval.py`` and ``photo_eval.py``, the same reads, as one script)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, os.getcwd())
sys.path.insert(0, os.path.join(os.getcwd(), "scripts"))
from ocrcached import SHARED_CACHE, cache_tesseract

# Resolution and JPEG quality of each set's frames: a scan exported from a scanner's software, a phone
# scanner app's page (the lead's tools, session 23).
EXPORT_DPI = 200
QUALITY = {"scans": 90, "photos": 85}


def dev_ids(ids: list[str], split_file: Path) -> list[str]:
    """The ids, refused unless every one is a dev id of the split.

    >>> dev_ids(["000", "n041"], Path("annotations/SPLIT.tsv"))
    ['000', 'n041']
    """
    split = dict(line.split("\t") for line in split_file.read_text(encoding="utf-8").splitlines()[1:] if line)
    refused = [doc for doc in ids if split.get(doc) != "dev"]
    if refused:
        raise SystemExit(f"not dev ids (held-out or unknown), nothing read: {', '.join(refused)}")
    return ids


def beside_pdf(missed: dict[str, Any], report: dict[str, Any], doc: str, fields: tuple[str, ...]) -> dict[str, list[str]]:
    """A document's image-file misses beside its scanned PDF's in an ``evaluate --scans`` report.

    >>> report = {"misses": {"n041": [{"kind": "scan", "field": "number.symbol"}, {"kind": "text", "field": "date"}]}}
    >>> beside_pdf({"number.symbol": [1, 2], "subject": [3, None]}, report, "n041", ("number.symbol", "subject", "date"))
    {'image only': ['subject'], 'pdf only': [], 'both': ['number.symbol']}
    """
    pdf = {m["field"] for m in report["misses"].get(doc, []) if m["kind"] == "scan" and m["field"] in fields}
    image = {f for f in missed if f in fields}
    return {"image only": sorted(image - pdf), "pdf only": sorted(pdf - image), "both": sorted(image & pdf)}


def tiff_of(pdf: Path, tif: Path, quality: int) -> Path:
    """Every page of ``pdf`` as a JPEG frame (``EXPORT_DPI``) of one TIFF at ``tif`` (made once)."""
    from PIL import Image

    if not tif.exists():
        tif.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run(["pdftoppm", "-r", str(EXPORT_DPI), "-jpeg", str(pdf), f"{folder}/p"], check=True)
            frames = [Image.open(p).convert("RGB") for p in sorted(Path(folder).glob("p*.jpg"))]
            frames[0].save(tif, save_all=True, append_images=frames[1:], compression="jpeg", quality=quality)
    return tif


def main(argv: list[str] | None = None) -> int:
    """Read, score and compare one set; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", choices=sorted(QUALITY))
    parser.add_argument("out", type=Path)
    parser.add_argument("--ids", required=True, help="dev ids, comma-separated")
    parser.add_argument("--tiffs", type=Path, required=True, help="where the TIFFs are made and kept")
    parser.add_argument("--renders", type=Path, help="photos: the phone renders' folder (ID.scan.pdf)")
    parser.add_argument("--against", type=Path, help="scans: an evaluate --scans --json report of the PDFs")
    args = parser.parse_args(argv)
    if args.set == "photos" and args.renders is None:
        parser.error("photos needs --renders")
    ids = dev_ids(args.ids.split(","), Path("annotations/SPLIT.tsv"))
    cache_tesseract(SHARED_CACHE)
    import synthetic_scans as ss

    from directive_parser import evaluate as ev
    from directive_parser.loaders import load_path
    from directive_parser.pipeline import parse_source

    against = json.loads(args.against.read_text(encoding="utf-8")) if args.against else None
    scores = ev.KindScores(args.set)
    missed: dict[str, dict[str, Any]] = {}
    compared: dict[str, dict[str, list[str]]] = {}
    for doc in ids:
        source = Path("corpus/files") / f"{doc}.scan.pdf" if args.set == "scans" else args.renders / f"{doc}.scan.pdf"
        tif = tiff_of(source, args.tiffs / f"{doc}.tif", QUALITY[args.set])
        gold = json.loads(Path(f"annotations/{doc}.json").read_text(encoding="utf-8"))
        record = parse_source(load_path(tif)).model_dump(mode="json")
        misses = ev.score_document(doc, args.set, record, gold, scores)
        missed[doc] = {m.field: [m.gold, m.predicted] for m in misses if m.field in ss.FIGURES}
        line = f"{doc} {sorted(missed[doc])}"
        if against is not None:
            compared[doc] = beside_pdf(missed[doc], against, doc, ss.FIGURES)
            line += f"  beside its PDF: {compared[doc]}"
        print(line, flush=True)
    figures = ss.figures(scores)
    print(json.dumps({k: figures[k] for k in ("mean13", "subject", "signer.name", "signer.position", "distribution")}))
    args.out.write_text(json.dumps({"figures": figures, "missed": missed, "beside_pdf": compared}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
