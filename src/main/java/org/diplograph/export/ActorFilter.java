package org.diplograph.export;

import java.util.Set;
import java.util.TreeSet;
import org.diplograph.graph.Vocabulary;

/**
 * Which mentions make the actor graph, so a picture of a large graph stays readable. Empty sets
 * mean "all". Names are normalised to IRIs: a relation may be given as {@code metWith},
 * {@code dg:metWith} or its IRI; a document as its id or IRI; a modality as {@code asserted}.
 *
 * @param relations relation properties to keep
 * @param documents documents whose mentions to keep
 * @param modalities modalities to keep
 * @param minEvidence edges with fewer mentions are dropped
 */
public record ActorFilter(Set<String> relations, Set<String> documents, Set<String> modalities, int minEvidence) {
  public static final ActorFilter ALL = new ActorFilter(Set.of(), Set.of(), Set.of(), 1);

  public ActorFilter {
    if (minEvidence < 1) {
      throw new IllegalArgumentException("minimum evidence must be at least 1, not " + minEvidence);
    }
    relations = normalise(relations, Vocabulary.DG);
    documents = normalise(documents, Vocabulary.DOC);
    modalities = normalise(modalities, Vocabulary.DG);
  }

  /** True when every mention is kept: then isolated actors are exported too. */
  public boolean keepsEverything() {
    return relations.isEmpty() && documents.isEmpty() && modalities.isEmpty() && minEvidence == 1;
  }

  private static Set<String> normalise(Set<String> names, String namespace) {
    Set<String> iris = new TreeSet<>();
    for (String name : names) {
      String n = name.strip();
      if (n.isEmpty()) {
        continue;
      }
      if (n.startsWith("http://") || n.startsWith("https://")) {
        iris.add(n);
      } else {
        iris.add(namespace + (n.startsWith("dg:") ? n.substring(3) : n));
      }
    }
    return Set.copyOf(iris);
  }
}
