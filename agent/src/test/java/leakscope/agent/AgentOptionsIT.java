package leakscope.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import agentprobe.OptionsProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import leakscope.agent.RecordedHandles.Acquire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The agent's options through a child JVM on JDK 17 and 25: which of {@link OptionsProbe}'s opens the
 * recording holds (a site per method names which it was), by default and with each option.
 */
class AgentOptionsIT {
    private static final String PROBE = OptionsProbe.class.getName();

    @TempDir
    Path work;

    @ParameterizedTest
    @MethodSource("leakscope.agent.ChildJvm#jdks")
    void byDefaultTheProgramsHandlesAreTrackedAndTheJdksInfrastructureIsNot(Path jdk) throws Exception {
        RecordedHandles handles = RecordedHandles.of(ChildJvm.run(jdk, work, "", List.of(), PROBE).recording());

        assertThat(handles.at(PROBE + ".openFile")).extracting(Acquire::kind).containsExactly("file");
        // the first socket of a JVM also reads the JDK's net.properties (opened and closed: a file)
        assertThat(handles.at(PROBE + ".openSocket")).filteredOn(a -> a.kind().equals("socket"))
                .extracting(Acquire::description).containsExactly("unconnected");
        assertThat(handles.at("agentprobe.excluded.Opener.open")).extracting(Acquire::kind).containsExactly("file");
        assertThat(handles.at(PROBE + ".seedRandom")).as("/dev/random and /dev/urandom of SecureRandom").isEmpty();
        assertThat(handles.at(PROBE + ".readJar")).as("a jar a class loader reads").isEmpty();
        assertThat(handles.acquires()).as("no JDK infrastructure anywhere (the probe's own jar is written, so tracked)")
                .noneMatch(a -> a.description().endsWith(".class") || a.description().startsWith("/dev/")
                        || a.description().endsWith(".jfr"));
        assertThat(handles.releasedIds()).as("each released once").doesNotHaveDuplicates()
                .containsAll(handles.acquires().stream().map(Acquire::id).toList());
    }

    /**
     * JDK 17's JFR container events read cgroup files from JFR's own Java code, at every chunk's start and
     * period (JDK 25's read them inside the JVM, unseen by any hook).
     */
    @Test
    void theContainerFilesJfrReadsForItsEventsAreItsOwnAndNotTracked() throws Exception {
        Path jdk = ChildJvm.JDK_17;
        Predicate<Acquire> containerFile = a -> a.description().startsWith("/sys/fs/cgroup/") || a.description().startsWith("/proc/");
        List<Acquire> included = RecordedHandles.of(ChildJvm.run(jdk, Files.createDirectories(work.resolve("included")),
                "include=jfr", List.of(), PROBE).recording()).acquires().stream().filter(containerFile).toList();
        assumeFalse(included.isEmpty(), "JFR reads no container files on this machine: nothing to exclude");

        RecordedHandles byDefault = RecordedHandles.of(ChildJvm.run(jdk, Files.createDirectories(work.resolve("default")),
                "", List.of(), PROBE).recording());

        assertThat(byDefault.acquires()).as("of %d container files JFR read with include=jfr", included.size())
                .noneMatch(containerFile);
        assertThat(byDefault.at(PROBE + ".openFile")).extracting(Acquire::kind).containsExactly("file");
    }

    @ParameterizedTest
    @MethodSource("leakscope.agent.ChildJvm#jdks")
    void kindsExcludeAndIncludeSelectWhatIsTracked(Path jdk) throws Exception {
        RecordedHandles handles = RecordedHandles.of(ChildJvm.run(jdk, work,
                "kinds=file,exclude=agentprobe.excluded,include=random+class-path", List.of(), PROBE).recording());

        assertThat(handles.at(PROBE + ".openFile")).extracting(Acquire::kind).containsExactly("file");
        assertThat(handles.acquires()).as("kinds=file").extracting(Acquire::kind).containsOnly("file");
        assertThat(handles.at("agentprobe.excluded.Opener.open")).as("exclude=agentprobe.excluded").isEmpty();
        assertThat(handles.at(PROBE + ".seedRandom")).as("include=random").isNotEmpty()
                .extracting(Acquire::description).allMatch(d -> d.equals("/dev/random") || d.equals("/dev/urandom"));
        assertThat(handles.at(PROBE + ".readJar")).as("include=class-path").extracting(Acquire::description)
                .singleElement().matches(d -> d.endsWith("/lib.jar"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kinds=fiel", "include=everything", "colour=blue"})
    void aBadOptionIsOneLineOnStandardErrorAndTheProgramRunsWithoutTheAgent(String arguments) throws Exception {
        ChildJvm.Run run = ChildJvm.runAllowingAgentLines(ChildJvm.JDK_17, work, arguments, List.of(), PROBE);

        String bad = arguments.substring(arguments.indexOf('=') + 1);
        String name = arguments.substring(0, arguments.indexOf('='));
        assertThat(run.lines()).filteredOn(l -> l.contains("leakscope-agent")).singleElement().asString()
                .startsWith("leakscope-agent: not started: unknown ").contains(name.equals("colour") ? name : bad);
        assertThat(run.lines()).contains("DONE").noneMatch(l -> l.contains("Exception") || l.contains("\tat "));
        assertThat(RecordedHandles.of(run.recording()).acquires()).isEmpty();
    }

    @Test
    void includeAllTracksTheJdksInfrastructureToo() throws Exception {
        RecordedHandles handles = RecordedHandles.of(ChildJvm.run(ChildJvm.JDK_17, work, "include=all", List.of(), PROBE)
                .recording());

        assertThat(handles.at(PROBE + ".seedRandom")).isNotEmpty();
        assertThat(handles.at(PROBE + ".readJar")).hasSize(1);
        assertThat(handles.at("agentprobe.excluded.Opener.open")).hasSize(1);
        assertThat(handles.at(PROBE + ".openSocket")).filteredOn(a -> a.kind().equals("socket")).hasSize(1);
    }
}
