package org.diplograph.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.io.Tsv;

/**
 * Reads gazetteer TSV files. Columns (tab-separated; {@code -} or empty for none; lines starting
 * with {@code #} are comments):
 *
 * <pre>id  label  type  wikidata  country  acts_as  aliases  demonyms</pre>
 *
 * {@code aliases} and {@code demonyms} are {@code |}-separated. Files are read in the order given;
 * files whose name starts with {@code generated-} must come after curated ones (their aliases
 * never take a name from a curated entity). Every reference (country, acts_as) must name an
 * entity of some file, or loading fails with the file and line. A file named {@code *-roles.tsv}
 * gives people dated roles and titled names ({@code id label roles titled}); {@code linking.tsv}
 * the weights of {@link PersonLinker}; {@code office-titles.tsv} and {@code offices.tsv} who held
 * which office when ({@link Offices}).
 */
public final class GazetteerLoader {
  private GazetteerLoader() {}

  public static Gazetteer load(List<Path> files) {
    Gazetteer.Builder builder = new Gazetteer.Builder();
    List<String[]> references = new ArrayList<>();
    List<Path> roleFiles = new ArrayList<>();
    Path officeTitles = null;
    Path officeTerms = null;
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.equals("linking.tsv")) {
        builder.weights(LinkingWeights.load(file));
        continue;
      }
      if (name.equals("office-titles.tsv")) {
        officeTitles = file;
        continue;
      }
      if (name.equals("offices.tsv")) {
        officeTerms = file; // read once every entity is known
        continue;
      }
      if (name.endsWith("-roles.tsv")) {
        roleFiles.add(file); // read once every entity is known
        continue;
      }
      boolean curated = !file.getFileName().toString().startsWith("generated-");
      for (Tsv.Row row : Tsv.read(file, 7)) {
        String where = row.where();
        String[] cols = row.cells().toArray(String[]::new);
        String id = cols[0].trim();
        if (!id.equals(EntityIds.slug(id))) {
          throw new IllegalArgumentException(where + ": id '" + id + "' is not a valid slug (try '" + EntityIds.slug(id) + "')");
        }
        EntityType type;
        try {
          type = EntityType.parse(cols[2]);
        } catch (IllegalArgumentException e) {
          throw row.error(e.getMessage());
        }
        String country = value(cols[4]);
        String actsAs = value(cols[5]);
        builder.addEntity(new Entity(id, cols[1].trim(), type, value(cols[3]), country, actsAs));
        if (country != null) {
          references.add(new String[] {where, country});
        }
        if (actsAs != null) {
          references.add(new String[] {where, actsAs});
        }
        builder.addAlias(cols[1].trim(), id, false, curated);
        for (String alias : list(cols[6])) {
          builder.addAlias(alias, id, false, curated);
        }
        if (cols.length > 7) {
          for (String demonym : list(cols[7])) {
            builder.addAlias(demonym, id, true, curated);
          }
        }
      }
    }
    for (Path file : roleFiles) {
      for (Tsv.Row row : Tsv.read(file, 4)) {
        String id = row.get(0).strip();
        if (!builder.hasEntity(id)) {
          throw row.error("refers to unknown entity id '" + id + "'");
        }
        List<DatedRole> dated = new ArrayList<>();
        for (String cell : list(row.get(2))) {
          try {
            dated.add(DatedRole.parse(cell));
          } catch (RuntimeException e) {
            throw row.error(e.getMessage());
          }
        }
        builder.addRoles(id, dated, list(row.get(3)));
      }
    }
    for (String[] ref : references) {
      if (!builder.hasEntity(ref[1])) {
        throw new IllegalArgumentException(ref[0] + ": refers to unknown entity id '" + ref[1] + "'");
      }
    }
    if (officeTerms != null && officeTitles == null) {
      throw new IllegalArgumentException(officeTerms + ": offices.tsv needs office-titles.tsv beside it");
    }
    if (officeTitles != null) {
      var titles = Offices.readTitles(officeTitles);
      var terms = officeTerms == null ? List.<Offices.Term>of() : Offices.readTerms(officeTerms, titles,
          id -> builder.entity(id).filter(e -> e.type() == EntityType.STATE).isPresent(),
          id -> builder.entity(id).filter(e -> e.type() == EntityType.PERSON).isPresent());
      builder.offices(new Offices(titles, terms));
    }
    return builder.build();
  }

  private static String value(String col) {
    String v = col.trim();
    return v.isEmpty() || v.equals("-") ? null : v;
  }

  private static List<String> list(String col) {
    List<String> out = new ArrayList<>();
    for (String part : col.split("\\|")) {
      String v = part.trim();
      if (!v.isEmpty() && !v.equals("-")) {
        out.add(v);
      }
    }
    return out;
  }
}
