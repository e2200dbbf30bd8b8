"""Profile the text parse as ``directive-parser benchmark`` times it: every corpus text, from bytes, no OCR.

Usage::

    python3 scripts/profile_text.py [corpus] [--top N] [--out FILE] [--callers PATTERN]

Prints the wall and CPU time of one pass over the texts without the profiler (and the time per stage,
``pipeline.parse_source``'s timings), then one pass under ``cProfile``: the functions of the package by
cumulative time, the costliest by own time, and, with ``--callers``, who calls the functions whose
``file:line(name)`` matches PATTERN (a regular expression, as ``pstats`` takes it). The first three texts
are parsed once before either pass, so lazy patterns and data are read before the clock starts.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from directive_parser.benchmark import _files, _parse_once


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default="corpus")
    ap.add_argument("--top", type=int, default=40, help="rows of each table")
    ap.add_argument("--out", default=None, help="also write the raw profile here (pstats format)")
    ap.add_argument("--callers", default=None, help="print the callers of the functions matching this")
    args = ap.parse_args()
    texts = [(p.read_bytes(), p.name) for p in _files(Path(args.corpus))["text"]]
    for data, origin in texts[:3]:
        _parse_once(data, origin)
    timings: dict[str, float] = {}
    wall, cpu = time.perf_counter(), time.process_time()
    for data, origin in texts:
        _parse_once(data, origin, timings)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{len(texts)} texts: {wall:.2f} s wall, {cpu:.2f} s CPU, {wall / max(len(texts), 1) * 1000:.1f} ms a text")
    for stage, seconds in timings.items():
        print(f"  {stage:12s} {seconds / max(len(texts), 1) * 1000:7.2f} ms a text")
    profile = cProfile.Profile()
    profile.enable()
    for data, origin in texts:
        _parse_once(data, origin)
    profile.disable()
    if args.out:
        profile.dump_stats(args.out)
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(r"directive_parser", args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    if args.callers:
        stats.print_callers(args.callers)


if __name__ == "__main__":
    main()
