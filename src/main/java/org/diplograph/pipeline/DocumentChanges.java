package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.pipeline.BuildManifest.DocumentEntry;

/**
 * How a build's documents relate to the previous build of the same folder: ids of documents that
 * are new, changed (other bytes) or unchanged, ids of documents that are gone from the corpus, and
 * the source paths of the files that failed this time (their previous graph, if any, is dropped
 * too: the output always reflects the corpus as it is). {@code graphsChanged} lists the named
 * graphs (IRIs) that were added, replaced or dropped: a change to the ontology folder or to one
 * document can change other documents' graphs, through the labels shared across documents.
 */
public record DocumentChanges(List<String> added, List<String> changed, List<String> unchanged,
    List<String> removed, List<String> failed, List<String> graphsChanged) {

  public DocumentChanges {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    unchanged = List.copyOf(unchanged);
    removed = List.copyOf(removed);
    failed = List.copyOf(failed);
    graphsChanged = List.copyOf(graphsChanged);
  }

  /**
   * Compares this build's manifest with the previous one (empty on a first build).
   * {@code failedIds} are the ids of documents that failed now; they are not counted as removed.
   */
  public static DocumentChanges between(BuildManifest previous, BuildManifest current, Collection<String> failedSources,
      Set<String> failedIds) {
    Map<String, DocumentEntry> before = previous == null ? Map.of() : previous.documents();
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (DocumentEntry now : current.documents().values()) {
      DocumentEntry then = before.get(now.id());
      if (then == null) {
        added.add(now.id());
      } else if (then.contentHash().equals(now.contentHash())) {
        unchanged.add(now.id());
      } else {
        changed.add(now.id());
      }
    }
    List<String> removed = before.keySet().stream()
        .filter(id -> !current.documents().containsKey(id) && !failedIds.contains(id))
        .toList();
    return new DocumentChanges(added, changed, unchanged, removed, new ArrayList<>(failedSources),
        graphsChanged(previous == null ? Map.of() : previous.graphHashes(), current.graphHashes()));
  }

  private static List<String> graphsChanged(Map<String, String> before, Map<String, String> now) {
    Set<String> names = new TreeSet<>(before.keySet());
    names.addAll(now.keySet());
    return names.stream().filter(name -> !Objects.equals(before.get(name), now.get(name))).toList();
  }

  /** Documents in this build's graph. */
  public int documents() {
    return added.size() + changed.size() + unchanged.size();
  }
}
