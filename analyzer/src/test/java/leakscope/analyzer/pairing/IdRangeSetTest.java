package leakscope.analyzer.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdRangeSetTest {
    @Test
    void mergesAdjacentIdsAndAnswersMembership() {
        IdRangeSet set = new IdRangeSet();
        assertThat(set.add(3)).isTrue();
        assertThat(set.add(1)).isTrue();
        assertThat(set.add(2)).isTrue();
        assertThat(set.add(2)).isFalse();
        assertThat(set.add(10)).isTrue();
        assertThat(set.contains(1)).isTrue();
        assertThat(set.contains(3)).isTrue();
        assertThat(set.contains(4)).isFalse();
        assertThat(set.contains(10)).isTrue();
        assertThat(set.contains(0)).isFalse();
        assertThat(set.add(Long.MAX_VALUE)).isTrue();
        assertThat(set.contains(Long.MAX_VALUE)).isTrue();
        assertThat(set.add(-5)).isTrue();
        assertThat(set.contains(-5)).isTrue();
        assertThat(set.contains(-4)).isFalse();
    }

    @Test
    void holdsAMillionSequentialIdsInFullPages() {
        IdRangeSet set = new IdRangeSet();
        for (long id = 1_000_000; id >= 1; id--) {
            set.add(id);
        }
        assertThat(set.contains(500_000)).isTrue();
        assertThat(set.contains(1_000_001)).isFalse();
        assertThat(set.contains(0)).isFalse();
        // 1..1,000,000 spans pages 0..244; only the first (id 0 absent) and the last are partly filled
        assertThat(set).hasToString("245 pages, 243 full");
    }
}
