package org.diplograph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.annotate.AnnotatorSettings.Dates;
import org.diplograph.annotate.AnnotatorSettings.EntityTagger;
import org.diplograph.annotate.AnnotatorSettings.FineTypes;
import org.junit.jupiter.api.Test;

class AnnotatorSettingsTest {
  private static final AnnotatorSettings BUILD = AnnotatorSettings.diplograph();

  @Test
  void everySettingChangesTheFingerprint() {
    List<AnnotatorSettings> variants = List.of(BUILD,
        new AnnotatorSettings("diplograph", false, EntityTagger.THREE_CLASS, FineTypes.ACTOR_TYPES, false,
            Dates.CANDIDATE_WINDOWS, AnnotatorSettings.MAX_SENTENCE_TOKENS),
        new AnnotatorSettings("diplograph", true, EntityTagger.THREE_MODELS, FineTypes.ACTOR_TYPES, false,
            Dates.CANDIDATE_WINDOWS, AnnotatorSettings.MAX_SENTENCE_TOKENS),
        new AnnotatorSettings("diplograph", true, EntityTagger.THREE_CLASS, FineTypes.NONE, false,
            Dates.CANDIDATE_WINDOWS, AnnotatorSettings.MAX_SENTENCE_TOKENS),
        new AnnotatorSettings("diplograph", true, EntityTagger.THREE_CLASS, FineTypes.ACTOR_TYPES, true,
            Dates.CANDIDATE_WINDOWS, AnnotatorSettings.MAX_SENTENCE_TOKENS),
        new AnnotatorSettings("diplograph", true, EntityTagger.THREE_CLASS, FineTypes.ACTOR_TYPES, false,
            Dates.EVERY_SENTENCE, AnnotatorSettings.MAX_SENTENCE_TOKENS),
        new AnnotatorSettings("diplograph", true, EntityTagger.THREE_CLASS, FineTypes.ACTOR_TYPES, false,
            Dates.CANDIDATE_WINDOWS, 100),
        AnnotatorSettings.fineGrained(), AnnotatorSettings.coreNlpDefault());
    Set<String> fingerprints = variants.stream().map(AnnotatorSettings::fingerprint).collect(Collectors.toSet());
    assertEquals(variants.size(), fingerprints.size());
    assertEquals(BUILD.fingerprint(), AnnotatorSettings.diplograph().fingerprint());
  }

  @Test
  void theFingerprintNamesTheRuleVersions() {
    assertTrue(BUILD.fingerprint().contains(DateCandidates.VERSION));
    assertTrue(BUILD.fingerprint().contains(ActorTypes.VERSION));
    assertTrue(BUILD.fingerprint().contains(LongSentences.VERSION));
    assertFalse(AnnotatorSettings.coreNlpDefault().fingerprint().contains(LongSentences.VERSION));
  }

  @Test
  void theBuildRunsOneCrfWithoutCoreNlpsFineGrainedStepOrDatesInsideIt() {
    var props = BUILD.pipelineProperties();
    assertEquals("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz", props.getProperty("ner.model"));
    assertEquals("false", props.getProperty("ner.applyFineGrained"));
    assertEquals("false", props.getProperty("ner.useSUTime"));
    assertEquals("true", BUILD.datesProperties().getProperty("ner.useSUTime"));
    assertEquals("always", props.getProperty("ssplit.newlineIsSentenceBreak"));
  }

  @Test
  void theBaselineIsCoreNlpsDefault() {
    var props = AnnotatorSettings.coreNlpDefault().pipelineProperties();
    assertEquals(null, props.getProperty("ner.model"));
    assertEquals(null, props.getProperty("ssplit.newlineIsSentenceBreak"));
    assertEquals("true", props.getProperty("ner.applyFineGrained"));
    assertEquals("true", props.getProperty("ner.useSUTime"));
    assertNotEquals(BUILD.fingerprint(), AnnotatorSettings.coreNlpDefault().fingerprint());
  }

  @Test
  void impossibleSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new AnnotatorSettings("x", true, EntityTagger.THREE_CLASS,
        FineTypes.ALL, false, Dates.CANDIDATE_WINDOWS, 200));
    assertThrows(IllegalArgumentException.class, () -> new AnnotatorSettings("x", true, EntityTagger.THREE_CLASS,
        FineTypes.NONE, false, Dates.EVERY_SENTENCE, -1));
  }

  @Test
  void calendarWordsAreMonthsWeekdaysYearsAndRelativeWords() {
    for (String word : List.of("Tuesday", "Sept.", "2019", "1990s", "12/05/2019", "week", "ago", "Christmas")) {
      assertTrue(DateCandidates.isCalendarWord(word), word);
    }
    for (String word : List.of("Xi", "met", "Beijing", "50", "3,000", "summit")) {
      assertFalse(DateCandidates.isCalendarWord(word), word);
    }
  }
}
