package org.diplograph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.riot.RDFDataMgr;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.CoreNlpAnnotator;
import org.diplograph.clean.CleanArticle;
import org.diplograph.corpus.Article;
import org.diplograph.corpus.CorpusReader;
import org.diplograph.pipeline.Knowledge;
import org.diplograph.resolve.AliasKey;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityResolver;
import org.diplograph.graph.RecordedLinks;
import org.diplograph.resolve.Gazetteer;
import org.diplograph.resolve.LinkDecision;
import org.diplograph.resolve.Mention;
import org.diplograph.resolve.PersonLinker;

/**
 * {@code diplograph explain-actor NAME [--date D] [--text SENTENCE]}: why a name gets its node. Lists
 * the gazetteer entries the name is an alias of and, for a lone surname (with its title words:
 * "President Bush"), the people of that surname with their scores, the winner and the runner-up.
 * With {@code --text} the sentence is annotated and resolved as a build would, and the mentions
 * covering the name are shown with the decisions taken for them. When a graph has been built
 * ({@code -o DIR}, default {@code output}), the decisions it records for the name are listed too:
 * document, actor chosen, confidence, runner-up, rule and reason.
 */
final class ExplainActorCommand implements Command {
  @Override
  public String name() {
    return "explain-actor";
  }

  @Override
  public String summary() {
    return "say why a name gets its actor node: candidates, scores, winner and runner-up";
  }

  @Override
  public String arguments() {
    return "[--date YYYY-MM-DD] [--text SENTENCE] NAME";
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder().longOpt("date").hasArg().argName("YYYY-MM-DD")
        .desc("the article's date (roles held that day count)").get());
    options.addOption(Option.builder().longOpt("text").hasArg().argName("SENTENCE")
        .desc("a sentence containing the name, resolved as a build would resolve it").get());
    CommonOptions.addOntology(options);
    CommonOptions.addOutput(options);
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    if (line.getArgList().isEmpty()) {
      throw new UsageException("give a name to explain");
    }
    String name = String.join(" ", line.getArgList()).strip();
    LocalDate date = line.hasOption("date") ? LocalDate.parse(line.getOptionValue("date")) : null;
    Knowledge knowledge = Knowledge.load(CommonOptions.ontology(line));
    Gazetteer gazetteer = knowledge.gazetteer();
    PrintStream out = console.out();
    out.println("name: " + name + (date == null ? " (no date)" : " on " + date));
    List<Gazetteer.Alias> aliases = gazetteer.lookup(AliasKey.of(name));
    if (aliases.isEmpty()) {
      out.println("gazetteer: no entry has this name or alias");
    }
    for (Gazetteer.Alias a : aliases) {
      Entity e = gazetteer.entity(a.entityId()).orElseThrow();
      out.printf(Locale.ROOT, "gazetteer: %s (%s%s)%s%s%n", e.id(), e.type().className(),
          e.country() == null ? "" : ", " + e.country(), a.demonym() ? " as demonym" : "",
          a.curated() ? "" : " [generated]");
    }
    if (line.hasOption("text")) {
      explainText(line.getOptionValue("text"), name, date, knowledge, out);
    } else {
      String[] words = name.split("\\s+");
      List<String> titles = new ArrayList<>(Arrays.asList(words).subList(0, words.length - 1));
      PersonLinker.Decision d = new PersonLinker(gazetteer, knowledge.names())
          .decide(words[words.length - 1], titles, date, Set.of());
      print(d, out);
    }
    printRecorded(CommonOptions.output(line).resolve("graph.ttl"), name, out);
    out.flush();
    return ExitCodes.OK;
  }

  private static void explainText(String text, String name, LocalDate date, Knowledge knowledge, PrintStream out)
      throws Exception {
    Article article = new Article("text", "text", text,
        CorpusReader.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    CleanArticle clean = new CleanArticle(article, text, Optional.ofNullable(date), "");
    List<AnnotatedDocument> docs = new ArrayList<>();
    List<Exception> errors = new ArrayList<>();
    new CoreNlpAnnotator(1).annotate(List.of(clean), docs::add, (a, e) -> errors.add(e));
    if (!errors.isEmpty()) {
      throw errors.get(0);
    }
    EntityResolver.Explained explained = new EntityResolver(knowledge.gazetteer(), knowledge.names())
        .explain(docs.get(0), date);
    String lower = name.toLowerCase(Locale.ROOT);
    boolean any = false;
    for (Mention m : explained.resolved().allMentions()) {
      String surface = m.surface().toLowerCase(Locale.ROOT);
      if (surface.contains(lower) || lower.contains(surface)) {
        any = true;
        out.printf(Locale.ROOT, "mention '%s' (tokens %d-%d of sentence %d): %s %s%s, %s, kind %s%n", m.surface(),
            m.start(), m.end() - 1, m.sentence(), m.entity().id(), m.entity().type().className(),
            m.entity().country() == null ? "" : " of " + m.entity().country(),
            knowledge.gazetteer().entity(m.entity().id()).isPresent() ? "gazetteer entry" : "new actor (not in the gazetteer)",
            m.kind());
      }
    }
    if (!any) {
      out.println("no mention in the text covers '" + name + "'");
    }
    for (PersonLinker.Decision d : explained.decisions()) {
      if (lower.contains(d.name().toLowerCase(Locale.ROOT))) {
        print(d, out);
      }
    }
    for (LinkDecision d : explained.resolved().decisions()) {
      String words = d.text().toLowerCase(Locale.ROOT);
      if (!d.method().equals("surname") && (words.contains(lower) || lower.contains(words))) {
        print(d, out);
      }
    }
  }

  /** The decisions the last build recorded for the name ({@code dg:LinkingDecision}), if there is a graph. */
  private static void printRecorded(Path graphFile, String name, PrintStream out) {
    if (!Files.isRegularFile(graphFile)) {
      return;
    }
    List<RecordedLinks.Recorded> recorded = RecordedLinks.find(RDFDataMgr.loadGraph(graphFile.toString()), name);
    out.println("in " + graphFile + ": " + recorded.size() + " linking decision(s) for '" + name + "'");
    for (RecordedLinks.Recorded r : recorded) {
      out.printf(Locale.ROOT, "- %s '%s' (%s): %s%s%s%n", r.document(), r.text(), r.method(),
          r.linkedTo() == null ? "nobody" : r.linkedTo(), r.confidence() == null ? "" : ", confidence " + r.confidence(),
          r.runnerUp() == null ? "" : ", runner-up " + r.runnerUp());
      out.println("    why: " + r.reason() + " [" + r.rule() + "]");
    }
  }

  /** A decision as the graph records it: the words, what they were linked to, the runner-up, why. */
  static void print(LinkDecision d, PrintStream out) {
    out.printf(Locale.ROOT, "%s '%s' (sentence %d): %s%s%n", d.method(), d.text(), d.sentence(),
        d.linked().map(Entity::id).orElse("nobody"),
        d.linked().isPresent() ? String.format(Locale.ROOT, ", confidence %.2f", d.confidence()) : "");
    d.runnerUp().ifPresent(r -> out.println("  runner-up: " + r.id()));
    out.println("  why: " + d.why() + " [" + d.rule() + "]");
  }

  private static void print(PersonLinker.Decision d, PrintStream out) {
    out.println("lone name '" + d.name() + "'" + (d.titleWords().isEmpty() ? "" : " with title words " + d.titleWords())
        + ": " + d.candidates().size() + " candidate(s)");
    int shown = 0;
    for (PersonLinker.Candidate c : d.candidates()) {
      if (shown++ == 10) {
        out.println("  ... " + (d.candidates().size() - 10) + " more");
        break;
      }
      out.printf(Locale.ROOT, "  %6.2f  %s (%s)  %s%n", c.score(), c.entity().id(),
          c.entity().country() == null ? "-" : c.entity().country(), String.join("; ", c.reasons()));
    }
    out.println("winner: " + d.winner().map(Entity::id).orElse("none (a new actor)") + " — " + d.why());
    d.runnerUp().ifPresent(r -> out.printf(Locale.ROOT, "runner-up: %s (%.2f)%n", r.entity().id(), r.score()));
    if (d.winner().isPresent()) {
      out.printf(Locale.ROOT, "confidence: %.2f%n", d.confidence());
    }
  }
}
