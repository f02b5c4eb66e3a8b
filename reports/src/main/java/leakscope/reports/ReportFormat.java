package leakscope.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The report files of CONTRACT.md §3, by the name {@code --format} uses. */
public enum ReportFormat {
    JSON("json", "leakscope.json"),
    MARKDOWN("md", "report.md"),
    HTML("html", "report.html"),
    SARIF("sarif", "leakscope.sarif");

    private final String optionName;
    private final String fileName;

    ReportFormat(String optionName, String fileName) {
        this.optionName = optionName;
        this.fileName = fileName;
    }

    public String optionName() {
        return optionName;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<ReportFormat> byOptionName(String name) {
        return Arrays.stream(values()).filter(f -> f.optionName.equals(name.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
