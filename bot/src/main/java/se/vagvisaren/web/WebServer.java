package se.vagvisaren.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import se.vagvisaren.guide.Classification;

/** The whole HTTP and WebSocket wiring, on one screen. */
public final class WebServer {
  /** Server settings; the defaults suit one municipality's traffic. */
  public record Settings(int port, Duration sessionTtl, int maxSessions, List<String> allowedOrigins) {
    public static Settings defaults(int port) {
      return new Settings(port, Duration.ofMinutes(30), 10_000, List.of());
    }
  }

  private final Javalin app;
  private final ScheduledExecutorService sweeper;

  public WebServer(GuideHolder guides, Settings settings, Clock clock) {
    SessionStore sessions = new SessionStore(settings.sessionTtl(), settings.maxSessions(), clock);
    ChatSocket chat = new ChatSocket(guides, sessions, new OriginPolicy(settings.allowedOrigins()), clock);
    HealthView health = new HealthView(guides, sessions);
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.port = settings.port();
      // Javalin's WebSocket upgrade calls getSession(), which made Jetty set a JSESSIONID cookie and keep an
      // HttpSession per connection forever. The guide sets no cookies (docs/protocol.md): no session cookie,
      // and the unused sessions expire after a minute.
      config.jetty.modifyServletContextHandler(h -> {
        h.getSessionHandler().setUsingCookies(false);
        h.getSessionHandler().setMaxInactiveInterval(60);
      });
      config.jetty.modifyWebSocketServletFactory(f -> {
        f.setMaxTextMessageSize(256 * 1024);
        f.setMaxBinaryMessageSize(256 * 1024);
        f.setIdleTimeout(Duration.ofMinutes(10));
      });
      config.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/web";
        s.location = Location.CLASSPATH;
        s.headers = java.util.Map.of("Cache-Control", "no-store", "Referrer-Policy", "no-referrer",
            "X-Content-Type-Options", "nosniff");
      });
      config.routes.ws("/chat", chat::configure);
      config.routes.get("/health", ctx -> ctx.contentType("application/json").result(health.json()));
      config.routes.post("/api/classify", ctx -> classify(ctx, guides));
    });
    this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "session-sweeper");
      t.setDaemon(true);
      return t;
    });
    sweeper.scheduleAtFixedRate(sessions::sweep, 1, 1, TimeUnit.MINUTES);
  }

  private static void classify(Context ctx, GuideHolder guides) {
    ctx.contentType("application/json");
    JsonNode body;
    try {
      body = Frames.JSON.readTree(ctx.body());
    } catch (Exception e) {
      body = null;
    }
    if (body == null || !body.path("text").isTextual()) {
      ctx.status(400).result(Frames.error("bad-request", "Skicka JSON med texten, till exempel {\"text\":\"hej\"}."));
      return;
    }
    String text = body.get("text").asText();
    if (text.codePointCount(0, text.length()) > ChatSocket.MAX_TEXT) {
      ctx.status(413).result(Frames.error("too-long", "Texten är för lång (högst " + ChatSocket.MAX_TEXT + " tecken)."));
      return;
    }
    Classification c = guides.get().classify(text);
    ctx.result(Frames.write(c));
  }

  public WebServer start() {
    app.start();
    return this;
  }

  public int port() {
    return app.port();
  }

  public void stop() {
    sweeper.shutdownNow();
    app.stop();
  }

  /** /health: whether content is loaded, from where, and how the last reload went. */
  static final class HealthView {
    private final GuideHolder guides;
    private final SessionStore sessions;

    HealthView(GuideHolder guides, SessionStore sessions) {
      this.guides = guides;
      this.sessions = sessions;
    }

    String json() {
      ObjectNode o = Frames.JSON.createObjectNode();
      GuideHolder.ReloadStatus r = guides.lastReload();
      o.put("status", r == null || r.ok() ? "ok" : "degraded");
      ObjectNode c = o.putObject("content");
      c.put("source", guides.get().content().source());
      c.put("loadedAt", guides.loadedAt().toString());
      c.put("intents", guides.get().content().intents().size());
      c.put("articles", guides.get().content().knowledge().articles().size());
      o.put("conversations", sessions.size());
      if (r != null) {
        ObjectNode l = o.putObject("lastReload");
        l.put("at", r.at().toString());
        l.put("ok", r.ok());
        var problems = l.putArray("problems");
        r.problems().forEach(problems::add);
      }
      return Frames.write(o);
    }
  }
}
