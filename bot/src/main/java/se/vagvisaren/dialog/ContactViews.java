package se.vagvisaren.dialog;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.vagvisaren.content.AcuteCategory;
import se.vagvisaren.content.ContentSet;
import se.vagvisaren.dialog.Reply.ContactView;
import se.vagvisaren.knowledge.Contact;
import se.vagvisaren.knowledge.OpeningHours;

/** Contacts as the resident sees them, with opening hours worked out for now. */
final class ContactViews {
  static final String SOS = "sos-112";

  private ContactViews() {}

  static ContactView view(Contact c, ZonedDateTime now, String language) {
    OpeningHours h = c.hours();
    Boolean open = h.known() ? h.isOpen(now) : null;
    String note;
    if (open == null) {
      note = Texts.hoursUnknown(language);
    } else if (open) {
      note = Texts.openNow(language);
    } else {
      ZonedDateTime next = h.nextOpening(now);
      note = next == null ? Texts.closedUnknown(language) : Texts.closedNow(language, OpeningHours.describeOpening(next, now));
    }
    return new ContactView(c.id(), c.name(), c.phone(), c.telUri(), c.url(), h.text(), open, note, c.description());
  }

  static List<ContactView> views(List<String> ids, ContentSet content, Instant now, String language) {
    ZonedDateTime t = now.atZone(OpeningHours.ZONE);
    List<ContactView> out = new ArrayList<>();
    for (String id : ids) {
      Contact c = content.knowledge().contact(id);
      if (c != null) out.add(view(c, t, language));
    }
    return out;
  }

  /**
   * The emergency card for these categories: 112 first if any category lists it (or if the
   * resident said they are not safe), then lines open now, then closed ones with when they open.
   * Unverified contacts never appear (the validator rejects them; this is the second lock).
   */
  static Reply.Emergency card(Set<String> categories, List<String> order, boolean notSafe, ContentSet content,
      Instant now, String language) {
    Set<String> ids = new LinkedHashSet<>();
    if (notSafe) ids.add(SOS);
    for (String cat : order) {
      if (!categories.contains(cat)) continue;
      AcuteCategory a = content.acute().get(cat);
      if (a != null && a.contacts().contains(SOS)) ids.add(SOS);
    }
    for (String cat : order) {
      AcuteCategory a = categories.contains(cat) ? content.acute().get(cat) : null;
      if (a != null) ids.addAll(a.contacts());
    }
    ZonedDateTime t = now.atZone(OpeningHours.ZONE);
    List<ContactView> open = new ArrayList<>();
    List<ContactView> closed = new ArrayList<>();
    for (String id : ids) {
      Contact c = content.knowledge().contact(id);
      if (c == null || !c.verifiedForCards() || c.phone() == null && c.url() == null) continue;
      ContactView v = view(c, t, language);
      if (id.equals(SOS) || Boolean.TRUE.equals(v.openNow())) open.add(v);
      else closed.add(v);
    }
    List<ContactView> all = new ArrayList<>(open);
    all.addAll(closed);
    String message = Texts.cardMessage(language);
    ContactView instead = open.stream().filter(v -> !v.id().equals(SOS)).findFirst().orElse(null);
    if (!closed.isEmpty() && instead != null) {
      message = message + " " + Texts.insteadCall(language, instead.name());
    }
    return new Reply.Emergency(order.stream().filter(categories::contains).toList(), message, all);
  }
}
