package wirecoder.model;

/**
 * A place: as mentioned ({@code text}, offsets) and as resolved to GeoNames where possible.
 * {@code precision} says how precise the resolution is: town, admin2, admin1, country, region (a
 * continent), or unresolved (a place name the gazetteer could not place; its {@code country} may still
 * be known from context). A place the gazetteer lacks may take the point of the place the text puts it in,
 * with no geonameid or feature code and that place's precision. {@code dateline} marks the reporter's location at the head of the article.
 */
public record Place(String name, String text, int start, int end, Long geonameid, Double lat, Double lon,
                    String country, String admin1, String featureCode, String precision, boolean dateline) {

    private static final java.util.List<String> PRECISION_ORDER = java.util.List.of("town", "admin2", "unresolved",
            "admin1", "country", "region");

    /**
     * How fine the named place is: 0 for a town, up to 5 for a continent; lower is more precise. A place the
     * gazetteer lacks ranks as one, finer than an admin1 area, also when it took the point of the place that
     * holds it (a point with no gazetteer entry: no geonameid or feature code): "Qaniyah (As Sawdiyah, Al Bayda)"
     * names a village, whatever its point; "Habima Square in Tel Aviv" ranks as the town.
     */
    public int precisionRank() {
        int i = PRECISION_ORDER.indexOf(precision);
        if (locatedByHolder()) return Math.min(i, PRECISION_ORDER.indexOf("unresolved"));
        return i < 0 ? PRECISION_ORDER.size() : i;
    }

    /** A place the gazetteer lacks that took the point of the place the text puts it in: a point, no entry. */
    public boolean locatedByHolder() {
        return geonameid == null && featureCode == null && lat != null;
    }

    public boolean isResolved() {
        return geonameid != null || lat != null;
    }
}
