package org.diplograph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplograph.serve.ServeSettings;
import org.diplograph.serve.WriteAccess;

/** The options of {@code diplograph serve}, and how they become {@link ServeSettings}. */
final class ServeOptions {
  /** Where the password may come from instead of a file; never from the command line (ps shows it). */
  static final String PASSWORD_VARIABLE = "DIPLOGRAPH_PASSWORD";

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min)?");

  private ServeOptions() {}

  static Options options() {
    Options options = new Options();
    options.addOption(Option.builder().longOpt("port").hasArg().argName("N")
        .desc("HTTP port (default: " + ServeSettings.DEFAULT_PORT + "; 0 picks a free one)").get());
    options.addOption(Option.builder().longOpt("dataset").hasArg().argName("NAME")
        .desc("dataset name in the URLs, /NAME/sparql (default: " + ServeSettings.DEFAULT_DATASET + ")").get());
    options.addOption(Option.builder().longOpt("timeout").hasArg().argName("TIME")
        .desc("cancel queries running longer than this: 30s, 500ms, 2m (default: 30s)").get());
    options.addOption(Option.builder().longOpt("data").hasArg().argName("FILE")
        .desc("serve this export, TriG, N-Quads or Turtle (default: <output>/graph.trig)").get());
    options.addOption(Option.builder().longOpt("tdb").hasArg().argName("DIR")
        .desc("serve this TDB2 database instead of a file (see 'diplograph load')").get());
    options.addOption(Option.builder().longOpt("store").hasArg().argName("DIR")
        .desc("the same as --tdb: serve an existing TDB2 database").get());
    CommonOptions.addOutput(options);
    options.addOption(Option.builder().longOpt("allow-update")
        .desc("add SPARQL Update and Graph Store write endpoints for --user (password from --password-file or $"
            + PASSWORD_VARIABLE + ")").get());
    options.addOption(Option.builder().longOpt("user").hasArg().argName("NAME")
        .desc("the one account allowed to write, with --allow-update").get());
    options.addOption(Option.builder().longOpt("password-file").hasArg().argName("FILE")
        .desc("file whose first line is --user's password").get());
    options.addOption(Option.builder().longOpt("listen-all")
        .desc("listen on every network interface, not only localhost").get());
    options.addOption(Option.builder().longOpt("cors")
        .desc("let web pages from other origins read answers (YASGUI and similar); not with --allow-update").get());
    options.addOption(Option.builder().longOpt("status")
        .desc("add /$/ping and /$/stats").get());
    options.addOption(Option.builder().longOpt("log-requests")
        .desc("log every request to standard error").get());
    return options;
  }

  static ServeSettings settings(CommandLine line, Map<String, String> environment) throws UsageException {
    ServeSettings.Builder builder = ServeSettings.builder()
        .port(CommonOptions.intValue(line, "port", ServeSettings.DEFAULT_PORT))
        .datasetName(line.getOptionValue("dataset", ServeSettings.DEFAULT_DATASET))
        .localOnly(!line.hasOption("listen-all"))
        .cors(line.hasOption("cors"))
        .statusEndpoints(line.hasOption("status"));
    if (line.hasOption("timeout")) {
      builder.queryTimeout(duration(line.getOptionValue("timeout")));
    }
    if (line.hasOption("allow-update")) {
      builder.writeAccess(writeAccess(line, environment));
    } else if (line.hasOption("user") || line.hasOption("password-file")) {
      throw new UsageException("--user and --password-file only make sense with --allow-update");
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The data to serve: {@code --tdb DIR} or a file, by default the build's TriG export. */
  static Source source(CommandLine line) throws UsageException {
    if (line.hasOption("tdb") && line.hasOption("store")) {
      throw new UsageException("give --store DIR or --tdb DIR (the same option), not both");
    }
    String store = line.hasOption("store") ? "store" : "tdb";
    if (line.hasOption(store) && line.hasOption("data")) {
      throw new UsageException("give --data FILE or --" + store + " DIR, not both");
    }
    if (line.hasOption(store)) {
      return new Source(Path.of(line.getOptionValue(store)), true);
    }
    return new Source(line.hasOption("data") ? Path.of(line.getOptionValue("data"))
        : CommonOptions.output(line).resolve("graph.trig"), false);
  }

  /** A file to read, or a TDB2 folder to open. */
  record Source(Path path, boolean tdb) {}

  static Duration duration(String text) throws UsageException {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new UsageException("--timeout needs a time such as 30s, 500ms or 2m, not '" + text + "'");
    }
    String unit = m.group(2) == null ? "s" : m.group(2);
    try {
      long amount = Long.parseLong(m.group(1));
      Duration d = switch (unit) {
        case "ms" -> Duration.ofMillis(amount);
        case "m", "min" -> Duration.ofMinutes(amount);
        default -> Duration.ofSeconds(amount);
      };
      d.toMillis(); // the server needs it in milliseconds
      return d;
    } catch (NumberFormatException | ArithmeticException e) {
      throw new UsageException("--timeout '" + text + "' is too long");
    }
  }

  private static WriteAccess writeAccess(CommandLine line, Map<String, String> environment) throws UsageException {
    String user = line.getOptionValue("user");
    if (user == null) {
      throw new UsageException("--allow-update needs --user NAME and a password (--password-file FILE or $"
          + PASSWORD_VARIABLE + "): writes are never open to everyone");
    }
    String password;
    if (line.hasOption("password-file")) {
      password = readPassword(Path.of(line.getOptionValue("password-file")));
    } else if (environment.get(PASSWORD_VARIABLE) != null) {
      password = environment.get(PASSWORD_VARIABLE);
    } else {
      throw new UsageException("--allow-update needs a password for '" + user + "': --password-file FILE or $"
          + PASSWORD_VARIABLE);
    }
    try {
      return new WriteAccess(user, password);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static String readPassword(Path file) throws UsageException {
    try {
      String text = Files.readString(file);
      int end = text.indexOf('\n');
      return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
    } catch (IOException e) {
      throw new UsageException("cannot read the password file " + file + ": " + e.getMessage());
    }
  }

  /** True when others than the owner may read the password file (worth a warning, as ssh does). */
  static boolean readableByOthers(Path file) {
    try {
      var permissions = Files.getPosixFilePermissions(file);
      return permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
