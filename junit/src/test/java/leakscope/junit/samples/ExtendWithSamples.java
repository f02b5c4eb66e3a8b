package leakscope.junit.samples;

import leakscope.junit.LeakCheckExtension;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension registered with {@code @ExtendWith} alone: default settings (no grace, no allowances). */
@ExtendWith(LeakCheckExtension.class)
public class ExtendWithSamples {
    @Test
    void leaksASocket() {
        LeakingSamples.KEPT.add(Leakscope.acquire("socket", "forgotten"));
    }

    @Test
    void closesASocket() {
        Leakscope.acquire("socket", "closed").close();
    }
}
