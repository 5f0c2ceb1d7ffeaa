package wirecoder.geo;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import wirecoder.data.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The GeoNames gazetteer as a Lucene index on disk: one document per place, found by exact name keys and
 * transliteration skeletons (both keyword fields, so a lookup is one term query). Built on first use
 * from a {@link GeoNamesSource} plus the {@link AreaTable}, cached under the cache folder, and rebuilt
 * when the dump or the tables change. Thread-safe.
 */
public final class LuceneGazetteer implements Gazetteer, AutoCloseable {

    /**
     * Bump when the index layout changes, or how an entry's names are made from the bundled tables (the admin2
     * table is fingerprinted by its bytes), so old caches are rebuilt.
     */
    private static final int FORMAT = 4;
    private static final int MAX_HITS = 1000;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Path path;

    private LuceneGazetteer(Path path) throws IOException {
        this.path = path;
        this.directory = FSDirectory.open(path);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the cached index for this source and these areas, building it first when there is none. */
    public static LuceneGazetteer openOrBuild(GeoNamesSource source, AreaTable areas, Path cacheDir) {
        String id = fingerprint(source, areas);
        Path root = cacheDir.resolve("gazetteer");
        Path index = root.resolve(id);
        try {
            Files.createDirectories(root);
            // One builder at a time, across processes (parallel test JVMs, two CLI runs).
            try (FileChannel ch = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                if (!Files.exists(index.resolve("READY"))) build(source, areas, index);
            }
            return new LuceneGazetteer(index);
        } catch (IOException e) {
            throw new GazetteerException("could not open the gazetteer index in " + index + ": " + e.getMessage(), e);
        }
    }

    /** Writes the index into a temporary folder and moves it in place, so a crash never leaves half an index. */
    static void build(GeoNamesSource source, AreaTable areas, Path index) throws IOException {
        Path tmp = Files.createTempDirectory(index.getParent(), "build");
        try (Directory dir = FSDirectory.open(tmp);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setRAMBufferSizeMB(128))) {
            for (GeoName g : areas.entries()) w.addDocument(document(areas.withAliases(g)));
            try {
                source.forEach(g -> {
                    try {
                        w.addDocument(document(areas.withAliases(g)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            w.forceMerge(1);
        }
        Files.writeString(tmp.resolve("READY"), source.fingerprint() + "\n", StandardCharsets.UTF_8);
        Folders.delete(index);
        Files.move(tmp, index, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Document document(GeoName g) {
        Document d = new Document();
        Set<String> keys = new LinkedHashSet<>();
        for (String n : g.names()) {
            String k = NameKey.of(n);
            if (!k.isEmpty()) keys.add(k);
        }
        Set<String> skeletons = new LinkedHashSet<>();
        for (String k : keys) {
            d.add(new StringField("key", k, Field.Store.NO));
            skeletons.add(NameKey.skeleton(k));
        }
        for (String s : skeletons) d.add(new StringField("skel", s, Field.Store.NO));
        d.add(new StoredField("id", g.geonameid() == null ? -1 : g.geonameid()));
        d.add(new StoredField("name", g.name()));
        d.add(new StoredField("lat", g.lat()));
        d.add(new StoredField("lon", g.lon()));
        d.add(new StoredField("fclass", g.featureClass()));
        d.add(new StoredField("fcode", g.featureCode()));
        d.add(new StoredField("cc", g.countryCode()));
        d.add(new StoredField("adm1", g.admin1Code()));
        d.add(new StoredField("adm2", g.admin2Code()));
        d.add(new StoredField("pop", g.population()));
        return d;
    }

    private static String fingerprint(GeoNamesSource source, AreaTable areas) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("format " + FORMAT + "\n" + source.fingerprint() + "\n").getBytes(StandardCharsets.UTF_8));
            md.update(areas.fingerprint().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<GeoName> byName(String key) {
        return search("key", key);
    }

    @Override
    public List<GeoName> bySkeleton(String skeleton) {
        return search("skel", skeleton);
    }

    private List<GeoName> search(String field, String value) {
        if (value.isEmpty()) return List.of();
        try {
            ScoreDoc[] hits = searcher.search(new TermQuery(new Term(field, value)), MAX_HITS).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<GeoName> out = new ArrayList<>(hits.length);
            for (ScoreDoc h : hits) out.add(read(stored.document(h.doc)));
            return out;
        } catch (IOException e) {
            throw new GazetteerException("gazetteer lookup failed in " + path + ": " + e.getMessage(), e);
        }
    }

    private static GeoName read(Document d) {
        long id = d.getField("id").numericValue().longValue();
        return new GeoName(id < 0 ? null : id, d.get("name"), d.getField("lat").numericValue().doubleValue(),
                d.getField("lon").numericValue().doubleValue(), d.get("fclass"), d.get("fcode"), d.get("cc"),
                d.get("adm1"), d.get("adm2"), d.getField("pop").numericValue().longValue(), List.of());
    }

    /** Documents in the index. */
    public int size() {
        return reader.numDocs();
    }

    /** Bytes the index takes on disk. */
    public long bytesOnDisk() {
        try (var files = Files.list(path)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
