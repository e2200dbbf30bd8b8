"""OCR error rate of the scans' text, per document and per region (issue 13).

A measuring script, never shipped with the package. Each scan of the chosen split is read as
the parser reads it (``load_path(..., ocr=True)``: the page read, the signature block's crop,
the re-reads and repairs) and its text is compared with a reference:

- **typed**: the document's typed text (``corpus/<id>.txt``) where it is a typed original: the
  seeds (000-004, whose ``.scan.pdf`` was made from the typed file) and synthetic scans made from
  typed PDFs or DOCX (``--corpus`` pointing at a folder of such renders). Word error rate (WER)
  and character error rate (CER) over the whole text, each line of the reference matched to its best run of the OCR text (by characters; by words). Regions by the reference's lines: the header
  (up to the subject, or the first ``HEADER_LINES`` lines), the closing (from "Nơi nhận" or an
  authority mark "KT."/"TM."/"TL." ``CLOSING_LINES`` lines on), the body (the rest).
- **gold**: for the real scans, whose ``corpus/<id>.txt`` is itself Tesseract's output and so no
  reference, the hand-read strings of the gold record: each is found in the OCR text by an
  approximate substring match (the window with the fewest edits) and its CER is edits / length.
  Regions by field: header (number, subject, recipients), body (legal references' symbols,
  deadlines' phrases and actions, obligations' actions), closing (signer name and position,
  "Nơi nhận" items). A gold string the annotator reworded costs the same before and after, so
  the figure is for comparing two readings, not an absolute rate.
- **nonsyl**: with no reference, the share of lower-case words that are no Vietnamese syllable
  (pyvi's list, ``data/words_vi.txt``): OCR's misreads mostly spell no syllable.

Text is compared in NFC, lower case, whitespace collapsed. Tesseract's TSV is cached on disk
under the same key as ``/work/wt/ocrcached.py`` (image bytes, psm, language), plus the extra
Tesseract settings when there are any (then in this script's own cache folder).

Usage (from the worktree root):
    python3 scripts/ocr_error_rate.py corpus annotations --split dev --json /tmp/x/before.json
    python3 scripts/ocr_error_rate.py corpus annotations --split dev --compare /tmp/x/before.json
    python3 scripts/ocr_error_rate.py /tmp/x/syn/corpus annotations --typed-all --json /tmp/x/syn.json
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import sys
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np
import regex

sys.path.insert(0, os.getcwd())
from directive_parser.loaders import ocr  # noqa: E402

SHARED_CACHE = "/work/wt/ocrcache"
OWN_CACHE = "/tmp/ocr_error_rate_cache"
SEEDS = ("000", "001", "002", "003", "004")
# The typed reference's header: its lines up to the subject's ("V/v …", or the line after the
# type name), at most this many non-empty lines.
HEADER_LINES = 14
# The closing: from its first line ("Nơi nhận:", "KT. …", "TM. …", "TL. …") this many lines on.
CLOSING_LINES = 20
_CLOSING_START = regex.compile(r"^\s*(?:Nơi nhận|KT\.|TM\.|TL\.|K/T|T/M|T/L)", regex.I)
_SUBJECT_LINE = regex.compile(r"^\s*(?:V/v|Về việc)\b", regex.I)
_WORD = regex.compile(r"\S+")
_LOWER_WORD = regex.compile(r"^[\p{Ll}\p{Mn}]+$")
_PUNCT_EDGES = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")


def norm(text: str) -> str:
    """NFC, lower case, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (rows vectorised with numpy)."""
    if not a or not b:
        return len(a) + len(b)
    bb = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    prev = np.arange(len(b) + 1, dtype=np.int32)
    for i, ch in enumerate(a, 1):
        cost = (bb != ord(ch)).astype(np.int32)
        diag = prev[:-1] + cost
        up = prev[1:] + 1
        row = np.empty_like(prev)
        row[0] = i
        row[1:] = np.minimum(diag, up)
        # left moves: row[j] = min_k (row[k] + j - k), a running minimum of row[k] - k
        idx = np.arange(len(row), dtype=np.int32)
        row = np.minimum.accumulate(row - idx) + idx
        prev = row
    return int(prev[-1])


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def substring_distance(phrase: np.ndarray | str, text: np.ndarray | str) -> int:
    """Fewest edits that turn ``phrase`` into some run of ``text`` (semi-global alignment).

    Either argument is a string (compared by characters) or an array of symbols (word ids).
    """
    pp = _codes(phrase) if isinstance(phrase, str) else phrase
    tt = _codes(text) if isinstance(text, str) else text
    if len(pp) == 0:
        return 0
    if len(tt) == 0:
        return len(pp)
    prev = np.zeros(len(tt) + 1, dtype=np.int32)  # free start anywhere in the text
    idx = np.arange(len(tt) + 1, dtype=np.int32)
    for i, sym in enumerate(pp, 1):
        cost = (tt != sym).astype(np.int32)
        row = np.empty_like(prev)
        row[0] = i
        row[1:] = np.minimum(prev[:-1] + cost, prev[1:] + 1)
        row = np.minimum.accumulate(row - idx) + idx
        prev = row
    return int(prev.min())


# --- reading a scan, with Tesseract's output cached ---------------------------------------------
EXTRA_ARGS: list[str] = []
# Trials of how a page is read, applied to the page read only (not to the signature block's or
# the date line's crops): "--page-variant NAME" (several: applied in order).
PAGE_VARIANTS: list[str] = []
PAGE_ARGS: list[str] = []
_real_tsv = ocr._tesseract_tsv


def _page_image(image: Any, name: str) -> tuple[Any, float]:
    """The page image as a trial prepares it, and the factor its pixels were scaled by."""
    from PIL import Image as PILImage

    from directive_parser.loaders import imaging

    factor = 1.0
    for variant in PAGE_VARIANTS:
        if variant == "seal":
            image = imaging.drop_seal_ink(image, name == "page 1")
        elif variant == "flat":
            image = imaging.flatten_background(image.convert("L"))
        elif variant.startswith("up"):
            f = float(variant[2:])
            image = image.resize((round(image.width * f), round(image.height * f)), PILImage.Resampling.LANCZOS)
            factor *= f
        elif variant == "otsu":
            import numpy as np

            grey = np.asarray(image.convert("L"))
            hist = np.bincount(grey.ravel(), minlength=256).astype(float)
            w = hist.cumsum()
            mu = (hist * np.arange(256)).cumsum()
            between = (mu[-1] * w - mu * w[-1]) ** 2 / np.maximum(w * (w[-1] - w), 1)
            t = int(np.argmax(between))
            image = PILImage.fromarray(np.where(grey > t, 255, 0).astype(np.uint8), mode="L")
        else:
            raise SystemExit(f"unknown page variant {variant}")
    return image, factor


def _unscale(tsv: str, factor: float) -> str:
    """Tesseract's boxes put back in the page's pixels after an upscaled read."""
    if factor == 1.0:
        return tsv
    rows = tsv.split("\n")
    out = rows[:1]
    for row in rows[1:]:
        cells = row.split("\t")
        if len(cells) == 12:
            try:
                cells[6:10] = [str(round(int(c) / factor)) for c in cells[6:10]]
            except ValueError:
                pass
        out.append("\t".join(cells))
    return "\n".join(out)


def _cached_tsv(image: Any, name: str, psm: str = ocr.OCR_PSM) -> str:
    factor = 1.0
    extra = " ".join(EXTRA_ARGS)
    if name.startswith("page ") and (PAGE_VARIANTS or PAGE_ARGS):
        image, factor = _page_image(image, name)
        extra = " ".join([*EXTRA_ARGS, *PAGE_ARGS])
    pgm = io.BytesIO()
    image.convert("L").save(pgm, format="PPM")
    key = hashlib.sha1(pgm.getvalue() + f"|{psm}|{ocr.OCR_LANG}".encode() + (f"|{extra}".encode() if extra else b"")).hexdigest()
    folder = OWN_CACHE if extra else SHARED_CACHE
    path = os.path.join(folder, key[:2], key + ".tsv")
    if os.path.exists(path):
        return _unscale(Path(path).read_text(encoding="utf-8"), factor)
    _ARGS_NOW[:] = extra.split()
    out = _real_tsv(image, name, psm)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + f".{os.getpid()}"
    Path(tmp).write_text(out, encoding="utf-8")
    os.replace(tmp, path)
    return _unscale(out, factor)


# Extra Tesseract arguments of the call being made (set by ``_cached_tsv``).
_ARGS_NOW: list[str] = []
_real_run = ocr.subprocess.run


def _run(cmd: list[str], **kw: Any) -> Any:
    if cmd and cmd[0] == "tesseract" and _ARGS_NOW:
        cmd = [*cmd[:-1], *_ARGS_NOW, cmd[-1]]
    return _real_run(cmd, **kw)


ocr.subprocess.run = _run  # type: ignore[assignment]
ocr._tesseract_tsv = _cached_tsv


def scan_files(corpus: Path, ids: list[str]) -> dict[str, Path]:
    """The scans among the corpus's files: ``<id>.scan.pdf``, or ``<id>.pdf`` with unread pages."""
    from directive_parser.errors import NoTextLayer
    from directive_parser.loaders import load_path

    found: dict[str, Path] = {}
    for doc_id in ids:
        scan = corpus / "files" / f"{doc_id}.scan.pdf"
        pdf = corpus / "files" / f"{doc_id}.pdf"
        if scan.exists():
            found[doc_id] = scan
        elif pdf.exists():
            try:
                if load_path(pdf, ocr=False).unread_pages:
                    found[doc_id] = pdf
            except NoTextLayer:
                found[doc_id] = pdf
    return found


def read_scan(path: Path) -> str:
    from directive_parser.loaders import load_path

    return load_path(path, ocr=True).text


# --- references --------------------------------------------------------------------------------
def typed_regions(reference: str) -> list[tuple[str, str]]:
    """The typed reference's lines (normalised; rules and blank lines left out), each with its region."""
    lines = [ln for ln in reference.splitlines() if ln.strip()]
    header_end = min(HEADER_LINES, len(lines))
    for k, ln in enumerate(lines[:HEADER_LINES]):
        if _SUBJECT_LINE.match(ln):
            header_end = k + 1
            # the subject may run on over a line or two
            while header_end < min(len(lines), HEADER_LINES) and not regex.match(r"^\s*(?:Kính gửi|[-–—_*]{3,})", lines[header_end]):
                if len(lines[header_end]) > 90:
                    break
                header_end += 1
            break
    closing: set[int] = set()
    for k in range(header_end, len(lines)):
        if _CLOSING_START.match(lines[k]):
            closing = set(range(k, min(len(lines), k + CLOSING_LINES)))
            break
    out: list[tuple[str, str]] = []
    for k, ln in enumerate(lines):
        region = "header" if k < header_end else "closing" if k in closing else "body"
        if norm(ln) and regex.search(r"[\p{L}\p{N}]", ln):
            out.append((norm(ln), region))
    return out


def typed_rates(reference: str, text: str) -> dict[str, dict[str, int]]:
    """Word and character errors against a typed reference, per region and in all.

    Each line of the reference is matched to its best run of the OCR text (by characters, and
    by words apart), so that columns read in another order than the typed file puts them (the
    header's two columns, the closing's "Nơi nhận" beside the signature) cost nothing: the
    rate is of what was read, not of where it was put.
    """
    ref = typed_regions(reference)
    hyp = norm(text)
    vocab: dict[str, int] = {}
    hyp_ids = np.array([vocab.setdefault(w, len(vocab)) for w in hyp.split()], dtype=np.uint32)
    counts: dict[str, dict[str, int]] = {r: {"words": 0, "word_errors": 0, "chars": 0, "char_errors": 0} for r in ("header", "body", "closing", "all")}
    for line, region in ref:
        words = np.array([vocab.setdefault(w, len(vocab)) for w in line.split()], dtype=np.uint32)
        for r in (region, "all"):
            counts[r]["words"] += len(words)
            counts[r]["chars"] += len(line)
        w_err = substring_distance(words, hyp_ids)
        c_err = substring_distance(line, hyp)
        for r in (region, "all"):
            counts[r]["word_errors"] += w_err
            counts[r]["char_errors"] += c_err
    return counts


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def gold_phrases(gold: dict[str, Any]) -> list[tuple[str, str]]:
    """Hand-read strings of a gold record printed on the page, each with its region."""
    out: list[tuple[str, str]] = []
    number = (gold.get("number") or {}).get("symbol")
    for s in _strings(number):
        out.append((s, "header"))
    for s in _strings(gold.get("subject")):
        out.append((s, "header"))
    for s in _strings(gold.get("recipients")):
        out.append((s, "header"))
    for ref in gold.get("legal_references") or []:
        for s in _strings(ref.get("symbol")):
            out.append((s, "body"))
    for d in gold.get("deadlines") or []:
        for key in ("text", "action"):
            for s in _strings(d.get(key)):
                out.append((s, "body"))
    for o in gold.get("obligations") or []:
        for s in _strings(o.get("action")):
            out.append((s, "body"))
    signer = gold.get("signer") or {}
    for key in ("name", "position"):
        for s in _strings(signer.get(key)):
            out.append((s, "closing"))
    for s in _strings(gold.get("distribution")):
        out.append((s, "closing"))
    seen: set[str] = set()
    unique = []
    for s, r in out:
        key = norm(s)
        if len(key) >= 3 and key not in seen:
            seen.add(key)
            unique.append((key, r))
    return unique


def gold_rates(gold: dict[str, Any], text: str) -> dict[str, dict[str, int]]:
    """Edits of each gold string against its best-matching window of the text, per region."""
    hyp = norm(text)
    counts: dict[str, dict[str, int]] = {r: {"phrases": 0, "exact": 0, "chars": 0, "char_errors": 0} for r in ("header", "body", "closing", "all")}
    for phrase, region in gold_phrases(gold):
        edits = substring_distance(phrase, hyp)
        for r in (region, "all"):
            counts[r]["phrases"] += 1
            counts[r]["exact"] += edits == 0
            counts[r]["chars"] += len(phrase)
            counts[r]["char_errors"] += edits
    return counts


_SYLLABLES: set[str] = set()


def syllables() -> set[str]:
    if not _SYLLABLES:
        from importlib import resources

        text = resources.files("directive_parser.data").joinpath("words_vi.txt").read_text("utf-8")
        for line in text.split("\n"):
            if line and not line.startswith("#"):
                _SYLLABLES.update(norm(line).split())
    return _SYLLABLES


def nonsyllable_rate(text: str) -> dict[str, int]:
    words = [_PUNCT_EDGES.sub("", w) for w in _WORD.findall(unicodedata.normalize("NFC", text))]
    lower = [w for w in words if _LOWER_WORD.match(w)]
    known = syllables()
    return {"lower_words": len(lower), "nonsyllables": sum(w not in known for w in lower)}


def _rate(c: dict[str, int], errors: str, total: str) -> float | None:
    return round(c[errors] / c[total], 4) if c.get(total) else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("annotations")
    ap.add_argument("--split", default="dev", choices=("dev",), help="only dev: the held-out scans are not read here")
    ap.add_argument("--ids", nargs="*", help="only these documents")
    ap.add_argument("--typed-all", action="store_true", help="every scan's corpus/<id>.txt is a typed original (synthetic scans)")
    ap.add_argument("--json", help="write per-document figures here")
    ap.add_argument("--compare", help="an earlier --json output: per-document better/worse")
    ap.add_argument("--tesseract-arg", action="append", default=[], help="extra Tesseract argument(s) for every call (cached apart)")
    ap.add_argument("--page-variant", action="append", default=[], help="a trial of the page read: seal, flat, otsu, upF (F a factor)")
    ap.add_argument("--page-tesseract-arg", action="append", default=[], help="extra Tesseract argument(s) for the page read only")
    ap.add_argument("--set", action="append", default=[], help="NAME=VALUE: a constant of loaders/ocr.py set for the run (a number, True or False)")
    args = ap.parse_args()
    for setting in args.set:
        name, value = setting.split("=", 1)
        setattr(ocr, name, {"True": True, "False": False}.get(value, value) if value in ("True", "False") else float(value))
    EXTRA_ARGS.extend(args.tesseract_arg)
    PAGE_VARIANTS.extend(args.page_variant)
    PAGE_ARGS.extend(args.page_tesseract_arg)
    corpus, annotations = Path(args.corpus), Path(args.annotations)
    ids = []
    for p in sorted(annotations.glob("*.json")):
        gold = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(gold, dict) and gold.get("split") == args.split and (not args.ids or p.stem in args.ids):
            ids.append(p.stem)
    files = scan_files(corpus, ids)
    results: dict[str, Any] = {}
    for doc_id, path in files.items():
        gold = json.loads((annotations / f"{doc_id}.json").read_text(encoding="utf-8"))
        text = read_scan(path)
        typed = args.typed_all or doc_id in SEEDS
        row: dict[str, Any] = {"kind": "synthetic" if typed else "real", "nonsyl": nonsyllable_rate(text), "gold": gold_rates(gold, text)}
        if typed:
            row["typed"] = typed_rates((corpus / f"{doc_id}.txt").read_text(encoding="utf-8"), text)
        results[doc_id] = row
        print(_line(doc_id, row), flush=True)
    _summary(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.compare:
        _compare(json.loads(Path(args.compare).read_text(encoding="utf-8")), results)


def _line(doc_id: str, row: dict[str, Any]) -> str:
    g = row["gold"]
    parts = [f"{doc_id:6} {row['kind']:9}", f"gold CER {_rate(g['all'], 'char_errors', 'chars')}",
             f"(h {_rate(g['header'], 'char_errors', 'chars')} b {_rate(g['body'], 'char_errors', 'chars')} c {_rate(g['closing'], 'char_errors', 'chars')})",
             f"nonsyl {_rate(row['nonsyl'], 'nonsyllables', 'lower_words')}"]
    if "typed" in row:
        t = row["typed"]
        parts.append(f"typed WER {_rate(t['all'], 'word_errors', 'words')} CER {_rate(t['all'], 'char_errors', 'chars')}"
                     f" (h {_rate(t['header'], 'char_errors', 'chars')} b {_rate(t['body'], 'char_errors', 'chars')} c {_rate(t['closing'], 'char_errors', 'chars')})")
    return "  ".join(parts)


def _summary(results: dict[str, Any]) -> None:
    for kind in ("real", "synthetic"):
        rows = [r for r in results.values() if r["kind"] == kind]
        if not rows:
            continue
        print(f"\n{kind}: {len(rows)} documents")
        for ref, errors, total in (("gold", "char_errors", "chars"), ("typed", "char_errors", "chars"), ("typed", "word_errors", "words")):
            if not all(ref in r for r in rows):
                continue
            cells = []
            for region in ("header", "body", "closing", "all"):
                e = sum(r[ref][region][errors] for r in rows)
                n = sum(r[ref][region][total] for r in rows)
                cells.append(f"{region} {e / n:.4f}" if n else f"{region} -")
            name = f"{ref} {'CER' if errors == 'char_errors' else 'WER'}"
            print(f"  {name:10} " + "  ".join(cells))
        e = sum(r["nonsyl"]["nonsyllables"] for r in rows)
        n = sum(r["nonsyl"]["lower_words"] for r in rows)
        print(f"  nonsyl     {e / max(n, 1):.4f} ({e}/{n})")


def _key_rate(row: dict[str, Any]) -> tuple[str, float | None]:
    if "typed" in row:
        return "typed CER", _rate(row["typed"]["all"], "char_errors", "chars")
    return "gold CER", _rate(row["gold"]["all"], "char_errors", "chars")


def _compare(before: dict[str, Any], after: dict[str, Any]) -> None:
    print("\nper document (typed CER for typed references, else gold CER; nonsyllable share beside):")
    tally: dict[str, list[int]] = {}
    for doc_id in sorted(set(before) & set(after)):
        name, b = _key_rate(before[doc_id])
        _, a = _key_rate(after[doc_id])
        nb = _rate(before[doc_id]["nonsyl"], "nonsyllables", "lower_words")
        na = _rate(after[doc_id]["nonsyl"], "nonsyllables", "lower_words")
        if a is None or b is None:
            continue
        verdict = "better" if a < b else "worse" if a > b else "same"
        t = tally.setdefault(after[doc_id]["kind"], [0, 0, 0])
        t[("better", "worse", "same").index(verdict)] += 1
        print(f"  {doc_id:6} {after[doc_id]['kind']:9} {name} {b} → {a} {verdict:6}  nonsyl {nb} → {na}")
    for kind, (better, worse, same) in tally.items():
        print(f"  {kind}: {better} better, {worse} worse, {same} same")


if __name__ == "__main__":
    main()
