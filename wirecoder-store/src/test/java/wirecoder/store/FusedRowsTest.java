package wirecoder.store;

import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** In-memory fusion: the store's rule over rows in input order, looking only at the days beside a report's. */
class FusedRowsTest {

    /** An events row with what fusion reads: type, actor, day, place (Goma unless moved) and the dead. */
    private static Object[] row(String id, String article, String type, String actor, LocalDate day, double lat, Long dead) {
        Object[] r = new Object[EventRows.COLUMNS.size()];
        r[0] = id;
        r[1] = article;
        r[3] = type;
        r[7] = actor;
        r[8] = "COD";
        r[9] = "REB";
        r[13] = Date.valueOf(day);
        r[17] = lat;
        r[18] = 29.22;
        r[19] = "COD";
        r[20] = "North Kivu";
        r[21] = "town";
        r[22] = dead;
        r[26] = "asserted";
        r[32] = article + ".example";
        return r;
    }

    @Test
    void reportsFuseWithinADayAndStayApartByActorPlaceAndType() {
        LocalDate monday = LocalDate.of(2024, 5, 13);
        FusedRows.InMemory fusion = new FusedRows.InMemory();
        assertEquals("f-a1-e1", fusion.add(row("a1-e1", "a1", "ASSAULT", "M23", monday, -1.68, 4L)));
        assertEquals("f-a1-e1", fusion.add(row("a2-e1", "a2", "ASSAULT", "M23", monday.plusDays(1), -1.68, 6L)), "a day later joins");
        Object[] adf = row("a3-e1", "a3", "ASSAULT", "ADF", monday, -1.68, null);
        adf[8] = "UGA";
        assertEquals("f-a3-e1", fusion.add(adf), "another actor (another name, another country) stays apart");
        assertEquals("f-a4-e1", fusion.add(row("a4-e1", "a4", "ASSAULT", "M23", monday, 0.49, null)), "far away stays apart");
        assertEquals("f-a5-e1", fusion.add(row("a5-e1", "a5", "COERCE", "M23", monday, -1.68, null)), "another type stays apart");
        assertEquals("f-a6-e1", fusion.add(row("a6-e1", "a6", "ASSAULT", "M23", monday.plusDays(4), -1.68, null)), "days apart stay apart");
        assertEquals("f-a1-e1", fusion.add(row("a7-e1", "a7", "ASSAULT", "M23", monday.plusDays(2), -1.68, null)),
                "the fused event now spans Tuesday, so Wednesday joins it, the first made");
        List<Object[]> rows = fusion.rows();
        assertEquals(5, rows.size());
        Object[] first = rows.get(0);
        assertEquals(4L, first[1 + FusedRows.COLUMNS.indexOf("dead")], "the lowest count reported");
        assertEquals(true, first[1 + FusedRows.COLUMNS.indexOf("counts_disagree")]);
        assertEquals(3, first[1 + FusedRows.COLUMNS.indexOf("num_mentions")]);
        assertEquals(monday.plusDays(2), first[1 + FusedRows.COLUMNS.indexOf("date_last")]);
    }
}
