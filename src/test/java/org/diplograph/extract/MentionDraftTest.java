package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a target is the source itself, for the participants no actor was found for. */
class MentionDraftTest {
  private static Argument words(String text, int token, int begin) {
    return new Argument(null, 0.5, token, text, begin, begin + text.length());
  }

  @Test
  void oneUnresolvedPronounSaidTwiceIsOneParty() {
    // "He said he had made a mistake"
    assertTrue(MentionDraft.isSelf(words("He", 1, 0), words("he", 3, 8)));
    assertTrue(MentionDraft.isSelf(words("they", 1, 0), words("They", 5, 20)));
  }

  @Test
  void differentPronounsOrWordsAreTwoParties() {
    // "She said they had made a mistake", "the rebels attacked the army"
    assertFalse(MentionDraft.isSelf(words("She", 1, 0), words("they", 3, 9)));
    assertFalse(MentionDraft.isSelf(words("the rebels", 1, 0), words("the army", 4, 20)));
  }
}
