package se.vagvisaren.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.vagvisaren.guide.Evaluation;

/** Reads the evaluation files (TSV with a header line). */
final class EvalData {
  private EvalData() {}

  static List<String[]> tsv(Path p) throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) rows.add(lines.get(i).split("\t", -1));
    }
    return rows;
  }

  static List<Evaluation.Labelled> nlu(Path p) throws IOException {
    return tsv(p).stream().map(r -> new Evaluation.Labelled(r[0], r[1], r.length > 2 && !r[2].isBlank() ? r[2] : null)).toList();
  }

  static Map<String, List<String>> acute(Path p) throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String[] r : tsv(p)) out.put(r[0], Arrays.stream(r[1].split(",")).map(String::strip).toList());
    return out;
  }

  static List<String> lines(Path p, boolean header) throws IOException {
    List<String> all = Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList();
    return header ? all.subList(1, all.size()).stream().map(s -> s.split("\t")[0]).toList() : all;
  }

  /** Every sentence of the corpora directory (../shared/corpora), detokenised lightly. */
  static List<String> corpus(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    if (dir == null || !Files.isDirectory(dir)) return out;
    try (var s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) out.addAll(lines(p, false));
    }
    return out;
  }
}
