package leakscope.reports;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** A sentence of the report's words and recorded text; recorded text becomes code spans, never markup. */
final class Sentence {
    private record Part(String text, boolean isRecorded) {
    }

    private final List<Part> parts = new ArrayList<>();

    Sentence text(String words) {
        parts.add(new Part(words, false));
        return this;
    }

    Sentence code(String recorded) {
        parts.add(new Part(Nodes.oneLine(recorded), true));
        return this;
    }

    String plain() {
        StringBuilder plain = new StringBuilder();
        parts.forEach(p -> plain.append(p.text()));
        return plain.toString();
    }

    /** Appends the sentence's inline nodes to {@code parent}. */
    <T extends Node> T appendTo(T parent) {
        nodes().forEach(parent::appendChild);
        return parent;
    }

    /** The sentence's inline nodes: the report's words as text, recorded text as code spans. */
    List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        for (Part part : parts) {
            if (part.isRecorded() && !part.text().isEmpty()) {
                nodes.add(new Code(part.text()));
            } else if (!part.isRecorded()) {
                nodes.add(new Text(part.text()));
            }
        }
        return nodes;
    }
}
