"""Page images made fit for OCR: seal ink removed, phone photos levelled and straightened.

Three steps, each measured on its own (see the constants):

- ``drop_seal_ink``: a seal or received stamp printed in red over the signature hides the
  signer's name from Tesseract (it takes the inked area for a picture). Red ink is told from
  black print by colour and whitened. The page's top band is left alone on the first page,
  where the Party motto "ĐẢNG CỘNG SẢN VIỆT NAM" is itself printed in red.
- ``flatten_background``: a phone photo is lit unevenly (a bright centre, a shadow at one
  edge); dividing by the page's background (the brightest nearby pixel, found on a small copy)
  makes the paper uniformly white and the print uniformly dark.
- ``deskew``: a photo is rarely square to the page; the angle whose rotation gives the
  sharpest row profile (text lines as peaks, leading as valleys) is the page's skew.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL.Image import Image

# A pixel is seal ink when its red channel exceeds both others by this much (0-255): red and
# magenta seal ink gives 80-160, black print and grey paper under 20, blue handwriting below 0.
RED_INK_MARGIN = 60
# The same for blue ink (blue channel over both others): a ballpoint signature drawn across the
# signer's name gives 50-120; black print and grey paper under 20. Only the signature block is
# cleared of blue: a number or date handwritten in blue in the header is the document's.
BLUE_INK_MARGIN = 50
# Share of the first page's height, from the top, where red is kept: the Party motto and the
# issuer block stand there (a seal never does).
HEADER_BAND = 0.22
# Width of the small copy the skew and the background are measured on: enough for text lines
# (an A4 line of 12 pt type is 6-7 px high at this size) and fast (a few ms per angle).
MEASURE_WIDTH = 900
# Skew angles tried, in degrees: a hand-held photo is within a few degrees of square; beyond
# this the page is turned, which Tesseract's own layout analysis handles no better.
MAX_SKEW_DEG = 8.0
COARSE_STEP_DEG = 0.5
FINE_STEP_DEG = 0.1
# Below this skew a page is left as it is: rotating costs a resampling blur for no gain.
MIN_SKEW_DEG = 0.3
# Radius, on the small copy, of the neighbourhood whose brightest pixel is the background:
# wider than any letter's stroke (so letters vanish from it), narrower than a shadow's gradient.
BACKGROUND_RADIUS = 7
# After flattening, the darkest and brightest shares of pixels clipped in the contrast stretch.
STRETCH_CUTOFF_PERCENT = 1.0
# Width a photo is brought to before OCR: an A4 page at 300 dpi, Tesseract's best size.
OCR_WIDTH = 2480


def drop_seal_ink(image: Image, first_page: bool, blue: bool = False) -> Image:
    """Greyscale copy of a page with red seal and stamp ink turned to paper white.

    Args:
        image: the page as rendered (any mode; only RGB pages can carry colour).
        first_page: keep red in the header band (the Party motto is printed in red).
        blue: also whiten blue ink (a signature's strokes; for the signature block's crop).

    Returns:
        The page in mode "L".
    """
    import numpy as np
    from PIL import Image as PILImage

    if image.mode != "RGB":
        return image.convert("L")
    rgb = np.asarray(image, dtype=np.int16)
    red = rgb[:, :, 0] - np.maximum(rgb[:, :, 1], rgb[:, :, 2]) > RED_INK_MARGIN
    if blue:
        red |= rgb[:, :, 2] - np.maximum(rgb[:, :, 0], rgb[:, :, 1]) > BLUE_INK_MARGIN
    if first_page:
        red[: int(red.shape[0] * HEADER_BAND), :] = False
    grey = np.asarray(image.convert("L")).copy()
    grey[red] = 255
    return PILImage.fromarray(grey, mode="L")


def _small(grey: Image) -> Image:
    """A copy ``MEASURE_WIDTH`` wide (or the image itself when it is narrower)."""
    if grey.width <= MEASURE_WIDTH:
        return grey
    height = max(1, round(grey.height * MEASURE_WIDTH / grey.width))
    return grey.resize((MEASURE_WIDTH, height))


def flatten_background(grey: Image) -> Image:
    """Even out a photo's lighting and stretch its contrast.

    Args:
        grey: the page in mode "L".

    Returns:
        The page with paper near white and print near black, same size.
    """
    import numpy as np
    from PIL import Image as PILImage
    from PIL import ImageFilter, ImageOps

    small = _small(grey)
    background = small.filter(ImageFilter.MaxFilter(2 * BACKGROUND_RADIUS + 1))
    background = background.filter(ImageFilter.GaussianBlur(BACKGROUND_RADIUS)).resize(grey.size)
    page = np.asarray(grey, dtype=np.float32)
    paper = np.maximum(np.asarray(background, dtype=np.float32), 1.0)
    flat = np.clip(page / paper * 255.0, 0, 255).astype(np.uint8)
    return ImageOps.autocontrast(PILImage.fromarray(flat, mode="L"), cutoff=STRETCH_CUTOFF_PERCENT)


def _profile_score(ink: Image, angle: float) -> float:
    """How sharply the rows of ``ink`` (white print on black) separate after a rotation."""
    import numpy as np

    rows = np.asarray(ink.rotate(angle, expand=False), dtype=np.float32).sum(axis=1)
    return float(np.square(np.diff(rows)).sum())


def skew_angle(grey: Image) -> float:
    """The angle in degrees (counter-clockwise) that squares the page's text lines.

    Args:
        grey: the page in mode "L", dark print on light paper.

    Returns:
        The rotation to apply, within ``MAX_SKEW_DEG``; 0.0 for a page without text lines.
    """
    from PIL import ImageOps

    small = _small(grey)
    ink = ImageOps.invert(ImageOps.autocontrast(small)).point(lambda v: 255 if v > 128 else 0)
    steps = int(MAX_SKEW_DEG / COARSE_STEP_DEG)
    coarse = [i * COARSE_STEP_DEG for i in range(-steps, steps + 1)]
    best = max(coarse, key=lambda a: _profile_score(ink, a))
    fine_steps = int(COARSE_STEP_DEG / FINE_STEP_DEG)
    fine = [best + i * FINE_STEP_DEG for i in range(-fine_steps, fine_steps + 1)]
    chosen: float = max(fine, key=lambda a: _profile_score(ink, a))
    return round(chosen, 2)


def deskew(grey: Image, page: Image | None = None) -> tuple[Image, float]:
    """Rotate a page so that its text lines are level.

    Args:
        grey: the page in mode "L", whose rows are measured.
        page: the page to turn, when not ``grey`` (its colour copy, PHOTO_KEEPS_COLOUR).

    Returns:
        The straightened page (white where the rotation uncovers a corner) and the angle
        applied (0.0 when the skew is below ``MIN_SKEW_DEG``).
    """
    from PIL import Image as PILImage

    turned = grey if page is None else page
    angle = skew_angle(grey)
    if abs(angle) < MIN_SKEW_DEG:
        return turned, 0.0
    white = 255 if turned.mode == "L" else (255, 255, 255)
    return turned.rotate(angle, resample=PILImage.Resampling.BICUBIC, expand=True, fillcolor=white), angle


def prepare_photo(image: Image, colour: bool = False) -> tuple[Image, float]:
    """A photo or scanned image made ready for OCR: upright, level, evenly lit, A4 at 300 dpi.

    Args:
        image: the image as opened (any mode; EXIF orientation is applied).
        colour: PHOTO_KEEPS_COLOUR: an RGB page comes back in colour (``_levelled_colour``).

    Returns:
        The page in mode "L" (or "RGB") and the skew angle corrected, in degrees.
    """
    from PIL import Image as PILImage
    from PIL import ImageOps

    upright = ImageOps.exif_transpose(image) or image
    source = upright.convert("RGB") if upright.mode in ("P", "RGBA", "CMYK") else upright
    grey = flatten_background(drop_seal_ink(source, True))
    if colour and source.mode == "RGB":
        # PHOTO_SEAL_LEFT_WHOLE: the colour page is levelled with its seal and stamp ink in it
        page, angle = deskew(grey, _levelled_colour(source, flatten_background(source.convert("L"))))
    else:
        page, angle = deskew(grey)
    if page.width < OCR_WIDTH:
        height = round(page.height * OCR_WIDTH / page.width)
        page = page.resize((OCR_WIDTH, height), PILImage.Resampling.LANCZOS)
    return page, angle


# PHOTO_KEEPS_COLOUR: a photo sent as an image file was levelled in grey, so no colour rule of the
# page reader (a stamp's ink, the seal's, the signature's) ran on it. Its colour is kept: each
# pixel's chroma (its channels less its luminance) is scaled by the light the levelling undid on it
# (the paper's level there, ``BACKGROUND_RADIUS`` as ``flatten_background``) and added to the
# levelled grey, so the grey the OCR reads is the levelled page's and a stamp's blue keeps the
# margin it had on white paper; the paper's own cast (its median chroma where the levelled page is
# paper, ``PAPER_TONE`` or lighter) is taken off first. Where the seal's red was whitened, the pixel
# stays white.
#
# PHOTO_SEAL_LEFT_WHOLE: the colour page is levelled from the photo's own grey, its seal and stamp
# ink in it, as a PDF page of the same photo reaches the page reader: the reader's seal rules (the
# signature block's crop, SEAL_ONLY_PAGE) and stamp rules take the ink away themselves. The seal
# whitened first (as the grey page still is, having no colour to tell it by) left a white hole in
# the levelled page, ringed by the levelling's grey halo (the hole raised the paper's level round
# it) and by the ink's pale edges under ``RED_INK_MARGIN``, which no later rule could tell from
# print: n014's phone render sent as an image file read the ring's letters as the name ("ÊN HỆ"
# for "Đỗ Tấn Sương"), n021's name and n016's position were lost the same way; the grey page's
# skew is still measured without the seal.
PAPER_TONE = 235


def _levelled_colour(source: Image, levelled: Image) -> Image:
    """The levelled grey page with the source's chroma scaled by the light it lost (PHOTO_KEEPS_COLOUR)."""
    import numpy as np
    from PIL import Image as PILImage
    from PIL import ImageFilter

    rgb = np.asarray(source, dtype=np.float32)
    luma = np.asarray(source.convert("L"), dtype=np.float32)
    small = _small(source.convert("L"))
    background = small.filter(ImageFilter.MaxFilter(2 * BACKGROUND_RADIUS + 1))
    paper = np.maximum(np.asarray(background.filter(ImageFilter.GaussianBlur(BACKGROUND_RADIUS)).resize(source.size), dtype=np.float32), 1.0)
    grey = np.asarray(levelled, dtype=np.float32)
    chroma = rgb - luma[:, :, None]
    # white balance from the page's own paper: its cast (a warm lamp's yellow) is no ink's colour
    blank = grey >= PAPER_TONE
    if blank.any():
        chroma -= np.median(chroma[blank], axis=0)
    chroma *= (255.0 / paper)[:, :, None]
    chroma[grey >= 255] = 0.0
    return PILImage.fromarray(np.clip(grey[:, :, None] + chroma, 0, 255).astype(np.uint8), mode="RGB")


# --- a stamp's frame --------------------------------------------------------------------------------
# The Government portal's received stamp ("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ / ĐẾN  Số …  Ngày …") is
# a ruled box of about 5 × 2 cm stamped left of the title and the subject (c139, c140, c158). Its
# small print is often not read as "ĐẾN" (the mark ``ocr.split_received`` looks for), but its
# frame's vertical rules are plain: straight dark columns far taller than any letter's stroke.
# Type is at most ~20 pt tall with its marks; a rule of the frame is 45-60 pt. Pixels darker than
# ``RULE_INK_LEVEL`` (0-255) are ink; a gap of up to ``RULE_MAX_GAP_PT`` in a rule (a worn stamp)
# is bridged.
RULE_MIN_HEIGHT_PT = 36.0
RULE_MAX_GAP_PT = 1.0
RULE_INK_LEVEL = 128


def _longest_runs(ink: Any, min_run: int, gap: int) -> list[tuple[int, int, int]]:
    """Each row of a boolean ink array with a dark run of ``min_run`` or more (gaps of up to ``gap``
    bridged), as (row, start, end) of its longest run."""
    import numpy as np

    found: list[tuple[int, int, int]] = []
    for y in np.flatnonzero(ink.sum(axis=1) >= min_run):
        xs = np.flatnonzero(ink[y, :])
        breaks = np.flatnonzero(np.diff(xs) > gap + 1)
        starts = np.concatenate(([xs[0]], xs[breaks + 1]))
        ends = np.concatenate((xs[breaks], [xs[-1]]))
        longest = int(np.argmax(ends - starts))
        if ends[longest] - starts[longest] >= min_run:
            found.append((int(y), int(starts[longest]), int(ends[longest])))
    return found


def horizontal_rules(image: Image, box: tuple[int, int, int, int], scale: float, min_length_pt: float) -> list[tuple[float, float, float]]:
    """The horizontal rules in a region of a page image, as (x0, x1, y) in points, top to bottom.

    A rule is a run of dark pixels along a row at least ``min_length_pt`` long (gaps of up to
    ``RULE_MAX_GAP_PT`` bridged); the rows of one rule's thickness give one entry (its longest run).

    Example:
        >>> from PIL import Image as PILImage, ImageDraw
        >>> page = PILImage.new("L", (400, 400), 255)
        >>> draw = ImageDraw.Draw(page)
        >>> draw.line((100, 200, 300, 200), fill=0, width=3)
        >>> draw.text((60, 150), "Ket luan cua Pho Thu tuong", fill=0)
        >>> [(round(a), round(b), round(y)) for a, b, y in horizontal_rules(page, (0, 0, 400, 400), 0.24, 36.0)]
        [(24, 72, 48)]
    """
    import numpy as np

    ink = np.asarray(image.convert("L").crop(box)) < RULE_INK_LEVEL
    gap = max(1, round(RULE_MAX_GAP_PT / scale))
    min_run = round(min_length_pt / scale)
    found = _longest_runs(ink, min_run, gap)
    rules: list[list[tuple[int, int, int]]] = []
    for row in found:
        if rules and row[0] - rules[-1][-1][0] <= 1 and min(row[2], rules[-1][-1][2]) > max(row[1], rules[-1][-1][1]):
            rules[-1].append(row)
        else:
            rules.append([row])
    left, top = box[0], box[1]
    out = []
    for r in rules:
        best = max(r, key=lambda row: row[2] - row[1])
        out.append(((left + best[1]) * scale, (left + best[2]) * scale, (top + (r[0][0] + r[-1][0]) / 2) * scale))
    return out


def vertical_rules(image: Image, box: tuple[int, int, int, int], scale: float) -> list[tuple[float, float, float]]:
    """The vertical rules in a region of a page image, as (x, top, bottom) in points.

    Args:
        image: the page image.
        box: the region, in pixels (left, top, right, bottom).
        scale: points per pixel.

    Returns:
        One entry per rule (adjacent dark columns merged), left to right: its middle column and
        the extent of its longest dark run, at least ``RULE_MIN_HEIGHT_PT`` tall.

    Example:
        >>> from PIL import Image as PILImage, ImageDraw
        >>> page = PILImage.new("L", (400, 400), 255)
        >>> draw = ImageDraw.Draw(page)
        >>> draw.rectangle((40, 100, 240, 300), outline=0, width=3)
        >>> draw.text((60, 150), "I l |", fill=0)
        >>> [(round(x), round(t), round(b)) for x, t, b in vertical_rules(page, (0, 0, 400, 400), 0.24)]
        [(10, 24, 72), (57, 24, 72)]
    """
    import numpy as np

    ink = np.asarray(image.convert("L").crop(box)) < RULE_INK_LEVEL
    gap = max(1, round(RULE_MAX_GAP_PT / scale))
    min_run = round(RULE_MIN_HEIGHT_PT / scale)
    columns = _longest_runs(ink.T, min_run, gap)
    rules: list[list[tuple[int, int, int]]] = []
    for col in columns:
        if rules and col[0] - rules[-1][-1][0] <= 1:
            rules[-1].append(col)
        else:
            rules.append([col])
    left, top = box[0], box[1]
    return [
        ((left + (r[0][0] + r[-1][0]) / 2) * scale, (top + min(c[1] for c in r)) * scale, (top + max(c[2] for c in r)) * scale)
        for r in rules
    ]
