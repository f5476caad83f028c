package cn.partybuilding.common.changes;

import java.util.List;
import java.util.function.Function;

/** A page of a change feed; {@code nextSince} is always present: the token to call the feed with next. */
public record ChangePage<T>(List<Change<T>> items, String nextSince) {

    /** The same page with each resource shown another way (a domain value as its view). */
    public <R> ChangePage<R> map(Function<T, R> mapper) {
        return new ChangePage<>(items.stream().map(c -> new Change<>(c.kind(), c.id(), c.version(), c.changedAt(),
                c.resource() == null ? null : mapper.apply(c.resource()))).toList(), nextSince);
    }
}
