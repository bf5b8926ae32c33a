package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
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
    List<DependencyGraph> built = new ArrayList<>();
    GerundRepair gerunds = new GerundRepair(names);
    FirstWordRepair firstWords = new FirstWordRepair(names);
    ParticipleRepair participles = new ParticipleRepair(names);
    CompoundRepair compounds = new CompoundRepair();
    ReportRepair reports = new ReportRepair(names);
    QuoteRepair quotes = new QuoteRepair(names);
    FrontedObjectRepair fronted = new FrontedObjectRepair();
    SetOffParticipleRepair setOff = new SetOffParticipleRepair();
    DateSubjectRepair dates = new DateSubjectRepair();
    PersonDateRepair people = new PersonDateRepair();
    PredicativeAsRepair predicatives = new PredicativeAsRepair();
    CountedParticipleRepair counted = new CountedParticipleRepair();
    for (Sentence sentence : document.sentences()) {
      built.add(new DependencyGraph(quotes.repair(gerunds.repair(participles.repair(compounds.repair(
          reports.repair(setOff.repair(fronted.repair(firstWords.repair(dates.repair(people.repair(predicatives.repair(counted.repair(sentence))))))))))))));
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
