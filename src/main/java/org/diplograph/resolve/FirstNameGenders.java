package org.diplograph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a first name is a man's or a woman's, from the list CoreNLP's coreference ships in its
 * models jar (about 14,600 first names, {@value #RESOURCE}): "Ms James" is not Edison James. A
 * name listed as both ("Jordan", "Ashley") has no gender here, and without the models jar on the
 * classpath no name has one, so nothing is ruled out.
 */
public final class FirstNameGenders {
  static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  /** A gender a name or an honorific says. */
  public enum Gender { MALE, FEMALE }

  private final Map<String, Gender> byName;

  FirstNameGenders(Map<String, Gender> byName) {
    this.byName = Map.copyOf(byName);
  }

  /** The list from the models jar, or an empty one. */
  public static FirstNameGenders load() {
    Map<String, Gender> genders = new HashMap<>();
    Map<String, Boolean> ambiguous = new HashMap<>();
    try (InputStream in = FirstNameGenders.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return new FirstNameGenders(Map.of());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cols = line.split("\t");
        if (cols.length != 2 || !(cols[1].equals("MALE") || cols[1].equals("FEMALE"))) {
          continue;
        }
        String name = cols[0].toLowerCase(Locale.ROOT);
        Gender g = Gender.valueOf(cols[1]);
        Gender before = genders.putIfAbsent(name, g);
        if (before != null && before != g) {
          ambiguous.put(name, true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    ambiguous.keySet().forEach(genders::remove);
    return new FirstNameGenders(genders);
  }

  /** The gender of a first name, when the list gives it one only. */
  public Optional<Gender> of(String firstName) {
    return Optional.ofNullable(byName.get(firstName.toLowerCase(Locale.ROOT)));
  }
}
