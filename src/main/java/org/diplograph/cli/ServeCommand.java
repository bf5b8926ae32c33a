package org.diplograph.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.diplograph.serve.GraphServer;
import org.diplograph.serve.ServeSettings;
import org.diplograph.serve.ServedData;
import org.diplograph.serve.ServiceEndpoint;
import org.diplograph.store.StoreLockedException;

/**
 * {@code diplograph serve}: the graph over SPARQL with an embedded Fuseki, until Ctrl-C or
 * SIGTERM. Read-only on localhost unless told otherwise, and loud when told otherwise.
 */
final class ServeCommand implements Command {
  /** slf4j-simple reads a logger's level when the logger is created, so this is set before Fuseki loads. */
  private static final String REQUEST_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki";

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "serve the graph over SPARQL with an embedded Apache Jena Fuseki (read-only, localhost)";
  }

  @Override
  public Options options() {
    return ServeOptions.options();
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    ServeSettings settings = ServeOptions.settings(line, System.getenv());
    ServeOptions.Source source = ServeOptions.source(line);
    if (line.hasOption("password-file") && ServeOptions.readableByOthers(Path.of(line.getOptionValue("password-file")))) {
      console.message("diplograph serve: warning: " + line.getOptionValue("password-file")
          + " is readable by other users (chmod 600 it)");
    }
    if (line.hasOption("log-requests")) {
      System.setProperty(REQUEST_LOG_LEVEL, "info");
    }
    ServedData data;
    try {
      // Read-only, a file is served from memory with its union default graph materialised (the
      // fastest, measured in issue 12); with write access the union stays dynamic so writes show.
      if (source.tdb() && java.nio.file.Files.isSymbolicLink(source.path())) {
        // a link to the database: moving it to a newly loaded one switches the server to it
        // (bin/load-tdb2, docs/spark.md); checked every 2 s
        org.diplograph.store.LinkedStore store = org.diplograph.store.LinkedStore.open(source.path());
        store.watch(java.time.Duration.ofSeconds(2), m -> console.message("diplograph serve: " + m));
        data = ServedData.fromLinkedTdb(store);
      } else {
        data = source.tdb() ? ServedData.fromTdb(source.path())
            : settings.allowsUpdate() ? ServedData.fromFileWritable(source.path()) : ServedData.fromFile(source.path());
      }
    } catch (StoreLockedException e) {
      console.message("diplograph serve: " + e.getMessage());
      return ExitCodes.LOCKED;
    }
    GraphServer server = GraphServer.start(settings, data);
    Thread stopper = new Thread(() -> {
      server.close();
      console.message("diplograph serve: stopped");
    }, "diplograph-serve-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    banner(console, server, data);
    server.join();
    return ExitCodes.OK;
  }

  private static void banner(Console console, GraphServer server, ServedData data) {
    ServeSettings settings = server.settings();
    var out = console.out();
    out.printf(Locale.ROOT, "Serving %s: %d named graphs, %d quads; default graph: %s%n", data.source(),
        data.namedGraphs(), data.quads(), data.unionDefaultGraph()
            ? "the union of the named graphs" + (data.materialisedUnion() ? " (materialised in memory)" : "")
            : "as stored");
    for (ServiceEndpoint endpoint : server.endpoints()) {
      out.printf(Locale.ROOT, "  %-48s %s%s%n", endpoint.url(), endpoint.description(),
          endpoint.needsLogin() ? " [login: " + settings.writeAccess().orElseThrow().user() + "]" : "");
    }
    out.printf(Locale.ROOT, "%s; %s; queries cancelled after %s. Ctrl-C stops the server.%n",
        settings.allowsUpdate() ? "WRITABLE" : "read-only",
        settings.localOnly() ? "localhost only" : "ALL network interfaces",
        human(settings.queryTimeout()));
    out.flush();
    if (settings.allowsUpdate()) {
      console.message(writeWarning(server, data));
    } else if (!settings.localOnly()) {
      console.message("diplograph serve: WARNING: listening on every network interface: anyone who can reach port "
          + server.port() + " can query the graph.");
    }
  }

  private static String writeWarning(GraphServer server, ServedData data) {
    ServeSettings settings = server.settings();
    String rule = "*".repeat(100);
    StringBuilder text = new StringBuilder(rule).append('\n')
        .append("WARNING: WRITE ACCESS IS ON. User '").append(settings.writeAccess().orElseThrow().user())
        .append("' may change the data through ").append(server.datasetUrl()).append("/update (SPARQL Update)\n")
        .append("and ").append(server.datasetUrl()).append("/data (Graph Store writes), with HTTP Basic authentication.\n")
        .append(data.persistent()
            ? "Changes are written to " + data.source() + "; the next 'diplograph load' replaces them.\n"
            : "Changes live in memory only: they are lost when the server stops.\n");
    if (!settings.localOnly()) {
      text.append("Basic authentication sends the password in clear text: off localhost, put TLS in front.\n");
    }
    return text.append(rule).toString();
  }

  static String human(java.time.Duration d) {
    if (d.toMillis() % 1000 != 0) {
      return d.toMillis() + " ms";
    }
    return d.toSeconds() % 60 == 0 && d.toSeconds() >= 60 ? d.toMinutes() + " min" : d.toSeconds() + " s";
  }
}
