package leakscope.analyzer.pairing;

import java.util.List;
import java.util.Objects;
import leakscope.analyzer.model.Sample;
import leakscope.analyzer.model.Series;

/**
 * A series as a timeline's ledgers gathered it, before its trend is judged.
 *
 * @param handleKind see {@link Series#handleKind()}
 */
public record SampledSeries(String name, Series.Origin origin, Series.Unit unit, String handleKind, List<Sample> samples) {
    public SampledSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(handleKind, "handleKind");
        samples = List.copyOf(samples);
    }

    /** A series that counts no kind's open handles. */
    public SampledSeries(String name, Series.Origin origin, Series.Unit unit, List<Sample> samples) {
        this(name, origin, unit, "", samples);
    }

    /** The same series named for the report, e.g. with the timeline it belongs to. */
    public SampledSeries named(String newName) {
        return new SampledSeries(newName, origin, unit, handleKind, samples);
    }
}
