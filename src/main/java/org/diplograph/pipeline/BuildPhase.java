package org.diplograph.pipeline;

/** The phases of a build, in order; a listener hears each one as it starts. */
public enum BuildPhase {
  /** The output folder is locked; an interrupted earlier run is being finished. */
  RECOVERING,
  READING,
  ANNOTATING,
  EXTRACTING,
  /** New files are being written beside the old ones; the old ones are still in place. */
  WRITING,
  /** The new files are in place; changed graphs are being pushed to publishers. */
  PUBLISHING
}
