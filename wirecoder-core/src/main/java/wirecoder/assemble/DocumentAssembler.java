package wirecoder.assemble;

import wirecoder.actors.DocumentActors;
import wirecoder.model.AnnotatedArticle;
import wirecoder.model.Dependency;
import wirecoder.model.EventRecord;
import wirecoder.model.Place;
import wirecoder.model.Sentence;
import wirecoder.model.Span;
import wirecoder.ontology.AcledSubEventType;
import wirecoder.ontology.AcledTypes;
import wirecoder.ontology.Ontology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assembles the events of a whole article: per-sentence drafts, merging, the place fallback, records. */
public final class DocumentAssembler {

    private final EventAssembler events;
    private final PlaceRoles placeRoles;
    private final Ontology ontology;
    private final AcledTypes acledTypes = new AcledTypes();

    public DocumentAssembler(EventAssembler events, Ontology ontology, java.util.function.Predicate<String> placeNoun) {
        this.placeRoles = new PlaceRoles(placeNoun);
        this.events = events;
        this.ontology = ontology;
    }

    /** How many body sentences (after a headline) make the lead, whose undated events happened on the publication day. */
    static final int LEAD_SENTENCES = 2;

    public List<EventRecord> assemble(AnnotatedArticle doc, LocalDate published, DocumentActors cast, List<Place> places) {
        return assemble(doc, published, cast, places, x -> { });
    }

    /** The article's events; what the precision gate sets aside goes to {@code setAside}. */
    public List<EventRecord> assemble(AnnotatedArticle doc, LocalDate published, DocumentActors cast, List<Place> places,
                                      java.util.function.Consumer<wirecoder.model.SetAside> setAside) {
        List<EventDraft> drafts = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!s.isParsed()) continue;
            drafts.addAll(EventMerger.sentence(events.sentence(doc, published, cast, places, s, setAside), s));
        }
        drafts = EventMerger.document(drafts, doc.sentences());
        Place focus = focus(places);
        String placesCountry = placesCountry(places);
        List<EventRecord> out = new ArrayList<>();
        int leadEnd = leadEnd(doc.sentences());
        for (EventDraft d : drafts) {
            if (published != null && d.date == null && d.factuality == wirecoder.model.Factuality.ASSERTED && d.sentence < leadEnd
                    && !doc.sentences().get(d.sentence).isHeadline()) {
                // A news lead reports what happened that day; later undated sentences may tell of any time.
                d.date = wirecoder.model.TimeRef.publication(published);
                d.explanation.add("date: the publication day, for an undated event in the lead");
            }
            boolean ownPlace = d.location != null;
            if (d.location == null) placeFromSentence(d, doc.sentences().get(d.sentence), places);
            // A past event told as background ("last year", "in 2014") need not have happened where the news is.
            if (d.location == null && focus != null && !d.historical) {
                d.location = focus;
                d.explanation.add("location: the article's most-named place '" + focus.name() + "'");
            }
            events.localise(d, cast, placesCountry, doc, places);
            if (ownPlace) events.placeAsRecipient(d);
        }
        reportingFrame(drafts, doc.sentences());
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (EventDraft d : drafts) out.add(record(doc, d, ids));
        return out;
    }

    /** The country most of the article's places lie in (datelines aside), or null: "Daret Azza in Aleppo" is Syria. */
    static String placesCountry(List<Place> places) {
        Map<String, Integer> n = new HashMap<>();
        String best = null;
        for (Place p : places) {
            if (p.dateline() || p.country() == null || p.precision().equals("region")) continue;
            int c = n.merge(p.country(), 1, Integer::sum);
            if (best == null || c > n.get(best)) best = p.country();
        }
        return best;
    }

    /** Words for an act of violence that may name any assault told before ("the attack", "the killing"). */
    private static final Set<String> VIOLENCE = Set.of("attack", "assault", "shooting", "killing", "assassination", "bombing",
            "strike", "airstrike", "raid", "massacre", "ambush", "stabbing", "murder");

    /** Verbal events whose object may be another event: "condemned the strike", "denied the attack". */
    private static final Set<String> REACTIONS = Set.of("ACCUSE", "REJECT", "PROTEST", "SANCTION", "THREATEN", "SUPPORT", "REQUEST");

    /**
     * "The Somali president condemned the strike": when the article says who struck (the strike is an event of the
     * same sentence, or the same word names an earlier event), the striker is the condemnation's recipient.
     */
    static void reportingFrame(List<EventDraft> drafts, List<Sentence> sentences) {
        for (EventDraft d : drafts) {
            if (!d.recipients.isEmpty() || !REACTIONS.contains(d.type)) continue;
            for (var f : d.mention.roles()) {
                if (!f.role().equals("recipient")) continue;
                String lemma = sentences.get(d.sentence).token(f.head()).lemma().toLowerCase(java.util.Locale.ROOT);
                EventDraft deed = null;
                for (EventDraft e : drafts) {
                    if (e == d || e.actors.isEmpty()) continue;
                    boolean same = e.sentence == d.sentence && e.mention.trigger() == f.head();
                    // "The attack, condemned by the White House": a word for violence names the article's last assault.
                    boolean sameDeed = e.triggerLemma.equals(lemma) || VIOLENCE.contains(lemma) && e.type.equals("ASSAULT");
                    boolean earlier = e.sentence < d.sentence && sameDeed && (deed == null || e.sentence >= deed.sentence);
                    if (same) {
                        deed = e;
                        break;
                    }
                    if (earlier) deed = e;
                }
                if (deed == null) continue;
                for (var a : deed.actors) if (!d.hasActor(a.name()) && !d.hasRecipient(a.name())) d.recipients.add(a);
                d.explanation.add("recipient " + deed.actors.get(0).name() + " <- who did '" + sentences.get(d.sentence).token(f.head()).word()
                        + "' (the event in sentence " + deed.sentence + ")");
                // One deed per reaction; the next reaction is looked at on its own.
                break;
            }
        }
    }

    /** The index after the lead: the first LEAD_SENTENCES sentences that end like sentences (not headlines or captions). */
    private static int leadEnd(List<Sentence> sentences) {
        int body = 0;
        for (Sentence s : sentences) {
            if (!s.isHeadline() && ++body == LEAD_SENTENCES) return s.index() + 1;
        }
        return sentences.size();
    }

    /**
     * The one place of the sentence when the clause names none; destinations ("passage to Syria") and places
     * that modify a thing ("Seville fans") or are a clause's subject ("Israel captured the sector") do not count,
     * nor the area or country that holds another place of the sentence ("Qaatabah district (Ad Dali)", "Aleppo, Syria").
     */
    private void placeFromSentence(EventDraft d, Sentence s, List<Place> places) {
        List<Place> in = new ArrayList<>();
        for (Place p : places) {
            if (p.start() >= s.begin() && p.end() <= s.end() && !inDestination(s, p) && !placeRoles.modifiesAThing(s, p)
                    && !placeRoles.isSubject(s, p)) in.add(p);
        }
        // Names that share one point count once, the first standing for them: "Qaniyah (As Sawdiyah, Al Bayda)"
        // when the gazetteer knows only Al Bayda.
        Place only = null;
        for (Place p : in) {
            if (in.stream().anyMatch(o -> holds(p, o))) continue;
            if (only != null && !only.name().equals(p.name()) && !samePoint(only, p)) return;
            if (only == null) only = p;
        }
        if (only != null) {
            d.location = only;
            d.explanation.add("location '" + only.text() + "' <- the sentence's only place");
        }
    }

    private static boolean samePoint(Place a, Place b) {
        return a.lat() != null && a.lat().equals(b.lat()) && a.lon().equals(b.lon());
    }

    /** Whether {@code area}, an admin1 area or a country, holds {@code place}, a more precise place. */
    static boolean holds(Place area, Place place) {
        if (area == place || area.country() == null || !area.country().equals(place.country())
                || place.precisionRank() >= area.precisionRank()) return false;
        return switch (area.precision()) {
            case "country" -> true;
            case "admin1" -> area.name().equals(place.admin1());
            default -> false;
        };
    }

    private static final Set<String> DESTINATION_CASES = Set.of("to", "into", "from", "toward", "towards");

    /** A place inside a "to/into/from/towards" phrase: where someone goes or comes from, not where the event is. */
    static boolean inDestination(Sentence s, Place p) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).begin() < p.start() || s.token(i).end() > p.end()) continue;
            int guard = s.size();
            for (int n = i; n >= 0 && guard-- > 0; n = s.head(n)) {
                String rel = s.headRelation(n);
                if (rel.startsWith("obl") || rel.startsWith("nmod")) {
                    for (var c : s.basicChildren(n)) {
                        if (c.relation().equals("case") && DESTINATION_CASES.contains(s.token(c.dependent()).lower())) return true;
                    }
                }
                if (s.head(n) == n) break;
            }
        }
        return false;
    }

    /**
     * The article's main place: the most-named town when one is named at least twice (events happen in
     * towns; provinces and countries frame them), else the most-named admin1 area, else the most-named
     * country; null when none repeats. A dateline names where the reporter was, so it does not count.
     */
    static Place focus(List<Place> places) {
        for (List<String> tier : FOCUS_TIERS) {
            Place p = mostNamed(places, tier);
            if (p != null) return p;
        }
        return null;
    }

    private static final List<List<String>> FOCUS_TIERS = List.of(List.of("town", "admin2", "unresolved"),
            List.of("admin1"), List.of("country"));

    private static Place mostNamed(List<Place> places, List<String> precisions) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Place> first = new HashMap<>();
        for (Place p : places) {
            if (p.dateline() || !precisions.contains(p.precision())) continue;
            counts.merge(p.name(), 1, Integer::sum);
            first.putIfAbsent(p.name(), p);
        }
        Place best = null;
        int bestCount = 1;
        for (Place p : places) {
            Integer c = counts.get(p.name());
            if (c != null && c > bestCount) {
                best = first.get(p.name());
                bestCount = c;
            }
        }
        return best;
    }

    /** Clause edges between the event's clause and the root; a reporting verb above does not count. */
    private static int depth(Sentence s, EventDraft d) {
        int node = ClausePath.top(d.path);
        int depth = 0;
        int guard = s.size();
        while (guard-- > 0 && s.head(node) >= 0) {
            String rel = s.headRelation(node);
            if (rel.startsWith("advcl") || rel.startsWith("acl") || rel.startsWith("conj") || rel.startsWith("dep")
                    || rel.startsWith("nmod") || rel.startsWith("obl")) depth++;
            node = s.head(node);
        }
        return depth;
    }

    private EventRecord record(AnnotatedArticle doc, EventDraft d, java.util.Set<String> ids) {
        Sentence s = doc.sentences().get(d.sentence);
        String evidence = doc.text().substring(s.begin(), s.end());
        List<String> context = ontology.context(d.cameo).map(List::of).orElse(List.of());
        Span trigger = new Span(d.triggerText, d.triggerStart, d.triggerEnd);
        return new EventRecord(wirecoder.model.EventIds.of(doc.article().id(), d.type, trigger, ids), d.type, d.mode.isEmpty() ? null : d.mode, context, d.cameo,
                ontology.type(d.type).quadClass().label(), d.actors, d.recipients, d.date, d.location, d.size,
                d.factuality, d.factualityCue, d.attribution, trigger,
                d.sentence, evidence, d.explanation, depth(s, d), d.weapon, acled(s, d), mentions(d));
    }

    /** The event's own telling, then the others merged into it, in text order. */
    private static List<wirecoder.model.Mention> mentions(EventDraft d) {
        List<wirecoder.model.Mention> out = new ArrayList<>();
        out.add(new wirecoder.model.Mention(d.sentence, new Span(d.triggerText, d.triggerStart, d.triggerEnd)));
        d.mergedMentions.stream().sorted(java.util.Comparator.comparingInt((wirecoder.model.Mention m) -> m.trigger().start()))
                .filter(m -> out.stream().noneMatch(o -> o.trigger().start() == m.trigger().start())).forEach(out::add);
        return out;
    }

    private AcledSubEventType acled(Sentence s, EventDraft d) {
        return acledTypes.code(AcledTypes.Cues.of(d.type, d.mode, d.cameo, d.actors, d.recipients, d.weapon, objects(s, d)))
                .orElse(null);
    }

    /** Lemmas of what the trigger acts on: its object or passive subject, their conjuncts and their "of" nouns. */
    private static Set<String> objects(Sentence s, EventDraft d) {
        Set<String> out = new java.util.HashSet<>();
        int verb = d.mention.match().licensor() >= 0 ? d.mention.match().licensor() : d.mention.match().trigger();
        for (Dependency o : s.children(verb)) {
            if (!o.relation().equals("obj") && !o.relation().equals("nsubj:pass")) continue;
            List<Integer> heads = new ArrayList<>(List.of(o.dependent()));
            for (Dependency c : s.children(o.dependent())) {
                if (c.relation().startsWith("conj") || c.relation().equals("nmod:of")) heads.add(c.dependent());
            }
            for (int h : heads) out.add(s.token(h).lemma().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }
}
