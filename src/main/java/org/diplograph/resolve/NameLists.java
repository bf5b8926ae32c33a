package org.diplograph.resolve;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.io.Tsv;

/**
 * The word lists of {@code ontology/gazetteer/names.tsv} (agent and asset nouns, organisation head
 * words, honorifics, and the actor, site, quantity and sub-national word lists), the
 * government-body templates of {@code bodies.tsv} and the group nouns of {@code groups.tsv}.
 */
public record NameLists(Set<String> agentNouns, Set<String> assetNouns, Set<String> deedNouns,
    Set<String> nonStateModifiers, Map<String, EntityType> orgHeads,
    Set<String> honorifics, Map<String, String> bodyTemplates, Map<String, GroupSector> groupNouns,
    Map<String, Set<String>> wordLists, Map<String, String> listRows) {

  /** A sector of group actors (groups.tsv): its code ({@code MIL}) and its label ("military"). */
  public record GroupSector(String code, String label) {}

  public NameLists {
    agentNouns = Set.copyOf(agentNouns);
    assetNouns = Set.copyOf(assetNouns);
    deedNouns = Set.copyOf(deedNouns);
    nonStateModifiers = Set.copyOf(nonStateModifiers);
    orgHeads = Map.copyOf(orgHeads);
    honorifics = Set.copyOf(honorifics);
    bodyTemplates = Map.copyOf(bodyTemplates);
    groupNouns = Map.copyOf(groupNouns);
    Map<String, Set<String>> lists = new HashMap<>();
    wordLists.forEach((list, words) -> lists.put(list, Set.copyOf(words)));
    wordLists = Map.copyOf(lists);
    listRows = Map.copyOf(listRows);
  }

  /**
   * Where a list is written ({@code names.tsv:80}, its first row): what a rule built on the list
   * names as its pattern ({@code dg:rule}), as a trigger row names its file and line.
   */
  public String where(String list) {
    return listRows.getOrDefault(list, "names.tsv:0");
  }

  /** A group sector (groups.tsv code) whose violence is a riot: protesters, civilians, workers, students, farmers. */
  public boolean isCrowdSector(String code) {
    return wordLists.getOrDefault("crowd", Set.of()).contains(code.toLowerCase(Locale.ROOT));
  }

  /** A word for armed conflict whoever wages it ("fighting", "war"): never a riot. */
  public boolean isArmedWord(String lemma) {
    return in("armed", lemma);
  }

  /** A deed noun whose "of" complement is its doer ("the resignation of the president"). */
  public boolean isOfDoer(String lemma) {
    return in("ofdoer", lemma);
  }

  /** A state whose people's family name comes first ("Wang Yi", "Kim Jong Un"): its id. */
  public boolean writesSurnameFirst(String stateId) {
    return in("surnamefirst", stateId);
  }

  /** A verb of accident ("collide", "derail", "capsize"): what it did, told in a participle, is no attack. */
  public boolean isMishapVerb(String lemma) {
    return in("mishap", lemma);
  }

  /**
   * A natural hazard or an accident ("flood", "earthquake", "derailment"): news of it tells of
   * troops deployed and emergencies declared that are no act against anyone.
   */
  public boolean isHazardWord(String lemma) {
    return in("hazard", lemma);
  }

  /** A word that makes a clause a condition ("if", "unless") or refers to one ("otherwise"). */
  public boolean isConditionWord(String word) {
    return in("condition", word);
  }

  /** A PLOVER type of act made of someone, whom its refusal answers (REQUEST, ACCUSE, THREATEN). */
  public boolean isAddressedType(String plover) {
    return in("addressed", plover);
  }

  /** A determiner that makes an act's noun no act in particular: "would respond to any attack". */
  public boolean isHypotheticalDeterminer(String word) {
    return in("hypothetical", word);
  }

  /** A PLOVER type of act whose doer a claim of responsibility in the next sentence may name (ASSAULT, COERCE). */
  public boolean isClaimableType(String plover) {
    return in("claimable", plover);
  }

  /** A PLOVER type of act that whoever is "in" it undergoes ("in detention": COERCE). */
  public boolean isUndergoneType(String plover) {
    return in("undergone", plover);
  }

  /** A noun for an answer to another's act ("in retaliation for the attacks"): the act is not the answerer's. */
  public boolean isAnswerNoun(String lemma) {
    return in("answer", lemma);
  }

  /** A PLOVER mode of act whose unnamed doer is the state it is done in ("arrested in Turkey": arrest). */
  public boolean isLocalDoerMode(String mode) {
    return in("localdoer", mode);
  }

  /** A verb of saying whose reported clause may follow without "that" ("said Israel had fired"). */
  public boolean isReportVerb(String lemma) {
    return in("report", lemma);
  }

  /** A PLOVER type of act that undoes another act its verb takes as object ("lifted its siege of Taiz": RETREAT). */
  public boolean isUndoingType(String plover) {
    return in("undoing", plover);
  }

  /** A PLOVER type of act that can be held over someone as a threat (ASSAULT, SANCTION, ...). */
  public boolean isForcefulType(String plover) {
    return in("forceful", plover);
  }

  /** A PLOVER type of act aimed at whom its object's against-phrase names ("action against Russia"). */
  public boolean isHostileType(String plover) {
    return in("hostile", plover);
  }

  /** A PLOVER type whose target is an actor, never the place it goes to or leaves (MOBILIZE, RETREAT). */
  public boolean isWheretoType(String plover) {
    return in("whereto", plover);
  }

  /** A preposition of where troops go to or leave: "deployed to", "withdrew from", "stationed in". */
  public boolean isMovementPreposition(String word) {
    return in("movement", word);
  }

  /** A PLOVER type of act a statement can be ("Serbia will never recognise Kosovo, Vucic said" rejects). */
  public boolean isSpokenType(String plover) {
    return in("spoken", plover);
  }

  /** An honorific for a man ("Mr", "Sir"): the name after it is no woman's. */
  public boolean isMaleHonorific(String word) {
    return in("malehonorific", word);
  }

  /** An honorific for a woman ("Ms", "Mrs", "Dame"): the name after it is no man's. */
  public boolean isFemaleHonorific(String word) {
    return in("femalehonorific", word);
  }

  /** A word that hands an act out to each of several parties: "each" (accusing the other), "both" (sides). */
  public boolean isDistributive(String word) {
    return in("distributive", word);
  }

  /** A word for the party acted on in return: "the other", "one another". */
  public boolean isReciprocal(String word) {
    return in("reciprocal", word);
  }

  /** A verb whose doer is a third party to the act it is said of: "a truce brokered by Egypt". */
  public boolean isThirdPartyVerb(String lemma) {
    return in("thirdparty", lemma);
  }

  /** A verb whose object is already going on: "halt its crackdown", "end the war". */
  public boolean isEndingVerb(String lemma) {
    return in("ending", lemma);
  }

  /** A line between two actors ("border", "frontier"): massing troops on one faces the other side. */
  public boolean isBoundaryWord(String lemma) {
    return in("boundary", lemma);
  }

  /** A participle that usually describes its noun ("visiting officials", "occupying forces"), not a gerund. */
  public boolean isAttributive(String word) {
    return in("attributive", word);
  }

  /** A verb of words addressed to someone ("told", "assured"): said during a meeting or call, its object is the other party. */
  public boolean isAddresseeVerb(String lemma) {
    return in("addressee", lemma);
  }

  /** A place that belongs to an actor ("positions", "base", "embassy"): an attack on it targets the actor. */
  public boolean isSiteWord(String lemma) {
    return in("site", lemma);
  }

  /** A title of a state or province of a federation ("Governor"): the name before it is no country. */
  public boolean isSubnationalTitle(String word) {
    return in("subnational", word);
  }

  /**
   * A role noun from outside politics ("star", "captain", "striker", "actor"): a name right after it
   * is a person, and no politician of the gazetteer.
   */
  public boolean isPersonRoleWord(String word) {
    return in("personrole", word);
  }

  /** A word after which "at" names whom something is aimed at, not a place: "lashed out at Moscow". */
  public boolean aimsAt(String lemma) {
    return in("aimat", lemma);
  }

  /** A preposition after which a capital or city is a place, not the state it may stand for ("in Moscow"). */
  public boolean isPlacePreposition(String word) {
    return in("placeprep", word);
  }

  /** A noun whose "of" complement or name modifier is a place: "the city of Mosul", "north of Aleppo", "the London mayor". */
  public boolean isPlaceNoun(String lemma) {
    return in("placenoun", lemma);
  }

  /**
   * A word that makes an office phrase someone other than its holder of the day: "the former prime
   * minister", "the deputy foreign minister", "the shadow foreign secretary", "the then president".
   */
  public boolean isOfficeCancel(String word) {
    return in("officecancel", word);
  }

  /** A noun for the holder of the same office in another state: "his Chinese counterpart". */
  public boolean isCounterpartNoun(String lemma) {
    return in("counterpart", lemma);
  }

  /** A count of people ("thousands", "dozens"): the people counted are the actor. */
  public boolean isQuantityWord(String lemma) {
    return in("quantity", lemma);
  }

  /** A noun that names some actor even when no actor can be resolved for it ("the committee", "allies"). */
  public boolean isActorWord(String lemma) {
    return in("actor", lemma);
  }

  /** The sector of a noun naming a group actor ("troops": MIL), if it is one. */
  public java.util.Optional<GroupSector> groupSector(String lemma) {
    String key = lemma.toLowerCase(Locale.ROOT);
    GroupSector sector = groupNouns.get(key);
    if (sector == null && key.endsWith("s")) {
      sector = groupNouns.get(key.substring(0, key.length() - 1)); // "Troops" opens a sentence: lemma "troops"
    }
    return java.util.Optional.ofNullable(sector);
  }

  public boolean isAgentNoun(String lemma) {
    return agentNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  public boolean isAssetNoun(String lemma) {
    return assetNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  public boolean isNonStateModifier(String word) {
    return nonStateModifiers.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A noun that sums up the clause before it ("..., a move the UN condemned"): names.tsv list summary. */
  public boolean isSummaryNoun(String lemma) {
    return in("summary", lemma);
  }

  public boolean isDeedNoun(String lemma) {
    return deedNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  private boolean in(String list, String word) {
    return wordLists.getOrDefault(list, Set.of()).contains(word.toLowerCase(Locale.ROOT));
  }

  public static NameLists load(Path namesFile, Path bodiesFile) {
    return load(namesFile, bodiesFile, null);
  }

  /** ... with the group nouns of {@code groups.tsv} (none when {@code groupsFile} is null). */
  public static NameLists load(Path namesFile, Path bodiesFile, Path groupsFile) {
    Map<String, GroupSector> groups = new HashMap<>();
    if (groupsFile != null) {
      for (Tsv.Row row : Tsv.read(groupsFile, 3)) {
        GroupSector sector = new GroupSector(row.get(0), row.get(1));
        for (String noun : row.get(2).split("\\|")) {
          groups.put(noun.strip().toLowerCase(Locale.ROOT), sector);
        }
      }
    }
    Set<String> agents = new HashSet<>();
    Set<String> assets = new HashSet<>();
    Set<String> deeds = new HashSet<>();
    Set<String> nonState = new HashSet<>();
    Map<String, EntityType> heads = new HashMap<>();
    Set<String> honorifics = new HashSet<>();
    Map<String, Set<String>> wordLists = new HashMap<>();
    Map<String, String> listRows = new HashMap<>();
    for (Tsv.Row row : Tsv.read(namesFile, 3)) {
      listRows.putIfAbsent(row.get(0), row.where());
      List<String> words = List.of(row.get(1).split("\\|"));
      switch (row.get(0)) {
        case "agent" -> words.forEach(w -> agents.add(w.toLowerCase(Locale.ROOT)));
        case "asset" -> words.forEach(w -> assets.add(w.toLowerCase(Locale.ROOT)));
        case "deed" -> words.forEach(w -> deeds.add(w.toLowerCase(Locale.ROOT)));
        case "nonstate" -> words.forEach(w -> nonState.add(w.toLowerCase(Locale.ROOT)));
        case "orghead" -> {
          EntityType type = EntityType.parse(row.get(2));
          words.forEach(w -> heads.put(w.toLowerCase(Locale.ROOT), type));
        }
        case "honorific" -> words.forEach(w -> honorifics.add(w.toLowerCase(Locale.ROOT)));
        case "actor", "site", "quantity", "subnational", "personrole", "placeprep", "placenoun", "officecancel",
            "counterpart", "attributive", "boundary", "crowd", "armed", "ofdoer", "ending", "surnamefirst", "condition", "hypothetical", "addressed", "forceful", "hostile", "claimable", "undergone", "undoing", "report", "spoken", "whereto", "distributive", "reciprocal", "malehonorific", "femalehonorific", "movement", "answer", "localdoer", "mishap", "summary", "addressee",
            "thirdparty", "aimat", "hazard" -> words.forEach(
            w -> wordLists.computeIfAbsent(row.get(0), k -> new HashSet<>()).add(w.toLowerCase(Locale.ROOT)));
        default -> throw row.error("unknown list '" + row.get(0) + "'");
      }
    }
    Map<String, String> bodies = new LinkedHashMap<>();
    for (Tsv.Row row : Tsv.read(bodiesFile, 2)) {
      if (!row.get(1).contains("{state}")) {
        throw row.error("template '" + row.get(1) + "' lacks {state}");
      }
      for (String phrase : row.get(0).split("\\|")) {
        bodies.put(AliasKey.of(phrase), row.get(1));
      }
    }
    return new NameLists(agents, assets, deeds, nonState, heads, honorifics, bodies, groups, wordLists, listRows);
  }
}
