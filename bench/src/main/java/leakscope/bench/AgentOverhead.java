package leakscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The agent's overhead on a shared machine: {@link AgentBenchmark} without the agent and with one or
 * more agent jars, interleaved fork by fork. Each round runs one fork of every variant, in an order
 * rotated from round to round, so that a burst of load elsewhere hits all variants alike; a ratio is
 * taken within a round (the variant's fork against the bare fork of the same round) and the median
 * of the rounds' ratios is reported with their range, for JMH's wall time and for the process's CPU
 * time per operation ({@link CpuPerOperation}). A variant that runs both with and without stack traces
 * also gives what the stack trace alone costs (its two forks of a round differ in nothing else): JFR's
 * walk of the stack where the agent's acquire is committed, which no variant with stacks can go under.
 *
 * <pre>java -cp bench/target/benchmarks.jar leakscope.bench.AgentOverhead ROUNDS NAME=JAR[@RECORDINGS]... [-- JAVA]</pre>
 *
 * A variant is a name, an agent jar ({@code none} for no agent) and optionally the recordings to run
 * it with, joined by {@code +} (default {@code none+enabled+stacks}). Ratios are to the variant
 * {@code bare/none}, which must be among them: {@code bare=none@none+stacks after=agent.jar}. A second
 * variant without the agent ({@code again=none@none}) shows what the bare JDK's forks differ by among
 * themselves. {@code -Dleakscope.bench.only=REGEX} runs only the matching benchmark methods.
 */
public final class AgentOverhead {
    private static final String[] RECORDINGS = {"none", "enabled", "stacks"};
    /** Long enough for C2 to have compiled the agent's and JFR's paths on a loaded machine (at load 22 it was still compiling them after 12 s). */
    private static final int WARMUP_SECONDS = 10;
    private static final String MEMORY = "-XX:FlightRecorderOptions:memorysize=256m";
    private static final String ONLY = System.getProperty("leakscope.bench.only", ".*");

    private AgentOverhead() {
    }

    /** One JVM configuration: no agent (null jar), or an agent jar under a name, with a recording setting. */
    private record Variant(String name, String agentJar, String recording) {
        String label() {
            return name + "/" + recording;
        }
    }

    /** One fork's wall time (JMH's score), process CPU time and benchmark thread CPU time, in ns per operation. */
    private record Sample(double wall, double cpu, double threadCpu) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        String jvm = null;
        List<Variant> variants = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--")) {
                jvm = args[i + 1];
                break;
            }
            // NAME=JAR[@none+enabled+stacks]; bare (no agent) is NAME=none
            String[] nameAndRest = args[i].split("=", 2);
            String[] jarAndRecordings = nameAndRest[1].split("@", 2);
            String jar = jarAndRecordings[0].equals("none") ? null : Path.of(jarAndRecordings[0]).toAbsolutePath().toString();
            for (String recording : jarAndRecordings.length > 1 ? jarAndRecordings[1].split("\\+") : RECORDINGS) {
                variants.add(new Variant(nameAndRest[0], jar, recording));
            }
        }
        Path cpuFile = Files.createTempFile("agent-overhead", ".cpu");
        // benchmark -> variant label -> one sample per round
        Map<String, Map<String, List<Sample>>> samples = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            System.out.printf(Locale.ROOT, "round %d of %d, load average %s%n", round + 1, rounds, loadAverage());
            for (int v = 0; v < variants.size(); v++) {
                Variant variant = variants.get((v + round) % variants.size());
                List<String> jvmArgs = new ArrayList<>(List.of(MEMORY, "-D" + CpuPerOperation.PROPERTY + "=" + cpuFile));
                if (variant.agentJar() != null) {
                    jvmArgs.add("-javaagent:" + variant.agentJar());
                }
                Map<String, Sample> run = run(AgentBenchmark.class, variant.recording(), jvmArgs, jvm, cpuFile);
                for (Map.Entry<String, Sample> result : run.entrySet()) {
                    samples.computeIfAbsent(result.getKey(), b -> new LinkedHashMap<>())
                            .computeIfAbsent(variant.label(), l -> new ArrayList<>()).add(result.getValue());
                    System.out.printf(Locale.ROOT, "  %-16s %-16s wall %,10.0f  cpu %,10.0f  thread cpu %,10.0f ns/op%n",
                            result.getKey(), variant.label(), result.getValue().wall(), result.getValue().cpu(),
                            result.getValue().threadCpu());
                }
            }
        }
        Files.deleteIfExists(cpuFile);
        System.out.printf(Locale.ROOT, "%nload average at the end %s%n", loadAverage());
        table("wall time (JMH)", samples, Sample::wall);
        table("process CPU time (all threads)", samples, Sample::cpu);
        table("benchmark thread CPU time", samples, Sample::threadCpu);
    }

    private static void table(String title, Map<String, Map<String, List<Sample>>> samples, ToDoubleFunction<Sample> metric) {
        System.out.printf(Locale.ROOT, "%n%s, medians of the rounds%n%-16s %-16s %12s %26s%n", title, "benchmark", "variant",
                "ns/op", "ratio to bare (range)");
        for (Map.Entry<String, Map<String, List<Sample>>> benchmark : samples.entrySet()) {
            List<Double> bare = values(benchmark.getValue().get("bare/none"), metric);
            for (Map.Entry<String, List<Sample>> variant : benchmark.getValue().entrySet()) {
                List<Double> scores = values(variant.getValue(), metric);
                List<Double> ratios = new ArrayList<>();
                for (int round = 0; round < scores.size(); round++) {
                    ratios.add(scores.get(round) / bare.get(round));
                }
                System.out.printf(Locale.ROOT, "%-16s %-16s %,12.0f %10.2fx (%.2f-%.2f)%n", benchmark.getKey(),
                        variant.getKey(), median(scores), median(ratios), min(ratios), max(ratios));
            }
            stackTraceShare(benchmark.getKey(), benchmark.getValue(), bare, metric);
        }
    }

    /**
     * For each agent run both with and without stack traces: the stack trace's own cost, round by round
     * (with stacks minus without, in ns and as a share of the bare call). Nothing but JFR's walk differs
     * between the two forks, so a ratio "with stacks" can never be under 1 + that share.
     */
    private static void stackTraceShare(String benchmark, Map<String, List<Sample>> variants, List<Double> bare,
            ToDoubleFunction<Sample> metric) {
        for (Map.Entry<String, List<Sample>> variant : variants.entrySet()) {
            if (!variant.getKey().endsWith("/stacks") || !variants.containsKey(withoutStacks(variant.getKey()))) {
                continue;
            }
            List<Double> with = values(variant.getValue(), metric);
            List<Double> without = values(variants.get(withoutStacks(variant.getKey())), metric);
            List<Double> nanos = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            for (int round = 0; round < with.size(); round++) {
                nanos.add(with.get(round) - without.get(round));
                shares.add(nanos.get(round) / bare.get(round));
            }
            System.out.printf(Locale.ROOT, "%-16s %-16s %,12.0f %9s+%.2fx (%.2f-%.2f) of bare: the stack trace alone%n",
                    benchmark, variant.getKey().replace("/stacks", "/stack only"), median(nanos), "", median(shares),
                    min(shares), max(shares));
        }
    }

    private static String withoutStacks(String label) {
        return label.replace("/stacks", "/enabled");
    }

    /** One fork of each of {@code benchmark}'s methods; by method name. */
    private static Map<String, Sample> run(Class<?> benchmark, String recording, List<String> jvmArgs, String jvm,
            Path cpuFile) throws Exception {
        Files.writeString(cpuFile, "");
        String methods = benchmark == AgentBenchmark.class ? ONLY : ".*";
        ChainedOptionsBuilder options = new OptionsBuilder().include(benchmark.getName() + "\\.(" + methods + ")$").forks(1)
                .warmupIterations(WARMUP_SECONDS).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend(jvmArgs.toArray(new String[0])).verbosity(VerboseMode.SILENT);
        if (recording != null) {
            options.param("recording", recording);
        }
        if (jvm != null) {
            options.jvm(jvm);
        }
        Map<String, double[]> cpu = new LinkedHashMap<>();
        Map<String, Sample> byMethod = new LinkedHashMap<>();
        List<RunResult> results = new ArrayList<>(new Runner(options.build()).run());
        for (String line : Files.readAllLines(cpuFile)) {
            String[] fields = line.split(" ");
            cpu.put(fields[0], new double[] {Double.parseDouble(fields[fields.length - 2]),
                    Double.parseDouble(fields[fields.length - 1])});
        }
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark().replaceFirst(".*\\.", "");
            double[] measured = cpu.getOrDefault(method, new double[] {Double.NaN, Double.NaN});
            byMethod.put(method, new Sample(result.getPrimaryResult().getScore(), measured[0], measured[1]));
        }
        return byMethod;
    }

    private static List<Double> values(List<Sample> samples, ToDoubleFunction<Sample> metric) {
        return samples.stream().map(metric::applyAsDouble).toList();
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
