package se.vagvisaren.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.vagvisaren.guide.Guide;
import se.vagvisaren.guide.GuideLoader;

@Command(name = "bench", description = "Mät hastigheten på en tråd: klassificering och akut-kontroll per meddelande.")
final class BenchCommand implements Callable<Integer> {
  @Mixin ContentOption content;
  @Option(names = "--rounds", defaultValue = "7", description = "Antal mätomgångar (medianen rapporteras).") int rounds;
  @Option(names = "--warmup", defaultValue = "3") int warmup;

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    GuideLoader.Loaded l = content.load(System.err, false);
    if (l == null) return 1;
    System.out.printf(Locale.ROOT, "load + validate + train: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    Guide guide = l.guide();
    long t1 = System.nanoTime();
    Guide.build(guide.content());
    System.out.printf(Locale.ROOT, "train again in the same JVM (warm): %d ms%n", (System.nanoTime() - t1) / 1_000_000);
    List<String> messages = new ArrayList<>();
    Path held = content.root().resolve("intents/tests/nlu-test.tsv");
    if (Files.exists(held)) EvalData.tsv(held).forEach(r -> messages.add(r[0]));
    Path acute = Path.of("eval/safety-acute.tsv");
    if (Files.exists(acute)) EvalData.tsv(acute).forEach(r -> messages.add(r[0]));
    if (messages.isEmpty()) messages.addAll(guide.content().intentExamples());
    System.out.println("messages per round: " + messages.size() + ", one thread");
    run("intent ranking only", messages, guide::rankIntents);
    run("safety (acute detection) only", messages, guide::acute);
    run("classify (language+safety+intent+persona+lang-id)", messages, guide::classify);
    return 0;
  }

  private void run(String name, List<String> messages, Consumer<String> f) {
    for (int w = 0; w < warmup; w++) messages.forEach(f);
    double[] medians = new double[rounds];
    double[] p99s = new double[rounds];
    double[] rates = new double[rounds];
    long[] each = new long[messages.size()];
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      for (int i = 0; i < messages.size(); i++) {
        long a = System.nanoTime();
        f.accept(messages.get(i));
        each[i] = System.nanoTime() - a;
      }
      long total = System.nanoTime() - start;
      long[] sorted = each.clone();
      Arrays.sort(sorted);
      medians[r] = sorted[sorted.length / 2] / 1000.0;
      p99s[r] = sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1000.0;
      rates[r] = messages.size() / (total / 1e9);
    }
    System.out.printf(Locale.ROOT, "%-52s median %7.1f µs  p99 %7.1f µs  %8.0f msg/s  (medians of %d rounds)%n",
        name, median(medians), median(p99s), median(rates), rounds);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
