package leakscope.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Handles the JDK opens for itself, which the program cannot close and should not be blamed for: JFR's
 * repository and dump files and the container files its events read, the class path's and module path's
 * jars, the seed of the secure random generator, and the agent's own. They are recognised by their file
 * name first (cheap), and only then by the stack, so the common open pays no stack walk. With
 * {@code exclude=} packages every acquire walks the stack.
 */
final class Exclusions {
    /** Default exclusion groups: name → (file name suffixes, path prefixes, opener package prefixes). */
    static final Map<String, Group> GROUPS = new LinkedHashMap<>();

    static {
        // JFR's container events read cgroup files at every chunk and period (jdk.ContainerConfiguration, ...)
        GROUPS.put("jfr", new Group(List.of(".jfr", ".jfc"), List.of("/sys/fs/cgroup/", "/proc/"), List.of("jdk.jfr.")));
        GROUPS.put("class-path", new Group(List.of(".jar", ".jmod", ".zip", ".class"), List.of(),
                List.of("jdk.internal.loader.", "jdk.internal.module.", "jdk.internal.jimage.")));
        GROUPS.put("random", new Group(List.of("/dev/random", "/dev/urandom"), List.of(), List.of("sun.security.provider.")));
    }

    /** Which file names may be infrastructure (by their end or their start), and which openers make them so. */
    record Group(List<String> suffixes, List<String> prefixes, List<String> openers) {
    }

    // the active groups flattened, suffix by suffix: this runs at every tracked file open
    private final String[] suffixes;
    private final List<List<String>> openersOfSuffix = new ArrayList<>();
    private final String[] prefixes;
    private final List<List<String>> openersOfPrefix = new ArrayList<>();
    /** The last characters of the suffixes: most file names end otherwise and are passed at one look. */
    private final boolean[] lastCharacters = new boolean[128];
    private final List<String> excludedPackages;

    Exclusions(AgentOptions options) {
        List<String> activeSuffixes = new ArrayList<>();
        List<String> activePrefixes = new ArrayList<>();
        for (Map.Entry<String, Group> group : GROUPS.entrySet()) {
            if (!options.includedInfrastructure().contains(group.getKey())) {
                for (String suffix : group.getValue().suffixes()) {
                    activeSuffixes.add(suffix);
                    openersOfSuffix.add(group.getValue().openers());
                    lastCharacters[suffix.charAt(suffix.length() - 1)] = true;
                }
                for (String prefix : group.getValue().prefixes()) {
                    activePrefixes.add(prefix);
                    openersOfPrefix.add(group.getValue().openers());
                }
            }
        }
        this.suffixes = activeSuffixes.toArray(new String[0]);
        this.prefixes = activePrefixes.toArray(new String[0]);
        this.excludedPackages = options.excludedPackages();
    }

    boolean excludes(String kind, String description) {
        if (kind.equals("file")) {
            if (mayBeInfrastructure(description)) {
                for (int i = 0; i < suffixes.length; i++) {
                    if (description.endsWith(suffixes[i]) && stackHasAny(openersOfSuffix.get(i))) {
                        return true;
                    }
                }
            }
            for (int i = 0; i < prefixes.length; i++) {
                if (description.startsWith(prefixes[i]) && stackHasAny(openersOfPrefix.get(i))) {
                    return true;
                }
            }
        }
        return !excludedPackages.isEmpty() && stackHasAny(excludedPackages);
    }

    private boolean mayBeInfrastructure(String fileName) {
        if (fileName.isEmpty()) {
            return false;
        }
        char last = fileName.charAt(fileName.length() - 1);
        return last < lastCharacters.length && lastCharacters[last];
    }

    private static boolean stackHasAny(List<String> packages) {
        return Stack.WALKER.walk(frames -> frames.anyMatch(frame -> startsWithAny(frame.getClassName(), packages)));
    }

    /** Loaded at the first stack walk, not at JVM start. */
    private static final class Stack {
        static final StackWalker WALKER = StackWalker.getInstance();
    }

    private static boolean startsWithAny(String text, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (text.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
