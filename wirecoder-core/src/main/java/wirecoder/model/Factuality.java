package wirecoder.model;

/** Whether the text says the event happened. Only ASSERTED events count as having happened. */
public enum Factuality {
    ASSERTED, NEGATED, HYPOTHETICAL, FUTURE;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
