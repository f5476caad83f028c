package cn.partybuilding.gateway;

import static cn.partybuilding.testsupport.ArchitectureRules.needNoDatabase;
import static cn.partybuilding.testsupport.ArchitectureRules.productionClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway keeps no data: no code of it needs a database, and none comes with it. */
class ArchitectureTest {

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
