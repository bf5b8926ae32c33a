package org.diplograph.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.diplograph.clean.BoilerplateRules;
import org.diplograph.events.MergeRules;
import org.diplograph.extract.ExtractionRules;
import org.diplograph.extract.RelationCatalog;
import org.diplograph.graph.OntologyReader;
import org.diplograph.resolve.Gazetteer;
import org.diplograph.resolve.GazetteerLoader;
import org.diplograph.resolve.NameLists;

/**
 * Everything the pipeline knows that is not code, loaded from the ontology folder and checked
 * once: the ontology, the gazetteer, the name lists, the cleaning rules, the relation patterns and
 * the rules that merge event mentions into events.
 * {@code fingerprint} changes whenever any of those files changes.
 */
public record Knowledge(Path directory, Graph ontology, RelationCatalog relations, Gazetteer gazetteer,
    NameLists names, BoilerplateRules boilerplate, ExtractionRules rules, MergeRules merging, String fingerprint) {

  public static Knowledge load(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("ontology folder not found: " + directory);
    }
    Graph ontology = OntologyReader.read(directory.resolve("diplograph.ttl"));
    RelationCatalog relations = OntologyReader.relations(ontology);
    Path gazetteerDir = directory.resolve("gazetteer");
    Gazetteer gazetteer = GazetteerLoader.load(gazetteerFiles(gazetteerDir));
    NameLists names = NameLists.load(gazetteerDir.resolve("names.tsv"), gazetteerDir.resolve("bodies.tsv"),
        gazetteerDir.resolve("groups.tsv"));
    BoilerplateRules boilerplate = BoilerplateRules.load(directory.resolve("cleaning").resolve("boilerplate.tsv"));
    ExtractionRules rules = ExtractionRules.load(directory.resolve("patterns"), relations);
    MergeRules merging = MergeRules.load(directory.resolve("events").resolve(MergeRules.FILE), eventClasses(ontology));
    return new Knowledge(directory, ontology, relations, gazetteer, names, boilerplate, rules, merging,
        fingerprint(directory));
  }

  /** The PLOVER classes (subclasses of dg:Event with a dg:ploverType), by local name. */
  public static java.util.Set<String> eventClasses(Graph ontology) {
    java.util.Set<String> classes = new java.util.TreeSet<>();
    ontology.find(org.apache.jena.graph.Node.ANY, org.diplograph.graph.Vocabulary.dg("ploverType"),
        org.apache.jena.graph.Node.ANY).forEach(t -> {
          if (ontology.contains(t.getSubject(), org.apache.jena.graph.NodeFactory.createURI(
              org.diplograph.graph.Vocabulary.RDFS + "subClassOf"), org.diplograph.graph.Vocabulary.dg("Event"))) {
            classes.add(t.getSubject().getLocalName());
          }
        });
    return classes;
  }

  /** {@code actors.tsv} and other curated files first, generated ones after (they never override). */
  static List<Path> gazetteerFiles(Path dir) {
    List<Path> curated = new ArrayList<>();
    List<Path> generated = new ArrayList<>();
    for (Path file : list(dir)) {
      String name = file.getFileName().toString();
      if (!name.endsWith(".tsv") || name.equals("names.tsv") || name.equals("bodies.tsv") || name.equals("groups.tsv")
          || (name.startsWith("generated-") && !name.startsWith("generated-phoenix"))) {
        continue;
      }
      (name.startsWith("generated-") ? generated : curated).add(file);
    }
    curated.sort((a, b) -> a.getFileName().toString().equals("actors.tsv") ? -1
        : b.getFileName().toString().equals("actors.tsv") ? 1 : a.compareTo(b));
    List<Path> all = new ArrayList<>(curated);
    all.addAll(generated);
    return all;
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** SHA-256 over the relative path and bytes of every file below the folder. */
  static String fingerprint(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        digest.update(directory.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(file));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + directory, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
