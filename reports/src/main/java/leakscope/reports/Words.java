package leakscope.reports;

import java.util.Locale;
import leakscope.analyzer.model.AnomalyGroup;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.model.Trend;

/**
 * The report's English: what each verdict, reason and trend means, in words a reviewer reads once. Kept in
 * one place so the Markdown, HTML, SARIF and console say the same thing.
 */
final class Words {
    static final String THREAD_KIND = "thread";

    /** The words in an anomaly group's site slot when it has no site: the contract's releases carry no stack. */
    static final String NO_RELEASE_STACK = "(no stack)";

    /** The recording setting that gives the recorder's releases a stack, for the reports to cite. */
    static final String RELEASE_STACK_SETTING = "+leakscope.ResourceRelease#stackTrace=true";

    /** The recording setting that gives the recorder's session stops a stack. */
    static final String STOP_STACK_SETTING = "+leakscope.SessionStop#stackTrace=true";

    private Words() {
    }

    /** e.g. {@code 17 `file` handles were still open when the JVM exited}, recorded text in code spans. */
    static Sentence groupSentence(LeakGroup group) {
        long count = group.count();
        boolean threads = group.kind().equals(THREAD_KIND);
        Sentence sentence = new Sentence().text(String.format(Locale.ROOT, "%,d ", count));
        if (threads) {
            sentence.text(count == 1 ? "thread started here" : "threads started here");
        } else {
            String noun = group.reason().isWatch() ? " object" : " handle";
            sentence.code(Clip.text(group.kind(), Clip.NAME)).text(count == 1 ? noun : noun + "s");
        }
        String were = count == 1 ? " was" : " were";
        return sentence.text(were + " " + outcome(group.reason(), threads));
    }

    /** The group's sentence as plain text, with a sample description (SARIF, the console). */
    static String groupSentence(LeakGroup group, int maxChars) {
        String sample = group.handles().isEmpty() || group.handles().get(0).description().isEmpty() ? ""
                : " (e.g. " + Clip.text(group.handles().get(0).description(), Clip.DESCRIPTION) + ")";
        return Clip.text(groupSentence(group).plain() + sample, maxChars);
    }

    /**
     * What a group of releases that pair with nothing did, after its site: e.g. {@code 3 `file` handles released
     * again after their release; acquired at `Owner.open(Owner.java:12)`}.
     */
    static Sentence anomalySentence(AnomalyGroup group) {
        boolean one = group.count() == 1;
        Sentence sentence = new Sentence().text(String.format(Locale.ROOT, "%,d ", group.count()))
                .code(Clip.text(group.kind(), Clip.NAME));
        if (group.type() == AnomalyGroup.Type.UNMATCHED_RELEASE) {
            return sentence.text(one ? " release of a handle never acquired in the recording"
                    : " releases of handles never acquired in the recording");
        }
        if (group.releaseSite().isEmpty() && group.acquireSite().isPresent()) {
            return sentence.text(one ? " handle acquired here was released twice" : " handles acquired here were released twice");
        }
        sentence.text(one ? " handle released again after its release" : " handles released again after their release");
        if (group.acquireSite().isPresent()) {
            sentence.text("; acquired at ").code(SiteText.shortForm(group.acquireSite().get()));
        } else {
            sentence.text("; " + (one ? "its" : "their") + " acquire was no longer known (released long before)");
        }
        return sentence;
    }

    /** An anomaly group's site and sentence as plain text (SARIF, the console). */
    static String anomalyLine(AnomalyGroup group, int maxChars) {
        String site = group.site().map(Site::text).orElse(NO_RELEASE_STACK);
        return Clip.text(Clip.text(site, Clip.FRAME) + ": " + anomalySentence(group).plain(), maxChars);
    }

    private static String outcome(Reason reason, boolean threads) {
        return switch (reason) {
            case OPEN_AT_EXIT -> threads ? "still running when the JVM exited" : "still open when the JVM exited";
            case SESSION_STOPPED -> "still held when their session stopped";
            case RECLAIMED -> "garbage-collected without being released";
            case HELD_AT_END -> threads ? "still running when the recording ended (the JVM was still running)"
                    : "still held when the recording ended (the JVM was still running)";
            case DATA_LOSS -> "never seen released, but the recording lost events";
            case STILL_REACHABLE -> "still reachable after an old-generation collection, although the program was "
                    + "done with them";
            case NOT_COLLECTED_YET -> "not freed yet, but no old-generation collection ran after the program was done "
                    + "with them";
        };
    }

    /** One line per reason, for the legend and SARIF's rule descriptions. */
    static String meaning(Reason reason) {
        return switch (reason) {
            case OPEN_AT_EXIT -> "still held when the JVM exited: nothing released it (leaked).";
            case SESSION_STOPPED -> "its session (a request, a job) stopped while still holding it: the unit of work "
                    + "that owned it is gone (leaked).";
            case RECLAIMED -> "the object it tracked was garbage-collected while the handle was open: it can never "
                    + "be released now (leaked).";
            case HELD_AT_END -> "still held when a recording of a running JVM ended: it may be in use (suspected).";
            case DATA_LOSS -> "no release was seen, but JFR lost events, so the release may be among them "
                    + "(suspected).";
            case STILL_REACHABLE -> "a watched object (the program was done with it: a stopped session, its state, "
                    + "a closed stream) survived an old-generation collection: something still holds it (leaked).";
            case NOT_COLLECTED_YET -> "a watched object not freed, but no old-generation collection ran after its "
                    + "watch to prove it is still held (suspected). One decides it: System.gc() before the program "
                    + "exits, or @LeakCheck in tests.";
        };
    }

    static String ruleName(Reason reason) {
        StringBuilder name = new StringBuilder("Leak");
        for (String word : reason.wireName().split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    static String ruleSummary(Reason reason) {
        return switch (reason) {
            case OPEN_AT_EXIT -> "Resource still open when the JVM exited";
            case SESSION_STOPPED -> "Resource still held when its session stopped";
            case RECLAIMED -> "Resource garbage-collected without being released";
            case HELD_AT_END -> "Resource still held when the recording ended";
            case DATA_LOSS -> "Resource never seen released (the recording lost events)";
            case STILL_REACHABLE -> "Object still reachable after the program was done with it";
            case NOT_COLLECTED_YET -> "Object not collected yet after the program was done with it";
        };
    }

    static String meaning(Trend trend) {
        return switch (trend) {
            case GROWING -> "keeps rising over the recording: a leak suspect.";
            case FLAT -> "stays around one level.";
            case BOUNDED -> "rises and falls within limits (a queue that fills and drains).";
            case SHRINKING -> "keeps falling.";
            case INSUFFICIENT_DATA -> "too few samples to judge (fewer than the minimum in docs/trends.md).";
        };
    }
}
