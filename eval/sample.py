#!/usr/bin/env python3
"""Draws the blind evaluation sample of sentences from ../shared/corpora/ (never the seeds).

Procedure (documented in eval/README.md; rerun it to get the same sample):
  1. Read every .txt file of the Guardian and BBC corpora in sorted path order. For BBC files the
     first line is the title and is dropped. The article's date is the Guardian file-name date;
     BBC articles have none (2004-2005, undated).
  2. Split each article into sentences with a simple rule (end punctuation, optional closing
     quote, whitespace, then a capital letter or an opening quote); keep sentences of 6 to 70
     words.
  3. Count actor candidates in each sentence: names, aliases and demonyms of the project's
     gazetteer as of commit 4f7c222 (ontology/gazetteer/actors.tsv and generated-phoenix-actors.tsv; states,
     organisations, people with two-word names) and group nouns (police, troops, rebels, ...).
  4. With random.Random(SEED): shuffle the pool of all sentences and take the first N/2
     ("random" stratum); shuffle the pool of the remaining sentences with >= 2 actor candidates
     and take N/2 ("actors" stratum). At most 2 sentences are taken from one article.
  5. Each sampled sentence is assigned to dev or test by the same generator (half each,
     alternating after a shuffle), and gets an id s001..sNNN in sample order.
Output: eval/events/sentences.tsv (id, split, stratum, source, date, sentence).
"""
import os, random, re, subprocess, sys

SEED = 20261201
N = 440
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPORA = os.path.join(ROOT, '..', 'shared', 'corpora')
FOLDERS = ['guardian-world-news-2017-2019', 'bbc-politics-2004-2005']
GROUP_NOUNS = {'police', 'troops', 'soldiers', 'forces', 'army', 'military', 'rebels', 'militants',
               'insurgents', 'protesters', 'demonstrators', 'government', 'officials', 'ministers',
               'minister', 'president', 'diplomats', 'authorities', 'fighters', 'gunmen', 'militia',
               'militias', 'jihadists', 'activists', 'opposition', 'regime', 'coalition', 'party',
               'farmers', 'workers', 'students', 'parliament', 'mps', 'leader', 'leaders'}

# The gazetteer as it was when the sample was drawn: the actor-candidate counts depend on it, and
# it has grown since; reading it from that commit keeps the sample reproducible.
GAZETTEER_AT = '4f7c222'

def gazetteer_lines(name):
    out = subprocess.run(['git', '-C', ROOT, 'show', f'{GAZETTEER_AT}:ontology/gazetteer/{name}'],
                         capture_output=True, text=True, check=True)
    return out.stdout.splitlines()

def gazetteer_names():
    names = set()
    for f in ['actors.tsv', 'generated-phoenix-actors.tsv']:
        for line in gazetteer_lines(f):
            if line.startswith('#') or not line.strip():
                continue
            c = line.rstrip('\n').split('\t')
            if len(c) < 8:
                continue
            forms = [c[1]] + [a for a in c[6].split('|') if a != '-'] + [d for d in c[7].split('|') if d != '-']
            for form in forms:
                if c[2] == 'Person' and len(form.split()) < 2:
                    continue  # single surnames are too ambiguous to count as a candidate
                if len(form) >= 3 or form.isupper():
                    names.add(form)
    return names

def split_sentences(text):
    text = re.sub(r'\s+', ' ', text).strip()
    parts = re.split(r'(?<=[.!?])(?:["”’\']?)\s+(?=[A-Z"“‘\'])', text)
    return [p.strip() for p in parts if p.strip()]

def corpus_sentences():
    """Every sentence of 6 to 70 words of the corpora, in sorted file order: (source, date, sentence)."""
    for folder in FOLDERS:
        base = os.path.join(CORPORA, folder)
        for name in sorted(os.listdir(base)):
            if not name.endswith('.txt'):
                continue
            try:
                text = open(os.path.join(base, name), encoding='utf-8').read()
            except UnicodeDecodeError:
                continue
            date = ''
            if folder.startswith('bbc'):
                text = text.split('\n', 1)[1] if '\n' in text else ''
            else:
                m = re.match(r'(\d{4}-\d{2}-\d{2})', name)
                date = m.group(1) if m else ''
            for sent in split_sentences(text):
                if 6 <= len(sent.split()) <= 70:
                    yield folder + '/' + name, date, sent

def main():
    names = gazetteer_names()
    # one regex over all names, longest first, on word boundaries
    alternation = '|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    name_re = re.compile(r'(?<![\w-])(?:' + alternation + r')(?![\w-])')
    pool = []
    for src, date, sent in corpus_sentences():
        words = sent.split()
        count = len(name_re.findall(sent))
        count += sum(1 for w in words if w.lower().strip('.,;:’\'"') in GROUP_NOUNS)
        pool.append((src, date, sent, count))
    rng = random.Random(SEED)
    order = list(range(len(pool)))
    rng.shuffle(order)
    taken, per_doc, sample = set(), {}, []
    def take(stratum, candidates, k):
        got = 0
        for i in candidates:
            if got == k:
                break
            src = pool[i][0]
            if i in taken or per_doc.get(src, 0) >= 2:
                continue
            taken.add(i)
            per_doc[src] = per_doc.get(src, 0) + 1
            sample.append((stratum, i))
            got += 1
    take('random', order, N // 2)
    actors = [i for i in range(len(pool)) if pool[i][3] >= 2]
    rng.shuffle(actors)
    take('actors', actors, N - N // 2)
    splits = ['dev', 'test'] * (len(sample) // 2 + 1)
    rng.shuffle(splits)
    out = os.path.join(HERE, 'events', 'sentences.tsv')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('id\tsplit\tstratum\tsource\tdate\tsentence\n')
        for k, (stratum, i) in enumerate(sample):
            src, date, sent, _ = pool[i]
            f.write(f's{k+1:03d}\t{splits[k]}\t{stratum}\t{src}\t{date}\t{sent}\n')
    print(f'{len(pool)} sentences in the pool, {len(actors)} with >= 2 actor candidates; wrote {len(sample)} to {out}',
          file=sys.stderr)

if __name__ == '__main__':
    main()
