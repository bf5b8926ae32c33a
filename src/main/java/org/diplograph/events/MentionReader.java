package org.diplograph.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.diplograph.graph.EventDates;
import org.diplograph.graph.Vocabulary;

/**
 * Reads the event mentions, their documents and the actors they name from a built graph. Works on
 * the RDF, not on the extractor's objects, so merging depends only on the published vocabulary.
 */
public final class MentionReader {
  private static final Node MENTION = Vocabulary.dg("EventMention");
  private static final Node STATE = Vocabulary.dg("State");

  private final Graph graph;

  public MentionReader(Graph graph) {
    this.graph = graph;
  }

  /** Every event mention in the graph, in IRI order. */
  public List<MentionFacts> mentions() {
    Map<Node, Document> documents = new HashMap<>();
    List<MentionFacts> all = new ArrayList<>();
    for (Node m : graph.find(Node.ANY, Vocabulary.TYPE, MENTION).mapWith(Triple::getSubject).toList()) {
      Node doc = object(m, Vocabulary.DERIVED_FROM).orElse(null);
      Document d = doc == null ? new Document("", "", null) : documents.computeIfAbsent(doc, this::document);
      String type = object(m, Vocabulary.dg("eventType")).map(Node::getLocalName).orElse(null);
      if (type == null) {
        continue;
      }
      String dateValue = object(m, Vocabulary.dg("eventDate")).map(Node::getLiteralLexicalForm).orElse(null);
      Optional<LocalDate> earliest = date(m, "eventDateEarliest");
      Optional<LocalDate> latest = date(m, "eventDateLatest");
      DateRange range = earliest.isPresent() && latest.isPresent() ? new DateRange(earliest.get(), latest.get())
          : dateValue == null ? null
          : EventDates.resolve(dateValue).map(r -> new DateRange(r.earliest(), r.latest())).orElse(null);
      all.add(new MentionFacts(m.getURI(), d.id(), d.hash(), type,
          object(m, Vocabulary.dg("mode")).map(Node::getLiteralLexicalForm).orElse(null),
          ids(m, "source"), ids(m, "target"),
          object(m, Vocabulary.dg("modality")).map(Node::getLocalName).orElse("asserted"),
          object(m, Vocabulary.dg("confidence")).map(n -> Double.parseDouble(n.getLiteralLexicalForm())).orElse(0.0),
          range, dateValue, d.published(),
          object(m, Vocabulary.dg("eventPlace")).map(MentionReader::id).orElse(null),
          object(m, Vocabulary.dg("beginIndex")).map(n -> Integer.parseInt(n.getLiteralLexicalForm())).orElse(0),
          object(m, Vocabulary.dg("trigger")).map(n -> n.getLiteralLexicalForm().toLowerCase(Locale.ROOT)).orElse(null)));
    }
    all.sort(Comparator.comparing(MentionFacts::iri));
    return all;
  }

  /** The states in the graph and the state every other actor or place belongs to. */
  public Actors actors() {
    Set<String> states = new HashSet<>();
    graph.find(Node.ANY, Vocabulary.TYPE, STATE).forEach(t -> states.add(id(t.getSubject())));
    Map<String, String> stateOf = new HashMap<>();
    graph.find(Node.ANY, Vocabulary.dg("country"), Node.ANY)
        .forEach(t -> stateOf.putIfAbsent(id(t.getSubject()), id(t.getObject())));
    // a capital that acts as its state belongs to it, whatever its country says
    graph.find(Node.ANY, Vocabulary.dg("actsAs"), Node.ANY)
        .forEach(t -> stateOf.put(id(t.getSubject()), id(t.getObject())));
    return new Actors(states, stateOf);
  }

  private record Document(String id, String hash, LocalDate published) {}

  private Document document(Node doc) {
    String id = object(doc, Vocabulary.IDENTIFIER).map(Node::getLiteralLexicalForm)
        .orElse(doc.getURI().substring(doc.getURI().lastIndexOf('/') + 1));
    String hash = object(doc, Vocabulary.dg("contentHash")).map(Node::getLiteralLexicalForm).orElse(id);
    LocalDate published = object(doc, Vocabulary.DATE).map(n -> parse(n.getLiteralLexicalForm())).orElse(null);
    return new Document(id, hash, published);
  }

  private Optional<Node> object(Node subject, Node property) {
    var it = graph.find(subject, property, Node.ANY);
    try {
      return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    } finally {
      it.close();
    }
  }

  private Optional<LocalDate> date(Node m, String property) {
    return object(m, Vocabulary.dg(property)).map(n -> parse(n.getLiteralLexicalForm()));
  }

  private List<String> ids(Node m, String role) {
    return graph.find(m, Vocabulary.dg(role), Node.ANY).mapWith(t -> id(t.getObject())).toList();
  }

  private static LocalDate parse(String lexical) {
    try {
      return LocalDate.parse(lexical);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The entity id of an {@code id:} IRI; other IRIs are kept whole. */
  static String id(Node node) {
    String iri = node.getURI();
    return iri.startsWith(Vocabulary.ID) ? iri.substring(Vocabulary.ID.length()) : iri;
  }
}
