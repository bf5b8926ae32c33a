#!/usr/bin/env python3
"""Validate sentences.tsv and annotations/*.tsv of the wire-types evaluation set.

Exit status 0 when every check passes, 1 otherwise (all problems are printed).
"""
import datetime
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENT = HERE / "sentences.tsv"
ANN_DIR = HERE / "annotations"

SENT_HEADER = ["id", "split", "stratum", "source", "date", "sentence"]
ANN_HEADER = ["id", "type", "mode", "sources", "targets", "modality", "trigger", "note"]

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
MODES = {  # from GUIDELINE.md; every other type takes only "-"
    "ASSAULT": {"aerial", "explosives", "firearms", "heavy-weapons", "suicide-attack", "abduct",
                "beat", "torture", "assassinate", "massacre", "cbrn"},
    "PROTEST": {"demo", "strike", "boycott", "hunger", "obstruct", "riot"},
    "CONSULT": {"phone", "visit"},
    "COERCE": {"arrest", "deport", "seize", "curfew", "ban", "restrict"},
    "SANCTION": {"expel", "withdraw", "discontinue", "sanctions"},
    "RETREAT": {"release", "withdraw", "ceasefire"},
}
MODALITIES = {"asserted", "reported", "hedged", "intended", "negated"}
PER_STRATUM = 12

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(path, header):
    text = path.read_text(encoding="utf-8")
    if "\r" in text:
        err(f"{path.name}: contains carriage returns")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != header:
        err(f"{path.name}: header must be exactly {header!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            err(f"{path.name}:{n}: {len(cells)} columns, expected {len(header)}")
            continue
        if any(c != c.strip() or c == "" for c in cells):
            err(f"{path.name}:{n}: empty cell or stray whitespace")
        rows.append((n, dict(zip(header, cells))))
    return rows


def span_in(span, sentence):
    """Word-for-word, case-sensitive, not cutting through a word."""
    pat = r"(?<![\w])" + re.escape(span) + r"(?![\w])"
    return re.search(pat, sentence) is not None


def main():
    sents = read_tsv(SENT, SENT_HEADER)
    by_id = {}
    strata = [t.lower() for t in TYPES]
    for n, r in sents:
        i = r["id"]
        if i in by_id:
            err(f"sentences.tsv:{n}: duplicate id {i}")
        by_id[i] = r
        if not re.fullmatch(r"x\d{3}", i):
            err(f"sentences.tsv:{n}: bad id {i}")
            continue
        k = int(i[1:])
        if r["split"] not in {"dev", "test"}:
            err(f"{i}: split must be dev or test")
        if not 1 <= k <= PER_STRATUM * len(TYPES):
            err(f"{i}: id out of range")
        elif r["stratum"] != strata[(k - 1) // PER_STRATUM]:
            err(f"{i}: stratum {r['stratum']} but block order requires {strata[(k - 1) // PER_STRATUM]}")
        if r["source"] != f"wire/{i}.txt":
            err(f"{i}: source must be wire/{i}.txt")
        try:
            d = datetime.date.fromisoformat(r["date"])
            if not (datetime.date(1990, 1, 1) <= d <= datetime.date(2025, 12, 31)) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]):
                err(f"{i}: implausible date {r['date']}")
        except ValueError:
            err(f"{i}: bad date {r['date']!r}")
        nw = len(r["sentence"].split())
        if not 10 <= nw <= 40:
            err(f"{i}: sentence has {nw} words (10-40 required)")
    expected = {f"x{k:03d}" for k in range(1, PER_STRATUM * len(TYPES) + 1)}
    if set(by_id) != expected:
        err(f"sentences.tsv: ids missing {sorted(expected - set(by_id))[:5]} extra {sorted(set(by_id) - expected)[:5]}")
    split_counts = defaultdict(Counter)
    for r in by_id.values():
        split_counts[r["stratum"]][r["split"]] += 1
    for s, c in split_counts.items():
        if c["dev"] != c["test"]:
            err(f"stratum {s}: dev/test not balanced {dict(c)}")

    ann_files = sorted(ANN_DIR.glob("*.tsv"))
    if not ann_files:
        err("no annotation files")
    annotated = defaultdict(list)
    for path in ann_files:
        for n, a in read_tsv(path, ANN_HEADER):
            where = f"{path.name}:{n} ({a['id']})"
            if a["id"] not in by_id:
                err(f"{where}: id not in sentences.tsv")
                continue
            sentence = by_id[a["id"]]["sentence"]
            annotated[a["id"]].append(a)
            t = a["type"]
            if t == "NONE":
                if any(a[c] != "-" for c in ("mode", "sources", "targets", "modality", "trigger")):
                    err(f"{where}: NONE row must have '-' in mode/sources/targets/modality/trigger")
                continue
            if t not in TYPES:
                err(f"{where}: invalid type {t}")
                continue
            if a["mode"] != "-" and a["mode"] not in MODES.get(t, set()):
                err(f"{where}: mode {a['mode']} not valid for {t}")
            if a["modality"] not in MODALITIES:
                err(f"{where}: invalid modality {a['modality']}")
            for col in ("sources", "targets"):
                if a[col] == "-":
                    continue
                parts = a[col].split("|")
                if len(parts) != len(set(parts)):
                    err(f"{where}: duplicate span in {col}")
                for span in parts:
                    if span != span.strip() or not span or span == "-":
                        err(f"{where}: malformed {col} span {span!r}")
                    elif not span_in(span, sentence):
                        err(f"{where}: {col} span {span!r} not found word for word in sentence")
            if a["trigger"] != "-" and a["trigger"].lower() not in sentence.lower():
                err(f"{where}: trigger {a['trigger']!r} not in sentence")
    for i, r in by_id.items():
        rows = annotated.get(i, [])
        if not rows:
            err(f"{i}: sentence has no annotation row")
            continue
        if any(a["type"] == "NONE" for a in rows) and len(rows) != 1:
            err(f"{i}: NONE must be the only row")
        if r["stratum"].upper() not in {a["type"] for a in rows}:
            err(f"{i}: no row of its stratum type {r['stratum'].upper()}")
        keys = [tuple(a[c] for c in ANN_HEADER[:7]) for a in rows]
        if len(keys) != len(set(keys)):
            err(f"{i}: duplicate annotation rows")

    n_multi = sum(1 for i in by_id if len(annotated.get(i, [])) > 1)
    if n_multi * 4 < len(by_id):
        err(f"only {n_multi} of {len(by_id)} sentences hold more than one event (need a quarter)")

    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} problem(s)")
        return 1
    all_rows = [a for rows in annotated.values() for a in rows]
    print(f"OK: {len(by_id)} sentences, {len(all_rows)} event rows, {n_multi} sentences with >1 event")
    print("types:", dict(sorted(Counter(a['type'] for a in all_rows).items())))
    print("modalities:", dict(sorted(Counter(a['modality'] for a in all_rows).items())))
    print("split:", dict(Counter(r['split'] for r in by_id.values())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
