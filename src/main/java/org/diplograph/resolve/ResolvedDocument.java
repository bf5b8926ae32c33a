package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.Sentence;

/** An annotated document with its entity mentions, indexed for lookups by token. */
public final class ResolvedDocument {
  private final AnnotatedDocument document;
  private final List<List<Mention>> bySentence;
  private final Map<String, Entity> entities;
  private final List<LinkDecision> decisions;

  public ResolvedDocument(AnnotatedDocument document, List<List<Mention>> bySentence) {
    this(document, bySentence, List.of());
  }

  /** ... with the decisions taken where a name or description had several candidates. */
  public ResolvedDocument(AnnotatedDocument document, List<List<Mention>> bySentence, List<LinkDecision> decisions) {
    this.document = document;
    this.decisions = List.copyOf(decisions);
    List<List<Mention>> copy = new ArrayList<>();
    Map<String, Entity> all = new TreeMap<>();
    for (List<Mention> mentions : bySentence) {
      copy.add(List.copyOf(mentions));
      for (Mention m : mentions) {
        all.putIfAbsent(m.entity().id(), m.entity());
      }
    }
    this.bySentence = List.copyOf(copy);
    this.entities = all;
  }

  /**
   * The same document with each entity replaced by its corpus-wide description; a name the corpus
   * as a whole takes for a place stops acting here too.
   */
  public ResolvedDocument retype(java.util.function.UnaryOperator<Entity> canonical) {
    List<List<Mention>> out = new ArrayList<>();
    for (List<Mention> mentions : bySentence) {
      List<Mention> changed = new ArrayList<>();
      for (Mention m : mentions) {
        Entity e = canonical.apply(m.entity());
        MentionKind kind = e.type() == EntityType.LOCATION && m.kind() != MentionKind.PLACE
            && m.entity().type() != EntityType.LOCATION ? MentionKind.PLACE : m.kind();
        changed.add(new Mention(e, kind, m.sentence(), m.start(), m.end(), m.surface(), m.begin(), m.endChar()));
      }
      out.add(changed);
    }
    return new ResolvedDocument(document, out, decisions.stream().map(d -> d.map(canonical)).toList());
  }

  /** The linking decisions of the document, in the order they were taken. */
  public List<LinkDecision> decisions() {
    return decisions;
  }

  public AnnotatedDocument document() {
    return document;
  }

  public String id() {
    return document.id();
  }

  public List<Sentence> sentences() {
    return document.sentences();
  }

  public List<Mention> mentions(int sentence) {
    return bySentence.get(sentence);
  }

  public List<Mention> allMentions() {
    return bySentence.stream().flatMap(List::stream).toList();
  }

  /** Every entity mentioned, by id. */
  public Collection<Entity> entities() {
    return entities.values();
  }

  /** The acting entity a token belongs to: a name before a metonym before a demonym. */
  public Optional<Mention> actorAt(int sentence, int token) {
    Mention best = null;
    for (Mention m : bySentence.get(sentence)) {
      if (m.isActor() && m.covers(token) && (best == null || rank(m) < rank(best))) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every acting entity a token belongs to ("Sino-Russian" names two), best first. */
  public List<Mention> actorsAt(int sentence, int token) {
    List<Mention> found = new ArrayList<>();
    for (Mention m : bySentence.get(sentence)) {
      if (m.isActor() && m.covers(token) && found.stream().noneMatch(f -> f.entity().equals(m.entity()))) {
        found.add(m);
      }
    }
    found.sort(java.util.Comparator.comparingInt(ResolvedDocument::rank));
    return found;
  }

  /** The place a token names, if any: a city, region or a state taken as a place. */
  public Optional<Mention> placeAt(int sentence, int token) {
    for (Mention m : bySentence.get(sentence)) {
      if (m.kind() == MentionKind.PLACE && m.covers(token)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static int rank(Mention m) {
    return switch (m.kind()) {
      case NAME, PARTIAL_NAME, OFFICE -> 0;
      case METONYM -> 1;
      case DEMONYM -> 2;
      case PLACE -> 3;
    };
  }
}
