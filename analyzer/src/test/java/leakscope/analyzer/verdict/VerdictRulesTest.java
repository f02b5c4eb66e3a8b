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
                assertThat(rules.reclaimed(false)).isEqualTo(Reason.RECLAIMED);
                assertThat(rules.reclaimed(true)).as("its session stopped first").isEqualTo(Reason.SESSION_STOPPED);
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

    @Test
    void onlyWhatIsStillHeldAtTheEndWithNothingLostAndNoSessionMayBeHeldForTheProgramsLife() {
        VerdictRules rules = new VerdictRules(true, false);
        assertThat(Reason.values()).filteredOn(reason -> rules.mayBeLifetime(reason, 0))
                .containsExactlyInAnyOrder(Reason.OPEN_AT_EXIT, Reason.HELD_AT_END);
        assertThat(rules.mayBeLifetime(Reason.OPEN_AT_EXIT, 7)).as("owned by a session").isFalse();
    }

    @Test
    void aSiteIsHeldForTheProgramsLifeWhenQuietForHalfTheActiveTimelineAndFiveSecondsAfterOneStep() {
        VerdictRules rules = new VerdictRules(true, false);
        long second = 1_000_000_000L;
        assertThat(rules.isLifetime(20 * second, 10 * second, 2 * second)).isTrue();
        assertThat(rules.isLifetime(20 * second, 10 * second - 1, 0)).as("quiet for less than half").isFalse();
        assertThat(rules.isLifetime(20 * second, 10 * second, 2 * second + 1)).as("rose in more than a tenth").isFalse();
        assertThat(rules.isLifetime(8 * second, 5 * second, 0)).isTrue();
        assertThat(rules.isLifetime(8 * second, 5 * second - 1, 0)).as("quiet for less than 5 s").isFalse();
    }
}
