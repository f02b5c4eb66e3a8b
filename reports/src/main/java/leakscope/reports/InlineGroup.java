package leakscope.reports;

import java.util.Set;
import java.util.function.Consumer;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererFactory;
import org.commonmark.renderer.markdown.MarkdownNodeRendererContext;
import org.commonmark.renderer.markdown.MarkdownNodeRendererFactory;

/**
 * Inline nodes kept together as one, e.g. a table cell of words and a code span: a row's cell is one node, moved
 * whole between the tables {@link Budget} measures and lays out. Renders as its children alone.
 */
final class InlineGroup extends CustomNode {
    static final HtmlNodeRendererFactory HTML = context -> new ChildrenOnly(context::render);

    static final MarkdownNodeRendererFactory MARKDOWN = new MarkdownNodeRendererFactory() {
        @Override
        public NodeRenderer create(MarkdownNodeRendererContext context) {
            return new ChildrenOnly(context::render);
        }

        @Override
        public Set<Character> getSpecialCharacters() {
            return Set.of();
        }
    };

    private record ChildrenOnly(Consumer<Node> renderChild) implements NodeRenderer {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(InlineGroup.class);
        }

        @Override
        public void render(Node node) {
            for (Node child = node.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                renderChild.accept(child);
                child = next;
            }
        }
    }
}
