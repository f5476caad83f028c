package cn.partybuilding.branchclient;

import io.quarkus.cache.CacheManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Stands in for branch-service, served by the test application itself (the tests' REST client
 * points at it): answers the four reads of {@link BranchServiceClient} from a small tree, answers
 * the failure an id of {@link #FAILING_IDS} stands for, and records every call it receives, so a
 * test can tell a cache hit from a read. Its answers carry fields the client does not read, like
 * the real ones. Pages hold at most {@value #PAGE_SIZE} items, so that following pages is exercised.
 *
 * <pre>
 * A   WORKING_COMMITTEE  /A/        members: -
 * B   BRANCH             /A/B/      members: M1
 * B1  BRANCH             /A/B1/     members: M3   (its path starts with "/A/B" too)
 * C   PARTY_GROUP        /A/B/C/    members: M2
 * </pre>
 */
@Path("/v1")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BranchServiceStandIn {

    static final int PAGE_SIZE = 2;

    /** Ids that branch-service answers with a failure instead of an organization or a member. */
    static final Map<String, Integer> FAILING_IDS = Map.of("malformed", 400, "unauthenticated", 401,
            "forbidden", 403, "unprocessable", 422, "failing", 500, "unavailable", 503);

    private final Map<String, Map<String, Object>> organizations = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> members = new ConcurrentHashMap<>();
    /** The Authorization header of every call, by the read it asked for ("organization B", "members A"...). */
    private final Map<String, List<String>> calls = new ConcurrentHashMap<>();

    @Inject
    CacheManager caches;

    /** The tree above, no calls recorded, and nothing left in BranchDirectory's caches. */
    void startOver() {
        organizations.clear();
        members.clear();
        calls.clear();
        caches.getCacheNames().forEach(name -> caches.getCache(name).orElseThrow().invalidateAll().await().indefinitely());
        addOrganization("A", "WORKING_COMMITTEE");
        addOrganization("B", "BRANCH", "A");
        addOrganization("B1", "BRANCH", "A");
        addOrganization("C", "PARTY_GROUP", "A", "B");
        addMember("M1", "B");
        addMember("M2", "C");
        addMember("M3", "B1");
    }

    void addOrganization(String id, String type, String... ancestorIds) {
        organizations.put(id, Map.of("id", id, "code", "ORG-" + id, "name", "组织 " + id, "type", type,
                "parentId", ancestorIds.length == 0 ? "" : ancestorIds[ancestorIds.length - 1],
                "ancestorIds", List.of(ancestorIds), "depth", ancestorIds.length, "version", 1));
    }

    void addMember(String id, String organizationId) {
        members.put(id, Map.of("id", id, "organizationId", organizationId, "name", "党员 " + id, "status", "FULL",
                "phone", "138****5678"));
    }

    /** How many times branch-service was asked for this read. */
    int calls(String read) {
        return authorizations(read).size();
    }

    int totalCalls() {
        return calls.values().stream().mapToInt(List::size).sum();
    }

    /** The Authorization header of each call for this read, in order. */
    List<String> authorizations(String read) {
        return calls.getOrDefault(read, List.of());
    }

    @GET
    @Path("/organizations/{id}")
    public Response organization(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        record("organization " + id, authorization);
        return answer(id, () -> organizations.get(id));
    }

    @GET
    @Path("/members/{id}")
    public Response member(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        record("member " + id, authorization);
        return answer(id, () -> members.get(id));
    }

    @GET
    @Path("/organizations")
    public Response organizations(@QueryParam("subtreeOf") String subtreeOf, @QueryParam("type") String type,
                                  @QueryParam("limit") int ignoredLimit, @QueryParam("cursor") String cursor,
                                  @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        record("organizations " + subtreeOf + " " + type, authorization);
        return answer(subtreeOf, () -> organizations.containsKey(subtreeOf) ? page(organizations.values().stream()
                .filter(o -> o.get("type").equals(type) && path(o).startsWith(path(subtreeOf)))
                .toList(), cursor) : null);
    }

    @GET
    @Path("/organizations/{id}/members")
    public Response members(@PathParam("id") String id, @QueryParam("limit") int ignoredLimit, @QueryParam("cursor") String cursor,
                            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        record("members " + id, authorization);
        return answer(id, () -> organizations.containsKey(id) ? page(members.values().stream()
                .filter(m -> path((String) m.get("organizationId")).startsWith(path(id)))
                .toList(), cursor) : null);
    }

    private void record(String read, String authorization) {
        calls.computeIfAbsent(read, r -> new CopyOnWriteArrayList<>()).add(String.valueOf(authorization));
    }

    /** The failure {@code id} stands for, else what was found, else 404. */
    private static Response answer(String id, Supplier<Object> found) {
        Integer failure = id == null ? null : FAILING_IDS.get(id);
        if (failure != null) {
            return Response.status(failure).build();
        }
        Object body = found.get();
        return body == null ? Response.status(404).build() : Response.ok(body).build();
    }

    /**
     * One page of the items in id order, shorter than the client's limit (a server may serve fewer);
     * the cursor is the index of the page's first item.
     */
    private static Map<String, Object> page(List<Map<String, Object>> items, String cursor) {
        List<Map<String, Object>> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(item -> (String) item.get("id")));
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(sorted.size(), from + PAGE_SIZE);
        Map<String, Object> page = new HashMap<>();
        page.put("items", sorted.subList(from, to));
        page.put("nextCursor", to < sorted.size() ? String.valueOf(to) : null);
        return page;
    }

    /** The materialized path "/A/.../id/" of an organization in the tree. */
    private String path(String organizationId) {
        return path(organizations.get(organizationId));
    }

    @SuppressWarnings("unchecked")
    private static String path(Map<String, Object> organization) {
        StringBuilder path = new StringBuilder("/");
        ((List<String>) organization.get("ancestorIds")).forEach(id -> path.append(id).append('/'));
        return path.append(organization.get("id")).append('/').toString();
    }
}
