package wirecoder.geo;

import java.util.List;

/** Looks places up by name. {@link LuceneGazetteer} serves GeoNames; tests may use a small in-memory one. */
public interface Gazetteer {

    /** Entries having a name whose {@link NameKey#of key} is {@code key}. */
    List<GeoName> byName(String key);

    /** Entries having a name whose {@link NameKey#skeleton skeleton} is {@code skeleton}: transliteration variants. */
    List<GeoName> bySkeleton(String skeleton);
}
