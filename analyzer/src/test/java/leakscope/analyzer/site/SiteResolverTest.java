package leakscope.analyzer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import leakscope.analyzer.model.Frame;
import leakscope.analyzer.model.Stack;
import org.junit.jupiter.api.Test;

class SiteResolverTest {
    private static Frame frame(String typeAndMethod, int line) {
        int dot = typeAndMethod.lastIndexOf('.');
        return new Frame(typeAndMethod.substring(0, dot), typeAndMethod.substring(dot + 1), "()V", line, false);
    }

    private static Stack stack(Frame... frames) {
        return new Stack(Arrays.asList(frames));
    }

    private static final Frame RECORDER = frame("leakscope.recorder.Leakscope.acquire", 60);
    private static final Frame HELPER = frame("com.acme.Files.open", 12);

    @Test
    void theCallerOfAHelperCalledFromTwoMethodsIsTheSite() {
        Stack fromA = stack(RECORDER, HELPER, frame("com.acme.A.load", 5), frame("com.acme.Main.main", 3));
        Stack fromB = stack(RECORDER, HELPER, frame("com.acme.B.save", 9), frame("com.acme.Main.main", 4));
        SiteResolver sites = new SiteResolver(List.of(fromA, fromB), List.of());
        assertThat(sites.siteOf(fromA).text()).isEqualTo("com.acme.A.load(A.java:5)");
        assertThat(sites.siteOf(fromB).text()).isEqualTo("com.acme.B.save(B.java:9)");
    }

    @Test
    void aMethodCalledFromOnePlaceIsItsOwnSite() {
        Stack only = stack(RECORDER, HELPER, frame("com.acme.A.load", 5));
        SiteResolver sites = new SiteResolver(List.of(only), List.of());
        assertThat(sites.siteOf(only).text()).isEqualTo("com.acme.Files.open(Files.java:12)");
    }

    @Test
    void jdkFramesAndSkippedPackagesAreNeverTheSite() {
        Stack viaPool = stack(RECORDER, frame("java.util.concurrent.Executors$RunnableAdapter.call", 539),
                frame("com.acme.pool.Pool.borrow", 30), frame("com.acme.Service.handle$Inner", 44));
        SiteResolver sites = new SiteResolver(List.of(viaPool), List.of("com.acme.pool"));
        assertThat(sites.siteOf(viaPool).text()).isEqualTo("com.acme.Service.handle$Inner(Service.java:44)");
    }

    @Test
    void aStackWithoutApplicationFramesSaysSo() {
        Stack jdkOnly = stack(RECORDER, frame("java.lang.Thread.run", 833));
        assertThat(new SiteResolver(List.of(jdkOnly), List.of()).siteOf(jdkOnly).text()).isEqualTo("(no application frame)");
    }
}
