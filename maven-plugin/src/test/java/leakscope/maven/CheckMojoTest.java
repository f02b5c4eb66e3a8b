package leakscope.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.model.Stack;
import leakscope.reports.ReportFormat;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class CheckMojoTest {
    private static LeakGroup group(String kind, String site, long count) {
        return new LeakGroup(Reason.OPEN_AT_EXIT, kind, Site.parse(site), count, Stack.EMPTY, List.of(), 0);
    }

    @Test
    void anAllowanceAbsorbsUpToItsMaxOverTheGroupsItMatches() {
        LeakGroup timers = group("timer", "com.acme.Jobs.schedule(Jobs.java:10)", 2);
        LeakGroup moreTimers = group("timer", "com.acme.Jobs.retry(Jobs.java:20)", 1);
        LeakGroup file = group("file", "com.acme.Jobs.log(Jobs.java:30)", 1);
        List<Allowance> allowances = List.of(new Allowance("timer", "com.acme.Jobs", 2));
        assertThat(CheckMojo.beyondAllowances(List.of(timers, moreTimers, file), allowances))
                .containsExactly(moreTimers, file);
        assertThat(CheckMojo.beyondAllowances(List.of(timers, moreTimers), List.of(new Allowance("", "", 3)))).isEmpty();
        assertThat(CheckMojo.beyondAllowances(List.of(timers), List.of(new Allowance("timer", "org.other", 5))))
                .containsExactly(timers);
    }

    @Test
    void formatsAreParsedWithAllAsEveryFormatAndATypoNamed() throws Exception {
        assertThat(ReportMojo.formats("all")).containsExactlyInAnyOrder(ReportFormat.values());
        assertThat(ReportMojo.formats("md, json")).containsExactlyInAnyOrder(ReportFormat.MARKDOWN, ReportFormat.JSON);
        assertThatThrownBy(() -> ReportMojo.formats("md,pdf")).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("leakscope: unknown format 'pdf' (choose from all, json, md, html");
    }
}
