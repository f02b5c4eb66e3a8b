package leakscope.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import leakscope.analyzer.model.Site;

/**
 * Finds the source file of a stack frame under the project's source roots, so code scanning can put an
 * alert on the line. Frames come from the recorded program: only plain Java names are looked up, so a
 * crafted class name can never point outside the roots.
 */
final class SourceFiles {
    /** Maven's and Gradle's layout. */
    static final List<Path> DEFAULT_ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"));
    private static final Pattern CLASS_NAME = Pattern.compile("(?:[A-Za-z_$][A-Za-z0-9_$]*\\.)*[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_$-]+\\.(?:java|kt|groovy|scala)");

    private final Path base;
    private final List<Path> roots;

    /**
     * @param base the folder the roots and the returned paths are relative to (the repository's top in CI)
     */
    SourceFiles(Path base, List<Path> roots) {
        this.base = base;
        this.roots = List.copyOf(roots);
    }

    /** Where a site such as {@code com.acme.Cache.open(Cache.java:42)} is: a path relative to the base, and a line. */
    record Location(String path, int line, boolean isFound) {
    }

    /** Empty when the site has no file and line (no frame, a native method, a generated class). */
    Optional<Location> locate(Site site) {
        if (!site.isFrame() || site.isNative() || site.line() < 0 || !CLASS_NAME.matcher(site.className()).matches()
                || !FILE_NAME.matcher(site.file()).matches()) {
            return Optional.empty();
        }
        String packagePath = site.className().substring(0, site.className().lastIndexOf('.') + 1).replace('.', '/');
        String relative = packagePath + site.file();
        int line = site.line();
        for (Path root : roots) {
            Path candidate = root.resolve(relative);
            if (Files.isRegularFile(base.resolve(candidate))) {
                return Optional.of(new Location(slashes(candidate), line, true));
            }
        }
        return Optional.of(new Location(relative, line, false));
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
