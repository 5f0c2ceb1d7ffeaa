package wirecoder.geo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wirecoder.actors.ActorTable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled area tables load, and each kind of row lands as the entry it should be. */
class AreaTableTest {

    static AreaTable areas;

    @BeforeAll
    static void load() {
        areas = AreaTable.load(ActorTable.load());
    }

    private static GeoName entry(String name) {
        return areas.entries().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void airportsSeatsOfGovernmentAndSeasAreSitesAndWaters() {
        GeoName heathrow = entry("London Heathrow Airport");
        assertEquals("S", heathrow.featureClass());
        assertEquals("AIRP", heathrow.featureCode());
        assertEquals("GB", heathrow.countryCode());
        assertTrue(heathrow.names().contains("Heathrow"));
        assertEquals("S", entry("White House").featureClass());
        // "Red Sea" is also an Egyptian governorate; the sea is a water of no country.
        GeoName redSea = areas.entries().stream().filter(g -> g.name().equals("Red Sea") && g.featureCode().equals("SEA"))
                .findFirst().orElseThrow();
        assertEquals("H", redSea.featureClass());
        assertEquals("", redSea.countryCode());
        assertEquals("region", redSea.precision());
    }

    @Test
    void aliasesAreAddedToTheirDumpEntryOnly() {
        GeoName la = new GeoName(5368361L, "Los Angeles", 34.05, -118.24, "P", "PPLA2", "US", "CA", "037", 3_898_747,
                List.of("Los Angeles"));
        assertTrue(areas.withAliases(la).names().contains("L.A."));
        GeoName other = new GeoName(1L, "Elsewhere", 0, 0, "P", "PPL", "US", "CA", "", 10, List.of("Elsewhere"));
        assertSame(other, areas.withAliases(other));
    }

    @Test
    void admin2AreasAreAlsoFoundWithoutGeoNamesAdministrativeWords() {
        assertEquals("Ceredigion", AreaTable.admin2Core("County of Ceredigion"));
        assertEquals("South Waziristan", AreaTable.admin2Core("South Waziristan Agency"));
        assertEquals("Laguna", AreaTable.admin2Core("Province of Laguna"));
        assertEquals("Caerphilly", AreaTable.admin2Core("Caerphilly County Borough"));
        // News writes "Granville County"; the bare name is the town.
        assertEquals(null, AreaTable.admin2Core("Granville County"));
        assertTrue(entry("County of Ceredigion").names().contains("Ceredigion"));
    }

    @Test
    void admin1AreasCarryThePopulationOfTheirPlaces() {
        assertTrue(areas.admin1("CA", "10").orElseThrow().population() > 1_000_000);
    }
}
