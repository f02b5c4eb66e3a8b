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
    }

    @Test
    void holdsAMillionSequentialIdsAsOneRange() {
        IdRangeSet set = new IdRangeSet();
        for (long id = 1_000_000; id >= 1; id--) {
            set.add(id);
        }
        assertThat(set.contains(500_000)).isTrue();
        assertThat(set).hasToString("[1..1000000]");
    }
}
