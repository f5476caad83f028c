package cn.partybuilding.common.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a collection. {@code nextCursor} is absent on the last page.
 * Queries fetch {@code limit + 1} rows: the extra row only tells whether another page exists.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(
        @Schema(description = "本页数据 / Items of this page") List<T> items,
        @Schema(description = "下一页游标，最后一页无此字段 / Cursor of the next page; absent on the last page",
                examples = "djE6MDFKRFo5WTRLM004UTJXNkU1UjdUMVYwWEE") String nextCursor) {

    public static <T, R> Page<R> of(List<T> rowsUpToLimitPlusOne, int limit, Function<T, String> cursorKey,
                                    Function<T, R> mapper) {
        boolean more = rowsUpToLimitPlusOne.size() > limit;
        List<T> rows = more ? rowsUpToLimitPlusOne.subList(0, limit) : rowsUpToLimitPlusOne;
        String next = more ? Cursor.encode(cursorKey.apply(rows.get(rows.size() - 1))) : null;
        return new Page<>(rows.stream().map(mapper).toList(), next);
    }

    /** The same page with each item shown another way (a domain value as its view), the cursor unchanged. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
