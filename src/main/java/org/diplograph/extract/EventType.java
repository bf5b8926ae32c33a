package org.diplograph.extract;

/**
 * A PLOVER event class of the ontology ({@code dg:Assault}): its class name, its PLOVER name
 * ({@code ASSAULT}) and how rows that name only the type behave (symmetric, personal, ...), read
 * from the class's annotations as a relation's are.
 */
public record EventType(String name, String plover, RelationSpec behaviour) {}
