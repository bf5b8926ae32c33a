package org.diplograph.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The blind entity-linking set of {@code eval/entities/}: mentions in their sentences
 * ({@code mentions.tsv}) and the annotators' gazetteer ids, NIL or NOT_A_NAME
 * ({@code annotations/batch-*.tsv}). Each sentence becomes a one-sentence document; a built graph
 * links a mention to the actor of its document whose label, alias or demonym is the mention's
 * text (or the longest one inside it), and that actor's id is compared with the gold id. An actor
 * the gazetteer does not know counts as NIL; so does one outside the node space the annotators linked
 * into ({@code node-space.txt}: the gazetteer's ids when they annotated), since they could not
 * choose it.
 */
public final class LinkingEvaluation {
  private static final String FORMS = org.diplograph.graph.Vocabulary.SPARQL_PREFIXES + """
      SELECT ?doc ?e ?form ?type WHERE {
        ?e dg:mentionedIn ?d . ?d dcterms:identifier ?doc . ?e a ?type .
        { ?e rdfs:label ?form } UNION { ?e skos:altLabel ?form } UNION { ?e dg:demonym ?form }
      }""";

  /** One gold mention. */
  public record Item(String id, String split, String date, String mention, String sentence, String gold,
      String goldType, String note) {
    public Item(String id, String split, String date, String mention, String sentence, String gold) {
      this(id, split, date, mention, sentence, gold, "-", "-");
    }
  }

  /** Scores of one split. */
  public record Score(int mentions, int correct, int nilGold, int nilPredicted, int nilBoth) {
    public double accuracy() {
      return mentions == 0 ? 0 : correct / (double) mentions;
    }

    public double nilPrecision() {
      return nilPredicted == 0 ? 0 : nilBoth / (double) nilPredicted;
    }

    public double nilRecall() {
      return nilGold == 0 ? 0 : nilBoth / (double) nilGold;
    }
  }

  private LinkingEvaluation() {}

  public static List<Item> load(Path folder) {
    Map<String, String[]> gold = new HashMap<>();
    try (Stream<Path> files = Files.list(folder.resolve("annotations"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("batch-")).sorted().toList()) {
        for (String[] c : EvalFiles.rows(file, 2)) {
          gold.put(c[0], c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
    List<Item> items = new ArrayList<>();
    for (String[] c : EvalFiles.rows(folder.resolve("mentions.tsv"), 2)) {
      if (gold.containsKey(c[0])) {
        String[] g = gold.get(c[0]);
        items.add(new Item(c[0], c[1], c[3], c[4], c[7], g[1], g.length > 2 ? g[2] : "-", g.length > 3 ? g[3] : "-"));
      }
    }
    return items;
  }

  /** The ids the annotators could link to ({@code node-space.txt}), if the set records them. */
  public static java.util.Optional<java.util.Set<String>> nodeSpace(Path folder) {
    Path file = folder.resolve("node-space.txt");
    if (!Files.exists(file)) {
      return java.util.Optional.empty();
    }
    try (Stream<String> lines = Files.lines(file)) {
      return java.util.Optional.of(lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public static void writeCorpus(List<Item> items, Path corpus) {
    for (Item item : items) {
      EvalFiles.writeSentence(corpus, item.id(), item.date(), item.sentence());
    }
  }


  /** The predicted node of each mention id: an actor id, or NIL. */
  public static Map<String, String> predict(List<Item> items, Path graphFile, Predicate<String> knownId) {
    // Each document's own named graph (graph.trig) when there is one: a name read as an actor in one
    // document ("an attack on Mosul") must not lend its surface form to the actor in another.
    Path trig = graphFile.resolveSibling("graph.trig");
    QueryExecution execution;
    if (Files.exists(trig)) {
      org.apache.jena.query.Dataset dataset = RDFDataMgr.loadDataset(trig.toString());
      execution = QueryExecution.dataset(dataset).query(FORMS.replace("SELECT ?doc ?e ?form ?type WHERE {",
          "SELECT ?doc ?e ?form ?type WHERE { GRAPH ?g {") + " }").build();
    } else {
      Model model = RDFDataMgr.loadModel(graphFile.toString());
      execution = QueryExecution.model(model).query(FORMS).build();
    }
    Map<String, Map<String, String>> forms = new HashMap<>();
    try (QueryExecution q = execution) {
      q.execSelect().forEachRemaining(s -> {
        // A name both a place and the actor it stands for ("Ankara", "the White House") was read as
        // able to act: the actor is the reading; a place whose sentence makes it a place ("in Mosul")
        // has no actor mention at all.
        boolean place = s.getResource("type").getLocalName().equals("Location");
        var byForm = forms.computeIfAbsent(s.getLiteral("doc").getString(), k -> new HashMap<>());
        String form = normal(s.getLiteral("form").getString());
        String e = s.getResource("e").getLocalName();
        if (!place || !byForm.containsKey(form)) {
          byForm.put(form, e);
        }
      });
    }
    Map<String, String> out = new HashMap<>();
    for (Item item : items) {
      String mention = normal(item.mention());
      Map<String, String> docForms = forms.getOrDefault(item.id(), Map.of());
      // of a coordination ("Ankara and Washington") the first conjunct, as the annotation guideline has it
      String best = longestInside(docForms, mention.split(" and ")[0]);
      if (best == null) {
        best = longestInside(docForms, mention);
      }
      if (best == null && mention.length() >= 4) {
        // the mention is part of a longer name the graph has ("Leyen" of Ursula von der Leyen)
        for (var form : docForms.entrySet()) {
          if ((" " + form.getKey() + " ").contains(" " + mention + " ")) {
            best = form.getValue();
            break;
          }
        }
      }
      out.put(item.id(), best != null && knownId.test(best) ? best : "NIL");
    }
    return out;
  }

  /**
   * The dev split's disagreements, one block per mention: the sentence, the gold node (with the
   * annotator's type and note) and the predicted one. The test split is never listed, so rules
   * cannot be written from it.
   */
  public static String devErrors(List<Item> items, Map<String, String> predicted) {
    StringBuilder out = new StringBuilder();
    for (Item item : items) {
      String p = predicted.getOrDefault(item.id(), "NIL");
      if (!item.split().equals("dev") || item.gold().equals("NOT_A_NAME") || p.equals(item.gold())) {
        continue;
      }
      out.append(item.id()).append("\t").append(item.date().isBlank() ? "-" : item.date()).append('\t')
          .append(item.sentence()).append('\n');
      out.append("  mention ").append(item.mention()).append('\n');
      out.append("  gold    ").append(item.gold()).append(" (").append(item.goldType()).append(") ")
          .append(item.note()).append('\n');
      out.append("  found   ").append(p).append('\n');
    }
    return out.toString();
  }

  private static String longestInside(Map<String, String> forms, String mention) {
    String best = null;
    int bestLength = 0;
    for (var form : forms.entrySet()) {
      String f = form.getKey();
      boolean inside = f.equals(mention) || (" " + mention + " ").contains(" " + f + " ");
      if (inside && f.length() > bestLength) {
        best = form.getValue();
        bestLength = f.length();
      }
    }
    return best;
  }

  /** Scores one split ("dev", "test" or "all"); NOT_A_NAME mentions are left out. */
  public static Score score(List<Item> items, Map<String, String> predicted, String split) {
    int n = 0;
    int correct = 0;
    int nilGold = 0;
    int nilPredicted = 0;
    int nilBoth = 0;
    for (Item item : items) {
      if (item.gold().equals("NOT_A_NAME") || !(split.equals("all") || item.split().equals(split))) {
        continue;
      }
      String p = predicted.getOrDefault(item.id(), "NIL");
      n++;
      correct += p.equals(item.gold()) ? 1 : 0;
      nilGold += item.gold().equals("NIL") ? 1 : 0;
      nilPredicted += p.equals("NIL") ? 1 : 0;
      nilBoth += p.equals("NIL") && item.gold().equals("NIL") ? 1 : 0;
    }
    return new Score(n, correct, nilGold, nilPredicted, nilBoth);
  }

  /** Lower case, no possessive ending on any word ("Trump’s December"), hyphens as spaces, no dots. */
  private static String normal(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("(’s|'s)(?=\\s|$)", "").replace('-', ' ').replaceAll("[.]", "").replaceAll("\\s+", " ").strip();
  }
}
