package org.diplograph.extract;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.io.Tsv;

/** The cues of {@code modality.tsv}, by lemma. */
public final class ModalityCues {
  private final Map<String, ModalityCue> cues;

  private ModalityCues(Map<String, ModalityCue> cues) {
    this.cues = Map.copyOf(cues);
  }

  public static ModalityCues load(Path file) {
    Map<String, ModalityCue> cues = new HashMap<>();
    for (Tsv.Row row : Tsv.read(file, 4)) {
      Modality modality;
      try {
        modality = Modality.parse(row.get(1));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown modality '" + row.get(1) + "'");
      }
      if (modality == Modality.ASSERTED) {
        throw row.error("'asserted' is what remains when no cue applies");
      }
      String position = row.get(2);
      if (!Set.of("modifier", "governor", "clause", "both").contains(position)) {
        throw row.error("position must be modifier, governor, clause or both");
      }
      String scope = row.get(3);
      if (!scope.equals("all") && !scope.equals("material")) {
        throw row.error("scope must be all or material");
      }
      String cue = row.get(0).toLowerCase(Locale.ROOT).replace('_', ' ');
      cues.put(cue, new ModalityCue(cue, modality, position.equals("modifier") || position.equals("both"),
          !position.equals("modifier"), position.equals("clause"), scope.equals("material"), row.where()));
    }
    return new ModalityCues(cues);
  }

  public Optional<ModalityCue> find(String lemmaOrWord) {
    return Optional.ofNullable(cues.get(lemmaOrWord.toLowerCase(Locale.ROOT)));
  }
}
