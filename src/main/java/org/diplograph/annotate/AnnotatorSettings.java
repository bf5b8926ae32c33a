package org.diplograph.annotate;

import java.util.Properties;

/**
 * How CoreNLP is run, as typed values: the one place its settings are chosen, and (through
 * {@link #fingerprint()}) part of the annotation cache's key, so changing any of them re-annotates.
 *
 * <p>{@link #diplograph()} is what builds use. It was chosen by measuring, in one run over 40
 * Guardian articles, what each part of CoreNLP's entity tagging costs and what the rest of the
 * pipeline reads from it (docs/annotation.md): one 3-class CRF for PERSON, ORGANIZATION and
 * LOCATION, CoreNLP's own fine-grained lists for the three fine types the rest of the pipeline
 * reads (COUNTRY, NATIONALITY, TITLE; the 530,000 city names are left out, LOCATION does for them),
 * and SUTime's dates only in short windows around the words a calendar date can be made of.
 * {@link #coreNlpDefault()} is CoreNLP's own default pipeline, the baseline {@code bench} compares
 * with.
 *
 * @param name               shown by {@code bench} and in the fingerprint
 * @param ownTokenizer       our tokenizer settings: a line break always ends a sentence (a line is a
 *                           paragraph or a headline), untokenizable characters are kept
 * @param entityTagger       which statistical entity models run
 * @param fineTypes          which of CoreNLP's fine-grained types (COUNTRY, CITY, NATIONALITY, TITLE, ...) are given
 * @param entityMentions     CoreNLP builds its entity-mention objects (nothing of ours reads them)
 * @param dates              where SUTime and the numeric classifiers run
 * @param maxSentenceTokens  longer sentences are cut before tagging and parsing (0: never)
 * @param twoGraphs          the parser builds only the basic and enhanced++ graphs, the two the
 *                           pipeline reads ({@link DependencyParsing}), not CoreNLP's five
 */
public record AnnotatorSettings(String name, boolean ownTokenizer, EntityTagger entityTagger,
    FineTypes fineTypes, boolean entityMentions, Dates dates, int maxSentenceTokens, boolean twoGraphs) {

  /** Settings with CoreNLP's own parsing step. */
  public AnnotatorSettings(String name, boolean ownTokenizer, EntityTagger entityTagger,
      FineTypes fineTypes, boolean entityMentions, Dates dates, int maxSentenceTokens) {
    this(name, ownTokenizer, entityTagger, fineTypes, entityMentions, dates, maxSentenceTokens, false);
  }

  /** The statistical entity models. */
  public enum EntityTagger {
    /** CoreNLP's default: three CRFs (3-class, MUC 7-class, CoNLL 4-class) combined. */
    THREE_MODELS(null),
    /** One CRF with PERSON, ORGANIZATION and LOCATION. */
    THREE_CLASS("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");

    private final String model;

    EntityTagger(String model) {
      this.model = model;
    }
  }

  /** CoreNLP's fine-grained entity types, from its lists of names (TokensRegexNER). */
  public enum FineTypes {
    NONE,
    /** All of them, inside the entity tagger (CoreNLP's default). */
    ALL,
    /** COUNTRY, NATIONALITY and TITLE only, as a step of their own after the dates ({@link ActorTypes}). */
    ACTOR_TYPES
  }

  /** Where dates (DATE with a normalized value) and other numeric entities are recognised. */
  public enum Dates {
    /** In every sentence, inside the entity tagger (CoreNLP's default). */
    EVERY_SENTENCE,
    /**
     * Only in short windows around the words {@link DateCandidates#isCalendarWord} lets through
     * ({@link DateWindows}); elsewhere there are no numeric entities.
     */
    CANDIDATE_WINDOWS
  }

  public AnnotatorSettings {
    if (name == null || name.isBlank() || entityTagger == null || fineTypes == null || dates == null) {
      throw new IllegalArgumentException("annotator settings need a name, an entity tagger and a date mode");
    }
    if (maxSentenceTokens < 0) {
      throw new IllegalArgumentException("maximum sentence length cannot be negative: " + maxSentenceTokens);
    }
    if (dates != Dates.EVERY_SENTENCE && fineTypes == FineTypes.ALL) {
      // The second tagger that adds dates would apply the fine-grained rules a second time.
      throw new IllegalArgumentException("dates in candidate sentences do not work with all fine-grained types");
    }
  }

  /**
   * Sentences above this many tokens are cut. The longest sentence of the 249 Guardian articles has
   * 176 tokens, and none of the 666 Guardian and BBC articles has one above 200: real news is not cut.
   */
  public static final int MAX_SENTENCE_TOKENS = 200;

  /** What Diplograph's builds use. */
  public static AnnotatorSettings diplograph() {
    return new AnnotatorSettings("diplograph", true, EntityTagger.THREE_CLASS, FineTypes.ACTOR_TYPES, false,
        Dates.CANDIDATE_WINDOWS, MAX_SENTENCE_TOKENS, true);
  }

  /** The annotator configuration before issue 10: all three CRFs, fine-grained types, SUTime everywhere. */
  public static AnnotatorSettings fineGrained() {
    return new AnnotatorSettings("fine-grained", true, EntityTagger.THREE_MODELS, FineTypes.ALL, true, Dates.EVERY_SENTENCE,
        MAX_SENTENCE_TOKENS);
  }

  /** CoreNLP's default tokenize,ssplit,pos,lemma,ner,depparse, nothing changed: the benchmark's baseline. */
  public static AnnotatorSettings coreNlpDefault() {
    return new AnnotatorSettings("corenlp-default", false, EntityTagger.THREE_MODELS, FineTypes.ALL, true, Dates.EVERY_SENTENCE,
        0);
  }

  /**
   * Marks the cache's format: a cached sentence may be unparsed ({@code # parse = none}), which
   * code before it would read as a sentence without dependencies.
   */
  static final String CACHE_FORMAT = "parse-on-demand-1";

  /** Models, settings and the conversion's own rules: annotations made under another fingerprint are stale. */
  public String fingerprint() {
    return "corenlp-" + edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion()
        + "|" + CACHE_FORMAT + "|" + this + (dates != Dates.EVERY_SENTENCE ? "|" + DateCandidates.VERSION : "")
        + (fineTypes == FineTypes.ACTOR_TYPES ? "|" + ActorTypes.VERSION : "")
        + (maxSentenceTokens > 0 ? "|" + LongSentences.VERSION : "");
  }

  /** The properties of the main CoreNLP pipeline; without its parser when {@link #twoGraphs}. */
  Properties pipelineProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (twoGraphs ? "" : ",depparse"));
    if (ownTokenizer) {
      props.setProperty("ssplit.newlineIsSentenceBreak", "always");
      props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    }
    props.putAll(entityProperties(dates == Dates.EVERY_SENTENCE));
    return props;
  }

  /** The properties of the entity tagger that also finds dates, run on the date windows only. */
  Properties datesProperties() {
    Properties props = entityProperties(true);
    // The windows keep only numeric types, and only where the entity tagger's own pass left a token
    // untyped, so running its CRF over them again is wasted: no model, SUTime and the numeric rules alone.
    props.setProperty("ner.model", "");
    return props;
  }

  private Properties entityProperties(boolean withDates) {
    Properties props = new Properties();
    if (entityTagger.model != null) {
      props.setProperty("ner.model", entityTagger.model);
    }
    props.setProperty("ner.applyFineGrained", Boolean.toString(fineTypes == FineTypes.ALL));
    props.setProperty("ner.applyNumericClassifiers", Boolean.toString(withDates));
    props.setProperty("ner.useSUTime", Boolean.toString(withDates));
    props.setProperty("ner.buildEntityMentions", Boolean.toString(entityMentions));
    return props;
  }
}
