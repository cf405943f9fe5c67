package se.vagvisaren.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.vagvisaren.dialog.Reply;
import se.vagvisaren.dialog.Session;

/**
 * Conversations in memory only: nothing is written to disk. A conversation ends after a period
 * of inactivity or on {@code forget}; the number of conversations is capped, and when the cap is
 * reached new ones are refused (never someone else's dropped).
 */
final class SessionStore {
  record Entry(Session session, Reply lastReply, long lastSeenMillis) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Duration ttl;
  private final int max;
  private final Clock clock;

  SessionStore(Duration ttl, int max, Clock clock) {
    this.ttl = ttl;
    this.max = max;
    this.clock = clock;
  }

  /** A new conversation id, or null when the store is full. */
  String create(Session session) {
    if (entries.size() >= max) {
      sweep();
      if (entries.size() >= max) return null;
    }
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    entries.put(id, new Entry(session, null, clock.millis()));
    return id;
  }

  /** The conversation, or null if it never existed, expired or was forgotten. */
  Entry get(String id) {
    if (id == null) return null;
    Entry e = entries.get(id);
    if (e != null && clock.millis() - e.lastSeenMillis() > ttl.toMillis()) {
      entries.remove(id, e);
      return null;
    }
    return e;
  }

  void put(String id, Session session, Reply reply) {
    entries.put(id, new Entry(session, reply, clock.millis()));
  }

  void forget(String id) {
    if (id != null) entries.remove(id);
  }

  void sweep() {
    long now = clock.millis();
    entries.entrySet().removeIf(e -> now - e.getValue().lastSeenMillis() > ttl.toMillis());
  }

  int size() {
    return entries.size();
  }
}
