package wirecoder.geo;

/** The gazetteer could not be fetched, built or opened; the message says what to do. */
public final class GazetteerException extends RuntimeException {
    public GazetteerException(String message) {
        super(message);
    }

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }
}
