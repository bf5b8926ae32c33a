#!/usr/bin/env python3
"""Assigns each snippet of eval/snippets/sentences.tsv to `dev` or `test` (seed 20261202).

The snippets were written, not sampled (see ANNOTATOR-NOTES.md), so the split is the only random
step. Procedure (rerun it to get the same file):
  1. One random.Random(SEED), used in the fixed stratum order violence, protest, diplomacy, disaster.
  2. Within a stratum, ids in sorted order get a list of labels, dev and test half each, shuffled by
     that generator. A stratum with an odd count (protest 45, diplomacy 55) gives its odd label to
     whichever split is smaller so far (dev before test on a tie), so the whole set is 100/100.
  3. The `split` column of sentences.tsv is rewritten; nothing else in the file changes.
`python3 split.py --check` only compares the file with this assignment (exit 1 on a difference).
"""
import os, random, sys

SEED = 20261202
STRATA = ['violence', 'protest', 'diplomacy', 'disaster']
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'sentences.tsv')


def read(path=PATH):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    header = lines[0].split('\t')
    rows = [ln.split('\t') for ln in lines[1:] if ln]
    return header, rows


def assign(rows):
    """rows: lists whose [0] is the id and [2] the stratum. Returns {id: 'dev'|'test'}."""
    rng = random.Random(SEED)
    by_stratum = {s: [] for s in STRATA}
    for r in rows:
        by_stratum[r[2]].append(r[0])
    out, dev, test = {}, 0, 0
    for s in STRATA:
        ids = sorted(by_stratum[s])
        labels = ['dev', 'test'] * (len(ids) // 2)
        if len(ids) % 2:
            labels.append('dev' if dev + labels.count('dev') <= test + labels.count('test') else 'test')
        rng.shuffle(labels)
        for i, lab in zip(ids, labels):
            out[i] = lab
        dev += labels.count('dev')
        test += labels.count('test')
    return out


def main():
    header, rows = read()
    assert header == ['id', 'split', 'stratum', 'source', 'date', 'sentence'], header
    split = assign(rows)
    if '--check' in sys.argv:
        bad = [r[0] for r in rows if r[1] != split[r[0]]]
        print(f'split: {len(bad)} ids differ from seed {SEED}' + (f': {bad[:10]}' if bad else ''))
        sys.exit(1 if bad else 0)
    with open(PATH, 'w', encoding='utf-8') as f:
        f.write('\t'.join(header) + '\n')
        for r in rows:
            r[1] = split[r[0]]
            f.write('\t'.join(r) + '\n')
    counts = {}
    for r in rows:
        counts[(r[2], r[1])] = counts.get((r[2], r[1]), 0) + 1
    for s in STRATA:
        print(f'{s}: dev {counts.get((s, "dev"), 0)}, test {counts.get((s, "test"), 0)}', file=sys.stderr)
    print(f'wrote {PATH}', file=sys.stderr)


if __name__ == '__main__':
    main()
