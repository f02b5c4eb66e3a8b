package leakscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import leakscope.analyzer.AnalysisException;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line. Streams are passed in so tests run it in-process; {@link #main} is the only
 * {@code System.exit}.
 */
public final class Main {
    static final int EXIT_USAGE = 2;

    private final PrintWriter out;
    private final PrintWriter err;

    public Main(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new Main(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).run(args);
        System.exit(code);
    }

    /** Runs one command; returns its exit code (CONTRACT.md §3). */
    public int run(String... args) {
        CommandLine commandLine = new CommandLine(new TopCommand())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(this::badUsage)
                .setExecutionExceptionHandler((e, cl, parsed) -> failed(e))
                .setExecutionStrategy(Main::refuseUnmatchedThenRun);
        int code;
        try {
            code = commandLine.execute(args);
        } catch (RuntimeException | Error e) { // picocli passes Errors through: OutOfMemoryError, a bug's Error
            code = unexpected(e);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * picocli skips its checks when help is asked for, so {@code leakscope foo --help} printed the help and
     * exited 0: an unknown word is a mistake whatever else the line holds.
     */
    private static int refuseUnmatchedThenRun(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (!level.unmatched().isEmpty()) {
                throw new UnmatchedArgumentException(level.commandSpec().commandLine(), level.unmatched());
            }
        }
        return new RunLast().execute(parsed);
    }

    private int badUsage(ParameterException e, String[] args) {
        err.println("leakscope: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + helpCommand(e.getCommandLine()) + "'.");
        err.flush();
        return EXIT_USAGE;
    }

    /** {@code java -jar leakscope.jar analyze --help}, or {@code ... --help} for the top level itself. */
    private static String helpCommand(CommandLine command) {
        String path = command.getParent() == null ? "" : command.getCommandSpec().qualifiedName(" ")
                .substring(command.getCommandSpec().root().name().length());
        return "java -jar leakscope.jar" + path + " --help";
    }

    private int failed(Exception e) throws Exception {
        if (e instanceof AnalysisException) {
            err.println("leakscope: " + e.getMessage());
        } else if (e instanceof IOException) {
            err.println("leakscope: " + e.getMessage());
        } else if (e instanceof ParameterException) {
            return badUsage((ParameterException) e, new String[0]);
        } else {
            return unexpected(e);
        }
        err.flush();
        return EXIT_USAGE;
    }

    /**
     * A bug or an exhausted JVM, not a user mistake: still one line and exit 2 (exit 1 means --fail-on matched,
     * which CI acts on); the stack trace is printed with -Dleakscope.stackTraces=true.
     */
    private int unexpected(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            err.println("leakscope: out of memory (" + e.getMessage() + "): give the JVM more heap, e.g. java -Xmx4g -jar ...");
        } else {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
            err.println("leakscope: internal error, please report it: " + e.getClass().getName() + message);
        }
        if (Boolean.getBoolean("leakscope.stackTraces")) {
            e.printStackTrace(err);
        }
        err.flush();
        return EXIT_USAGE;
    }

    @Command(name = "leakscope", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
            description = "Finds resource leaks in JDK Flight Recorder recordings.",
            subcommands = {AnalyzeCommand.class, DiffCommand.class, DemoCommand.class, HelpCommand.class})
    static final class TopCommand implements Runnable {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "missing command: analyze, diff, demo or help");
        }
    }
}
