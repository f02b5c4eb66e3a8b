package leakscope.reports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.model.Analysis;

/**
 * Writes a report folder: the chosen formats and, when a format people read (Markdown, HTML) is among
 * them, {@code charts/*.png}. Each file is written beside its final name and moved into place, so a
 * reader never sees half a report presented as complete.
 */
public final class ReportWriter {
    private static final String PARTIAL = ".partial";

    private ReportWriter() {
    }

    /**
     * @param baseline the comparison with a baseline, if one was given
     * @return the files written, charts last
     */
    public static List<Path> write(Analysis analysis, Path folder, Set<ReportFormat> formats, ReportSettings settings,
            Optional<Comparison> baseline) throws IOException {
        Files.createDirectories(folder);
        Map<String, byte[]> charts = drawsCharts(formats, settings) ? ChartImages.render(analysis) : Map.of();
        Path chartFolder = folder.resolve(ChartFiles.DIRECTORY);
        Files.createDirectories(chartFolder);
        deleteOldCharts(chartFolder);
        List<Path> chartFiles = new ArrayList<>();
        for (Map.Entry<String, byte[]> chart : charts.entrySet()) {
            chartFiles.add(writeAtomically(folder.resolve(chart.getKey()), chart.getValue()));
        }
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            if (!formats.contains(format)) {
                continue;
            }
            Path target = folder.resolve(format.fileName());
            Path partial = partial(target);
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                ReportRendering.write(out, format, analysis, charts, settings, baseline);
            }
            written.add(moveIntoPlace(partial, target));
        }
        written.addAll(chartFiles);
        return written;
    }

    /**
     * Deletes the report files a previous run left in {@code folder} (the formats' files and charts; nothing
     * else), so that a run that fails never leaves an older report looking like its own. Run it before reading.
     */
    public static void clear(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        for (ReportFormat format : ReportFormat.values()) {
            Files.deleteIfExists(folder.resolve(format.fileName()));
            Files.deleteIfExists(folder.resolve(format.fileName() + PARTIAL));
        }
        Path chartFolder = folder.resolve(ChartFiles.DIRECTORY);
        if (Files.isDirectory(chartFolder)) {
            deleteOldCharts(chartFolder);
        }
    }

    /** Charts serve readers: a JSON-only run (a machine's) skips them and the cost of starting Java 2D. */
    static boolean drawsCharts(Set<ReportFormat> formats, ReportSettings settings) {
        return formats.stream().anyMatch(format -> ReportRendering.drawsCharts(format, settings));
    }

    private static void deleteOldCharts(Path chartFolder) throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(chartFolder, "*.{png,png" + PARTIAL + "}")) {
            for (Path png : old) {
                Files.delete(png);
            }
        }
    }

    private static Path writeAtomically(Path target, byte[] content) throws IOException {
        Path partial = partial(target);
        Files.write(partial, content);
        return moveIntoPlace(partial, target);
    }

    private static Path partial(Path target) {
        return target.resolveSibling(target.getFileName() + PARTIAL);
    }

    private static Path moveIntoPlace(Path partial, Path target) throws IOException {
        return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
