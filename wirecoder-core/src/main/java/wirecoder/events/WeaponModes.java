package wirecoder.events;

import wirecoder.data.TsvTable;
import wirecoder.model.Dependency;
import wirecoder.model.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ASSAULT mode a weapon names (/lexicon/weapons.tsv): on the trigger ("drone strike"), in its instrument
 * phrase ("with mortars", "using small arms"), as the object of an instrument verb ("fired artillery",
 * /lexicon/instrument-verbs.tsv) or in the attacker's phrase ("Israeli warplanes bombed").
 */
public final class WeaponModes {

    /** A weapon named: its mode, the word as written and its lemma. */
    public record Weapon(String mode, String word, String lemma) {
    }

    private final Map<String, String> modes = new HashMap<>();
    private final Set<String> instrumentVerbs = new HashSet<>();

    public WeaponModes() {
        for (TsvTable.Row r : TsvTable.resource("/lexicon/weapons.tsv", List.of("lemma", "mode")).rows()) {
            modes.put(r.required("lemma").toLowerCase(Locale.ROOT), r.required("mode"));
        }
        for (TsvTable.Row r : TsvTable.resource("/lexicon/instrument-verbs.tsv", List.of("lemma")).rows()) {
            instrumentVerbs.add(r.required("lemma"));
        }
    }

    /** The mode the weapons around an ASSAULT trigger name, with the weapon word; empty when none is named. */
    public Optional<Weapon> mode(Sentence s, TriggerMatch m, List<Integer> actorHeads) {
        List<Integer> places = new ArrayList<>();
        int t = m.trigger();
        int verb = m.licensor() >= 0 ? m.licensor() : t;
        // The trigger's own modifiers name weapons ("drone strike", "rocket attack"); the trigger itself has its row's mode.
        for (Dependency d : s.children(t)) {
            if (d.relation().equals("compound") || d.relation().equals("amod")) places.add(d.dependent());
        }
        for (int node : List.of(t, verb)) {
            for (Dependency d : s.children(node)) {
                String rel = d.relation();
                boolean instrument = rel.equals("obl:with") || rel.equals("obl:using") || rel.equals("obl:by")
                        || rel.equals("nmod:with") || rel.equals("advcl:using") || rel.equals("obl:in") && isWeapon(s, d.dependent());
                boolean usedObject = rel.equals("obj") && instrumentVerbs.contains(s.token(node).lemma().toLowerCase(Locale.ROOT));
                if (instrument || usedObject) {
                    places.add(d.dependent());
                    for (Dependency c : s.children(d.dependent())) {
                        if (c.relation().equals("compound") || c.relation().startsWith("obj")) places.add(c.dependent());
                    }
                }
            }
        }
        for (int a : actorHeads) {
            places.add(a);
            for (Dependency c : s.children(a)) if (c.relation().equals("compound")) places.add(c.dependent());
        }
        Optional<Weapon> first = Optional.empty();
        for (int p : places) {
            Optional<Weapon> w = weapon(s, p);
            if (w.isPresent() && w.get().mode().equals(SUICIDE)) return w;
            if (first.isEmpty()) first = w;
        }
        return first;
    }

    /** The mode a suicide bomber, vest or attack gives: it says more than the bomb used. */
    private static final String SUICIDE = "suicide-attack";

    private Optional<Weapon> weapon(Sentence s, int i) {
        String lemma = s.token(i).lemma().toLowerCase(Locale.ROOT);
        String mode = modes.get(lemma);
        if (mode == null) {
            lemma = s.token(i).lower();
            mode = modes.get(lemma);
        }
        return mode == null ? Optional.empty() : Optional.of(new Weapon(mode, s.token(i).word(), lemma));
    }

    /**
     * The one weapon a sentence names, when the event's own phrases name none: "grenades were hurled" beside "14
     * persons were injured". Two different weapons, or a mine that may be a pit, give none.
     */
    public Optional<Weapon> onlyWeapon(Sentence s) {
        boolean[] all = new boolean[s.size()];
        java.util.Arrays.fill(all, true);
        return onlyWeapon(s, all);
    }

    /** As {@link #onlyWeapon(Sentence)}, over the tokens {@code within} marks (see {@link Sentence#outsideContrasts}). */
    public Optional<Weapon> onlyWeapon(Sentence s, boolean[] within) {
        Weapon found = null;
        Weapon suicide = null;
        boolean several = false;
        for (int i = 0; i < s.size(); i++) {
            if (!within[i]) continue;
            if (MINING.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))) return Optional.empty();
            Optional<Weapon> w = weapon(s, i);
            if (w.isEmpty() || w.get().lemma().equals("air") || w.get().lemma().equals("mine")) continue;
            if (w.get().mode().equals(SUICIDE)) suicide = w.get();
            if (found != null && !found.lemma().equals(w.get().lemma())) several = true;
            found = w.get();
        }
        if (suicide != null) return Optional.of(suicide);
        return several ? Optional.empty() : Optional.ofNullable(found);
    }

    /** Words that make "mine" a pit, not a weapon ("an explosion at a coal mine"). */
    private static final Set<String> MINING = Set.of("coal", "gold", "copper", "miner", "mining", "shaft", "colliery");

    /** Whether the sentence names an explosive weapon ("an IED", "a car bomb", "landmines"), not a pit. */
    public boolean namesExplosive(Sentence s) {
        boolean mine = false;
        for (int i = 0; i < s.size(); i++) {
            String lemma = s.token(i).lemma().toLowerCase(Locale.ROOT);
            if (MINING.contains(lemma)) return false;
            if ("explosives".equals(modes.get(lemma))) {
                if (!lemma.equals("mine")) return true;
                mine = true;
            }
        }
        return mine;
    }

    private boolean isWeapon(Sentence s, int i) {
        return modes.containsKey(s.token(i).lemma().toLowerCase(Locale.ROOT));
    }
}
