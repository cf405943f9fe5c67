package se.vagvisaren.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.vagvisaren.guide.GuideLoader;

/** The real server on a random port, driven by a real WebSocket client. */
class ChatServerTest {
  static WebServer server;
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    Path root = Path.of(System.getProperty("vagvisaren.root"));
    GuideLoader.Loaded loaded = GuideLoader.load(root, Clock.systemUTC(), false);
    assertThat(loaded.problems().stream().filter(p -> p.isError())).isEmpty();
    server = new WebServer(new GuideHolder(loaded.guide(), Instant.now()), WebServer.Settings.defaults(0), Clock.systemUTC()).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  /** A client that queues every frame it receives. */
  static final class Client implements WebSocket.Listener {
    final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    final StringBuilder partial = new StringBuilder();
    WebSocket ws;

    static Client connect() throws Exception {
      Client c = new Client();
      c.ws = HTTP.newWebSocketBuilder().buildAsync(URI.create("ws://localhost:" + server.port() + "/chat"), c).get(5, TimeUnit.SECONDS);
      return c;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          frames.add(JSON.readTree(partial.toString()));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    JsonNode next() throws InterruptedException {
      JsonNode n = frames.poll(10, TimeUnit.SECONDS);
      assertThat(n).as("a frame within 10 s").isNotNull();
      return n;
    }

    JsonNode send(String raw) throws Exception {
      ws.sendText(raw, true).get(5, TimeUnit.SECONDS);
      return next();
    }

    JsonNode say(String text) throws Exception {
      return send(JSON.createObjectNode().put("type", "text").put("text", text).toString());
    }

    JsonNode choose(String option) throws Exception {
      return send(JSON.createObjectNode().put("type", "choose").put("option", option).toString());
    }
  }

  static Client opened() throws Exception {
    Client c = Client.connect();
    assertThat(c.next().get("type").asText()).isEqualTo("session");
    JsonNode greeting = c.next();
    assertThat(greeting.get("type").asText()).isEqualTo("reply");
    return c;
  }

  @Test
  void greetWalkATreeToItsEndGoBackAndRestart() throws Exception {
    Client c = opened();
    JsonNode r = c.say("hur ansöker jag om ekonomiskt bistånd");
    assertThat(r.get("type").asText()).isEqualTo("reply");
    assertThat(r.get("intent").asText()).isEqualTo("ekonomiskt-bistand");
    assertThat(r.get("emergency").isNull()).isTrue();
    String firstNode = r.get("node").asText();
    JsonNode last = r;
    String previousNode = null;
    for (int i = 0; i < 10; i++) {
      String next = null;
      for (JsonNode o : last.get("options")) {
        if (o.get("id").asText().startsWith("n:ekonomiskt-bistand:")) {
          next = o.get("id").asText();
          break;
        }
      }
      if (next == null) break;
      previousNode = last.get("node").asText();
      last = c.choose(next);
      assertThat(last.get("type").asText()).isEqualTo("reply");
    }
    assertThat(last.get("node").asText()).isNotEqualTo(firstNode);
    boolean concrete = false;
    for (JsonNode m : last.get("messages")) concrete |= m.get("contacts").size() > 0 || m.get("links").size() > 0;
    assertThat(concrete).as("the path ends in a contact or a link").isTrue();

    JsonNode back = c.send("{\"type\":\"back\"}");
    assertThat(back.get("node").asText()).isEqualTo(previousNode);
    JsonNode restart = c.send("{\"type\":\"restart\"}");
    assertThat(restart.get("intent").isNull() || restart.get("intent").asText().equals("halsning")).isTrue();
  }

  @Test
  void badFramesGetErrorFramesAndTheConnectionStaysUsable() throws Exception {
    Client c = opened();
    assertThat(c.send("this is not json").get("code").asText()).isEqualTo("bad-json");
    assertThat(c.send("[1,2]").get("code").asText()).isEqualTo("bad-frame");
    assertThat(c.send("{\"type\":\"dance\"}").get("code").asText()).isEqualTo("unknown-type");
    assertThat(c.say("   ").get("code").asText()).isEqualTo("empty-text");
    JsonNode tooLong = c.say("a".repeat(2001));
    assertThat(tooLong.get("code").asText()).isEqualTo("too-long");
    assertThat(tooLong.get("message").asText()).contains("2000");
    assertThat(c.choose("finns-inte").get("code").asText()).isEqualTo("unknown-option");
    assertThat(c.send("{\"type\":\"choose\"}").get("code").asText()).isEqualTo("missing-option");
    c.ws.sendBinary(ByteBuffer.wrap(new byte[] {(byte) 0xC3, (byte) 0x28, 'h', 'e', 'j'}), true).get(5, TimeUnit.SECONDS);
    assertThat(c.next().get("code").asText()).isEqualTo("bad-utf8");
    Thread.sleep(1100); // let the flood limiter refill a little
    JsonNode ok = c.say("hej");
    assertThat(ok.get("type").asText()).isEqualTo("reply");
  }

  @Test
  void aFloodIsLimited() throws Exception {
    Client c = opened();
    for (int i = 0; i < 20; i++) c.ws.sendText("{\"type\":\"text\",\"text\":\"hej\"}", true).get(5, TimeUnit.SECONDS);
    int limited = 0;
    for (int i = 0; i < 20; i++) if ("rate-limited".equals(c.next().path("code").asText())) limited++;
    assertThat(limited).isGreaterThanOrEqualTo(10);
  }

  @Test
  void anAcuteMessageShowsTheEmergencyCardWith112FirstInTheSameReply() throws Exception {
    Client c = opened();
    JsonNode r = c.say("min pappa slår mig");
    JsonNode card = r.get("emergency");
    assertThat(card.isNull()).isFalse();
    assertThat(card.get("categories").toString()).contains("vald");
    assertThat(card.get("contacts").get(0).get("phone").asText()).isEqualTo("112");
    assertThat(card.get("contacts").get(0).get("tel").asText()).isEqualTo("tel:112");
    JsonNode after = c.say("vad är ekonomiskt bistånd");
    assertThat(after.get("emergency").isNull()).as("the card stays").isFalse();
  }

  @Test
  void forgetDropsTheConversationAndResumeContinuesOne() throws Exception {
    Client a = Client.connect();
    String id = a.next().get("session").asText();
    a.next();
    a.say("hur ansöker jag om ekonomiskt bistånd");

    Client b = opened();
    JsonNode resumed = b.send("{\"type\":\"resume\",\"session\":\"" + id + "\"}");
    assertThat(resumed.get("type").asText()).isEqualTo("session");
    assertThat(resumed.get("resumed").asBoolean()).isTrue();
    assertThat(b.next().get("intent").asText()).isEqualTo("ekonomiskt-bistand");

    assertThat(b.send("{\"type\":\"forget\"}").get("type").asText()).isEqualTo("forgotten");
    JsonNode fresh = b.next();
    assertThat(fresh.get("type").asText()).isEqualTo("session");
    assertThat(fresh.get("session").asText()).isNotEqualTo(id);
    b.next(); // greeting

    Client c = opened();
    assertThat(c.send("{\"type\":\"resume\",\"session\":\"" + id + "\"}").get("code").asText()).isEqualTo("unknown-session");
  }

  @Test
  void httpHealthAndClassify() throws Exception {
    HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("ok");
    assertThat(health.headers().firstValue("Set-Cookie")).isEmpty();

    HttpResponse<String> c = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/classify"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"jag har ingenstans att sova inatt\"}")).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode j = JSON.readTree(c.body());
    assertThat(j.get("acute").toString()).contains("hemloshet");
    assertThat(j.has("intent") && j.has("confidence") && j.has("alternatives") && j.has("persona") && j.has("language")).isTrue();

    HttpResponse<String> bad = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/classify"))
        .POST(HttpRequest.BodyPublishers.ofString("nope")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(bad.statusCode()).isEqualTo(400);
  }

  @Test
  void aForeignOriginIsRefused() throws Exception {
    Client c = new Client();
    java.util.concurrent.CompletableFuture<Integer> closed = new java.util.concurrent.CompletableFuture<>();
    WebSocket.Listener l = new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
        closed.complete(status);
        return null;
      }
    };
    HTTP.newWebSocketBuilder().header("Origin", "https://evil.example")
        .buildAsync(URI.create("ws://localhost:" + server.port() + "/chat"), l).get(5, TimeUnit.SECONDS);
    assertThat(closed.get(5, TimeUnit.SECONDS)).isEqualTo(1008);
  }
}
