package leakscope.analyzer.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import leakscope.analyzer.model.OldObjectSample;
import leakscope.analyzer.model.Stack;
import org.junit.jupiter.api.Test;

class OldObjectLedgerTest {
    @Test
    void mergedPartsKeepEverySampleInPartOrder() {
        OldObjectLedger earlier = new OldObjectLedger();
        OldObjectLedger later = new OldObjectLedger();
        earlier.add(new OldObjectSample("byte[]", 5, Stack.EMPTY, List.of(), ""));
        later.add(new OldObjectSample("char[]", 7, Stack.EMPTY, List.of(), ""));
        earlier.merge(later);
        assertThat(earlier.finish()).extracting(OldObjectSample::type).containsExactly("byte[]", "char[]");
    }
}
