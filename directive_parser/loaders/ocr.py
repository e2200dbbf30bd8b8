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
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

from ..errors import InputError, MissingTool
from ..source import SourceDocument

OCR_DPI = 300
OCR_LANG = "vie"
# Page segmentation mode. Measured on the 5 seed scans and 8 real scans (50 pages, register
# fields vs gold, after repair): psm 3 (automatic layout) 57/91, psm 4 (one column) 54/91,
# psm 6 (one block) 50/91, at about the same 2.0-2.4 s per page: psm 3 keeps the two header
# columns apart more often.
OCR_PSM = "3"
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


# Repairs of Tesseract's usual misreadings, in FIXED phrases of the header and closing only:
# general words are never rewritten (a misread word in the body stays as read). Each entry is
# (pattern, replacement); patterns are case-sensitive and anchored on the phrase around them.
_PHRASE_FIXES: tuple[tuple[regex.Pattern[str], str], ...] = tuple(
    (regex.compile(p, regex.X), r)
    for p, r in (
        # "CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOẢ XÁ HỘI ..." → the state motto
        (r"C[ỘỌÔOỐỒ]NG\s+H[OÒÓỎ][AÀÁẢ]\s+X[ÃÁAẢ]\s+H[ỘỌÔO]I\s+CH[ỦỦUÙỤ]\s+NGH[ĨÍIÌ]A\s+VI[ỆÊEẸ]T\s+NAM",
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        # "Độc lập - Tự do - Hạnh phúc" read as "Dộc lập — Tư do - Hanh phúc"
        (r"[ĐDÐ][ộọôo]c\s+l[ậạâa]p\s*[-–—]\s*T[ựụưu]\s+do\s*[-–—]\s*H[ạaà]nh\s+ph[úuù]c",
         "Độc lập - Tự do - Hạnh phúc"),
        # "ĐẢNG CỘNG SẢN VIỆT NAM" read as "DẢNG CỌNG SÁN VIỆT NAM"
        (r"[ĐDÐ][ẢAÁẠ]NG\s+C[ỘỌÔO]NG\s+S[ẢÁAẠ]N\s+VI[ỆÊEẸ]T\s+NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        # "Kinh gửi:", "Kính gưi:" at a line start
        (r"(?m)^(\W{0,3})K[íiìỉ]nh\s+g[ửưuừ]i(?=\s*:)", r"\1Kính gửi"),
        # "Nơi nhân:", "Noi nhận:" at a line start
        (r"(?m)^(\W{0,3})N[ơoờớ]i\s+nh[ậâaạ]n(?=\s*:)", r"\1Nơi nhận"),
        # "Sô:", "S6:", "Só:" before a number at a line start or after a column gap
        (r"(?m)(^|\s)S[ốôó6o0]\s*:(?=\s*[\dA-Z/-])", r"\1Số:"),
    )
)
# Inside "ngày … tháng … năm …" OCR reads digits as look-alike letters ("ngày l1", "J3").
_DATE_PHRASE = regex.compile(
    r"""
    (?P<ngay>ngày|ngay|ngảy|ngáy)\s+(?P<d>[\dlIiOoJ]{1,2})\s+
    (?P<thang>tháng|thang|thảng)\s+(?P<m>[\dlIiOo]{1,2})\s+
    (?P<nam>năm|nam|nãm|nầm)\s+(?P<y>[\dlIiOo]{4})\b
    """,
    regex.X,
)
_DIGIT_LOOKALIKES = str.maketrans({"l": "1", "I": "1", "i": "1", "O": "0", "o": "0", "J": "3"})


def _fix_date(m: regex.Match[str]) -> str:
    def digits(group: str) -> str:
        return m.group(group).translate(_DIGIT_LOOKALIKES)

    return f"ngày {digits('d')} tháng {digits('m')} năm {digits('y')}"


def repair_ocr_text(text: str) -> str:
    r"""Repair Tesseract output before parsing: composition, look-alikes, fixed phrases.

    Only the fixed phrases of a directive's frame are corrected (the mottos, "Kính gửi",
    "Nơi nhận", "Số:", the date phrase); other words are left as read.

    Args:
        text: Tesseract's text for one page.

    Returns:
        The repaired text (NFC).

    Example:
        >>> repair_ocr_text("CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày l1 tháng 4 năm 2025")
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 11 tháng 4 năm 2025'
    """
    text = unicodedata.normalize("NFC", text.replace("\u00d0", "Đ").replace("\u00f0", "đ"))
    # detached diacritics: a combining mark after a space belongs to the letter before it
    text = regex.sub(r"(?<=\p{L})\s+(\p{Mn}+)", r"\1", text)
    text = unicodedata.normalize("NFC", text)
    for pattern, replacement in _PHRASE_FIXES:
        text = pattern.sub(replacement, text)
    return _DATE_PHRASE.sub(_fix_date, text)


def _run_tesseract(image_path: Path) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        out = subprocess.run(
            ["tesseract", str(image_path), "stdout", "-l", OCR_LANG, "--psm", OCR_PSM],
            capture_output=True,
            timeout=OCR_PAGE_TIMEOUT_S,
            env=env,
        )
    except subprocess.TimeoutExpired as exc:
        raise InputError(f"OCR of {image_path.name} took longer than {OCR_PAGE_TIMEOUT_S} s") from exc
    if out.returncode != 0:
        raise InputError(f"Tesseract failed: {out.stderr.decode('utf-8', 'replace').strip()[:200]}")
    return repair_ocr_text(out.stdout.decode("utf-8", "replace"))


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
