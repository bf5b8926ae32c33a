#!/usr/bin/env python3
"""Assign the dev/test split of sentences.tsv (rewrites the `split` column in place).

Procedure: one random.Random(20261202); strata taken in the fixed order
violence, protest, diplomacy, disaster; within each stratum the ids are sorted,
shuffled with that generator, and the first half (n // 2) goes to `dev`, the rest to `test`.
"""
import random
from pathlib import Path

SEED = 20261202
STRATA = ["violence", "protest", "diplomacy", "disaster"]
PATH = Path(__file__).resolve().parent / "sentences.tsv"


def main():
    lines = PATH.read_text(encoding="utf-8").splitlines()
    header, rows = lines[0], [l.split("\t") for l in lines[1:] if l]
    cols = header.split("\t")
    i_id, i_split, i_stratum = cols.index("id"), cols.index("split"), cols.index("stratum")
    rng = random.Random(SEED)
    assignment = {}
    for stratum in STRATA:
        ids = sorted(r[i_id] for r in rows if r[i_stratum] == stratum)
        rng.shuffle(ids)
        half = len(ids) // 2
        for k, sid in enumerate(ids):
            assignment[sid] = "dev" if k < half else "test"
    unknown = {r[i_stratum] for r in rows} - set(STRATA)
    if unknown:
        raise SystemExit(f"unknown strata: {unknown}")
    for r in rows:
        r[i_split] = assignment[r[i_id]]
    PATH.write_text("\n".join([header] + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    for stratum in STRATA:
        d = sum(1 for r in rows if r[i_stratum] == stratum and r[i_split] == "dev")
        t = sum(1 for r in rows if r[i_stratum] == stratum and r[i_split] == "test")
        print(f"{stratum:10s} dev={d:3d} test={t:3d}")


if __name__ == "__main__":
    main()
