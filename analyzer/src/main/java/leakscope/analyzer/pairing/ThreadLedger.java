package leakscope.analyzer.pairing;

import java.util.List;
import leakscope.analyzer.event.Event;

/**
 * The Java threads started during one timeline ({@code jdk.ThreadStart}/{@code jdk.ThreadEnd}), each
 * with its end if it ended. An end read before its start (another thread's buffer) waits for it.
 */
public final class ThreadLedger {
    private final LongMap<ThreadLife> threads = new LongMap<>();
    // thread ends read before their starts, by thread id
    private final LongMap<Long> earlyEnds = new LongMap<>();

    void start(Event.ThreadStart start) {
        Long ended = earlyEnds.remove(start.threadId());
        threads.put(start.threadId(), new ThreadLife(start.threadId(), start.name(), start.starter(), start.timeNanos(),
                ended == null ? -1 : ended, start.stack()));
    }

    void end(long threadId, long timeNanos) {
        ThreadLife life = threads.get(threadId);
        if (life == null) {
            earlyEnds.put(threadId, timeNanos); // or started before the recording: never a leak
        } else {
            threads.put(threadId, life.endedAt(timeNanos));
        }
    }

    /** Takes in the threads of a ledger that read the chunks right after this one's. */
    void merge(ThreadLedger later) {
        later.threads.forEach((id, life) -> threads.put(id, life));
        later.earlyEnds.forEach(this::end);
    }

    List<ThreadLife> finish() {
        return threads.values();
    }
}
