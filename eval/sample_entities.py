#!/usr/bin/env python3
"""Draws the blind entity-linking sample: actor mentions in context from ../shared/corpora/.

Procedure (documented in eval/README.md; rerun to get the same file):
  1. The same sentence pool as eval/sample.py (sorted files, same splitter, 6-70 words), minus the
     sentences already in eval/events/sentences.tsv.
  2. Candidate mentions: maximal runs of capitalised words (joined by 'of', 'al', 'bin', 'de', 'the'
     inside a run), not the sentence's first word alone when it is a common opener, at most 6 words.
  3. With random.Random(SEED): shuffle the pool, take one random candidate from each sentence that
     has one, until N mentions, at most 2 per article; assign dev/test half each by the same
     generator.
Output: eval/entities/mentions.tsv (id, split, source, date, mention, begin, end, sentence), where
begin/end are character offsets of the mention in the sentence.

A second, later sample (eval/entities2/, drawn once the first set's test split could no longer be
called untouched): `sample_entities.py 20261203 entities2` uses another seed and leaves out, in step
1, every sentence of every evaluation set already in eval/ (any sentences.tsv or mentions.tsv).
"""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample import corpus_sentences

SEED = 20261202
N = 360
HERE = os.path.dirname(os.path.abspath(__file__))
OPENERS = {'The', 'A', 'An', 'In', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These',
           'Those', 'On', 'At', 'As', 'If', 'When', 'While', 'After', 'Before', 'For', 'Of', 'Mr', 'Mrs', 'Ms',
           'There', 'Its', 'His', 'Her', 'Their', 'Our', 'Some', 'Many', 'Most', 'One', 'Two', 'So', 'Yet',
           'However', 'Meanwhile', 'Since', 'Although', 'Last', 'Next', 'According', 'Asked', 'What', 'Who',
           'Until', 'About', 'No', 'Yes', 'Now', 'Then', 'Still', 'Even', 'Instead', 'Despite', 'Under', 'With',
           'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
           'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'}
NAME = re.compile(r"[A-Z][\w’'\-\.]*(?:\s+(?:(?:of|al|bin|de|the|and)\s+)?[A-Z][\w’'\-\.]*)*")

def sentences_of(path):
    lines = open(path, encoding='utf-8').read().splitlines()
    column = lines[0].split('\t').index('sentence')
    return {line.split('\t')[column] for line in lines[1:] if line.strip()}

def taken(folder):
    if folder == 'entities':
        return sentences_of(os.path.join(HERE, 'events', 'sentences.tsv'))
    out = set()
    for name in sorted(os.listdir(HERE)):
        for f in ('sentences.tsv', 'mentions.tsv'):
            path = os.path.join(HERE, name, f)
            if name != folder and os.path.isfile(path):
                out |= sentences_of(path)
    return out

def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else SEED
    folder = sys.argv[2] if len(sys.argv) > 2 else 'entities'
    taken_sentences = taken(folder)
    pool = [(src, date, sent) for src, date, sent in corpus_sentences() if sent not in taken_sentences]
    rng = random.Random(seed)
    rng.shuffle(pool)
    per_doc, out = {}, []
    for src, date, sent in pool:
        if len(out) == N:
            break
        if per_doc.get(src, 0) >= 2:
            continue
        cands = []
        for m in NAME.finditer(sent):
            words = re.sub(r"(’s|'s)$", '', m.group(0).rstrip('.')).split()
            start = m.start()
            if words and (words[0] in OPENERS or words[0] == 'I') and (start == 0 or len(words) == 1):
                if len(words) == 1:
                    continue
                start += len(words[0]) + 1
                words = words[1:]
            if words and len(words) <= 6:
                text = ' '.join(words)
                begin = sent.index(text, start)
                cands.append((text, begin, begin + len(text)))
        if not cands:
            continue
        mention = rng.choice(cands)
        per_doc[src] = per_doc.get(src, 0) + 1
        out.append((src, date, sent, mention))
    splits = ['dev', 'test'] * (len(out) // 2 + 1)
    rng.shuffle(splits)
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    with open(os.path.join(HERE, folder, 'mentions.tsv'), 'w', encoding='utf-8') as f:
        f.write('id\tsplit\tsource\tdate\tmention\tbegin\tend\tsentence\n')
        for k, (src, date, sent, (text, b, e)) in enumerate(out):
            f.write(f'm{k+1:03d}\t{splits[k]}\t{src}\t{date}\t{text}\t{b}\t{e}\t{sent}\n')
    print(f'{len(out)} mentions written', file=sys.stderr)

if __name__ == '__main__':
    main()
