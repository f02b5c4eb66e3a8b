package leakscope.recorder.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

@Name(EventNames.RELEASE)
@Label("Resource Release")
@Description("A resource handle was released")
@Category("leakscope")
@StackTrace(false)
final class ReleaseEvent extends Event {
    @Label("Kind")
    String kind;

    @Label("Handle Id")
    long handleId;
}
