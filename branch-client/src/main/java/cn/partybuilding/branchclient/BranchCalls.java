package cn.partybuilding.branchclient;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ErrorCode;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What every caller of branch-service does the same way: follow pages, and read its error answers. */
public final class BranchCalls {

    public static final int PAGE = 200;

    private BranchCalls() {
    }

    /** Every item of a collection, following {@code nextCursor} from the first page. */
    public static <T> List<T> allPages(Function<String, BranchServiceClient.Page<T>> pageAfterCursor) {
        List<T> items = new ArrayList<>();
        String cursor = null;
        do {
            BranchServiceClient.Page<T> page = pageAfterCursor.apply(cursor);
            items.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return items;
    }

    /**
     * branch-service's answer as this service's problem: 404 (or 400/422 for a malformed id) means
     * "not visible to this caller", a 422 on {@code field}; 401 and 403 pass through; anything else
     * is branch-service failing, left for the circuit breaker and answered 503.
     */
    public static RuntimeException translate(WebApplicationException e, String field, ErrorCode notFound, String id) {
        int status = e.getResponse().getStatus();
        if (status == 404 || status == 422 || status == 400) {
            return ProblemException.forField(field, notFound, id);
        }
        if (status == 401) {
            return new ProblemException(CommonError.UNAUTHENTICATED);
        }
        if (status == 403) {
            return new ProblemException(CommonError.FORBIDDEN);
        }
        return e;
    }
}
