"""A scanner's page sent as an image file reads as the same page in a scanned PDF (SCAN_AS_SCANNED).

The pages are real dev scans (corpus/files/n041.scan.pdf, n051.scan.pdf) rendered at 200 dpi and saved
as JPEG, as a clerk exports a scan; the counter-examples are the same pages lit as a phone lights them
and the seed's phone photo of ``test_photo``. The skew and lighting tests need no Tesseract.
"""

from __future__ import annotations

import io

import pytest
from conftest import CORPUS
from test_photo import _photo

from directive_parser.loaders.imaging import (
    EVEN_PAPER_SPREAD,
    SCAN_MIN_SKEW_DEG,
    deskew,
    evenly_lit,
    flatten_background,
    paper_spread,
    prepare_photo,
    scanned_page,
)

# Resolution a scan is exported at (the i23 measure's: pdftoppm -jpeg -r 200).
EXPORT_DPI = 200


def _exported(doc: str, page: int = 0, angle: float = 0.0, lamp: bool = False):  # type: ignore[no-untyped-def]
    """A page of a dev scan as a JPEG at ``EXPORT_DPI`` (turned by ``angle``; with ``lamp``, lit as a phone
    photo's page is: a bright spot, a darker yellowish edge, as ``test_photo._photo`` lights it)."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    img = pdfium.PdfDocument(str(CORPUS / "files" / f"{doc}.scan.pdf"))[page].render(scale=EXPORT_DPI / 72).to_pil().convert("RGB")
    if angle:
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(255, 255, 255))
    if lamp:
        pixels = np.asarray(img, dtype=np.float32)
        h, w = pixels.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w]
        light = 0.75 + 0.25 * (1 - ((xx / w - 0.3) ** 2 + (yy / h - 0.4) ** 2))
        img = Image.fromarray(np.clip(pixels * light[:, :, None] * np.array([1.0, 0.97, 0.9]), 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=90)
    return Image.open(io.BytesIO(buffer.getvalue()))


# (document, page): the paper of real scans exported as JPEG is even (spread 0 on these; n039's and n046's
# colour scans 9-19 in the measure of issue 13's notes)
@pytest.mark.parametrize(("doc", "page"), [("n041", 0), ("n051", 0), ("n051", 1)])
def test_a_real_scan_exported_as_jpeg_is_evenly_lit(doc: str, page: int) -> None:
    assert paper_spread(_exported(doc, page)) <= EVEN_PAPER_SPREAD
    assert evenly_lit(_exported(doc, page))


# the same pages lit by a lamp, and the seed's phone photo: a photo, levelled and turned as before
@pytest.mark.parametrize(("doc", "page"), [("n041", 0), ("n051", 1)])
def test_the_same_scan_lit_as_a_photo_is_not(doc: str, page: int) -> None:
    assert paper_spread(_exported(doc, page, lamp=True)) > EVEN_PAPER_SPREAD
    assert not evenly_lit(_exported(doc, page, lamp=True))


def test_a_phone_photo_is_not_evenly_lit() -> None:
    photo = _photo(0, 0.0, seed=3)
    assert paper_spread(photo) > EVEN_PAPER_SPREAD
    _, angle = prepare_photo(_photo(0, 3.0, seed=3), colour=True)
    assert angle == pytest.approx(-3.0, abs=0.25)


def test_n041s_scan_is_read_unturned_and_unlevelled() -> None:
    import numpy as np

    scan = _exported("n041")
    # the page's print lies -1.2° off square (its table rule falls 14 px over 800): deskew would turn it
    _, turned = deskew(flatten_background(scan.convert("L")))
    assert abs(turned) >= 0.8
    # SCAN_AS_SCANNED: not turned, and its pixels are the scan's own (its red seal in them), not levelled
    page, angle = scanned_page(scan)
    assert angle == 0.0
    assert page.mode == "RGB"
    assert np.array_equal(np.asarray(page), np.asarray(scan.convert("RGB")))
    ready, angle = prepare_photo(scan, colour=True)
    assert angle == 0.0
    assert ready.width == 2480


def test_a_scan_fed_crooked_is_still_turned() -> None:
    # SCAN_TURNED_WHEN_CROOKED: n051's first page fed 4° off square (its own skew is 0.7°)
    scan = _exported("n051", angle=4.0)
    assert evenly_lit(scan)
    _, angle = scanned_page(scan)
    assert abs(angle) >= SCAN_MIN_SKEW_DEG
    assert angle == pytest.approx(-4.0 + 0.7, abs=0.4)
