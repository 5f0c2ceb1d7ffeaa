package wirecoder;

import wirecoder.actors.ActorResolver;
import wirecoder.actors.ActorTable;
import wirecoder.actors.DocumentActors;
import wirecoder.assemble.DocumentAssembler;
import wirecoder.assemble.PrecisionGate;
import wirecoder.assemble.EventAssembler;
import wirecoder.counts.CountFinder;
import wirecoder.counts.NumberParser;
import wirecoder.data.Background;
import wirecoder.events.EventDetector;
import wirecoder.events.MustClauses;
import wirecoder.events.RoleRules;
import wirecoder.events.TriggerLexicon;
import wirecoder.geo.AreaTable;
import wirecoder.geo.GeoNamesSource;
import wirecoder.geo.LuceneGazetteer;
import wirecoder.lead.LeadFinder;
import wirecoder.model.AnnotatedArticle;
import wirecoder.model.Lead;
import wirecoder.model.Article;
import wirecoder.model.ArticleError;
import wirecoder.model.ErrorCode;
import wirecoder.model.EventRecord;
import wirecoder.model.ExtractionResult;
import wirecoder.model.Place;
import wirecoder.model.Sentence;
import wirecoder.nlp.ControlCharacters;
import wirecoder.nlp.LanguageCheck;
import wirecoder.nlp.NlpOptions;
import wirecoder.nlp.NlpPipeline;
import wirecoder.ontology.Ontology;
import wirecoder.places.PlaceFinder;
import wirecoder.places.Toponym;
import wirecoder.time.TimeExpression;
import wirecoder.time.TimeFinder;
import wirecoder.truth.AttributionFinder;
import wirecoder.truth.FactualityMarker;
import wirecoder.veto.EventVeto;
import wirecoder.veto.VetoFeatures;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * The one place that wires the stages: NLP (tag everything, parse only sentences with a trigger word),
 * actors, places, then events with their time, counts, factuality and attribution. Built once (models
 * and tables load here); {@link #extract} is thread-safe.
 */
public final class Extractor {

    /**
     * @param maxChars     longer articles are cut here (with an error entry), so one huge input cannot stall a run
     * @param actorFiles   user actor tables (columns of actors/actors.tsv)
     * @param lexiconFiles user trigger lexicons (columns of lexicon/triggers.tsv), read before the bundled one
     * @param geonamesDump a GeoNames dump (cities1000.zip, allCountries.zip, ...) to use instead of the
     *                     cached cities500.txt; null for the default
     */
    public record Config(NlpOptions nlp, int maxChars, List<Path> actorFiles, List<Path> lexiconFiles, Path geonamesDump,
                         boolean learnedVeto) {
        public static Config defaults() {
            return new Config(NlpOptions.defaults(), 100_000, List.of(), List.of(), null, true);
        }

        /** The same configuration with the learned veto on or off (off: every event the rules find is emitted). */
        public Config withLearnedVeto(boolean on) {
            return new Config(nlp, maxChars, actorFiles, lexiconFiles, geonamesDump, on);
        }
    }

    private final Config config;
    private final NlpPipeline nlp;
    private final TriggerLexicon lexicon;
    private final MustClauses musts;
    private final PrecisionGate gate = new PrecisionGate();
    private final ActorTable actorTable;
    private final ActorResolver resolver;
    private final LuceneGazetteer gazetteer;
    private final PlaceFinder places;
    private final DocumentAssembler assembler;
    private final TimeFinder timeFinder = new TimeFinder();
    private final LanguageCheck languages = LanguageCheck.load();
    private final LeadFinder leads;
    /** The learned veto; null when the configuration turns it off (then it is neither loaded nor asked). */
    private final EventVeto veto;

    public Extractor(Config config) {
        this.config = config;
        this.veto = config.learnedVeto() ? EventVeto.load() : null;
        // The CoreNLP models take seconds to load; the tables and the gazetteer load meanwhile on this thread.
        Background<NlpPipeline> nlpLoad = Background.load("the CoreNLP models", () -> new NlpPipeline(config.nlp()));
        Ontology ontology = Ontology.load();
        this.lexicon = TriggerLexicon.load(ontology, config.lexiconFiles());
        this.actorTable = ActorTable.load(config.actorFiles());
        AreaTable areas = AreaTable.load(actorTable);
        Path cache = GeoNamesSource.cacheDir();
        this.gazetteer = LuceneGazetteer.openOrBuild(GeoNamesSource.locate(config.geonamesDump(), cache), areas, cache);
        this.places = new PlaceFinder(actorTable, areas, gazetteer);
        ActorResolver resolver = new ActorResolver(actorTable);
        this.resolver = resolver;
        this.leads = new LeadFinder(resolver);
        AttributionFinder attribution = new AttributionFinder();
        this.musts = new MustClauses(attribution.reportingVerbs());
        EventAssembler events = new EventAssembler(new EventDetector(lexicon, new RoleRules(), musts),
                resolver, new CountFinder(new NumberParser()), new FactualityMarker(), attribution, places::isPlaceNoun, gate);
        this.assembler = new DocumentAssembler(events, ontology, places::isPlaceNoun);
        this.nlp = nlpLoad.get();
    }

    /** Which sentences to parse: those that may hold a trigger of the lexicon or a reported demand. */
    private boolean mayHoldEvent(List<wirecoder.model.Token> tokens) {
        return lexicon.mayHoldEvent(tokens) || musts.mayHold(tokens);
    }

    public ExtractionResult extract(Article article) {
        return extract(article, null);
    }

    /** An event as the rules emit it, with what the learned veto reads of it and its verdict (null with the veto off). */
    public record VetoReading(EventRecord event, List<String> features, EventVeto.Verdict verdict) {
    }

    /**
     * Every event the rules find in an article that the veto may judge ({@link EventVeto#reaches}), none vetoed, each
     * with the veto's reading of it: what the veto is trained and evaluated on.
     */
    public List<VetoReading> vetoReadings(Article article) {
        List<VetoReading> out = new ArrayList<>();
        extract(article, out);
        return out;
    }

    /** The learned veto, with its count of events dropped since start-up; empty when it is off. */
    public java.util.Optional<EventVeto> veto() {
        return java.util.Optional.ofNullable(veto);
    }

    private ExtractionResult extract(Article article, List<VetoReading> readings) {
        List<ArticleError> errors = new ArrayList<>();
        String published = article.published() == null ? null : article.published().toString();
        if (article.text().isBlank()) {
            errors.add(new ArticleError(ErrorCode.EMPTY_TEXT, "article text is empty"));
            return ExtractionResult.failed(article.id(), published, errors);
        }
        Article a = article;
        Optional<String> language = languages.notEnglish(a.text());
        if (language.isPresent()) {
            errors.add(new ArticleError(ErrorCode.UNSUPPORTED_LANGUAGE, "text is in " + language.get()
                    + "; Wirecoder codes English only"));
            return ExtractionResult.failed(article.id(), published, errors);
        }
        String readable = ControlCharacters.asSpaces(a.text());
        if (!readable.equals(a.text())) {
            errors.add(new ArticleError(ErrorCode.CONTROL_CHARACTERS, ControlCharacters.count(a.text())
                    + " control characters read as spaces (first at character " + ControlCharacters.first(a.text()) + ")"));
            a = a.withText(readable);
            if (readable.isBlank()) {
                errors.add(new ArticleError(ErrorCode.EMPTY_TEXT, "article text is empty once control characters are removed"));
                return ExtractionResult.failed(article.id(), published, errors);
            }
        }
        if (a.text().length() > config.maxChars()) {
            int cut = a.text().lastIndexOf(' ', config.maxChars());
            if (cut < config.maxChars() / 2) cut = config.maxChars();
            errors.add(new ArticleError(ErrorCode.TOO_LONG, "text has " + a.text().length() + " characters; only the first " + cut
                    + " were read (limit " + config.maxChars() + ")"));
            a = a.withText(a.text().substring(0, cut));
        }
        stopIfInterrupted("before tagging");
        AnnotatedArticle doc = nlp.annotate(a, this::mayHoldEvent);
        errors.addAll(doc.problems());
        stopIfInterrupted("after parsing");
        LocalDate anchor = a.published();
        boolean inferred = false;
        if (anchor == null) {
            anchor = inferPublished(doc);
            inferred = anchor != null;
        }
        DocumentActors cast = DocumentActors.scan(doc, actorTable, anchor);
        List<Place> placeList = withSharedCountries(places.find(doc));
        List<wirecoder.model.SetAside> setAside = new java.util.ArrayList<>();
        stopIfInterrupted("after places");
        List<EventRecord> events = assembler.assemble(doc, anchor, cast, placeList, setAside::add);
        if (readings != null) readings.addAll(read(doc, events, placeList));
        else if (veto != null) events = vetoed(events, read(doc, events, placeList), setAside);
        int parsed = (int) doc.sentences().stream().filter(Sentence::isParsed).count();
        Lead lead = leads.find(doc, cast, events, anchor).orElse(null);
        return new ExtractionResult(a.id(), anchor == null ? null : anchor.toString(), inferred, events, placeList, errors,
                doc.tokenCount(), doc.sentences().size(), parsed, lead, setAside);
    }

    /**
     * Places found in an article, the places of spans given from outside, and the found places named on their own
     * (not a state or county opening an organisation's name: what an NER tags as a place).
     */
    public record PlaceReading(List<Place> found, List<Place> given, List<Place> named) {
    }

    /** What the veto reads of each event it may judge ({@link EventVeto#reaches}), with its verdict when it is on. */
    private List<VetoReading> read(AnnotatedArticle doc, List<EventRecord> events, List<Place> places) {
        List<VetoReading> out = new ArrayList<>();
        for (EventRecord e : events) {
            if (!EventVeto.reaches(e)) continue;
            List<String> features = VetoFeatures.of(doc, e, events, places);
            out.add(new VetoReading(e, features, veto == null ? null : veto.judge(features)));
        }
        return out;
    }

    /** The events the learned veto keeps (their ids unchanged); the dropped ones are set aside with the veto's reasons. */
    private List<EventRecord> vetoed(List<EventRecord> events, List<VetoReading> readings,
                                     List<wirecoder.model.SetAside> setAside) {
        java.util.Set<EventRecord> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (VetoReading r : readings) {
            if (!r.verdict().vetoed()) continue;
            veto.hit();
            EventRecord e = r.event();
            setAside.add(new wirecoder.model.SetAside(e.sentence(), e.trigger(), e.eventType(), r.verdict().rule()));
            dropped.add(e);
        }
        if (dropped.isEmpty()) return events;
        List<EventRecord> out = new ArrayList<>();
        for (EventRecord e : events) if (!dropped.contains(e)) out.add(e);
        return out;
    }

    /**
     * Stops the extraction when its thread was interrupted (a time limit ran out): a {@link java.util.concurrent.CancellationException}
     * that says where. Checked between stages and between sentences, so an article stops within a sentence's work.
     */
    public static void stopIfInterrupted(String where) {
        if (Thread.currentThread().isInterrupted()) throw new java.util.concurrent.CancellationException("stopped " + where);
    }

    /**
     * Places alone, for place evaluation: the article's place mentions as {@link #extract} finds them, and
     * the resolution of given toponym spans (character offsets, end exclusive) in the article's context.
     * The article is tagged once; no events are assembled.
     */
    public PlaceReading places(Article article, List<int[]> spans) {
        AnnotatedArticle doc = nlp.annotate(article, this::mayHoldEvent);
        PlaceFinder.Mentions mentions = places.mentions(doc);
        List<Toponym> toponyms = new ArrayList<>();
        for (int[] s : spans) toponyms.add(places.finder().given(doc, s[0], s[1], mentions.toponyms()));
        List<Place> found = withSharedCountries(mentions.places());
        List<Place> named = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (mentions.toponyms().get(i).origin() != Toponym.Origin.ORGANISATION) named.add(found.get(i));
        }
        return new PlaceReading(found, places.resolve(doc, toponyms), named);
    }

    /** The precision gate's rules in their order, with how many events each has dropped since start-up. */
    public List<PrecisionGate.Rule> gateRules() {
        return gate.rules();
    }

    /** The rules that keep numbers from being counted as people, with how often each has held since start-up. */
    public List<wirecoder.counts.CountFinder.NotACount> notCountRules() {
        return wirecoder.counts.CountFinder.notCountRules();
    }

    /** The actor resolution rules in their order, with how often each has decided since start-up. */
    public List<wirecoder.actors.ActorRules.Rule> actorRules() {
        return resolver.rules();
    }

    /** The gazetteer in use (for benchmarks). */
    public LuceneGazetteer gazetteer() {
        return gazetteer;
    }

    /** The first full date in the opening sentences (a dateline or caption), when no date was given. */
    private LocalDate inferPublished(AnnotatedArticle doc) {
        int n = Math.min(doc.sentences().size(), 6);
        for (int i = 0; i < n; i++) {
            for (TimeExpression e : timeFinder.find(doc.sentences().get(i))) {
                if (e.kind() == TimeExpression.Kind.CALENDAR && e.year() > 0 && e.month() > 0 && e.day() > 0) {
                    try {
                        return LocalDate.of(e.year(), e.month(), e.day());
                    } catch (java.time.DateTimeException ignored) {
                        // An impossible date ("February 30") is not a dateline.
                    }
                }
            }
        }
        return null;
    }

    /** A place named again without context keeps the country an earlier mention gave it. */
    private static List<Place> withSharedCountries(List<Place> list) {
        Map<String, String> country = new HashMap<>();
        for (Place p : list) if (p.country() != null) country.putIfAbsent(p.name(), p.country());
        List<Place> out = new ArrayList<>();
        for (Place p : list) {
            if (p.country() == null && country.containsKey(p.name())) {
                out.add(new Place(p.name(), p.text(), p.start(), p.end(), p.geonameid(), p.lat(), p.lon(),
                        country.get(p.name()), p.admin1(), p.featureCode(), p.precision(), p.dateline()));
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
