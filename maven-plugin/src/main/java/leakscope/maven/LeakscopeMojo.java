package leakscope.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What the three goals share: the project, the folder of recordings, and {@code skip}. */
abstract class LeakscopeMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Where test JVMs write their recordings ({@code .jfr}, one per JVM) and where heap dumps may be put. */
    @Parameter(property = "leakscope.directory", defaultValue = "${project.build.directory}/leakscope")
    File directory;

    /** Skips this goal (like {@code jacoco.skip}). */
    @Parameter(property = "leakscope.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("leakscope: skipped (leakscope.skip)");
            skipped();
            return;
        }
        run();
    }

    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** What a skipped goal still owes the build. */
    void skipped() {
    }
}
