package wirecoder.places;

import java.util.List;

/**
 * A place name as found in a sentence, before resolution. {@code lookup} is the name to look up: the text
 * itself, or the place an area word names ("Jroud Arsal" -> "Arsal"). {@code impliedCountry} (ISO alpha-3)
 * comes from the phrase ("the Lebanese border town of Arsal"); {@code qualifier} from a following ", Texas"
 * or ", Lebanon". {@code dateline} marks the reporter's location at the head of the article. {@code namesArea}:
 * the name is followed by an area word ("Idlib province"), so it names the area, not its town.
 */
public record Toponym(String text, int start, int end, int sentence, int firstToken, int lastToken, Origin origin,
                      String lookup, String impliedCountry, List<String> qualifier, boolean dateline, boolean namesArea) {

    /** Why the span is taken for a place name. */
    public enum Origin {
        /** a country name from the country table */
        COUNTRY,
        /** a LOCATION span of the NER */
        NER,
        /** a capitalised name the NER missed, found by a cue word and the gazetteer */
        CUE,
        /** a state or county that opens a public body's name ("the Ohio Supreme Court", "Laurel County Sheriff's Office") */
        ORGANISATION,
        /** given from outside (evaluation against gold spans) */
        GIVEN
    }

    public Toponym {
        qualifier = List.copyOf(qualifier);
    }
}
