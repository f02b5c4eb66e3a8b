package leakscope.analyzer.read;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import leakscope.analyzer.AnalysisException;

/**
 * The complete chunks of a file, read from their headers alone, so a bad or cut file is named before
 * any event is parsed. Header layout (JFR file format 2.x): magic "FLR\0", major and minor version
 * (u2 each), chunk size, constant pool offset, metadata offset, start nanos, duration nanos (u8 each).
 */
record ChunkLayout(Path file, List<Chunk> chunks, long fileSize) {
    private static final int MAGIC = 0x464C5200; // "FLR\0"
    private static final int HEADER_BYTES = 48;

    ChunkLayout {
        chunks = List.copyOf(chunks);
    }

    /** Bytes covered by complete chunks: a reader must stop there. */
    long completeBytes() {
        Chunk last = chunks.get(chunks.size() - 1);
        return last.offset() + last.size();
    }

    boolean isTruncated() {
        return completeBytes() < fileSize;
    }

    long startNanos() {
        return chunks.get(0).startNanos();
    }

    long endNanos() {
        return chunks.stream().mapToLong(Chunk::endNanos).max().orElseThrow();
    }

    static ChunkLayout scan(Path file) throws AnalysisException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                throw new AnalysisException(file, "file is empty");
            }
            List<Chunk> chunks = new ArrayList<>();
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
            long offset = 0;
            while (offset < size) {
                header.clear();
                int read = channel.read(header, offset);
                boolean hasMagic = header.position() >= 4 && header.getInt(0) == MAGIC;
                if (!hasMagic && chunks.isEmpty()) {
                    throw new AnalysisException(file, "not a JFR recording (no Flight Recorder header)");
                }
                long chunkSize = read >= HEADER_BYTES ? header.getLong(8) : 0;
                if (!hasMagic || read < HEADER_BYTES || chunkSize < HEADER_BYTES || offset + chunkSize > size) {
                    break; // a chunk cut short (or still being written): only the ones before it count
                }
                chunks.add(new Chunk(offset, chunkSize, header.getLong(32), header.getLong(40)));
                offset += chunkSize;
            }
            if (chunks.isEmpty()) {
                throw new AnalysisException(file, "truncated inside its first chunk, nothing can be read");
            }
            return new ChunkLayout(file, chunks, size);
        } catch (NoSuchFileException e) {
            throw new AnalysisException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new AnalysisException(file, "permission denied");
        } catch (EOFException e) {
            throw new AnalysisException(file, "truncated inside its first chunk, nothing can be read");
        } catch (IOException e) {
            throw new AnalysisException(file, "cannot read: " + e.getMessage());
        }
    }
}
