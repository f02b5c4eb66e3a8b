package leakscope.junit.samples;

import java.util.ArrayList;
import java.util.List;
import leakscope.junit.LeakCheck;
import leakscope.recorder.Leakscope;
import leakscope.recorder.Session;
import org.junit.jupiter.api.Test;

/** Run only through the JUnit test kit by LeakCheckExtensionTest (the name keeps surefire off it). */
@LeakCheck
public class WatchingSamples {
    static final List<Runnable> LISTENERS = new ArrayList<>();
    static final List<Session> STOPPED = new ArrayList<>();

    static final class RequestState {
        final byte[] body = new byte[1024];
    }

    @Test
    void leavesAClosureOverItsRequestInAStaticList() {
        try (Session request = Leakscope.startSession("request")) {
            RequestState state = new RequestState();
            request.attach(state);
            LISTENERS.add(() -> state.body[0]++);
        }
    }

    @Test
    void keepsAStoppedSession() {
        Session job = Leakscope.startSession("job");
        job.close();
        STOPPED.add(job);
    }

    @Test
    void dropsWhatItWatched() {
        try (Session request = Leakscope.startSession("request")) {
            request.attach(new RequestState());
        }
        Leakscope.watch(new RequestState(), "dropped");
    }

    @Test
    void watchesNothing() {
        Leakscope.acquire("file", "closed").close();
    }
}
