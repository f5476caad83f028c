package cn.partybuilding.common.changes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code ?since=&limit=} of every change feed. */
public class ChangeParams {

    public static final int MAX_LIMIT = 1000;

    @QueryParam("since")
    @Size(max = 200)
    @Parameter(description = "上次返回的 nextSince；不带则不返回变更，只返回起点令牌 / The nextSince of the previous call;"
            + " without it no changes, only the token to start from")
    public String since;

    @QueryParam("limit")
    @DefaultValue("100")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "最多返回的变更条数，默认 100，最大 1000 / At most this many changes, default 100, at most 1000")
    public int limit = 100;
}
