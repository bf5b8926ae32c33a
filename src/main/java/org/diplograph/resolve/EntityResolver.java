package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.Sentence;

/**
 * Finds the entities of a document and resolves their many names to one node each: gazetteer
 * names first (longest match), then government bodies named after their state, organisation
 * names built on a head word, names only CoreNLP's entity tagger found, then surnames linked
 * to the full names they abbreviate, lone surnames no full name explains linked to the
 * gazetteer person the date, title and context make most likely ({@link PersonLinker}), and finally
 * offices named for their holder linked to the holder of the article's date ({@link OfficeLinker}).
 * Stateless and thread-safe.
 */
public final class EntityResolver {
  private final GazetteerMatcher gazetteerMatcher;
  private final BodyFinder bodyFinder;
  private final OrganisationFinder organisationFinder;
  private final NerNameFinder nerNameFinder;
  private final PersonLinker personLinker;
  private final OfficeLinker officeLinker;

  public EntityResolver(Gazetteer gazetteer, NameLists names) {
    this.gazetteerMatcher = new GazetteerMatcher(gazetteer, names);
    this.bodyFinder = new BodyFinder(gazetteer, names);
    this.organisationFinder = new OrganisationFinder(gazetteer, names);
    this.nerNameFinder = new NerNameFinder(gazetteer, names);
    this.personLinker = new PersonLinker(gazetteer, names);
    this.officeLinker = new OfficeLinker(gazetteer, names);
  }

  /**
   * The names of one sentence, before surnames are linked to full names and people across the
   * document (which changes who a name is, never which words are a name or of what kind), and
   * whether any of them was decided by the sentence's dependencies: only then would the sentence's
   * mentions be other without its parse (whether a city acts for its state).
   */
  public record SentenceMentions(List<Mention> mentions, boolean readParse) {
    public SentenceMentions {
      mentions = List.copyOf(mentions);
    }
  }

  public SentenceMentions find(Sentence sentence) {
    MentionCollector mentions = new MentionCollector(sentence);
    gazetteerMatcher.match(mentions);
    bodyFinder.find(mentions);
    organisationFinder.find(mentions);
    nerNameFinder.find(mentions);
    return new SentenceMentions(mentions.mentions(), mentions.parseRead());
  }

  /**
   * What resolution reads of a document's parse, told from its sentences before parsing: the
   * sentences it reads dependencies of (a city that may act, a new name's country among the states
   * of its sentence, an office named for its holder and the sentences a pronoun in it looks back
   * to), and each sentence's mentions, of which later choices may count the kinds.
   */
  public record ParseNeeds(java.util.BitSet sentences, List<List<Mention>> mentions) {}

  public ParseNeeds parseNeeds(List<Sentence> sentences) {
    java.util.BitSet read = new java.util.BitSet();
    List<List<Mention>> mentions = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      SentenceMentions found = find(sentences.get(s));
      mentions.add(found.mentions());
      if (found.readParse()) {
        read.set(s);
      }
    }
    for (int s = 0; s < sentences.size(); s++) {
      if (officeLinker.mayNameOffice(sentences.get(s))) {
        read.set(s);
        read.or(PronounResolver.lookBackSentences(sentences, s, mentions::get));
      }
    }
    return new ParseNeeds(read, mentions);
  }

  public ResolvedDocument resolve(AnnotatedDocument document) {
    return resolve(document, null);
  }

  /**
   * ... with the article's date (null when unknown), by which a one-word name is linked to the
   * person who held office that day ({@link PersonLinker}).
   */
  public ResolvedDocument resolve(AnnotatedDocument document, java.time.LocalDate date) {
    return explain(document, date).resolved();
  }

  /**
   * A resolved document (with its linking decisions) and the scored decisions taken for its lone
   * surnames (for {@code explain-actor}).
   */
  public record Explained(ResolvedDocument resolved, List<PersonLinker.Decision> decisions) {}

  public Explained explain(AnnotatedDocument document, java.time.LocalDate date) {
    List<List<Mention>> bySentence = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      bySentence.add(find(sentence).mentions());
    }
    List<PersonLinker.Decision> decisions = new ArrayList<>();
    List<LinkDecision> links = new ArrayList<>();
    List<List<Mention>> linked = personLinker.link(PartialNameLinker.link(bySentence,
        (m, mentions) -> personLinker.ownState(document.sentences().get(m.sentence()), mentions, m)), document.sentences(), date,
        decisions, links);
    linked = officeLinker.link(document, linked, date, links);
    return new Explained(new ResolvedDocument(document, linked, links), decisions);
  }
}
