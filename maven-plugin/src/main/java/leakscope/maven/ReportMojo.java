package leakscope.maven;

import java.io.File;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import leakscope.reports.ReportFormat;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Analyses every recording (and heap dump) in {@code target/leakscope/} into {@code target/leakscope/report/}
 * and prints the summary in the build log. Never fails the build on what it finds: that is {@code check}'s job.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AnalysisMojo {
    /** The report folder. */
    @Parameter(property = "leakscope.outputDirectory", defaultValue = "${project.build.directory}/leakscope/report")
    File outputDirectory;

    /** The reports to write, comma-separated: {@code json}, {@code md}, {@code html}..., or {@code all}. */
    @Parameter(property = "leakscope.formats", defaultValue = "all")
    String formats;

    /** Also store this run's leak groups as a baseline file, for later runs' {@code baseline}. */
    @Parameter(property = "leakscope.writeBaseline")
    File writeBaseline;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Set<ReportFormat> chosen = formats(formats);
        analyse(outputDirectory.toPath(), chosen, Optional.ofNullable(writeBaseline).map(File::toPath))
                .ifPresent(this::logSummary);
    }

    static Set<ReportFormat> formats(String names) throws MojoExecutionException {
        Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
        for (String name : names.split(",")) {
            if (name.trim().toLowerCase(Locale.ROOT).equals("all")) {
                chosen.addAll(EnumSet.allOf(ReportFormat.class));
            } else if (!name.isBlank()) {
                chosen.add(ReportFormat.byOptionName(name).orElseThrow(() -> new MojoExecutionException(
                        "leakscope: unknown format '" + name.trim() + "' (choose from all, " + Arrays.stream(ReportFormat.values())
                                .map(ReportFormat::optionName).collect(Collectors.joining(", ")) + ")")));
            }
        }
        return chosen;
    }
}
