package leakscope.recorder.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

@Name(EventNames.OBJECT_WATCH)
@Label("Object Watch")
@Description("The program is done with an object: it should become unreachable; its stack trace is the site that watched it")
@Category("leakscope")
@StackTrace(true)
final class ObjectWatchEvent extends Event {
    @Label("Watch Id")
    long watchId;

    @Label("Type")
    @Description("The watched object's class name")
    String type;

    @Label("Description")
    String description;

    @Label("Session Id")
    @Description("The session the object belonged to, 0 when none")
    long sessionId;
}
