package se.vagvisaren.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {
  static ZonedDateTime at(String local) {
    return java.time.LocalDateTime.parse(local).atZone(OpeningHours.ZONE);
  }

  static OpeningHours.Rule rule(EnumSet<DayOfWeek> days, int fromH, int fromM, int toH, int toM) {
    return new OpeningHours.Rule(days, fromH * 60 + fromM, toH * 60 + toM);
  }

  static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  @Test
  void easterAndMovingHolidays() {
    assertThat(SwedishHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(SwedishHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(SwedishHolidays.easterSunday(2030)).isEqualTo(LocalDate.of(2030, 4, 21));
    assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 4, 3))).as("långfredagen").isTrue();
    assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 4, 6))).as("annandag påsk").isTrue();
    assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 5, 14))).as("Kristi himmelsfärd").isTrue();
    assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 6, 19))).as("midsommarafton").isTrue();
    assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 6, 20))).as("midsommardagen").isTrue();
    assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 10, 31))).as("alla helgons dag").isTrue();
    assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 12, 24))).as("julafton").isTrue();
    assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 6, 6))).as("nationaldagen").isTrue();
    assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 11, 24))).as("an ordinary Tuesday").isFalse();
    assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 6, 18))).isFalse();
  }

  @Test
  void officeHoursAreClosedAtNightOnWeekendsAndOnHolidays() {
    OpeningHours office = new OpeningHours("Vardagar 8–16.30", false, List.of(rule(WEEKDAYS, 8, 0, 16, 30)), OpeningHours.HolidayRule.CLOSED);
    assertThat(office.isOpen(at("2026-11-24T10:00"))).isTrue();
    assertThat(office.isOpen(at("2026-11-24T16:30"))).isFalse();
    assertThat(office.isOpen(at("2026-11-24T07:59"))).isFalse();
    assertThat(office.isOpen(at("2026-11-28T10:00"))).as("Saturday").isFalse();
    assertThat(office.isOpen(at("2026-12-24T10:00"))).as("julafton, a Thursday").isFalse();
    assertThat(office.nextOpening(at("2026-11-27T17:00"))).as("Friday evening → Monday")
        .isEqualTo(at("2026-11-30T08:00"));
    assertThat(office.nextOpening(at("2026-12-23T17:00"))).as("around Christmas")
        .isEqualTo(at("2026-12-28T08:00"));
  }

  @Test
  void overnightLinesRunPastMidnight() {
    OpeningHours night = new OpeningHours("21–06", false, List.of(rule(EnumSet.allOf(DayOfWeek.class), 21, 0, 6, 0)), OpeningHours.HolidayRule.NORMAL);
    assertThat(night.isOpen(at("2026-11-24T23:30"))).isTrue();
    assertThat(night.isOpen(at("2026-11-25T05:59"))).isTrue();
    assertThat(night.isOpen(at("2026-11-25T06:00"))).isFalse();
    assertThat(night.isOpen(at("2026-11-25T12:00"))).isFalse();
    assertThat(OpeningHours.describeOpening(night.nextOpening(at("2026-11-25T12:00")), at("2026-11-25T12:00"))).isEqualTo("i dag kl. 21.00");
  }

  @Test
  void daylightSavingIsStockholmTime() {
    OpeningHours office = new OpeningHours("", false, List.of(rule(WEEKDAYS, 8, 0, 16, 30)), OpeningHours.HolidayRule.CLOSED);
    // 06:30 UTC is 08:30 in Stockholm in summer (CEST), 07:30 in winter (CET)
    assertThat(office.isOpen(java.time.Instant.parse("2026-06-16T06:30:00Z").atZone(java.time.ZoneOffset.UTC))).isTrue();
    assertThat(office.isOpen(java.time.Instant.parse("2026-11-24T06:30:00Z").atZone(java.time.ZoneOffset.UTC))).isFalse();
  }
}
