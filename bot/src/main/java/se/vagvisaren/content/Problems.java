package se.vagvisaren.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects problems while content is read; one instance per load. */
final class Problems {
  private final List<Problem> list = new ArrayList<>();

  void error(String file, Node at, String message) {
    add(file, at, Problem.Severity.ERROR, message);
  }

  void warning(String file, Node at, String message) {
    add(file, at, Problem.Severity.WARNING, message);
  }

  void error(String file, int line, int column, String message) {
    list.add(new Problem(file, line, column, Problem.Severity.ERROR, message));
  }

  void warning(String file, int line, int column, String message) {
    list.add(new Problem(file, line, column, Problem.Severity.WARNING, message));
  }

  private void add(String file, Node at, Problem.Severity severity, String message) {
    Mark m = at == null ? null : at.getStartMark();
    int line = m == null ? 1 : m.getLine() + 1;
    int column = m == null ? 1 : m.getColumn() + 1;
    list.add(new Problem(file, line, column, severity, message));
  }

  boolean hasErrors() {
    return list.stream().anyMatch(Problem::isError);
  }

  List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(list);
    Collections.sort(copy);
    return List.copyOf(copy);
  }
}
