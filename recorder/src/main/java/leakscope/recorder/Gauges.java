package leakscope.recorder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import leakscope.recorder.internal.JfrEvents;

/** Registered gauges, sampled together once per {@code leakscope.Gauge} period. */
final class Gauges {
    private static final Map<String, LongSupplier> REGISTERED = new ConcurrentHashMap<>();

    private Gauges() {
    }

    static AutoCloseable register(String name, LongSupplier supplier) {
        REGISTERED.put(name, supplier);
        return () -> REGISTERED.remove(name, supplier);
    }

    static void sampleAll() {
        REGISTERED.forEach((name, supplier) -> {
            long value;
            try {
                value = supplier.getAsLong();
            } catch (RuntimeException e) {
                return; // a broken supplier must not stop the others, nor JFR's periodic thread
            }
            JfrEvents.gauge(name, value);
        });
    }
}
