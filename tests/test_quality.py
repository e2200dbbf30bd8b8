"""Static checks: the package type-checks under ``mypy --strict`` and the code passes ``ruff``.

Both tools read their settings from pyproject.toml (``[tool.mypy]``, ``[tool.ruff]``), so these
tests run exactly what a developer runs by hand. They are in the test extras; without them the
tests are skipped with the reason, never passed silently.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# mypy with a warm cache takes a few seconds; a cold run over the package about a minute.
CHECK_TIMEOUT_S = 300


def _run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m <module> <args>`` from the repository root, skipping if it is missing."""
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install -e '.[test]')")
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=CHECK_TIMEOUT_S,
        check=False,
    )


def test_package_is_typed() -> None:
    # PEP 561: the marker makes users' type checkers read our annotations.
    assert (ROOT / "directive_parser" / "py.typed").is_file()


def test_mypy_strict() -> None:
    result = _run("mypy", "--strict", "directive_parser")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff() -> None:
    result = _run("ruff", "check", "--no-cache", "directive_parser", "tests")
    assert result.returncode == 0, result.stdout + result.stderr
