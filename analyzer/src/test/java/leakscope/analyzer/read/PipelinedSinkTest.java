package leakscope.analyzer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import leakscope.analyzer.model.Frame;
import leakscope.analyzer.model.OldObjectSample;
import leakscope.analyzer.model.Stack;
import org.junit.jupiter.api.Test;

class PipelinedSinkTest {
    private static final Stack STACK = new Stack(List.of(new Frame("app.Pool", "open", "()V", 12, false)), false);
    private static final OldObjectSample OLD = new OldObjectSample("byte[]", 5, STACK, List.of("app.Cache.map"), "root");

    @Test
    void everyCallReachesTheSinkInOrderAcrossManyBatches() {
        List<String> direct = new ArrayList<>();
        List<String> piped = new ArrayList<>();
        feed(new Transcript(direct), 10_000);
        try (PipelinedSink sink = new PipelinedSink(new Transcript(piped))) {
            feed(sink, 10_000);
            sink.finish();
        }
        assertThat(piped).hasSize(10_000 * 10).isEqualTo(direct);
    }

    @Test
    void whatTheSinkThrowsComesBackFromFinish() {
        PipelinedSink sink = new PipelinedSink(new Transcript(new ArrayList<>()) {
            @Override
            public void sessionStop(long sessionId, long timeNanos) {
                throw new IllegalArgumentException("broken ledger");
            }
        });
        assertThatThrownBy(() -> {
            feed(sink, 50_000); // far more than the queue holds: the producer must not block on a dead sink
            sink.finish();
        }).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("broken ledger");
        sink.close();
    }

    @Test
    void closingWithoutFinishingStopsTheThread() {
        PipelinedSink sink = new PipelinedSink(new Transcript(new ArrayList<>()));
        feed(sink, 5_000); // as when the reader fails midway
        assertThat(liveWorkers()).isEqualTo(1);
        sink.close();
        sink.close();
        assertThat(liveWorkers()).isZero();
    }

    private static long liveWorkers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("leakscope-pairing") && thread.isAlive()).count();
    }

    /** Each of the sink's ten calls, {@code rounds} times, with values that tell rounds apart. */
    private static void feed(EventSink sink, int rounds) {
        for (int i = 0; i < rounds; i++) {
            sink.acquire(i, "file", "d" + i, i + 1, 10L * i, "main", STACK);
            sink.release(i, 10L * i + 1);
            sink.reclaimed(i, 10L * i + 2);
            sink.sessionStart(i + 1, "s" + i, i, 10L * i + 3);
            sink.sessionStop(i + 1, 10L * i + 4);
            sink.gauge("g", i, 10L * i + 5);
            sink.threadStart(i, "t" + i, "main", 10L * i + 6, STACK);
            sink.threadEnd(i, 10L * i + 7);
            sink.jvmSample("heap", i, 10L * i + 8);
            sink.oldObject(OLD);
        }
    }

    /** Writes each call down as a line. */
    private static class Transcript implements EventSink {
        private final List<String> lines;

        Transcript(List<String> lines) {
            this.lines = lines;
        }

        @Override
        public void acquire(long handleId, String kind, String description, long sessionId, long timeNanos,
                String thread, Stack stack) {
            lines.add("acquire " + handleId + " " + kind + " " + description + " " + sessionId + " " + timeNanos + " "
                    + thread + " " + stack);
        }

        @Override
        public void release(long handleId, long timeNanos) {
            lines.add("release " + handleId + " " + timeNanos);
        }

        @Override
        public void reclaimed(long handleId, long timeNanos) {
            lines.add("reclaimed " + handleId + " " + timeNanos);
        }

        @Override
        public void sessionStart(long sessionId, String name, long parentId, long timeNanos) {
            lines.add("sessionStart " + sessionId + " " + name + " " + parentId + " " + timeNanos);
        }

        @Override
        public void sessionStop(long sessionId, long timeNanos) {
            lines.add("sessionStop " + sessionId + " " + timeNanos);
        }

        @Override
        public void gauge(String name, long value, long timeNanos) {
            lines.add("gauge " + name + " " + value + " " + timeNanos);
        }

        @Override
        public void threadStart(long threadId, String name, String starter, long timeNanos, Stack stack) {
            lines.add("threadStart " + threadId + " " + name + " " + starter + " " + timeNanos + " " + stack);
        }

        @Override
        public void threadEnd(long threadId, long timeNanos) {
            lines.add("threadEnd " + threadId + " " + timeNanos);
        }

        @Override
        public void jvmSample(String series, long value, long timeNanos) {
            lines.add("jvmSample " + series + " " + value + " " + timeNanos);
        }

        @Override
        public void oldObject(OldObjectSample sample) {
            lines.add("oldObject " + sample);
        }
    }
}
