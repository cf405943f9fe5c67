package se.vagvisaren.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import se.vagvisaren.knowledge.Article;
import se.vagvisaren.knowledge.Contact;
import se.vagvisaren.knowledge.District;
import se.vagvisaren.knowledge.Knowledge;
import se.vagvisaren.knowledge.OpeningHours;

/** Reads knowledge/: contacts.yaml, districts.yaml and articles/*.md. */
final class KnowledgeReader {
  static final Set<String> CONTACT_KEYS = Set.of("id", "name", "phone", "url", "scope", "hours", "description",
      "source", "verified", "confidence", "check-before-launch");
  static final Set<String> HOURS_KEYS = Set.of("text", "open", "holidays");
  static final Set<String> DISTRICT_KEYS = Set.of("id", "name", "neighbourhoods", "url", "phone", "check-before-launch");
  static final Set<String> ARTICLE_KEYS = Set.of("title", "summary", "url", "tags", "owner", "review-by");
  static final Set<String> CONFIDENCE = Set.of("V-off", "V-3p", "S", "U");
  private static final Pattern RULE = Pattern.compile(
      "^([a-z]{3}(?:-[a-z]{3})?(?:,[a-z]{3}(?:-[a-z]{3})?)*) (\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})$");
  private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  private final Problems problems;
  private final LocalDate today;
  private final Map<String, Contact> contacts = new LinkedHashMap<>();
  private final List<District> districts = new ArrayList<>();
  private final List<Article> articles = new ArrayList<>();

  KnowledgeReader(Problems problems, LocalDate today) {
    this.problems = problems;
    this.today = today;
  }

  Knowledge knowledge() {
    return new Knowledge(contacts, districts, articles);
  }

  /** Reads one layer of contacts; an id already defined by an earlier layer is replaced. */
  void readContacts(String file, String text) {
    java.util.Set<String> inThisFile = new java.util.HashSet<>();
    Node root = YamlMap.parse(file, text, problems);
    if (root == null) return;
    YamlMap m = YamlMap.of(file, problems, root, Set.of("contacts"), "Filen");
    List<YamlMap> list = m.maps("contacts", CONTACT_KEYS);
    m.finish();
    for (YamlMap c : list) {
      YamlMap.Scalar id = c.scalar("id", true);
      String name = c.string("name", true);
      YamlMap.Scalar phone = c.scalar("phone", false);
      if (phone != null && !Formats.isPhone(phone.value())) {
        problems.error(file, phone.node(), "telefonnumret \"" + phone.value() + "\" har fel format. Skriv till exempel 020-50 50 50 eller 08-508 40 000");
      }
      YamlMap.Scalar url = c.scalar("url", false);
      if (url != null) Formats.checkUrl(file, url, problems);
      String scope = c.string("scope", true);
      if (scope != null && !scope.equals("national") && !scope.equals("municipality")) {
        problems.error(file, c.keyNode("scope"), "\"scope\" ska vara national eller municipality" + Suggest.hint(scope, List.of("national", "municipality")));
      }
      OpeningHours hours = readHours(file, c.map("hours", HOURS_KEYS, true));
      String description = c.string("description", false);
      YamlMap.Scalar source = c.scalar("source", false);
      if (source != null && source.value().startsWith("http")) Formats.checkUrl(file, source, problems, false);
      if (source == null) {
        problems.warning(file, c.node(), "kontakten saknar källa (\"source\"). Skriv var uppgifterna kommer ifrån");
      }
      LocalDate verified = c.date("verified", false);
      YamlMap.Scalar confidence = c.scalar("confidence", true);
      if (confidence != null && !CONFIDENCE.contains(confidence.value())) {
        problems.error(file, confidence.node(), "\"confidence\" ska vara V-off, V-3p, S eller U");
      }
      boolean check = c.bool("check-before-launch");
      c.finish();
      if (id == null || name == null || hours == null) continue;
      if (!inThisFile.add(id.value())) {
        problems.error(file, id.node(), "kontakten \"" + id.value() + "\" finns två gånger");
        continue;
      }
      if (phone == null && url == null) {
        problems.warning(file, c.node(), "kontakten \"" + id.value() + "\" har varken telefon eller webbadress. Den visas bara med namn");
      }
      contacts.put(id.value(), new Contact(id.value(), name, phone == null ? null : phone.value(),
          url == null ? null : url.value(), scope, hours, description, source == null ? null : source.value(),
          verified, confidence == null ? "U" : confidence.value(), check));
    }
  }

  private OpeningHours readHours(String file, YamlMap h) {
    if (h == null) return null;
    String text = h.string("text", true);
    List<YamlMap.Scalar> open = h.scalars("open", false);
    String holidays = h.string("holidays", false);
    h.finish();
    OpeningHours.HolidayRule rule = OpeningHours.HolidayRule.NORMAL;
    if (holidays != null) {
      switch (holidays) {
        case "normal" -> rule = OpeningHours.HolidayRule.NORMAL;
        case "closed" -> rule = OpeningHours.HolidayRule.CLOSED;
        case "sunday" -> rule = OpeningHours.HolidayRule.SUNDAY;
        default -> problems.error(file, h.keyNode("holidays"), "\"holidays\" ska vara normal, closed eller sunday"
            + Suggest.hint(holidays, List.of("normal", "closed", "sunday")));
      }
    }
    boolean always = false;
    List<OpeningHours.Rule> rules = new ArrayList<>();
    for (YamlMap.Scalar s : open) {
      if (s.value().equals("always")) {
        always = true;
        continue;
      }
      OpeningHours.Rule r = parseRule(s.value());
      if (r == null) {
        problems.error(file, s.node(), "öppettiden \"" + s.value() + "\" går inte att läsa. Skriv till exempel \"mon-fri 08:00-16:30\" eller \"always\"");
      } else {
        rules.add(r);
      }
    }
    return new OpeningHours(text == null ? "" : text, always, rules, rule);
  }

  /** "mon-fri 08:00-16:30", "mon,thu 09:00-16:00", "mon-sun 21:00-06:00"; null if malformed. */
  static OpeningHours.Rule parseRule(String s) {
    Matcher m = RULE.matcher(s.trim());
    if (!m.matches()) return null;
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : m.group(1).split(",")) {
      String[] range = part.split("-");
      int a = DAYS.indexOf(range[0]);
      int b = range.length > 1 ? DAYS.indexOf(range[1]) : a;
      if (a < 0 || b < 0) return null;
      for (int i = a; ; i = (i + 1) % 7) {
        days.add(DayOfWeek.of(i + 1));
        if (i == b) break;
      }
    }
    int from = Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
    int to = Integer.parseInt(m.group(4)) * 60 + Integer.parseInt(m.group(5));
    if (from > 24 * 60 || to > 24 * 60 || Integer.parseInt(m.group(3)) > 59 || Integer.parseInt(m.group(5)) > 59 || from == to) {
      return null;
    }
    return new OpeningHours.Rule(days, from, to == 0 ? 24 * 60 : to);
  }

  void readDistricts(String file, String text) {
    Node root = YamlMap.parse(file, text, problems);
    if (root == null) return;
    YamlMap m = YamlMap.of(file, problems, root, Set.of("districts"), "Filen");
    List<YamlMap> list = m.maps("districts", DISTRICT_KEYS);
    m.finish();
    for (YamlMap d : list) {
      String id = d.string("id", true);
      String name = d.string("name", true);
      List<String> hoods = d.strings("neighbourhoods", true);
      YamlMap.Scalar url = d.scalar("url", false);
      if (url != null) Formats.checkUrl(file, url, problems);
      YamlMap.Scalar phone = d.scalar("phone", false);
      if (phone != null && !Formats.isPhone(phone.value())) {
        problems.error(file, phone.node(), "telefonnumret \"" + phone.value() + "\" har fel format");
      }
      d.bool("check-before-launch");
      d.finish();
      if (id != null && name != null) {
        districts.add(new District(id, name, hoods, url == null ? null : url.value(), phone == null ? null : phone.value()));
      }
    }
  }

  void readArticle(String file, String text) {
    String slug = file.substring(file.lastIndexOf('/') + 1, file.length() - ".md".length());
    if (!text.startsWith("---")) {
      problems.error(file, 1, 1, "artikeln ska börja med \"---\" och uppgifter om artikeln (title, summary …)");
      return;
    }
    int end = text.indexOf("\n---", 3);
    if (end < 0) {
      problems.error(file, 1, 1, "uppgifterna överst avslutas aldrig med en rad \"---\"");
      return;
    }
    // a leading newline keeps the parser's line numbers equal to the file's
    Node root = YamlMap.parse(file, "\n" + text.substring(text.indexOf('\n') + 1, end + 1), problems);
    if (root == null) return;
    YamlMap m = YamlMap.of(file, problems, root, ARTICLE_KEYS, "Uppgifterna överst");
    String title = m.string("title", true);
    String summary = m.string("summary", true);
    YamlMap.Scalar url = m.scalar("url", false);
    if (url != null) Formats.checkUrl(file, url, problems);
    List<String> tags = m.strings("tags", false);
    String owner = m.string("owner", true);
    LocalDate reviewBy = m.date("review-by", true);
    m.finish();
    if (reviewBy != null) checkReviewBy(file, m.keyNode("review-by"), reviewBy);
    String body = text.substring(Math.min(text.length(), end + 4)).strip();
    if (title != null && summary != null) {
      articles.add(new Article(slug, title, summary, url == null ? null : url.value(), tags, owner, reviewBy, body));
    }
  }

  void checkReviewBy(String file, Node at, LocalDate reviewBy) {
    CrossChecks.checkReviewBy(problems, file, at, reviewBy, today);
  }
}
