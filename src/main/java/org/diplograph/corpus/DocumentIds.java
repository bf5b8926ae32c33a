package org.diplograph.corpus;

import java.text.Normalizer;

/**
 * Document ids are the file's path below the corpus folder without {@code .txt}; they become IRI
 * path segments, so characters that graph tools reject in IRIs (spaces, quotes, brackets) are
 * replaced by {@code _}.
 */
public final class DocumentIds {
  private DocumentIds() {}

  public static String fromRelativePath(String relativePath) {
    String withoutExtension = relativePath.endsWith(".txt")
        ? relativePath.substring(0, relativePath.length() - 4)
        : relativePath;
    String ascii = Normalizer.normalize(withoutExtension, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '/';
      id.append(safe ? c : '_');
    }
    return id.toString();
  }
}
