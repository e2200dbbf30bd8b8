"""spaCy's ``TextCatBOW`` text classifier scored without spaCy (issue 17: the trimming model at parse time).

A ``TextCatBOW.v3`` with ``ngram_size = 1`` and ``exclusive_classes = true`` is a linear model over
the hashed words of its input, followed by a softmax. Read from the installed spaCy 3.8 / thinc 8.3
source (``spacy/ml/models/textcat.py``, ``spacy/ml/extract_ngrams.py``, ``spacy/strings.pyx``,
``thinc/layers/sparselinear.pyx``), it computes, for a ``Doc`` of words:

1. each word's key: its ``ORTH`` id (``extract_ngrams(ngram_size, attr=ORTH)``), the string's
   ``hash_string`` = MurmurHash64A of its UTF-8 bytes with seed 1 (a spaCy symbol name such as
   "NOUN" would take the symbol's small id instead; the trimming model's feature words all start
   with "s_" or "e_", which no symbol does); the keys are made unique with their counts;
2. ``SparseLinear.v2`` (``v1_indexing`` false): each key hashed again, as its 8 little-endian bytes,
   by MurmurHash3_x86_32 with seeds 0 and 1, each hash taken modulo ``length`` (a power of two) to
   a row; class ``c``'s score is ``b[c] + Σ count · (W[c · length + row0] + W[c · length + row1])``;
3. a softmax over the classes.

``export`` (in ``trim_model``, where spaCy is at hand) writes ``W``, ``b``, the labels and
``length`` to one file; ``BowScorer`` reads it and repeats 1–3 in plain Python with the
``murmurhash`` package's 32-bit hash (a small C package spaCy itself depends on; it imports no
spaCy) and a pure-Python MurmurHash64A (``murmurhash`` exposes only the 32-bit hash to Python).
The inputs are split on single spaces, as the model was trained (``trim_model`` builds its
training ``Doc`` objects from the same words), so no tokenizer is involved.

File format: one line of JSON (``labels``, ``length``, ``bias``, and whatever the exporter adds,
such as the combination's margins), a newline, then ``W`` (``len(labels) · length`` float32,
little-endian, thinc's class-major layout), zlib-compressed.
"""

from __future__ import annotations

import json
import math
import sys
import zlib
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from murmurhash.mrmr import hash_bytes  # type: ignore[import-untyped]  # Cython, no type information

from .errors import DirectiveParserError

FORMAT = "directive-parser TextCatBOW export 1"
_MASK64 = (1 << 64) - 1
_M64 = 0xC6A4A7935BD1E995
_R64 = 47
# spaCy's string hashes use seed 1 (``spacy/strings.pyx: hash_utf8``).
STRING_SEED = 1
# Feature words kept with their weights between calls (cleared when full, so memory stays bounded).
CACHE_SIZE = 1 << 18


class ExportError(DirectiveParserError):
    """The exported model file is missing or not one ``BowScorer`` reads."""


def murmurhash64a(data: bytes, seed: int) -> int:
    """MurmurHash64A (Austin Appleby's MurmurHash2, 64-bit, as ``murmurhash``'s C ``hash64``).

    >>> murmurhash64a("s_w0_5g".encode(), 1)  # spacy.strings.hash_string("s_w0_5g")
    4697514180568679845
    """
    n = len(data)
    h = (seed ^ (n * _M64)) & _MASK64
    end = n - n % 8
    for i in range(0, end, 8):
        k = (int.from_bytes(data[i : i + 8], "little") * _M64) & _MASK64
        k = ((k ^ (k >> _R64)) * _M64) & _MASK64
        h = ((h ^ k) * _M64) & _MASK64
    if end < n:
        h = ((h ^ int.from_bytes(data[end:], "little")) * _M64) & _MASK64
    h = ((h ^ (h >> _R64)) * _M64) & _MASK64
    return h ^ (h >> _R64)


def string_key(word: str) -> int:
    """spaCy's ``hash_string(word)``: the key a ``TextCatBOW`` sees for the word's ``ORTH``."""
    return murmurhash64a(word.encode("utf-8"), STRING_SEED)


def rows(key: int, length: int) -> tuple[int, int]:
    """The two weight rows ``SparseLinear.v2`` reads for a key (``MurmurHash3_x86_32_uint64``, seeds 0 and 1).

    >>> rows(4697514180568679845, 262144)
    (23951, 104134)
    """
    raw = key.to_bytes(8, "little")
    return (int(hash_bytes(raw, 0)) & 0xFFFFFFFF) % length, (int(hash_bytes(raw, 1)) & 0xFFFFFFFF) % length


def write(path: Path, labels: Sequence[str], weights: bytes, bias: Sequence[float], **meta: Any) -> None:
    """Write an export: ``weights`` = ``W`` as little-endian float32 bytes (class-major)."""
    length = len(weights) // 4 // len(labels)
    head = {"format": FORMAT, "labels": list(labels), "length": length, "bias": [float(b) for b in bias], **meta}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(json.dumps(head, ensure_ascii=False).encode("utf-8") + b"\n" + zlib.compress(weights, 9))


class BowScorer:
    """An exported ``TextCatBOW`` (``write``), scoring space-separated feature words without spaCy."""

    def __init__(self, path: Path) -> None:
        """Read the export at ``path``.

        Raises:
            ExportError: no file there, or not an export.
        """
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ExportError(f"{path}: no exported model here ({exc.strerror or exc})") from exc
        head, _, body = data.partition(b"\n")
        try:
            self.meta: dict[str, Any] = json.loads(head)
        except ValueError:
            self.meta = {}
        if not isinstance(self.meta, dict) or self.meta.get("format") != FORMAT:
            raise ExportError(f"{path}: not a {FORMAT!r} file")
        weights = array("f")
        try:
            weights.frombytes(zlib.decompress(body))
        except (ValueError, zlib.error) as exc:
            raise ExportError(f"{path}: the weights are damaged ({exc})") from exc
        if sys.byteorder != "little":
            weights.byteswap()
        self.labels: list[str] = list(self.meta["labels"])
        self.length = int(self.meta["length"])
        self.bias: list[float] = [float(b) for b in self.meta["bias"]]
        if len(weights) != len(self.labels) * self.length:
            raise ExportError(f"{path}: {len(weights)} weights, expected {len(self.labels) * self.length}")
        self._weights = weights
        self._diffs: dict[int, dict[str, float]] = {}

    def _word(self, word: str) -> list[float]:
        """What one occurrence of ``word`` adds to each class's score."""
        r0, r1 = rows(string_key(word), self.length)
        w, n = self._weights, self.length
        return [w[c * n + r0] + w[c * n + r1] for c in range(len(self.labels))]

    def probabilities(self, text: str) -> list[float]:
        """Each label's probability for one input (its words separated by single spaces)."""
        scores = list(self.bias)
        for word in text.split(" "):
            for c, v in enumerate(self._word(word)):
                scores[c] += v
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def score(self, texts: Sequence[str], label: str) -> list[float]:
        """``label``'s probability for each input. With two labels the softmax is the logistic of
        the difference of their scores, so each word's difference is summed (and kept, by word)."""
        c = self.labels.index(label)
        if len(self.labels) != 2:
            return [self.probabilities(t)[c] for t in texts]
        other = 1 - c
        diffs = self._diffs.setdefault(c, {})
        base = self.bias[c] - self.bias[other]
        known = diffs.__getitem__
        out: list[float] = []
        for text in texts:
            words = text.split(" ")
            try:
                z = base + sum(map(known, words))
            except KeyError:  # a word not met yet: hash it once
                if len(diffs) >= CACHE_SIZE:
                    diffs.clear()
                for word in words:
                    if word not in diffs:
                        v = self._word(word)
                        diffs[word] = v[c] - v[other]
                z = base + sum(map(known, words))
            out.append(_logistic(z))
        return out


def _logistic(z: float) -> float:
    """1 / (1 + e^-z), without overflow for a large negative ``z``."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)
