package se.vagvisaren.web;

/**
 * A token bucket per connection: a burst of {@code capacity} messages, then {@code perSecond}.
 * A person typing never reaches it; a script flooding the guide does.
 */
final class RateLimiter {
  private final double capacity;
  private final double perSecond;
  private double tokens;
  private long last;

  RateLimiter(int capacity, double perSecond, long nowMillis) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.tokens = capacity;
    this.last = nowMillis;
  }

  synchronized boolean tryAcquire(long nowMillis) {
    tokens = Math.min(capacity, tokens + (nowMillis - last) / 1000.0 * perSecond);
    last = nowMillis;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  }
}
