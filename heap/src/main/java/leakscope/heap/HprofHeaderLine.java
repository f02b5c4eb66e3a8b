package leakscope.heap;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import leakscope.analyzer.AnalysisException;

/**
 * The fixed start of an hprof file ({@code JAVA PROFILE 1.0.x\0}, identifier size, dump time), read before
 * shark indexes anything, so that a file that is no heap dump fails with one clear line.
 */
record HprofHeaderLine(String version, int identifierSize, Instant dumpedAt) {
    private static final int MAX_VERSION_BYTES = 32;

    static HprofHeaderLine read(Path file) throws AnalysisException {
        try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
            StringBuilder version = new StringBuilder();
            for (int b = data.read(); b != 0; b = data.read()) {
                if (b < 0 || version.length() >= MAX_VERSION_BYTES) {
                    throw notHprof(file);
                }
                version.append((char) b);
            }
            if (!version.toString().startsWith("JAVA PROFILE 1.0.")) {
                throw notHprof(file);
            }
            int identifierSize = data.readInt();
            if (identifierSize != 4 && identifierSize != 8) {
                throw new AnalysisException(file, "damaged heap dump (identifier size " + identifierSize + ")");
            }
            return new HprofHeaderLine(version.toString(), identifierSize, Instant.ofEpochMilli(data.readLong()));
        } catch (EOFException e) {
            throw new AnalysisException(file, "damaged heap dump (ends inside its header)");
        } catch (IOException e) {
            throw new AnalysisException(file, "cannot read: " + e.getMessage());
        }
    }

    private static AnalysisException notHprof(Path file) {
        return new AnalysisException(file, "not a heap dump (no 'JAVA PROFILE' hprof header)");
    }
}
