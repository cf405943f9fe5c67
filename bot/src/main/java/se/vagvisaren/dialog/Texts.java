package se.vagvisaren.dialog;

/** The guide's own words (not content): short, plain Swedish, with English where the resident writes English. */
final class Texts {
  private Texts() {}

  static String t(String language, String sv, String en) {
    return "en".equals(language) ? en : sv;
  }

  static final String GREETING_SV = "Hej! Jag är en digital vägvisare till socialtjänsten. Skriv med egna ord vad du behöver hjälp med.";
  static final String GREETING_EN = "Hi! I am a digital guide to social services. Write in your own words what you need help with.";

  static String back(String l) { return t(l, "Tillbaka", "Back"); }
  static String restart(String l) { return t(l, "Börja om", "Start over"); }
  static String noneOfThese(String l) { return t(l, "Inget av dessa", "None of these"); }
  static String didYouMean(String l) { return t(l, "Jag är inte säker på att jag förstod. Menade du något av det här?",
      "I am not sure I understood. Did you mean one of these?"); }
  static String rephrase(String l) { return t(l, "Skriv gärna med andra ord vad du behöver hjälp med. Du kan också välja ett ämne.",
      "Please tell me in other words what you need help with. You can also choose a topic."); }
  static String englishNote() {
    return "This guide is mostly in Swedish. The answer below is in Swedish. You can always call 112 in an emergency.";
  }
  static String restartDone(String l) { return t(l, "Vi börjar om. Vad behöver du hjälp med?", "Let us start over. What do you need help with?"); }
  static String articlesLead(String l) { return t(l, "Det här kan kanske hjälpa dig:", "This might help you:"); }

  static String acuteLead(String l) {
    return t(l, "Det du skriver låter allvarligt. Du är inte ensam. Här är nummer du kan ringa nu.",
        "What you write sounds serious. You are not alone. Here are numbers you can call now.");
  }
  static String cardMessage(String l) {
    return t(l, "Om någon är i fara just nu: ring 112.", "If someone is in danger right now: call 112.");
  }
  static String safeQuestion(String l) {
    return t(l, "Är du, eller den det gäller, i säkerhet just nu?", "Are you, or the person this is about, safe right now?");
  }
  static String safeYes(String l) { return t(l, "Ja, i säkerhet", "Yes, safe"); }
  static String safeNo(String l) { return t(l, "Nej, inte i säkerhet", "No, not safe"); }
  static String notSafe(String l) {
    return t(l, "Ring 112 nu. Säg var du är och vad som händer. Om du inte kan prata, stanna kvar i samtalet. Då kan de ändå försöka hjälpa dig.",
        "Call 112 now. Say where you are and what is happening. If you cannot talk, stay on the line.");
  }
  static String safe(String l) {
    return t(l, "Bra att du är i säkerhet nu. Numren finns kvar här. Vill du läsa om stöd du kan få?",
        "Good that you are safe now. The numbers stay here. Do you want to read about support you can get?");
  }
  static String readMore(String l, String title) { return t(l, "Stöd: " + title, "Support: " + title); }

  static String district(String l, String hood, String district) {
    return t(l, hood + " hör till " + district + ". Där finns socialtjänsten för dig som bor i " + hood
        + ". Kontrollera gärna på stadens webbplats. Det är kontoret som avgör vem som hjälper dig.",
        hood + " belongs to " + district + ". That is where social services are for people living in " + hood
        + ". Please check on the city's website. The office decides who helps you.");
  }

  static String openNow(String l) { return t(l, "Öppet nu.", "Open now."); }
  static String closedNow(String l, String when) {
    return t(l, "Stängt nu. Öppnar " + when + ".", "Closed now. Opens " + when + ".");
  }
  static String closedUnknown(String l) { return t(l, "Stängt nu.", "Closed now."); }
  static String hoursUnknown(String l) { return t(l, "Kontrollera öppettiderna på webbplatsen.", "Check the opening hours on the website."); }
  static String insteadCall(String l, String name) {
    return t(l, "Några linjer är stängda nu. " + name + " är öppet. Ring dit om du behöver hjälp innan de andra öppnar.",
        "Some lines are closed now. " + name + " is open. Call them if you need help before the others open.");
  }
}
