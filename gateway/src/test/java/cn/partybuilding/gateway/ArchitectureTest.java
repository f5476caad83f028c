package cn.partybuilding.gateway;

import static cn.partybuilding.testsupport.ArchitectureRules.needNoDatabase;
import static cn.partybuilding.testsupport.ArchitectureRules.productionClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.partybuilding.testsupport.ArchitectureRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway's layers hold like a service's, and it keeps no data: no code of it needs a database, and none comes with it. */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> layersHold() {
        return ArchitectureRules.checksFor("cn.partybuilding.gateway");
    }

    @Test
    void needsNoDatabase() {
        needNoDatabase("cn.partybuilding.gateway").check(productionClasses("cn.partybuilding"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn.partybuilding.common.persistence.TrackedEntity", "org.hibernate.Session",
            "io.agroal.api.AgroalDataSource", "jakarta.persistence.Entity"})
    void carriesNoPersistenceLibrary(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
    }
}
