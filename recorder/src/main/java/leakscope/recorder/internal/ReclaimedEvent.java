package leakscope.recorder.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

@Name(EventNames.RECLAIMED)
@Label("Resource Reclaimed")
@Description("A tracked object was garbage-collected while its handle was still acquired: a certain leak")
@Category("leakscope")
@StackTrace(false)
final class ReclaimedEvent extends Event {
    @Label("Kind")
    String kind;

    @Label("Handle Id")
    long handleId;
}
