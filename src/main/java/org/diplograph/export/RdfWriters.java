package org.diplograph.export;

import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.graph.Vocabulary;

/**
 * The RDF serializations. N-Triples and N-Quads go triple by triple from the graph to the file
 * through Jena's streaming writers, so a large graph is never held a second time; Turtle and TriG
 * are sorted (identical graphs give identical files) and hold one graph's triple references at a
 * time for that.
 */
final class RdfWriters {
  private RdfWriters() {}

  static void turtle(Graph graph, OutputStream out) {
    new SortedTurtleWriter(Vocabulary.prefixes()).write(graph, out);
  }

  static void trig(Map<String, Graph> namedGraphs, OutputStream out) {
    new SortedTrigWriter(Vocabulary.prefixes()).write(namedGraphs, out);
  }

  static void ntriples(Graph graph, OutputStream out) {
    StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES_UTF8);
    stream.start();
    graph.find().forEachRemaining(stream::triple);
    stream.finish();
  }

  static void nquads(Map<String, Graph> namedGraphs, OutputStream out) {
    StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
    stream.start();
    namedGraphs.forEach((name, graph) -> {
      var graphNode = NodeFactory.createURI(name);
      graph.find().forEachRemaining(t -> stream.quad(Quad.create(graphNode, t)));
    });
    stream.finish();
  }

  /**
   * Plain RDF/XML (one rdf:Description per subject): what the OWL API behind Protégé reads most
   * reliably. The abbreviated form would add rdf:parseType and nested descriptions for no gain.
   */
  static void rdfXml(Graph graph, OutputStream out) {
    PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Vocabulary.prefixes());
    Graph withPrefixes = new WrappedGraph(graph) {
      @Override
      public PrefixMapping getPrefixMapping() {
        return prefixes;
      }
    };
    RDFWriter.source(withPrefixes).format(RDFFormat.RDFXML_PLAIN).output(out);
  }
}
