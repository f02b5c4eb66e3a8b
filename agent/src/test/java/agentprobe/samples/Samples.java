package agentprobe.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared by the samples: prints where a resource left open was opened ({@code LEAK|kind|line}). */
final class Samples {
    private Samples() {
    }

    static <T> T kept(T resource, String kind) {
        int line = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst().orElseThrow().getLineNumber());
        System.out.printf("LEAK|%s|%d%n", kind, line);
        return resource;
    }

    static Path tempFile() {
        try {
            return Files.writeString(Files.createTempFile("sample", ".txt"), "data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
