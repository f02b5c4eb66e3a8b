package leakscope.analyzer.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongMapTest {
    @Test
    void behavesLikeAHashMapUnderRandomPutsAndRemoves() {
        LongMap<Long> map = new LongMap<>();
        Map<Long, Long> reference = new HashMap<>();
        Random random = new Random(42);
        for (int step = 0; step < 200_000; step++) {
            long key = random.nextInt(5_000) - 2_500; // few keys: long probe runs, many removals
            if (random.nextBoolean()) {
                assertThat(map.put(key, (long) step)).isEqualTo(reference.put(key, (long) step));
            } else {
                assertThat(map.remove(key)).isEqualTo(reference.remove(key));
            }
            assertThat(map.get(key)).isEqualTo(reference.get(key));
        }
        assertThat(map.size()).isEqualTo(reference.size());
        assertThat(map.values()).containsExactlyInAnyOrderElementsOf(reference.values());
        reference.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
    }
}
