package org.diplograph.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@link AnnotatedDocument}s as CoNLL-U, the Universal Dependencies exchange
 * format: basic dependencies in HEAD/DEPREL, the enhanced++ graph in DEPS, and entity tags and
 * character offsets in MISC. It is the annotation cache's format and the format of the test
 * fixtures, so extraction can be tested without loading any model. A sentence the parser was not
 * run on ({@link Sentence#parsed()}) says so in a comment, {@code # parse = none}, and has no
 * dependencies; a file without such comments is fully parsed.
 */
public final class ConlluCodec {
  /** The comment that marks a sentence the parser was not run on. */
  static final String NOT_PARSED = "# parse = none";

  private ConlluCodec() {}

  public static String write(AnnotatedDocument doc) {
    StringBuilder out = new StringBuilder();
    out.append("# newdoc id = ").append(escape(doc.id())).append('\n');
    for (Sentence s : doc.sentences()) {
      out.append("# sent_id = ").append(s.index()).append('\n');
      out.append("# text = ").append(escape(s.text())).append('\n');
      out.append("# char_span = ").append(s.begin()).append(' ').append(s.end()).append('\n');
      if (!s.parsed()) {
        out.append(NOT_PARSED).append('\n');
      }
      Map<Integer, Integer> heads = new TreeMap<>();
      Map<Integer, String> deprels = new TreeMap<>();
      for (Dependency d : s.basic()) {
        heads.put(d.dependent(), d.governor());
        deprels.put(d.dependent(), d.relation());
      }
      Map<Integer, List<String>> deps = new TreeMap<>();
      for (Dependency d : s.enhanced()) {
        deps.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d.governor() + ":" + d.relation());
      }
      for (Token t : s.tokens()) {
        out.append(t.index()).append('\t')
            .append(escape(t.word())).append('\t')
            .append(escape(t.lemma())).append('\t')
            .append("_\t")
            .append(escape(t.tag())).append('\t')
            .append("_\t")
            .append(heads.containsKey(t.index()) ? heads.get(t.index()).toString() : "_").append('\t')
            .append(deprels.getOrDefault(t.index(), "_")).append('\t')
            .append(deps.containsKey(t.index()) ? String.join("|", deps.get(t.index())) : "_").append('\t')
            .append("NER=").append(escape(t.ner()));
        if (t.normalized() != null) {
          out.append("|Norm=").append(escape(t.normalized()));
        }
        out.append("|Begin=").append(t.begin()).append("|End=").append(t.end()).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  public static AnnotatedDocument read(String conllu) {
    return read(new StringReader(conllu));
  }

  public static AnnotatedDocument read(Reader reader) {
    try (BufferedReader in = new BufferedReader(reader)) {
      String docId = null;
      List<Sentence> sentences = new ArrayList<>();
      SentenceBuilder current = new SentenceBuilder();
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.startsWith("# newdoc id = ")) {
          docId = unescape(line.substring("# newdoc id = ".length()));
        } else if (line.startsWith("# sent_id = ")) {
          current.index = Integer.parseInt(line.substring("# sent_id = ".length()).trim());
        } else if (line.startsWith("# text = ")) {
          current.text = unescape(line.substring("# text = ".length()));
        } else if (line.startsWith("# char_span = ")) {
          String[] span = line.substring("# char_span = ".length()).trim().split(" ");
          current.begin = Integer.parseInt(span[0]);
          current.end = Integer.parseInt(span[1]);
        } else if (line.equals(NOT_PARSED)) {
          current.parsed = false;
        } else if (line.startsWith("#")) {
          continue;
        } else if (line.isEmpty()) {
          if (!current.tokens.isEmpty()) {
            sentences.add(current.build());
          }
          current = new SentenceBuilder();
        } else {
          current.addTokenLine(line, lineNo);
        }
      }
      if (!current.tokens.isEmpty()) {
        sentences.add(current.build());
      }
      if (docId == null) {
        throw new IllegalArgumentException("CoNLL-U input has no '# newdoc id = ' line");
      }
      return new AnnotatedDocument(docId, sentences);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class SentenceBuilder {
    int index;
    int begin;
    int end;
    String text = "";
    boolean parsed = true;
    final List<Token> tokens = new ArrayList<>();
    final List<Dependency> basic = new ArrayList<>();
    final List<Dependency> enhanced = new ArrayList<>();

    void addTokenLine(String line, int lineNo) {
      String[] cols = line.split("\t", -1);
      if (cols.length != 10) {
        throw new IllegalArgumentException("CoNLL-U line " + lineNo + ": expected 10 columns, got " + cols.length);
      }
      int id = Integer.parseInt(cols[0]);
      Map<String, String> misc = new TreeMap<>();
      for (String kv : cols[9].split("\\|")) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          misc.put(kv.substring(0, eq), unescape(kv.substring(eq + 1)));
        }
      }
      tokens.add(new Token(id, unescape(cols[1]), unescape(cols[2]), unescape(cols[4]),
          misc.getOrDefault("NER", "O"), misc.get("Norm"),
          Integer.parseInt(misc.getOrDefault("Begin", "0")), Integer.parseInt(misc.getOrDefault("End", "0"))));
      if (!cols[6].equals("_")) {
        basic.add(new Dependency(Integer.parseInt(cols[6]), id, cols[7]));
      }
      if (!cols[8].equals("_")) {
        for (String dep : cols[8].split("\\|")) {
          int colon = dep.indexOf(':');
          enhanced.add(new Dependency(Integer.parseInt(dep.substring(0, colon)), id, dep.substring(colon + 1)));
        }
      }
    }

    Sentence build() {
      if (!parsed && (!basic.isEmpty() || !enhanced.isEmpty())) {
        throw new IllegalArgumentException("sentence " + index + " is marked '" + NOT_PARSED + "' but has dependencies");
      }
      return new Sentence(index, begin, end, text, tokens, basic, enhanced, parsed);
    }
  }

  static String escape(String value) {
    if (value == null) {
      return "_";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '\t' -> out.append("%09");
        case '\n' -> out.append("%0A");
        case '\r' -> out.append("%0D");
        case '|' -> out.append("%7C");
        case '=' -> out.append("%3D");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String unescape(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' && i + 2 < value.length()) {
        out.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
