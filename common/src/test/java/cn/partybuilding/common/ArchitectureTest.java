package cn.partybuilding.common;

import static cn.partybuilding.testsupport.ArchitectureRules.needNoDatabase;
import static cn.partybuilding.testsupport.ArchitectureRules.productionClasses;
import static cn.partybuilding.testsupport.ArchitectureRules.sharedBaseKnowsOnlyItself;

import org.junit.jupiter.api.Test;

/** The shared web module knows no service and no database: every module, the gateway included, can carry it. */
class ArchitectureTest {

    @Test
    void knowsNothingOfOursOutsideItself() {
        sharedBaseKnowsOnlyItself().check(productionClasses("cn.partybuilding.common"));
    }

    @Test
    void needsNoDatabase() {
        needNoDatabase("cn.partybuilding.common").check(productionClasses("cn.partybuilding.common"));
    }
}
