package se.vagvisaren.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.vagvisaren.content.ContentLoader;
import se.vagvisaren.content.Intent;

@Command(name = "export", description = "Skriver exempelfraserna: jsonl ({\"text\",\"intent\"} per rad) eller rasa (nlu.yml).")
final class ExportCommand implements Callable<Integer> {
  @Mixin ContentOption content;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl eller rasa")
  String format;

  @Override
  public Integer call() throws Exception {
    ContentLoader.Result r = new ContentLoader(java.time.LocalDate.now()).load(content.root());
    if (!r.ok()) {
      r.errors().forEach(System.err::println);
      return 1;
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    switch (format) {
      case "jsonl" -> {
        for (Intent i : r.content().intents().values()) {
          for (String e : i.examples()) out.println(json.writeValueAsString(Map.of("text", e, "intent", i.id())));
        }
      }
      case "rasa" -> {
        out.println("version: \"3.1\"");
        out.println("nlu:");
        for (Intent i : r.content().intents().values()) {
          out.println("- intent: " + i.id());
          out.println("  examples: |");
          for (String e : i.examples()) out.println("    - " + e.replace('\n', ' '));
        }
      }
      default -> {
        System.err.println("Okänt format \"" + format + "\". Välj jsonl eller rasa.");
        return 2;
      }
    }
    out.flush();
    return 0;
  }
}
