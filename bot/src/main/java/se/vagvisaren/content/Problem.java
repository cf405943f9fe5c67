package se.vagvisaren.content;

/**
 * One thing wrong (or worth a look) in the content, where it is and what to do, in Swedish.
 * Printed as {@code file:line:column: message}; lines and columns start at 1.
 */
public record Problem(String file, int line, int column, Severity severity, String message)
    implements Comparable<Problem> {

  public enum Severity {
    ERROR,
    WARNING
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + (isError() ? "" : "varning: ") + message;
  }

  @Override
  public int compareTo(Problem o) {
    int c = file.compareTo(o.file);
    if (c == 0) c = Integer.compare(line, o.line);
    if (c == 0) c = Integer.compare(column, o.column);
    return c != 0 ? c : message.compareTo(o.message);
  }
}
