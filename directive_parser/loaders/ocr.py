"""OCR with Tesseract's Vietnamese model, for scanned PDF pages and images.

Tesseract is a system program (Debian: ``tesseract-ocr`` and ``tesseract-ocr-vie``); when it is
missing, a scan is reported with a message that names what to install. Each page is rendered
at ``OCR_DPI`` by pypdfium2 (pdfplumber's renderer) and read with one OCR thread: on a 2-core
machine ``OMP_THREAD_LIMIT=1`` is about three times faster than Tesseract's default.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import InputError, MissingTool
from ..source import SourceDocument

OCR_DPI = 300
OCR_LANG = "vie"
# Seconds one page may take before it is given up (a normal page takes 3-8 s).
OCR_PAGE_TIMEOUT_S = 120
INSTALL_HINT = "install Tesseract with its Vietnamese model: apt-get install tesseract-ocr tesseract-ocr-vie"


@functools.lru_cache(maxsize=1)
def tesseract_status() -> str | None:
    """None when Tesseract with the Vietnamese model is usable, else what is missing."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "Tesseract is not installed"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return "Tesseract does not run"
    if OCR_LANG not in out.stdout.split():
        return "Tesseract's Vietnamese model (vie) is not installed"
    return None


def _run_tesseract(image_path: Path) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        out = subprocess.run(
            ["tesseract", str(image_path), "stdout", "-l", OCR_LANG, "--psm", "4"],
            capture_output=True,
            timeout=OCR_PAGE_TIMEOUT_S,
            env=env,
        )
    except subprocess.TimeoutExpired as exc:
        raise InputError(f"OCR of {image_path.name} took longer than {OCR_PAGE_TIMEOUT_S} s") from exc
    if out.returncode != 0:
        raise InputError(f"Tesseract failed: {out.stderr.decode('utf-8', 'replace').strip()[:200]}")
    return out.stdout.decode("utf-8", "replace")


def ocr_pdf_page(page: Any, number: int) -> str:
    """OCR one pdfplumber page; returns its text."""
    with tempfile.TemporaryDirectory(prefix="directive-parser-") as tmp:
        path = Path(tmp) / f"page-{number}.png"
        page.to_image(resolution=OCR_DPI).original.convert("L").save(path)
        return _run_tesseract(path)


def page_ocr_or_none() -> Callable[[Any, int], str] | None:
    """The page OCR function when Tesseract can run, else None."""
    return ocr_pdf_page if tesseract_status() is None else None


def load_image(data: bytes, origin: str) -> SourceDocument:
    """OCR an image (PNG, JPEG, TIFF; every frame of a multi-page TIFF)."""
    missing = tesseract_status()
    if missing:
        raise MissingTool(f"{origin}: an image needs OCR, but {missing}; {INSTALL_HINT}")
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        frames = getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, OSError) as exc:
        raise InputError(f"{origin}: not a readable image ({exc})") from exc
    if image.width * image.height > 200_000_000:
        raise InputError(f"{origin}: the image is too large to OCR ({image.width}×{image.height})")
    pages: list[str] = []
    with tempfile.TemporaryDirectory(prefix="directive-parser-") as tmp:
        for i in range(min(frames, 300)):
            image.seek(i)
            path = Path(tmp) / f"frame-{i}.png"
            image.convert("L").save(path)
            pages.append(_run_tesseract(path))
    starts, pos = [], 0
    for p in pages:
        starts.append(pos)
        pos += len(p) + 2
    return SourceDocument(
        text="\n\n".join(pages), format="image", origin=origin, page_starts=starts,
        conversions=[f"OCR of {len(pages)} image page(s) (tesseract {OCR_LANG})"],
    )
