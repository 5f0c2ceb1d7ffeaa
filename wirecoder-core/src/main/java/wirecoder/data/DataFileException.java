package wirecoder.data;

/** A data file (lexicon, actor table, ontology) that cannot be used: names the file and line. */
public final class DataFileException extends RuntimeException {
    public DataFileException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
