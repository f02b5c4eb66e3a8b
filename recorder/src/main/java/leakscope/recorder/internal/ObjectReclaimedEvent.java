package leakscope.recorder.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

@Name(EventNames.OBJECT_RECLAIMED)
@Label("Object Reclaimed")
@Description("The garbage collector found a watched object unreachable")
@Category("leakscope")
@StackTrace(false)
final class ObjectReclaimedEvent extends Event {
    @Label("Watch Id")
    long watchId;
}
