package cn.partybuilding.common.changes;

import cn.partybuilding.common.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** Turns a slice of the audit trail into a page of a feed, each change with the resource as the caller reads it. */
@ApplicationScoped
public class ChangeFeeds {

    @Inject
    ChangeLog log;

    /**
     * @param load   the current state of these ids as the caller may read them (scope and masking applied);
     *               ids the caller may no longer see are left out
     * @param shown  told which resources the page shows, e.g. to record unmasked personal data
     */
    public <T> ChangePage<T> page(Feed feed, ChangeParams params, ChangeScope scope,
                                  Function<Set<String>, Map<String, Current<T>>> load, Consumer<List<T>> shown) {
        ChangeLog.Slice slice = log.read(feed.name(), params.since, params.limit, feed.resourceTypes(), scope);
        Set<String> upserted = new LinkedHashSet<>();
        slice.changes().stream().filter(row -> row.action() != AuditAction.DELETE).forEach(row -> upserted.add(row.resourceId()));
        Map<String, Current<T>> current = upserted.isEmpty() ? Map.of() : load.apply(upserted);
        // read after the resources: a write that committed in between shows here, and its own item carries it
        Map<String, Long> latest = log.latestPositions(feed.resourceTypes(), upserted);
        List<Change<T>> items = new ArrayList<>(slice.changes().size());
        List<T> resources = new ArrayList<>();
        for (TrailRow row : slice.changes()) {
            if (row.action() == AuditAction.DELETE) {
                items.add(new Change<>(ChangeKind.DELETE, row.resourceId(), row.version(), row.occurredAt(), null));
                continue;
            }
            Current<T> now = current.get(row.resourceId());
            boolean latestWrite = now != null && Objects.equals(latest.get(row.resourceId()), row.position())
                    && Objects.equals(now.version(), row.version());
            T resource = latestWrite ? now.view() : null;
            if (resource != null) {
                resources.add(resource);
            }
            items.add(new Change<>(ChangeKind.UPSERT, row.resourceId(), row.version(), row.occurredAt(), resource));
        }
        shown.accept(resources);
        return new ChangePage<>(items, slice.next().encode());
    }

    /** A feed: its name (tokens are per feed) and the audit trail's resource types whose writes it delivers. */
    public record Feed(String name, Set<String> resourceTypes) {
    }

    /** A resource's current version and its view. */
    public record Current<T>(Long version, T view) {
    }
}
