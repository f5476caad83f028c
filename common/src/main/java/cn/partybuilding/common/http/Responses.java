package cn.partybuilding.common.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The shapes of a successful write: 201 with Location and ETag, or 200 with ETag. */
public final class Responses {

    private Responses() {
    }

    public static Response created(UriInfo uriInfo, String id, Object entity, long version) {
        return Response.created(uriInfo.getAbsolutePathBuilder().path(id).build())
                .tag(Versions.etag(version))
                .entity(entity)
                .build();
    }


    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(Versions.etag(version)).build();
    }
}
