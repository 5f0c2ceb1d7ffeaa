package wirecoder.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes) for the gold CSV files. */
final class Csv {
    private Csv() {
    }

    static List<Map<String, String>> read(Path file, char separator) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                record.add(cell.toString());
                cell.setLength(0);
                if (!(record.size() == 1 && record.get(0).isEmpty())) records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        List<Map<String, String>> out = new ArrayList<>();
        if (records.isEmpty()) return out;
        List<String> header = records.get(0);
        for (int r = 1; r < records.size(); r++) {
            Map<String, String> m = new LinkedHashMap<>();
            List<String> rec = records.get(r);
            for (int k = 0; k < header.size(); k++) m.put(header.get(k), k < rec.size() ? rec.get(k) : "");
            out.add(m);
        }
        return out;
    }

    /** A decimal cell, or null when it is empty or not a number. */
    static Double decimal(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
