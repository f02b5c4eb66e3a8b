package leakscope.recorder.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

@Name(EventNames.SESSION_STOP)
@Label("Session Stop")
@Description("A unit of work that owns resources stopped")
@Category("leakscope")
@StackTrace(false)
final class SessionStopEvent extends Event {
    @Label("Session Id")
    long sessionId;
}
