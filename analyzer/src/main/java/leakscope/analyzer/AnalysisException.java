package leakscope.analyzer;

import java.nio.file.Path;

/** Input that cannot be analysed: the message names the file and says what is wrong, in one line. */
public final class AnalysisException extends Exception {
    private static final long serialVersionUID = 1L;

    public AnalysisException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public AnalysisException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
