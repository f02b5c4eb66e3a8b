package leakscope.recorder.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

@Name(EventNames.GAUGE)
@Label("Gauge")
@Description("One sample of a named quantity, such as a map's size")
@Category("leakscope")
@StackTrace(false)
@Period("1 s")
final class GaugeEvent extends Event {
    @Label("Name")
    String name;

    @Label("Value")
    long value;
}
