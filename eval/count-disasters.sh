#!/usr/bin/env bash
# How many disaster snippets whose gold holds no event (type NONE) still get something from the
# pipeline: an event mention, and an event relation (an rdf:Statement other than the roles leaderOf
# and affiliatedWith). Counts only: the snippets are not listed, so the test split stays unread.
#
# Usage: eval/count-disasters.sh [SET] [dev|test] [WORK]
#   SET is a snippet set with a disaster stratum (default eval/news-snippets; eval/snippets too).
#   Builds it with `./diplograph evaluate --events SET --split SPLIT --work WORK` (default test,
#   target/eval-disasters) and counts in WORK/output/graph.ttl.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
set_dir="${1:-eval/news-snippets}"
split="${2:-test}"
work="${3:-$home/target/eval-disasters}"
cd "$home"
./diplograph evaluate --events "$set_dir" --split "$split" --work "$work" > /dev/null
none=$(awk -F'\t' 'FNR > 1 && $2 == "NONE" { print $1 }' "$set_dir"/annotations/*.tsv | sort -u)
wanted=$(awk -F'\t' -v s="$split" '$2 == s && $3 == "disaster" { print $1 }' "$set_dir"/sentences.tsv | sort -u)
candidates=$(comm -12 <(echo "$none") <(echo "$wanted"))
prefixes='PREFIX dg: <https://w3id.org/diplograph/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>'
documents() {
  ./diplograph query -f tsv "$prefixes $1" "$work/output/graph.ttl" | tail -n +2 | tr -d '"' | sed 's/\.txt$//' | sort -u
}
events=$(documents 'SELECT DISTINCT ?d WHERE { ?m a dg:EventMention ; prov:wasDerivedFrom/dcterms:identifier ?d }')
relations=$(documents 'SELECT DISTINCT ?d WHERE { ?m a rdf:Statement ; rdf:predicate ?p ; prov:wasDerivedFrom/dcterms:identifier ?d FILTER (?p NOT IN (dg:leaderOf, dg:affiliatedWith)) }')
total=$(echo "$candidates" | grep -c . || true)
with_events=$(comm -12 <(echo "$candidates") <(echo "$events") | grep -c . || true)
with_relations=$(comm -12 <(echo "$candidates") <(echo "$relations") | grep -c . || true)
echo "$set_dir $split: $total disaster snippets with no gold event; $with_events get an event mention, $with_relations an event relation"
