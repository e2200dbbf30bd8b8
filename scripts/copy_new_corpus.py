"""Copy ../shared/corpus/new into corpus/ (texts) and corpus/files/ (originals), with source lines.

Run once from the repository root; idempotent. The source line of each document is the row of
../shared/corpus/new/SOURCES.tsv (repository:path@commit, then its note), as for the full/ copies.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

NEW = Path("../shared/corpus/new")


def main() -> None:
    rows = list(csv.DictReader((NEW / "SOURCES.tsv").open(encoding="utf-8"), delimiter="\t"))
    sources = Path("corpus/SOURCES.tsv")
    known = {line.split("\t", 1)[0] for line in sources.read_text(encoding="utf-8").splitlines()}
    added = []
    for row in rows:
        stem = row["file"].removesuffix(".txt")
        shutil.copyfile(NEW / row["file"], Path("corpus") / row["file"])
        original = row["original"]
        ext = original.rsplit(".", 1)[1]
        target = Path("corpus/files") / (f"{stem}.scan.pdf" if row["is_scan"] == "yes" else f"{stem}.{ext}")
        shutil.copyfile(NEW / original, target)
        if stem not in known:
            note = row["note"].replace("\t", " ")
            added.append(f"{stem}\tnew\t{row['source']}\t{note}")
    if added:
        with sources.open("a", encoding="utf-8") as out:
            out.write("\n".join(added) + "\n")
    print(f"{len(rows)} documents copied, {len(added)} source lines added")


if __name__ == "__main__":
    main()
