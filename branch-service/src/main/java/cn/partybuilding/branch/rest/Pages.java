package cn.partybuilding.branch.rest;

import cn.partybuilding.common.paging.Page;
import java.util.function.Function;

/** Shows a page of domain values as a page of views, with the same cursor. */
final class Pages {

    private Pages() {
    }

    static <T, V> Page<V> map(Page<T> page, Function<T, V> view) {
        return new Page<>(page.items().stream().map(view).toList(), page.nextCursor());
    }
}
