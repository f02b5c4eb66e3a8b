package leakscope.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Handles the JDK opens for itself, which the program cannot close and should not be blamed for: JFR's
 * repository and dump files, the class path's and module path's jars, the seed of the secure random
 * generator, and the agent's own. They are recognised by their file name first (cheap), and only then
 * by the stack, so the common open pays no stack walk. With {@code exclude=} packages every acquire
 * walks the stack.
 */
final class Exclusions {
    /** Default exclusion groups: name → (file name suffixes, opener package prefixes). */
    static final Map<String, Group> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("jfr", new Group(List.of(".jfr", ".jfc"), List.of("jdk.jfr.internal.", "jdk.jfr.")));
        GROUPS.put("class-path", new Group(List.of(".jar", ".jmod", ".zip", ".class"),
                List.of("jdk.internal.loader.", "jdk.internal.module.", "jdk.internal.jimage.")));
        GROUPS.put("random", new Group(List.of("/dev/random", "/dev/urandom"), List.of("sun.security.provider.")));
    }

    /** Which file names may be infrastructure, and which openers make them so. */
    record Group(List<String> suffixes, List<String> openers) {
    }

    private final List<Group> active = new ArrayList<>();
    private final List<String> excludedPackages;

    Exclusions(AgentOptions options) {
        for (Map.Entry<String, Group> group : GROUPS.entrySet()) {
            if (!options.includedInfrastructure().contains(group.getKey())) {
                active.add(group.getValue());
            }
        }
        this.excludedPackages = options.excludedPackages();
    }

    boolean excludes(String kind, String description) {
        if (kind.equals("file")) {
            for (Group group : active) {
                if (endsWithAny(description, group.suffixes()) && stackHasAny(group.openers())) {
                    return true;
                }
            }
        }
        return !excludedPackages.isEmpty() && stackHasAny(excludedPackages);
    }

    private static boolean endsWithAny(String text, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (text.endsWith(suffix)) {
                return true;
            }
        }
        return false;
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
