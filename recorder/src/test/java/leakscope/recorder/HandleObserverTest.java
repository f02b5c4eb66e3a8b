package leakscope.recorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class HandleObserverTest {
    @Test
    void anObserverSeesAcquiresWithTheirSessionAndEachReleaseOnce() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HandleObserver observer = new HandleObserver() {
            @Override
            public void acquired(Handle handle, String description, Session session) {
                seen.add("acquired " + handle.kind() + " " + description + " in " + (session == null ? "none" : session.name()));
            }

            @Override
            public void released(Handle handle) {
                seen.add("released " + handle.kind());
            }
        };
        try (AutoCloseable ignored = Leakscope.observe(observer)) {
            try (Session session = Leakscope.startSession("test")) {
                Handle handle = Leakscope.acquire("file", "a");
                handle.close();
                handle.close();
            }
            Leakscope.acquire("socket", "b");
        }
        Leakscope.acquire("timer", "after the observer is gone").close();
        assertThat(seen).containsExactly("acquired file a in test", "released file", "acquired socket b in none");
    }
}
