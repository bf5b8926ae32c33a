package org.diplograph.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.diplograph.graph.Vocabulary;
import org.diplograph.io.Tsv;

/**
 * Pairwise precision and recall of merging against hand labels. A label file holds either pairs
 * ({@code [split] [seed] mention-a mention-b same}, same 1 or 0) or sets ({@code mention set-id}:
 * every two mentions listed are labelled, same when their set ids are equal). A pair is predicted
 * same when the graph puts both mentions in one event; pairs whose mentions the graph does not
 * hold (the extractor changed) are counted apart, not scored.
 */
public final class MergeEvaluation {
  /** One labelled pair. */
  public record Pair(String split, String a, String b, boolean same) {}

  /** Counts of one split. */
  public record Score(int truePositives, int falsePositives, int falseNegatives, int trueNegatives, int missing) {
    public double precision() {
      return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int pairs() {
      return truePositives + falsePositives + falseNegatives + trueNegatives;
    }
  }

  private MergeEvaluation() {}

  public static List<Pair> read(Path file) {
    List<Tsv.Row> rows = Tsv.read(file, 2);
    List<Pair> pairs = new ArrayList<>();
    if (rows.stream().allMatch(r -> r.cells().size() == 2)) {
      for (int i = 0; i < rows.size(); i++) {
        for (int j = i + 1; j < rows.size(); j++) {
          pairs.add(new Pair("all", rows.get(i).get(0), rows.get(j).get(0), rows.get(i).get(1).equals(rows.get(j).get(1))));
        }
      }
      return pairs;
    }
    for (Tsv.Row row : rows) {
      int n = row.cells().size();
      if (n < 3) {
        throw row.error("expected mention-a, mention-b and same (1 or 0), or mention and set id");
      }
      String same = row.get(n - 1);
      if (!same.equals("1") && !same.equals("0")) {
        throw row.error("the last column says whether the two are the same event: 1 or 0, not '" + same + "'");
      }
      pairs.add(new Pair(n >= 5 ? row.get(0) : "all", row.get(n - 3), row.get(n - 2), same.equals("1")));
    }
    return pairs;
  }

  /** Scores by split ({@code all} for every pair), in split order. */
  public static Map<String, Score> score(List<Pair> pairs, Graph graph) {
    Map<String, String> eventOf = new HashMap<>();
    graph.find(Node.ANY, Vocabulary.dg("mentionOf"), Node.ANY)
        .forEach(t -> eventOf.put(t.getSubject().getURI(), t.getObject().getURI()));
    Map<String, int[]> counts = new TreeMap<>();
    for (Pair p : pairs) {
      for (String split : p.split().equals("all") ? List.of("all") : List.of(p.split(), "all")) {
        int[] c = counts.computeIfAbsent(split, k -> new int[5]);
        String ea = eventOf.get(p.a());
        String eb = eventOf.get(p.b());
        if (ea == null || eb == null) {
          c[4]++;
          continue;
        }
        boolean predicted = ea.equals(eb);
        c[predicted ? (p.same() ? 0 : 1) : (p.same() ? 2 : 3)]++;
      }
    }
    Map<String, Score> scores = new TreeMap<>();
    counts.forEach((split, c) -> scores.put(split, new Score(c[0], c[1], c[2], c[3], c[4])));
    return scores;
  }
}
