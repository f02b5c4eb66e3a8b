package agentprobe;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs in a child JVM started without the agent: opens two files, prints {@code READY|pid} and waits
 * for a line on stdin, which the test sends once it has attached the agent. Then it closes one of the
 * files opened before (a close the agent must ignore), opens two more, closes one of those and leaves
 * the other open, with the first file, until exit.
 */
public final class AttachProbe {
    private AttachProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Files.writeString(Files.createTempFile("attach", ".txt"), "data");
        FileInputStream heldFromBefore = openBefore(file);
        FileInputStream closedAfterTheAttach = openBefore(file);
        System.out.println("READY|" + ProcessHandle.current().pid());
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        closedAfterTheAttach.close();
        FileInputStream leftOpen = openAfter(file);
        openAfter(file).close();
        System.out.println("DONE|" + heldFromBefore.getFD().valid() + "|" + leftOpen.getFD().valid());
    }

    static FileInputStream openBefore(Path file) throws IOException {
        return new FileInputStream(file.toFile());
    }

    static FileInputStream openAfter(Path file) throws IOException {
        return new FileInputStream(file.toFile());
    }
}
