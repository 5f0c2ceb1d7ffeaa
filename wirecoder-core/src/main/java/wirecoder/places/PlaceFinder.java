package wirecoder.places;

import wirecoder.actors.ActorTable;
import wirecoder.geo.AreaTable;
import wirecoder.geo.Gazetteer;
import wirecoder.model.AnnotatedArticle;
import wirecoder.model.Place;

import java.util.List;

/**
 * The places stage: toponym recognition, then resolution with the whole article as context, then points for the
 * names the gazetteer lacks from the places the text puts them in.
 */
public final class PlaceFinder {

    private final ToponymFinder finder;
    private final PlaceResolver resolver;
    private final PlaceContainment containment;

    public PlaceFinder(ActorTable actors, AreaTable areas, Gazetteer gazetteer) {
        this.finder = new ToponymFinder(actors, areas, gazetteer);
        this.resolver = new PlaceResolver(actors, areas, gazetteer);
        this.containment = new PlaceContainment(finder::isPlaceNoun);
    }

    /** Every place mention of the article, in text order. */
    public List<Place> find(AnnotatedArticle doc) {
        return mentions(doc).places();
    }

    /** The places of an article with the toponyms they resolve, in the same order. */
    public record Mentions(List<Toponym> toponyms, List<Place> places) {
    }

    public Mentions mentions(AnnotatedArticle doc) {
        List<Toponym> toponyms = finder.find(doc);
        return new Mentions(toponyms, resolve(doc, toponyms));
    }

    /**
     * Places for toponyms (also spans given from outside: gold spans in evaluation), resolved in the article's
     * context; a name the gazetteer lacks takes the point of the place the text puts it in.
     */
    public List<Place> resolve(AnnotatedArticle doc, List<Toponym> toponyms) {
        List<String> markers = containment.markers(doc, toponyms);
        return containment.locate(markers, containment.heldByPrevious(doc, toponyms), resolver.resolve(doc, toponyms, markers));
    }

    /** A noun that names a kind of place: a settlement or area ("town", "province") or a site ("airport", "border"). */
    public boolean isPlaceNoun(String lemma) {
        return finder.isPlaceNoun(lemma);
    }

    public ToponymFinder finder() {
        return finder;
    }
}
