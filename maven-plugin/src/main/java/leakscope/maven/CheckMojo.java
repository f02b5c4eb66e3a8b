package leakscope.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import leakscope.analyzer.FailOn;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.SessionLeak;
import leakscope.reports.ReportFormat;
import leakscope.reports.ReportRun;
import leakscope.reports.TerminalText;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the recordings in {@code target/leakscope/} hold what {@code failOn} names: with a
 * {@code baseline}, only leak groups that are new or grew; {@code allowances} tolerate known leaks. The message
 * names each failing group's site (for a test's leak, the line in the test that opened the handle).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AnalysisMojo {
    /** What fails the build, comma-separated: {@code leaked}, {@code suspected} (leaked or suspected), {@code growing}. */
    @Parameter(property = "leakscope.failOn", defaultValue = "leaked")
    String failOn;

    /** Leaks tolerated for now: each absorbs up to its {@code max} handles of the groups it matches. */
    @Parameter
    List<Allowance> allowances = new ArrayList<>();

    /** With {@code false}, a failed check is a warning in the log and the build goes on (like JaCoCo's). */
    @Parameter(property = "leakscope.haltOnFailure", defaultValue = "true")
    boolean haltOnFailure;

    /** Where {@code report} writes, named in the message so a reader knows where to look. */
    @Parameter(property = "leakscope.outputDirectory", defaultValue = "${project.build.directory}/leakscope/report")
    File outputDirectory;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        List<FailOn> rules;
        try {
            rules = FailOn.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("leakscope: " + e.getMessage(), e);
        }
        Optional<ReportRun.Outcome> outcome = analyse(outputDirectory.toPath(), Set.<ReportFormat>of(), Optional.empty());
        if (outcome.isEmpty()) {
            return;
        }
        FailOn.Failures failures = FailOn.failures(rules, outcome.get().analysis(), outcome.get().comparison());
        List<LeakGroup> failing = beyondAllowances(failures.groups(), allowances);
        if (failing.isEmpty() && failures.growing().isEmpty()) {
            getLog().info("leakscope: check passed (failOn=" + failOn + ")");
            return;
        }
        String message = message(outcome.get(), failing, failures);
        if (haltOnFailure) {
            throw new MojoFailureException(message);
        }
        message.lines().forEach(getLog()::warn);
    }

    /** Each allowance absorbs up to its max of the handles of the groups it matches, in the analysis's order. */
    static List<LeakGroup> beyondAllowances(List<LeakGroup> groups, List<Allowance> allowances) {
        long[] left = allowances.stream().mapToLong(a -> a.max).toArray();
        List<LeakGroup> failing = new ArrayList<>();
        for (LeakGroup group : groups) {
            long count = group.count();
            for (int i = 0; i < allowances.size() && count > 0; i++) {
                if (allowances.get(i).matches(group.kind(), group.site().text())) {
                    long absorbed = Math.min(left[i], count);
                    left[i] -= absorbed;
                    count -= absorbed;
                }
            }
            if (count > 0) {
                failing.add(group);
            }
        }
        return failing;
    }

    private String message(ReportRun.Outcome outcome, List<LeakGroup> failing, FailOn.Failures failures) {
        StringBuilder text = new StringBuilder();
        String which = outcome.comparison().isPresent() ? "new or grown leak site(s)" : "leak site(s)";
        text.append(String.format(Locale.ROOT, "leakscope: %d %s%s (failOn=%s):%n", failing.size(), which,
                failures.growing().isEmpty() ? "" : ", " + failures.growing().size() + " growing series", failOn));
        for (LeakGroup group : failing) {
            text.append(String.format(Locale.ROOT, "  %s %s %s x%d at %s%s%n", group.verdict().wireName(),
                    group.reason().wireName(), TerminalText.safe(group.kind()), group.count(),
                    TerminalText.safe(group.site().text()), session(outcome.analysis(), group)));
        }
        failures.growing().forEach(s -> text.append("  growing: ").append(TerminalText.safe(s.name()))
                .append(System.lineSeparator()));
        text.append("See ").append(outputDirectory.toPath().resolve(ReportFormat.MARKDOWN.fileName()))
                .append(" (the report goal writes it)");
        return text.toString();
    }

    /** " in X" for a group leaked by a session that stopped (a test, with the agent's per-test sessions). */
    private static String session(Analysis analysis, LeakGroup group) {
        if (group.handles().isEmpty() || group.handles().get(0).sessionId() == 0) {
            return "";
        }
        long id = group.handles().get(0).sessionId();
        return analysis.sessions().stoppedHolding().stream().filter(s -> s.sessionId() == id).map(SessionLeak::name)
                .filter(name -> !name.isEmpty()).findFirst().map(name -> " in " + TerminalText.safe(name)).orElse("");
    }
}
