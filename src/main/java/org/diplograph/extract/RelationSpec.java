package org.diplograph.extract;

/**
 * What the ontology says about one relation property: its local name, whether it is symmetric,
 * attitudinal (saying it makes it so), personal (carried out by people in person: meetings,
 * calls), whether a place may name its object's state (attacking Kharkiv attacks Ukraine), and
 * whether it is a role rather than an event.
 */
public record RelationSpec(String name, String label, boolean symmetric, boolean attitudinal, boolean personal,
    boolean placeMeansState, boolean role) {}
