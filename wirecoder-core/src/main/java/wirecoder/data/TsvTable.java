package wirecoder.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated data file with a header row. Lines starting with {@code #} and blank lines are
 * comments. Every row must have the declared columns (trailing empty cells may be omitted);
 * an unknown header, a row with too many cells or an empty file is rejected with file and line.
 */
public final class TsvTable {

    /** One data row: cells by column name, and where it came from for error messages. */
    public record Row(String file, int line, Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v;
        }

        public String required(String column) {
            String v = get(column);
            if (v.isBlank()) throw fail("empty " + column);
            return v;
        }

        public List<String> list(String column, String separator) {
            String v = get(column);
            if (v.isBlank()) return List.of();
            List<String> out = new ArrayList<>();
            // Split by hand: String.split would compile a pattern per cell, and the actor tables have 100,000 cells.
            int from = 0;
            while (from <= v.length()) {
                int at = v.indexOf(separator, from);
                if (at < 0) at = v.length();
                String s = v.substring(from, at);
                if (!s.isBlank()) out.add(s.trim());
                from = at + separator.length();
            }
            return out;
        }

        /** A decimal number, or null when the cell is empty. */
        public Double decimal(String column) {
            String v = get(column);
            if (v.isBlank()) return null;
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw fail(column + " is not a number: " + v);
            }
        }

        public DataFileException fail(String message) {
            return new DataFileException(file, line, message);
        }
    }

    private final String name;
    private final List<String> header;
    private final List<Row> rows;

    private TsvTable(String name, List<String> header, List<Row> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    public String name() { return name; }

    public List<Row> rows() { return rows; }

    /** Loads a bundled resource, e.g. {@code /lexicon/triggers.tsv}. */
    public static TsvTable resource(String path, List<String> columns) {
        InputStream in = TsvTable.class.getResourceAsStream(path);
        if (in == null) throw new DataFileException(path, 0, "bundled data file missing");
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(path, r, columns);
        } catch (IOException e) {
            throw new DataFileException(path, 0, e.getMessage());
        }
    }

    /** Loads a user file of the same shape as a bundled one. */
    public static TsvTable file(Path path, List<String> columns) {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(path.toString(), r, columns);
        } catch (IOException e) {
            throw new DataFileException(path.toString(), 0, e.getMessage());
        }
    }

    static TsvTable read(String name, Reader reader, List<String> columns) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = Arrays.asList(cells);
                for (String c : columns) {
                    if (!header.contains(c)) throw new DataFileException(name, n, "header lacks column '" + c + "'; has " + header);
                }
                continue;
            }
            if (cells.length > header.size()) {
                throw new DataFileException(name, n, cells.length + " cells but header has " + header.size() + " columns " + header);
            }
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < cells.length; i++) m.put(header.get(i), cells[i].trim());
            rows.add(new Row(name, n, m));
        }
        if (header == null || rows.isEmpty()) throw new DataFileException(name, n, "no data rows");
        return new TsvTable(name, List.copyOf(header), List.copyOf(rows));
    }
}
