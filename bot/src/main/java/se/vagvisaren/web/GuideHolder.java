package se.vagvisaren.web;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import se.vagvisaren.content.Problem;
import se.vagvisaren.guide.Guide;

/**
 * The guide being served, swapped whole and atomically when content is reloaded. Conversations
 * in progress keep going on the new content; a refused reload leaves the old one serving.
 */
public final class GuideHolder {
  /** The outcome of the last reload attempt, shown on /health. */
  public record ReloadStatus(Instant at, boolean ok, List<String> problems) {
    public ReloadStatus {
      problems = List.copyOf(problems);
    }
  }

  private final AtomicReference<Guide> guide;
  private final AtomicReference<Instant> loadedAt;
  private final AtomicReference<ReloadStatus> lastReload = new AtomicReference<>();

  public GuideHolder(Guide initial, Instant at) {
    this.guide = new AtomicReference<>(initial);
    this.loadedAt = new AtomicReference<>(at);
  }

  public Guide get() {
    return guide.get();
  }

  public Instant loadedAt() {
    return loadedAt.get();
  }

  public void swap(Guide next, Instant at) {
    guide.set(next);
    loadedAt.set(at);
    lastReload.set(new ReloadStatus(at, true, List.of()));
  }

  public void refused(Instant at, List<Problem> problems) {
    lastReload.set(new ReloadStatus(at, false, problems.stream().map(Problem::toString).toList()));
  }

  public void refusedTests(Instant at, List<String> failures) {
    lastReload.set(new ReloadStatus(at, false, failures));
  }

  public ReloadStatus lastReload() {
    return lastReload.get();
  }
}
