package org.diplograph.spark;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code spark-submit --class org.diplograph.spark.SparkBuildMain diplograph-spark-0.1.0.jar
 * --corpus URI --output URI --ontology URI [--partitions N]}. Exit status as the single-machine
 * build's: 0 all good, 1 fatal, 2 wrong command line, 3 written but some documents skipped (each
 * named on its own line and in {@code OUTPUT/problems.tsv}).
 */
public final class SparkBuildMain {
  static final int OK = 0;
  static final int FATAL = 1;
  static final int USAGE = 2;
  static final int SOME_DOCUMENTS_FAILED = 3;

  private SparkBuildMain() {}

  public static void main(String[] args) {
    int status;
    try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("diplograph-spark"))) {
      status = run(sc, args);
    }
    System.exit(status);
  }

  static int run(JavaSparkContext sc, String[] args) {
    Options options = new Options()
        .addOption(Option.builder().longOpt("corpus").hasArg().argName("URI").required()
            .desc("folder of .txt articles on any Hadoop file system (hdfs://, s3a://, file:/, or a path)").get())
        .addOption(Option.builder().longOpt("output").hasArg().argName("URI").required()
            .desc("folder for documents/, events/, ontology.nq, manifest.tsv, problems.tsv and the annotation cache").get())
        .addOption(Option.builder().longOpt("ontology").hasArg().argName("URI").required()
            .desc("the ontology folder (ontology, gazetteer, patterns), on any Hadoop file system").get())
        .addOption(Option.builder().longOpt("partitions").hasArg().argName("N")
            .desc("partitions the documents are spread over (default: 4 x spark.default.parallelism)").get())
        .addOption(Option.builder().longOpt("threads-per-task").hasArg().argName("N")
            .desc("CoreNLP threads per task (default 1: give each executor as many task slots as cores)").get())
        .addOption(Option.builder().longOpt("min-confidence").hasArg().argName("X")
            .desc("lowest confidence of an asserted mention that gives a direct triple (default 0.5)").get())
        .addOption(Option.builder().longOpt("max-doc-bytes").hasArg().argName("N")
            .desc("skip larger files (default 2000000)").get());
    CommandLine line;
    try {
      line = new DefaultParser().parse(options, args);
    } catch (ParseException e) {
      System.err.println("diplograph-spark: " + e.getMessage());
      new HelpFormatter().printHelp("spark-submit ... diplograph-spark.jar", options);
      return USAGE;
    }
    try {
      int partitions = line.hasOption("partitions") ? Integer.parseInt(line.getOptionValue("partitions"))
          : 4 * sc.defaultParallelism();
      SparkBuildSettings settings = new SparkBuildSettings(line.getOptionValue("corpus"), line.getOptionValue("output"),
          line.getOptionValue("ontology"), partitions,
          Integer.parseInt(line.getOptionValue("threads-per-task", "1")),
          Double.parseDouble(line.getOptionValue("min-confidence", "0.5")),
          Long.parseLong(line.getOptionValue("max-doc-bytes", "2000000")));
      SparkBuildReport report = new SparkBuild(sc).run(settings);
      report.problems().forEach(p -> System.out.println("skipped " + p));
      System.out.println(report.summary(settings.output()));
      System.out.println("stages: " + report.stages());
      return report.problems().isEmpty() ? OK : SOME_DOCUMENTS_FAILED;
    } catch (NumberFormatException e) {
      System.err.println("diplograph-spark: not a number: " + e.getMessage());
      return USAGE;
    } catch (IllegalArgumentException e) {
      System.err.println("diplograph-spark: " + e.getMessage());
      return FATAL;
    } catch (RuntimeException e) {
      System.err.println("diplograph-spark: failed: " + e);
      return FATAL;
    }
  }
}
