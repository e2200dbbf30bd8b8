"""Shared fixtures: where the corpus and the gold annotations are, and a parse helper."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ANNOTATIONS = ROOT / "annotations"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def gold(doc_id: str) -> dict:
    """The hand-written gold record of a corpus document."""
    return json.loads((ANNOTATIONS / f"{doc_id}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def annotations_dir() -> Path:
    return ANNOTATIONS
