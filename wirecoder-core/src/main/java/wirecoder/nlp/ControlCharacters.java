package wirecoder.nlp;

/**
 * Control characters (NUL, escape, the C1 range) are not text: the tokenizer would glue them to words or split on
 * them unpredictably. Each becomes a space, so every offset into the text still points where it did.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7F && c <= 0x9F;
    }

    /** The text with each control character replaced by a space; the same string when there is none. */
    public static String asSpaces(String text) {
        int first = first(text);
        if (first < 0) return text;
        char[] c = text.toCharArray();
        for (int i = first; i < c.length; i++) if (isControl(c[i])) c[i] = ' ';
        return new String(c);
    }

    /** Where the first control character is, or -1. */
    public static int first(String text) {
        for (int i = 0; i < text.length(); i++) if (isControl(text.charAt(i))) return i;
        return -1;
    }

    public static int count(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (isControl(text.charAt(i))) n++;
        return n;
    }
}
