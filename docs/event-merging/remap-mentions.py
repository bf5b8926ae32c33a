# Remaps the mention IRIs of a label file after the extractor changed, by the documented procedure
# (README.md here): a labelled mention the new graph no longer holds becomes the new graph's mention
# of the same document, type and trigger word whose span overlaps the old one; when there is none,
# or more than one, it is left as it was (and evaluate-merging reports it as not in the graph).
# Labels are never changed. Usage:
#   python3 remap-mentions.py OLD.tsv NEW.tsv LABELS.tsv > LABELS-remapped.tsv
# OLD.tsv and NEW.tsv: the output of this query on the graph the labels follow and on the new one:
#   SELECT ?m ?doc ?type ?b ?e ?trigger WHERE { ?m a dg:EventMention ; prov:wasDerivedFrom ?d ; dg:eventType ?t ;
#     dg:beginIndex ?b ; dg:endIndex ?e ; dg:trigger ?trigger . ?d dcterms:identifier ?doc .
#     BIND(REPLACE(STR(?t),"^.*#","") AS ?type) }
import sys, re
def lit(s):
    s = s.strip()
    m = re.match(r'^"(.*)"(\^\^<.*>|@\w+)?$', s, re.S)
    return m.group(1) if m else s.strip('<>')
def read(path):
    out = {}
    with open(path) as f:
        next(f)
        for line in f:
            c = [lit(x) for x in line.rstrip('\n').split('\t')]
            out[c[0]] = dict(doc=c[1], type=c[2], b=int(c[3]), e=int(c[4]), trigger=c[5].lower())
    return out
old, new = read(sys.argv[1]), read(sys.argv[2])
moved, kept = {}, 0
def remap(iri):
    global kept
    if iri in new or iri not in old:
        return iri
    o = old[iri]
    found = sorted(k for k, n in new.items() if n['doc'] == o['doc'] and n['type'] == o['type']
                   and n['trigger'] == o['trigger'] and n['b'] < o['e'] and o['b'] < n['e'])
    if len(found) == 1:
        moved[iri] = found[0]
        return found[0]
    kept += 1
    return iri
for line in open(sys.argv[3]):
    if line.startswith('#') or not line.strip():
        sys.stdout.write(line)
        continue
    c = line.rstrip('\n').split('\t')
    c[-3], c[-2] = remap(c[-3]), remap(c[-2])
    sys.stdout.write('\t'.join(c) + '\n')
print(f"remapped {len(moved)} mentions; {kept} mention references left as they were (no single match)", file=sys.stderr)
