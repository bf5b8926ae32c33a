package org.diplograph.extract;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.diplograph.io.Tsv;

/** A one-column list of verb lemmas ({@code light-verbs.tsv}, {@code suffer-verbs.tsv}). */
public record VerbList(Set<String> lemmas) {
  public VerbList {
    lemmas = Set.copyOf(lemmas);
  }

  public static VerbList load(Path file) {
    Set<String> lemmas = new HashSet<>();
    for (Tsv.Row row : Tsv.read(file, 1)) {
      lemmas.add(row.get(0).toLowerCase(Locale.ROOT));
    }
    return new VerbList(lemmas);
  }

  public boolean contains(String lemma) {
    return lemmas.contains(lemma.toLowerCase(Locale.ROOT));
  }
}
