#!/usr/bin/env python3
"""Checks eval/snippets (sentences.tsv, annotations/*.tsv) against its brief and the guideline
(eval/events/GUIDELINE.md), and prints the set's figures. Exit 1 if any check fails.

Checks: the files' headers and columns; ids v001-v060, p001-p045, d001-d055, n001-n040, each with
its stratum; dates (YYYY-MM-DD, a real day, 2000-01-01 to 2026-12-01) and every weekday a snippet
names falling on its article's date or up to two days before; 15-70 words and 1-3 sentences per
snippet; no tab, no field that opens with a double quote (TSV readers may take it for quoting);
the split column as split.py assigns it; every id annotated; types, modes (the guideline's list for
each type) and modalities valid; a NONE row alone for its id and empty otherwise; each source,
target and trigger copied word for word from its snippet (case and whole words); no duplicate row.
"""
import collections, datetime, glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import split  # noqa: E402

TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
         'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']
MODES = {
    'ASSAULT': ['aerial', 'explosives', 'firearms', 'heavy-weapons', 'suicide-attack', 'abduct', 'beat',
                'torture', 'assassinate', 'massacre', 'cbrn'],
    'PROTEST': ['demo', 'strike', 'boycott', 'hunger', 'obstruct', 'riot'],
    'CONSULT': ['phone', 'visit'],
    'COERCE': ['arrest', 'deport', 'seize', 'curfew', 'ban', 'restrict'],
    'SANCTION': ['expel', 'withdraw', 'discontinue', 'sanctions'],
    'RETREAT': ['release', 'withdraw', 'ceasefire'],
}
MODALITIES = ['asserted', 'reported', 'hedged', 'intended', 'negated']
STRATA = {'v': ('violence', 60), 'p': ('protest', 45), 'd': ('diplomacy', 55), 'n': ('disaster', 40)}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
SENTENCE_END = re.compile(r'(?<=[.!?])["\u201d]?\s+(?=["\u201c]?[A-Z])')

passed, failed = 0, 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print('FAIL', what)


def occurs(span, text):
    return re.search(r'(?<!\w)' + re.escape(span) + r'(?!\w)', text) is not None


def main():
    header, rows = split.read()
    check(header == ['id', 'split', 'stratum', 'source', 'date', 'sentence'], f'sentences.tsv header {header}')
    text, stratum_of = {}, {}
    expected = [f'{p}{k:03d}' for p, (_, n) in STRATA.items() for k in range(1, n + 1)]
    check([r[0] for r in rows] == expected, 'ids are v001-v060, p001-p045, d001-d055, n001-n040 in order')
    assignment = split.assign(rows)
    for r in rows:
        if len(r) != 6:
            check(False, f'{r[0]}: {len(r)} columns')
            continue
        sid, sp, st, src, date, sent = r
        text[sid], stratum_of[sid] = sent, st
        check(st == STRATA.get(sid[0], ('?',))[0], f'{sid}: stratum {st}')
        check(src == f'snippets/{sid}.txt', f'{sid}: source {src}')
        check(sp == assignment.get(sid), f'{sid}: split {sp}, split.py says {assignment.get(sid)}')
        try:
            d = datetime.date.fromisoformat(date)
            check(re.fullmatch(r'\d{4}-\d\d-\d\d', date) and datetime.date(2000, 1, 1) <= d <= datetime.date(2026, 12, 1),
                  f'{sid}: date {date} out of range')
            for wd in re.findall(r'\b(' + '|'.join(WEEKDAYS) + r')\b', sent):
                back = (d.weekday() - WEEKDAYS.index(wd)) % 7
                check(back <= 2, f'{sid}: "{wd}" is {back} days before the article date {date} ({WEEKDAYS[d.weekday()]})')
        except ValueError:
            check(False, f'{sid}: date {date!r}')
        words = len(sent.split())
        check(15 <= words <= 70, f'{sid}: {words} words')
        n_sent = len(SENTENCE_END.split(sent))
        check(1 <= n_sent <= 3, f'{sid}: {n_sent} sentences')
        check(all(not c.startswith('"') for c in r), f'{sid}: a field opens with a double quote')

    ann = []
    for path in sorted(glob.glob(os.path.join(HERE, 'annotations', '*.tsv'))):
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        check(lines[0].split('\t') == ['id', 'type', 'mode', 'sources', 'targets', 'modality', 'trigger', 'note'],
              f'{path}: header')
        for k, ln in enumerate(lines[1:], 2):
            if ln:
                a = ln.split('\t')
                check(len(a) == 8, f'{os.path.basename(path)}:{k}: {len(a)} columns')
                if len(a) == 8:
                    ann.append(a)
    by_id = collections.defaultdict(list)
    for a in ann:
        by_id[a[0]].append(a)
    check(set(by_id) == set(text), f'annotated ids differ: missing {sorted(set(text) - set(by_id))}, '
                                   f'unknown {sorted(set(by_id) - set(text))}')
    seen = set()
    for a in ann:
        sid, typ, mode, srcs, tgts, modality, trig, note = a
        check(tuple(a) not in seen, f'{sid}: duplicate row {a}')
        seen.add(tuple(a))
        check(all(c == c.strip() and c for c in a), f'{sid}: empty or padded field {a}')
        check(not any(c.startswith('"') for c in a), f'{sid}: a field opens with a double quote')
        if typ == 'NONE':
            check(len(by_id[sid]) == 1, f'{sid}: NONE beside other rows')
            check([mode, srcs, tgts, modality, trig] == ['-'] * 5, f'{sid}: NONE row with values')
            continue
        check(typ in TYPES, f'{sid}: type {typ}')
        check(mode == '-' or mode in MODES.get(typ, []), f'{sid}: mode {mode} for {typ}')
        check(modality in MODALITIES, f'{sid}: modality {modality}')
        sent = text.get(sid, '')
        for span in [s for s in srcs.split('|') + tgts.split('|') if s != '-']:
            check(occurs(span, sent), f'{sid}: participant "{span}" not in the snippet')
        check(trig == '-' or occurs(trig, sent), f'{sid}: trigger "{trig}" not in the snippet')

    # figures
    print(f'{len(text)} snippets, {len(ann)} annotation rows')
    for p, (st, n) in STRATA.items():
        ids = [i for i in text if stratum_of[i] == st]
        ev = [a for i in ids for a in by_id[i] if a[1] != 'NONE']
        multi = sum(1 for i in ids if len([a for a in by_id[i] if a[1] != 'NONE']) > 1)
        none = sum(1 for i in ids if by_id[i][0][1] == 'NONE')
        dev = sum(1 for r in rows if r[2] == st and r[1] == 'dev')
        words = [len(text[i].split()) for i in ids]
        print(f'  {st}: {len(ids)} snippets (dev {dev}, test {len(ids) - dev}), {len(ev)} events, '
              f'{multi} with more than one event, {none} NONE; words {min(words)}-{max(words)}, '
              f'mean {sum(words) / len(words):.1f}')
    non_disaster = [i for i in text if stratum_of[i] != 'disaster']
    multi = sum(1 for i in non_disaster if len([a for a in by_id[i] if a[1] != 'NONE']) > 1)
    print(f'  non-disaster snippets with more than one event: {multi}/{len(non_disaster)} '
          f'({multi / len(non_disaster):.0%})')
    events = [a for a in ann if a[1] != 'NONE']
    print(f'  events with no source: {sum(1 for a in events if a[3] == "-")}; no target: '
          f'{sum(1 for a in events if a[4] == "-")}; with a mode: {sum(1 for a in events if a[2] != "-")}')
    for name, col in [('type', 1), ('modality', 5)]:
        c = collections.Counter(a[col] for a in events)
        print(f'  {name}: ' + ', '.join(f'{k} {v}' for k, v in c.most_common()))
    c = collections.Counter(f'{a[1]}/{a[2]}' for a in events if a[2] != '-')
    print('  modes: ' + ', '.join(f'{k} {v}' for k, v in sorted(c.items())))
    c = collections.Counter((stratum_of[a[0]], a[1]) for a in events)
    for st, _ in STRATA.values():
        print(f'  {st} types: ' + ', '.join(f'{t} {v}' for (s, t), v in sorted(c.items(), key=lambda x: -x[1]) if s == st))
    print(f'checks: {passed} passed, {failed} failed')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
