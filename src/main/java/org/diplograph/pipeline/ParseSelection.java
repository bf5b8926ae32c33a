package org.diplograph.pipeline;

import java.util.BitSet;
import java.util.List;
import org.diplograph.annotate.ParseSelector;
import org.diplograph.annotate.Sentence;
import org.diplograph.extract.ExtractionParseSelector;
import org.diplograph.resolve.EntityResolver;

/**
 * Which sentences a build parses: those whose dependencies entity resolution or extraction reads,
 * each stage answering for itself from the knowledge files (docs/annotation.md). Resolution says
 * where it reads them ({@link EntityResolver#parseNeeds}); those sentences are parsed. Everywhere
 * else its mentions are the same parsed or not, so extraction's choice, made on their kinds, is
 * final in one pass.
 */
public final class ParseSelection implements ParseSelector {
  private final EntityResolver resolver;
  private final ExtractionParseSelector extraction;
  private final String fingerprint;

  private ParseSelection(EntityResolver resolver, ExtractionParseSelector extraction, String fingerprint) {
    this.resolver = resolver;
    this.extraction = extraction;
    this.fingerprint = fingerprint;
  }

  /** The sentences the knowledge's rules need parsed, or every sentence when asked to parse all. */
  public static ParseSelector of(Knowledge knowledge, boolean parseAll) {
    if (parseAll) {
      return ParseSelector.ALL;
    }
    return new ParseSelection(new EntityResolver(knowledge.gazetteer(), knowledge.names()),
        new ExtractionParseSelector(knowledge.rules()),
        org.diplograph.ProgramVersion.get() + "|" + knowledge.fingerprint());
  }

  /** The program's version and every knowledge file: the selection changes with either. */
  @Override
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public BitSet select(List<Sentence> sentences) {
    EntityResolver.ParseNeeds resolution = resolver.parseNeeds(sentences);
    BitSet selected = (BitSet) resolution.sentences().clone();
    selected.or(extraction.select(sentences, extraction.eventSentences(sentences), resolution.mentions()::get));
    return selected;
  }
}
