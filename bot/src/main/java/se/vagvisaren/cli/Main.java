package se.vagvisaren.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./vagvisaren}: the command line of DESIGN.md. */
@Command(name = "vagvisaren", mixinStandardHelpOptions = true, version = "vagvisaren 0.1",
    description = "Vägvisaren – en digital vägvisare till socialtjänsten.",
    subcommands = {ServeCommand.class, ValidateCommand.class, TestCommand.class, ChatCommand.class,
        ClassifyCommand.class, ExportCommand.class, EvalCommand.class, BenchCommand.class})
public final class Main implements Runnable {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("Fel: " + e.getMessage());
      return 2;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
