package leakscope.agent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The agent's arguments: {@code -javaagent:leakscope-agent.jar=OPTION,OPTION...}, lists joined with
 * {@code +} so that no shell quoting is needed:
 * <ul>
 * <li>{@code kinds=file+socket}: track only these kinds (default: all);</li>
 * <li>{@code exclude=com.acme.cache+org.foo}: do not track a handle opened with a frame of these
 * packages on the stack;</li>
 * <li>{@code include=jfr+class-path+random} or {@code include=all}: also track the JDK infrastructure
 * handles excluded by default.</li>
 * </ul>
 *
 * @param kinds the kinds tracked
 * @param excludedPackages package prefixes (ending with a dot) whose acquires are not tracked
 * @param includedInfrastructure the default exclusions turned off ({@link Exclusions#GROUPS} names)
 */
record AgentOptions(Set<String> kinds, List<String> excludedPackages, Set<String> includedInfrastructure) {
    static final List<String> KINDS = List.of("file", "directory", "socket", "server-socket", "datagram", "selector", "pipe");

    AgentOptions {
        kinds = Set.copyOf(kinds);
        excludedPackages = List.copyOf(excludedPackages);
        includedInfrastructure = Set.copyOf(includedInfrastructure);
    }

    static AgentOptions parse(String arguments) {
        Set<String> kinds = new LinkedHashSet<>(KINDS);
        List<String> excluded = new ArrayList<>();
        Set<String> included = new LinkedHashSet<>();
        if (arguments == null || arguments.isBlank()) {
            return new AgentOptions(kinds, excluded, included);
        }
        for (String option : arguments.split(",")) {
            int equals = option.indexOf('=');
            String name = (equals < 0 ? option : option.substring(0, equals)).trim().toLowerCase(Locale.ROOT);
            List<String> values = equals < 0 ? List.of() : List.of(option.substring(equals + 1).trim().split("\\+"));
            switch (name) {
                case "kinds" -> {
                    kinds.clear();
                    for (String kind : values) {
                        require(KINDS.contains(kind), "unknown kind '" + kind + "' (known: " + String.join(", ", KINDS) + ")");
                        kinds.add(kind);
                    }
                }
                case "exclude" -> values.stream().filter(p -> !p.isBlank()).map(p -> p.endsWith(".") ? p : p + ".")
                        .forEach(excluded::add);
                case "include" -> {
                    for (String group : values) {
                        require(group.equals("all") || Exclusions.GROUPS.containsKey(group), "unknown include '" + group
                                + "' (known: all, " + String.join(", ", Exclusions.GROUPS.keySet()) + ")");
                        included.addAll(group.equals("all") ? Exclusions.GROUPS.keySet() : Set.of(group));
                    }
                }
                default -> require(false, "unknown option '" + name + "' (known: kinds, exclude, include)");
            }
        }
        return new AgentOptions(kinds, excluded, included);
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
