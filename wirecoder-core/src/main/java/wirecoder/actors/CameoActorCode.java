package wirecoder.actors;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A CAMEO actor code read as country and sector: "RUSGOV" is Russia's government, "USAGOVMIL" the US military's
 * civilian side (GOV, the first role), "IGOUNOKID" an IGO, "NGOUSAEDU" an NGO based in the US, "MNCUSA" a US company.
 */
public record CameoActorCode(String code, String country, String sector) {

    /** Role codes that are not Wirecoder sectors but imply one. */
    private static final Map<String, String> IMPLIED = Map.of("INS", "REB", "SEP", "REB", "UAF", "MIL", "RAD", "OPP",
            "HRI", "NGO", "ENV", "NGO", "DEV", "NGO");
    /** CAMEO religion codes that are ISO codes too: after IGO/NGO/IMG "MUS" is Muslim, not Mauritius. */
    private static final Set<String> RELIGIONS = Set.of("MUS", "CHR", "SHN");

    /** Prefixes for actors that are not states, and the sector each gives. */
    private static final Map<String, String> NON_STATE = Map.of("IGO", "IGO", "NGO", "NGO", "MNC", "BUS", "IMG", "REB", "NGM", "REB");

    public static Optional<CameoActorCode> parse(String code, Set<String> countries) {
        if (code == null || code.length() < 3 || code.length() > 15 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return Optional.empty();
        }
        String prefix = code.substring(0, 3);
        if (NON_STATE.containsKey(prefix)) {
            String rest = code.substring(3);
            String next = rest.length() >= 3 ? rest.substring(0, 3) : "";
            String country = countries.contains(next) && !RELIGIONS.contains(next) ? next : "";
            String sector = NON_STATE.get(prefix);
            if (prefix.equals("NGO") && chunks(rest).contains("MED")) sector = "MED";
            return Optional.of(new CameoActorCode(code, country, sector));
        }
        String country = countries.contains(prefix) ? prefix : "";
        int from = country.isEmpty() ? 0 : 3;
        for (String chunk : chunks(code.substring(from))) {
            if (ActorTable.SECTORS.contains(chunk)) return Optional.of(new CameoActorCode(code, country, chunk));
            if (IMPLIED.containsKey(chunk)) return Optional.of(new CameoActorCode(code, country, IMPLIED.get(chunk)));
        }
        return Optional.empty();
    }

    private static java.util.List<String> chunks(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i + 3 <= s.length(); i += 3) out.add(s.substring(i, i + 3));
        return out;
    }
}
