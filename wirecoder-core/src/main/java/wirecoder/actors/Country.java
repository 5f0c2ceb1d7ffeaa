package wirecoder.actors;

import java.util.List;

/**
 * A country from countries.tsv: codes, names, demonyms, capital, its GeoNames id and a centroid (null
 * for the few territories without GeoNames places).
 */
public record Country(String iso3, String iso2, String name, List<String> aliases, List<String> demonyms,
                      String capital, long geonameId, String continent, Double lat, Double lon) {
    public Country {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
    }
}
