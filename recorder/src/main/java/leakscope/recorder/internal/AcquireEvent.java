package leakscope.recorder.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

@Name(EventNames.ACQUIRE)
@Label("Resource Acquire")
@Description("A resource handle was acquired; its stack trace is the site that acquired it")
@Category("leakscope")
@StackTrace(true)
final class AcquireEvent extends Event {
    @Label("Kind")
    @Description("Resource type, e.g. file, socket, listener")
    String kind;

    @Label("Handle Id")
    long handleId;

    @Label("Description")
    String description;

    @Label("Session Id")
    @Description("Owning session, 0 when none")
    long sessionId;
}
