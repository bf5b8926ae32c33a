package org.diplograph.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.diplograph.corpus.Article;
import org.diplograph.corpus.InputProblem;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityType;

/**
 * The values that travel between Spark stages: plain serializable records of strings, so that no
 * pipeline class has to be serializable. What a stage needs beyond them (the resolved document, its
 * extraction) it recomputes from the cached CoNLL-U, which is cheap next to annotating.
 */
final class Rows {
  private Rows() {}

  /** A corpus file as listed on the driver: its path below the corpus, full URI and size. */
  record SourceFile(String relative, String uri, long size) implements Serializable {}

  /** A readable article: what {@link Article} holds. */
  record Doc(String id, String sourcePath, String text, String sha256) implements Serializable {
    static Doc of(Article a) {
      return new Doc(a.id(), a.sourcePath(), a.text(), a.sha256());
    }

    Article article() {
      return new Article(id, sourcePath, text, sha256);
    }
  }

  /** A file that was skipped, and why. */
  record Problem(String sourcePath, String reason) implements Serializable {
    static Problem of(InputProblem p) {
      return new Problem(p.sourcePath(), p.reason());
    }

    @Override
    public String toString() {
      return sourcePath + ": " + reason;
    }
  }

  /** What reading one file gave: a document or a problem. */
  record Read(Doc doc, Problem problem) implements Serializable {}

  /** An {@link Entity}, serializable. */
  record EntityRow(String id, String label, String type, String wikidata, String country, String actsAs)
      implements Serializable {
    static EntityRow of(Entity e) {
      return new EntityRow(e.id(), e.label(), e.type().name(), e.wikidata(), e.country(), e.actsAs());
    }

    Entity entity() {
      return new Entity(id, label, EntityType.valueOf(type), wikidata, country, actsAs);
    }

    /** The corpus has no description of this id. */
    static EntityRow absent(String id) {
      return new EntityRow(id, null, null, null, null, null);
    }
  }

  /**
   * An annotated and resolved document: its CoNLL-U (from the cache or just made), whether it came
   * from the cache, its cache entry's name, and the entities it mentions (for settling their types
   * across the corpus); or the problem that stopped it.
   */
  record Annotated(Doc doc, String conllu, boolean cached, String cacheEntry, List<EntityRow> entities,
      Problem problem) implements Serializable {}

  /**
   * One document's finished graph as N-Quads in its named graph, with what the manifest and the
   * report need, and its event facts by PLOVER type (N-Triples) for the merging stage.
   */
  record DocGraph(String id, String sourcePath, String sha256, String graphHash, long triples, String nquads,
      Map<String, String> eventFacts, int sentences, int tokens, long mentions) implements Serializable {}

  /**
   * A document after extraction: the entities of its settled (retyped) resolution, which the
   * catalog of the graph stage observes, as the single-machine build's does; or the problem.
   */
  record Extracted(Doc doc, String conllu, List<EntityRow> settled, Problem problem) implements Serializable {}

  /** The events of one PLOVER type: N-Quads in the events graph, and each triple's {@link org.diplograph.pipeline.GraphHash#key}. */
  record Events(String nquads, List<String> keys) implements Serializable {}
}
