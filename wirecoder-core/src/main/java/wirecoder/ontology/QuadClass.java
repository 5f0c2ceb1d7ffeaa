package wirecoder.ontology;

/** The four CAMEO/PLOVER quad classes, written as in the event record. */
public enum QuadClass {
    VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static QuadClass parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
