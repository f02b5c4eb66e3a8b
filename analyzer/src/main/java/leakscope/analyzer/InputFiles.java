package leakscope.analyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the command line's files and directories into the .jfr files to read. */
final class InputFiles {
    private InputFiles() {
    }

    static List<Path> expand(List<Path> inputs) throws AnalysisException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> inDirectory = jfrFilesIn(input);
                if (inDirectory.isEmpty()) {
                    throw new AnalysisException(input, "directory holds no .jfr files");
                }
                files.addAll(inDirectory);
            } else if (!Files.exists(input)) {
                throw new AnalysisException(input, "no such file");
            } else if (!Files.isRegularFile(input)) {
                // a FIFO or device would block the reader forever, or never end
                throw new AnalysisException(input, "not a regular file (a pipe, device or socket): give a .jfr file "
                        + "or a directory of them");
            } else if (!Files.isReadable(input)) {
                throw new AnalysisException(input, "permission denied");
            } else {
                files.add(input);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files");
        }
        return withoutRepeats(files);
    }

    /** A file named twice (or also through its directory) would pair its events with themselves. */
    private static List<Path> withoutRepeats(List<Path> files) throws AnalysisException {
        Set<Path> seen = new HashSet<>();
        List<Path> unique = new ArrayList<>();
        for (Path file : files) {
            try {
                if (seen.add(file.toRealPath())) {
                    unique.add(file);
                }
            } catch (IOException e) {
                throw new AnalysisException(file, "cannot resolve: " + e.getMessage());
            }
        }
        return unique;
    }

    private static List<Path> jfrFilesIn(Path directory) throws AnalysisException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".jfr") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new AnalysisException(directory, "cannot list directory: " + e.getMessage());
        }
    }
}
