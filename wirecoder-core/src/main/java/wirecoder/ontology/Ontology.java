package wirecoder.ontology;

import wirecoder.data.TsvTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PLOVER types and modes and the CAMEO codes Wirecoder emits, loaded from
 * {@code /ontology/plover.tsv} and {@code /ontology/cameo.tsv}. Other data files (the trigger
 * lexicon) are validated against it, so a typo in a type, mode or code fails at start-up.
 */
public final class Ontology {

    public static final List<String> PLOVER_TYPES = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
            "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");

    private final Map<String, EventType> types;
    private final Map<String, String> cameoNames;
    private final Map<String, String> cameoContexts;

    private Ontology(Map<String, EventType> types, Map<String, String> cameoNames, Map<String, String> cameoContexts) {
        this.types = types;
        this.cameoNames = cameoNames;
        this.cameoContexts = cameoContexts;
    }

    public static Ontology load() {
        Map<String, EventType> types = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.resource("/ontology/plover.tsv", List.of("type", "quad_class", "modes")).rows()) {
            String name = r.required("type");
            if (!PLOVER_TYPES.contains(name)) throw r.fail("not a PLOVER type: " + name + "; valid: " + PLOVER_TYPES);
            QuadClass q;
            try {
                q = QuadClass.parse(r.required("quad_class"));
            } catch (IllegalArgumentException e) {
                throw r.fail("bad quad_class " + r.get("quad_class"));
            }
            types.put(name, new EventType(name, q, Set.copyOf(r.list("modes", ",")), r.get("definition")));
        }
        if (!types.keySet().containsAll(PLOVER_TYPES)) {
            throw new wirecoder.data.DataFileException("/ontology/plover.tsv", 0, "missing types; has " + types.keySet());
        }
        Map<String, String> cameo = new LinkedHashMap<>();
        Map<String, String> contexts = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.resource("/ontology/cameo.tsv", List.of("code", "name", "context")).rows()) {
            String code = r.required("code");
            if (!code.matches("\\d{2,4}")) throw r.fail("CAMEO code must be 2 to 4 digits: " + code);
            if (cameo.put(code, r.required("name")) != null) throw r.fail("duplicate CAMEO code " + code);
            if (!r.get("context").isEmpty()) contexts.put(code, r.get("context"));
        }
        // Codes of the verbs converted from PETRARCH2's dictionary (tools/cameo-verbs.py); the hand-made names win.
        for (TsvTable.Row r : TsvTable.resource("/ontology/cameo-codes.tsv", List.of("code", "name", "context")).rows()) {
            String code = r.required("code");
            if (!code.matches("\\d{2,4}")) throw r.fail("CAMEO code must be 2 to 4 digits: " + code);
            cameo.putIfAbsent(code, r.required("name"));
        }
        return new Ontology(Map.copyOf(types), Map.copyOf(cameo), Map.copyOf(contexts));
    }

    public EventType type(String name) {
        EventType t = types.get(name);
        if (t == null) throw new IllegalArgumentException("not a PLOVER type: " + name + "; valid: " + PLOVER_TYPES);
        return t;
    }

    public boolean isType(String name) { return types.containsKey(name); }

    public boolean isMode(String type, String mode) {
        return isType(type) && types.get(type).modes().contains(mode);
    }

    public Optional<String> cameoName(String code) { return Optional.ofNullable(cameoNames.get(code)); }

    /** The PLOVER context that events with this CAMEO code usually have, if any. */
    public Optional<String> context(String cameo) { return Optional.ofNullable(cameoContexts.get(cameo)); }
}
