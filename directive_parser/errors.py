"""One hierarchy of errors, each with a message written for the person at the keyboard.

Third-party failures (pdfminer, python-docx, decoding) are translated into these at the
loader boundary, so the CLI and the web service only ever see a ``DirectiveParserError``
and can print its message (never a traceback) and exit with its code.
"""

from __future__ import annotations

# Exit codes, defined once. Typer's own usage errors exit 2.
EXIT_OK = 0
EXIT_INPUT = 1  # the input could not be read or is not a directive we can parse
EXIT_USAGE = 2  # the command line was wrong (Typer's convention)
EXIT_MISSING_TOOL = 3  # a system tool the input needs (Tesseract) is not installed
EXIT_GATE = 4  # evaluate: accuracy fell below a pinned floor
EXIT_REGISTER = 5  # the register's database is locked, unreachable or not a register


class DirectiveParserError(Exception):
    """Base class: every error the package raises on purpose."""

    exit_code: int = EXIT_INPUT

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InternalError(DirectiveParserError):
    """A fault of the parser's own (a bug), not of the input: the message names it, for a report."""


class InputError(DirectiveParserError):
    """The input cannot be read: missing, unreadable, truncated, encrypted, too large."""


class UnsupportedFormat(InputError):
    """The bytes are not text, DOCX, PDF or an image we can OCR."""


class NoTextLayer(InputError):
    """A PDF or image holds no text and OCR is not possible here."""


class MissingTool(DirectiveParserError):
    """A system program the input needs is not installed (names what to install)."""

    exit_code = EXIT_MISSING_TOOL


class EmptyDocument(InputError):
    """The input decoded to no text at all."""


class VocabularyError(DirectiveParserError):
    """A bundled or user vocabulary file is malformed."""


class AnnotationError(DirectiveParserError):
    """A gold annotation file does not match the record's shape."""


class RegisterError(DirectiveParserError):
    """The register refuses a request: an unknown ID, a bad import line, a record that is not a directive."""


class RegisterUnavailable(DirectiveParserError):
    """The register's database cannot be reached, is locked by another writer, or is not ours."""

    exit_code = EXIT_REGISTER


class UnknownEntry(RegisterError):
    """An ID that names no directive or duty in the register."""
