package wirecoder.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import wirecoder.model.ActorRef;
import wirecoder.model.ArticleError;
import wirecoder.model.Attribution;
import wirecoder.model.EventRecord;
import wirecoder.model.ExtractionResult;
import wirecoder.model.Lead;
import wirecoder.model.Place;
import wirecoder.model.Size;
import wirecoder.model.Span;
import wirecoder.model.TimeRef;

import java.util.List;

/**
 * Writes results exactly as ../shared/spec/event-record.md names the fields (snake_case; fields may be
 * added, never renamed). The one place where the output contract lives in code.
 */
public final class RecordJson {

    private final ObjectMapper json = new ObjectMapper();

    public ObjectNode result(ExtractionResult r, boolean explain) {
        ObjectNode o = json.createObjectNode();
        o.put("id", r.id());
        o.put("published", r.published());
        if (r.publishedInferred()) o.put("published_inferred", true);
        ArrayNode events = o.putArray("events");
        for (EventRecord e : r.events()) events.add(event(e, explain));
        ArrayNode places = o.putArray("places");
        for (Place p : r.places()) places.add(place(p, true));
        if (r.lead() != null) o.set("lead", lead(r.lead()));
        if (!r.setAside().isEmpty()) {
            ArrayNode aside = o.putArray("set_aside");
            for (wirecoder.model.SetAside x : r.setAside()) {
                ObjectNode a = aside.addObject();
                a.put("sentence", x.sentence());
                span(a, "trigger", x.trigger());
                a.put("event_type", x.eventType());
                a.put("rule", x.rule());
            }
        }
        errors(o, r.errors());
        return o;
    }

    /** Who the news is about and what they did: the 5W1H "who" and "what" of the article, event or not. */
    private ObjectNode lead(Lead l) {
        ObjectNode o = json.createObjectNode();
        o.put("sentence", l.sentence());
        o.set("who", actor(l.who()));
        span(o, "what", l.what());
        o.put("event", l.event());
        o.put("rule", l.rule());
        o.set("date", date(l.date()));
        return o;
    }

    private void errors(ObjectNode o, List<ArticleError> errors) {
        ArrayNode a = o.putArray("errors");
        for (ArticleError e : errors) {
            ObjectNode x = a.addObject();
            x.put("code", e.code().label());
            x.put("message", e.message());
            x.put("fatal", e.fatal());
        }
    }

    /** One event as the contract writes it. */
    public ObjectNode event(EventRecord e, boolean explain) {
        ObjectNode o = json.createObjectNode();
        o.put("id", e.id());
        o.put("event_type", e.eventType());
        o.put("mode", e.mode());
        ArrayNode ctx = o.putArray("context");
        e.context().forEach(ctx::add);
        o.put("cameo", e.cameo());
        o.put("quad_class", e.quadClass());
        actors(o.putArray("actor"), e.actor());
        actors(o.putArray("recipient"), e.recipient());
        o.set("date", date(e.date()));
        if (e.location() == null) o.putNull("location");
        else o.set("location", place(e.location(), false));
        o.set("size", size(e.size()));
        o.put("factuality", e.factuality().label());
        if (e.factualityCue() != null) o.put("factuality_cue", e.factualityCue());
        o.set("attribution", attribution(e.attribution()));
        span(o, "trigger", e.trigger());
        o.put("sentence", e.sentence());
        o.put("evidence", e.evidence());
        if (e.weapon() != null) o.put("weapon", e.weapon());
        if (e.mentions().size() > 1) {
            ArrayNode m = o.putArray("mentions");
            for (wirecoder.model.Mention x : e.mentions()) {
                ObjectNode n = m.addObject();
                n.put("sentence", x.sentence());
                span(n, "trigger", x.trigger());
            }
        }
        if (e.acled() == null) o.putNull("acled");
        else o.putObject("acled").put("event_type", e.acled().eventType()).put("sub_event_type", e.acled().label());
        if (explain) {
            ArrayNode x = o.putArray("explain");
            e.explanation().forEach(x::add);
        }
        return o;
    }

    /** A span of the article: its words and offsets. */
    private static void span(ObjectNode parent, String field, Span s) {
        ObjectNode o = parent.putObject(field);
        o.put("text", s.text());
        o.put("start", s.start());
        o.put("end", s.end());
    }

    private void actors(ArrayNode a, List<ActorRef> list) {
        for (ActorRef r : list) a.add(actor(r));
    }

    private ObjectNode actor(ActorRef r) {
        ObjectNode o = json.createObjectNode();
        o.put("name", r.name());
        o.put("text", r.text());
        o.put("country", r.country());
        o.put("sector", r.sector());
        o.put("start", r.start());
        o.put("end", r.end());
        o.put("resolved_by", r.resolvedBy());
        if (r.code() != null) o.put("code", r.code());
        if (r.wikidata() != null) o.put("wikidata", r.wikidata());
        return o;
    }

    private ObjectNode date(TimeRef t) {
        ObjectNode o = json.createObjectNode();
        if (t == null) {
            o.putNull("value");
            o.putNull("text");
            o.putNull("precision");
            return o;
        }
        o.put("value", t.value());
        o.put("text", t.text());
        o.put("precision", t.precision());
        o.put("basis", t.basis());
        if (t.start() >= 0) {
            o.put("start", t.start());
            o.put("end", t.end());
        }
        return o;
    }

    private ObjectNode place(Place p, boolean mention) {
        ObjectNode o = json.createObjectNode();
        o.put("name", p.name());
        o.put("text", p.text());
        if (mention) {
            o.put("start", p.start());
            o.put("end", p.end());
        }
        if (p.geonameid() == null) o.putNull("geonameid");
        else o.put("geonameid", p.geonameid());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        o.put("feature_code", p.featureCode());
        o.put("precision", p.precision());
        if (mention) o.put("dateline", p.dateline());
        return o;
    }

    private ObjectNode size(Size s) {
        ObjectNode o = json.createObjectNode();
        o.put("dead", s.dead());
        o.put("injured", s.injured());
        o.put("arrested", s.arrested());
        o.put("captured", s.captured());
        if (!s.text().isEmpty()) {
            ObjectNode t = o.putObject("text");
            s.text().forEach(t::put);
        }
        return o;
    }

    private ObjectNode attribution(Attribution a) {
        if (a == null) return null;
        ObjectNode o = json.createObjectNode();
        o.put("source", a.source());
        o.put("verb", a.verb());
        o.put("name", a.name());
        o.put("start", a.start());
        o.put("end", a.end());
        return o;
    }

    public ObjectMapper mapper() { return json; }
}
