package leakscope.analyzer.event;

import leakscope.analyzer.model.Series;

/** The JVM's own series the analyser follows, with their names in the report and their units. */
public enum JvmSeries {
    HEAP_AFTER_GC("heap used after GC", Series.Unit.BYTES),
    METASPACE_AFTER_GC("metaspace used after GC", Series.Unit.BYTES),
    /** classes loaded minus unloaded */
    LOADED_CLASSES("loaded classes", Series.Unit.CLASSES);

    private final String seriesName;
    private final Series.Unit unit;

    JvmSeries(String seriesName, Series.Unit unit) {
        this.seriesName = seriesName;
        this.unit = unit;
    }

    public String seriesName() {
        return seriesName;
    }

    public Series.Unit unit() {
        return unit;
    }
}
