package se.vagvisaren.web;

import java.net.URI;
import java.util.List;

/**
 * Which web pages may open a chat: the guide's own origin, plus the host pages configured with
 * {@code --allow-origin}. Clients that send no Origin (not browsers) are allowed; browsers always send it.
 */
final class OriginPolicy {
  private final List<String> allowed;

  OriginPolicy(List<String> allowed) {
    this.allowed = allowed.stream().map(OriginPolicy::normalise).toList();
  }

  boolean allows(String origin, String host) {
    if (origin == null || origin.isBlank()) return true;
    String o = normalise(origin);
    if (allowed.contains("*") || allowed.contains(o)) return true;
    try {
      URI u = URI.create(o);
      String originHost = u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
      return host != null && host.equalsIgnoreCase(originHost);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String normalise(String s) {
    String t = s.trim().toLowerCase(java.util.Locale.ROOT);
    return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
  }
}
