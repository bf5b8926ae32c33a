package org.diplograph.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.diplograph.graph.Vocabulary;

/**
 * Scores a graph against a gold standard the way the gold README describes: output entities are
 * matched to gold entities by their labels, relations are compared at corpus level (the union
 * over all documents), symmetric relations match in either direction.
 */
public final class Evaluator {
  private static final Set<String> ROLES = Set.of("leaderOf", "foreignMinisterOf", "spokespersonOf", "affiliatedWith");
  private static final Node SUB_PROPERTY_OF = org.apache.jena.graph.NodeFactory.createURI(Vocabulary.RDFS + "subPropertyOf");
  private static final Node SYMMETRIC = org.apache.jena.graph.NodeFactory.createURI(Vocabulary.OWL + "SymmetricProperty");

  public Evaluation evaluate(Graph graph, GoldStandard gold) {
    Map<Node, String> names = entityNames(graph, gold.entities());
    Set<String> symmetric = symmetric(graph);
    Set<String> asserted = new TreeSet<>();
    Set<String> assertedEvents = new TreeSet<>();
    for (Triple t : graph.find(Node.ANY, Node.ANY, Node.ANY).toList()) {
      Node p = t.getPredicate();
      if (!p.isURI() || !p.getURI().startsWith(Vocabulary.DG) || !t.getObject().isURI()
          || !t.getSubject().getURI().startsWith(Vocabulary.ID) || !t.getObject().getURI().startsWith(Vocabulary.ID)) {
        continue;
      }
      String relation = p.getLocalName();
      if (!isRelation(graph, p)) {
        continue;
      }
      String s = names.getOrDefault(t.getSubject(), "<" + t.getSubject().getLocalName() + ">");
      String o = names.getOrDefault(t.getObject(), "<" + t.getObject().getLocalName() + ">");
      String key = key(s, relation, o, symmetric.contains(relation));
      asserted.add(key);
      if (!ROLES.contains(relation) && !isRole(graph, p)) {
        assertedEvents.add(key);
      }
    }
    Set<String> acceptable = new LinkedHashSet<>();
    for (GoldRelation g : gold.relations()) {
      if (g.status() != GoldRelation.Status.FORBIDDEN) {
        acceptable.add(key(g.subject(), g.relation(), g.object(), symmetric.contains(g.relation())));
      }
    }
    List<String> wrong = new ArrayList<>();
    int correct = 0;
    for (String event : assertedEvents) {
      if (acceptable.contains(event)) {
        correct++;
      } else {
        wrong.add(event);
      }
    }
    int required = 0;
    int found = 0;
    List<GoldRelation> misses = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    for (GoldRelation g : gold.relations()) {
      if (g.status() == GoldRelation.Status.REQUIRED) {
        required++;
        if (asserted.contains(key(g.subject(), g.relation(), g.object(), symmetric.contains(g.relation())))) {
          found++;
        } else {
          misses.add(g);
        }
      } else if (g.status() == GoldRelation.Status.FORBIDDEN) {
        violations.addAll(violated(g, asserted, symmetric));
      }
    }
    return new Evaluation(assertedEvents.size(), correct, wrong, required, found, misses, violations);
  }

  private static List<String> violated(GoldRelation g, Set<String> asserted, Set<String> symmetric) {
    List<String> out = new ArrayList<>();
    if (g.isWildcard()) {
      for (String a : asserted) {
        String[] parts = a.split(" \\| ");
        if (parts[0].equals(g.subject()) || parts[2].equals(g.subject())) {
          out.add(g.document() + ": " + a + "  (forbidden: " + g.evidence() + ")");
        }
      }
    } else if (asserted.contains(key(g.subject(), g.relation(), g.object(), symmetric.contains(g.relation())))) {
      out.add(g.document() + ": " + g.subject() + " | " + g.relation() + " | " + g.object()
          + "  (forbidden: " + g.evidence() + ")");
    }
    return out;
  }

  private static String key(String s, String relation, String o, boolean symmetric) {
    if (symmetric && s.compareTo(o) > 0) {
      return o + " | " + relation + " | " + s;
    }
    return s + " | " + relation + " | " + o;
  }

  /** Each output entity's gold name, matched through its rdfs:label or any skos:altLabel. */
  private static Map<Node, String> entityNames(Graph graph, GoldEntities gold) {
    Map<Node, String> names = new HashMap<>();
    for (Node predicate : List.of(Vocabulary.LABEL, Vocabulary.ALT_LABEL)) {
      for (Triple t : graph.find(Node.ANY, predicate, Node.ANY).toList()) {
        if (t.getObject().isLiteral() && !names.containsKey(t.getSubject())) {
          Optional<String> match = gold.match(t.getObject().getLiteralLexicalForm());
          match.ifPresent(m -> names.put(t.getSubject(), m));
        }
      }
    }
    return names;
  }

  private static Set<String> symmetric(Graph graph) {
    Set<String> out = new TreeSet<>(Set.of("metWith", "heldCallWith", "cooperatesWith"));
    graph.find(Node.ANY, Vocabulary.TYPE, SYMMETRIC).forEach(t -> {
      if (t.getSubject().isURI()) {
        out.add(t.getSubject().getLocalName());
      }
    });
    return out;
  }

  private static boolean isRelation(Graph graph, Node p) {
    return below(graph, p, Vocabulary.dg("relatedTo"), 0) || ROLES.contains(p.getLocalName());
  }

  private static boolean isRole(Graph graph, Node p) {
    return below(graph, p, Vocabulary.dg("roleRelation"), 0);
  }

  private static boolean below(Graph graph, Node p, Node ancestor, int depth) {
    if (depth > 8) {
      return false;
    }
    for (Triple t : graph.find(p, SUB_PROPERTY_OF, Node.ANY).toList()) {
      if (t.getObject().equals(ancestor) || below(graph, t.getObject(), ancestor, depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
