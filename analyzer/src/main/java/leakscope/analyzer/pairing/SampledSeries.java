package leakscope.analyzer.pairing;

import java.util.List;
import java.util.Objects;
import leakscope.analyzer.model.Sample;
import leakscope.analyzer.model.Series;

/** A series as a timeline's ledgers gathered it, before its trend is judged. */
public record SampledSeries(String name, Series.Origin origin, Series.Unit unit, List<Sample> samples) {
    public SampledSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(unit, "unit");
        samples = List.copyOf(samples);
    }

    /** The same series named for the report, e.g. with the timeline it belongs to. */
    public SampledSeries named(String newName) {
        return new SampledSeries(newName, origin, unit, samples);
    }
}
