package wirecoder.lead;

import wirecoder.actors.ActorMention;
import wirecoder.actors.ActorResolver;
import wirecoder.actors.DocumentActors;
import wirecoder.model.ActorRef;
import wirecoder.model.AnnotatedArticle;
import wirecoder.model.Dependency;
import wirecoder.model.EventRecord;
import wirecoder.model.Factuality;
import wirecoder.model.Lead;
import wirecoder.model.Sentence;
import wirecoder.model.Span;
import wirecoder.model.TimeRef;
import wirecoder.model.Token;
import wirecoder.places.ToponymFinder;
import wirecoder.time.DateNormalizer;
import wirecoder.time.TimeExpression;
import wirecoder.time.TimeFinder;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who the news is about, as Giveme5W1H answers "who" and "what": the subject and main verb of the headline or of
 * one of the first body sentences, whichever scores best by position, by naming a person or organisation, and by
 * being named again in the article. Works on parsed sentences (the root's subject) and on sentences the pipeline
 * did not parse (the words before the first finite verb), so a sports or accident story has a lead too.
 */
public final class LeadFinder {

    /** Body sentences after the headline that may hold the lead. */
    static final int BODY_SENTENCES = 3;
    /** Position weights: a news lead tells the main news first; the headline says it in fewer words. */
    static final double HEADLINE = 0.8;
    static final double[] BODY = {1.0, 0.7, 0.5};
    /** A subject naming a person or organisation (tagged or in the actor tables) is a better "who" than a noun. */
    static final double NAMED = 0.3;
    /** A subject whose head word the article names again is what the article is about. */
    static final double REPEATED = 0.2;
    /** A subject longer than this is a clause the heuristic misread, not a name. */
    static final int MAX_SUBJECT_TOKENS = 10;
    /** Tags that open a phrase, not a subject. */
    private static final Set<String> OPENERS = Set.of("VBG", "IN", "WRB", "RB", "TO", "VBN");

    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "announce", "state", "add", "claim");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> CLOSERS = Set.of(",", "(", "-LRB-", "who", "which", "that", ";", "--");

    private final ActorResolver resolver;
    private final TimeFinder times = new TimeFinder();
    private final DateNormalizer dates = new DateNormalizer();

    public LeadFinder(ActorResolver resolver) {
        this.resolver = resolver;
    }

    private record Candidate(Sentence s, int first, int last, int head, int verb, double score, String rule) {
    }

    /** The lead of the article, or empty when no early sentence has a subject. */
    public Optional<Lead> find(AnnotatedArticle doc, DocumentActors cast, List<EventRecord> events, LocalDate published) {
        List<Sentence> sentences = doc.sentences();
        int dateline = ToponymFinder.datelineEnd(doc.text());
        Candidate best = null;
        int body = 0;
        for (Sentence s : sentences) {
            if (body >= BODY_SENTENCES || s.size() == 0) break;
            boolean headline = s.index() == 0 && s.isHeadline() && sentences.size() > 1;
            double position = headline ? HEADLINE : BODY[body];
            if (!headline) body++;
            Candidate c = candidate(doc, s, position, headline ? "headline-subject" : "lead-subject", dateline);
            if (c != null && (best == null || c.score() > best.score())) best = c;
        }
        if (best == null) return Optional.empty();
        Sentence s = best.s();
        String text = doc.text();
        ActorRef who = who(doc, cast, best);
        Token v = s.token(best.verb());
        Span what = new Span(text.substring(v.begin(), v.end()), v.begin(), v.end());
        int sentence = s.index();
        String event = events.stream().filter(e -> e.sentence() == sentence)
                .min((a, b) -> Boolean.compare(a.factuality() != Factuality.ASSERTED, b.factuality() != Factuality.ASSERTED))
                .map(EventRecord::id).orElse(null);
        TimeRef date = date(s, best.verb(), events, event, published);
        if (date != null && "publication".equals(date.basis())) date = leadParagraphDay(sentences, s.index(), published).orElse(date);
        return Optional.of(new Lead(sentence, who, what, event, best.rule(), date));
    }

    /** How many sentences after an undated lead (a headline, a standfirst) may still give the story's day. */
    static final int LEAD_DAY_REACH = 2;

    /**
     * A headline or standfirst says what happened, the first sentence of the body says when ("crashed in south London on
     * Wednesday morning"): the first day, weekday or "yesterday" in the sentences after an undated lead, when it is
     * neither in the future nor history. Only a day counts: a month or "now" says nothing of the story's day.
     */
    private Optional<TimeRef> leadParagraphDay(List<Sentence> sentences, int lead, LocalDate published) {
        if (published == null) return Optional.empty();
        for (int i = lead + 1; i <= lead + LEAD_DAY_REACH && i < sentences.size(); i++) {
            for (TimeExpression t : times.find(sentences.get(i))) {
                boolean day = t.kind() == TimeExpression.Kind.WEEKDAY || t.kind() == TimeExpression.Kind.DAY_OFFSET
                        || t.kind() == TimeExpression.Kind.CALENDAR && t.day() > 0;
                if (!day || DateNormalizer.isHistorical(t, published)) continue;
                TimeRef r = dates.normalize(t, published, false);
                if (r == null || r.value() == null || r.value().length() != 10 || r.value().compareTo(published.toString()) > 0) continue;
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * When the lead's news happened: its event's date; else a time its sentence gives (the first one on the lead's verb,
     * else the first one that is no history); else, as a news lead reports that day's news, the publication day.
     */
    private TimeRef date(Sentence s, int verb, List<EventRecord> events, String event, LocalDate published) {
        if (event != null) {
            for (EventRecord e : events) {
                if (e.id().equals(event) && e.date() != null && e.date().value() != null) return e.date();
            }
        }
        if (published == null) return null;
        List<TimeExpression> found = times.find(s);
        TimeExpression chosen = null;
        for (TimeExpression t : found) {
            if (t.hangsOn(s, List.of(verb))) {
                chosen = t;
                break;
            }
        }
        if (chosen == null) {
            for (TimeExpression t : found) {
                if (!DateNormalizer.isHistorical(t, published)) {
                    chosen = t;
                    break;
                }
            }
        }
        if (chosen != null) {
            TimeRef r = dates.normalize(chosen, published, false);
            if (r != null && r.value() != null) return r;
        }
        return TimeRef.publication(published);
    }

    private Candidate candidate(AnnotatedArticle doc, Sentence s, double position, String rule, int dateline) {
        int[] span = s.isParsed() ? parsedSubject(s) : wordsBeforeVerb(s);
        if (span == null) return null;
        int first = span[0];
        int last = span[1];
        int head = span[2];
        // "WASHINGTON (Reuters) - Christopher Steele": the dateline is where the reporter was, not who.
        while (first < last && s.token(first).begin() < dateline) first++;
        // "DETROIT The U.S. Transportation Department ...": a dateline without its dash, after a headline.
        if (first == 0 && first < last && isDatelineWord(s.token(0)) && Character.isUpperCase(s.token(1).word().charAt(0))) first++;
        if (s.token(head).begin() < dateline || s.token(head).begin() < s.token(first).begin()) return null;
        if (last - first + 1 > MAX_SUBJECT_TOKENS) return null;
        // "Considering how her life ...", "In a statement": an opening phrase the heuristic took for a subject.
        boolean counted = false;
        for (int i = first; i <= last; i++) if (s.token(i).isNumber()) counted = true;
        // ("At least seven people" opens with a preposition too, but counts its subject.)
        if (OPENERS.contains(s.token(first).pos()) && !counted) return null;
        // "Edmonton", "France": a place is where, not who.
        boolean place = true;
        for (int i = first; i <= last; i++) if (!s.token(i).ner().equals("LOCATION") && !s.token(i).pos().equals("DT")) place = false;
        if (place) return null;
        // "He", "It" and a relative "which" say who only through another sentence; "Seven killed" counts them.
        if (first == last && (s.token(first).isPronoun() || s.token(first).pos().equals("WDT"))) return null;
        if (s.token(head).isNumber()) return null;
        boolean named = false;
        for (int i = first; i <= last; i++) {
            String ner = s.token(i).ner();
            if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) named = true;
        }
        double score = position + (named ? NAMED : 0) + (repeated(doc, s, s.token(head).lower()) ? REPEATED : 0);
        return new Candidate(s, first, last, head, span[3], score, rule);
    }

    /** A city written in capitals ("WASHINGTON"), as datelines write it; not an acronym the NER calls an organisation. */
    private static boolean isDatelineWord(Token t) {
        String w = t.word();
        return w.length() >= 4 && w.chars().allMatch(Character::isUpperCase) && !t.ner().equals("ORGANIZATION");
    }

    /** The root's subject (of the reported clause under "X said"), cut before a relative clause or apposition. */
    private static int[] parsedSubject(Sentence s) {
        int root = -1;
        for (int i = 0; i < s.size(); i++) if (s.head(i) < 0 && s.headRelation(i).equals("root")) root = i;
        if (root < 0) return null;
        int verb = root;
        int subject = subjectOf(s, root);
        if (REPORTING.contains(s.token(root).lemma().toLowerCase(Locale.ROOT))) {
            for (Dependency d : s.basicChildren(root)) {
                if (!d.relation().equals("ccomp")) continue;
                int inner = subjectOf(s, d.dependent());
                if (inner >= 0 && !s.token(inner).isPronoun()) {
                    subject = inner;
                    verb = d.dependent();
                }
            }
        }
        if (subject < 0) return null;
        List<Integer> tree = s.subtree(subject);
        int first = subject;
        int last = subject;
        for (int i : tree) {
            first = Math.min(first, i);
            last = Math.max(last, i);
        }
        for (int i = subject + 1; i <= last; i++) {
            // "The U.S. Transportation Department on Wednesday": a time or place phrase the parser hung on the subject.
            boolean preposition = s.token(i).pos().equals("IN") && !s.token(i).lower().equals("of");
            if (CLOSERS.contains(s.token(i).lower()) || preposition) {
                last = i - 1;
                break;
            }
        }
        return new int[]{first, last, subject, verb};
    }

    private static int subjectOf(Sentence s, int node) {
        for (Dependency d : s.basicChildren(node)) {
            if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) return d.dependent();
        }
        return -1;
    }

    /**
     * For a sentence without a parse: the words before its first finite verb, after a dateline ("KABUL (Reuters) -"),
     * a headline's label ("Croydon tram crash:") or an opening phrase set off by a comma ("On Monday,").
     */
    private static int[] wordsBeforeVerb(Sentence s) {
        int verb = -1;
        for (int i = 0; i < s.size(); i++) {
            if (FINITE.contains(s.token(i).pos())) {
                verb = i;
                break;
            }
        }
        if (verb <= 0) return null;
        // "Police said a man was arrested": the news is the reported clause; its subject follows the reporting verb.
        if (REPORTING.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
            int[] inner = reported(s, verb);
            if (inner != null) return inner;
        }
        int first = 0;
        for (int i = 0; i < verb; i++) {
            String w = s.token(i).word();
            if (w.equals(":") || w.equals("-") || w.equals("--") || w.equals("—") || (w.equals(",") && opensWithPhrase(s))) first = i + 1;
        }
        int last = verb - 1;
        boolean noun = false;
        for (int i = first; i < verb; i++) {
            boolean preposition = noun && s.token(i).pos().equals("IN") && !s.token(i).lower().equals("of");
            if (CLOSERS.contains(s.token(i).lower()) || preposition) {
                last = i - 1;
                break;
            }
            noun |= s.token(i).isNoun();
        }
        if (last < first) return null;
        int head = -1;
        for (int i = first; i <= last; i++) if (s.token(i).isNoun() || s.token(i).isPronoun()) head = i;
        return head < 0 ? null : new int[]{first, last, head, verb};
    }

    /** The words between a reporting verb (and "that") and the next finite verb, as a subject; null if none. */
    private static int[] reported(Sentence s, int say) {
        int first = say + 1;
        if (first < s.size() && s.token(first).lower().equals("that")) first++;
        int verb = -1;
        for (int i = first; i < s.size(); i++) {
            if (FINITE.contains(s.token(i).pos())) {
                verb = i;
                break;
            }
        }
        if (verb <= first) return null;
        int head = -1;
        for (int i = first; i < verb; i++) {
            if (CLOSERS.contains(s.token(i).lower())) break;
            if (s.token(i).isNoun()) head = i;
        }
        return head < 0 ? null : new int[]{first, head, head, verb};
    }

    /** "On Monday, ...", "In a statement, ...": a sentence that opens with a preposition or adverb. */
    private static boolean opensWithPhrase(Sentence s) {
        String pos = s.token(0).pos();
        return pos.equals("IN") || pos.startsWith("RB") || pos.equals("VBG");
    }

    private static boolean repeated(AnnotatedArticle doc, Sentence in, String word) {
        if (word.length() < 3) return false;
        for (Sentence s : doc.sentences()) {
            if (s.index() == in.index()) continue;
            for (Token t : s.tokens()) if (t.lower().equals(word)) return true;
        }
        return false;
    }

    /** The subject as an actor: resolved where the tables or the parse can say who it is, else as written. */
    private ActorRef who(AnnotatedArticle doc, DocumentActors cast, Candidate c) {
        Sentence s = c.s();
        String text = doc.text();
        int start = s.token(c.first()).begin();
        int end = s.token(c.last()).end();
        String written = text.substring(start, end);
        if (s.isParsed()) {
            Optional<ActorRef> r = resolver.resolve(text, cast, s, c.head(), new HashSet<>());
            // The resolved actor under the subject as written ("At least seven people", not the role word alone).
            if (r.isPresent()) return r.get().withSpan(written, start, end, r.get().resolvedBy());
        }
        for (int i = c.first(); i <= c.last(); i++) {
            Optional<ActorMention> m = cast.at(s.index(), i);
            if (m.isPresent()) return ActorResolver.ref(m.get().entry(), new Span(written, start, end), "lead-table", cast);
        }
        return new ActorRef(written, written, null, null, start, end, "lead-subject", null, null);
    }
}
