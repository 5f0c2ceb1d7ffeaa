package wirecoder.spark;

import wirecoder.Extractor;

/**
 * One extractor per executor JVM: loading the models takes seconds and a gigabyte, so every task of the executor uses
 * the one loaded first (the extractor is safe for several threads, as {@code extract --threads} uses it).
 */
final class SharedExtractor {

    private static volatile Extractor extractor;

    private SharedExtractor() {
    }

    static Extractor get() {
        Extractor e = extractor;
        if (e == null) {
            synchronized (SharedExtractor.class) {
                e = extractor;
                if (e == null) extractor = e = new Extractor(Extractor.Config.defaults());
            }
        }
        return e;
    }
}
