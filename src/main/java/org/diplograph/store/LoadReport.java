package org.diplograph.store;

/**
 * What a load into a TDB2 store did, graph by graph: new graphs, graphs whose triples changed,
 * graphs left as they were, and graphs deleted because the source no longer has them.
 * {@code triplesAdded}/{@code triplesRemoved} count the triple-level difference actually written.
 */
public record LoadReport(int added, int replaced, int unchanged, int removed, long triplesAdded,
    long triplesRemoved, long quads, long millis) {

  /** True when the store already held exactly the source. */
  public boolean nothingChanged() {
    return added == 0 && replaced == 0 && removed == 0 && triplesRemoved == 0;
  }
}
