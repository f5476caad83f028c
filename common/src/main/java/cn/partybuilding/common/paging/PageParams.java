package cn.partybuilding.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code ?limit=&cursor=} of every collection. */
public class PageParams {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "每页条数，默认 20，最大 200 / Page size, default 20, at most 200")
    public int limit = DEFAULT_LIMIT;

    @QueryParam("cursor")
    @Size(max = 512)
    @Parameter(description = "上一页返回的 nextCursor / The nextCursor of the previous page")
    public String cursor;

    /** The id after which this page starts (every list is ordered by id), or {@code null} for the first page. */
    public String after() {
        return Cursor.decodeId(cursor);
    }
}
