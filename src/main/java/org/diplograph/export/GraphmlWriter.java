package org.diplograph.export;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The actor graph as GraphML for Gephi and yEd. Gephi takes the {@code label} attribute as a node's
 * or edge's label and {@code weight} as an edge's weight (here the evidence count); yEd shows the
 * attributes in its Properties Mapper. Symmetric relations are undirected edges
 * ({@code directed="false"}), the others directed.
 */
final class GraphmlWriter {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";

  /** A GraphML attribute: its id, what it belongs to, and its type. */
  record Key(String id, String scope, String type) {}

  static final List<Key> NODE_KEYS = List.of(new Key("label", "node", "string"), new Key("type", "node", "string"),
      new Key("classes", "node", "string"), new Key("iri", "node", "string"), new Key("wikidata", "node", "string"),
      new Key("country", "node", "string"));
  static final List<Key> EDGE_KEYS = List.of(new Key("relation", "edge", "string"),
      new Key("edgelabel", "edge", "string"), new Key("plover", "edge", "string"), new Key("weight", "edge", "double"),
      new Key("evidence", "edge", "int"), new Key("asserted", "edge", "int"), new Key("confidence", "edge", "double"),
      new Key("symmetric", "edge", "boolean"), new Key("documents", "edge", "string"),
      new Key("modalities", "edge", "string"));

  private GraphmlWriter() {}

  static void write(ActorGraph graph, OutputStream out) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace(NS);
      for (Key key : NODE_KEYS) {
        key(xml, key);
      }
      for (Key key : EDGE_KEYS) {
        key(xml, key);
      }
      xml.writeCharacters("\n  ");
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "diplograph");
      xml.writeAttribute("edgedefault", "directed");
      for (ActorNode n : graph.nodes()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("node");
        xml.writeAttribute("id", n.iri());
        data(xml, "label", n.label());
        data(xml, "type", n.type());
        data(xml, "classes", String.join(";", n.classes()));
        data(xml, "iri", n.iri());
        data(xml, "wikidata", n.wikidata());
        data(xml, "country", n.country());
        xml.writeEndElement();
      }
      int id = 0;
      for (RelationEdge e : graph.edges()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("edge");
        xml.writeAttribute("id", "e" + id++);
        xml.writeAttribute("source", e.subject());
        xml.writeAttribute("target", e.object());
        xml.writeAttribute("directed", Boolean.toString(!e.symmetric()));
        data(xml, "relation", e.property());
        data(xml, "edgelabel", e.label());
        data(xml, "plover", e.plover());
        data(xml, "weight", Integer.toString(e.evidence()));
        data(xml, "evidence", Integer.toString(e.evidence()));
        data(xml, "asserted", Integer.toString(e.asserted()));
        data(xml, "confidence", e.confidence().toPlainString());
        data(xml, "symmetric", Boolean.toString(e.symmetric()));
        data(xml, "documents", String.join(";", e.documents()));
        data(xml, "modalities", String.join(";", e.modalities()));
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write GraphML: " + e.getMessage(), e);
    }
  }

  private static void key(XMLStreamWriter xml, Key key) throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeEmptyElement("key");
    xml.writeAttribute("id", key.id());
    xml.writeAttribute("for", key.scope());
    // Gephi reads an edge's label from an attribute named "label"; the id stays unique per scope.
    xml.writeAttribute("attr.name", key.id().equals("edgelabel") ? "label" : key.id());
    xml.writeAttribute("attr.type", key.type());
  }

  private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
    if (value == null || value.isEmpty()) {
      return;
    }
    xml.writeStartElement("data");
    xml.writeAttribute("key", key);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }
}
