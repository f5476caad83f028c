package cn.partybuilding.common.persistence;

import static cn.partybuilding.testsupport.ArchitectureRules.productionClasses;
import static cn.partybuilding.testsupport.ArchitectureRules.sharedBaseKnowsOnlyItself;

import org.junit.jupiter.api.Test;

/** The shared persistence module knows no service: it builds on the web module only. */
class ArchitectureTest {

    @Test
    void knowsNothingOfOursOutsideTheSharedBase() {
        sharedBaseKnowsOnlyItself().check(productionClasses("cn.partybuilding.common"));
    }
}
