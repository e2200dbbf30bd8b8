"""Run the directive-parser CLI with Tesseract's TSV cached on disk (a dev tool, never shipped).

Usage, from a checkout's root: python3 scripts/ocrcached.py evaluate corpus annotations --scans --json X
(the cache folder is $OCR_CACHE, by default the team's shared /work/wt/ocrcache, which scripts/ocr_error_rate.py
reads too)
The cache key is the page image's bytes, the language and the psm: a change to the image
preprocessing gives new keys, so the cache never returns a stale read.
"""
import hashlib
import io
import os
import sys
from pathlib import Path

sys.path.insert(0, os.getcwd())
CACHE = Path(os.environ.get("OCR_CACHE", "/work/wt/ocrcache"))
CACHE.mkdir(parents=True, exist_ok=True)

from directive_parser.loaders import ocr  # noqa: E402

_real = ocr._tesseract_tsv


def cached(image, name, psm=ocr.OCR_PSM):
    buf = io.BytesIO()
    image.convert("L").save(buf, format="PPM")
    key = hashlib.sha256(buf.getvalue() + f"|{ocr.OCR_LANG}|{psm}".encode()).hexdigest()
    path = CACHE / f"{key}.tsv"
    if path.exists():
        return path.read_text(encoding="utf-8")
    out = _real(image, name, psm)
    tmp = path.with_suffix(".tmp%d" % os.getpid())
    tmp.write_text(out, encoding="utf-8")
    tmp.replace(path)
    return out


ocr._tesseract_tsv = cached
from directive_parser.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.argv[0] = "directive-parser"
    sys.exit(main())
