#!/usr/bin/env python3
"""Consistency checks for the news-snippets evaluation set.

Verifies:
  * both files have the exact header and every row has the right number of columns;
  * ids are unique in sentences.tsv, well formed, and each id appears in both files;
  * stratum / id prefix / source / date / split values are well formed, and stratum sizes match the brief;
  * texts are 15-70 words and 1-3 sentences;
  * types, modes (per type) and modalities are valid values from GUIDELINE.md;
  * NONE rows are alone for their id and have '-' everywhere else;
  * every source/target span (split on '|') and every trigger appears word for word in its text.
Exit status 1 if any check fails.
"""
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENT_HEADER = ["id", "split", "stratum", "source", "date", "sentence"]
ANN_HEADER = ["id", "type", "mode", "sources", "targets", "modality", "trigger", "note"]
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODES = {
    "ASSAULT": {"aerial", "explosives", "firearms", "heavy-weapons", "suicide-attack", "abduct", "beat",
                "torture", "assassinate", "massacre", "cbrn"},
    "PROTEST": {"demo", "strike", "boycott", "hunger", "obstruct", "riot"},
    "CONSULT": {"phone", "visit"},
    "COERCE": {"arrest", "deport", "seize", "curfew", "ban", "restrict"},
    "SANCTION": {"expel", "withdraw", "discontinue", "sanctions"},
    "RETREAT": {"release", "withdraw", "ceasefire"},
}
MODALITIES = {"asserted", "reported", "hedged", "intended", "negated"}
STRATA = {"violence": ("v", 60), "protest": ("p", 45), "diplomacy": ("d", 55), "disaster": ("n", 40)}

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(path, header):
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != header:
        err(f"{path.name}: header must be exactly {header}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != len(header):
            err(f"{path.name}:{n}: {len(cols)} columns, expected {len(header)}")
            continue
        if any(c == "" for c in cols):
            err(f"{path.name}:{n}: empty cell (use '-')")
        rows.append((n, dict(zip(header, cols))))
    return rows


def occurs(span, text):
    return re.search(r"(?<!\w)" + re.escape(span) + r"(?!\w)", text) is not None


def main():
    sents = read_tsv(HERE / "sentences.tsv", SENT_HEADER)
    anns = read_tsv(HERE / "annotations" / "batch-1.tsv", ANN_HEADER)

    text = {}
    per_stratum = Counter()
    for n, r in sents:
        sid = r["id"]
        if sid in text:
            err(f"sentences.tsv:{n}: duplicate id {sid}")
        text[sid] = r["sentence"]
        st = r["stratum"]
        if st not in STRATA:
            err(f"sentences.tsv:{n}: bad stratum {st!r}")
            continue
        per_stratum[st] += 1
        prefix, size = STRATA[st]
        if not re.fullmatch(prefix + r"\d{3}", sid) or not 1 <= int(sid[1:]) <= size:
            err(f"sentences.tsv:{n}: id {sid} does not fit stratum {st}")
        if r["source"] != f"{st}/{sid}.txt":
            err(f"sentences.tsv:{n}: source should be {st}/{sid}.txt")
        if r["split"] not in {"dev", "test"}:
            err(f"sentences.tsv:{n}: split {r['split']!r} is not dev/test (run split.py)")
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", r["date"])
        if not m or not (1990 <= int(m[1]) <= 2025 and 1 <= int(m[2]) <= 12 and 1 <= int(m[3]) <= 31):
            err(f"sentences.tsv:{n}: bad date {r['date']!r}")
        words = len(r["sentence"].split())
        if not 15 <= words <= 70:
            err(f"sentences.tsv:{n}: {sid} has {words} words (15-70)")
        nsent = len(re.findall(r"[.!?](?:['\"])?(?=\s+[A-Z]|$)", r["sentence"]))
        if not 1 <= nsent <= 3:
            err(f"sentences.tsv:{n}: {sid} looks like {nsent} sentences (1-3)")
    for st, (_, size) in STRATA.items():
        if per_stratum[st] != size:
            err(f"stratum {st}: {per_stratum[st]} texts, expected {size}")

    by_id = defaultdict(list)
    for n, r in anns:
        sid = r["id"]
        by_id[sid].append(r)
        if sid not in text:
            err(f"batch-1.tsv:{n}: id {sid} not in sentences.tsv")
            continue
        t, typ, mode, mod = text[sid], r["type"], r["mode"], r["modality"]
        if typ == "NONE":
            if any(r[k] != "-" for k in ("mode", "sources", "targets", "modality", "trigger")):
                err(f"batch-1.tsv:{n}: NONE row must have '-' in mode/sources/targets/modality/trigger")
            continue
        if typ not in TYPES:
            err(f"batch-1.tsv:{n}: bad type {typ!r}")
        if mod not in MODALITIES:
            err(f"batch-1.tsv:{n}: bad modality {mod!r}")
        if mode != "-" and mode not in MODES.get(typ, set()):
            err(f"batch-1.tsv:{n}: mode {mode!r} not valid for {typ}")
        for field in ("sources", "targets"):
            if r[field] == "-":
                continue
            for span in r[field].split("|"):
                if span != span.strip() or not span:
                    err(f"batch-1.tsv:{n}: empty/padded span in {field}: {r[field]!r}")
                elif not occurs(span, t):
                    err(f"batch-1.tsv:{n}: {field} span {span!r} not found in {sid}")
        if r["trigger"] != "-" and not occurs(r["trigger"], t):
            err(f"batch-1.tsv:{n}: trigger {r['trigger']!r} not found in {sid}")
    for sid in text:
        rows = by_id.get(sid)
        if not rows:
            err(f"sentences.tsv: id {sid} has no annotation row")
        elif any(r["type"] == "NONE" for r in rows) and len(rows) > 1:
            err(f"batch-1.tsv: {sid} mixes NONE with other rows")

    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(text)} texts, {len(anns)} annotation rows, all checks passed")


if __name__ == "__main__":
    main()
