package wirecoder.model;

/**
 * An actor as it appears in an event: {@code name} is the canonical name after resolution,
 * {@code text} the span as written (offsets into the article). {@code country} is ISO alpha-3 or an
 * IGO code; {@code sector} a PLOVER/CAMEO sector; {@code code} the CAMEO actor code and {@code wikidata} the
 * Wikidata id where the actor table gives them (else null). {@code resolvedBy} names the resolution rule that
 * decided (table, role, ner, pronoun, salience, ...) so a user can judge it.
 */
public record ActorRef(String name, String text, String country, String sector, int start, int end, String resolvedBy,
                       String code, String wikidata) {

    /** An actor no table gives a code: CAMEO composes one from country and sector ("KEN" + "COP" = "KENCOP"). */
    public ActorRef(String name, String text, String country, String sector, int start, int end, String resolvedBy) {
        this(name, text, country, sector, start, end, resolvedBy, compose(country, sector), null);
    }

    /** CAMEO's code of a state's sector ("KENCOP"); null when the country is not an ISO alpha-3 code ("UN", none). */
    public static String compose(String country, String sector) {
        if (country == null || country.length() != 3 || !country.chars().allMatch(c -> c >= 'A' && c <= 'Z')) return null;
        return sector == null ? country : country + sector;
    }

    /** The same actor found by another rule or at another span. */
    public ActorRef withSpan(String text, int start, int end, String resolvedBy) {
        return new ActorRef(name, text, country, sector, start, end, resolvedBy, code, wikidata);
    }
}
