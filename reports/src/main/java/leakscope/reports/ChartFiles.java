package leakscope.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import leakscope.analyzer.model.Series;

/** Safe, stable file names for series charts, whatever characters a recorded gauge name holds. */
public final class ChartFiles {
    public static final String DIRECTORY = "charts";
    private static final int MAX_STEM = 48;

    private ChartFiles() {
    }

    /**
     * {@code charts/<slug>-<hash>.png} of a series. A derived or JVM series' hash covers its origin too, so a
     * gauge named like one ({@code open handles: file}) never shares its file.
     */
    public static String relativePath(Series series) {
        return series.origin() == Series.Origin.GAUGE ? relativePath(series.name())
                : relativePath(series.name(), series.origin() + ":" + series.name());
    }

    /**
     * {@code charts/<slug>-<hash>.png} of a gauge: the slug keeps the name readable, the hash of the full name
     * keeps names that slug alike (or that are cut short) apart.
     */
    static String relativePath(String seriesName) {
        return relativePath(seriesName, seriesName);
    }

    private static String relativePath(String seriesName, String identity) {
        String slug = seriesName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_STEM) {
            slug = slug.substring(0, MAX_STEM).replaceAll("-+$", "");
        }
        return DIRECTORY + "/" + (slug.isEmpty() ? "series" : slug) + "-" + shortHash(identity) + ".png";
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
