package leakscope.reports;

import java.util.Set;
import java.util.function.Consumer;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.markdown.MarkdownNodeRendererContext;
import org.commonmark.renderer.markdown.MarkdownNodeRendererFactory;
import org.commonmark.renderer.markdown.MarkdownWriter;

/** Renders {@link Collapsible} as {@code <details>} in both Markdown (GitHub shows it folded) and HTML. */
final class CollapsibleRenderers {
    private CollapsibleRenderers() {
    }

    static NodeRenderer html(HtmlNodeRendererContext context) {
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(Collapsible.class);
            }

            @Override
            public void render(Node node) {
                HtmlWriter html = context.getWriter();
                html.line();
                html.tag("details");
                html.tag("summary");
                html.text(((Collapsible) node).summary());
                html.tag("/summary");
                html.line();
                renderChildren(node, context::render);
                html.tag("/details");
                html.line();
            }
        };
    }

    static MarkdownNodeRendererFactory markdown() {
        return new MarkdownNodeRendererFactory() {
            @Override
            public NodeRenderer create(MarkdownNodeRendererContext context) {
                return new NodeRenderer() {
                    @Override
                    public Set<Class<? extends Node>> getNodeTypes() {
                        return Set.of(Collapsible.class);
                    }

                    @Override
                    public void render(Node node) {
                        MarkdownWriter markdown = context.getWriter();
                        // the summary is the report's own words and digits: nothing in it needs escaping
                        markdown.raw("<details><summary>" + ((Collapsible) node).summary() + "</summary>");
                        markdown.block();
                        renderChildren(node, context::render);
                        markdown.raw("</details>");
                        markdown.block();
                    }
                };
            }

            @Override
            public Set<Character> getSpecialCharacters() {
                return Set.of();
            }
        };
    }

    private static void renderChildren(Node parent, Consumer<Node> render) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            render.accept(child);
            child = next;
        }
    }
}
