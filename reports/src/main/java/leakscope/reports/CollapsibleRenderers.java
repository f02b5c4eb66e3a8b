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
        return new CollapsibleRenderer(context::render) {
            @Override
            void open(Collapsible node) {
                HtmlWriter html = context.getWriter();
                html.line();
                html.tag("details");
                html.tag("summary");
                html.text(node.summary());
                html.tag("/summary");
                html.line();
            }

            @Override
            void close() {
                context.getWriter().tag("/details");
                context.getWriter().line();
            }
        };
    }

    static MarkdownNodeRendererFactory markdown() {
        return new MarkdownNodeRendererFactory() {
            @Override
            public NodeRenderer create(MarkdownNodeRendererContext context) {
                MarkdownWriter markdown = context.getWriter();
                return new CollapsibleRenderer(context::render) {
                    @Override
                    void open(Collapsible node) {
                        // the summary is the report's own words and digits: nothing in it needs escaping
                        markdown.raw("<details><summary>" + node.summary() + "</summary>");
                        markdown.block();
                    }

                    @Override
                    void close() {
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

    /** Opens, renders the children through the format's own renderer, closes. */
    private abstract static class CollapsibleRenderer implements NodeRenderer {
        private final Consumer<Node> renderChild;

        CollapsibleRenderer(Consumer<Node> renderChild) {
            this.renderChild = renderChild;
        }

        abstract void open(Collapsible node);

        abstract void close();

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Collapsible.class);
        }

        @Override
        public void render(Node node) {
            open((Collapsible) node);
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                renderChild.accept(child);
                child = next;
            }
            close();
        }
    }
}
