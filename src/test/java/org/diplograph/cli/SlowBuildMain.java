package org.diplograph.cli;

import java.util.List;
import org.diplograph.SeedCorpus;

/**
 * {@code diplograph build} with the stored seed annotations served slowly (system property
 * {@code diplograph.test.millisPerDocument}), run as a child process by {@link KilledBuildIT} so
 * that it can be killed half-way.
 */
public final class SlowBuildMain {
  private SlowBuildMain() {}

  public static void main(String[] args) {
    long millis = Long.getLong("diplograph.test.millisPerDocument", 0);
    Main main = new Main(List.of(new BuildCommand(threads -> new SeedCorpus.Annotators(millis), System::getenv)));
    System.exit(main.run(args, Console.system()));
  }
}
