package cn.partybuilding.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdListTest {

    private static final String ID = "01HZY3K9J8Q2W4E6R8T0Y2V4A6";

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void noIdsMeansNoFilter(String ids) {
        assertNull(IdList.parse(ids));
    }

    @Test
    void idsAreTrimmedAndDistinct() {
        String other = Ulid.next();
        assertEquals(List.of(ID, other), IdList.parse(ID + ", " + other + "," + ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"中", "01HZY3K9J8Q2W4E6R8T0Y2V4A6,中", "' OR 1=1 --", "01hzy3k9j8q2w4e6r8t0y2v4a6"})
    void anythingThatIsNotAnIdIsAProblemOnIds(String ids) {
        assertProblemOnIds(ids);
    }

    @Test
    void moreThanAPageIsAProblemOnIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= PageParams.MAX_LIMIT; i++) {
            ids.add(Ulid.next());
        }
        assertProblemOnIds(String.join(",", ids));
        assertEquals(PageParams.MAX_LIMIT, IdList.parse(String.join(",", ids.subList(0, PageParams.MAX_LIMIT))).size());
    }

    private static void assertProblemOnIds(String ids) {
        ProblemException problem = assertThrows(ProblemException.class, () -> IdList.parse(ids));
        assertEquals(CommonError.INVALID_PARAMETER, problem.errorCode());
        assertEquals("ids", problem.field());
    }
}
