package org.diplograph.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.graph.EventDates;
import org.diplograph.graph.Vocabulary;

/**
 * The corpus-level events graph: every event mention of the documents merged into events, each
 * with its consensus, and each mention linked to its event with the reason it is there. Computed
 * from the documents' graphs alone, so a rebuild that changes nothing gives the same graph, and an
 * incremental build the same graph as one from scratch.
 */
public final class EventGraph {
  private final MergeRules rules;
  private final Set<String> mutualTypes;

  public EventGraph(MergeRules rules, Set<String> mutualTypes) {
    this.rules = rules;
    this.mutualTypes = Set.copyOf(mutualTypes);
  }

  /** The event classes the ontology marks {@code dg:mutual true}, by local name. */
  public static Set<String> mutualTypes(Graph ontology) {
    Set<String> types = new HashSet<>();
    ontology.find(Node.ANY, Vocabulary.dg("mutual"), Node.ANY)
        .filterKeep(t -> t.getObject().isLiteral() && "true".equals(t.getObject().getLiteralLexicalForm()))
        .forEach(t -> types.add(t.getSubject().getLocalName()));
    return types;
  }

  /** Merges the mentions in {@code documents} (every document's triples) into events. */
  public List<MergedEvent> events(Graph documents) {
    MentionReader reader = new MentionReader(documents);
    Actors actors = reader.actors();
    Compatibility compatibility = new Compatibility(rules, actors, mutualTypes);
    List<EventMerger.Cluster> clusters = new EventMerger(compatibility, rules).merge(reader.mentions());
    EventConsensus consensus = new EventConsensus(rules, actors, compatibility);
    // an IRI is made from the consensus (type, dates, participants), and two events with one key
    // are told apart only once all keys are known: consensus first, IRIs after
    List<MergedEvent> drafts = clusters.stream().map(c -> consensus.of(null, c)).toList();
    List<String> keys = drafts.stream()
        .map(e -> EventIris.key(e.type(), e.dates(), e.dateBasis(), e.mentions(), e.participants())).toList();
    List<String> iris = EventIris.settle(keys, drafts.stream().map(MergedEvent::mentions).toList());
    List<MergedEvent> events = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      events.add(consensus.of(iris.get(i), clusters.get(i)));
    }
    return events;
  }

  public Graph graph(Graph documents) {
    Graph out = GraphFactory.createDefaultGraph();
    events(documents).forEach(e -> write(e, out));
    return out;
  }

  private static void write(MergedEvent e, Graph out) {
    Node event = NodeFactory.createURI(e.iri());
    add(out, event, Vocabulary.TYPE, Vocabulary.dg("Event"));
    add(out, event, Vocabulary.TYPE, Vocabulary.dg(e.type()));
    add(out, event, Vocabulary.dg("eventType"), Vocabulary.dg(e.type()));
    if (e.mode() != null) {
      add(out, event, Vocabulary.dg("mode"), NodeFactory.createLiteralString(e.mode()));
    }
    e.participants().forEach(p -> add(out, event, Vocabulary.dg("participant"), Vocabulary.entity(p)));
    e.sources().forEach(p -> add(out, event, Vocabulary.dg("source"), Vocabulary.entity(p)));
    e.targets().forEach(p -> add(out, event, Vocabulary.dg("target"), Vocabulary.entity(p)));
    if (e.dates() != null) {
      add(out, event, Vocabulary.dg("eventDateEarliest"), date(e.dates().earliest()));
      add(out, event, Vocabulary.dg("eventDateLatest"), date(e.dates().latest()));
      add(out, event, Vocabulary.dg("eventWeek"), NodeFactory.createLiteralString(String.format("%d-W%02d",
          e.dates().earliest().get(IsoFields.WEEK_BASED_YEAR), e.dates().earliest().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))));
    }
    if (e.dateValue() != null) {
      EventDates.resolve(e.dateValue()).filter(d -> d.value() != null)
          .ifPresent(d -> add(out, event, Vocabulary.dg("eventDate"), d.value()));
    }
    add(out, event, Vocabulary.dg("dateBasis"), NodeFactory.createLiteralString(e.dateBasis()));
    if (e.place() != null) {
      add(out, event, Vocabulary.dg("eventPlace"), Vocabulary.entity(e.place()));
    }
    add(out, event, Vocabulary.dg("documentCount"), integer(e.documents()));
    add(out, event, Vocabulary.dg("mentionCount"), integer(e.mentions().size()));
    if (e.firstReported() != null) {
      add(out, event, Vocabulary.dg("firstReported"), date(e.firstReported()));
      add(out, event, Vocabulary.dg("lastReported"), date(e.lastReported()));
    }
    add(out, event, Vocabulary.dg("modality"), Vocabulary.dg(e.modality()));
    add(out, event, Vocabulary.dg("confidence"), NodeFactory.createLiteralDT(
        BigDecimal.valueOf(e.confidence()).setScale(2, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal));
    e.disputed().forEach(p -> add(out, event, Vocabulary.dg("disputed"), Vocabulary.dg(p)));
    for (MentionFacts m : e.mentions()) {
      Node mention = NodeFactory.createURI(m.iri());
      add(out, mention, Vocabulary.dg("mentionOf"), event);
      add(out, mention, Vocabulary.dg("mergeRule"), NodeFactory.createLiteralString(e.reasons().get(m.iri())));
    }
  }

  private static void add(Graph g, Node s, Node p, Node o) {
    g.add(Triple.create(s, p, o));
  }

  private static Node date(java.time.LocalDate d) {
    return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }
}
