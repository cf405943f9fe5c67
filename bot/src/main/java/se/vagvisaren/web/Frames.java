package se.vagvisaren.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.vagvisaren.dialog.Reply;

/** The server → client frames of docs/protocol.md, built explicitly so the wire format is visible here. */
final class Frames {
  static final ObjectMapper JSON = new ObjectMapper();

  private Frames() {}

  static String session(String id, boolean resumed) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", "session");
    o.put("session", id);
    o.put("resumed", resumed);
    return write(o);
  }

  static String forgotten() {
    return write(JSON.createObjectNode().put("type", "forgotten"));
  }

  static String error(String code, String message) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", "error");
    o.put("code", code);
    o.put("message", message);
    return write(o);
  }

  static String reply(Reply r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", "reply");
    ArrayNode messages = o.putArray("messages");
    for (Reply.Message m : r.messages()) {
      ObjectNode mo = messages.addObject();
      mo.put("text", m.text());
      ArrayNode links = mo.putArray("links");
      m.links().forEach(l -> links.addObject().put("title", l.title()).put("url", l.url()));
      ArrayNode contacts = mo.putArray("contacts");
      m.contacts().forEach(c -> contact(contacts.addObject(), c));
    }
    ArrayNode options = o.putArray("options");
    r.options().forEach(op -> options.addObject().put("id", op.id()).put("label", op.label()));
    if (r.emergency() == null) {
      o.putNull("emergency");
    } else {
      ObjectNode e = o.putObject("emergency");
      ArrayNode cats = e.putArray("categories");
      r.emergency().categories().forEach(cats::add);
      e.put("message", r.emergency().message());
      ArrayNode contacts = e.putArray("contacts");
      r.emergency().contacts().forEach(c -> contact(contacts.addObject(), c));
    }
    o.put("intent", r.intent());
    o.put("node", r.node());
    return write(o);
  }

  static void contact(ObjectNode o, Reply.ContactView c) {
    o.put("id", c.id());
    o.put("name", c.name());
    o.put("phone", c.phone());
    o.put("tel", c.tel());
    o.put("url", c.url());
    o.put("hours", c.hours());
    if (c.openNow() == null) o.putNull("openNow");
    else o.put("openNow", c.openNow());
    o.put("note", c.note());
    o.put("description", c.description());
  }

  static String write(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
