package wirecoder.model;

/**
 * A place: as mentioned ({@code text}, offsets) and as resolved to GeoNames where possible.
 * {@code precision} says how precise the resolution is: town, admin1, country, or unresolved (a
 * place name the gazetteer could not yet place; its {@code country} may still be known from context).
 */
public record Place(String name, String text, int start, int end, Long geonameid, Double lat, Double lon,
                    String country, String admin1, String featureCode, String precision) {
}
