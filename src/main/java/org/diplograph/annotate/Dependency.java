package org.diplograph.annotate;

/** A typed dependency between token indices of one sentence; governor 0 is the root. */
public record Dependency(int governor, int dependent, String relation) {}
