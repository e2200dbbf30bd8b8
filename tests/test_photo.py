"""Phone photos of a printed directive: levelled, evenly lit, and read like the text copy.

The photo is made here from a seed's own PDF (corpus/files/000.pdf … 004.pdf): each page rendered at
200 dpi, turned a few degrees, lit unevenly (a bright spot, a darker yellowish edge), given
sensor noise and a slight blur, and stored as JPEG, then packed as the frames of one TIFF
(what a scanner app sends). The skew test needs no Tesseract; the end-to-end test is skipped,
with the reason, where Tesseract or its Vietnamese model is missing.
"""

from __future__ import annotations

import io

import pytest
from conftest import CORPUS

from directive_parser import parse_bytes, parse_file
from directive_parser.loaders.imaging import flatten_background, skew_angle
from directive_parser.loaders.ocr import tesseract_status

SEED = "000"
REGISTER = ("document_type", "issuer", "number", "place", "date", "subject", "recipients", "signer", "distribution")
# Turn of each page in the photos, degrees counter-clockwise.
PAGE_ANGLES = (3.0, -2.0, 4.5)
# Resolution of the photos: a phone photo of an A4 page is 150-250 px per inch.
PHOTO_DPI = 200


def _photo(page: int, angle: float, seed: int, doc: str = SEED, stamp: bool = False, marks=None):  # type: ignore[no-untyped-def]
    """One page of a seed's PDF as a hand-held phone photo (a PIL image, RGB); with ``stamp``, a
    blue received stamp under its number line (``_received_stamp``) before it is photographed;
    ``marks`` draws anything else on the rendered page (a seal, ``_seal``)."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rendered = pdfium.PdfDocument(str(CORPUS / "files" / f"{doc}.pdf"))[page].render(scale=PHOTO_DPI / 72)
    img = rendered.to_pil().convert("RGB")
    if stamp:
        _received_stamp(img)
    if marks is not None:
        marks(img)
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(90, 85, 80))
    pixels = np.asarray(img, dtype=np.float32)
    h, w = pixels.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    light = 0.75 + 0.25 * (1 - ((xx / w - 0.3) ** 2 + (yy / h - 0.4) ** 2))
    pixels = pixels * light[:, :, None] * np.array([1.0, 0.97, 0.9])
    pixels = pixels + np.random.default_rng(seed).normal(0, 12, pixels.shape)
    img = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=80)
    return Image.open(io.BytesIO(buffer.getvalue()))


# A received stamp as the synthetic renders print it (scripts/synthetic_scans.py --stamp): a blue
# frame 150 x 75 pt and its rows of print ("VĂN PHÒNG UBND / ĐẾN Số: … / Ngày: … / Chuyển: …"),
# here bars, over the seed's left column 150-225 pt down.
STAMP_BOX_PT = (70, 150, 220, 225)
STAMP_BLUE = (45, 60, 175)


def _received_stamp(img) -> None:  # type: ignore[no-untyped-def]
    from PIL import ImageDraw

    px = lambda pt: round(pt * PHOTO_DPI / 72)  # noqa: E731
    x0, top, x1, bottom = STAMP_BOX_PT
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((px(x0), px(top), px(x1), px(bottom)), radius=px(6), outline=STAMP_BLUE, width=px(1))
    for row in range(4):
        for x in range(x0 + 8, x1 - 30, 7):
            draw.rectangle((px(x), px(top + 8 + 16 * row), px(x + 4), px(top + 16 + 16 * row)), fill=STAMP_BLUE)


def test_a_photo_keeps_its_colour_levelled_and_white_balanced() -> None:
    # PHOTO_KEEPS_COLOUR: the photo's page comes back in colour, its grey the levelled page's, the
    # paper's yellow cast taken off, the stamp's blue as plain as on white paper: the page reader
    # finds the stamp by its ink (it never did on the grey page)
    import numpy as np

    from directive_parser.loaders.imaging import prepare_photo
    from directive_parser.loaders.ocr import stamp_ink_box

    photo = _photo(0, 0.0, seed=3, stamp=True)
    grey, _ = prepare_photo(photo)
    colour, _ = prepare_photo(photo, colour=True)
    assert grey.mode == "L" and colour.mode == "RGB" and colour.size == grey.size
    luma = np.asarray(colour.convert("L"), dtype=np.int16)
    assert float(np.mean(np.abs(luma - np.asarray(grey, dtype=np.int16)))) < 3
    raw = np.asarray(photo, dtype=np.int16)
    rgb = np.asarray(colour, dtype=np.int16)
    paper_raw = np.median(raw[raw.min(axis=2) > 150], axis=0)
    paper = np.median(rgb[np.asarray(grey) >= 250], axis=0)
    assert paper_raw[0] - paper_raw[2] > 10 and abs(int(paper[0]) - int(paper[2])) <= 4
    scale = 595.0 / colour.width
    box = stamp_ink_box(colour, scale)
    assert box is not None and abs(box[0] - STAMP_BOX_PT[0]) < 10 and abs(box[1] - STAMP_BOX_PT[1]) < 10
    assert stamp_ink_box(grey, scale) is None
    # no stamp, no ink found: the cast and the noise are no stamp
    assert stamp_ink_box(prepare_photo(_photo(0, 0.0, seed=3), colour=True)[0], scale) is None


# A red seal as the synthetic renders stamp it over the signer's name (scripts/synthetic_scans.py
# --seal): two rings, the ring's letters (here short radial bars), the star (a disc), here over a
# blank part of the seed's first page (200 dpi pixels), and the name under it as black bars.
SEAL_RED = (205, 35, 45)
SEAL_CENTRE = (1300, 1850)


def _seal(img, k: float = 1.0, fill=SEAL_RED) -> None:  # type: ignore[no-untyped-def]
    """Draw the seal (``fill`` 255 for its mask) at ``k`` times the 200 dpi page's size."""
    import math

    from PIL import ImageDraw

    draw = ImageDraw.Draw(img)
    cx, cy = SEAL_CENTRE[0] * k, SEAL_CENTRE[1] * k
    for radius, width in ((140, 6), (85, 3)):
        draw.ellipse((cx - radius * k, cy - radius * k, cx + radius * k, cy + radius * k), outline=fill, width=round(width * k))
    for degrees in range(0, 360, 12):
        t = math.radians(degrees)
        draw.line((cx + math.cos(t) * 100 * k, cy + math.sin(t) * 100 * k, cx + math.cos(t) * 128 * k, cy + math.sin(t) * 128 * k),
                  fill=fill, width=round(5 * k))
    draw.ellipse((cx - 25 * k, cy - 25 * k, cx + 25 * k, cy + 25 * k), fill=fill)


def _name_bars(img, k: float = 1.0, fill=(0, 0, 0)) -> None:  # type: ignore[no-untyped-def]
    from PIL import ImageDraw

    draw = ImageDraw.Draw(img)
    for i in range(8):
        x = 1180 + 30 * i
        draw.rectangle((x * k, 1960 * k, (x + 20) * k, 1990 * k), fill=fill)


def test_a_photos_seal_reaches_the_page_reader_whole() -> None:
    # PHOTO_SEAL_LEFT_WHOLE: the colour page is levelled with the seal's ink in it, so the page
    # reader's own seal rule (the signature block's crop, ``drop_seal_ink``) takes the seal away as
    # it does on a PDF page. Whitened before the levelling, the seal left a white hole ringed by
    # the levelling's grey halo and its pale edges (n014's phone render as an image file read the
    # ring's letters as the name, "ÊN HỆ" for "Đỗ Tấn Sương"): 65 % of the ring's surround was
    # darker than 225 after the crop's seal rule, against 6 % now.
    import numpy as np
    from PIL import Image, ImageFilter

    from directive_parser.loaders.imaging import RED_INK_MARGIN, drop_seal_ink, prepare_photo

    page = _photo(0, 0.0, seed=5, marks=lambda img: (_name_bars(img), _seal(img)))
    colour, _ = prepare_photo(page, colour=True)
    k = colour.width / 1700  # the prepared page against the seed's page at 200 dpi

    def mask(draw, grow: int) -> np.ndarray:  # type: ignore[no-untyped-def,type-arg]
        m = Image.new("L", colour.size, 0)
        draw(m, k, 255)
        return np.asarray(m.filter(ImageFilter.MaxFilter(grow)) if grow > 1 else m) > 0

    ring, near, name = mask(_seal, 1), mask(_seal, 41), mask(_name_bars, 1)
    near &= ~mask(_name_bars, 41)
    rgb = np.asarray(colour, dtype=np.int16)
    margin = rgb[:, :, 0] - np.maximum(rgb[:, :, 1], rgb[:, :, 2])
    assert (margin[ring] > RED_INK_MARGIN).mean() > 0.8  # the seal is red as on the PDF page
    read = np.asarray(drop_seal_ink(colour, False, blue=True))
    assert (read[near] < 225).mean() < 0.2  # the crop's seal rule leaves paper round it
    assert (read[name & ~mask(_seal, 9)] < 100).mean() > 0.7  # the name's print stays
    # the grey page (no colour to tell the seal by) still has the seal whitened before it is levelled
    grey, _ = prepare_photo(page)
    assert (np.asarray(grey)[ring & ~name] > 200).mean() > 0.8


@pytest.mark.parametrize("angle", [3.0, -2.0, 0.0])
def test_skew_angle_of_a_photo(angle: float) -> None:
    page = flatten_background(_photo(0, angle, seed=1).convert("L"))
    assert skew_angle(page) == pytest.approx(-angle, abs=0.25)


def _corner_paper(pixels):  # type: ignore[no-untyped-def]
    """The median brightness of each corner ninth of a page (mostly paper)."""
    import numpy as np

    h, w = pixels.shape
    return [float(np.median(pixels[y : y + h // 3, x : x + w // 3])) for y in (0, 2 * h // 3) for x in (0, 2 * w // 3)]


def test_flattened_photo_has_even_paper_and_dark_print() -> None:
    import numpy as np

    photo = _photo(0, 0.0, seed=2).convert("L")
    raw, flat = np.asarray(photo), np.asarray(flatten_background(photo))
    # the photo's paper is 20 levels darker in the shadowed corner; flattened, within 5
    assert max(_corner_paper(raw)) - min(_corner_paper(raw)) > 15
    assert max(_corner_paper(flat)) - min(_corner_paper(flat)) <= 5
    assert min(_corner_paper(flat)) > 235
    # print is darker than in the photo (its darkest percent was grey under the noise)
    assert np.percentile(flat, 1) < np.percentile(raw, 1) - 20


# The five seeds, every page photographed (issue 13's "a phone photo of a printed seed directive parses to the same
# register fields as its text"), sent as one multi-frame TIFF of JPEG frames, as a scanner app sends them.
@pytest.mark.skipif(tesseract_status() is not None, reason=f"OCR not available: {tesseract_status()}")
@pytest.mark.parametrize("doc", ["000", "001", "002", "003", "004"])
def test_photographed_seed_parses_like_its_text(doc: str) -> None:
    import pypdfium2 as pdfium

    pages = len(pdfium.PdfDocument(str(CORPUS / "files" / f"{doc}.pdf")))
    angles = [PAGE_ANGLES[i % len(PAGE_ANGLES)] for i in range(pages)]
    frames = [_photo(i, a, seed=i, doc=doc) for i, a in enumerate(angles)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:], compression="jpeg")
    record = parse_bytes(buffer.getvalue(), "photos.tiff").model_dump(mode="json")
    text = parse_file(CORPUS / f"{doc}.txt").model_dump(mode="json")
    assert {k: record[k] for k in REGISTER} == {k: text[k] for k in REGISTER}
    assert record["source"]["pages"] == pages
    straightened = [c for c in record["source"]["conversions"] if c.startswith("page straightened")]
    assert len(straightened) == sum(a != 0 for a in angles)


# The register fields a HEIC photo of n043's scanned page reads as the gold has them (its issuer
# and subject are misread on the scan too: tests/test_scans.py).
HEIC_FIELDS = ("number", "date", "place", "recipients")


@pytest.mark.skipif(tesseract_status() is not None, reason=f"OCR not available: {tesseract_status()}")
def test_heic_photo_is_read() -> None:
    pillow_heif = pytest.importorskip("pillow_heif", reason="pillow-heif (the HEIC reader) is not installed")
    import pypdfium2 as pdfium
    from conftest import gold

    page = pdfium.PdfDocument(str(CORPUS / "files" / "n043.scan.pdf"))[0].render(scale=PHOTO_DPI / 72).to_pil()
    buffer = io.BytesIO()
    pillow_heif.from_pillow(page.convert("RGB")).save(buffer, quality=90)
    assert buffer.getvalue()[4:12] == b"ftypheic"
    record = parse_bytes(buffer.getvalue(), "n043.heic").model_dump(mode="json")
    expected = gold("n043")
    assert {k: record[k] for k in HEIC_FIELDS} == {k: expected[k] for k in HEIC_FIELDS}
    assert record["signer"]["name"] == expected["signer"]["name"]
    assert record["source"]["format"] == "image"


def test_heic_without_its_reader_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from directive_parser.errors import EXIT_MISSING_TOOL, MissingTool
    from directive_parser.loaders import load_bytes, ocr, sniff
    from directive_parser.web.vietnamese import vietnamese

    # the first bytes of an iPhone photo: an ISO media "ftyp" box of brand "heic"
    heic = b"\x00\x00\x00\x1cftypheic\x00\x00\x00\x00mif1heicmiaf" + b"\x00" * 64
    assert sniff(heic) == "image" and sniff(b"\x00\x00\x00\x1cftypisom" + b"\x00" * 64) == "text"
    monkeypatch.setitem(sys.modules, "pillow_heif", None)  # import fails as where it is not installed
    monkeypatch.setattr(ocr, "tesseract_status", lambda: None)
    with pytest.raises(MissingTool) as caught:
        load_bytes(heic, "IMG_0001.HEIC")
    assert "pip install pillow-heif" in str(caught.value) and caught.value.exit_code == EXIT_MISSING_TOOL
    assert "pillow-heif" in vietnamese(str(caught.value)) and not vietnamese(str(caught.value)).startswith("Thông báo")


def _page_image_bytes(fmt: str, frames: int = 1) -> bytes:
    """A small grey page (a seed's first page at 60 dpi) saved as ``fmt``, with ``frames`` frames."""
    import pdfplumber

    with pdfplumber.open(CORPUS / "files" / f"{SEED}.pdf") as pdf:
        page = pdf.pages[0].to_image(resolution=60).original.convert("L")
    out = io.BytesIO()
    if frames > 1:
        page.save(out, format=fmt, save_all=True, append_images=[page.rotate(180)] * (frames - 1))
    else:
        page.save(out, format=fmt)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "TIFF", "PNG"])
def test_an_image_cut_short_is_refused_in_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    # CUT_IMAGE: a photo cut short in a download opened (Pillow reads lazily) and failed as a traceback
    # ("OSError: image file is truncated") from the straightening; no OCR is reached, so none is needed here
    from typer.testing import CliRunner

    from directive_parser.cli import app
    from directive_parser.errors import EXIT_INPUT
    from directive_parser.loaders import ocr

    monkeypatch.setattr(ocr, "tesseract_status", lambda: None)
    data = _page_image_bytes(fmt)
    path = tmp_path / f"cut.{fmt.lower()}"
    path.write_bytes(data[: len(data) * 2 // 3])
    result = CliRunner().invoke(app, ["parse", str(path)])
    assert result.exit_code == EXIT_INPUT, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "not a readable image" in lines[0] and "cut short or damaged" in lines[0], lines
    from directive_parser.web.vietnamese import vietnamese

    assert "ảnh bị cắt cụt hoặc hỏng" in vietnamese(lines[0].removeprefix("directive-parser: "))


def test_bytes_of_no_image_format_say_so_without_a_memory_address(monkeypatch: pytest.MonkeyPatch) -> None:
    from directive_parser.errors import InputError
    from directive_parser.loaders import ocr

    monkeypatch.setattr(ocr, "tesseract_status", lambda: None)
    with pytest.raises(InputError, match=r"no image format could be recognised") as caught:
        ocr.load_image(b"\xff\xd8\xff\xe0" + b"\0" * 100, "IMG_0002.JPG")
    assert "0x" not in str(caught.value)


def test_a_tiff_cut_in_its_second_page_keeps_the_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # CUT_IMAGE: a later frame that cannot be decoded ends the reading with a warning; the pages before it stay
    from directive_parser.loaders import ocr

    monkeypatch.setattr(ocr, "tesseract_status", lambda: None)
    monkeypatch.setattr(ocr, "read_page_image", lambda page, number, scale, reading: f"trang {number}")
    data = _page_image_bytes("TIFF", frames=2)
    source = ocr.load_image(data[: len(data) - 2000], "scan.tif")
    assert source.text == "trang 1"
    assert any(w.startswith("page(s) 2-2 of the image could not be read") for w in source.warnings), source.warnings
    from directive_parser.web.vietnamese import vietnamese

    assert vietnamese(source.warnings[-1]).startswith("trang 2-2 của ảnh không đọc được")
