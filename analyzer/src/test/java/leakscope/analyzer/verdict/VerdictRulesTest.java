package leakscope.analyzer.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import leakscope.analyzer.model.Reason;
import org.junit.jupiter.api.Test;

/** CONTRACT.md §2's table: one verdict per handle, whatever else happened. */
class VerdictRulesTest {
    @Test
    void sessionStoppedAndReclaimedAreCertainWhateverElseHappened() {
        for (boolean endedAtExit : new boolean[] {true, false}) {
            for (boolean lostData : new boolean[] {true, false}) {
                VerdictRules rules = new VerdictRules(endedAtExit, lostData);
                assertThat(rules.stillHeld(true)).isEqualTo(Reason.SESSION_STOPPED);
                assertThat(rules.reclaimed()).isEqualTo(Reason.RECLAIMED);
            }
        }
    }

    @Test
    void whatIsStillHeldAtTheEndDependsOnHowTheTimelineEnded() {
        assertThat(new VerdictRules(true, false).stillHeld(false)).isEqualTo(Reason.OPEN_AT_EXIT);
        assertThat(new VerdictRules(false, false).stillHeld(false)).isEqualTo(Reason.HELD_AT_END);
        assertThat(new VerdictRules(true, true).stillHeld(false)).isEqualTo(Reason.DATA_LOSS);
        assertThat(new VerdictRules(false, true).heldAtEnd()).isEqualTo(Reason.DATA_LOSS);
    }
}
