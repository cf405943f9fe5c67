package se.vagvisaren.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.vagvisaren.guide.GuideLoader;

/**
 * The residents' chat widget (web-widget/widget.js) in a real headless Chromium against the real
 * server. Host pages that embed the widget from another origin (as a municipality's site would) are
 * served by the test itself, so production files stay clean; the demo page {@code /} is tested as
 * shipped.
 *
 * <p>Needs Debian's chromium and chromium-driver ({@code apt-get install -y chromium chromium-driver})
 * and web-widget/node_modules ({@code cd web-widget && npm ci}) for axe-core. Without them the tests
 * fail; they are never skipped.
 *
 * <p>{@code -Dvagvisaren.widget.screenshots=DIR} also saves widget.png and widget-phone.png there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WidgetBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String ECONOMY = "hur ansöker jag om ekonomiskt bistånd";
  private static final String ACUTE = "min pappa slår mig";
  private static final String PHONE = "08-000 111 22";

  /** Selenium warns that its CDP bindings are older than Chromium's; only executeCdpCommand is used, which needs none. */
  private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

  static {
    SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  private Path repoRoot;
  private GuideHolder holder;
  private WebServer server;
  private int port;
  private HttpServer hostPages;
  private int hostPort;
  private WebDriver driver;
  private Path profile;
  private final List<String> sentByFake = java.util.Collections.synchronizedList(new ArrayList<>());

  // ---------------------------------------------------------------- setup

  @BeforeAll
  void startServers() throws IOException {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as("The widget browser tests need Chromium and its driver at %s and %s. Install them with: "
            + "apt-get install -y chromium chromium-driver", CHROMIUM, CHROMEDRIVER)
        .isTrue();
    repoRoot = Path.of(System.getProperty("vagvisaren.root", "..")).toAbsolutePath().normalize();
    Path content = Path.of(System.getProperty("vagvisaren.widget.content", repoRoot.toString()));
    var loaded = GuideLoader.load(content, Clock.systemUTC(), false);
    assertThat(loaded.ok())
        .as("the content in %s must load for the widget tests; problems: %s", content, loaded.problems())
        .isTrue();
    holder = new GuideHolder(loaded.guide(), Instant.now());

    hostPages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hostPort = hostPages.getAddress().getPort();
    hostPages.createContext("/", this::serveHostPage);
    hostPages.start();

    server = new WebServer(holder, settings(0), Clock.systemUTC()).start();
    port = server.port();
  }

  private WebServer.Settings settings(int p) {
    return new WebServer.Settings(p, Duration.ofMinutes(30), 10_000, List.of(hostOrigin()));
  }

  @AfterAll
  void stopServers() {
    if (server != null) server.stop();
    if (hostPages != null) hostPages.stop(0);
  }

  @BeforeEach
  void startBrowser() throws IOException {
    profile = Files.createTempDirectory("vagvisaren-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=sv-SE",
        // nothing but this machine: every other host name resolves to nothing, so a test never reaches out
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterEach
  void stopBrowser() throws IOException {
    if (driver != null) driver.quit();
    driver = null;
    if (profile != null) {
      try (Stream<Path> s = Files.walk(profile)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  // ---------------------------------------------------------------- the tests

  @Test
  void greetingThenTextThenOption() {
    driver.get(host("/host.html"));
    openChat();
    List<WebElement> greeting = bot();
    assertThat(greeting).isNotEmpty();
    assertThat(greeting.get(0).getText()).isNotBlank();
    assertThat(options()).as("the greeting offers topics").isNotEmpty();
    assertThat(launcher().getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(activeClass()).as("focus moves into the input when the panel opens").contains("vv-input");

    say(ECONOMY);
    assertThat(text(".vv-log")).containsIgnoringCase("ansök");
    assertThat(texts(".vv-log .vv-user .vv-text")).contains(ECONOMY);
    assertThat(activeClass()).as("typing keeps the focus in the input").contains("vv-input");
    assertThat(bool("return getComputedStyle(" + SHADOW + ".querySelector('.vv-typing')).display === 'none'"))
        .as("the typing indicator is gone once the reply is shown").isTrue();

    List<WebElement> opts = options();
    assertThat(opts).isNotEmpty();
    String label = opts.get(0).getText();
    int before = bot().size();
    opts.get(0).click();
    waitBotMore(before);
    assertThat(texts(".vv-log .vv-user .vv-text")).last().isEqualTo(label);
    String active = activeClass();
    assertThat(active).as("after a click on an option, focus goes to the new options or the input")
        .containsAnyOf("vv-option", "vv-input");

    // links from the server open in a new tab without an opener or referrer
    for (WebElement a : shadow().findElements(By.cssSelector(".vv-log a[target]"))) {
      assertThat(a.getAttribute("target")).isEqualTo("_blank");
      assertThat(a.getAttribute("rel")).isEqualTo("noopener noreferrer");
    }
    // the log announces politely and is not re-rendered: the first greeting node is still the same node
    WebElement log = shadow().findElement(By.cssSelector(".vv-log"));
    assertThat(log.getAttribute("role")).isEqualTo("log");
    assertThat(log.getAttribute("aria-live")).isEqualTo("polite");
    assertThat(bool("return arguments[0].isConnected", greeting.get(0))).isTrue();
  }

  @Test
  void acuteMessageShowsTheEmergencyCardAtTheTop() {
    driver.get(host("/host.html"));
    openChat();
    say(ACUTE);
    WebElement card = waitFor(d -> visible(".vv-emergency"));
    assertThat(card.findElements(By.cssSelector("a[href='tel:112']")))
        .as("the card has a tel:112 link").isNotEmpty();
    assertThat(card.getText()).contains("112");
    // pinned: outside the scrolling log, above it
    assertThat(bool("var c = " + SHADOW + ".querySelector('.vv-emergency'); return !c.closest('.vv-log') "
        + "&& c.getBoundingClientRect().bottom <= " + SHADOW + ".querySelector('.vv-log').getBoundingClientRect().top + 1"))
        .isTrue();
    // a closed line is marked with its note ("Stängt nu. Öppnar …")
    for (WebElement closed : card.findElements(By.cssSelector(".vv-em-contact.vv-closed"))) {
      if (closed.isDisplayed()) assertThat(closed.getText()).contains("Stängt");
    }
    // announced once, assertively
    waitFor(d -> str("return " + SHADOW + ".querySelector('[aria-live=assertive]').textContent").contains("112"));

    // it stays for the rest of the conversation
    say(ECONOMY);
    assertThat(visible(".vv-emergency")).isNotNull();
    List<WebElement> opts = options();
    if (!opts.isEmpty()) {
      int before = bot().size();
      opts.get(0).click();
      waitBotMore(before);
      assertThat(visible(".vv-emergency")).isNotNull();
    }
  }

  @Test
  void quickExitReplacesThePageAndBackDoesNotReturn() {
    driver.get(host("/neutral.html"));
    driver.get(host("/host.html"));
    openChat();
    say(ACUTE);
    waitFor(d -> visible(".vv-emergency"));
    String titleBefore = driver.getTitle();
    assertThat(titleBefore).isEqualTo("Kommunen – Information");

    shadow().findElement(By.cssSelector(".vv-panel .vv-exit")).click();
    waitFor(d -> d.getCurrentUrl().equals(host("/exit.html")));
    driver.navigate().back();
    waitFor(d -> d.getCurrentUrl().equals(host("/neutral.html")));
    assertThat(driver.getCurrentUrl()).doesNotContain("host.html");
    assertThat(driver.findElements(By.cssSelector("[data-vagvisaren-widget]"))).isEmpty();
  }

  @Test
  void quickExitButtonIsThereWhenThePanelIsClosed() {
    driver.get(host("/host.html"));
    WebElement exit = shadow().findElement(By.cssSelector(".vv-dock .vv-exit"));
    assertThat(exit.isDisplayed()).isTrue();
    assertThat(exit.getText()).isEqualTo("Lämna sidan snabbt");
    openChat();
    assertThat(shadow().findElement(By.cssSelector(".vv-panel .vv-exit")).isDisplayed()).isTrue();
    shadow().findElement(By.cssSelector(".vv-close")).click();
    assertThat(activeClass()).as("focus goes back to the launcher on close").contains("vv-launcher");
    assertThat(launcher().getAttribute("aria-expanded")).isEqualTo("false");
    exit.click();
    waitFor(d -> d.getCurrentUrl().equals(host("/exit.html")));
  }

  @Test
  void escapeTwiceLeavesThePage() {
    driver.get(host("/neutral.html"));
    driver.get(host("/host.html"));
    openChat();
    // capitals typed with Shift do not count as the Shift shortcut
    WebElement input = input();
    input.sendKeys("HEJ HEJ HEJ");
    assertThat(driver.getCurrentUrl()).isEqualTo(host("/host.html"));
    input.clear();
    new Actions(driver).sendKeys(Keys.ESCAPE).pause(Duration.ofMillis(150)).sendKeys(Keys.ESCAPE).perform();
    waitFor(d -> d.getCurrentUrl().equals(host("/exit.html")));
    driver.navigate().back();
    waitFor(d -> d.getCurrentUrl().equals(host("/neutral.html")));
  }

  @Test
  void shiftThreeTimesLeavesThePage() {
    driver.get(host("/host.html"));
    new Actions(driver)
        .keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).pause(Duration.ofMillis(100))
        .keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).pause(Duration.ofMillis(100))
        .keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
    waitFor(d -> d.getCurrentUrl().equals(host("/exit.html")));
  }

  @Test
  void defaultExitIsANeutralSiteAndBadExitUrlsAreRefused() {
    // data-exit-url="javascript:…" is refused; the default is https://www.google.se (never reached: the
    // browser here resolves no outside host names)
    driver.get(host("/fake.html?exit=javascript:alert(1)"));
    waitFor(d -> visible(".vv-launcher"));
    shadow().findElement(By.cssSelector(".vv-dock .vv-exit")).click();
    waitFor(d -> d.getCurrentUrl().startsWith("https://www.google.se"));
  }

  @Test
  void quickExitTellsTheServerToForget() {
    sentByFake.clear();
    driver.get(host("/fake.html?exit=/exit.html"));
    openChat();
    input().sendKeys("hej" + Keys.ENTER);
    shadow().findElement(By.cssSelector(".vv-panel .vv-exit")).click();
    waitFor(d -> d.getCurrentUrl().equals(host("/exit.html")));
    waitFor(d -> sentByFake.contains("{\"type\":\"forget\"}"));
    assertThat(sentByFake).containsSubsequence("{\"type\":\"text\",\"text\":\"hej\"}", "{\"type\":\"forget\"}");
  }

  @Test
  void resumesAfterADropAndErasesAConversationDeletedWhileOffline() {
    driver.get(host("/fake.html"));
    openChat();
    js("__drop()");
    assertThat(waitFor(d -> visible(".vv-down")).getText()).contains("ring 112");
    // back after about a second: asks for the conversation it had; this server does not know it
    waitFor(d -> sentFrames().contains("{\"type\":\"resume\",\"session\":\"fake-1\"}"));
    waitFor(d -> text(".vv-log").contains("Samtalet kunde inte fortsätta. Vi börjar om."));
    waitFor(d -> "false".equals(shadow().findElement(By.cssSelector(".vv-send")).getAttribute("aria-disabled")));
    assertThat(shadow().findElements(By.cssSelector(".vv-down"))).isEmpty();

    // "Radera samtalet" while the guide cannot be reached: erased on the server when it is back
    js("__drop()");
    waitFor(d -> visible(".vv-down"));
    shadow().findElement(By.cssSelector(".vv-forget")).click();
    assertThat(bot()).isEmpty();
    waitFor(d -> sentFrames().contains("{\"type\":\"resume\",\"session\":\"fake-2\"}\n{\"type\":\"forget\"}"));
    waitFor(d -> bot().size() == 1 && "false".equals(shadow().findElement(By.cssSelector(".vv-send")).getAttribute("aria-disabled")));
    assertThat(text(".vv-log")).doesNotContain("Samtalet kunde inte fortsätta. Vi börjar om.");
    input().sendKeys("hej" + Keys.ENTER);
    waitFor(d -> bot().size() == 2);
    assertThat(sentFrames()).endsWith("{\"type\":\"text\",\"text\":\"hej\"}");
  }

  private String sentFrames() {
    return str("return window.__sent.join('\\n')");
  }

  @Test
  void keyboardOnly() {
    driver.get(host("/host.html"));
    Actions keys = new Actions(driver);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 12 && !activeClass().contains("vv-launcher"); i++) {
      keys.sendKeys(Keys.TAB).perform();
      seen.add(activeClass());
    }
    assertThat(activeClass()).as("TAB reaches the launcher; stops: %s", seen).contains("vv-launcher");
    assertThat(seen).as("the quick exit button comes before the launcher").anyMatch(c -> c.contains("vv-exit"));

    keys.sendKeys(Keys.ENTER).perform();
    waitFor(d -> bot().size() > 0);
    assertThat(activeClass()).contains("vv-input");
    int before = bot().size();
    keys.sendKeys(ECONOMY).sendKeys(Keys.ENTER).perform();
    waitBotMore(before);
    assertThat(activeClass()).contains("vv-input");

    for (int i = 0; i < 10 && !activeClass().contains("vv-option"); i++) {
      keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }
    assertThat(activeClass()).as("Shift+TAB from the input reaches an option").contains("vv-option");
    String label = str("return " + SHADOW + ".activeElement.textContent");
    before = bot().size();
    keys.sendKeys(Keys.ENTER).perform();
    waitBotMore(before);
    assertThat(texts(".vv-log .vv-user .vv-text")).last().isEqualTo(label);
    assertThat(activeClass()).as("after choosing, focus is on the first new option or the input")
        .containsAnyOf("vv-option", "vv-input");
    if (activeClass().contains("vv-option")) {
      assertThat(str("return " + SHADOW + ".activeElement.textContent"))
          .isEqualTo(options().get(0).getText());
    }

    // focus is visible: a real outline of at least 3 px
    assertThat(str("return getComputedStyle(" + SHADOW + ".activeElement).outlineWidth")).isEqualTo("3px");

    for (int i = 0; i < 30 && !activeClass().contains("vv-exit"); i++) {
      keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }
    assertThat(activeClass()).as("the quick exit button is reachable by keyboard").contains("vv-exit");
    keys.sendKeys(Keys.ENTER).perform();
    waitFor(d -> d.getCurrentUrl().equals(host("/exit.html")));
  }

  @Test
  void reconnectsAfterTheServerRestarts() throws Exception {
    driver.get(host("/host.html"));
    openChat();
    say(ECONOMY);

    server.stop();
    WebElement down = waitFor(d -> visible(".vv-down"));
    assertThat(down.getText()).contains("Guiden går inte att nå just nu. Om någon är i fara: ring 112.");
    assertThat(down.findElements(By.cssSelector("a[href='tel:112']"))).isNotEmpty();
    assertThat(down.findElements(By.cssSelector("a[href='tel:0800011122']")))
        .as("data-phone is shown when the guide cannot be reached").isNotEmpty();
    assertThat(shadow().findElement(By.cssSelector(".vv-send")).getAttribute("aria-disabled")).isEqualTo("true");

    // nothing is queued silently: the text stays in the box and is not shown as sent
    int users = shadow().findElements(By.cssSelector(".vv-log .vv-user")).size();
    input().sendKeys("hej" + Keys.ENTER);
    Thread.sleep(300);
    assertThat(shadow().findElements(By.cssSelector(".vv-log .vv-user"))).hasSize(users);
    assertThat(input().getAttribute("value")).isEqualTo("hej");
    input().clear();

    Thread.sleep(1500);
    server = restartOnSamePort();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> "false".equals(shadow().findElement(By.cssSelector(".vv-send")).getAttribute("aria-disabled")));
    assertThat(shadow().findElements(By.cssSelector(".vv-down"))).isEmpty();
    assertThat(text(".vv-log")).as("the new server does not know the conversation and says so")
        .contains("Samtalet kunde inte fortsätta. Vi börjar om.");
    say(ECONOMY);
    assertThat(texts(".vv-log .vv-user .vv-text")).last().isEqualTo(ECONOMY);
  }

  private WebServer restartOnSamePort() throws InterruptedException {
    RuntimeException last = null;
    for (int i = 0; i < 20; i++) {
      try {
        return new WebServer(holder, settings(port), Clock.systemUTC()).start();
      } catch (RuntimeException e) {
        if (!(rootCause(e) instanceof BindException)) throw e;
        last = e;
        Thread.sleep(250);
      }
    }
    throw last;
  }

  private static Throwable rootCause(Throwable e) {
    while (e.getCause() != null && e.getCause() != e) e = e.getCause();
    return e;
  }

  @Test
  void forgetClearsTheConversationAndShowsAFreshGreeting() {
    driver.get(host("/host.html"));
    openChat();
    int greeting = bot().size();
    say(ECONOMY);
    say(ACUTE);
    waitFor(d -> visible(".vv-emergency"));
    shadow().findElement(By.cssSelector(".vv-forget")).click(); // "Radera samtalet"
    waitFor(d -> bot().size() == greeting && shadow().findElements(By.cssSelector(".vv-log .vv-user")).isEmpty());
    assertThat(shadow().findElement(By.cssSelector(".vv-emergency")).isDisplayed()).isFalse();
    assertThat(text(".vv-status")).contains("Samtalet är raderat.");
    assertThat(activeClass()).contains("vv-input");
    say(ECONOMY);
  }

  @Test
  void demoPageKeepsNothingAndTalksOnlyToItsOwnOrigin() {
    driver.get(base("/"));
    assertThat(driver.getTitle()).isEqualTo("Socialtjänst – Stockholms stad");
    openChat();
    say(ECONOMY);
    say(ACUTE);
    waitFor(d -> visible(".vv-emergency"));
    shadow().findElement(By.cssSelector(".vv-help-open")).click(); // the help text
    assertThat(text(".vv-help")).contains("privat surfning").contains("historiken har raderats")
        .contains("telefonräkningen").contains("samtal");
    shadow().findElement(By.cssSelector(".vv-help-back")).click();

    assertThat(driver.getTitle()).as("the page title is never changed").isEqualTo("Socialtjänst – Stockholms stad");
    assertThat(str("return document.cookie")).isEmpty();
    assertThat(driver.manage().getCookies()).isEmpty();
    assertThat(num("return localStorage.length")).isZero();
    assertThat(num("return sessionStorage.length")).isZero();
    Object dbs = ((JavascriptExecutor) driver).executeAsyncScript(
        "var done = arguments[0]; indexedDB.databases().then(function (l) { done(l.length); }, function () { done(-1); });");
    assertThat(((Number) dbs).intValue()).isZero();

    @SuppressWarnings("unchecked")
    List<String> resources = (List<String>) js(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
    String origin = str("return location.origin");
    assertThat(resources).as("the widget's own file is loaded").anyMatch(u -> u.endsWith("/widget.js"));
    assertThat(resources).as("no third-party request").allMatch(u -> u.startsWith(origin + "/"));
  }

  @Test
  void serverTextIsNeverHtmlAndOnlySafeLinksAreShown() {
    driver.get(host("/fake.html"));
    openChat();
    waitFor(d -> bot().size() > 0);
    assertThat(text(".vv-log")).contains("<img src=x onerror=\"window.__pwned=1\">Hej");
    assertThat(shadow().findElements(By.cssSelector(".vv-log img, .vv-log b, .vv-options script"))).isEmpty();
    assertThat(js("return window.__pwned === undefined")).isEqualTo(true);
    List<String> hrefs = new ArrayList<>();
    for (WebElement a : shadow().findElements(By.cssSelector("a"))) hrefs.add(a.getAttribute("href"));
    assertThat(hrefs).isNotEmpty().allMatch(h -> h.matches("^(https?|tel|mailto):.*"));
    assertThat(hrefs).contains("https://example.org/", "tel:112");
    assertThat(text(".vv-options")).contains("<script>alert(1)</script>");
    assertThat(str("return window.__wsUrls[0]")).as("the chat address comes from the script's own address")
        .isEqualTo("ws://127.0.0.1:" + port + "/chat");

    input().sendKeys("hej" + Keys.ENTER);
    waitFor(d -> str("return window.__sent.join('\\n')").contains("{\"type\":\"text\",\"text\":\"hej\"}"));

    driver.get(host("/fake.html?server=wss://guide.example/chat&lang=en"));
    openChat();
    assertThat(str("return window.__wsUrls[0]")).isEqualTo("wss://guide.example/chat?lang=en");
    assertThat(launcher().getText()).isEqualTo("Chat with us – anonymous");
    assertThat(shadow().findElement(By.cssSelector(".vv-dock .vv-exit")).getAttribute("textContent"))
        .isEqualTo("Leave this page quickly");
  }

  @Test
  void englishUi() {
    driver.get(host("/host.html?lang=en"));
    assertThat(launcher().getText()).isEqualTo("Chat with us – anonymous");
    openChat();
    assertThat(shadow().findElement(By.cssSelector(".vv-panel")).getAttribute("aria-label"))
        .isEqualTo("Chat with social services");
    assertThat(bot()).isNotEmpty();
  }

  @Test
  void narrowScreenAndZoom() {
    viewport(320, 640, 1);
    driver.get(base("/"));
    assertThat(num("return innerWidth")).isEqualTo(320);
    WebElement launcher = launcher();
    assertThat(launcher.isDisplayed()).isTrue();
    assertThat(bool("var r = arguments[0].getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth", launcher)).isTrue();
    openChat();
    say(ACUTE);
    waitFor(d -> visible(".vv-emergency"));
    assertFullScreenWithoutSidewaysScrolling();

    // 200 % zoom of a 1280 × 900 window: a 640 × 450 CSS-pixel viewport
    viewport(640, 450, 2);
    driver.get(base("/"));
    openChat();
    say(ECONOMY);
    assertFullScreenWithoutSidewaysScrolling();
  }

  private void assertFullScreenWithoutSidewaysScrolling() {
    // the layout width without a classic scrollbar
    String width = "document.documentElement.clientWidth";
    String panel = SHADOW + ".querySelector('.vv-panel')";
    assertThat(str("var r = " + panel + ".getBoundingClientRect(); return r.left + ' ' + r.width + ' / ' + " + width))
        .as("the panel covers the screen (left width / screen width)")
        .matches("0 (\\d+) / \\1");
    assertThat(bool("return document.documentElement.scrollWidth <= " + width)).isTrue();
    assertThat(bool("var p = " + panel + "; return p.scrollWidth <= p.clientWidth")).as("nothing sticks out sideways").isTrue();
    assertThat(str("var q = " + SHADOW + ".querySelectorAll('.vv-panel *'); for (var i = 0; i < q.length; i++) {"
        + " var r = q[i].getBoundingClientRect(); if (r.width && (r.left < -1 || r.right > " + width + " + 1))"
        + " return q[i].className + ' ' + r.left + '..' + r.right; } return ''"))
        .as("every part of the panel fits the width").isEmpty();
  }

  @Test
  void axeFindsNoSeriousProblems() throws IOException {
    Path axe = widgetDir().resolve("node_modules/axe-core/axe.min.js");
    assertThat(axe).as("axe-core is missing: run `npm ci` in web-widget/").exists();
    String axeSource = Files.readString(axe);
    String shots = System.getProperty("vagvisaren.widget.screenshots");

    viewport(1280, 800, 1);
    driver.get(base("/"));
    openChat();
    say(ECONOMY);
    say(ACUTE);
    waitFor(d -> visible(".vv-emergency"));
    List<String> problems = new ArrayList<>();
    problems.addAll(axe(axeSource, "desktop"));
    if (shots != null) screenshot(Path.of(shots).resolve("widget.png"));

    viewport(375, 812, shots != null ? 2 : 1);
    driver.get(base("/"));
    openChat();
    say(ECONOMY);
    say(ACUTE);
    waitFor(d -> visible(".vv-emergency"));
    problems.addAll(axe(axeSource, "phone"));
    if (shots != null) screenshot(Path.of(shots).resolve("widget-phone.png"));

    // the help view and the "cannot be reached" notice too
    shadow().findElement(By.cssSelector(".vv-help-open")).click();
    problems.addAll(axe(axeSource, "help"));

    assertThat(problems).as("serious or critical axe violations").isEmpty();
  }

  /** Runs axe on the document and inside the widget's shadow root; prints every violation; returns the serious ones. */
  private List<String> axe(String source, String label) {
    if (!bool("return typeof window.axe !== 'undefined'")) js(source);
    List<String> serious = new ArrayList<>();
    Map<String, String> contexts = new java.util.LinkedHashMap<>();
    contexts.put("document", "document");
    contexts.put("shadow root", "{ include: { fromShadowDom: ['[data-vagvisaren-widget]', '.vv'] } }");
    for (var e : contexts.entrySet()) {
      Object result = ((JavascriptExecutor) driver).executeAsyncScript(
          "var done = arguments[arguments.length - 1];"
              + "axe.run(" + e.getValue() + ", { resultTypes: ['violations'] }).then(function (r) {"
              + "  done({ passes: r.passes.length, violations: r.violations.map(function (v) {"
              + "    return v.impact + ' ' + v.id + ': ' + v.help + ' — ' + v.nodes.map(function (n) {"
              + "      return JSON.stringify(n.target) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '); }).join(' | '); }) });"
              + "}, function (err) { done({ error: String(err) }); });");
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) result;
      assertThat(r.get("error")).as("axe ran").isNull();
      @SuppressWarnings("unchecked")
      List<String> violations = (List<String>) r.get("violations");
      System.out.println("axe " + label + " / " + e.getKey() + ": " + r.get("passes") + " rules passed, "
          + violations.size() + " violations");
      violations.forEach(v -> System.out.println("  " + v));
      violations.stream().filter(v -> v.startsWith("serious") || v.startsWith("critical"))
          .forEach(v -> serious.add(label + " / " + e.getKey() + ": " + v));
    }
    return serious;
  }

  private void screenshot(Path to) throws IOException {
    Files.createDirectories(to.toAbsolutePath().getParent());
    Files.write(to, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    System.out.println("screenshot: " + to.toAbsolutePath());
  }

  // ---------------------------------------------------------------- page helpers

  private static final String SHADOW = "document.querySelector('[data-vagvisaren-widget]').shadowRoot";

  private SearchContext shadow() {
    WebElement hostEl = new WebDriverWait(driver, WAIT)
        .until(d -> d.findElements(By.cssSelector("[data-vagvisaren-widget]")).stream().findFirst().orElse(null));
    return hostEl.getShadowRoot();
  }

  private WebElement launcher() {
    return waitFor(d -> visible(".vv-launcher"));
  }

  private WebElement input() {
    return shadow().findElement(By.cssSelector(".vv-input"));
  }

  private void openChat() {
    launcher().click();
    waitFor(d -> visible(".vv-panel"));
    waitFor(d -> bot().size() > 0 && "false".equals(shadow().findElement(By.cssSelector(".vv-send")).getAttribute("aria-disabled")));
  }

  private List<WebElement> bot() {
    return shadow().findElements(By.cssSelector(".vv-log .vv-bot"));
  }

  private List<WebElement> options() {
    return shadow().findElements(By.cssSelector(".vv-options .vv-option"));
  }

  /** Types a message, sends it with Enter and waits for the guide's answer. */
  private void say(String text) {
    int before = bot().size();
    WebElement input = input();
    input.sendKeys(text);
    input.sendKeys(Keys.ENTER);
    waitBotMore(before);
  }

  private void waitBotMore(int before) {
    waitFor(d -> bot().size() > before);
  }

  private WebElement visible(String css) {
    for (WebElement e : shadow().findElements(By.cssSelector(css))) {
      if (e.isDisplayed()) return e;
    }
    return null;
  }

  private String text(String css) {
    return str("var e = " + SHADOW + ".querySelector(arguments[0]); return e ? e.textContent : ''", css);
  }

  @SuppressWarnings("unchecked")
  private List<String> texts(String css) {
    return (List<String>) js("return Array.from(" + SHADOW + ".querySelectorAll(arguments[0])).map(function (e) { return e.textContent; })", css);
  }

  /** The class of the focused element inside the widget (empty when focus is elsewhere). */
  private String activeClass() {
    return str("var w = document.querySelector('[data-vagvisaren-widget]'); var a = w && w.shadowRoot.activeElement;"
        + " return a ? (a.className || a.tagName) : ''");
  }

  private <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).until(condition::apply);
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private String str(String script, Object... args) {
    Object o = js(script, args);
    return o == null ? "" : o.toString();
  }

  private boolean bool(String script, Object... args) {
    return Boolean.TRUE.equals(js(script, args));
  }

  private long num(String script) {
    return ((Number) js(script)).longValue();
  }

  /** Sets the CSS viewport exactly (window sizes have a minimum; the emulation has none). */
  private void viewport(int width, int height, double scale) {
    driver.manage().window().setSize(new Dimension(Math.max(width, 500), Math.max(height, 500)));
    ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", height, "deviceScaleFactor", scale, "mobile", false));
  }

  private Path widgetDir() {
    Path dir = repoRoot.resolve("web-widget");
    return Files.isDirectory(dir) ? dir : Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve("web-widget");
  }

  // ---------------------------------------------------------------- test-only host pages (another origin)

  private String base(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private String hostOrigin() {
    return "http://127.0.0.1:" + hostPort;
  }

  private String host(String path) {
    return hostOrigin() + path;
  }

  private void serveHostPage(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    if (path.equals("/sent")) { // what the stand-in WebSocket was asked to send, kept across a navigation
      sentByFake.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      ex.sendResponseHeaders(204, -1);
      ex.close();
      return;
    }
    Map<String, String> q = query(ex.getRequestURI().getRawQuery());
    String page = switch (path) {
      case "/neutral.html" -> page("Väder", "<h1>Vädret i dag</h1><p>Sol och några moln.</p>", "");
      case "/exit.html" -> page("Nyheter", "<h1>Nyheter</h1><p>Inget nytt i dag.</p>", "");
      case "/host.html" -> page("Kommunen – Information",
          "<h1>Information</h1><p>Här finns information från kommunen.</p><p><a href=\"/neutral.html\">Vädret</a></p>",
          "<script src=\"" + base("/widget.js") + "\" data-exit-url=\"/exit.html\" data-phone=\"" + PHONE + "\""
              + ("en".equals(q.get("lang")) ? " data-lang=\"en\"" : "") + " async></script>");
      case "/fake.html" -> page("Kommunen – Information", "<h1>Information</h1>",
          "<script>" + FAKE_SOCKET + "</script><script src=\"" + base("/widget.js") + "\""
              + (q.containsKey("server") ? " data-server=\"" + attr(q.get("server")) + "\"" : "")
              + (q.containsKey("lang") ? " data-lang=\"" + attr(q.get("lang")) + "\"" : "")
              + (q.containsKey("exit") ? " data-exit-url=\"" + attr(q.get("exit")) + "\"" : "")
              + " async></script>");
      default -> null;
    };
    byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", page == null ? "text/plain; charset=utf-8" : "text/html; charset=utf-8");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(page == null ? 404 : 200, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static String page(String title, String body, String scripts) {
    return "<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">"
        + "<title>" + title + "</title></head><body><main>" + body + "</main>" + scripts + "</body></html>";
  }

  private static String attr(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> m = new HashMap<>();
    if (raw == null) return m;
    for (String part : raw.split("&")) {
      int i = part.indexOf('=');
      if (i > 0) m.put(URLDecoder.decode(part.substring(0, i), StandardCharsets.UTF_8),
          URLDecoder.decode(part.substring(i + 1), StandardCharsets.UTF_8));
    }
    return m;
  }

  /**
   * A stand-in WebSocket: a hostile server (HTML in text, javascript: links and tel: values) that knows no
   * earlier conversation, answers "forget" as the real one does, and can drop the connection ({@code __drop()}).
   */
  private static final String FAKE_SOCKET = """
      window.__wsUrls = []; window.__sent = []; window.__sockets = []; var fakeCount = 0;
      window.__drop = function () {
        var s = window.__sockets[window.__sockets.length - 1]; s.readyState = 3; if (s.onclose) s.onclose({});
      };
      function greeting() {
        return { type: 'reply', emergency: null, intent: null, node: null,
          messages: [{ text: '<img src=x onerror="window.__pwned=1">Hej',
            links: [{ title: 'Farlig', url: 'javascript:window.__pwned=2' }, { title: '<b>Bra</b>', url: 'https://example.org/' },
                    { title: 'Data', url: 'data:text/html,<script>window.__pwned=3<\\/script>' }],
            contacts: [{ id: 'x', name: '<b>Namn</b>', phone: '112', tel: 'javascript:window.__pwned=4', url: 'javascript:window.__pwned=5',
                         hours: '<i>dygnet runt</i>', openNow: true, note: 'Öppet nu.', description: null }] }],
          options: [{ id: 'a', label: '<script>alert(1)<\\/script>' }] };
      }
      window.WebSocket = function (url) {
        var self = this; window.__wsUrls.push(url); window.__sockets.push(this); this.readyState = 0;
        this.emit = function (o) { setTimeout(function () { if (self.readyState === 1 && self.onmessage) self.onmessage({ data: JSON.stringify(o) }); }, 5); };
        setTimeout(function () {
          self.readyState = 1; if (self.onopen) self.onopen({});
          self.emit({ type: 'session', session: 'fake-' + (++fakeCount), resumed: false });
          self.emit(greeting());
        }, 20);
      };
      window.WebSocket.prototype.send = function (d) {
        window.__sent.push(d); navigator.sendBeacon('/sent', d);
        var f = JSON.parse(d);
        if (f.type === 'resume') this.emit({ type: 'error', code: 'unknown-session', message: 'Det tidigare samtalet finns inte kvar.' });
        if (f.type === 'forget') {
          this.emit({ type: 'forgotten' });
          this.emit({ type: 'session', session: 'fake-' + (++fakeCount), resumed: false });
          this.emit(greeting());
        }
        if (f.type === 'text') this.emit({ type: 'reply', messages: [{ text: 'Svar', links: [], contacts: [] }], options: [], emergency: null });
      };
      window.WebSocket.prototype.close = function () { this.readyState = 3; };
      """;
}
