package org.diplograph.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.pipeline.GraphCheck;

/**
 * The "safe profile" every graph tool we know reads without complaint: no blank nodes (Neo4j's
 * neosemantics and GraphDB treat them differently, and they break byte-identical output), no
 * RDF-star triple terms, IRIs that are absolute and contain no spaces or characters RFC 3987
 * forbids, literals valid for their XSD datatype, and no {@code rdf:langString} without a language
 * tag. SHACL cannot say "no blank node anywhere", hence this separate check.
 */
public final class SafeProfileCheck implements GraphCheck {
  /** Characters some parsers accept in an IRI and others reject. */
  private static final Pattern UNSAFE_IRI = Pattern.compile("[\\s<>\"{}|\\\\^`]");
  private static final int MAX_PROBLEMS = 1000;

  @Override
  public String name() {
    return "safe RDF profile (no blank nodes, no RDF-star, absolute IRIs without spaces, valid XSD literals)";
  }

  @Override
  public List<String> check(Graph graph) {
    List<String> problems = new ArrayList<>();
    graph.find().forEachRemaining(t -> {
      if (problems.size() < MAX_PROBLEMS) {
        check(t, problems);
      }
    });
    problems.sort(null);
    return problems;
  }

  private static void check(Triple t, List<String> problems) {
    node(t.getSubject(), "subject", t, problems);
    node(t.getPredicate(), "predicate", t, problems);
    node(t.getObject(), "object", t, problems);
  }

  private static void node(Node n, String role, Triple t, List<String> problems) {
    String where = " (" + role + " of " + ShapeCheck.format(t.getSubject()) + " " + ShapeCheck.format(t.getPredicate()) + ")";
    if (n.isBlank()) {
      problems.add("blank node " + ShapeCheck.format(n) + where);
    } else if (n.isTripleTerm()) {
      problems.add("RDF-star triple term " + n + where);
    } else if (n.isURI()) {
      String problem = iriProblem(n.getURI());
      if (problem != null) {
        problems.add("<" + n.getURI() + "> " + problem + where);
      }
    } else if (n.isLiteral()) {
      String problem = literalProblem(n);
      if (problem != null) {
        problems.add(ShapeCheck.format(n) + " " + problem + where);
      }
    }
  }

  static String iriProblem(String iri) {
    if (UNSAFE_IRI.matcher(iri).find()) {
      return "contains a space or a character not allowed in IRIs";
    }
    try {
      IRIx parsed = IRIx.create(iri);
      if (!parsed.isReference()) {
        return "is not an absolute IRI";
      }
    } catch (IRIException e) {
      return "is not a valid IRI: " + e.getMessage();
    }
    return null;
  }

  /** Characters no XML 1.0 document may contain, so no RDF/XML export could be written. */
  static boolean forbiddenInXml(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
  }

  static String literalProblem(Node literal) {
    RDFDatatype type = literal.getLiteralDatatype();
    String lang = literal.getLiteralLanguage();
    if (RDF.dtLangString.equals(type) && (lang == null || lang.isEmpty())) {
      return "is an rdf:langString without a language tag";
    }
    if (literal.getLiteralLexicalForm().chars().anyMatch(SafeProfileCheck::forbiddenInXml)) {
      return "contains a control character that XML 1.0 forbids (RDF/XML and TriX cannot carry it)";
    }
    if (type instanceof XSDDatatype xsd && !xsd.isValid(literal.getLiteralLexicalForm())) {
      return "is not a valid " + xsd.getURI().replace(XSDDatatype.XSD + "#", "xsd:") + " value";
    }
    return null;
  }
}
