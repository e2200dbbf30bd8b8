"""Choose the held-out test split of the gold corpus, once, reproducibly.

About a quarter of the documents are ``test``, drawn at random (fixed seed) within strata of
where they came from and what they are (group, document kind, input format), so that every kind
and format has documents on both sides. The five seeds stay ``dev`` (the rules were founded on
them). The result is printed as ``<id> <split>`` lines; ``--write`` stores it in each existing
annotation as ``"split"`` (new annotations take it from ``annotations/SPLIT.tsv``).

``--spend`` is the second, later step (session 16): half of the test split is opened and moved to
dev, so that the kind of miss the dev rewrites never made can be studied, and the other half stays
held out. The test documents are ordered by how much gold they hold (obligations, then deadlines),
neighbours are paired, and one of each pair, drawn with ``SPEND_SEED``, is spent; so the two halves
hold a like share of the duties. Run once; the choice is in ``annotations/SPLIT.tsv``.
"""

from __future__ import annotations

import csv
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED = 20261202
TEST_SHARE = 0.25
SPEND_SEED = 16


def strata() -> dict[str, str]:
    """Each corpus id with its stratum: group / kind / format."""
    out: dict[str, str] = {}
    rows = list(csv.reader(Path("corpus/SOURCES.tsv").open(encoding="utf-8"), delimiter="\t"))[1:]
    new = {r["file"].removesuffix(".txt"): r for r in csv.DictReader(
        Path("../shared/corpus/new/SOURCES.tsv").open(encoding="utf-8"), delimiter="\t")}
    files = {p.name.split(".")[0]: p.name.split(".", 1)[1] for p in Path("corpus/files").iterdir()}
    for row in rows:
        ident, group = row[0], row[1]
        if group == "new" and ident in new:
            kind = new[ident]["doc_kind"]
            fmt = "scan" if new[ident]["is_scan"] == "yes" else new[ident]["original"].rsplit(".", 1)[1]
        else:
            kind = "-"
            fmt = files.get(ident, "txt")
        out[ident] = f"{group}/{kind if group == 'new' else '-'}/{fmt}"
    return out


def choose() -> dict[str, str]:
    rng = random.Random(SEED)
    by_stratum: dict[str, list[str]] = defaultdict(list)
    for ident, stratum in sorted(strata().items()):
        if stratum.startswith("seeds/"):
            continue
        by_stratum[stratum].append(ident)
    split = {ident: "dev" for ident in strata()}
    # Strata are pooled per group so that small strata still give a quarter overall: shuffle each
    # group's ids stratum by stratum, then take every fourth, starting at a random offset.
    for group in sorted({s.split("/")[0] for s in by_stratum}):
        ordered: list[str] = []
        for stratum in sorted(s for s in by_stratum if s.startswith(group + "/")):
            ids = by_stratum[stratum][:]
            rng.shuffle(ids)
            ordered.extend(ids)
        start = rng.randrange(4)
        for ident in ordered[start::4]:
            split[ident] = "test"
    return split


def spend(split: dict[str, str]) -> dict[str, str]:
    """Move one test document of each pair of like size to dev (see the module's docstring)."""
    def weight(ident: str) -> tuple[int, int, str]:
        data = json.loads((Path("annotations") / f"{ident}.json").read_text(encoding="utf-8"))
        return (len(data.get("obligations") or []), len(data.get("deadlines") or []), ident)

    test = sorted((i for i, side in split.items() if side == "test"), key=weight, reverse=True)
    rng = random.Random(SPEND_SEED)
    out = dict(split)
    for pair in (test[k:k + 2] for k in range(0, len(test), 2)):
        out[pair[rng.randrange(len(pair))]] = "dev"
    return out


def main() -> None:
    split = choose()
    if "--spend" in sys.argv:
        split = spend(split)
    lines = [f"{ident}\t{side}" for ident, side in sorted(split.items())]
    Path("annotations/SPLIT.tsv").write_text("id\tsplit\n" + "\n".join(lines) + "\n", encoding="utf-8")
    if "--write" in sys.argv:
        for ident, side in split.items():
            path = Path("annotations") / f"{ident}.json"
            if path.exists():
                data = json.loads(path.read_text(encoding="utf-8"))
                data["split"] = side
                path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    counts = {side: sum(1 for s in split.values() if s == side) for side in ("dev", "test")}
    print(counts)


if __name__ == "__main__":
    main()
