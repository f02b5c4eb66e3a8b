package leakscope.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Trend;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** The words the report used that a newcomer would not know, one line each, last. */
final class LegendSection implements ReportSection {
    private static final Map<String, String> TERMS = terms();

    private static Map<String, String> terms() {
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("site", "the frame to fix: the first frame of the acquire's stack outside the recorder, the JDK and "
                + "--skip-frames packages; when that frame is a helper called from several methods, its caller.");
        for (Reason reason : Reason.values()) {
            terms.put(reason.wireName(), Words.meaning(reason));
        }
        terms.put("lifetime", "still held at the end at a site that opened its handles in one go, then nothing more for "
                + "at least half the run and 5 s: a listening socket, a log file, a pool opened once. Not a leak.");
        for (Trend trend : Trend.values()) {
            terms.put(trend.wireName(), Words.meaning(trend));
        }
        terms.put("double release", "a release of a handle already released.");
        terms.put("unmatched release", "a release of a handle never acquired in its recording.");
        return terms;
    }

    @Override
    public void addTo(Outline outline, ReportView view) {
        Outline.Rows rows = null;
        int position = 0;
        for (Map.Entry<String, String> term : TERMS.entrySet()) {
            if (!view.terms().contains(term.getKey())) {
                continue;
            }
            if (rows == null) {
                rows = outline.section("Terms").rows(Outline.Rows.Layout.BULLETS, "terms", 0);
            }
            StrongEmphasis word = new StrongEmphasis();
            word.appendChild(new Text(term.getKey()));
            rows.add(Outline.rank(2, 500 + position++), word, new Text(": " + term.getValue()));
        }
    }
}
