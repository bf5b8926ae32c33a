package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.annotate.Sentence;
import org.diplograph.resolve.Gazetteer;
import org.diplograph.resolve.NameLists;
import org.diplograph.resolve.ResolvedDocument;

/** One document as the extractors see it: mentions, dependency graphs and argument resolution. */
final class ExtractionContext {
  private final ResolvedDocument document;
  private final List<DependencyGraph> graphs;
  private final ArgumentResolver arguments;
  private final NameLists names;

  ExtractionContext(ResolvedDocument document, NameLists names, Gazetteer gazetteer) {
    this.document = document;
    this.names = names;
    // The parse repairs, in the order they run: each sees the sentence as the ones before left it.
    List<UnaryOperator<Sentence>> repairs = List.of(
        new CountedParticipleRepair()::repair,
        new PredicativeAsRepair()::repair,
        new PersonDateRepair()::repair,
        new DateSubjectRepair()::repair,
        new FirstWordRepair(names)::repair,
        new PluralLemmaRepair(names)::repair,
        new FrontedObjectRepair()::repair,
        new RelativeSubjectRepair()::repair,
        new SetOffParticipleRepair()::repair,
        new ReportRepair(names)::repair,
        new CompoundRepair()::repair,
        new ParticipleRepair(names)::repair,
        new GerundRepair(names)::repair,
        new QuoteRepair(names)::repair);
    List<DependencyGraph> built = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      Sentence repaired = sentence;
      for (UnaryOperator<Sentence> repair : repairs) {
        repaired = repair.apply(repaired);
      }
      built.add(new DependencyGraph(repaired));
    }
    this.graphs = List.copyOf(built);
    this.arguments = new ArgumentResolver(document, graphs, names, gazetteer::entity,
        name -> gazetteer.lookup(org.diplograph.resolve.AliasKey.of(name)).stream()
            .map(a -> gazetteer.entity(a.entityId()).orElseThrow())
            .filter(e -> e.type() == org.diplograph.resolve.EntityType.STATE).findFirst());
  }

  ResolvedDocument document() {
    return document;
  }

  DependencyGraph graph(int sentence) {
    return graphs.get(sentence);
  }

  NameLists names() {
    return names;
  }

  ArgumentResolver arguments() {
    return arguments;
  }
}
