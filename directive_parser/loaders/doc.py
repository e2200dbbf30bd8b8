"""Old Word 97-2003 (.doc), RTF and OpenDocument (.odt) files, converted to DOCX by LibreOffice in headless mode.

Offices still send .doc files, and some send RTF (old e-office exports, WordPad) or .odt (offices on
LibreOffice). These formats are read by no Python library we trust, so LibreOffice (Debian:
``libreoffice-writer-nogui``, installed by ``scripts/setup.sh``) converts the file to DOCX in a temporary
folder and the DOCX loader reads that, so each parses like its DOCX copy. Without LibreOffice the file
is refused with one line naming what to install (exit 3).
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
from pathlib import Path

from .._typing import Progress
from ..errors import InputError, MissingTool, UnsupportedFormat
from ..source import SourceDocument
from .docx import check_archive, load_docx

# Seconds a conversion may take: a 20-page .doc converts in 2-4 s once LibreOffice has started
# (its first start on a machine takes up to 20 s while it writes its profile).
CONVERT_TIMEOUT_S = 120
# An OLE compound file (the container of .doc, .xls, .ppt, .msg) holding a Word document has a
# directory entry named "WordDocument" (UTF-16LE); other OLE files are not Word documents.
WORD_STREAM = "WordDocument".encode("utf-16-le")
INSTALL_HINT = "install LibreOffice: apt-get install libreoffice-writer-nogui"
# The names LibreOffice's program has on Debian and elsewhere.
_PROGRAMS = ("soffice", "libreoffice")


@functools.lru_cache(maxsize=1)
def soffice_path() -> str | None:
    """The LibreOffice program to convert with, or None when it is not installed."""
    for name in _PROGRAMS:
        found = shutil.which(name)
        if found:
            return found
    return None


# What each format LibreOffice converts for us is called in messages, and its file suffix.
KINDS: dict[str, tuple[str, str]] = {
    "doc": ("an old Word 97-2003 (.doc) file", ".doc"),
    "rtf": ("an RTF (.rtf) file", ".rtf"),
    "odt": ("an OpenDocument text (.odt) file", ".odt"),
}


def doc_to_docx(data: bytes, origin: str, kind: str = "doc") -> bytes:
    """Convert a Word 97-2003, RTF or OpenDocument text document to DOCX with LibreOffice.

    Args:
        data: the file's bytes (an OLE compound file, RTF, or an ODF zip).
        origin: name for messages.
        kind: "doc", "rtf" or "odt" (``KINDS``).

    Returns:
        The DOCX bytes.

    Raises:
        UnsupportedFormat: the OLE file holds no Word document (an .xls, a .ppt).
        InputError: LibreOffice could not convert it.
        MissingTool: LibreOffice is not installed.
    """
    if kind == "doc" and WORD_STREAM not in data:
        raise UnsupportedFormat(
            f"{origin}: an Office 97-2003 file that holds no Word document; save it as .docx or PDF and parse that"
        )
    what, suffix = KINDS[kind]
    program = soffice_path()
    if program is None:
        raise MissingTool(f"{origin}: {what} needs LibreOffice to be read; {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="directive-parser-doc-") as tmp:
        folder = Path(tmp)
        source = folder / f"input{suffix}"
        source.write_bytes(data)
        # A profile of its own: a LibreOffice already open on the machine (or another conversion
        # running at the same time) would otherwise take the request and its profile lock.
        profile = (folder / "profile").as_uri()
        command = [
            program, f"-env:UserInstallation={profile}", "--headless", "--norestore",
            "--convert-to", "docx", "--outdir", str(folder / "out"), str(source),
        ]
        try:
            done = subprocess.run(command, capture_output=True, timeout=CONVERT_TIMEOUT_S, cwd=tmp)
        except subprocess.TimeoutExpired as exc:
            raise InputError(f"{origin}: LibreOffice took longer than {CONVERT_TIMEOUT_S} s to convert the {suffix} file") from exc
        except OSError as exc:
            raise MissingTool(f"{origin}: LibreOffice does not run ({exc.strerror or exc}); {INSTALL_HINT}") from exc
        target = folder / "out" / "input.docx"
        if done.returncode != 0 or not target.is_file():
            reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
            detail = f" ({reason[-1][:120]})" if reason else ""
            raise InputError(f"{origin}: LibreOffice could not convert the {suffix} file{detail}; save it as .docx and parse that")
        return target.read_bytes()


def _check_odt(data: bytes, origin: str) -> None:
    """Refuse a damaged .odt, or one that would inflate past the DOCX loader's limit (a zip bomb), before LibreOffice opens it."""
    check_archive(data, origin, "OpenDocument file", ".odt")


# The conversion recorded in the record's ``source.conversions``.
_CONVERSION = {"doc": "Word 97-2003 (.doc) → DOCX (LibreOffice)", "rtf": "RTF → DOCX (LibreOffice)", "odt": "OpenDocument (.odt) → DOCX (LibreOffice)"}


def load_doc(
    data: bytes, origin: str, kind: str = "doc", *, ocr: bool = True, progress: Progress | None = None
) -> SourceDocument:
    """Read a Word 97-2003, RTF or OpenDocument text document through its DOCX conversion.

    Args:
        data: the file's bytes.
        origin: name for messages.
        kind: "doc", "rtf" or "odt" (``KINDS``).
        ocr: read the pictures of a document without text with Tesseract (``docx.load_docx``).
        progress: called after each picture read by OCR.

    Returns:
        The document as the DOCX loader reads it, with the conversion recorded.
    """
    if kind == "odt":
        _check_odt(data, origin)
    source = load_docx(doc_to_docx(data, origin, kind), origin, ocr=ocr, progress=progress)
    source.conversions.insert(0, _CONVERSION[kind])
    return source
