package cn.partybuilding.common.paging;

import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import java.util.Arrays;
import java.util.List;

/** The {@code ids} filter: comma-separated ids, at most one page of them; anything else is a 400 on {@code ids}. */
public final class IdList {

    private IdList() {
    }

    public static List<String> parse(String ids) {
        if (ids == null || ids.isBlank()) {
            return null;
        }
        List<String> list = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        if (list.size() > PageParams.MAX_LIMIT || !list.stream().allMatch(Ulid::isValid)) {
            throw ProblemException.forField("ids", CommonError.INVALID_PARAMETER, "ids");
        }
        return list;
    }
}
