package se.vagvisaren.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.vagvisaren.dialog.DialogEngine;
import se.vagvisaren.dialog.Session;
import se.vagvisaren.guide.Guide;

/**
 * WebSocket {@code /chat}: one connection, one conversation (resumable after a reconnect).
 * Every bad frame gets an error frame and the connection stays open. Logs carry event kinds
 * only, never what the resident wrote.
 */
final class ChatSocket {
  static final int MAX_TEXT = 2000;
  private static final Logger LOG = LoggerFactory.getLogger(ChatSocket.class);

  /** Per connection: which conversation it carries and its flood limit. */
  private static final class Conn {
    String session;
    final RateLimiter limiter;

    Conn(RateLimiter limiter) {
      this.limiter = limiter;
    }
  }

  private final GuideHolder guides;
  private final SessionStore sessions;
  private final OriginPolicy origins;
  private final Clock clock;
  private final Map<String, Conn> conns = new ConcurrentHashMap<>();

  ChatSocket(GuideHolder guides, SessionStore sessions, OriginPolicy origins, Clock clock) {
    this.guides = guides;
    this.sessions = sessions;
    this.origins = origins;
    this.clock = clock;
  }

  void configure(WsConfig ws) {
    ws.onConnect(ctx -> {
      if (!origins.allows(ctx.header("Origin"), ctx.header("Host"))) {
        LOG.info("chat refused: origin not allowed");
        ctx.closeSession(1008, "origin not allowed");
        return;
      }
      ctx.enableAutomaticPings();
      Conn conn = new Conn(new RateLimiter(8, 1.0, clock.millis()));
      conns.put(ctx.sessionId(), conn);
      String lang = "en".equals(ctx.queryParam("lang")) ? "en" : "sv";
      synchronized (conn) {
        openConversation(ctx, conn, lang);
      }
    });
    ws.onMessage(ctx -> handle(ctx, ctx.message()));
    ws.onBinaryMessage(ctx -> {
      String text = decodeStrict(ctx.data());
      if (text == null) {
        ctx.send(Frames.error("bad-utf8", "Meddelandet kunde inte läsas (fel teckenkodning). Försök skriva det igen."));
      } else {
        handle(ctx, text);
      }
    });
    ws.onClose(ctx -> conns.remove(ctx.sessionId()));
    ws.onError(ctx -> {
      conns.remove(ctx.sessionId());
      LOG.info("chat connection error: {}", ctx.error() == null ? "unknown" : ctx.error().getClass().getSimpleName());
    });
  }

  private void openConversation(WsContext ctx, Conn conn, String lang) {
    Session fresh = Session.start(lang);
    String id = sessions.create(fresh);
    if (id == null) {
      LOG.warn("chat refused: session cap reached");
      ctx.send(Frames.error("busy", "Guiden har många samtal just nu. Försök igen om en stund. Om någon är i fara: ring 112."));
      conn.session = null;
      return;
    }
    conn.session = id;
    ctx.send(Frames.session(id, false));
    respond(ctx, conn, fresh, new Guide.Action.Open());
  }

  private void handle(WsContext ctx, String raw) {
    Conn conn = conns.get(ctx.sessionId());
    if (conn == null) return;
    synchronized (conn) {
      if (!conn.limiter.tryAcquire(clock.millis())) {
        ctx.send(Frames.error("rate-limited", "Du skickar många meddelanden på kort tid. Vänta några sekunder och försök igen."));
        return;
      }
      JsonNode frame;
      try {
        frame = Frames.JSON.readTree(raw);
      } catch (Exception e) {
        ctx.send(Frames.error("bad-json", "Meddelandet kunde inte läsas. Det ska vara JSON, till exempel {\"type\":\"text\",\"text\":\"hej\"}."));
        return;
      }
      if (frame == null || !frame.isObject() || !frame.path("type").isTextual()) {
        ctx.send(Frames.error("bad-frame", "Meddelandet saknar \"type\"."));
        return;
      }
      String type = frame.get("type").asText();
      switch (type) {
        case "text" -> text(ctx, conn, frame);
        case "choose" -> {
          JsonNode option = frame.get("option");
          if (option == null || !option.isTextual() || option.asText().isBlank()) {
            ctx.send(Frames.error("missing-option", "Valet saknar \"option\"."));
          } else {
            act(ctx, conn, new Guide.Action.Choose(option.asText()));
          }
        }
        case "back" -> act(ctx, conn, new Guide.Action.Back());
        case "restart" -> act(ctx, conn, new Guide.Action.Restart());
        case "forget" -> {
          String language = languageOf(conn);
          sessions.forget(conn.session);
          LOG.info("chat: conversation forgotten");
          ctx.send(Frames.forgotten());
          openConversation(ctx, conn, language);
        }
        case "resume" -> resume(ctx, conn, frame.path("session").asText(null));
        default -> ctx.send(Frames.error("unknown-type", "Okänd typ av meddelande: \"" + abbreviate(type) + "\"."));
      }
    }
  }

  private void text(WsContext ctx, Conn conn, JsonNode frame) {
    JsonNode t = frame.get("text");
    if (t == null || !t.isTextual()) {
      ctx.send(Frames.error("missing-text", "Meddelandet saknar \"text\"."));
      return;
    }
    String text = t.asText();
    if (text.isBlank()) {
      ctx.send(Frames.error("empty-text", "Meddelandet är tomt. Skriv vad du behöver hjälp med."));
      return;
    }
    if (text.codePointCount(0, text.length()) > MAX_TEXT) {
      ctx.send(Frames.error("too-long", "Meddelandet är för långt. Skriv högst " + MAX_TEXT + " tecken, gärna kortare."));
      return;
    }
    act(ctx, conn, new Guide.Action.Text(text));
  }

  private String languageOf(Conn conn) {
    SessionStore.Entry e = sessions.get(conn.session);
    return e == null ? "sv" : e.session().language();
  }

  private void act(WsContext ctx, Conn conn, Guide.Action action) {
    SessionStore.Entry e = sessions.get(conn.session);
    if (e == null) {
      ctx.send(Frames.error("session-ended", "Samtalet har avslutats efter en stund utan aktivitet. Vi börjar om."));
      openConversation(ctx, conn, "sv");
      return;
    }
    respond(ctx, conn, e.session(), action);
  }

  private void respond(WsContext ctx, Conn conn, Session session, Guide.Action action) {
    DialogEngine.Outcome o;
    try {
      o = guides.get().turn(session, action, clock.instant());
    } catch (RuntimeException ex) {
      LOG.error("chat: turn failed ({})", ex.getClass().getSimpleName(), ex);
      ctx.send(Frames.error("internal", "Något gick fel hos oss. Försök igen. Om någon är i fara: ring 112."));
      return;
    }
    if (o instanceof DialogEngine.Outcome.Rejected r) {
      ctx.send(Frames.error(r.code(), r.message()));
      return;
    }
    DialogEngine.Outcome.Replied replied = (DialogEngine.Outcome.Replied) o;
    sessions.put(conn.session, replied.session(), replied.reply());
    ctx.send(Frames.reply(replied.reply()));
  }

  private void resume(WsContext ctx, Conn conn, String id) {
    SessionStore.Entry e = sessions.get(id);
    if (e == null) {
      ctx.send(Frames.error("unknown-session", "Det tidigare samtalet finns inte kvar. Vi fortsätter med ett nytt."));
      return;
    }
    if (!id.equals(conn.session)) sessions.forget(conn.session);
    conn.session = id;
    sessions.put(id, e.session(), e.lastReply());
    ctx.send(Frames.session(id, true));
    if (e.lastReply() != null) ctx.send(Frames.reply(e.lastReply()));
  }

  private static String decodeStrict(ByteBuffer data) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(data)
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String abbreviate(String s) {
    String clean = s.replaceAll("[^\\p{L}\\p{N}_-]", "");
    return clean.length() > 20 ? clean.substring(0, 20) + "…" : clean;
  }
}
