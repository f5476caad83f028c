package cn.partybuilding.devtools.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BranchDataTest {

    @Test
    void residentIdNumbersEndInTheirGb11643CheckCharacter() {
        assertEquals("11010519491231002X", BranchData.residentIdNumber("11010519491231002"));
        assertEquals("370202198805120012", BranchData.residentIdNumber("37020219880512001"));
    }
}
