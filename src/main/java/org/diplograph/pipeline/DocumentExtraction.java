package org.diplograph.pipeline;

import java.util.List;
import org.diplograph.clean.CleanArticle;
import org.diplograph.extract.RelationMention;
import org.diplograph.resolve.ResolvedDocument;

/** One document after the extract stage. */
public record DocumentExtraction(CleanArticle article, ResolvedDocument resolved, List<RelationMention> relations) {
  public DocumentExtraction {
    relations = List.copyOf(relations);
  }
}
