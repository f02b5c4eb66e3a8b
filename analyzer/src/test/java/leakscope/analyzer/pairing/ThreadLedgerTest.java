package leakscope.analyzer.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import leakscope.analyzer.event.Event;
import leakscope.analyzer.model.Stack;
import org.junit.jupiter.api.Test;

class ThreadLedgerTest {
    private final ThreadLedger earlier = new ThreadLedger();
    private final ThreadLedger later = new ThreadLedger();

    @Test
    void aThreadStartedInTheEarlierPartAndEndedInTheLaterOneIsNotAlive() {
        earlier.start(new Event.ThreadStart(1, "pool-1-thread-1", "main", 10, Stack.EMPTY));
        earlier.start(new Event.ThreadStart(2, "pool-1-thread-2", "main", 20, Stack.EMPTY));
        later.end(1, 500);
        later.start(new Event.ThreadStart(3, "pool-1-thread-3", "main", 600, Stack.EMPTY));
        earlier.merge(later);
        assertThat(earlier.finish()).extracting(life -> life.name() + ":" + life.isAlive())
                .containsExactlyInAnyOrder("pool-1-thread-1:false", "pool-1-thread-2:true", "pool-1-thread-3:true");
    }

    @Test
    void anEndReadBeforeItsStartWaitsForIt() {
        earlier.end(4, 90);
        earlier.start(new Event.ThreadStart(4, "worker", "main", 50, Stack.EMPTY));
        assertThat(earlier.finish()).extracting(ThreadLife::endNanos).containsExactly(90L);
    }
}
