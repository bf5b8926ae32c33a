package org.diplograph.pipeline;

import java.util.List;
import org.diplograph.clean.CleanArticle;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.RelationMention;
import org.diplograph.resolve.ResolvedDocument;

/** One document after the extract stage. */
public record DocumentExtraction(CleanArticle article, ResolvedDocument resolved, Extraction extraction) {

  public List<RelationMention> relations() {
    return extraction.relations();
  }

  public List<EventMention> events() {
    return extraction.events();
  }
}
