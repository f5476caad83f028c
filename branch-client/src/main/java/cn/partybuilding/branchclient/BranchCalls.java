package cn.partybuilding.branchclient;

import cn.partybuilding.common.paging.PageParams;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** branch-service's collections, followed page by page. */
public final class BranchCalls {

    /** The largest page branch-service serves. */
    public static final int PAGE = PageParams.MAX_LIMIT;

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
}
