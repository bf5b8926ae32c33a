package org.diplograph.serve;

/** One URL the server answers at, what it does there, and whether it asks for a login. */
public record ServiceEndpoint(String url, String description, boolean needsLogin) {}
