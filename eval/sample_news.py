#!/usr/bin/env python3
"""Draws a second blind sample, of event-dense news sentences, from ../shared/corpora/ (never the seeds).

The first sample (sample.py) is half random sentences, many of which report no event. This one
measures how the extraction does on sentences about the kinds of happenings event data is made
of, named in the extraction issue: air strikes, clashes, bombings, protests, arrests, agreements,
talks, sanctions, diplomatic rows. Procedure (rerun it to get the same file):
  1. The sentences of sample.py's steps 1-2 (same corpora, same splitting, 6 to 70 words), minus
     every sentence already in eval/events/sentences.tsv.
  2. Keep those that contain one of TOPIC_WORDS (whole words, case-insensitive). The list is the
     issue's own words for the happenings and the 16 PLOVER type names' plain verbs; it was fixed
     before any sentence was read, and it favours the words it names (say so with the figures).
  3. With random.Random(SEED): shuffle, take N, at most one sentence per article; assign dev/test
     half each by the same generator; ids n001..nNNN in sample order.
Output: eval/events-news/sentences.tsv (id, split, stratum, source, date, sentence).

A later sample uses the same procedure with its own seed, output folder, id prefix and every earlier
sample excluded: `sample_news.py --seed 20261205 --out events-news2 --prefix m --exclude events
events-news` drew eval/events-news2/ (no option gives the first sample again).
"""
import argparse, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample import corpus_sentences  # noqa: E402

SEED = 20261203
N = 160
HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC_WORDS = ['air strike', 'air strikes', 'airstrike', 'airstrikes', 'clash', 'clashes', 'clashed',
               'bomb', 'bombing', 'bombings', 'protest', 'protests', 'protesters', 'arrest', 'arrested',
               'arrests', 'agreement', 'agreed', 'agree', 'talks', 'sanctions', 'attack', 'attacked',
               'attacks', 'accused', 'accuse', 'threatened', 'threat', 'aid', 'troops', 'ceasefire',
               'demanded', 'rejected', 'supported', 'support', 'met', 'visited', 'cooperation',
               'withdrew', 'withdraw', 'released', 'deployed', 'mobilised', 'mobilized', 'conceded',
               'requested', 'urged', 'coerced', 'assault']

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--seed', type=int, default=SEED)
    parser.add_argument('--out', default='events-news')
    parser.add_argument('--prefix', default='n')
    parser.add_argument('--exclude', nargs='*', default=['events'])
    args = parser.parse_args()
    taken_before = set()
    for folder in args.exclude:
        for line in open(os.path.join(HERE, folder, 'sentences.tsv'), encoding='utf-8'):
            taken_before.add(line.rstrip('\n').split('\t')[-1])
    topic = re.compile(r'(?<![\w-])(?:' + '|'.join(re.escape(w) for w in TOPIC_WORDS) + r')(?![\w-])',
                       re.IGNORECASE)
    pool = [(src, date, sent) for src, date, sent in corpus_sentences()
            if sent not in taken_before and topic.search(sent)]
    rng = random.Random(args.seed)
    rng.shuffle(pool)
    sample, docs = [], set()
    for src, date, sent in pool:
        if len(sample) == N:
            break
        if src in docs:
            continue
        docs.add(src)
        sample.append((src, date, sent))
    splits = ['dev', 'test'] * (N // 2)
    rng.shuffle(splits)
    os.makedirs(os.path.join(HERE, args.out), exist_ok=True)
    out = os.path.join(HERE, args.out, 'sentences.tsv')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('id\tsplit\tstratum\tsource\tdate\tsentence\n')
        for k, (src, date, sent) in enumerate(sample):
            f.write(f'{args.prefix}{k+1:03d}\t{splits[k]}\ttopic\t{src}\t{date}\t{sent}\n')
    print(f'{len(pool)} topical sentences in the pool; wrote {len(sample)} to {out}', file=sys.stderr)

if __name__ == '__main__':
    main()
