package cn.partybuilding.branch.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class OrganizationTypeTest {

    /** Stands for "no parent" in the table below. */
    private static final String ROOT = "ROOT";

    @ParameterizedTest(name = "{0} may stand under {1}")
    @CsvSource({
            "WORKING_COMMITTEE, ROOT WORKING_COMMITTEE",
            "PARTY_COMMITTEE,   ROOT WORKING_COMMITTEE PARTY_COMMITTEE",
            "GENERAL_BRANCH,    WORKING_COMMITTEE PARTY_COMMITTEE",
            "BRANCH,            WORKING_COMMITTEE PARTY_COMMITTEE GENERAL_BRANCH",
            "PARTY_GROUP,       BRANCH",
    })
    void mayStandOnlyUnderTheListedParents(OrganizationType child, String allowedParents) {
        Set<String> allowed = Set.of(allowedParents.split(" "));
        List<OrganizationType> parents = new ArrayList<>(Arrays.asList(OrganizationType.values()));
        parents.add(null);

        assertAll(parents.stream().map(parent -> (Executable) () -> {
            String name = parent == null ? ROOT : parent.name();
            assertEquals(allowed.contains(name), child.mayStandUnder(parent), child + " under " + name);
        }));
    }

    @ParameterizedTest
    @EnumSource(names = {"BRANCH", "PARTY_GROUP"})
    void branchesAndGroupsHoldMembers(OrganizationType type) {
        assertTrue(type.holdsMembers());
    }

    @ParameterizedTest
    @EnumSource(names = {"BRANCH", "PARTY_GROUP"}, mode = EnumSource.Mode.EXCLUDE)
    void committeesDoNotHoldMembers(OrganizationType type) {
        assertFalse(type.holdsMembers());
    }
}
