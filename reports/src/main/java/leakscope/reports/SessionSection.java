package leakscope.reports;

import static leakscope.reports.ReportView.plural;

import java.util.List;
import java.util.Locale;
import leakscope.analyzer.model.SessionLeak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Sessions that stopped while holding handles (where, when, holding how many), and sessions that never stopped.
 * The contract's stop carries no stack: where a session stopped is its stop's site when the emitter recorded one,
 * else the site that started it, and the table says which.
 */
final class SessionSection implements ReportSection {
    @Override
    public void addTo(Outline outline, ReportView view) {
        List<SessionLeak> stopped = view.analysis().sessions().stoppedHolding();
        List<SessionLeak> never = view.analysis().sessions().neverStopped();
        if (stopped.isEmpty() && never.isEmpty()) {
            return;
        }
        Outline.Section section = outline.section("Sessions");
        if (!stopped.isEmpty()) {
            long held = stopped.stream().mapToLong(SessionLeak::handles).sum();
            section.blocks(Outline.rank(1, 20), Nodes.paragraph(new Text(String.format(Locale.ROOT,
                    "%s stopped while holding %s: the handles they still held are leaks above, unless released later.",
                    plural(stopped.size(), "session", "sessions"), plural(held, "handle", "handles")))));
            view.uses("session-stopped");
            table(view, section, stopped, "stopped", "sessions that stopped holding handles");
            if (stopped.stream().anyMatch(s -> s.where().isPresent() && !s.where().get().atStop())) {
                Paragraph hint = new Paragraph();
                hint.appendChild(new Text("\"started at\": the contract's stops carry no stack, so the site is the code "
                        + "that started the session; to record where the recorder's sessions stop, add "));
                hint.appendChild(Nodes.code(Words.STOP_STACK_SETTING));
                hint.appendChild(new Text(" to -XX:StartFlightRecording."));
                section.blocks(Outline.rank(3, 22), hint);
            }
        }
        if (!never.isEmpty()) {
            section.blocks(Outline.rank(1, 21), Nodes.paragraph(new Text(String.format(Locale.ROOT,
                    "%s never stopped (no stop before the end of the recording):",
                    plural(never.size(), "session", "sessions")))));
            table(view, section, never, "started", "sessions that never stopped");
        }
    }

    /** Site first: {@code where | session | holding | when}. */
    private static void table(ReportView view, Outline.Section section, List<SessionLeak> sessions, String when,
            String noun) {
        Outline.Rows rows = section.rows(Outline.Rows.Layout.TABLE, noun, sessions.size(), "where", "session", "holding",
                when);
        List<SessionLeak> shown = sessions.subList(0, Math.min(sessions.size(), view.target().sessionRows()));
        for (int i = 0; i < shown.size(); i++) {
            SessionLeak session = shown.get(i);
            Node name = session.name().isEmpty() ? new Text("#" + session.sessionId() + " (start not recorded)")
                    : Nodes.code(session.name(), Clip.NAME);
            rows.add(Outline.rank(i < 5 ? 2 : 3, 20 + i), where(session), name,
                    new Text(plural(session.handles(), "handle", "handles")),
                    new Text(session.at().map(view::relative).orElse("not recorded")));
        }
    }

    /** e.g. {@code stopped at `Orders.finish(Orders.java:80)`} or {@code started at `Orders.handle(Orders.java:50)`}. */
    private static Node where(SessionLeak session) {
        if (session.where().isEmpty()) {
            return new Text("not recorded");
        }
        return Nodes.cell(new Text(session.where().get().atStop() ? "stopped at " : "started at "),
                Nodes.code(SiteText.shortForm(session.where().get().site())));
    }
}
