package cn.partybuilding.assessment;

import cn.partybuilding.testsupport.ArchitectureRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The layer rules of the suite (see {@link ArchitectureRules}) hold in this service. */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> layersHold() {
        return ArchitectureRules.checksFor("cn.partybuilding.assessment");
    }
}
