package org.diplograph.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * JSON-LD compacted with the published context ({@code ontology/context.jsonld}): terms such as
 * {@code label}, {@code confidence} and {@code metWith} instead of full IRIs. The context is
 * embedded, not referenced by URL: w3id.org/diplograph is not served yet, and loaders (RDF4J,
 * rdflib, Jena) refuse or fail to fetch remote contexts by default. JSON-LD is a tree, so this
 * writer holds the document in memory; use N-Triples or N-Quads for very large graphs.
 */
final class JsonLdWriter {
  private final JsonObject context;

  JsonLdWriter(JsonObject context) {
    this.context = context;
  }

  /** Reads a context file: a JSON object with an {@code @context} member. */
  static JsonLdWriter load(Path contextFile) {
    try (InputStream in = Files.newInputStream(contextFile)) {
      JsonStructure json = Json.createReader(in).read();
      if (!(json instanceof JsonObject object) || !object.containsKey("@context")) {
        throw new IllegalArgumentException(contextFile + ": not a JSON-LD context (no \"@context\" member)");
      }
      return new JsonLdWriter(object);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JSON-LD context " + contextFile, e);
    } catch (jakarta.json.JsonException e) {
      throw new IllegalArgumentException(contextFile + ": not valid JSON: " + e.getMessage(), e);
    }
  }

  void write(Graph graph, OutputStream out) {
    try {
      QuadsToJsonld toJsonLd = JsonLd.fromRdf().ordered(true);
      for (Triple t : (Iterable<Triple>) () -> graph.find()) {
        quad(toJsonLd, t);
      }
      JsonObject compacted = JsonLd.compact(JsonDocument.of(toJsonLd.toJsonLd()), JsonDocument.of(context))
          .ordered(true).get();
      // The context first, as people and streaming readers expect it; the processor put it last.
      JsonObjectBuilder ordered = Json.createObjectBuilder().add("@context", compacted.get("@context"));
      compacted.forEach((key, value) -> {
        if (!key.equals("@context")) {
          ordered.add(key, value);
        }
      });
      compacted = ordered.build();
      try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
          .createWriter(new NonClosing(out))) {
        writer.writeObject(compacted);
      }
      out.write('\n');
    } catch (JsonLdError | RdfConsumerException e) {
      throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void quad(QuadsToJsonld out, Triple t) throws RdfConsumerException {
    String subject = resource(t.getSubject());
    String predicate = resource(t.getPredicate());
    Node o = t.getObject();
    if (!o.isLiteral()) {
      out.quad(subject, predicate, resource(o), null, null, null, null);
    } else {
      String lang = o.getLiteralLanguage();
      out.quad(subject, predicate, o.getLiteralLexicalForm(), o.getLiteralDatatypeURI(),
          lang == null || lang.isEmpty() ? null : lang, null, null);
    }
  }

  /** Blank nodes are not in the safe profile, but a graph read from a file may have them. */
  private static String resource(Node node) {
    return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.getURI();
  }

  /** The JSON writer closes its stream; the caller owns it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
