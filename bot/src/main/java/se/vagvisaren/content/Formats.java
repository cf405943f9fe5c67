package se.vagvisaren.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Format checks for what residents click or dial. */
final class Formats {
  /** Swedish numbers as written for people: 112, 114 14, 90101, 020-50 50 50, 08-508 40 000, 0739-20 38 39. */
  private static final Pattern PHONE = Pattern.compile("^(112|11[0-9] ?[0-9]{2}|1177|[0-9]{5}|116 ?[0-9]{3}|0[1-9][0-9]{0,3}-[0-9][0-9 ]{4,9}[0-9])$");

  private Formats() {}

  static void checkUrl(String file, YamlMap.Scalar url, Problems problems) {
    checkUrl(file, url, problems, true);
  }

  /** {@code residentFacing}: warn about plain http, which residents should not be sent to. */
  static void checkUrl(String file, YamlMap.Scalar url, Problems problems, boolean residentFacing) {
    String u = url.value();
    try {
      URI uri = new URI(u);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
        problems.error(file, url.node(), "\"" + u + "\" är ingen webbadress. Den ska börja med https://");
      } else if (residentFacing && "http".equals(uri.getScheme())) {
        problems.warning(file, url.node(), "\"" + u + "\" använder http. Använd https:// om sidan finns där");
      }
    } catch (URISyntaxException e) {
      problems.error(file, url.node(), "\"" + u + "\" är ingen giltig webbadress (tecknet på plats " + (e.getIndex() + 1) + ")");
    }
  }

  static boolean isPhone(String s) {
    return PHONE.matcher(s).matches();
  }
}
