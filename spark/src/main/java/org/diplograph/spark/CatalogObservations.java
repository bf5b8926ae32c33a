package org.diplograph.spark;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.diplograph.graph.EntityCatalog;
import org.diplograph.resolve.Gazetteer;

/**
 * Every document's entities, in document id order: what the single-machine build's
 * {@link EntityCatalog} observes. Broadcast to the executors, where each JVM builds the catalog
 * from it once ({@link ExecutorContext#catalog}) and answers its documents' questions from it, so
 * that a name's description, type and node are exactly those the single-machine build settles
 * over all documents (since issue 9 an unknown actor's node depends on every document that uses
 * its name, its kind and country: not a question one document can answer).
 */
record CatalogObservations(String key, List<List<Rows.EntityRow>> documents) implements Serializable {

  static CatalogObservations of(List<List<Rows.EntityRow>> documentsInIdOrder) {
    return new CatalogObservations(UUID.randomUUID().toString(), documentsInIdOrder);
  }

  EntityCatalog catalog(Gazetteer gazetteer) {
    EntityCatalog catalog = new EntityCatalog(gazetteer);
    for (List<Rows.EntityRow> document : documents) {
      catalog.observe(document.stream().map(Rows.EntityRow::entity).toList());
    }
    return catalog;
  }

  long observations() {
    return documents.stream().mapToLong(List::size).sum();
  }
}
