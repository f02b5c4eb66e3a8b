package leakscope.reports;

import java.util.Locale;
import leakscope.analyzer.model.Series;

/** A series' unit, and its values written in it: MiB for bytes, whole numbers for counts. */
enum Units {
    HANDLES("handles"),
    THREADS("threads"),
    SESSIONS("sessions"),
    BYTES("MiB"),
    CLASSES("classes"),
    VALUE("");

    private static final double MIB = 1024.0 * 1024.0;
    private final String label;

    Units(String label) {
        this.label = label;
    }

    static Units of(Series series) {
        switch (series.unit()) {
            case HANDLES:
                return HANDLES;
            case THREADS:
                return THREADS;
            case SESSIONS:
                return SESSIONS;
            case BYTES:
                return BYTES;
            case CLASSES:
                return CLASSES;
            default:
                return VALUE;
        }
    }

    /** The axis label: the unit, or "value" for a gauge, whose unit only its program knows. */
    String label() {
        return label.isEmpty() ? "value" : label;
    }

    /** The value in this unit, without the unit's name. */
    double scaled(double value) {
        return this == BYTES ? value / MIB : value;
    }

    /** e.g. {@code 12.5 MiB}, {@code 1,204 handles}, {@code 17}. */
    String format(double value) {
        double scaled = scaled(value);
        String number = this == BYTES ? String.format(Locale.ROOT, "%,.1f", scaled) : Nodes.number(scaled);
        return label.isEmpty() ? number : number + " " + label;
    }
}
