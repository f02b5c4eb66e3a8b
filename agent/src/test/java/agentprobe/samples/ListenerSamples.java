package agentprobe.samples;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Run by {@code RunTests} under the agent, with no leakscope code: the listener gives each test a session. */
class ListenerSamples {
    static final Path FILE = Samples.tempFile();
    static final Object LEAKED = new Object[1];

    @Test
    void leaksAFile() throws Exception {
        InputStream in = Samples.kept(new FileInputStream(FILE.toFile()), "file");
        ((Object[]) LEAKED)[0] = in;
    }

    @Test
    void closesAFile() throws Exception {
        try (InputStream in = Files.newInputStream(FILE)) {
            in.read();
        }
    }
}
