package agentprobe.excluded;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a file from a package of its own, which the agent's {@code exclude=} option can name. */
public final class Opener {
    private Opener() {
    }

    public static FileInputStream open(Path file) throws IOException {
        return new FileInputStream(file.toFile());
    }
}
