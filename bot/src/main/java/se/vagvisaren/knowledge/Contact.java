package se.vagvisaren.knowledge;

import java.time.LocalDate;

/**
 * A line or service the guide may show. Confidence codes follow ../shared/contacts.md:
 * V-off (operator or official source), V-3p (third-party source), S (seed documents), U (unverified).
 */
public record Contact(
    String id,
    String name,
    String phone,
    String url,
    String scope,
    OpeningHours hours,
    String description,
    String source,
    LocalDate verified,
    String confidence,
    boolean checkBeforeLaunch) {

  /** May this contact's number be offered to someone in an emergency? */
  public boolean verifiedForCards() {
    return !"U".equals(confidence);
  }

  /** The phone number as a {@code tel:} URI: "020-50 50 50" becomes "tel:020505050". */
  public String telUri() {
    return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
  }
}
