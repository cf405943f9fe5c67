package se.vagvisaren.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.vagvisaren.guide.Guide;
import se.vagvisaren.guide.GuideLoader;

@Command(name = "classify", description = "Läser rader (UTF-8) på stdin och skriver en JSON-rad per rad: ämne, säkerhet, persona, akut, språk.")
final class ClassifyCommand implements Callable<Integer> {
  @Mixin ContentOption content;

  @picocli.CommandLine.Option(names = "--explain", description = "Visa också vilket akut mönster som slog till och vad den inlärda modellen tror.")
  boolean explain;

  @Override
  public Integer call() throws Exception {
    GuideLoader.Loaded l = content.load(System.err, false);
    if (l == null) return 1;
    Guide guide = l.guide();
    ObjectMapper json = new ObjectMapper();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (explain) {
          var node = json.valueToTree(guide.classify(line));
          var analysed = guide.analyzer().analyze(line);
          ((com.fasterxml.jackson.databind.node.ObjectNode) node).putPOJO("signals", guide.safety().detectWithReasons(analysed));
          ((com.fasterxml.jackson.databind.node.ObjectNode) node).putPOJO("learned", guide.safety().learnedTop(analysed));
          out.println(json.writeValueAsString(node));
        } else {
          out.println(json.writeValueAsString(guide.classify(line)));
        }
      }
    }
    out.flush();
    return 0;
  }
}
