package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.SeedCorpus;
import org.diplograph.TestKnowledge;
import org.diplograph.pipeline.BuildListener;
import org.diplograph.pipeline.BuildPhase;
import org.diplograph.pipeline.BuildSettings;
import org.diplograph.pipeline.GraphBuild;

/**
 * {@code diplograph build} with the stored seed annotations served slowly (system property
 * {@code diplograph.test.millisPerDocument}), run as a child process by {@link KilledBuildIT} so
 * that it can be killed half-way. With {@code --phases CORPUS OUTPUT} it runs the library instead
 * of the command line and prints each phase as it starts ({@code phase WRITING}), so the parent
 * can kill it at a chosen point.
 */
public final class SlowBuildMain {
  private SlowBuildMain() {}

  public static void main(String[] args) {
    long millis = Long.getLong("diplograph.test.millisPerDocument", 0);
    if (args.length == 3 && args[0].equals("--phases")) {
      BuildSettings settings = BuildSettings.builder().corpus(Path.of(args[1])).output(Path.of(args[2]))
          .ontology(TestKnowledge.ONTOLOGY).build();
      new GraphBuild(TestKnowledge.get(), new SeedCorpus.Annotators(millis)).run(settings, new BuildListener() {
        @Override
        public void phase(BuildPhase phase) {
          System.out.println("phase " + phase);
          System.out.flush();
        }
      });
      System.out.println("done");
      System.exit(0);
    }
    Main main = new Main(List.of(new BuildCommand(threads -> new SeedCorpus.Annotators(millis), System::getenv)));
    System.exit(main.run(args, Console.system()));
  }
}
