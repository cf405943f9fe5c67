package se.vagvisaren.knowledge;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * Swedish public holidays (allmänna helgdagar, lag 1989:253) plus the eves on which offices are
 * closed (midsommarafton, julafton, nyårsafton). Computed, because no maintained holiday library
 * resolved from Maven Central here; the rules are few and fixed in law, and tested.
 */
public final class SwedishHolidays {
  private SwedishHolidays() {}

  /** True on a public holiday or a holiday eve when offices are closed. */
  public static boolean isHoliday(LocalDate d) {
    MonthDay md = MonthDay.from(d);
    if (md.equals(MonthDay.of(1, 1)) || md.equals(MonthDay.of(1, 6)) || md.equals(MonthDay.of(5, 1))
        || md.equals(MonthDay.of(6, 6)) || md.equals(MonthDay.of(12, 24)) || md.equals(MonthDay.of(12, 25))
        || md.equals(MonthDay.of(12, 26)) || md.equals(MonthDay.of(12, 31))) {
      return true;
    }
    LocalDate easter = easterSunday(d.getYear());
    if (d.equals(easter.minusDays(2)) || d.equals(easter) || d.equals(easter.plusDays(1))
        || d.equals(easter.plusDays(39)) || d.equals(easter.plusDays(49))) {
      return true;
    }
    LocalDate midsummerDay = LocalDate.of(d.getYear(), 6, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    if (d.equals(midsummerDay) || d.equals(midsummerDay.minusDays(1))) {
      return true;
    }
    LocalDate allSaints = LocalDate.of(d.getYear(), 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    return d.equals(allSaints);
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
