package org.diplograph.extract;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.diplograph.io.Tsv;

/** The verbs of {@code light-verbs.tsv}, which lend their subject to a relation noun. */
public record LightVerbs(Set<String> lemmas) {
  public LightVerbs {
    lemmas = Set.copyOf(lemmas);
  }

  public static LightVerbs load(Path file) {
    Set<String> lemmas = new HashSet<>();
    for (Tsv.Row row : Tsv.read(file, 1)) {
      lemmas.add(row.get(0).toLowerCase(Locale.ROOT));
    }
    return new LightVerbs(lemmas);
  }

  public boolean contains(String lemma) {
    return lemmas.contains(lemma.toLowerCase(Locale.ROOT));
  }
}
