package leakscope.analyzer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import leakscope.analyzer.AnalysisOptions;
import leakscope.analyzer.Analyzer;
import leakscope.analyzer.Progress;
import leakscope.analyzer.fixtures.AnalyzeAndPrint;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.analyzer.fixtures.LeakyProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests run with the JFR consumer package opened (fast slot reads, as in the leakscope jar); a JVM
 * without it reads through the public API and must find exactly the same.
 */
class FieldReaderFallbackTest {
    @TempDir
    Path dir;

    @Test
    void withoutTheOpenedModuleTheAnalysisIsIdentical() throws Exception {
        Path recording = ChildJvm.record(dir, "leaky", LeakyProgram.class);
        String fast = AnalyzeAndPrint.describe(Analyzer.analyze(List.of(recording), AnalysisOptions.DEFAULTS, Progress.NONE));

        Path out = dir.resolve("public-api.txt");
        Process plain = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AnalyzeAndPrint.class.getName(), recording.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(plain.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(plain.exitValue()).as(Files.readString(out)).isZero();

        assertThat(Files.readString(out)).isEqualTo(fast).contains("OPEN_AT_EXIT file");
    }
}
