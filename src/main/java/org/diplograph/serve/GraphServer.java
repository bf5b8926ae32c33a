package org.diplograph.serve;

import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;

/**
 * An embedded Fuseki over the knowledge graph. Every endpoint is declared here, explicitly: by
 * default SPARQL query and Graph Store Protocol reads only, so an update or a graph write finds
 * no operation to run and is refused. Write endpoints exist only with {@link WriteAccess}, and
 * only for that user.
 */
public final class GraphServer implements AutoCloseable {
  static final String REALM = "Diplograph";

  private final FusekiServer server;
  private final ServeSettings settings;

  private GraphServer(FusekiServer server, ServeSettings settings) {
    this.server = server;
    this.settings = settings;
  }

  /** Builds and starts the server; returns once it accepts connections. */
  public static GraphServer start(ServeSettings settings, ServedData data) {
    FusekiServer.Builder builder = FusekiServer.create()
        .port(settings.port())
        .loopback(settings.localOnly())
        // No auto-discovered modules: nothing may add endpoints we did not declare.
        .fusekiModules(FusekiModules.empty())
        .enablePing(settings.statusEndpoints())
        .enableStats(settings.statusEndpoints())
        .enableCors(settings.cors())
        .verbose(false)
        .add(settings.datasetName(), services(settings, data));
    settings.writeAccess().ifPresent(access -> builder.securityHandler(JettySecurityLib.makeSecurityHandler(
        REALM, JettySecurityLib.makeUserStore(access.user(), access.password()), AuthScheme.BASIC)));
    FusekiServer server = builder.build();
    // Fuseki counts timeouts only on endpoints that carry the counter, and none does by default.
    dataService(server, settings).getEndpoints(Operation.Query)
        .forEach(e -> e.getCounters().add(CounterName.QueryTimeouts));
    try {
      server.start();
    } catch (FusekiException e) {
      if (hasCause(e, BindException.class)) {
        throw new IllegalArgumentException("port " + settings.port() + " is in use (choose another with --port)", e);
      }
      throw e;
    }
    return new GraphServer(server, settings);
  }

  private static DataService.Builder services(ServeSettings settings, ServedData data) {
    Context query = new Context();
    query.set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
    // No federated SERVICE calls: they would let any client make this server send HTTP requests
    // to any host it can reach (internal services, cloud metadata addresses).
    query.set(org.apache.jena.sparql.exec.http.Service.httpServiceAllowed, false);
    if (data.unionDefaultGraph() && !data.materialisedUnion()) {
      query.set(TDB2.symUnionDefaultGraph, true);
    }
    DataService.Builder service = DataService.newBuilder(data.dataset());
    // The dataset URL itself answers queries (?query=) and graph reads (?graph=, ?default).
    service.addEndpoint(endpoint(Operation.Query, "", query, null));
    service.addEndpoint(endpoint(Operation.GSP_R, "", null, null));
    service.addEndpoint(endpoint(Operation.Query, "sparql", query, null));
    service.addEndpoint(endpoint(Operation.Query, "query", query, null));
    service.addEndpoint(endpoint(Operation.GSP_R, "get", null, null));
    if (settings.writeAccess().isPresent()) {
      AuthPolicy writer = Auth.policyAllowSpecific(settings.writeAccess().get().user());
      Context update = new Context();
      update.set(ARQ.updateTimeout, Long.toString(settings.queryTimeout().toMillis()));
      service.addEndpoint(endpoint(Operation.Update, "update", update, writer));
      service.addEndpoint(endpoint(Operation.GSP_RW, "data", null, writer));
    } else {
      service.addEndpoint(endpoint(Operation.GSP_R, "data", null, null));
    }
    return service;
  }

  private static Endpoint endpoint(Operation operation, String name, Context context, AuthPolicy auth) {
    return Endpoint.create().operation(operation).endpointName(name).context(context).authPolicy(auth).build();
  }

  public int port() {
    return server.getHttpPort();
  }

  /** The dataset's URL, e.g. {@code http://localhost:3030/diplograph}. */
  public String datasetUrl() {
    return server.datasetURL(settings.datasetName());
  }

  /** The SPARQL query endpoint, e.g. {@code http://localhost:3030/diplograph/sparql}. */
  public String sparqlUrl() {
    return datasetUrl() + "/sparql";
  }

  public ServeSettings settings() {
    return settings;
  }

  /** What the server answers, for the start banner. */
  public List<ServiceEndpoint> endpoints() {
    String base = datasetUrl();
    List<ServiceEndpoint> list = new ArrayList<>();
    list.add(new ServiceEndpoint(base + "/sparql", "SPARQL query (GET ?query= or POST)", false));
    list.add(new ServiceEndpoint(base + "/get", "Graph Store read (?graph=<document IRI>; ?graph=union for all)", false));
    list.add(new ServiceEndpoint(base, "dataset: query, graph reads, GET for all quads", false));
    if (settings.allowsUpdate()) {
      list.add(new ServiceEndpoint(base + "/update", "SPARQL Update", true));
      list.add(new ServiceEndpoint(base + "/data", "Graph Store read and write (PUT, POST, DELETE)", true));
    } else {
      list.add(new ServiceEndpoint(base + "/data", "Graph Store read", false));
    }
    if (settings.statusEndpoints()) {
      list.add(new ServiceEndpoint(server.serverURL() + "$/ping", "liveness", false));
      list.add(new ServiceEndpoint(server.serverURL() + "$/stats", "request counters", false));
    }
    return list;
  }

  /** Queries cancelled by the timeout since the start, across the query endpoints. */
  public long queryTimeouts() {
    return dataService(server, settings).getEndpoints(Operation.Query).stream()
        .mapToLong(e -> e.getCounters().value(CounterName.QueryTimeouts)).sum();
  }

  private static DataService dataService(FusekiServer server, ServeSettings settings) {
    return server.getDataAccessPointRegistry().get("/" + settings.datasetName()).getDataService();
  }

  /** Blocks until the server stops. */
  public void join() {
    server.join();
  }

  @Override
  public void close() {
    server.stop();
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
