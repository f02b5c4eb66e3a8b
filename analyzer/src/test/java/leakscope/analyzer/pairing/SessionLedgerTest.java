package leakscope.analyzer.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import leakscope.analyzer.event.Event;
import leakscope.analyzer.model.Sample;
import org.junit.jupiter.api.Test;

class SessionLedgerTest {
    private final SeriesLedger earlierSeries = new SeriesLedger(0, 1_000);
    private final SessionLedger earlier = new SessionLedger(earlierSeries);
    private final SeriesLedger laterSeries = new SeriesLedger(0, 1_000);
    private final SessionLedger later = new SessionLedger(laterSeries);

    @Test
    void aSessionStartedInTheEarlierPartAndStoppedInTheLaterOneStoppedHoldingItsHandle() {
        earlier.start(new Event.SessionStart(5, "request", 0, 1));
        earlier.handleAcquired(5);
        later.stop(new Event.SessionStop(5, 500));
        earlierSeries.merge(laterSeries);
        earlier.merge(later);

        assertThat(earlier.heldAtStop(5, 10, 900)).isTrue();
        SessionLedger.Outcome outcome = earlier.finish();
        assertThat(outcome.started()).isEqualTo(1);
        assertThat(outcome.stopped()).isEqualTo(1);
        assertThat(outcome.stoppedHolding()).extracting(s -> s.session().name() + ":" + s.session().handles()).containsExactly("request:1");
        assertThat(outcome.neverStopped()).isEmpty();
        // live sessions: 1 while it ran, 0 once the stop the later part saw is counted
        assertThat(earlierSeries.finish()).singleElement().satisfies(series -> {
            assertThat(series.name()).isEqualTo("live sessions");
            assertThat(series.samples()).extracting(Sample::value).startsWith(1.0).endsWith(0.0);
        });
    }

    @Test
    void aSessionOnlyTheLaterPartSawStartNeverStopped() {
        later.start(new Event.SessionStart(9, "job", 0, 700));
        later.handleAcquired(9);
        earlier.merge(later);
        SessionLedger.Outcome outcome = earlier.finish();
        assertThat(outcome.neverStopped()).extracting(s -> s.session().name() + ":" + s.session().handles()).containsExactly("job:1");
        assertThat(outcome.stoppedHolding()).isEmpty();
    }

    @Test
    void aReleaseBeforeTheStopIsNotHeldAtIt() {
        earlier.start(new Event.SessionStart(5, "request", 0, 1));
        earlier.handleAcquired(5);
        earlier.handleReleased(5, 10, 50);
        later.stop(new Event.SessionStop(5, 500));
        earlier.merge(later);
        assertThat(earlier.finish().stoppedHolding()).isEmpty();
    }
}
