package wirecoder.assemble;

import wirecoder.actors.ActorMention;
import wirecoder.actors.ActorResolver;
import wirecoder.actors.DocumentActors;
import wirecoder.counts.Casualty;
import wirecoder.counts.CountFinder;
import wirecoder.events.EventDetector;
import wirecoder.events.EventMention;
import wirecoder.events.MustClauses;
import wirecoder.events.RoleFiller;
import wirecoder.events.RoleRules;
import wirecoder.events.WeaponModes;
import wirecoder.model.ActorRef;
import wirecoder.model.AnnotatedArticle;
import wirecoder.model.Attribution;
import wirecoder.model.Dependency;
import wirecoder.model.Factuality;
import wirecoder.model.Place;
import wirecoder.model.Sentence;
import wirecoder.model.Span;
import wirecoder.model.Token;
import wirecoder.time.DateNormalizer;
import wirecoder.time.TimeExpression;
import wirecoder.time.TimeFinder;
import wirecoder.truth.AttributionFinder;
import wirecoder.truth.FactualityMarker;
import wirecoder.truth.IntentRecoder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds one draft event per trigger mention of a sentence, filling each field from its stage:
 * roles to actors, factuality, attribution, the clause's time, counts and place. The drafts are then
 * merged by {@link EventMerger}.
 */
public final class EventAssembler {

    private static final Set<String> PLACE_RELATIONS = Set.of("obl:in", "obl:near", "obl:at", "obl:outside", "obl:around",
            "obl:inside", "obl:across", "obl:along", "obl:into", "nmod:in", "nmod:near", "nmod:at", "nmod:outside",
            "obl:throughout", "nmod:across", "obl:on");

    private final EventDetector detector;
    private final ActorResolver actors;
    private final TimeFinder timeFinder = new TimeFinder();
    private final DateNormalizer dates = new DateNormalizer();
    private final CountFinder counts;
    private final FactualityMarker factuality;
    private final AttributionFinder attribution;
    private final PlaceRoles placeRoles;
    private final IntentRecoder intents = new IntentRecoder();
    private final WeaponModes weapons = new WeaponModes();

    private final PrecisionGate gate;

    public EventAssembler(EventDetector detector, ActorResolver actors, CountFinder counts, FactualityMarker factuality,
                          AttributionFinder attribution, java.util.function.Predicate<String> placeNoun, PrecisionGate gate) {
        this.placeRoles = new PlaceRoles(placeNoun);
        this.gate = gate;
        this.detector = detector;
        this.actors = actors;
        this.counts = counts;
        this.factuality = factuality;
        this.attribution = attribution;
    }

    /** Draft events of one sentence. */
    List<EventDraft> sentence(AnnotatedArticle doc, LocalDate published, DocumentActors cast, List<Place> places, Sentence s,
                              java.util.function.Consumer<wirecoder.model.SetAside> setAside) {
        List<EventDraft> out = new ArrayList<>();
        List<EventMention> mentions = detector.detect(s, (sent, i) -> actors.isPersonOrGroup(cast, sent, i));
        if (mentions.isEmpty()) return out;
        String text = doc.text();
        List<TimeExpression> times = timeFinder.find(s);
        List<Casualty> casualties = counts.find(s);
        // Sides first: a mention that finds the sides it needs is an event; only events own the sentence's times,
        // places and counts ("allied until 2017 when they severed ties": "allied" has no sides, the year is the severing's).
        List<EventDraft> drafts = new ArrayList<>();
        boolean armed = armed(s);
        for (EventMention m : mentions) {
            EventDraft d = new EventDraft(m, s.index(), ClausePath.of(s, m));
            d.explanation.add("trigger '" + s.token(m.trigger()).word() + "' matched " + m.rule().describe()
                    + (m.match().licensor() >= 0 ? " licensed by '" + s.token(m.match().licensor()).word() + "'" : ""));
            trigger(d, s, text);
            if (!roles(d, s, text, cast)) continue;
            // A game won, an accident, a weather warning: no event, counted by the gate's rule.
            Optional<PrecisionGate.Rule> dropped = gate.check(new PrecisionGate.Mention(d.type, s.token(m.trigger()).lemma(),
                    !d.actors.isEmpty(), d.actors.stream().anyMatch(EventAssembler::agent), companies(d), armed,
                    maybePolitical(d, s)), s, text);
            if (dropped.isPresent()) {
                setAside.accept(new wirecoder.model.SetAside(s.index(), new Span(d.triggerText, d.triggerStart, d.triggerEnd), d.type,
                        dropped.get().name()));
                continue;
            }
            drafts.add(d);
        }
        List<List<Integer>> paths = new ArrayList<>();
        Set<Integer> triggers = new HashSet<>();
        for (EventDraft d : drafts) {
            paths.add(d.path);
            triggers.add(d.mention.trigger());
        }
        long violent = drafts.stream().filter(d -> d.mention.rule().type().equals("ASSAULT") || d.mention.rule().type().equals("COERCE")).count();
        for (EventDraft d : drafts) {
            EventMention m = d.mention;
            weapon(d, s);
            riot(d);
            FactualityMarker.Verdict v = factuality.mark(s, m.trigger(), m.match().licensor(), attribution.reportingVerbs());
            d.factuality = v.factuality();
            d.factualityCue = v.cue();
            if (v.cue() != null) d.explanation.add("factuality " + v.factuality().label() + " from '" + v.cue() + "'");
            attribution(d, s, text, cast);
            date(d, s, times, paths, published);
            counts(d, s, text, cast, casualties, triggers, violent);
            location(d, s, places, paths);
            intent(d, v);
            out.add(d);
        }
        return out;
    }

    private static void trigger(EventDraft d, Sentence s, String text) {
        int t = d.mention.trigger();
        int first = t;
        int last = t;
        int lic = d.mention.match().licensor();
        if (lic >= 0 && Math.abs(lic - t) <= 3) {
            first = Math.min(t, lic);
            last = Math.max(t, lic);
        }
        Span span = s.span(text, first, last);
        d.triggerStart = span.start();
        d.triggerEnd = span.end();
        d.triggerText = span.text();
        for (Dependency dep : s.basicChildren(t)) {
            if (dep.relation().equals("det") && s.token(dep.dependent()).lower().equals("the")) d.definite = true;
        }
    }

    /** Resolves role fillers to actors; false when the lexicon row needs a role that stays empty. */
    private boolean roles(EventDraft d, Sentence s, String text, DocumentActors cast) {
        List<RoleFiller> named = new ArrayList<>();
        for (RoleFiller f : d.mention.roles()) {
            if (!credit(s, f.head())) {
                named.add(f);
                continue;
            }
            // "(The Washington Post) President-elect Donald Trump and President Obama met": the parser makes the credit
            // the subject and hangs the real one on it.
            for (Dependency c : s.basicChildren(f.head())) {
                if (c.relation().equals("dep") || c.relation().equals("appos")) {
                    named.add(new RoleFiller(c.dependent(), f.role(), f.relation() + "(after a credit)", f.on()));
                }
            }
        }
        for (RoleFiller f : List.copyOf(named)) {
            for (int c : s.children(f.head(), "conj")) {
                if (named.stream().noneMatch(x -> x.head() == c)) named.add(new RoleFiller(c, f.role(), f.relation() + "+conj", f.on()));
            }
        }
        Set<String> taken = new HashSet<>();
        // Names first, so that a generic word ("militants") can avoid repeating them.
        // Backup subjects last, and only when nothing else named an actor.
        // Fallback paths ("?" rows of roles.tsv) only for a role that neither the nearer relations nor the readings of
        // the object's owner, the addressee or a threat's condition filled.
        List<RoleFiller> backups = named.stream().filter(f -> f.relation().startsWith(RoleRules.BACKUP)).toList();
        List<RoleFiller> fallbacks = named.stream().filter(f -> f.relation().startsWith("?")).toList();
        named.removeAll(backups);
        named.removeAll(fallbacks);
        fill(d, s, text, cast, taken, named, true);
        fill(d, s, text, cast, taken, named, false);
        if (d.actors.isEmpty()) fill(d, s, text, cast, taken, backups, null);
        if (d.actors.isEmpty() && d.mention.rule().pos().equals("V")) agentEvent(d, s, text, cast, taken);
        if (d.recipients.isEmpty()) objectOwner(d, s, text, cast, taken);
        if (d.recipients.isEmpty() && d.type.equals("REQUEST")) addressee(d, s, text, cast, taken);
        if (d.recipients.isEmpty() && d.type.equals("THREATEN")) conditionHolder(d, s, text, cast, taken);
        if (d.recipients.isEmpty() && d.type.equals("PROTEST")) demandTarget(d, s, text, cast, taken);
        List<RoleFiller> open = fallbacks.stream().filter(f -> (f.role().equals("actor") ? d.actors : d.recipients).isEmpty()).toList();
        fill(d, s, text, cast, taken, open, null);
        if (d.mention.rule().needs().equals("recipient") && d.recipients.isEmpty() && d.actors.size() >= 2) {
            // "The army and the RSF fought": both sides are subjects; the first acts on the others.
            d.recipients.addAll(d.actors.subList(1, d.actors.size()));
            d.actors.subList(1, d.actors.size()).clear();
            d.explanation.add("two-sided: conjoined subjects split into actor and recipient");
        }
        String needs = d.mention.rule().needs();
        return switch (needs) {
            case "actor" -> !d.actors.isEmpty();
            case "recipient" -> !d.recipients.isEmpty();
            case "any" -> !d.actors.isEmpty() || !d.recipients.isEmpty();
            // The converted CAMEO verbs are broad ("serve", "head", "certify"): as PETRARCH, they code only what
            // political actors do to political actors, a state, a government, an armed group, an organisation.
            case "both" -> d.actors.stream().anyMatch(EventAssembler::political) && d.recipients.stream().anyMatch(EventAssembler::political);
            default -> true;
        };
    }

    /**
     * Resolves role fillers into the event's sides; {@code names}: true for fillers that name an actor, false for
     * generic role words ("militants"), null for all.
     */
    private void fill(EventDraft d, Sentence s, String text, DocumentActors cast, Set<String> taken, List<RoleFiller> fillers,
                      Boolean names) {
        for (RoleFiller f : fillers) {
            if (names != null) {
                boolean generic = actors.table().role(s.token(f.head()).lemma()).isPresent()
                        && actorNamedInPhrase(s, f.head(), cast) == null;
                if (names == generic) continue;
            }
            for (ActorRef ref : actors.resolveAll(text, cast, s, f.head(), taken)) {
                // A complement's object is a side only when named: "refused to deploy peacekeepers" deploys its own.
                if (f.relation().startsWith("?") && ref.resolvedBy().startsWith("role") && "MIL".equals(ref.sector())) continue;
                List<ActorRef> list = f.role().equals("actor") ? d.actors : d.recipients;
                if (d.hasActor(ref.name()) || d.hasRecipient(ref.name())) continue;
                list.add(ref);
                taken.add(ref.name());
                d.explanation.add(f.role() + " " + ref.name() + " <- " + f.on() + " " + f.relation() + " '" + ref.text()
                        + "' (" + ref.resolvedBy() + ")");
            }
        }
    }

    /**
     * Group words without a country ("protesters", "police", "gunmen") take the country of the event's place, else
     * the article's main country, as ACLED codes "Protesters (Kenya)": who protests in Nairobi is, but for a word
     * saying otherwise, Kenyan. A place across borders (a sea, a region) gives none.
     */
    void localise(EventDraft d, DocumentActors cast, String placesCountry, AnnotatedArticle doc, List<Place> places) {
        String text = doc.text();
        String placeCountry = d.location == null || d.location.country() == null || d.location.precision().equals("region")
                ? null : d.location.country();
        if (d.type.equals("PROTEST") && d.actors.isEmpty() && d.factuality == Factuality.ASSERTED) {
            // "A protest was held in Mashhad": who protests, unnamed, is protesters, as ACLED and PLOVER code it.
            d.actors.add(new ActorRef("protesters", d.triggerText, null, "CVL", d.triggerStart, d.triggerEnd, "role"));
            d.explanation.add("actor protesters <- an unnamed protest");
        }
        if (d.type.equals("COERCE") && "arrest".equals(d.mode) && d.actors.isEmpty() && d.factuality == Factuality.ASSERTED) {
            // "50 persons were arrested": who arrests, unnamed, is the police, as ACLED codes "Police Forces of India".
            d.actors.add(new ActorRef("police", d.triggerText, null, "COP", d.triggerStart, d.triggerEnd, "role"));
            d.explanation.add("actor police <- an arrest by no one named");
        }
        if (d.type.equals("ASSAULT") && "explosives".equals(d.mode) && d.actors.isEmpty() && d.factuality == Factuality.ASSERTED
                && weapons.namesExplosive(doc.sentences().get(d.sentence))) {
            // "An IED planted on a vehicle exploded in Kadhmiya": a bomb no one claims is an unidentified armed group's,
            // as ACLED codes "Unidentified Armed Group (Iraq)" and CAMEO an unaligned armed force. The sentence must
            // name the weapon: a blast in a restaurant is no one's attack.
            d.actors.add(new ActorRef(UNIDENTIFIED, d.triggerText, null, "REB", d.triggerStart, d.triggerEnd, "role"));
            d.explanation.add("actor " + UNIDENTIFIED + " <- a bombing by no one named");
        }
        localiseInPhrase(d.actors, d, text, places);
        localiseInPhrase(d.recipients, d, text, places);
        boolean fighting = FIGHTING.contains(d.type);
        // Whom a crowd protests against is, failing all else, of its own country: "fundamentalists continued their
        // hunger strike to demand the resignation of Algerian President Ahmed Ben Bella".
        boolean faceToFace = fighting || d.type.equals("PROTEST");
        // Only a countryless actor asks which country the sentence names.
        String sentenceCountry = d.actors.stream().anyMatch(a -> a.country() == null) ? sentenceCountry(d, doc, cast, places, d.recipients) : null;
        localise(d.actors, placeCountry, cast, placesCountry, d, fighting, faceToFace ? d.recipients : List.of(), sentenceCountry);
        localise(d.recipients, placeCountry, cast, placesCountry, d, false, List.of(), null);
    }

    /** The actor of an attack no one is named for. */
    static final String UNIDENTIFIED = "unidentified armed group";

    /** Places a role word may govern: areas, not towns (a one-word town is too often a misread name). */
    private static final Set<String> JURISDICTIONS = Set.of("country", "admin1", "admin2");

    /** "the governor of Hadramawt governorate", "the government of Sindh province": right after the role word. */
    private static final java.util.regex.Pattern OF_OR_IN = java.util.regex.Pattern.compile("\\s+(?:of|in)\\s+(?:the\\s+)?");

    /**
     * A role word whose own phrase names a place ("the governor of Hadramawt governorate") takes that place's country,
     * before the event's place or the article's focus are asked.
     */
    private void localiseInPhrase(List<ActorRef> refs, EventDraft d, String text, List<Place> places) {
        for (int i = 0; i < refs.size(); i++) {
            ActorRef r = refs.get(i);
            if (r.country() != null || r.sector() == null || !r.resolvedBy().equals("role")) continue;
            for (Place p : places) {
                if (p.country() == null || p.start() < r.end() || p.start() - r.end() > 12 || !JURISDICTIONS.contains(p.precision())) continue;
                if (!OF_OR_IN.matcher(text.substring(r.end(), p.start())).matches()) continue;
                // "the chief of Israel's militia ally": the place owns another noun, the role is that noun's.
                if (text.startsWith("'s", p.end()) || text.startsWith("’s", p.end())) continue;
                Optional<ActorRef> local = actors.localise(r, p.country(), "role+named-place");
                if (local.isPresent()) {
                    refs.set(i, local.get());
                    d.explanation.add("country of '" + r.text() + "' " + p.country() + " <- the place its phrase names, '" + p.text() + "'");
                }
                break;
            }
        }
    }

    /** Sectors of actors PETRARCH's dictionaries code: states and their organs, armed groups, parties, organisations. */
    private static final Set<String> POLITICAL = Set.of("GOV", "MIL", "REB", "COP", "JUD", "LEG", "OPP", "PTY", "SPY", "ELI",
            "IGO", "NGO");

    private static boolean political(ActorRef a) {
        return a.sector() != null && POLITICAL.contains(a.sector());
    }

    /** Sectors of private sides: firms, schools, the press, hospitals, farms, sport and entertainment. */
    private static final Set<String> UNPOLITICAL = Set.of("BUS", "EDU", "MED", "HLH", "AGR", "SPT", "ENT");

    /**
     * Whether some side of the event may be a political actor: a state or its organs, an armed, political or civic group
     * (the Kurds demanding independence), an IGO or NGO, an organisation the tables do not know; or no side is known.
     * Only sides that are all private persons (a name the tagger calls a person, with no sector or country), firms,
     * schools or hospitals make an event private.
     */
    private static boolean maybePolitical(EventDraft d, Sentence s) {
        List<ActorRef> sides = new ArrayList<>(d.actors);
        sides.addAll(d.recipients);
        return sides.isEmpty() || sides.stream().anyMatch(a -> !privateSide(a, s));
    }

    private static boolean privateSide(ActorRef a, Sentence s) {
        if (a.sector() != null) return UNPOLITICAL.contains(a.sector());
        if (a.country() != null) return false;
        boolean person = false;
        for (Token t : s.tokens()) {
            if (t.begin() < a.start() || t.end() > a.end()) continue;
            if (!t.ner().equals("PERSON")) return false;
            person = true;
        }
        return person;
    }

    /** Whether the sentence names a weapon of war (a chemical leak is no chemical attack). */
    private boolean armed(Sentence s) {
        return weapons.onlyWeapon(s).filter(w -> !w.mode().equals("unconventional")).isPresent() || weapons.namesExplosive(s);
    }

    /** Companies dealing with companies: every actor a business, no one else on the other side. */
    private static boolean companies(EventDraft d) {
        return !d.actors.isEmpty() && d.actors.stream().allMatch(a -> "BUS".equals(a.sector()))
                && d.recipients.stream().allMatch(a -> "BUS".equals(a.sector()) || a.sector() == null);
    }

    /**
     * Whether an actor can have done a deed on purpose: a state, a force, a group, not civilians ("180 people dead"
     * read as the quake's actor) nor a name of no known sector.
     */
    private static boolean agent(ActorRef a) {
        return a.sector() != null && !a.sector().equals("CVL") && !a.sector().equals("REF");
    }

    /** Rules that name an actor the tables do not know: a tagged name or an acronym. */
    private static final Set<String> NAMED = Set.of("ner", "acronym");

    /** Events a group does where it is: its attacks and coercion place it even when the sentence's place is unknown. */
    private static final Set<String> FIGHTING = Set.of("ASSAULT", "COERCE");

    /** What a countryless actor's country may come from; {@link #COUNTRY_SOURCES} asks them in order. */
    private record Whereabouts(String placeCountry, String focus, String placesCountry, List<ActorRef> opponents,
                               String sentenceCountry, boolean transnational) {
    }

    /** One source of a countryless actor's country: the suffix its resolved_by gets, and what --explain says. */
    private record CountrySource(String suffix, String says, java.util.function.Function<Whereabouts, String> country) {
    }

    /**
     * In order: the event's place; the article's main country (for a group of no one country, where the article's
     * places lie); the other side of a fight or protest; the one country the sentence names outside the other side.
     */
    private static final List<CountrySource> COUNTRY_SOURCES = List.of(
            new CountrySource("+place", "the event's place", Whereabouts::placeCountry),
            new CountrySource("+focus", "the article's main country", w -> w.transnational() ? w.placesCountry() : w.focus()),
            new CountrySource("+opponent", "the other side of the fight", w -> opponentCountry(w.opponents())),
            new CountrySource("+sentence", "the one country its sentence names", Whereabouts::sentenceCountry));

    /**
     * @param opponents       the other side of a fight, whose country an attacker takes when neither the event's place
     *                        nor the article gives one ("unknown gunmen shot a QSD fighter" in a note naming no country)
     * @param sentenceCountry the one country the event's sentence names outside the other side, or null
     */
    private void localise(List<ActorRef> refs, String placeCountry, DocumentActors cast, String placesCountry, EventDraft d,
                          boolean fighting, List<ActorRef> opponents, String sentenceCountry) {
        // Without the event's own country: the country the article names most, else where most of its places lie.
        String focus = cast.focusCountry() != null ? cast.focusCountry() : placesCountry;
        for (int i = 0; i < refs.size(); i++) {
            ActorRef r = refs.get(i);
            if (r.country() == null && r.sector() == null && placeCountry != null && NAMED.contains(r.resolvedBy())) {
                // A person or body the tables do not know, named where the event happens, is of that place, as ACLED
                // codes local people and groups ("Abdelaziz Bouteflicka threatened a curfew in Algiers"). Not of a
                // country the sentence merely names: a spokeswoman speaks of places abroad ("Zakharova ... Eastern Ghouta").
                refs.set(i, new ActorRef(r.name(), r.text(), placeCountry, null, r.start(), r.end(), r.resolvedBy() + "+place",
                        placeCountry, r.wikidata()));
                d.explanation.add("country of '" + r.text() + "' " + placeCountry + " <- the event's place");
                continue;
            }
            if (r.country() != null || r.sector() == null || r.sector().equals("IGO") || r.sector().equals("NGO")) continue;
            boolean roleWord = r.resolvedBy().equals("role") || r.resolvedBy().equals("pronoun+role");
            // A diplomat serves abroad: the envoy shot in Ankara is not Turkey's.
            if (roleWord && ActorResolver.isDiplomat(r.text().substring(r.text().lastIndexOf(' ') + 1))) continue;
            // A group of no one country ("Islamic State", "al Qaeda") is coded where it acts, as ACLED's "Islamic State (Iraq)".
            boolean transnational = r.sector().equals("REB") && !roleWord && !NAMED.contains(r.resolvedBy());
            if (!roleWord && !transnational) continue;
            // Only where it acts: "severed its ties to al Qaeda" puts al Qaeda in no country; "IS attacked army
            // vehicles" in an article whose places lie in Syria is in Syria.
            if (transnational && placeCountry == null && !fighting) continue;
            Whereabouts w = new Whereabouts(placeCountry, focus, placesCountry, opponents, transnational ? null : sentenceCountry,
                    transnational);
            for (CountrySource source : COUNTRY_SOURCES) {
                String iso3 = source.country().apply(w);
                if (iso3 == null) continue;
                String how = (roleWord ? "role" : r.resolvedBy()) + source.suffix();
                Optional<ActorRef> local = roleWord ? actors.localise(r, iso3, how)
                        : Optional.of(new ActorRef(r.name(), r.text(), iso3, r.sector(), r.start(), r.end(), how,
                                r.code() != null ? r.code() : ActorRef.compose(iso3, r.sector()), r.wikidata()));
                if (local.isPresent()) {
                    refs.set(i, local.get());
                    d.explanation.add("country of '" + r.text() + "' " + iso3 + " <- " + source.says());
                }
                break;
            }
        }
    }

    /**
     * The one country the event's sentence names (a state, a place, a known person's or group's country) outside the
     * phrases of {@code otherSide}, or null when it names none or several: "Police said ..." in a sentence about
     * Vietnam, but not "police arrested a Turkish man".
     */
    private static String sentenceCountry(EventDraft d, AnnotatedArticle doc, DocumentActors cast, List<Place> places,
                                          List<ActorRef> otherSide) {
        Sentence s = doc.sentences().get(d.sentence);
        Set<String> found = new HashSet<>();
        for (ActorMention m : cast.mentions()) {
            String c = m.entry().country();
            if (m.sentence() == d.sentence && c != null && !c.isEmpty() && !"IGO".equals(m.entry().sector())
                    && !within(m.start(), otherSide)) found.add(c);
        }
        for (Place p : places) {
            if (p.start() >= s.begin() && p.start() < s.end() && p.country() != null && !within(p.start(), otherSide)) found.add(p.country());
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static boolean within(int offset, List<ActorRef> refs) {
        for (ActorRef r : refs) if (offset >= r.start() && offset < r.end()) return true;
        return false;
    }

    /** Sectors of people who may be anywhere: "police arrested a Turkish man" says nothing of where. */
    private static final Set<String> PEOPLE_ABROAD = Set.of("CVL", "REF", "EDU", "LAB", "MED", "HLH", "AGR", "BUS", "CRM",
            "IGO", "NGO");

    /** The first country on the other side of a fight that is a party of its own country: a state, a group, a body. */
    private static String opponentCountry(List<ActorRef> opponents) {
        for (ActorRef o : opponents) {
            if (o.country() != null && !PEOPLE_ABROAD.contains(o.sector())) return o.country();
        }
        return null;
    }

    /** /lexicon/agent-events.tsv: a violent act's noun and the prepositions that hang it on its victim's verb. */
    private static final Map<String, Set<String>> AGENT_EVENTS = agentEvents();

    private static Map<String, Set<String>> agentEvents() {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (wirecoder.data.TsvTable.Row r : wirecoder.data.TsvTable.resource("/lexicon/agent-events.tsv", List.of("lemma", "case")).rows()) {
            out.put(r.required("lemma"), Set.copyOf(r.list("case", ";")));
        }
        return out;
    }

    /**
     * "99 persons were killed in police firing", "died in an Israeli air strike": who acted is the modifier of the
     * violent act the victim's verb is set in.
     */
    private void agentEvent(EventDraft d, Sentence s, String text, DocumentActors cast, Set<String> taken) {
        for (Dependency o : s.children(d.mention.trigger())) {
            if (!o.baseRelation().equals("obl")) continue;
            Set<String> cases = AGENT_EVENTS.get(s.token(o.dependent()).lemma().toLowerCase(java.util.Locale.ROOT));
            if (cases == null) continue;
            boolean fits = s.basicChildren(o.dependent()).stream().anyMatch(c -> c.relation().equals("case")
                    && cases.contains(s.token(c.dependent()).lower()));
            if (!fits) continue;
            for (String rel : List.of("nmod:poss", "nmod:by", "compound", "amod")) {
                for (int who : s.children(o.dependent(), rel)) {
                    addSides(d, d.actors, actors.resolveAll(text, cast, s, who, taken), taken,
                            r -> "actor " + r.name() + " <- who did the '" + s.token(o.dependent()).word() + "' it happened in ('"
                                + r.text() + "', " + r.resolvedBy() + ")");
                    if (!d.actors.isEmpty()) return;
                }
            }
        }
    }

    /** "demanded that the US cancel the sale": whom a demand is made of is the subject of the clause it demands. */
    private void addressee(EventDraft d, Sentence s, String text, DocumentActors cast, Set<String> taken) {
        for (int clause : s.children(d.mention.trigger(), "ccomp")) {
            for (int subj : s.children(clause, "nsubj")) {
                addSides(d, d.recipients, actors.resolveAll(text, cast, s, subj, taken), taken,
                        r -> "recipient " + r.name() + " <- the subject of the demanded clause '" + r.text() + "'");
            }
        }
    }

    /**
     * "threatened to launch an offensive unless Baghdad accepted its conditions": a threat is made to whoever must
     * meet its condition, the subject of its "unless" or "if" clause.
     */
    private void conditionHolder(EventDraft d, Sentence s, String text, DocumentActors cast, Set<String> taken) {
        // The condition may hang on any complement down the chain: "threatened to stop talks to reduce arms if the
        // United States goes ahead".
        List<Integer> verbs = new ArrayList<>(List.of(d.mention.trigger()));
        for (int i = 0; i < verbs.size() && verbs.size() < 6; i++) verbs.addAll(s.children(verbs.get(i), "xcomp"));
        for (int v : verbs) {
            for (Dependency c : s.children(v)) {
                if (!c.relation().startsWith("advcl")) continue;
                boolean condition = c.relation().equals("advcl:unless") || c.relation().equals("advcl:if")
                        || s.basicChildren(c.dependent()).stream().anyMatch(m -> m.relation().equals("mark")
                        && Set.of("unless", "if").contains(s.token(m.dependent()).lower()));
                if (!condition) continue;
                for (int subj : s.children(c.dependent(), "nsubj")) {
                    addSides(d, d.recipients, actors.resolveAll(text, cast, s, subj, taken), taken,
                            r -> "recipient " + r.name() + " <- the subject of the threat's condition '" + r.text() + "'");
                }
                if (!d.recipients.isEmpty()) return;
            }
        }
    }

    /** Relations of an object noun that say whose it is: "Islamabad's offer", "the Ethiopian raid", "abduction ... by bandits". */
    private static final List<String> OWNER_RELATIONS = List.of("nmod:poss", "nmod:by", "nmod:agent", "nmod:from", "amod", "compound",
            "nmod:for");
    /** "(The Washington Post) President-elect Donald Trump and President Obama met": a credit in brackets is no side. */
    private static boolean credit(Sentence s, int head) {
        List<Integer> p = ActorResolver.phrase(s, head);
        int before = p.get(0) - 1;
        while (before >= 0 && s.token(before).pos().equals("DT")) before--;
        int after = p.get(p.size() - 1) + 1;
        return before >= 0 && after < s.size() && isBracket(s.token(before).word(), true) && isBracket(s.token(after).word(), false);
    }

    private static boolean isBracket(String w, boolean open) {
        return open ? w.equals("(") || w.equals("-LRB-") || w.equals("[") : w.equals(")") || w.equals("-RRB-") || w.equals("]");
    }

    /**
     * Events done to a place rather than to a party: the place's state receives them. A protest with no target
     * named is aimed at the government where it is held, as PLOVER and CAMEO code demonstrations.
     */
    private static final Set<String> DONE_TO_PLACES = Set.of("CONCEDE", "RETREAT", "AID", "COERCE", "SANCTION", "PROTEST",
            "ASSAULT", "THREATEN");
    /** Events whose place is hit, not governed: its country receives them, no sector ("fired at targets in Jericho"). */
    private static final Set<String> HIT_PLACES = Set.of("ASSAULT");

    /**
     * "Israel will evacuate all settlements in the Gaza Strip", "lifted the curfew imposed in Sudan", "imposed a curfew
     * in Cizre": with no party named, the state of the place the clause names receives the event, as CAMEO coders
     * code a place by its country.
     */
    void placeAsRecipient(EventDraft d) {
        // "Israel will evacuate the settlements in the Gaza Strip": the promise is received where the deed would be done.
        String deed = d.intendedType != null ? d.intendedType : d.type;
        if (!d.recipients.isEmpty() || !DONE_TO_PLACES.contains(deed) || d.location == null || d.location.country() == null
                || d.location.precision().equals("region")) return;
        boolean hit = HIT_PLACES.contains(deed);
        actors.table().country(d.location.country()).flatMap(c -> actors.table().actor(c.name())).ifPresent(state -> {
            d.recipients.add(new ActorRef(state.name(), d.location.text(), state.country(), hit ? null : "GOV", d.location.start(),
                    d.location.end(), "place"));
            d.explanation.add("recipient " + state.name() + " <- the place the event is done to, '" + d.location.text() + "'");
        });
    }

    /** Adds the actors a rule found to one side of the event, skipping any already in it, and says why. */
    private static void addSides(EventDraft d, List<ActorRef> side, List<ActorRef> found, Set<String> taken,
                                 java.util.function.Function<ActorRef, String> why) {
        for (ActorRef r : found) {
            if (d.hasActor(r.name()) || d.hasRecipient(r.name())) continue;
            side.add(r);
            taken.add(r.name());
            d.explanation.add(why.apply(r));
        }
    }

    /** /lexicon/patient-nouns.tsv: nouns whose "of" is whom a demand is aimed at ("resignation", "removal"). */
    private static final Set<String> PATIENT_NOUNS = lemmas("/lexicon/patient-nouns.tsv");

    private static Set<String> lemmas(String resource) {
        Set<String> out = new HashSet<>();
        for (wirecoder.data.TsvTable.Row r : wirecoder.data.TsvTable.resource(resource, List.of("lemma")).rows()) {
            if (!out.add(r.required("lemma").toLowerCase(java.util.Locale.ROOT))) throw r.fail("duplicate lemma " + r.get("lemma"));
        }
        return out;
    }

    /** /lexicon/deed-nouns.tsv: nouns whose owner did them ("offer", "raid", "decision"). */
    private static final Set<String> DEED_NOUNS = lemmas("/lexicon/deed-nouns.tsv");

    /** What force is used on is whose it is: "shelled positions of the Palestinian security forces". */
    private static final Set<String> MATERIAL = Set.of("ASSAULT", "COERCE");

    /**
     * An object that is no actor may belong to one, who is then the recipient: "rejected Islamabad's offer" (Pakistan),
     * "condemned the Ethiopian raid" (Ethiopia), "condemned the abduction of schoolgirls by bandits" (the bandits).
     */
    private void objectOwner(EventDraft d, Sentence s, String text, DocumentActors cast, Set<String> taken) {
        int t = d.mention.trigger();
        if (d.mention.rule().pos().equals("V") && !RoleRules.isPassive(s, t) && !d.actors.isEmpty()) {
            // "condemned the abduction of schoolgirls by bandits": an active verb has no agent of its own, so the
            // parser's "by" on it belongs to the object.
            for (int by : s.children(t, "obl:by")) {
                addSides(d, d.recipients, actors.resolveAll(text, cast, s, by, taken), taken,
                        r -> "recipient " + r.name() + " <- obl:by of an active verb, the object's agent '" + r.text() + "'");
            }
            if (!d.recipients.isEmpty()) return;
        }
        for (RoleFiller f : d.mention.roles()) {
            String lemma = s.token(f.head()).lemma().toLowerCase(java.util.Locale.ROOT);
            // "called for the resignation of the interior minister": the one to resign is whom the demand is aimed at.
            if (f.role().equals("recipient") && PATIENT_NOUNS.contains(lemma)) {
                for (String rel : List.of("nmod:of", "nmod:poss")) {
                    for (int who : s.children(f.head(), rel)) {
                        addSides(d, d.recipients, actors.resolveAll(text, cast, s, who, taken), taken,
                                r -> "recipient " + r.name() + " <- who the '" + lemma + "' is of, '" + r.text() + "'");
                        if (!d.recipients.isEmpty()) return;
                    }
                }
            }
            if (!f.role().equals("recipient") || !(f.relation().equals("obj") || f.relation().startsWith("nsubj:pass"))) continue;
            // Whose deed it is says who is reacted to only for deeds ("Islamabad's offer"), not for any thing ("her defeat");
            // an agent ("the abduction ... by bandits") always does; what force is used on is whose it is.
            boolean deed = DEED_NOUNS.contains(lemma);
            java.util.Set<String> relations = new java.util.LinkedHashSet<>(deed ? OWNER_RELATIONS : List.of("nmod:by", "nmod:agent"));
            if (MATERIAL.contains(d.type)) relations.addAll(List.of("nmod:poss", "compound", "amod", "nmod:for", "nmod:of"));
            for (String rel : relations) {
                for (int owner : s.children(f.head(), rel)) {
                    addSides(d, d.recipients, actors.resolveAll(text, cast, s, owner, taken), taken,
                            r -> "recipient " + r.name() + " <- the object's " + rel + " '" + r.text() + "' (" + r.resolvedBy() + ")");
                    if (!d.recipients.isEmpty()) return;
                }
            }
        }
    }

    /** Verbs that state what a protest wants ("to demand", "to press their demands", "calling for"). */
    private static final Set<String> DEMAND_VERBS = Set.of("demand", "press", "call", "seek", "urge", "push", "protest");

    /**
     * Whom a protest is aimed at, from the demand it is made for: "staged demonstrations to demand political reforms by
     * President Suharto's government", "a hunger strike to demand the resignation of President Ben Bella", "blocked
     * roads to press their demands ... from President Bouteflika's government", "in protest of the Russian
     * government's refusal".
     */
    private void demandTarget(EventDraft d, Sentence s, String text, DocumentActors cast, Set<String> taken) {
        int t = d.mention.trigger();
        int v = d.mention.match().licensor() >= 0 ? d.mention.match().licensor() : t;
        List<Integer> demands = new ArrayList<>();
        for (int node : new java.util.LinkedHashSet<>(List.of(t, v))) {
            for (Dependency c : s.children(node)) {
                boolean purpose = c.relation().startsWith("advcl") || c.relation().equals("xcomp");
                String lemma = s.token(c.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
                // "to demand ...", and "in protest of ...", which the parser hangs on the verb or on the noun.
                if (purpose && DEMAND_VERBS.contains(lemma) || c.relation().matches("(obl|nmod):in") && lemma.equals("protest")) {
                    demands.add(c.dependent());
                }
            }
        }
        List<Integer> owners = new ArrayList<>();
        for (int demand : demands) whomDemanded(s, demand, 0, owners);
        for (int owner : owners) {
            addSides(d, d.recipients, actors.resolveAll(text, cast, s, owner, taken), taken,
                    r -> "recipient " + r.name() + " <- whom the protest's demand is aimed at, '" + r.text() + "'");
            if (!d.recipients.isEmpty()) return;
        }
    }

    /** How deep in the demand's phrase its addressee may lie ("demands for freedom from X's government"). */
    private static final int DEMAND_DEPTH = 3;

    /**
     * The phrases under a demand that name whom it is aimed at, nearest first: what it comes "from" or is "by", whose
     * it is, and the one a patient noun is "of" ("the resignation of X").
     */
    private static void whomDemanded(Sentence s, int node, int depth, List<Integer> out) {
        if (depth >= DEMAND_DEPTH) return;
        boolean patient = PATIENT_NOUNS.contains(s.token(node).lemma().toLowerCase(java.util.Locale.ROOT));
        List<Integer> deeper = new ArrayList<>();
        for (Dependency c : s.children(node)) {
            String rel = c.relation();
            if (!(rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod"))) continue;
            if (rel.endsWith(":from") || rel.endsWith(":by") || rel.equals("nmod:poss") || patient && rel.equals("nmod:of")) out.add(c.dependent());
            else deeper.add(c.dependent());
        }
        for (int n : deeper) whomDemanded(s, n, depth + 1, out);
    }

    private static Object actorNamedInPhrase(Sentence s, int head, DocumentActors cast) {
        for (int i : ActorResolver.phrase(s, head)) {
            if (cast.at(s.index(), i).isPresent()) return cast.at(s.index(), i).get();
        }
        return null;
    }

    private void attribution(EventDraft d, Sentence s, String text, DocumentActors cast) {
        AttributionFinder.Source src = attribution.find(s, d.mention.trigger());
        if (src == null) return;
        Span span = src.span(s, text);
        String name = null;
        String source = span.text();
        if (src.head() >= 0) {
            Optional<ActorRef> a = actors.resolve(text, cast, s, src.head(), Set.of());
            if (a.isPresent()) {
                name = a.get().name();
                d.sourceActor = a.get();
                if (s.token(src.head()).isPronoun()) source = name;
            }
        }
        d.attribution = new Attribution(source, src.verb(), name, span.start(), span.end());
        d.explanation.add("attribution '" + source + "' via '" + src.verb() + "'");
    }

    /** The weapon named around an assault sets its mode: "fired artillery" is heavy-weapons, not firearms. */
    private void weapon(EventDraft d, Sentence s) {
        // Only a weapon-less or weapon-named mode gives way: "abduct", "targeted" or "suicide-attack" say more.
        if (!d.type.equals("ASSAULT") || !java.util.Set.of("", "firearms", "aerial", "heavy-weapons", "explosives", "destroy").contains(d.mode)) return;
        List<Integer> actorHeads = d.mention.roles().stream().filter(f -> f.role().equals("actor")).map(RoleFiller::head).toList();
        Optional<WeaponModes.Weapon> named = weapons.mode(s, d.mention.match(), actorHeads);
        if (named.isEmpty() && (d.mode.isEmpty() || d.mode.equals("explosives") || d.mode.equals("destroy"))) {
            // A bombing's own weapon may sit in another phrase ("a blast ... the grenade was thrown"): same kind only,
            // or suicide bombers ("blew themselves up").
            named = weapons.onlyWeapon(s, s.outsideContrasts(d.mention.trigger())).filter(w -> d.mode.isEmpty() && !d.mode.equals("destroy") || w.mode().equals(d.mode)
                    || w.mode().equals("suicide-attack"));
            named.ifPresent(w -> d.explanation.add("weapon '" + w.word() + "': the one its sentence names"));
        }
        named.ifPresent(w -> {
            d.weapon = w.lemma();
            if (w.mode().equals(d.mode)) return;
            d.explanation.add("mode " + w.mode() + " from the weapon '" + w.word() + "'");
            d.mode = w.mode();
            d.cameo = switch (w.mode()) {
                case "heavy-weapons" -> "194";
                case "aerial", "drone" -> "195";
                case "explosives" -> "183";
                case "firearms" -> "193";
                case "suicide-attack" -> "1831";
                default -> d.cameo;
            };
        });
    }

    /**
     * Violence by protesters or rioters is a violent protest (PLOVER PROTEST riot), not an armed assault; so is a
     * clash in which one side is a civilian crowd ("clashes between Palestinians and Israeli forces").
     */
    private static void riot(EventDraft d) {
        if (!(d.type.equals("ASSAULT") || d.type.equals("PROTEST"))) return;
        boolean clash = java.util.Set.of("clash", "fight", "confront", "confrontation", "scuffle").contains(d.triggerLemma);
        boolean crowd = d.actors.stream().anyMatch(a -> "CVL".equals(a.sector()) && a.name().matches(".*\\b(protesters|rioters|mob)$"))
                || clash && java.util.stream.Stream.concat(d.actors.stream(), d.recipients.stream())
                        .anyMatch(a -> "CVL".equals(a.sector()) && a.name().matches(".*\\b(civilians|protesters|rioters|mob|students|workers)$"));
        if (!crowd || "riot".equals(d.mode)) return;
        if (d.type.equals("PROTEST") && !d.actors.stream().anyMatch(a -> a.name().endsWith("rioters") || a.name().endsWith("mob"))) return;
        d.explanation.add("violence by a crowd: coded as a riot");
        d.type = "PROTEST";
        d.mode = "riot";
        d.cameo = "145";
    }

    /** A stated intention is coded as the statement: AGREE, THREATEN, REQUEST ("must") or REJECT ("would not"). */
    private void intent(EventDraft d, FactualityMarker.Verdict v) {
        // A named actor saying what it will do commits to it; "the rebels will attack" is the reporter's forecast.
        boolean named = d.actors.stream().anyMatch(a -> !a.resolvedBy().startsWith("role") && !a.resolvedBy().equals("salience"));
        boolean self = named || d.sourceActor != null && d.actors.stream().anyMatch(a -> a.name().equals(d.sourceActor.name())
                || a.country() != null && a.country().equals(d.sourceActor.country()));
        Optional<IntentRecoder.Recoding> r = intents.recode(d.type, v, self);
        if (r.isEmpty()) return;
        IntentRecoder.Recoding x = r.get();
        d.explanation.add("stated intention ('" + v.cue() + "'): " + d.type + " coded as " + x.type() + " " + x.cameo());
        d.intendedType = d.type;
        if (x.rule() == IntentRecoder.Rule.REQUEST) {
            // "Sudan must return the helicopter", said by Russia: Russia asks Sudan. The helicopter, object of a verb
            // no lexicon row knows, is no party to the demand.
            if (d.mention.rule().source().equals(MustClauses.SOURCE)) d.recipients.clear();
            d.recipients.addAll(0, d.actors);
            d.actors.clear();
            if (d.sourceActor != null) {
                d.recipients.removeIf(a -> a.name().equals(d.sourceActor.name()));
                d.actors.add(d.sourceActor);
            }
        }
        d.type = x.type();
        d.mode = x.mode();
        d.cameo = x.cameo();
        d.factuality = Factuality.ASSERTED;
    }

    /** The time of the event's own clause, else one in the sentence no other event's clause holds. */
    private void date(EventDraft d, Sentence s, List<TimeExpression> times, List<List<Integer>> paths, LocalDate published) {
        TimeExpression chosen = null;
        String how = null;
        for (TimeExpression e : times) {
            if (e.hangsOn(s, d.path)) {
                chosen = e;
                how = "clause";
                break;
            }
        }
        if (chosen == null) {
            int top = ClausePath.top(d.path);
            int h = s.head(top);
            if (s.headRelation(top).startsWith("acl:relcl") && h >= 0) {
                for (TimeExpression e : times) {
                    if (h >= e.first() && h <= e.last()) {
                        chosen = e;
                        how = "relative clause";
                    }
                }
            }
        }
        if (chosen == null) {
            for (TimeExpression e : times) {
                boolean owned = false;
                for (List<Integer> p : paths) if (p != d.path && e.hangsOn(s, p)) owned = true;
                if (!owned && !insideOtherClause(s, e, d)) {
                    chosen = e;
                    how = "sentence";
                    break;
                }
            }
        }
        if (chosen == null) return;
        d.date = dates.normalize(chosen, published, d.factuality == Factuality.FUTURE);
        d.historical = DateNormalizer.isHistorical(chosen, published);
        d.explanation.add("date '" + chosen.text() + "' (" + how + ") -> " + d.date.value());
    }

    /** A time inside a subordinate clause the event is not part of ("when they overran ...") is not the event's. */
    private static boolean insideOtherClause(Sentence s, TimeExpression e, EventDraft d) {
        int top = ClausePath.top(d.path);
        int node = e.first();
        int guard = s.size();
        while (guard-- > 0 && node >= 0) {
            if (node == top) return false;
            String rel = s.headRelation(node);
            if (rel.startsWith("advcl") || rel.startsWith("acl") || rel.startsWith("ccomp")) {
                return !s.dominates(node, d.mention.trigger());
            }
            node = s.head(node);
        }
        return false;
    }

    private void counts(EventDraft d, Sentence s, String text, DocumentActors cast, List<Casualty> casualties,
                        Set<Integer> triggers, long violent) {
        for (Casualty c : casualties) {
            // A cue that is another event's trigger ("overran the town, abducting dozens") counts for that event only.
            boolean mine = c.cue() >= 0 && (d.path.contains(c.cue())
                    || !triggers.contains(c.cue()) && linkedClause(s, c.cue(), d.path));
            boolean orphan = (c.cue() < 0 || !triggers.contains(c.cue())) && violent == 1
                    && (d.type.equals("ASSAULT") || d.type.equals("COERCE"));
            if (!mine && !orphan) continue;
            ActorRef side = actors.resolve(text, cast, s, c.noun(), sideExclusions(d, s, c.noun())).orElse(null);
            d.casualties.add(new EventDraft.SideCount(c, side));
            d.explanation.add(c.field() + " " + (c.number().value() == null ? "null" : c.number().value()) + " from '"
                    + c.number().text() + " " + s.token(c.noun()).word() + "'"
                    + (c.cue() >= 0 ? " cue '" + s.token(c.cue()).word() + "'" : " (sentence cue)"));
        }
    }

    /** "killed 17 and wounded 40", "attacked the camp, killing 15": the cue's clause hangs on the event's, or the reverse. */
    private static boolean linkedClause(Sentence s, int cue, List<Integer> path) {
        String rel = s.headRelation(cue);
        if (path.contains(s.head(cue)) && (rel.startsWith("conj") || rel.startsWith("advcl") || rel.equals("xcomp") || rel.equals("dep"))) {
            return true;
        }
        for (int n : path) {
            String r = s.headRelation(n);
            if (s.head(n) == cue && (r.startsWith("conj") || r.startsWith("advcl") || r.equals("dep"))) return true;
        }
        return false;
    }

    /** A generic counted noun ("150 militants") should not resolve to a side already counted in the sentence. */
    private static Set<String> sideExclusions(EventDraft d, Sentence s, int noun) {
        Set<String> out = new HashSet<>();
        for (EventDraft.SideCount sc : d.casualties) if (sc.side() != null) out.add(sc.side().name());
        for (ActorRef a : d.actors) out.add(a.name());
        return out;
    }

    /** Place of a preposition on the event's clause, a relative "where" clause, or else the sentence's one place. */
    private void location(EventDraft d, Sentence s, List<Place> places, List<List<Integer>> paths) {
        for (int node : d.path) {
            for (Dependency dep : s.children(node)) {
                if (!PLACE_RELATIONS.contains(dep.relation()) || placeRoles.givesAReason(s, dep.dependent())) continue;
                Place p = placeIn(s, dep.dependent(), places);
                if (p != null) {
                    d.location = p;
                    d.explanation.add("location '" + p.text() + "' <- " + dep.relation());
                    return;
                }
            }
        }
        int top = ClausePath.top(d.path);
        if (s.headRelation(top).startsWith("acl:relcl") && s.head(top) >= 0) {
            Place p = placeIn(s, s.head(top), places);
            if (p != null) {
                d.location = p;
                d.explanation.add("location '" + p.text() + "' <- relative clause");
                return;
            }
        }
        for (RoleFiller f : d.mention.roles()) {
            // "shelled the town of Khan Sheikhoun in Idlib province": the target is a place, the most precise one.
            if (!f.role().equals("recipient")) continue;
            Place p = placeIn(s, f.head(), places);
            if (p != null && p.precisionRank() <= 2 && !DocumentAssembler.inDestination(s, p)) {
                d.location = p;
                d.explanation.add("location '" + p.text() + "' <- a place in the recipient phrase");
                return;
            }
        }
        for (RoleFiller f : d.mention.roles()) {
            for (Dependency dep : s.children(f.head())) {
                if (dep.relation().equals("nmod:in") || dep.relation().equals("nmod:near")) {
                    Place p = placeIn(s, dep.dependent(), places);
                    if (p != null) {
                        d.location = p;
                        d.explanation.add("location '" + p.text() + "' <- participant " + dep.relation());
                        return;
                    }
                }
            }
        }
        // "killed while planting a bomb in Taji", "killed during the shelling on Khanasir town": the place of the
        // clause or the event noun that frames the event.
        for (int node : d.path) {
            for (Dependency dep : s.children(node)) {
                if (!FRAME_RELATIONS.contains(dep.relation())) continue;
                Place p = placeOn(s, dep.dependent(), places);
                if (p != null && !DocumentAssembler.inDestination(s, p)) {
                    d.location = p;
                    d.explanation.add("location '" + p.text() + "' <- the frame " + dep.relation());
                    return;
                }
            }
        }
    }

    /**
     * Relations that attach what frames an event as it happens: "during the shelling", "amid clashes", "when a bomb
     * exploded", "while planting a bomb". Not "after", "since" or "before": those clauses tell of another event.
     */
    private static final Set<String> FRAME_RELATIONS = Set.of("obl:during", "obl:amid", "advcl", "advcl:when", "advcl:while",
            "advcl:as");

    /** The place a preposition attaches to the phrase under {@code head} ("the offensive in Afghanistan"), else one inside it. */
    private Place placeOn(Sentence s, int head, List<Place> places) {
        for (Dependency dep : s.children(head)) {
            if (!PLACE_RELATIONS.contains(dep.relation()) || placeRoles.givesAReason(s, dep.dependent())) continue;
            Place p = placeIn(s, dep.dependent(), places);
            if (p != null) return p;
        }
        return placeIn(s, head, places);
    }

    /** "50 km northwest of Kathmandu", "north of Baghdad": a place named only to say where another one lies. */
    static boolean referencePoint(Sentence s, Place p) {
        for (int i = 2; i < s.size(); i++) {
            if (s.token(i).begin() != p.start()) continue;
            // "in the east of Hays district" lies in Hays district: only a bare direction makes a reference point.
            return s.token(i - 1).lower().equals("of") && DIRECTIONS.contains(s.token(i - 2).lower())
                    && !(i >= 3 && s.token(i - 3).lower().equals("the"));
        }
        return false;
    }

    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");

    /**
     * The most precise place mention inside the phrase under {@code head}. A reference point ("50 km northwest of
     * Kathmandu") counts a rank and a half less precise: the district before it wins, an unknown village does not.
     */
    private Place placeIn(Sentence s, int head, List<Place> places) {
        List<Integer> sub = s.subtree(head);
        int start = s.token(sub.get(0)).begin();
        int end = s.token(sub.get(sub.size() - 1)).end();
        Place best = null;
        double bestRank = Double.MAX_VALUE;
        for (Place p : places) {
            if (p.start() < start || p.end() > end || placeRoles.modifiesAThing(s, p) || placeRoles.inAReason(s, p, head)) continue;
            // A place located by the one that holds it ("Habima Square in Tel Aviv") is finer than that one.
            double rank = p.precisionRank() + (referencePoint(s, p) ? 1.5 : 0) - (p.locatedByHolder() ? 0.5 : 0);
            if (rank < bestRank) {
                best = p;
                bestRank = rank;
            }
        }
        return best;
    }
}
