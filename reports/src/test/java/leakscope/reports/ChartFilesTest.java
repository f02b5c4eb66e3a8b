package leakscope.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import leakscope.analyzer.model.Sample;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.Trend;
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

    @Test
    void aGaugeNamedLikeADerivedSeriesGetsAFileOfItsOwnAndHoldsNoLeaks() {
        List<Sample> samples = List.of(new Sample(1, 1), new Sample(2, 2));
        Series gauge = new Series("open handles: file", Series.Origin.GAUGE, Series.Unit.VALUE, Trend.FLAT, samples, 0);
        Series derived = new Series("open handles: file", Series.Origin.DERIVED, Series.Unit.HANDLES, "file", Trend.FLAT,
                samples, 0);
        assertThat(ChartFiles.relativePath(gauge)).isNotEqualTo(ChartFiles.relativePath(derived));
        assertThat(ChartImages.holdsLeaks(derived, Set.of("file"))).isTrue();
        assertThat(ChartImages.holdsLeaks(gauge, Set.of("file"))).isFalse();
    }
}
