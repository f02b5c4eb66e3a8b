package leakscope.recorder.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

@Name(EventNames.SESSION_START)
@Label("Session Start")
@Description("A unit of work that owns resources started")
@Category("leakscope")
@StackTrace(true)
final class SessionStartEvent extends Event {
    @Label("Session Id")
    long sessionId;

    @Label("Name")
    String name;

    @Label("Parent Id")
    @Description("Enclosing session, 0 when none")
    long parentId;
}
