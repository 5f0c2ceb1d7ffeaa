package wirecoder.cli;

/** A 96-token sentence of wire copy, as JSON-safe text. */
final class LongWire {
    static final String TEXT = "Houthi rebels attacked army positions in the Nihm district east of Sanaa on Saturday, killing at "
            + "least 12 soldiers and wounding 30 others, while the Saudi-led coalition said its aircraft struck rebel weapons "
            + "depots and command centres in Saada province in response, and the United Nations envoy for Yemen, who arrived "
            + "in the capital on Friday for talks with both parties on a prisoner exchange and the reopening of the airport, "
            + "urged both sides to exercise maximum restraint and return to negotiations without preconditions as soon as possible.";

    private LongWire() {
    }
}
