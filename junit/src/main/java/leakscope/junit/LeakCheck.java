package leakscope.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fails a test that acquired leakscope handles and did not release them, or whose watched objects (objects it
 * passed to {@code Leakscope.watch}, sessions it stopped and the objects attached to them) are still reachable
 * after a full collection: the failure shows the reference path that holds each, from a heap dump taken only
 * then (deleted after reading unless the configuration parameter {@code leakscope.heapDumps} names a
 * directory to keep dumps in). A test that watched nothing forces no collection. Each test runs in a leakscope
 * session named after it; handles acquired on other threads count when the test hands its session over
 * ({@code session.wrap(...)}). On a class it applies to every test; on a method it overrides the class.
 * One JFR recording covers the whole run; set the configuration parameter {@code leakscope.recording}
 * (e.g. {@code target/leakscope/tests.jfr}) to keep it for {@code leakscope analyze}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(LeakCheckExtension.class)
public @interface LeakCheck {
    /** How long to wait, when a test ends holding handles, for asynchronous closes to finish. */
    long graceMillis() default 0;

    /**
     * How long to wait, when a test ends with watched objects not yet reclaimed, for forced collections and the
     * cleaner to reclaim them before they count as still reachable.
     */
    long collectMillis() default 2_000;

    /** Leaks tolerated (for now): a team lists what it knows and ratchets the counts down. */
    Allow[] allow() default {};

    /** Up to {@link #max} leaks of a kind and/or at a site are tolerated. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Allow {
        /** The resource kind, e.g. {@code timer}; empty: any kind. */
        String kind() default "";

        /** The start of the site, e.g. {@code com.acme.Pool.borrow}; empty: any site. */
        String site() default "";

        int max() default 1;
    }
}
