package cn.partybuilding.volunteer.rest;

import cn.partybuilding.common.paging.Page;
import java.util.function.Function;

/** Services answer pages of domain rows; resources turn them into pages of views here. */
final class Pages {

    private Pages() {
    }

    static <T, R> Page<R> map(Page<T> page, Function<T, R> toView) {
        return new Page<>(page.items().stream().map(toView).toList(), page.nextCursor());
    }
}
