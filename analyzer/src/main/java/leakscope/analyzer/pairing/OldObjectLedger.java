package leakscope.analyzer.pairing;

import java.util.ArrayList;
import java.util.List;
import leakscope.analyzer.model.OldObjectSample;

/** The JVM's old-object samples of one timeline: JFR keeps at most a few hundred, so they are simply kept. */
public final class OldObjectLedger {
    private final List<OldObjectSample> samples = new ArrayList<>();

    void add(OldObjectSample sample) {
        samples.add(sample);
    }

    /** Takes in the samples of a ledger that read the chunks right after this one's. */
    void merge(OldObjectLedger later) {
        samples.addAll(later.samples);
    }

    List<OldObjectSample> finish() {
        return List.copyOf(samples);
    }
}
