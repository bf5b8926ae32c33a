package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.diplograph.annotate.ParseSelector;
import org.diplograph.annotate.Sentence;
import org.diplograph.extract.ExtractionParseSelector;
import org.diplograph.resolve.EntityResolver;
import org.diplograph.resolve.Mention;

/**
 * Which sentences a build parses: those whose dependencies entity resolution or extraction reads,
 * each stage answering for itself from the knowledge files (docs/annotation.md). Resolution reads
 * them only to decide whether a city acts for its state, and says where it did
 * ({@link EntityResolver#find}); those sentences are parsed. Everywhere else its mentions are the
 * same parsed or not, so extraction's choice, made on them, is final in one pass.
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
    BitSet events = extraction.eventSentences(sentences);
    BitSet selected = (BitSet) events.clone();
    // an event sentence is parsed anyway: only the others need their mentions
    List<List<Mention>> mentions = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      if (events.get(s)) {
        mentions.add(null);
        continue;
      }
      EntityResolver.SentenceMentions found = resolver.find(sentences.get(s));
      mentions.add(found.mentions());
      if (found.readParse()) {
        selected.set(s);
      }
    }
    selected.or(extraction.select(sentences, events, mentions::get));
    return selected;
  }
}
