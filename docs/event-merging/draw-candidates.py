# Draws the candidate sets labelled in guardian-2018-pairs.tsv (see README.md here): python3 draw-candidates.py 70
# reads /tmp/ev-gmentions.tsv and /tmp/ev-gtitles.tsv, written by the two queries in README.md here.
# For another sample: python3 draw-candidates.py N MENTIONS.tsv TITLES.tsv [SEED] (seed 11 when not given).
# A twelfth column of the mentions file, when present, is the trigger word and is shown.
import csv, random, datetime, sys, re
def lit(s):
    s=s.strip()
    m=re.match(r'^"(.*)"(\^\^<.*>|@\w+)?$', s, re.S)
    return m.group(1) if m else s
rows=[]
mentions_file = sys.argv[2] if len(sys.argv) > 2 else '/tmp/ev-gmentions.tsv'
titles_file = sys.argv[3] if len(sys.argv) > 3 else '/tmp/ev-gtitles.tsv'
with open(mentions_file) as f:
    next(f)
    for line in f:
        c=line.rstrip('\n').split('\t')
        c+=['']*(12-len(c))
        m=dict(iri=c[0].strip('<>'),doc=lit(c[1]),pub=datetime.date.fromisoformat(lit(c[2])),type=lit(c[3]),mode=lit(c[4]),
               parts=[p for p in lit(c[5]).split('|') if p],states=set(s for s in lit(c[6]).split('|') if s),sentence=lit(c[7]).replace('\\"','"'),
               date=lit(c[8]),place=lit(c[9]),modality=lit(c[10]),trigger=lit(c[11]))
        rows.append(m)
titles={}
with open(titles_file) as f:
    next(f)
    for line in f:
        a,b=line.rstrip('\n').split('\t',1); titles[lit(a)]=lit(b)
rows.sort(key=lambda m:m['iri'])
def cands(s):
    out=[]
    for m in rows:
        if m is s or m['type']!=s['type'] or not (m['states']&s['states']): continue
        if abs((m['pub']-s['pub']).days)>10: continue
        out.append(m)
    other=sorted([m for m in out if m['doc']!=s['doc']], key=lambda m:(abs((m['pub']-s['pub']).days),m['iri']))[:6]
    same=sorted([m for m in out if m['doc']==s['doc']], key=lambda m:m['iri'])[:2]
    return other, same
random.seed(int(sys.argv[4]) if len(sys.argv) > 4 else 11)
pool=[m for m in rows if m['states']]
random.shuffle(pool)
n=int(sys.argv[1]); k=0
for s in pool:
    other,same=cands(s)
    if not other: continue
    k+=1
    print(f"=== SEED {k} {s['type']} {s['iri']}")
    def show(tag,m):
        print(f"  [{tag}] {m['doc']} pub {m['pub']} | {m['type']} {m['mode']} | {', '.join(m['parts'])} | date {m['date'] or '-'} | place {m['place'] or '-'} | {m['modality']}" + (f" | trigger {m['trigger']}" if m['trigger'] else ""))
        print(f"       title: {titles.get(m['doc'],'')[:110]}")
        print(f"       \"{m['sentence'][:400]}\"")
        print(f"       {m['iri']}")
    show('S',s)
    for m in other+same: show('?',m)
    if k>=n: break
