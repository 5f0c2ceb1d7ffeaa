package wirecoder.store;

import wirecoder.data.CountedRule;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a new report tells a fused event already stored: an ordered chain of named rules, each of which may keep
 * the two apart, with hit counters (CLAVIN's passes). The store has already asked for candidates of the same PLOVER
 * type whose dates lie within {@link #DAY_SLACK} days; these rules judge the place and the sides. Two attacks on one
 * day in one city by different actors stay two events; a report that names no actor joins the one it fits.
 */
final class Fusion {

    /** Reports a day apart may tell one event: a late-night attack is "Sunday" in one report and "Monday" in another. */
    static final int DAY_SLACK = 1;
    /** Two places this close (km) are the same place for an event (a town and its district's centre). */
    static final double NEAR_KM = 25;

    /** What the rules read of an event or a fused event. */
    record Side(String eventType, String actors, String actorCountry, String actorSector, String recipients,
                String recipientCountry, String recipientSector, Double lat, Double lon, String country, String admin1,
                String placePrecision) {
    }

    abstract static class Rule extends CountedRule {
        Rule(String name, String description) {
            super(name, description);
        }

        /** True when this rule keeps the report apart from the candidate. */
        abstract boolean apart(Side report, Side fused);
    }

    private static final List<Rule> RULES = List.of(
            new Rule("other-country", "both are placed, in different countries") {
                @Override
                boolean apart(Side r, Side f) {
                    return r.country() != null && f.country() != null && !r.country().equals(f.country());
                }
            },
            new Rule("far-apart", "both are placed at town level more than " + NEAR_KM + " km apart") {
                @Override
                boolean apart(Side r, Side f) {
                    if (r.lat() == null || f.lat() == null || !town(r) || !town(f)) return false;
                    return km(r.lat(), r.lon(), f.lat(), f.lon()) > NEAR_KM;
                }
            },
            new Rule("other-region", "both are placed within a country, in different first-level regions") {
                @Override
                boolean apart(Side r, Side f) {
                    return r.admin1() != null && f.admin1() != null && !r.admin1().equals(f.admin1());
                }
            },
            new Rule("other-actor", "both name actors, and no name, nor country and sector, is shared") {
                @Override
                boolean apart(Side r, Side f) {
                    return disjoint(r.actors(), f.actors(), r.actorCountry(), f.actorCountry(), r.actorSector(), f.actorSector());
                }
            },
            new Rule("other-recipient", "both name recipients, and no name, nor country and sector, is shared") {
                @Override
                boolean apart(Side r, Side f) {
                    return disjoint(r.recipients(), f.recipients(), r.recipientCountry(), f.recipientCountry(),
                            r.recipientSector(), f.recipientSector());
                }
            });

    private Fusion() {
    }

    static List<Rule> rules() {
        return RULES;
    }

    /** The first rule that keeps them apart, or null when the report tells the fused event. */
    static Rule keepsApart(Side report, Side fused) {
        for (Rule r : RULES) {
            if (r.apart(report, fused)) {
                r.hit();
                return r;
            }
        }
        return null;
    }

    private static boolean town(Side s) {
        return "town".equals(s.placePrecision());
    }

    private static boolean disjoint(String a, String b, String countryA, String countryB, String sectorA, String sectorB) {
        Set<String> x = names(a);
        Set<String> y = names(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        for (String n : x) if (y.contains(n)) return false;
        boolean sameKind = countryA != null && countryA.equals(countryB) && sectorA != null && sectorA.equals(sectorB);
        return !sameKind;
    }

    /** The names of a "; "-joined list, lower-cased. */
    static Set<String> names(String joined) {
        if (joined == null || joined.isBlank()) return Set.of();
        Set<String> out = new HashSet<>();
        for (String n : Arrays.asList(joined.split("; "))) if (!n.isBlank()) out.add(n.toLowerCase(Locale.ROOT).trim());
        return out;
    }

    /** Great-circle distance in km. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
