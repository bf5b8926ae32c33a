package org.diplograph.query;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.diplograph.graph.Vocabulary;

/**
 * Runs a SPARQL query over an exported graph and writes the answer: SELECT results as a text
 * table, CSV, TSV or JSON; ASK as yes/no; CONSTRUCT and DESCRIBE as Turtle. The graph's usual
 * prefixes are predeclared, so a query may use {@code dg:} and {@code id:} without PREFIX lines.
 */
public final class GraphQuery {
  /** Output formats for SELECT results. */
  public enum Format { TABLE, CSV, TSV, JSON }

  private final Dataset dataset;

  public GraphQuery(Dataset dataset) {
    this.dataset = dataset;
  }

  public static GraphQuery load(Path graphFile) {
    Dataset dataset = DatasetFactory.create();
    RDFParser.source(graphFile).parse(dataset);
    return new GraphQuery(dataset);
  }

  public static Query parse(String text) {
    StringBuilder prologue = new StringBuilder();
    Vocabulary.prefixes().forEach((prefix, iri) -> {
      if (!text.matches("(?is).*prefix\\s+" + prefix + ":.*")) {
        prologue.append("PREFIX ").append(prefix).append(": <").append(iri).append(">\n");
      }
    });
    try {
      return QueryFactory.create(prologue + text);
    } catch (QueryParseException e) {
      throw new IllegalArgumentException("not a valid SPARQL query: " + e.getMessage(), e);
    }
  }

  /** Runs the query and writes its answer; returns the number of result rows (or triples). */
  public long run(String queryText, Format format, OutputStream out) {
    Query query = parse(queryText);
    try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
      if (query.isSelectType()) {
        ResultSetRewindable results = ResultSetFactory.copyResults(exec.execSelect());
        long rows = results.size();
        switch (format) {
          case CSV -> ResultSetFormatter.outputAsCSV(out, results);
          case TSV -> ResultSetFormatter.outputAsTSV(out, results);
          case JSON -> ResultSetFormatter.outputAsJSON(out, results);
          default -> ResultSetFormatter.out(out, results, query.getPrologue());
        }
        return rows;
      }
      if (query.isAskType()) {
        boolean answer = exec.execAsk();
        write(out, answer ? "yes\n" : "no\n");
        return answer ? 1 : 0;
      }
      Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
      model.setNsPrefixes(Vocabulary.prefixes());
      RDFDataMgr.write(out, model, Lang.TURTLE);
      return model.size();
    }
  }

  public static Format format(String name) {
    try {
      return Format.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + name + "' (use table, csv, tsv or json)");
    }
  }

  private static void write(OutputStream out, String text) {
    try {
      out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
