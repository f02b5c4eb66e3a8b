package leakscope.reports;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How {@code report.md} shows a growing series. GitHub serves neither relative files nor {@code data:} images
 * in a pull-request comment or a step summary, so by default the charts are mermaid blocks, which it draws.
 *
 * @param baseUrl for {@link Mode#URL}: where the report folder is published, e.g. {@code https://ci.example/r/42}
 */
public record MarkdownImages(Mode mode, String baseUrl) {
    public enum Mode {
        /** A mermaid {@code xychart-beta} block per growing series (GitHub renders it). */
        MERMAID,
        /** The table's text sparklines only. */
        NONE,
        /** {@code ![...](BASE/charts/NAME.png)}: for teams that publish the report folder. */
        URL
    }

    public static final MarkdownImages MERMAID = new MarkdownImages(Mode.MERMAID, "");
    public static final MarkdownImages NONE = new MarkdownImages(Mode.NONE, "");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s()<>\"'`]+");

    public MarkdownImages {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** {@code mermaid}, {@code none} or {@code url=BASE} (an http or https address); empty when it is none of them. */
    public static Optional<MarkdownImages> parse(String option) {
        String trimmed = option.trim();
        switch (trimmed.toLowerCase(Locale.ROOT)) {
            case "mermaid":
                return Optional.of(MERMAID);
            case "none":
                return Optional.of(NONE);
            default:
                break;
        }
        if (trimmed.startsWith("url=") && WEB_ADDRESS.matcher(trimmed.substring(4)).matches()) {
            return Optional.of(new MarkdownImages(Mode.URL, trimmed.substring(4).replaceAll("/+$", "")));
        }
        return Optional.empty();
    }

    /** The address of a chart, {@code charts/NAME.png} relative to the report folder. */
    String address(String chartPath) {
        return baseUrl + "/" + chartPath;
    }
}
