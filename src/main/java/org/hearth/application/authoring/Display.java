package org.hearth.application.authoring;

/** Makes text from a request safe to repeat in a message: one line, printable, and short. */
final class Display {

  private Display() {}

  static String clip(String text) {
    if (text == null) {
      return "";
    }
    String line = text.replaceAll("\\p{Cntrl}", "?");
    return line.length() > 100 ? line.substring(0, 100) + "…" : line;
  }
}
