package org.diplograph.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplograph.graph.Vocabulary;

/**
 * Reads the actor graph from an RDF graph: every relation mention the filter keeps, aggregated per
 * (subject, relation, object). Labels, classes, PLOVER types and symmetry come from the graph itself
 * (which carries the ontology), so a relation added to the ontology shows up without code changes.
 */
public final class ActorGraphReader {
  private static final Node MENTION = Vocabulary.dg("RelationMention");
  private static final Node SUB_CLASS_OF = NodeFactory.createURI(Vocabulary.RDFS + "subClassOf");
  private static final Node SYMMETRIC = NodeFactory.createURI(Vocabulary.OWL + "SymmetricProperty");

  private static final List<String> MODALITIES = List.of("asserted", "reported", "hedged", "intended", "negated");

  private final Graph graph;

  public ActorGraphReader(Graph graph) {
    this.graph = graph;
  }

  public ActorGraph read(ActorFilter filter) {
    checkNames(filter);
    Map<List<String>, Aggregate> edges = new TreeMap<>(ActorGraphReader::compareKeys);
    graph.find(Node.ANY, Vocabulary.TYPE, MENTION).forEachRemaining(t -> {
      Node m = t.getSubject();
      Optional<Node> s = one(m, Vocabulary.SUBJECT);
      Optional<Node> p = one(m, Vocabulary.PREDICATE);
      Optional<Node> o = one(m, Vocabulary.OBJECT);
      if (s.isEmpty() || p.isEmpty() || o.isEmpty()) {
        return; // not a well-formed mention; the shapes report it
      }
      String property = p.get().getURI();
      String document = one(m, Vocabulary.DERIVED_FROM).map(Node::getURI).orElse("");
      String modality = one(m, Vocabulary.dg("modality")).map(Node::getURI).orElse("");
      if (!keeps(filter.relations(), property) || !keeps(filter.documents(), document)
          || !keeps(filter.modalities(), modality)) {
        return;
      }
      String subject = s.get().getURI();
      String object = o.get().getURI();
      if (isSymmetric(p.get()) && subject.compareTo(object) > 0) {
        String swap = subject;
        subject = object;
        object = swap;
      }
      BigDecimal confidence = one(m, Vocabulary.dg("confidence"))
          .map(n -> new BigDecimal(n.getLiteralLexicalForm())).orElse(BigDecimal.ZERO);
      edges.computeIfAbsent(List.of(subject, property, object), k -> new Aggregate())
          .add(confidence, document, modality);
    });
    List<RelationEdge> kept = new ArrayList<>();
    edges.forEach((key, agg) -> {
      if (agg.evidence >= filter.minEvidence()) {
        kept.add(edge(key, agg));
      }
    });
    return new ActorGraph(nodes(kept, filter.keepsEverything()), kept);
  }

  private RelationEdge edge(List<String> key, Aggregate agg) {
    Node property = NodeFactory.createURI(key.get(1));
    String label = one(property, Vocabulary.LABEL).map(Node::getLiteralLexicalForm)
        .orElse(RelationEdge.localName(key.get(1)));
    String plover = one(property, Vocabulary.dg("ploverType")).map(Node::getLiteralLexicalForm).orElse(null);
    Set<String> documents = new TreeSet<>();
    agg.documents.forEach(d -> documents.add(d.startsWith(Vocabulary.DOC) ? d.substring(Vocabulary.DOC.length()) : d));
    Set<String> modalities = new TreeSet<>();
    agg.modalities.forEach(m -> modalities.add(RelationEdge.localName(m)));
    return new RelationEdge(key.get(0), key.get(1), key.get(2), label, plover, isSymmetric(property),
        agg.evidence, agg.asserted, agg.confidence, new TreeSet<>(documents), new TreeSet<>(modalities));
  }

  /** The edges' ends; with no filter, every actor and place the graph describes. */
  private List<ActorNode> nodes(List<RelationEdge> edges, boolean everything) {
    Set<String> iris = new TreeSet<>();
    edges.forEach(e -> {
      iris.add(e.subject());
      iris.add(e.object());
    });
    if (everything) {
      graph.find(Node.ANY, Vocabulary.LABEL, Node.ANY).forEachRemaining(t -> {
        if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Vocabulary.ID)) {
          iris.add(t.getSubject().getURI());
        }
      });
    }
    List<ActorNode> nodes = new ArrayList<>();
    for (String iri : iris) {
      Node n = NodeFactory.createURI(iri);
      nodes.add(new ActorNode(iri, one(n, Vocabulary.LABEL).map(Node::getLiteralLexicalForm).orElse(RelationEdge.localName(iri)),
          classes(n), one(n, Vocabulary.SAME_AS).map(Node::getURI).orElse(null),
          one(n, Vocabulary.dg("country")).map(Node::getURI).orElse(null)));
    }
    return nodes;
  }

  /** The node's Diplograph classes, most specific first, following rdfs:subClassOf upwards. */
  private List<String> classes(Node node) {
    List<String> classes = new ArrayList<>();
    List<Node> frontier = new ArrayList<>();
    graph.find(node, Vocabulary.TYPE, Node.ANY).forEachRemaining(t -> frontier.add(t.getObject()));
    frontier.sort(java.util.Comparator.comparing(Node::toString));
    while (!frontier.isEmpty()) {
      Node c = frontier.remove(0);
      if (c.isURI() && c.getURI().startsWith(Vocabulary.DG) && !classes.contains(c.getLocalName())) {
        classes.add(c.getLocalName());
        graph.find(c, SUB_CLASS_OF, Node.ANY).forEachRemaining(t -> frontier.add(t.getObject()));
      }
    }
    return classes;
  }

  /** A misspelt filter would silently draw an empty picture: name the unknown value instead. */
  private void checkNames(ActorFilter filter) {
    for (String relation : filter.relations()) {
      Node p = NodeFactory.createURI(relation);
      if (!graph.contains(Node.ANY, Vocabulary.PREDICATE, p) && !graph.contains(p, Node.ANY, Node.ANY)) {
        throw new IllegalArgumentException("unknown relation " + RelationEdge.localName(relation)
            + ": neither the ontology nor any mention in the graph has it");
      }
    }
    for (String document : filter.documents()) {
      if (!graph.contains(NodeFactory.createURI(document), Vocabulary.TYPE, Vocabulary.dg("Document"))) {
        throw new IllegalArgumentException("unknown document " + RelationEdge.localName(document)
            + ": the graph has no dg:Document with that id");
      }
    }
    for (String modality : filter.modalities()) {
      if (!MODALITIES.contains(RelationEdge.localName(modality)) || !modality.startsWith(Vocabulary.DG)) {
        throw new IllegalArgumentException("unknown modality " + RelationEdge.localName(modality)
            + ": choose from " + String.join(", ", MODALITIES));
      }
    }
  }

  private boolean isSymmetric(Node property) {
    return graph.contains(property, Vocabulary.TYPE, SYMMETRIC);
  }

  private Optional<Node> one(Node subject, Node predicate) {
    var it = graph.find(subject, predicate, Node.ANY);
    try {
      return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    } finally {
      it.close();
    }
  }

  private static boolean keeps(Set<String> wanted, String value) {
    return wanted.isEmpty() || wanted.contains(value);
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < 3; i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** The mentions of one edge, counted as they are read. */
  private static final class Aggregate {
    int evidence;
    int asserted;
    BigDecimal confidence = BigDecimal.ZERO;
    final Set<String> documents = new TreeSet<>();
    final Set<String> modalities = new TreeSet<>();

    void add(BigDecimal c, String document, String modality) {
      evidence++;
      if (modality.equals(Vocabulary.DG + "asserted")) {
        asserted++;
      }
      confidence = confidence.max(c);
      if (!document.isEmpty()) {
        documents.add(document);
      }
      if (!modality.isEmpty()) {
        modalities.add(modality);
      }
    }
  }
}
