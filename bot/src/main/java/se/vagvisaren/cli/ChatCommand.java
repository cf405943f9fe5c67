package se.vagvisaren.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.vagvisaren.dialog.DialogEngine;
import se.vagvisaren.dialog.Reply;
import se.vagvisaren.dialog.Session;
import se.vagvisaren.guide.Guide;
import se.vagvisaren.guide.GuideLoader;

@Command(name = "chat", description = "Prata med guiden i terminalen. Skriv fritt, eller en siffra för ett val. "
    + "\"tillbaka\", \"börja om\" och \"sluta\" fungerar också.")
final class ChatCommand implements Callable<Integer> {
  @Mixin ContentOption content;

  @Override
  public Integer call() throws Exception {
    GuideLoader.Loaded l = content.load(System.err, false);
    if (l == null) return 1;
    Guide guide = l.guide();
    Clock clock = Clock.systemUTC();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    Session session = Session.start("sv");
    DialogEngine.Outcome o = guide.turn(session, new Guide.Action.Open(), clock.instant());
    boolean cardShown = false;
    while (true) {
      if (o instanceof DialogEngine.Outcome.Rejected r) {
        out.println("! " + r.message());
      } else {
        DialogEngine.Outcome.Replied replied = (DialogEngine.Outcome.Replied) o;
        session = replied.session();
        print(out, replied.reply(), !cardShown);
        cardShown |= replied.reply().emergency() != null;
      }
      out.print("> ");
      String line = in.readLine();
      if (line == null || line.strip().equalsIgnoreCase("sluta")) return 0;
      String t = line.strip();
      Guide.Action action;
      if (t.matches("\\d+") && Integer.parseInt(t) >= 1 && Integer.parseInt(t) <= session.offered().size()) {
        action = new Guide.Action.Choose(session.offered().get(Integer.parseInt(t) - 1).id());
      } else if (t.equalsIgnoreCase("tillbaka")) {
        action = new Guide.Action.Back();
      } else if (t.equalsIgnoreCase("börja om")) {
        action = new Guide.Action.Restart();
      } else if (t.isEmpty()) {
        continue;
      } else {
        action = new Guide.Action.Text(t);
      }
      o = guide.turn(session, action, clock.instant());
    }
  }

  private static void print(PrintStream out, Reply r, boolean fullCard) {
    if (r.emergency() != null) {
      out.println("┌─ AKUT " + r.emergency().categories() + " ─ " + r.emergency().message());
      if (fullCard) {
        for (Reply.ContactView c : r.emergency().contacts()) out.println("│ " + contact(c));
      } else {
        out.println("│ (numren visas fortfarande)");
      }
      out.println("└─");
    }
    for (Reply.Message m : r.messages()) {
      if (!m.text().isEmpty()) out.println(m.text());
      m.links().forEach(k -> out.println("  → " + k.title() + ": " + k.url()));
      m.contacts().forEach(c -> out.println("  ☎ " + contact(c)));
    }
    for (int i = 0; i < r.options().size(); i++) {
      out.println("  [" + (i + 1) + "] " + r.options().get(i).label());
    }
  }

  private static String contact(Reply.ContactView c) {
    return c.name() + (c.phone() == null ? "" : " " + c.phone()) + (c.url() == null ? "" : " " + c.url())
        + " – " + c.hours() + " " + c.note();
  }
}
