package org.diplograph.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.help.HelpFormatter;
import org.apache.commons.cli.help.TextHelpAppendable;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** {@code diplograph <command> [options]}: a thin shell over the library. */
public final class Main {
  private final Map<String, Command> commands = new LinkedHashMap<>();

  Main(List<Command> all) {
    all.forEach(c -> commands.put(c.name(), c));
  }

  static Main standard() {
    return new Main(List.of(new BuildCommand(), new QueryCommand(), new EvaluateCommand(), new BenchCommand(),
        new AnnotateCommand(), new LexiconsCommand(), new ExportCommand(), new ValidateCommand(),
        new ReferenceCommand(), new LoadCommand(), new ServeCommand(), new ExplainCommand(), new TimelineCommand(),
        new EvaluateMergingCommand(), new ExplainActorCommand()));
  }

  public static void main(String[] args) {
    System.exit(standard().run(args, Console.system()));
  }

  int run(String[] args, Console console) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
      usage(console);
      return args.length == 0 ? ExitCodes.USAGE : ExitCodes.OK;
    }
    Command command = commands.get(args[0]);
    if (command == null) {
      console.message("diplograph: unknown command '" + args[0] + "'");
      usage(console);
      return ExitCodes.USAGE;
    }
    Options options = command.options();
    options.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
    CommandLine line;
    try {
      line = new DefaultParser().parse(options, java.util.Arrays.copyOfRange(args, 1, args.length));
    } catch (ParseException e) {
      console.message("diplograph " + command.name() + ": " + e.getMessage());
      help(command, options, console);
      return ExitCodes.USAGE;
    }
    if (line.hasOption("help")) {
      help(command, options, console);
      return ExitCodes.OK;
    }
    try {
      return command.run(line, console);
    } catch (IllegalArgumentException | UsageException e) {
      console.message("diplograph " + command.name() + ": " + e.getMessage());
      return e instanceof UsageException ? ExitCodes.USAGE : ExitCodes.FATAL;
    } catch (Exception e) {
      console.message("diplograph " + command.name() + ": failed: " + e);
      return ExitCodes.FATAL;
    }
  }

  private void usage(Console console) {
    StringBuilder text = new StringBuilder("usage: diplograph <command> [options]\n\ncommands:\n");
    for (Command c : commands.values()) {
      text.append(String.format("  %-10s %s%n", c.name(), c.summary()));
    }
    text.append("\n'diplograph <command> --help' shows a command's options.");
    console.out().println(text);
  }

  private static void help(Command command, Options options, Console console) {
    TextHelpAppendable text = new TextHelpAppendable(console.out());
    text.setMaxWidth(100);
    HelpFormatter formatter = HelpFormatter.builder().setShowSince(false).setHelpAppendable(text).get();
    try {
      formatter.printHelp("diplograph " + command.name() + " " + command.arguments(), command.summary(), options,
          "", false);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    console.out().flush();
  }

}
