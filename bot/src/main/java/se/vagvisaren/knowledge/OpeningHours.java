package se.vagvisaren.knowledge;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When a line is open, in Europe/Stockholm time, with Swedish public holidays.
 *
 * @param text     what residents read ("Dygnet runt", "Alla dagar 07–21")
 * @param always   open around the clock, every day
 * @param rules    opening ranges; empty and not always means "unknown"
 * @param holidays how public holidays are treated
 */
public record OpeningHours(String text, boolean always, List<Rule> rules, HolidayRule holidays) {
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private static final String[] DAY_NAMES = {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"};

  public enum HolidayRule { NORMAL, CLOSED, SUNDAY }

  /** Open on {@code days} from {@code from} to {@code to} minutes after midnight; to ≤ from runs past midnight. */
  public record Rule(Set<DayOfWeek> days, int from, int to) {
    public Rule {
      days = Set.copyOf(EnumSet.copyOf(days));
    }

    boolean overnight() {
      return to <= from;
    }
  }

  public OpeningHours {
    rules = List.copyOf(rules);
  }

  public boolean known() {
    return always || !rules.isEmpty();
  }

  /** Whether the line is open at {@code instant}; unknown hours count as closed. */
  public boolean isOpen(ZonedDateTime instant) {
    if (always) return true;
    ZonedDateTime t = instant.withZoneSameInstant(ZONE);
    LocalDate date = t.toLocalDate();
    int minute = t.getHour() * 60 + t.getMinute();
    for (Rule r : rules) {
      if (r.overnight()) {
        if ((opensOn(r, date) && minute >= r.from()) || (opensOn(r, date.minusDays(1)) && minute < r.to())) {
          return true;
        }
      } else if (opensOn(r, date) && minute >= r.from() && minute < r.to()) {
        return true;
      }
    }
    return false;
  }

  /** The next time the line opens after {@code instant}, or null if never within a week or unknown. */
  public ZonedDateTime nextOpening(ZonedDateTime instant) {
    if (always || rules.isEmpty()) return null;
    ZonedDateTime t = instant.withZoneSameInstant(ZONE);
    ZonedDateTime best = null;
    for (int offset = 0; offset <= 10; offset++) {
      LocalDate date = t.toLocalDate().plusDays(offset);
      for (Rule r : rules) {
        if (!opensOn(r, date)) continue;
        ZonedDateTime start = date.atStartOfDay(ZONE).plusMinutes(r.from());
        if (start.isAfter(t) && (best == null || start.isBefore(best))) {
          best = start;
        }
      }
      if (best != null) return best;
    }
    return null;
  }

  private boolean opensOn(Rule r, LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    if (SwedishHolidays.isHoliday(date)) {
      if (holidays == HolidayRule.CLOSED) return false;
      if (holidays == HolidayRule.SUNDAY) dow = DayOfWeek.SUNDAY;
    }
    return r.days().contains(dow);
  }

  /** "i dag kl. 16.30", "i morgon kl. 07.00", "måndag kl. 08.00" (plain Swedish). */
  public static String describeOpening(ZonedDateTime next, ZonedDateTime now) {
    ZonedDateTime n = next.withZoneSameInstant(ZONE);
    LocalDate today = now.withZoneSameInstant(ZONE).toLocalDate();
    String time = String.format(Locale.ROOT, "kl. %02d.%02d", n.getHour(), n.getMinute());
    if (n.toLocalDate().equals(today)) return "i dag " + time;
    if (n.toLocalDate().equals(today.plusDays(1))) return "i morgon " + time;
    return DAY_NAMES[n.getDayOfWeek().getValue() - 1] + " " + time;
  }
}
