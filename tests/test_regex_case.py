"""CASE_PROPERTIES_SCOPED (session 42): a pattern compiled with IGNORECASE matches ``\\p{Lu}`` and ``\\p{Ll}`` (and a
class holding them) in either case (the ``regex`` module folds case properties too: ``regex.match(r"\\p{Lu}", "a",
regex.I)`` matches), so a capital or lower-case test written into such a pattern silently tested nothing. Every one in
the package is scoped case-sensitive, ``(?-i:\\p{Lu})``, whatever flags the pattern is compiled with; this test keeps a
new one from coming in unscoped."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import regex

PACKAGE = Path(__file__).resolve().parent.parent / "directive_parser"
_CASE_PROPERTY = re.compile(r"\\p\{\{?L[ul]\}?\}")


def _unscoped(pattern: str) -> list[int]:
    """Offsets of the case properties (or the classes holding one) of ``pattern`` not opened by ``(?-i:``."""
    found: list[int] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            m = _CASE_PROPERTY.match(pattern, i)
            if m is None:
                i += 2
                continue
            if not pattern[:i].endswith("(?-i:"):
                found.append(i)
            i = m.end()
        elif c == "[":
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            j += pattern[j : j + 1] == "]"
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            if j < len(pattern) and _CASE_PROPERTY.search(pattern, i, j) and not pattern[:i].endswith("(?-i:"):
                found.append(i)
            i = j + 1 if j < len(pattern) else i + 1
        else:
            i += 1
    return found


def _raw_strings(path: Path) -> list[tuple[int, str]]:
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    out = []
    for t in tokens:
        if t.type == tokenize.STRING and "r" in re.match(r"[A-Za-z]*", t.string).group(0).lower():  # type: ignore[union-attr]
            out.append((t.start[0], t.string))
    return out


def test_case_folding_does_fold_case_properties() -> None:
    # the premise: without the scope, IGNORECASE makes a capital test match a lower-case letter
    assert regex.match(r"\p{Lu}", "a", regex.I | regex.V1)
    assert not regex.match(r"(?-i:\p{Lu})", "a", regex.I | regex.V1)
    assert not regex.match(r"(?-i:[\p{Lu}Đ])", "đ", regex.I | regex.V1)


def test_every_case_property_in_the_package_is_scoped() -> None:
    unscoped = [
        f"{path.relative_to(PACKAGE.parent)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, literal in _raw_strings(path)
        if _unscoped(literal)
    ]
    assert unscoped == []


def test_the_checker_finds_an_unscoped_property_and_class() -> None:
    assert _unscoped(r"^[ \t]*\p{Lu}[^;:.\n]{0,60}") == [7]
    assert _unscoped(r"(?:[\p{Lu}Đ][\p{Lu}Đ ,]{3,80})") == [3, 12]
    assert _unscoped(r"(?=(?-i:\p{Ll}))(?-i:[\p{Lu}Đ])") == []
