"""Run the directive-parser CLI with Tesseract's TSV cached on disk (a dev tool, never shipped).

Usage, from a checkout's root: python3 scripts/ocrcached.py evaluate corpus annotations --scans --json X
(the cache folder is $OCR_CACHE, by default the team's shared /work/wt/ocrcache, which scripts/ocr_error_rate.py
reads too). ``cache_tesseract`` is the one cache: scripts/synthetic_scans.py wraps Tesseract with it as well.
The cache key is the page image's bytes, the language and the psm: a change to the image
preprocessing gives new keys, so the cache never returns a stale read.
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, os.getcwd())
from directive_parser.loaders import ocr  # noqa: E402

SHARED_CACHE = Path(os.environ.get("OCR_CACHE", "/work/wt/ocrcache"))


def cache_tesseract(folder: Path) -> None:
    """Wrap ``ocr._tesseract_tsv`` with a disk cache in ``folder``, keyed by the image, language and psm."""
    folder.mkdir(parents=True, exist_ok=True)
    original = ocr._tesseract_tsv

    def cached(image: Any, name: str, psm: str = ocr.OCR_PSM) -> str:
        buf = io.BytesIO()
        image.convert("L").save(buf, format="PPM")
        key = hashlib.sha256(buf.getvalue() + f"|{ocr.OCR_LANG}|{psm}".encode()).hexdigest()
        path = folder / f"{key}.tsv"
        if path.exists():
            return path.read_text(encoding="utf-8")
        out = original(image, name, psm)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(out, encoding="utf-8")
        tmp.replace(path)
        return out

    ocr._tesseract_tsv = cached


if __name__ == "__main__":
    cache_tesseract(SHARED_CACHE)
    from directive_parser.cli import main

    sys.argv[0] = "directive-parser"
    sys.exit(main())
