package wirecoder;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import wirecoder.model.ActorRef;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;
import wirecoder.model.ExtractionResult;
import wirecoder.model.Mention;
import wirecoder.model.Place;
import wirecoder.model.Span;

import java.util.List;

/**
 * Whatever the text, extract answers: it never throws, and every span it reports lies in the text and quotes the
 * words it claims. Texts are random Unicode, and news sentences with random characters spliced in, so that events,
 * actors and places are found and their offsets tested.
 */
class ExtractorPropertiesTest {

    private static final List<String> NEWS = List.of(
            "Rebels attacked an army base near Goma on Monday, killing four soldiers, officials said.",
            "Police arrested 14 protesters in Aden after clashes near the port.",
            "Hezbollah launched its assault on Nusra Front militants near Arsal on Friday, a military news service reported.",
            "The United Nations envoy urged both sides to return to talks in Geneva.",
            "Gunmen kidnapped two aid workers on the road to Marib, according to a local official.",
            "Israeli aircraft bombed a house in Rafah, medical sources said.",
            "Troops withdrew from the town on Tuesday.");

    @Property(tries = 150)
    void anyUnicodeTextIsAnsweredAndItsSpansQuoteIt(@ForAll("texts") String text) {
        ExtractionResult r = Fixtures.extractor().extract(Article.of("p", Fixtures.THURSDAY, text));
        for (EventRecord e : r.events()) {
            quotes(text, e.trigger(), "trigger");
            for (Mention m : e.mentions()) quotes(text, m.trigger(), "mention trigger");
            for (ActorRef a : e.actor()) quotes(text, a.start(), a.end(), a.text(), "actor");
            for (ActorRef a : e.recipient()) quotes(text, a.start(), a.end(), a.text(), "recipient");
            if (e.attribution() != null) within(text, e.attribution().start(), e.attribution().end(), "attribution");
            if (e.evidence() == null || e.evidence().isEmpty()) throw new AssertionError("an event without evidence in: " + text);
        }
        for (Place p : r.places()) quotes(text, p.start(), p.end(), p.text(), "place");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> spliced = Arbitraries.of(NEWS).list().ofMinSize(1).ofMaxSize(4)
                .flatMap(sentences -> Arbitraries.strings().all().ofMaxLength(3).list().ofSize(sentences.size())
                        .map(noise -> {
                            StringBuilder b = new StringBuilder();
                            for (int i = 0; i < sentences.size(); i++) b.append(sentences.get(i)).append(noise.get(i)).append(' ');
                            return b.toString();
                        }));
        Arbitrary<String> words = Arbitraries.of(NEWS).map(s -> s.split(" ")).flatMap(w -> Arbitraries.of(w).list().ofMaxSize(40)
                .map(l -> String.join(" ", l)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, unicode),
                net.jqwik.api.Tuple.of(3, spliced),
                net.jqwik.api.Tuple.of(2, words));
    }

    private static void quotes(String text, Span s, String what) {
        quotes(text, s.start(), s.end(), s.text(), what);
    }

    private static void quotes(String text, int start, int end, String quoted, String what) {
        within(text, start, end, what);
        if (!text.substring(start, end).equals(quoted)) {
            throw new AssertionError(what + " [" + start + "," + end + ") quotes '" + quoted + "' but the text there is '"
                    + text.substring(start, end) + "' in: " + text);
        }
    }

    private static void within(String text, int start, int end, String what) {
        if (start < 0 || end > text.length() || start > end) {
            throw new AssertionError(what + " offsets [" + start + "," + end + ") outside a text of " + text.length() + " in: " + text);
        }
    }
}
