package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.Sentence;

/**
 * Finds the entities of a document and resolves their many names to one node each: gazetteer
 * names first (longest match), then government bodies named after their state, organisation
 * names built on a head word, names only CoreNLP's entity tagger found, and finally surnames linked
 * to the full names they abbreviate. Stateless and thread-safe.
 */
public final class EntityResolver {
  private final GazetteerMatcher gazetteerMatcher;
  private final BodyFinder bodyFinder;
  private final OrganisationFinder organisationFinder;
  private final NerNameFinder nerNameFinder;

  public EntityResolver(Gazetteer gazetteer, NameLists names) {
    this.gazetteerMatcher = new GazetteerMatcher(gazetteer, names);
    this.bodyFinder = new BodyFinder(gazetteer, names);
    this.organisationFinder = new OrganisationFinder(gazetteer, names);
    this.nerNameFinder = new NerNameFinder(gazetteer, names);
  }

  public ResolvedDocument resolve(AnnotatedDocument document) {
    List<List<Mention>> bySentence = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      MentionCollector mentions = new MentionCollector(sentence);
      gazetteerMatcher.match(mentions);
      bodyFinder.find(mentions);
      organisationFinder.find(mentions);
      nerNameFinder.find(mentions);
      bySentence.add(mentions.mentions());
    }
    return new ResolvedDocument(document, PartialNameLinker.link(bySentence));
  }
}
