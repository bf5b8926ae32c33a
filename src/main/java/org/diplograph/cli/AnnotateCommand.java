package org.diplograph.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.ConlluCodec;
import org.diplograph.annotate.CoreNlpAnnotator;
import org.diplograph.clean.CleanArticle;
import org.diplograph.corpus.Article;
import org.diplograph.corpus.CorpusReader;

/**
 * {@code diplograph annotate}: shows what CoreNLP makes of a text, as CoNLL-U (tokens, lemmas,
 * entity tags, dependencies). Useful when writing a pattern, and to make test fixtures.
 */
final class AnnotateCommand implements Command {
  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public String summary() {
    return "print CoreNLP's analysis of a text (file or string) as CoNLL-U";
  }

  @Override
  public String arguments() {
    return "[options] FILE-OR-TEXT";
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder().longOpt("date").hasArg().argName("YYYY-MM-DD")
        .desc("document date that relative dates are resolved against").get());
    options.addOption(Option.builder().longOpt("id").hasArg().argName("ID").desc("document id (default: text)").get());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    if (line.getArgList().isEmpty()) {
      throw new UsageException("give a file or a text to annotate");
    }
    String text = CommonOptions.fileOrText(String.join(" ", line.getArgList()));
    Optional<LocalDate> date = Optional.ofNullable(line.getOptionValue("date")).map(LocalDate::parse);
    String id = line.getOptionValue("id", "text");
    Article article = new Article(id, id, text, CorpusReader.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    CleanArticle clean = new CleanArticle(article, text, date, "");
    List<AnnotatedDocument> out = new ArrayList<>();
    List<Exception> errors = new ArrayList<>();
    new CoreNlpAnnotator(1).annotate(List.of(clean), out::add, (a, e) -> errors.add(e));
    if (!errors.isEmpty()) {
      throw errors.get(0);
    }
    console.out().print(ConlluCodec.write(out.get(0)));
    console.out().flush();
    return ExitCodes.OK;
  }
}
