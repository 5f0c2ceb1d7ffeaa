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
import wirecoder.io.Outcome;
import wirecoder.model.ArticleError;
import wirecoder.model.ExtractionResult;
import wirecoder.model.Place;
import wirecoder.store.EventRows;

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
 * The extraction on Spark: articles (JSON Lines, or Parquet with the same columns) from any Hadoop file system are
 * coded by one {@link Extractor} per executor JVM, shared by its tasks, each partition through the same
 * {@link ExtractionRun} as {@code extract} and {@code ingest} (same per-article time limit and error entries). It
 * writes Parquet under the output: {@code events/} in the columns of the store's {@code events} table
 * ({@link EventRows}, the same rows for the same article), {@code places/} (every place named) and
 * {@code errors/} (each article's error entries).
 */
public final class ExtractJob {

    /** The output folders under the job's output. */
    public static final String EVENTS = "events";
    public static final String PLACES = "places";
    public static final String ERRORS = "errors";

    /** What a run wrote. */
    public record Summary(long articles, long events, long places, long errors) {
    }

    /** One line of JSON Lines: where it comes from (file name and line number, as {@code extract} names it) and its text. */
    record Line(String where, String json) implements Serializable {
    }

    /** One article's rows. */
    record Coded(List<Object[]> events, List<Object[]> places, List<Object[]> errors) implements Serializable {
    }

    static final StructType EVENT_SCHEMA = new StructType(EventRows.COLUMNS.stream()
            .map(c -> DataTypes.createStructField(c.name(), sparkType(c.type()), true)).toArray(StructField[]::new));

    static final StructType PLACE_SCHEMA = new StructType(new StructField[]{
            field("article_id", DataTypes.StringType), field("mention", DataTypes.IntegerType), field("text", DataTypes.StringType),
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType), field("name", DataTypes.StringType),
            field("geonameid", DataTypes.LongType), field("lat", DataTypes.DoubleType), field("lon", DataTypes.DoubleType),
            field("country", DataTypes.StringType), field("admin1", DataTypes.StringType), field("feature_code", DataTypes.StringType),
            field("precision", DataTypes.StringType), field("dateline", DataTypes.BooleanType)});

    static final StructType ERROR_SCHEMA = new StructType(new StructField[]{
            field("article_id", DataTypes.StringType), field("code", DataTypes.StringType), field("message", DataTypes.StringType),
            field("fatal", DataTypes.BooleanType)});

    private ExtractJob() {
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
     * Codes the articles of {@code inputs} (files or folders; .jsonl, .json, .ndjson or .parquet) into {@code output}.
     *
     * @param published the publication date of articles that give none (null: none)
     * @param timeout   seconds one article may take
     */
    public static Summary run(SparkSession spark, List<String> inputs, String output, LocalDate published, int timeout, boolean overwrite) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Line> lines = null;
        for (String file : files(spark, inputs)) {
            JavaRDD<Line> these = lines(spark, sc, file);
            lines = lines == null ? these : lines.union(these);
        }
        if (lines == null) throw new IllegalArgumentException("no .jsonl, .json, .ndjson or .parquet files in " + inputs);
        JavaRDD<Coded> coded = lines.mapPartitions(part -> code(part, published, timeout));
        coded.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            long articles = coded.count();
            long events = write(spark, coded.flatMap(c -> c.events().iterator()), EVENT_SCHEMA, output + "/" + EVENTS, mode);
            long places = write(spark, coded.flatMap(c -> c.places().iterator()), PLACE_SCHEMA, output + "/" + PLACES, mode);
            long errors = write(spark, coded.flatMap(c -> c.errors().iterator()), ERROR_SCHEMA, output + "/" + ERRORS, mode);
            return new Summary(articles, events, places, errors);
        } finally {
            coded.unpersist(false);
        }
    }

    private static long write(SparkSession spark, JavaRDD<Object[]> rows, StructType schema, String path, SaveMode mode) {
        Dataset<Row> df = spark.createDataFrame(rows.map(RowFactory::create), schema);
        df.write().mode(mode).parquet(path);
        return spark.read().parquet(path).count();
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
                for (FileStatus f : fs.listStatus(p)) {
                    if (f.isFile() && kind(f.getPath().getName()) != null) out.add(f.getPath().toString());
                }
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
        return null;
    }

    /** A file's lines, numbered from 1 as {@code extract} numbers them; Parquet rows become JSON lines. */
    private static JavaRDD<Line> lines(SparkSession spark, JavaSparkContext sc, String file) {
        String name = new org.apache.hadoop.fs.Path(file).getName();
        JavaRDD<String> text = "parquet".equals(kind(name)) ? spark.read().parquet(file).toJSON().javaRDD() : sc.textFile(file);
        return text.zipWithIndex().filter(t -> !t._1().isBlank()).map(t -> new Line(name + ":" + (t._2() + 1), t._1()));
    }

    /** Codes one partition's lines on this executor's shared extractor, in order, as {@code ingest} codes a file. */
    static Iterator<Coded> code(Iterator<Line> lines, LocalDate published, int timeout) throws Exception {
        ArticleReader reader = new ArticleReader(published);
        List<Coded> out = new ArrayList<>();
        try (ExtractionRun run = new ExtractionRun(SharedExtractor.get(), 1, timeout, o -> out.add(rows(o)), System.err)) {
            while (lines.hasNext()) {
                Line l = lines.next();
                run.submit(reader.jsonLine(l.where(), l.json().getBytes(StandardCharsets.UTF_8)));
            }
            run.finish();
        }
        return out.iterator();
    }

    /** An outcome's rows: its events (not fused), the places it names and its error entries. */
    static Coded rows(Outcome o) {
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
        return new Coded(events, places, errors);
    }
}
