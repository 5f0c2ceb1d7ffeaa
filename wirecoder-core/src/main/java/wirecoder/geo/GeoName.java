package wirecoder.geo;

import java.util.List;

/**
 * One GeoNames entry: a populated place from the dump, or an area (country, first-level admin area,
 * continent) from Wirecoder's tables. {@code geonameid} is null only for supplement rows whose GeoNames
 * id is not known. {@code names} holds the spellings it is found by (empty when read back from the index).
 */
public record GeoName(Long geonameid, String name, double lat, double lon, String featureClass, String featureCode,
                      String countryCode, String admin1Code, String admin2Code, long population, List<String> names) {

    public GeoName {
        names = List.copyOf(names);
        admin2Code = admin2Code == null ? "" : admin2Code;
    }

    public boolean isCountry() {
        return featureCode.startsWith("PCL") || featureCode.equals("TERR");
    }

    public boolean isAdmin1() {
        return featureCode.equals("ADM1");
    }

    public boolean isAdmin2() {
        return featureCode.equals("ADM2");
    }

    public boolean isContinent() {
        return featureCode.equals("CONT");
    }

    public boolean isPopulatedPlace() {
        return featureClass.equals("P");
    }

    /** How precise a place resolved to this entry is, in ACLED's geo-precision spirit. */
    public String precision() {
        if (isContinent() || featureClass.equals("L") || featureClass.equals("H")) return "region";
        if (isCountry()) return "country";
        if (isAdmin1()) return "admin1";
        if (featureClass.equals("A")) return "admin2";
        return "town";
    }
}
