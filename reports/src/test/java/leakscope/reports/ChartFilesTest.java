package leakscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartFilesTest {
    @Test
    void namesAreSafeFileNamesWhateverTheSeriesIsCalled() {
        for (String hostile : new String[] {"../../etc/passwd", "a/b\\c", "<script>", "", "名前", "x".repeat(500),
                "con", "open handles: file"}) {
            String path = ChartFiles.relativePath(hostile);
            assertThat(path).matches("charts/[a-z0-9-]{1,48}-[0-9a-f]{8}\\.png");
        }
        assertThat(ChartFiles.relativePath("open handles: file")).startsWith("charts/open-handles-file-");
    }

    @Test
    void namesThatSlugAlikeStayApart() {
        assertThat(ChartFiles.relativePath("a.b")).isNotEqualTo(ChartFiles.relativePath("a-b"));
    }
}
