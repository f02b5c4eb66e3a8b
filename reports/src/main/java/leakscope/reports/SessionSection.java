package leakscope.reports;

import static leakscope.reports.ReportView.plural;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
            section.blocks(Outline.rank(1, 20), lead(String.format(Locale.ROOT,
                    "%s stopped while holding %s: the handles they still held are leaks above, unless released later.",
                    plural(stopped.size(), "session", "sessions"), plural(held, "handle", "handles")), stopped));
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
            section.blocks(Outline.rank(1, 21), lead(String.format(Locale.ROOT,
                    "%s never stopped (no stop before the end of the recording).",
                    plural(never.size(), "session", "sessions")), never));
            table(view, section, never, "started", "sessions that never stopped");
        }
    }

    /** The sentence before a table; when every session is at one site, that site, said once instead of in each row. */
    private static Paragraph lead(String sentence, List<SessionLeak> sessions) {
        Paragraph lead = Nodes.paragraph(new Text(sentence));
        Optional<SessionLeak.Where> one = oneWhere(sessions);
        if (one.isPresent()) {
            lead.appendChild(new Text(sessions.size() == 1 ? " It " : " All "));
            where(one.get()).forEach(lead::appendChild);
            lead.appendChild(new Text("."));
        }
        return lead;
    }

    /** Site first: {@code where | session | holding | when}; no where column when all share one. */
    private static void table(ReportView view, Outline.Section section, List<SessionLeak> sessions, String when,
            String noun) {
        boolean whereColumn = oneWhere(sessions).isEmpty() && sessions.stream().anyMatch(s -> s.where().isPresent());
        Outline.Rows rows = whereColumn
                ? section.rows(Outline.Rows.Layout.TABLE, noun, sessions.size(), "where", "session", "holding", when)
                : section.rows(Outline.Rows.Layout.TABLE, noun, sessions.size(), "session", "holding", when);
        List<SessionLeak> shown = sessions.subList(0, Math.min(sessions.size(), view.target().sessionRows()));
        for (int i = 0; i < shown.size(); i++) {
            SessionLeak session = shown.get(i);
            Node name = session.name().isEmpty() ? new Text("#" + session.sessionId() + " (start not recorded)")
                    : Nodes.code(session.name(), Clip.NAME);
            Node holding = new Text(plural(session.handles(), "handle", "handles"));
            Node at = new Text(session.at().map(view::relative).orElse("not recorded"));
            int rank = Outline.rank(i < 5 ? 2 : 3, 20 + i);
            if (whereColumn) {
                rows.add(rank, session.where().map(w -> Nodes.cell(where(w).toArray(Node[]::new)))
                        .orElseGet(() -> new Text("not recorded")), name, holding, at);
            } else {
                rows.add(rank, name, holding, at);
            }
        }
    }

    /** The one place all these sessions stopped or started at, if they share one. */
    private static Optional<SessionLeak.Where> oneWhere(List<SessionLeak> sessions) {
        List<Optional<SessionLeak.Where>> places = sessions.stream().map(SessionLeak::where).distinct().limit(2).toList();
        return places.size() == 1 ? places.get(0) : Optional.empty();
    }

    /** e.g. {@code stopped at `Orders.finish(Orders.java:80)`} or {@code started at `Orders.handle(Orders.java:50)`}. */
    private static List<Node> where(SessionLeak.Where where) {
        return List.of(new Text(where.atStop() ? "stopped at " : "started at "), Nodes.code(SiteText.shortForm(where.site())));
    }
}
