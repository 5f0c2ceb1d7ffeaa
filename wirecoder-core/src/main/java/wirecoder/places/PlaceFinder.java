package wirecoder.places;

import wirecoder.actors.ActorEntry;
import wirecoder.actors.ActorTable;
import wirecoder.actors.Country;
import wirecoder.actors.PhraseMatcher;
import wirecoder.model.AnnotatedArticle;
import wirecoder.model.Place;
import wirecoder.model.Sentence;
import wirecoder.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Place mentions at country level (the GeoNames gazetteer comes later): LOCATION names from NER,
 * and country names the NER missed. A country name resolves to the country (GeoNames id, PCLI); any
 * other place keeps its name, unresolved, with the country its phrase implies ("the Lebanese border
 * town of Arsal" gives LBN) when there is one.
 */
public final class PlaceFinder {

    private final ActorTable table;

    public PlaceFinder(ActorTable table) {
        this.table = table;
    }

    /** Every place mention of the article, in text order. */
    public List<Place> find(AnnotatedArticle doc) {
        List<Place> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) out.addAll(find(doc.text(), s));
        return out;
    }

    public List<Place> find(String text, Sentence s) {
        List<Place> out = new ArrayList<>();
        boolean[] covered = new boolean[s.size()];
        for (PhraseMatcher.Match<ActorEntry> m : table.names().findAll(s.tokens())) {
            if (m.value().kind() != ActorEntry.Kind.STATE) continue;
            Token first = s.token(m.first());
            if (!Character.isUpperCase(first.word().charAt(0))) continue;
            Country c = table.country(m.value().country()).orElseThrow();
            boolean capital = m.form().equalsIgnoreCase(c.capital());
            int start = first.begin();
            int end = s.token(m.last()).end();
            // A hyphenated token ("Syria-Lebanon") holds two places: cut the span to the name.
            String covered0 = text.substring(start, end);
            int at = covered0.toLowerCase().indexOf(m.form().toLowerCase());
            if (at >= 0) {
                start += at;
                end = start + m.form().length();
            }
            out.add(capital ? unresolved(text, start, end, c.iso3()) : country(c, text, start, end));
            for (int i = m.first(); i <= m.last(); i++) covered[i] = true;
        }
        Map<Integer, Country> implied = impliedCountries(s);
        for (int i = 0; i < s.size(); i++) {
            if (covered[i] || !s.token(i).ner().equals("LOCATION")) continue;
            int j = i;
            while (j + 1 < s.size() && s.token(j + 1).ner().equals("LOCATION") && !covered[j + 1]) j++;
            Country c = implied.get(i);
            out.add(unresolved(text, s.token(i).begin(), s.token(j).end(), c == null ? null : c.iso3()));
            i = j;
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The country a demonym or country name in the same noun phrase gives each token ("Lebanese border town of Arsal"). */
    private Map<Integer, Country> impliedCountries(Sentence s) {
        Map<Integer, Country> out = new HashMap<>();
        if (!s.isParsed()) return out;
        for (PhraseMatcher.Match<Country> m : table.demonyms().findAll(s.tokens())) {
            int h = s.head(m.first());
            if (h < 0) continue;
            // The demonym's noun, and names hanging on it by "of" or apposition.
            out.put(h, m.value());
            for (var d : s.basicChildren(h)) {
                if (d.relation().startsWith("nmod") || d.relation().equals("appos")) out.put(d.dependent(), m.value());
            }
        }
        return out;
    }

    static Place country(Country c, String text, int start, int end) {
        return new Place(c.name(), text.substring(start, end), start, end, c.geonameId(), null, null, c.iso3(), null,
                "PCLI", "country");
    }

    static Place unresolved(String text, int start, int end, String iso3) {
        String t = text.substring(start, end);
        return new Place(t, t, start, end, null, null, null, iso3, null, null, "unresolved");
    }
}
