package leakscope.analyzer.pairing;

import leakscope.analyzer.model.Stack;

/** An acquired handle not yet released: the one mutable record of the ledger. */
final class OpenHandle {
    final long id;
    final String kind;
    final String description;
    final long sessionId;
    final String thread;
    final long acquireNanos;
    final Stack stack;
    final int recording;
    /** Set when its tracked object was garbage-collected while held. */
    long reclaimNanos = -1;
    /** The open-handles series of its kind in the ledger that holds it: a release needs no lookup. */
    DeltaBuckets kindBuckets;
    /** An older handle with the same id still open: third-party emitters may reuse ids. */
    OpenHandle older;

    OpenHandle(long id, String kind, String description, long sessionId, String thread, long acquireNanos, Stack stack,
            int recording) {
        this.id = id;
        this.kind = kind;
        this.description = description;
        this.sessionId = sessionId;
        this.thread = thread;
        this.acquireNanos = acquireNanos;
        this.stack = stack;
        this.recording = recording;
    }
}
