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

def main():
    taken_sentences = set()
    for line in open(os.path.join(HERE, 'events', 'sentences.tsv'), encoding='utf-8').read().splitlines()[1:]:
        taken_sentences.add(line.split('\t')[5])
    pool = [(src, date, sent) for src, date, sent in corpus_sentences() if sent not in taken_sentences]
    rng = random.Random(SEED)
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
    with open(os.path.join(HERE, 'entities', 'mentions.tsv'), 'w', encoding='utf-8') as f:
        f.write('id\tsplit\tsource\tdate\tmention\tbegin\tend\tsentence\n')
        for k, (src, date, sent, (text, b, e)) in enumerate(out):
            f.write(f'm{k+1:03d}\t{splits[k]}\t{src}\t{date}\t{text}\t{b}\t{e}\t{sent}\n')
    print(f'{len(out)} mentions written', file=sys.stderr)

if __name__ == '__main__':
    main()
