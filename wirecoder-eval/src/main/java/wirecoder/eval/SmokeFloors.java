package wirecoder.eval;

import wirecoder.data.TsvTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast accuracy check CI runs (/eval/smoke-floors.tsv): for each suite a number of items, and for some of
 * its metrics a floor, set at the measured figure minus a small margin, so accuracy cannot silently fall.
 */
public final class SmokeFloors {

    public record Floor(String suite, String metric, double floor, int limit) {
    }

    private SmokeFloors() {
    }

    public static List<Floor> load() {
        List<Floor> out = new ArrayList<>();
        for (TsvTable.Row r : TsvTable.resource("/eval/smoke-floors.tsv", List.of("suite", "metric", "floor", "limit")).rows()) {
            try {
                out.add(new Floor(r.required("suite"), r.required("metric"), Double.parseDouble(r.required("floor")),
                        Integer.parseInt(r.required("limit"))));
            } catch (NumberFormatException e) {
                throw r.fail("floor and limit must be numbers");
            }
        }
        return out;
    }

    /** The item limit per suite (the first row of a suite gives it). */
    public static Map<String, Integer> limits(List<Floor> floors) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Floor f : floors) m.putIfAbsent(f.suite(), f.limit());
        return m;
    }
}
