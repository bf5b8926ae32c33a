package org.diplograph.clean;

import java.time.LocalDate;
import java.util.Optional;
import org.diplograph.corpus.Article;

/**
 * An article ready for annotation. {@code text} has exactly the length of the original text:
 * page furniture is replaced by spaces, so every offset into it is an offset into the file.
 */
public record CleanArticle(Article article, String text, Optional<LocalDate> date, String title) {
  public CleanArticle {
    if (text.length() != article.text().length()) {
      throw new IllegalArgumentException("cleaning must keep the text length of " + article.id());
    }
  }

  public String id() {
    return article.id();
  }
}
