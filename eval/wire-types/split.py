#!/usr/bin/env python3
"""Assign the `split` column of sentences.tsv.

Seeded procedure: random.Random(20261204); within each stratum the ids are
sorted, shuffled with that one generator (strata processed in sorted order),
the first half goes to `dev`, the second half to `test`. Rewrites the file in place.
"""
import csv, random, sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PATH = HERE / "sentences.tsv"
SEED = 20261204


def main():
    with open(PATH, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    header = lines[0].split("\t")
    assert header == ["id", "split", "stratum", "source", "date", "sentence"], header
    rows = [l.split("\t") for l in lines[1:] if l]
    by_stratum = defaultdict(list)
    for r in rows:
        by_stratum[r[2]].append(r[0])
    rng = random.Random(SEED)
    split = {}
    for stratum in sorted(by_stratum):
        ids = sorted(by_stratum[stratum])
        rng.shuffle(ids)
        half = len(ids) // 2
        for i in ids[:half]:
            split[i] = "dev"
        for i in ids[half:]:
            split[i] = "test"
    for r in rows:
        r[1] = split[r[0]]
    with open(PATH, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    counts = defaultdict(lambda: defaultdict(int))
    for r in rows:
        counts[r[2]][r[1]] += 1
    for s in sorted(counts):
        print(s, dict(counts[s]))


if __name__ == "__main__":
    sys.exit(main())
