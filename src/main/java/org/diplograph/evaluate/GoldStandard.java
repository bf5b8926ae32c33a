package org.diplograph.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplograph.io.Tsv;

/** A gold file in the format of {@code shared/gold/seed-gold.tsv}, with its entities. */
public record GoldStandard(List<GoldRelation> relations, GoldEntities entities) {
  public GoldStandard {
    relations = List.copyOf(relations);
  }

  public static GoldStandard load(Path relationsFile, Path entitiesFile) {
    GoldEntities entities = GoldEntities.load(entitiesFile);
    List<GoldRelation> relations = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(relationsFile, 5)) {
      if (row.get(0).equals("doc")) {
        continue; // header line
      }
      GoldRelation.Status status;
      try {
        status = GoldRelation.Status.valueOf(row.get(4).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("status must be required, optional or forbidden");
      }
      for (int c : new int[] {1, 3}) {
        String name = row.get(c);
        if (!name.equals("*") && !entities.isKnown(name)) {
          throw row.error("entity '" + name + "' is not in " + entitiesFile.getFileName());
        }
      }
      relations.add(new GoldRelation(row.get(0), row.get(1), row.get(2), row.get(3), status, row.get(5), row.where()));
    }
    return new GoldStandard(relations, entities);
  }
}
