package wirecoder.model;

/**
 * A place: as mentioned ({@code text}, offsets) and as resolved to GeoNames where possible.
 * {@code precision} says how precise the resolution is: town, admin2, admin1, country, region (a
 * continent), or unresolved (a place name the gazetteer could not place; its {@code country} may still
 * be known from context). {@code dateline} marks the reporter's location at the head of the article.
 */
public record Place(String name, String text, int start, int end, Long geonameid, Double lat, Double lon,
                    String country, String admin1, String featureCode, String precision, boolean dateline) {

    private static final java.util.List<String> PRECISION_ORDER = java.util.List.of("town", "admin2", "unresolved",
            "admin1", "country", "region");

    /** 0 for a town, up to 5 for a continent: lower is more precise. */
    public int precisionRank() {
        int i = PRECISION_ORDER.indexOf(precision);
        return i < 0 ? PRECISION_ORDER.size() : i;
    }

    public boolean isResolved() {
        return geonameid != null || lat != null;
    }
}
