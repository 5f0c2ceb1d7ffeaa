package wirecoder.io;

import java.io.IOException;
import java.io.Writer;

/** Writes each outcome as one line of the event-record contract. */
public final class JsonLinesSink implements OutcomeSink {

    private final Writer out;
    private final boolean explain;
    private final RecordJson json = new RecordJson();

    public JsonLinesSink(Writer out, boolean explain) {
        this.out = out;
        this.explain = explain;
    }

    @Override
    public void accept(Outcome o) throws IOException {
        out.write(json.mapper().writeValueAsString(json.result(o.result(), explain)));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
