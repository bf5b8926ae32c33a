package org.diplograph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.diplograph.TestKnowledge;
import org.diplograph.corpus.Article;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
  private final ArticleCleaner cleaner = new ArticleCleaner(TestKnowledge.get().boilerplate());

  private static Article article(String id, String text) {
    return new Article(id, id + ".txt", text, "0".repeat(64));
  }

  private static Article seed(String id) throws IOException {
    return article(id, Files.readString(Path.of("corpus", id + ".txt")));
  }

  @Test
  void dropsThePageAroundTheDevdiscourseArticle() throws IOException {
    Article raw = seed("002_747ceb02c3880bad");
    CleanArticle clean = cleaner.clean(raw);
    assertEquals(raw.text().length(), clean.text().length(), "offsets must stay offsets into the file");
    assertEquals(Optional.of(LocalDate.of(2024, 11, 8)), clean.date());
    assertEquals("China Sees US-Russia Rapprochement as Bilateral Affair", clean.title());
    for (String furniture : new String[] {"TRENDING", "Kamala Harris", "Biden to Trump", "SBI Launches", "Germany's Coalition",
        "Left Menu", "News Desk |", "With inputs from agencies", "AI-generated", "Copyright", "Subscribe"}) {
      assertFalse(clean.text().contains(furniture), furniture + " survived cleaning");
    }
    assertTrue(clean.text().contains("Chinese Foreign Ministry spokesperson Mao Ning"));
    // the headline printed twice is kept once
    assertEquals(clean.text().indexOf("China Sees US-Russia"), clean.text().lastIndexOf("China Sees US-Russia"));
  }

  @Test
  void readsTheDateLineAndKeepsTheHeadlineOnItsOwnLine() throws IOException {
    CleanArticle clean = cleaner.clean(seed("000_ef2881d829f6ae15"));
    assertEquals(Optional.of(LocalDate.of(2025, 2, 21)), clean.date());
    assertTrue(clean.title().startsWith("China’s Perspective on US-Russia Relations"));
    assertFalse(clean.text().contains("date 2025"));
    // a headline without a full stop ends at its line break: the annotator breaks sentences there
    int headline = clean.text().indexOf("The Meeting: A Turning Point in US-Russia Relations");
    assertEquals('\n', clean.text().charAt(headline + "The Meeting: A Turning Point in US-Russia Relations".length()));
  }

  @Test
  void controlCharactersBecomeSpaces() {
    CleanArticle clean = cleaner.clean(article("c", "Xi met\u0007 Putin\u000c in Moscow on Tuesday.\n"));
    assertEquals("Xi met  Putin  in Moscow on Tuesday.\n", clean.text());
  }

  @Test
  void takesTheDateFromTheFileNameWhenTheTextHasNone() {
    CleanArticle clean = cleaner.clean(article("2018-12-19-0154", "Donald Trump is reported to have ordered a withdrawal."));
    assertEquals(Optional.of(LocalDate.of(2018, 12, 19)), clean.date());
  }

  @Test
  void fallsBackToTheFirstSentenceForATitle() {
    CleanArticle clean = cleaner.clean(article("x", "Xi Jinping met Vladimir Putin in Moscow. They talked for hours."));
    assertEquals("Xi Jinping met Vladimir Putin in Moscow.", clean.title());
  }

  @Test
  void joinsHardWrappedLinesButNotParagraphs() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      text.append("The foreign ministers of the two countries met on day ").append(i).append(" in the capital and\n");
      if (i == 5) {
        text.append('\n');
      }
    }
    String wrapped = text.toString();
    CleanArticle clean = cleaner.clean(article("w", wrapped));
    String first = clean.text().substring(0, clean.text().indexOf("\n\n"));
    assertFalse(first.contains("\n"), "wrapped lines of a paragraph are joined");
    assertTrue(clean.text().contains("\n\n"), "the paragraph break stays");
    assertEquals(wrapped.length(), clean.text().length());
  }

  @Test
  void endMarkersOnlyCountOnceTheArticleHasStarted() {
    String text = "Related\nChina and Russia held talks in Beijing on Tuesday about trade, energy and the war in "
        + "Ukraine, officials said.\nRelated articles\nSomething else entirely that is not the article at all.";
    CleanArticle clean = cleaner.clean(article("r", text));
    assertTrue(clean.text().contains("held talks in Beijing"));
    assertFalse(clean.text().contains("Something else"));
  }
}
