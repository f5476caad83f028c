package cn.partybuilding.common.changes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One write, as a feed delivers it. {@code resource} is the resource as the caller would read it,
 * present only on the latest write of that resource: an earlier one leaves it out, because a
 * later item carries the state it would show.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change<T>(ChangeKind kind, String id, Long version, Instant changedAt, T resource) {
}
