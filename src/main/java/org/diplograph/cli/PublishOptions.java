package org.diplograph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplograph.pipeline.BuildPublisher;
import org.diplograph.publish.Credentials;
import org.diplograph.publish.GspPublisher;

/**
 * The {@code --publish} option group of {@code build}. The password never goes on the command
 * line (where {@code ps} and shell history show it): it comes from a file or an environment
 * variable.
 */
final class PublishOptions {
  static final String PASSWORD_VARIABLE = "DIPLOGRAPH_PUBLISH_PASSWORD";

  private PublishOptions() {}

  static void addTo(Options options) {
    options.addOption(Option.builder().longOpt("publish").hasArg().argName("URL")
        .desc("after the build, push the named graphs that changed to this SPARQL Graph Store endpoint, "
            + "e.g. a Fuseki dataset http://localhost:3030/diplograph").get());
    options.addOption(Option.builder().longOpt("publish-user").hasArg().argName("NAME")
        .desc("user for HTTP basic authentication at the endpoint").get());
    options.addOption(Option.builder().longOpt("publish-password-file").hasArg().argName("FILE")
        .desc("file whose first line is that user's password (default: the " + PASSWORD_VARIABLE
            + " environment variable)").get());
    options.addOption(Option.builder().longOpt("publish-all")
        .desc("push every graph, not only those changed since the last successful push").get());
  }

  /** The publishers the options ask for (none or one); {@code env} reads environment variables. */
  static List<BuildPublisher> publishers(CommandLine line, Path output, UnaryOperator<String> env, Console console)
      throws UsageException {
    if (!line.hasOption("publish")) {
      for (String option : List.of("publish-user", "publish-password-file", "publish-all")) {
        if (line.hasOption(option)) {
          throw new UsageException("--" + option + " needs --publish URL");
        }
      }
      return List.of();
    }
    Optional<Credentials> credentials = Optional.empty();
    if (line.hasOption("publish-user")) {
      credentials = Optional.of(new Credentials(line.getOptionValue("publish-user"), password(line, env, console)));
    } else if (line.hasOption("publish-password-file")) {
      throw new UsageException("--publish-password-file needs --publish-user NAME");
    }
    try {
      return List.of(new GspPublisher(line.getOptionValue("publish"), credentials, GspPublisher.stateFile(output),
          line.hasOption("publish-all")));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static String password(CommandLine line, UnaryOperator<String> env, Console console) throws UsageException {
    if (line.hasOption("publish-password-file")) {
      Path file = Path.of(line.getOptionValue("publish-password-file"));
      try {
        warnIfOthersCanRead(file, console);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isEmpty()) {
          throw new UsageException("the password file " + file + " is empty");
        }
        return lines.get(0);
      } catch (IOException e) {
        throw new UsageException("cannot read the password file " + file + ": " + e.getMessage());
      }
    }
    String password = env.apply(PASSWORD_VARIABLE);
    if (password == null || password.isEmpty()) {
      throw new UsageException("--publish-user needs a password: --publish-password-file FILE or the "
          + PASSWORD_VARIABLE + " environment variable");
    }
    return password;
  }

  private static void warnIfOthersCanRead(Path file, Console console) throws IOException {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      if (permissions.contains(PosixFilePermission.OTHERS_READ) || permissions.contains(PosixFilePermission.GROUP_READ)) {
        console.message("warning: other users can read the password file " + file + " (chmod 600 it)");
      }
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: nothing to check
    }
  }
}
