package leakscope.agent;

import java.lang.instrument.Instrumentation;

/**
 * The agent's entry points: {@code -javaagent:leakscope-agent.jar[=options]} at start
 * ({@code Premain-Class}), or attached to a running JVM ({@code Agent-Class}; handles opened before
 * the attach stay unknown and their closes are ignored). See {@link AgentOptions} and docs/agent.md.
 */
public final class LeakscopeAgent {
    private static boolean started;

    private LeakscopeAgent() {
    }

    public static void premain(String arguments, Instrumentation inst) {
        start(arguments, inst);
    }

    public static void agentmain(String arguments, Instrumentation inst) {
        start(arguments, inst);
    }

    private static synchronized void start(String arguments, Instrumentation inst) {
        if (started) {
            return;
        }
        started = true;
        AgentOptions options;
        try {
            options = AgentOptions.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println("leakscope-agent: not started: " + e.getMessage());
            return;
        }
        try {
            BootClasses.openJavaBase(inst);
            Class<?> hooks = BootClasses.defineHooks();
            HandleTable table = new HandleTable();
            Dispatcher.configure(options, table);
            new HookTransformer(HookPoints.all()).install(inst);
            table.startReaper();
            warmUp();
            // last: from here on the JDK's opens and closes reach the agent, whose classes are all loaded
            BootClasses.connect(hooks);
        } catch (Throwable t) {
            System.err.println("leakscope-agent: not started: " + t);
        }
    }

    /**
     * Loads and initialises the agent's own classes a hook touches. The recorder's classes, and JFR
     * with them, load at the first hook after JFR is initialised: loading them now would cost every
     * start-up of a JVM without a recording about a second (measured).
     */
    private static void warmUp() {
        Dispatcher.warmUp();
        Failures.class.getName();
    }
}
