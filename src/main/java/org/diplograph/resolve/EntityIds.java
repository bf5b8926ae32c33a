package org.diplograph.resolve;

import java.text.Normalizer;

/**
 * Mints entity ids (IRI slugs) from labels: ASCII letters, digits, {@code _} and {@code -} only,
 * so the same name gives the same IRI in every run and every tool accepts it.
 */
public final class EntityIds {
  private EntityIds() {}

  public static String slug(String label) {
    String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    StringBuilder out = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
      if (keep) {
        if (gap && out.length() > 0) {
          out.append('_');
        }
        out.append(c);
        gap = false;
      } else if (c != '.' && c != '\'' && c != '’') {
        gap = true;
      }
    }
    return out.length() == 0 ? "unnamed" : out.toString();
  }
}
