package wirecoder.actors;

import java.util.List;

/** A country from countries.tsv: codes, names, demonyms, capital and its GeoNames id. */
public record Country(String iso3, String iso2, String name, List<String> aliases, List<String> demonyms,
                      String capital, long geonameId, String continent) {
    public Country {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
    }
}
