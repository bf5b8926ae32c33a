package org.diplograph.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.diplograph.clean.CleanArticle;
import org.diplograph.extract.Argument;
import org.diplograph.extract.EventMention;
import org.diplograph.extract.EventTime;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Modality;
import org.diplograph.extract.RelationMention;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityType;
import org.diplograph.resolve.LinkDecision;
import org.diplograph.resolve.Mention;
import org.diplograph.resolve.MentionKind;
import org.diplograph.resolve.ResolvedDocument;

/**
 * Emits one document's triples to a {@link StreamRDF}: the document node, every entity it
 * mentions (type, one label, the surface forms seen, Wikidata link), every relation mention in
 * reification form with its evidence, how names with several candidates were linked
 * ({@code dg:LinkingDecision}), and a direct triple for each asserted mention at or above
 * the confidence threshold (both directions for a symmetric relation). IRIs are minted from stable
 * keys, so the same input always gives the same triples. Knows no serialization format.
 */
public final class DocumentGraphBuilder {
  private final EntityDescriptions entities;
  private final double minConfidence;

  public DocumentGraphBuilder(EntityDescriptions entities, double minConfidence) {
    this.entities = entities;
    this.minConfidence = minConfidence;
  }

  public void build(CleanArticle article, ResolvedDocument resolved, Extraction extraction, StreamRDF out) {
    List<RelationMention> relations = extraction.relations().stream().filter(this::fits).toList();
    Node doc = Vocabulary.document(article.id());
    describeDocument(article, resolved, doc, out);
    Map<String, Set<String>> altLabels = new TreeMap<>();
    Map<String, Set<String>> demonyms = new TreeMap<>();
    Map<String, Entity> described = new TreeMap<>();
    for (Mention m : resolved.allMentions()) {
      Entity e = entities.canonical(m.entity());
      described.put(e.id(), e);
      if (m.kind() != MentionKind.OFFICE) { // "the prime minister" names no one for good
        (m.kind() == MentionKind.DEMONYM ? demonyms : altLabels)
            .computeIfAbsent(e.id(), k -> new LinkedHashSet<>()).add(m.surface());
      }
    }
    for (EventMention e : extraction.events()) {
      java.util.stream.Stream.concat(e.sources().stream(), e.targets().stream()).filter(Argument::resolved)
          .forEach(a -> described.putIfAbsent(a.entity().id(), entities.canonical(a.entity())));
    }
    for (RelationMention r : relations) {
      if (r.relation().role() && r.subjectText() != null) {
        altLabels.computeIfAbsent(r.subject().id(), k -> new LinkedHashSet<>()).add(r.subjectText());
      }
    }
    for (Entity e : described.values()) {
      describeEntity(e, altLabels.getOrDefault(e.id(), Set.of()), demonyms.getOrDefault(e.id(), Set.of()), out);
      out.triple(Triple.create(Vocabulary.entity(e.id()), Vocabulary.dg("mentionedIn"), doc));
    }
    OffsetMap offsets = new OffsetMap(article.article().text());
    Set<RelationMention> kept = new java.util.HashSet<>(relations);
    for (RelationMention r : relations) {
      relation(article, resolved, r, doc, offsets, out);
    }
    for (EventMention e : extraction.events()) {
      event(article, resolved, e, kept, doc, offsets, out);
    }
    for (LinkDecision d : resolved.decisions()) {
      linkDecision(article, d, doc, offsets, out);
    }
  }

  /**
   * A linking decision with something to show: the actor chosen, the runner-up or both (a name with
   * no candidate at all says nothing).
   */
  private void linkDecision(CleanArticle article, LinkDecision d, Node doc, OffsetMap offsets, StreamRDF out) {
    if (d.linked().isEmpty() && d.runnerUp().isEmpty()) {
      return;
    }
    Node n = NodeFactory.createURI(Vocabulary.LINK + article.id() + "/" + offsets.codePoint(d.begin()) + "-"
        + offsets.codePoint(d.end()) + "/" + d.method());
    out.triple(Triple.create(n, Vocabulary.TYPE, Vocabulary.dg("LinkingDecision")));
    out.triple(Triple.create(n, Vocabulary.DERIVED_FROM, doc));
    out.triple(Triple.create(n, Vocabulary.dg("sentenceIndex"), integer(d.sentence())));
    out.triple(Triple.create(n, Vocabulary.dg("beginIndex"), integer(offsets.codePoint(d.begin()))));
    out.triple(Triple.create(n, Vocabulary.dg("endIndex"), integer(offsets.codePoint(d.end()))));
    out.triple(Triple.create(n, Vocabulary.dg("linkedText"), string(d.text())));
    out.triple(Triple.create(n, Vocabulary.dg("linkMethod"), string(d.method())));
    d.linked().ifPresent(e -> {
      describedLink(n, "linkedTo", entities.canonical(e), out);
      out.triple(Triple.create(n, Vocabulary.dg("confidence"), NodeFactory.createLiteralDT(
          BigDecimal.valueOf(d.confidence()).setScale(2, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal)));
    });
    d.runnerUp().ifPresent(e -> describedLink(n, "runnerUp", entities.canonical(e), out));
    out.triple(Triple.create(n, Vocabulary.dg("rule"), string(d.rule())));
    out.triple(Triple.create(n, Vocabulary.dg("linkReason"), string(d.why())));
  }

  /** A link to an actor, described (type and label) so that the graph holds every node it points to. */
  private static void describedLink(Node decision, String property, Entity target, StreamRDF out) {
    Node node = Vocabulary.entity(target.id());
    out.triple(Triple.create(decision, Vocabulary.dg(property), node));
    out.triple(Triple.create(node, Vocabulary.TYPE, Vocabulary.dg(target.type().className())));
    out.triple(Triple.create(node, Vocabulary.LABEL, string(target.label())));
    if (target.wikidata() != null) {
      out.triple(Triple.create(node, Vocabulary.SAME_AS, NodeFactory.createURI(Vocabulary.WD + target.wikidata())));
    }
  }

  /**
   * An event mention node with its type, participants and evidence, linked to the relation
   * statements it gives (those kept after duplicates were merged).
   */
  private void event(CleanArticle article, ResolvedDocument resolved, EventMention e, Set<RelationMention> kept,
      Node doc, OffsetMap offsets, StreamRDF out) {
    String type = e.event().type().name();
    Node m = NodeFactory.createURI(Vocabulary.EVENT_MENTION + article.id() + "/" + offsets.codePoint(e.begin()) + "-"
        + offsets.codePoint(e.end()) + "/" + type + "/" + e.trigger());
    out.triple(Triple.create(m, Vocabulary.TYPE, Vocabulary.dg("EventMention")));
    out.triple(Triple.create(m, Vocabulary.dg("eventType"), Vocabulary.dg(type)));
    if (e.event().mode() != null) {
      out.triple(Triple.create(m, Vocabulary.dg("mode"), string(e.event().mode())));
    }
    for (Argument a : e.sources()) {
      participant(m, "source", a, out);
    }
    for (Argument a : e.targets()) {
      participant(m, "target", a, out);
    }
    evidence(m, doc, resolved, e.sentence(), e.begin(), e.end(), e.triggerText(), e.confidence(), e.modality(),
        e.rule(), e.time(), e.place(), offsets, out);
    for (RelationMention r : e.statements()) {
      if (kept.contains(r)) {
        out.triple(Triple.create(m, Vocabulary.dg("statement"), statementNode(article, r, offsets)));
      }
    }
  }

  /**
   * Whether a statement's actors, as the corpus settled them, suit its relation: a name one
   * document took for a person but most took for a place ("Shayrat") is no one's target.
   */
  private boolean fits(RelationMention r) {
    EntityType subject = entities.canonical(r.subject()).type();
    EntityType object = entities.canonical(r.object()).type();
    return subject.isActor() && (object.isActor() ? r.relation().acceptsObject(object)
        : r.relation().objectTypes().contains(object));
  }

  private void participant(Node mention, String role, Argument a, StreamRDF out) {
    // a name the corpus settled as a place ("Shayrat") is no actor: its words stay the participant
    Entity actor = a.resolved() ? entities.canonical(a.entity()) : null;
    if (actor != null && actor.type().isActor()) {
      out.triple(Triple.create(mention, Vocabulary.dg(role), Vocabulary.entity(actor.id())));
    }
    if (a.text() != null) {
      out.triple(Triple.create(mention, Vocabulary.dg(role + "Text"), string(a.text())));
    }
  }

  private Node statementNode(CleanArticle article, RelationMention r, OffsetMap offsets) {
    return NodeFactory.createURI(Vocabulary.MENTION + article.id() + "/" + offsets.codePoint(r.begin()) + "-"
        + offsets.codePoint(r.end()) + "/" + r.relation().name() + "/" + entities.canonical(r.subject()).id() + "/"
        + entities.canonical(r.object()).id());
  }

  private void describeDocument(CleanArticle article, ResolvedDocument resolved, Node doc, StreamRDF out) {
    out.triple(Triple.create(doc, Vocabulary.TYPE, Vocabulary.dg("Document")));
    out.triple(Triple.create(doc, Vocabulary.IDENTIFIER, string(article.id())));
    out.triple(Triple.create(doc, Vocabulary.TITLE, string(article.title())));
    article.date().ifPresent(d -> out.triple(Triple.create(doc, Vocabulary.DATE,
        NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate))));
    out.triple(Triple.create(doc, Vocabulary.dg("contentHash"), string("sha256:" + article.article().sha256())));
    out.triple(Triple.create(doc, Vocabulary.dg("sourcePath"), string(article.article().sourcePath())));
    out.triple(Triple.create(doc, Vocabulary.dg("sentenceCount"), integer(resolved.sentences().size())));
  }

  private void describeEntity(Entity e, Set<String> surfaces, Set<String> demonymForms, StreamRDF out) {
    Node node = Vocabulary.entity(e.id());
    out.triple(Triple.create(node, Vocabulary.TYPE, Vocabulary.dg(e.type().className())));
    out.triple(Triple.create(node, Vocabulary.LABEL, string(e.label())));
    for (String surface : surfaces) {
      String clean = surface.strip();
      // a name as written, never lower-cased noise ("russia", "xi" match aliases but name nothing)
      if (!clean.isEmpty() && !clean.equals(e.label()) && !Character.isLowerCase(clean.codePointAt(0))) {
        out.triple(Triple.create(node, Vocabulary.ALT_LABEL, string(clean)));
      }
    }
    for (String demonym : demonymForms) {
      out.triple(Triple.create(node, Vocabulary.dg("demonym"), string(demonym.strip())));
    }
    if (e.wikidata() != null) {
      out.triple(Triple.create(node, Vocabulary.SAME_AS, NodeFactory.createURI(Vocabulary.WD + e.wikidata())));
    }
    if (e.type() == org.diplograph.resolve.EntityType.GROUP && e.id().lastIndexOf('_') > 0) {
      // group ids end with their sector code: Group_Ethiopia_MIL (see extract.ArgumentResolver)
      out.triple(Triple.create(node, Vocabulary.dg("sector"), string(e.id().substring(e.id().lastIndexOf('_') + 1))));
    }
    reference(node, "country", e.country(), out);
    reference(node, "actsAs", e.actsAs(), out);
  }

  /** A link to another entity, which is then described too (type and label), if it is known. */
  private void reference(Node from, String property, String targetId, StreamRDF out) {
    if (targetId == null) {
      return;
    }
    entities.byId(targetId).ifPresent(target -> describedLink(from, property, target, out));
  }

  private void relation(CleanArticle article, ResolvedDocument resolved, RelationMention r, Node doc,
      OffsetMap offsets, StreamRDF out) {
    Entity subject = entities.canonical(r.subject());
    Entity object = entities.canonical(r.object());
    Node s = Vocabulary.entity(subject.id());
    Node o = Vocabulary.entity(object.id());
    Node p = Vocabulary.dg(r.relation().name());
    if (r.relation().role()) {
      describeEntity(object, Set.of(), Set.of(), out);
    }
    Node m = statementNode(article, r, offsets);
    out.triple(Triple.create(m, Vocabulary.TYPE, Vocabulary.dg("RelationMention")));
    out.triple(Triple.create(m, Vocabulary.TYPE, Vocabulary.STATEMENT));
    out.triple(Triple.create(m, Vocabulary.SUBJECT, s));
    out.triple(Triple.create(m, Vocabulary.PREDICATE, p));
    out.triple(Triple.create(m, Vocabulary.OBJECT, o));
    if (r.subjectText() != null) {
      out.triple(Triple.create(m, Vocabulary.dg("subjectText"), string(r.subjectText())));
    }
    if (r.objectText() != null) {
      out.triple(Triple.create(m, Vocabulary.dg("objectText"), string(r.objectText())));
    }
    if (r.relation().role()) {
      // roles change: the mention says on which day the text gives the role
      article.date().ifPresent(d -> out.triple(Triple.create(m, Vocabulary.dg("roleAsOf"),
          NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate))));
    }
    evidence(m, doc, resolved, r.sentence(), r.begin(), r.end(), r.trigger(), r.confidence(), r.modality(), r.rule(),
        r.time(), r.place(), offsets, out);
    if (r.isAsserted() && r.confidence() >= minConfidence) {
      out.triple(Triple.create(s, p, o));
      if (r.relation().symmetric()) {
        out.triple(Triple.create(o, p, s));
      }
    }
  }

  /** What every mention carries: document, sentence, offsets, trigger, confidence, modality, rule, date, place. */
  private void evidence(Node m, Node doc, ResolvedDocument resolved, int sentence, int begin, int end, String trigger,
      double confidence, Modality modality, String rule, EventTime time, Entity place, OffsetMap offsets,
      StreamRDF out) {
    out.triple(Triple.create(m, Vocabulary.DERIVED_FROM, doc));
    out.triple(Triple.create(m, Vocabulary.dg("sentence"), string(resolved.sentences().get(sentence).text())));
    out.triple(Triple.create(m, Vocabulary.dg("sentenceIndex"), integer(sentence)));
    out.triple(Triple.create(m, Vocabulary.dg("beginIndex"), integer(offsets.codePoint(begin))));
    out.triple(Triple.create(m, Vocabulary.dg("endIndex"), integer(offsets.codePoint(end))));
    out.triple(Triple.create(m, Vocabulary.dg("trigger"), string(trigger)));
    out.triple(Triple.create(m, Vocabulary.dg("confidence"), NodeFactory.createLiteralDT(
        BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal)));
    out.triple(Triple.create(m, Vocabulary.dg("modality"), Vocabulary.dg(modality.localName())));
    out.triple(Triple.create(m, Vocabulary.dg("rule"), string(rule)));
    if (time != null) {
      EventDates.resolve(time.value()).ifPresent(d -> {
        if (d.value() != null) {
          out.triple(Triple.create(m, Vocabulary.dg("eventDate"), d.value()));
        }
        out.triple(Triple.create(m, Vocabulary.dg("eventDateEarliest"),
            NodeFactory.createLiteralDT(d.earliest().toString(), XSDDatatype.XSDdate)));
        out.triple(Triple.create(m, Vocabulary.dg("eventDateLatest"),
            NodeFactory.createLiteralDT(d.latest().toString(), XSDDatatype.XSDdate)));
        out.triple(Triple.create(m, Vocabulary.dg("eventDateText"), string(time.text())));
      });
    }
    if (place != null) {
      out.triple(Triple.create(m, Vocabulary.dg("eventPlace"), Vocabulary.entity(entities.canonical(place).id())));
    }
  }

  static Node string(String value) {
    return NodeFactory.createLiteralString(value);
  }

  static Node integer(long value) {
    return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
  }
}
