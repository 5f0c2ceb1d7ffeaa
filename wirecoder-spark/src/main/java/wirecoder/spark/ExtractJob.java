package wirecoder.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import wirecoder.Extractor;
import wirecoder.io.ArticleReader;
import wirecoder.io.ExtractionRun;
import wirecoder.io.InputItem;
import wirecoder.io.Outcome;
import wirecoder.model.ArticleError;
import wirecoder.model.ErrorCode;
import wirecoder.model.ExtractionResult;
import wirecoder.model.Place;
import wirecoder.store.EventRows;
import wirecoder.store.FusedRows;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The extraction on Spark: articles (JSON Lines, Parquet with the same columns, or WARC files' HTML responses) from any
 * Hadoop file system are coded by one {@link Extractor} per executor JVM, shared by its tasks, each partition through the same
 * {@link ExtractionRun} as {@code extract} and {@code ingest} (same per-article time limit and error entries). It
 * writes Parquet under the output: {@code events/} in the columns of the store's {@code events} table
 * ({@link EventRows}, the same rows for the same article), {@code places/} (every place named) and
 * {@code errors/} (each article's error entries); then {@code fused/}, the store's {@code fused} table as {@code export
 * --format parquet} writes it, each type's reports fused in input order by the store's own rule ({@link FusedRows}),
 * with the fused id set in {@code events/}.
 */
public final class ExtractJob {

    /** The output folders under the job's output. */
    public static final String EVENTS = "events";
    public static final String FUSED = "fused";
    public static final String PLACES = "places";
    public static final String ERRORS = "errors";

    /** Partitions of the articles per core, at least (see {@link #run}). */
    static final int PARTITIONS_PER_CORE = 8;

    /** What a run wrote. */
    public record Summary(long articles, long events, long fused, long places, long errors) {
    }

    /**
     * One line of JSON Lines: where it comes from (file name and line number, as {@code extract} names it), its text, and
     * its place in the input (file, then line): the order in which {@code ingest} would store it, which fusion follows.
     */
    record Line(String where, String json, long file, long line, ErrorCode failure, String message, String id) implements Serializable {

        Line(String where, String json, long file, long line) {
            this(where, json, file, line, null, null, null);
        }

        Line(String where, long file, long line, ErrorCode failure, String message) {
            this(where, null, file, line, failure, message, null);
        }

        /** The line, to be coded under {@code id} (its own was used by an earlier article). */
        Line as(String id) {
            return new Line(where, json, file, line, failure, message, id);
        }
    }

    /** One article's rows, and its place in the input. */
    record Coded(List<Object[]> events, List<Object[]> places, List<Object[]> errors, long file, long line) implements Serializable {
    }

    /** An event row and its place in the input: file, line, and its index among the article's events. */
    record Ordered(long file, long line, int index, Object[] row) implements Serializable {
    }

    static final StructType EVENT_SCHEMA = new StructType(EventRows.COLUMNS.stream()
            .map(c -> DataTypes.createStructField(c.name(), sparkType(c.type()), true)).toArray(StructField[]::new));

    static final StructType PLACE_SCHEMA = new StructType(new StructField[]{
            field("article_id", DataTypes.StringType), field("mention", DataTypes.IntegerType), field("text", DataTypes.StringType),
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType), field("name", DataTypes.StringType),
            field("geonameid", DataTypes.LongType), field("lat", DataTypes.DoubleType), field("lon", DataTypes.DoubleType),
            field("country", DataTypes.StringType), field("admin1", DataTypes.StringType), field("feature_code", DataTypes.StringType),
            field("precision", DataTypes.StringType), field("dateline", DataTypes.BooleanType)});

    /** The columns of the store's {@code fused} table, as {@code export --format parquet} writes them. */
    static final StructType FUSED_SCHEMA = fusedSchema();

    static final StructType ERROR_SCHEMA = new StructType(new StructField[]{
            field("article_id", DataTypes.StringType), field("code", DataTypes.StringType), field("message", DataTypes.StringType),
            field("fatal", DataTypes.BooleanType)});

    private ExtractJob() {
    }

    private static StructType fusedSchema() {
        List<StructField> f = new ArrayList<>(List.of(field("fused_id", DataTypes.StringType)));
        for (int i = 0; i < FusedRows.COLUMNS.size(); i++) f.add(field(FusedRows.COLUMNS.get(i), sparkType(FusedRows.TYPES.get(i))));
        f.add(field("first_seen", DataTypes.TimestampType));
        f.add(field("last_seen", DataTypes.TimestampType));
        return new StructType(f.toArray(StructField[]::new));
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static DataType sparkType(String duckdb) {
        return switch (duckdb) {
            case "VARCHAR" -> DataTypes.StringType;
            case "BIGINT" -> DataTypes.LongType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "DOUBLE" -> DataTypes.DoubleType;
            case "DATE" -> DataTypes.DateType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            default -> throw new IllegalArgumentException("no Spark type for " + duckdb);
        };
    }

    /**
     * Codes the articles of {@code inputs} (files or folders; .jsonl, .json, .ndjson, .parquet, .warc or .warc.gz) into {@code output}.
     *
     * @param published the publication date of articles that give none (null: none)
     * @param timeout   seconds one article may take
     */
    public static Summary run(SparkSession spark, List<String> inputs, String output, LocalDate published, int timeout, boolean overwrite) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> files = files(spark, inputs);
        List<JavaRDD<Line>> perFile = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) perFile.add(lines(spark, sc, files.get(i), i));
        // One union of all files, not one per file: thousands of files would nest as deep.
        @SuppressWarnings("unchecked")
        JavaRDD<Line> lines = perFile.isEmpty() ? null : sc.union(perFile.toArray(JavaRDD[]::new));
        if (lines == null) throw new IllegalArgumentException("no .jsonl, .json, .ndjson, .parquet, .warc or .warc.gz files in " + inputs);
        // Articles differ in length a hundredfold: a few partitions per core let a core that drew short ones take more,
        // as extract's threads do (two byte-split partitions left one core idle for a fifth of the run).
        int partitions = Math.max(lines.getNumPartitions(), sc.defaultParallelism() * PARTITIONS_PER_CORE);
        if (partitions > lines.getNumPartitions()) lines = lines.repartition(partitions);
        lines = Repeats.apply(sc, lines);
        JavaRDD<Coded> coded = lines.mapPartitions(part -> code(part, published, timeout));
        coded.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            long articles = coded.count();
            // Fusion: all reports of one PLOVER type in one task, in input order, as one ingest of these files fuses them.
            java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
            JavaRDD<Object[]> fusedAndEvents = coded
                    .flatMap(c -> {
                        List<Ordered> out = new ArrayList<>();
                        for (int i = 0; i < c.events().size(); i++) out.add(new Ordered(c.file(), c.line(), i, c.events().get(i)));
                        return out.iterator();
                    })
                    .groupBy(o -> (String) o.row()[3])
                    .flatMap(t -> fuse(t._2(), now).iterator());
            fusedAndEvents.persist(StorageLevel.MEMORY_AND_DISK());
            try {
                long events = write(spark, fusedAndEvents.filter(r -> "event".equals(r[0]))
                        .map(ExtractJob::unmarked), EVENT_SCHEMA, output + "/" + EVENTS, mode);
                long fused = write(spark, fusedAndEvents.filter(r -> "fused".equals(r[0])).map(ExtractJob::unmarked), FUSED_SCHEMA,
                        output + "/" + FUSED, mode);
                long places = write(spark, coded.flatMap(c -> c.places().iterator()), PLACE_SCHEMA, output + "/" + PLACES, mode);
                long errors = write(spark, coded.flatMap(c -> c.errors().iterator()), ERROR_SCHEMA, output + "/" + ERRORS, mode);
                return new Summary(articles, events, fused, places, errors);
            } finally {
                fusedAndEvents.unpersist(false);
            }
        } finally {
            coded.unpersist(false);
        }
    }

    /**
     * One type's reports fused in input order with the store's own rule ({@link FusedRows.InMemory}): each event row
     * with its fused id, then each fused event's row, each marked "event" or "fused" in a first column.
     */
    static List<Object[]> fuse(Iterable<Ordered> reports, java.sql.Timestamp now) {
        List<Ordered> sorted = new ArrayList<>();
        reports.forEach(sorted::add);
        sorted.sort(java.util.Comparator.comparingLong(Ordered::file).thenComparingLong(Ordered::line).thenComparingInt(Ordered::index));
        FusedRows.InMemory fusion = new FusedRows.InMemory();
        List<Object[]> out = new ArrayList<>();
        for (Ordered o : sorted) {
            Object[] row = o.row().clone();
            fusion.add(row);
            out.add(marked("event", row));
        }
        for (Object[] f : fusion.rows()) {
            Object[] row = java.util.Arrays.copyOf(f, f.length + 2);
            for (int i = 0; i < row.length; i++) if (row[i] instanceof LocalDate d) row[i] = java.sql.Date.valueOf(d);
            row[f.length] = now;
            row[f.length + 1] = now;
            out.add(marked("fused", row));
        }
        return out;
    }

    private static Object[] marked(String kind, Object[] row) {
        Object[] m = new Object[row.length + 1];
        m[0] = kind;
        System.arraycopy(row, 0, m, 1, row.length);
        return m;
    }

    private static Object[] unmarked(Object[] m) {
        return java.util.Arrays.copyOfRange(m, 1, m.length);
    }

    /** Writes the rows (drawn from a persisted RDD, so that counting them recomputes only a filter or a map) and says how many. */
    private static long write(SparkSession spark, JavaRDD<Object[]> rows, StructType schema, String path, SaveMode mode) {
        Dataset<Row> df = spark.createDataFrame(rows.map(RowFactory::create), schema);
        df.write().mode(mode).parquet(path);
        return rows.count();
    }

    /** The input files: each file given, and the article files of each folder given (not recursively). */
    static List<String> files(SparkSession spark, List<String> inputs) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<String> out = new ArrayList<>();
        try {
            for (String in : inputs) {
                org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(p);
                if (!status.isDirectory() || in.endsWith(".parquet")) {
                    out.add(in);
                    continue;
                }
                // In name order, as extract and ingest read a folder: the order fusion follows.
                List<String> found = new ArrayList<>();
                for (FileStatus f : fs.listStatus(p)) {
                    if (f.isFile() && kind(f.getPath().getName()) != null) found.add(f.getPath().toString());
                }
                found.sort(null);
                out.addAll(found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + inputs + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static String kind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".parquet")) return "parquet";
        if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) return "jsonl";
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) return "warc";
        return null;
    }

    /** A file's lines, numbered from 1 as {@code extract} numbers them; Parquet rows become JSON lines. */
    private static JavaRDD<Line> lines(SparkSession spark, JavaSparkContext sc, String file, long fileIndex) {
        String name = new org.apache.hadoop.fs.Path(file).getName();
        if ("warc".equals(kind(name))) {
            // Read as a stream by the task that holds the file (a WARC file is often a gigabyte of captures).
            return sc.binaryFiles(file).flatMap(t -> warcLines(name, t._2().open(), fileIndex).iterator());
        }
        JavaRDD<String> text = "parquet".equals(kind(name)) ? spark.read().parquet(file).toJSON().javaRDD() : sc.textFile(file);
        return text.zipWithIndex().filter(t -> !t._1().isBlank())
                .map(t -> new Line(name + ":" + (t._2() + 1), t._1(), fileIndex, t._2() + 1));
    }

    /**
     * A WARC file's HTML responses as lines of JSON, as {@code extract} reads a WARC file (the URL is the id, the
     * capture's day the date); a response that cannot be read is a line that carries its error.
     */
    static List<Line> warcLines(String name, java.io.InputStream in, long fileIndex) throws IOException {
        List<Line> out = new ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (in) {
            new ArticleReader(null).readWarc(name, in, item -> {
                long n = out.size() + 1;
                if (item.article() == null) {
                    ArticleError e = item.errors().get(item.errors().size() - 1);
                    out.add(new Line(item.id(), fileIndex, n, e.code(), e.message()));
                    return;
                }
                var a = item.article();
                var o = json.createObjectNode().put("id", a.id()).put("text", a.text()).put("title", a.title())
                        .put("url", a.url()).put("source", a.source());
                if (a.published() != null) o.put("published", a.published().toString());
                out.add(new Line(name + ":" + n, o.toString(), fileIndex, n));
            });
        }
        return out;
    }

    /** Codes one partition's lines on this executor's shared extractor, in order, as {@code ingest} codes a file. */
    static Iterator<Coded> code(Iterator<Line> lines, LocalDate published, int timeout) throws Exception {
        ArticleReader reader = new ArticleReader(published);
        List<Coded> out = new ArrayList<>();
        List<long[]> order = new ArrayList<>();
        try (ExtractionRun run = new ExtractionRun(SharedExtractor.get(), 1, timeout,
                o -> out.add(rows(o, order.get(out.size()))), System.err)) {
            while (lines.hasNext()) {
                Line l = lines.next();
                order.add(new long[]{l.file(), l.line()});
                InputItem item;
                if (l.json() == null) {
                    item = InputItem.failed(l.where(), new ArticleError(l.failure(), l.message()));
                } else if (l.id() == null) {
                    item = reader.jsonLine(l.where(), l.json().getBytes(StandardCharsets.UTF_8));
                } else {
                    // Renamed over the whole input (Repeats): read without this partition's memory of ids.
                    item = new ArticleReader(published).jsonLine(l.where(), l.json().getBytes(StandardCharsets.UTF_8));
                    if (item.article() != null) item = ArticleReader.renamed(item, l.id(), l.where());
                }
                run.submit(item);
            }
            run.finish();
        }
        return out.iterator();
    }

    /** An outcome's rows: its events (not fused), the places it names and its error entries. */
    static Coded rows(Outcome o, long[] at) {
        ExtractionResult r = o.result();
        String outlet = EventRows.outletOf(o.item().article());
        List<Object[]> events = new ArrayList<>();
        for (var e : r.events()) events.add(EventRows.event(r.id(), null, e, outlet));
        List<Object[]> places = new ArrayList<>();
        int n = 0;
        for (Place p : r.places()) {
            places.add(new Object[]{r.id(), n++, p.text(), p.start(), p.end(), p.name(), p.geonameid(), p.lat(), p.lon(), p.country(),
                    p.admin1(), p.featureCode(), p.precision(), p.dateline()});
        }
        List<Object[]> errors = new ArrayList<>();
        for (ArticleError e : r.errors()) errors.add(new Object[]{r.id(), e.code().label(), e.message(), e.fatal()});
        return new Coded(events, places, errors, at[0], at[1]);
    }
}
