package org.diplograph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.FmtUtils;

/** The quads of a Spark build's shards and of a single-machine build's graph.trig, for comparing. */
final class Outputs {
  private Outputs() {}

  static Set<Quad> sparkQuads(Path output) {
    DatasetGraph dataset = DatasetGraphFactory.create();
    for (String folder : List.of(SparkBuild.DOCUMENTS, SparkBuild.EVENTS)) {
      try (Stream<Path> parts = Files.list(output.resolve(folder))) {
        for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
          RDFDataMgr.read(dataset, part.toString(), Lang.NQUADS);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    RDFDataMgr.read(dataset, output.resolve(SparkBuild.ONTOLOGY).toString(), Lang.NQUADS);
    return quads(dataset);
  }

  static Set<Quad> singleMachineQuads(Path output) {
    DatasetGraph dataset = DatasetGraphFactory.create();
    RDFDataMgr.read(dataset, output.resolve("graph.trig").toString(), Lang.TRIG);
    return quads(dataset);
  }

  private static Set<Quad> quads(DatasetGraph dataset) {
    Set<Quad> quads = new HashSet<>();
    dataset.find().forEachRemaining(quads::add);
    return quads;
  }

  /** The first few quads only one side has, for a failure message. */
  static String difference(Set<Quad> a, Set<Quad> b) {
    Set<String> onlyA = new TreeSet<>();
    a.stream().filter(q -> !b.contains(q)).forEach(q -> onlyA.add(FmtUtils.stringForQuad(q)));
    Set<String> onlyB = new TreeSet<>();
    b.stream().filter(q -> !a.contains(q)).forEach(q -> onlyB.add(FmtUtils.stringForQuad(q)));
    return "only in the first (" + onlyA.size() + "): " + onlyA.stream().limit(8).toList()
        + "\nonly in the second (" + onlyB.size() + "): " + onlyB.stream().limit(8).toList();
  }
}
