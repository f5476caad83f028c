package cn.partybuilding.volunteer;

import static io.restassured.RestAssured.given;

import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.testsupport.BranchServiceStub;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Tokens, organizations and members registered in the branch-service stub, and communities made through the API. */
public final class Fixtures {

    /** A committee with one branch and its members. */
    public record Branch(String committeeId, String branchId, List<String> memberIds) {

        public RequestSpecification asMember(int index) {
            return as(token(memberIds.get(index), branchId, null, "MEMBER"));
        }

        public RequestSpecification asAdmin() {
            return as(token("org-admin", committeeId, null, "ORG_ADMIN"));
        }
    }

    private Fixtures() {
    }

    public static Branch branch(int members) {
        String committee = Ulid.next();
        String branch = Ulid.next();
        // fields this service does not read (depth, version, phone) prove it reads branch-service tolerantly
        BranchServiceStub.register("organizations", Map.of("id", committee, "name", "市民政局机关党委", "type", "PARTY_COMMITTEE",
                "ancestorIds", List.of(), "depth", 1, "version", 0));
        BranchServiceStub.register("organizations", Map.of("id", branch, "name", "市民政局机关第一党支部", "type", "BRANCH",
                "ancestorIds", List.of(committee), "depth", 2, "version", 3));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            String id = Ulid.next();
            BranchServiceStub.register("members", Map.of("id", id, "organizationId", branch, "name", "志愿者" + i,
                    "status", "FULL", "phone", "138****5678"));
            ids.add(id);
        }
        return new Branch(committee, branch, ids);
    }

    public static String token(String subject, String orgId, String communityId, String... roles) {
        var builder = Jwt.issuer("party-local-dev").subject(subject).groups(Set.of(roles)).expiresIn(Duration.ofMinutes(30));
        if (orgId != null) {
            builder.claim("orgId", orgId);
        }
        if (communityId != null) {
            builder.claim("communityId", communityId);
        }
        return builder.sign();
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as(token("admin", null, null, "SYSTEM_ADMIN"));
    }

    public static RequestSpecification asStaff(String communityId) {
        return as(token("staff-" + communityId, null, communityId, "COMMUNITY_STAFF"));
    }

    /** Registers a community with a unique name; returns its id. */
    public static String community() {
        return asAdmin().body(Map.of("name", "测试社区" + Ulid.next(), "district", "市南区", "street", "八大湖街道"))
                .post("/v1/communities").then().statusCode(201).extract().path("id");
    }

    /** 党员报到: the member reports to the community. */
    public static void reportMember(Branch branch, int member, String communityId) {
        branch.asMember(member).body(Map.of("kind", "MEMBER", "communityId", communityId))
                .post("/v1/community-reports").then().statusCode(201);
    }

    /**
     * Records 08:00–20:00 CST on {@code day} with {@code hours}, then has the community decide it
     * ({@code CONFIRMED} or {@code REJECTED}), or leaves it submitted when {@code decision} is null; returns its id.
     */
    public static String recordAndDecide(RequestSpecification member, String community, String day, double hours, String decision) {
        String id = member.body(Map.of("communityId", community, "startAt", day + "T08:00:00+08:00", "endAt", day + "T20:00:00+08:00",
                "hours", hours, "description", "社区环境整治")).post("/v1/volunteer-records").then().statusCode(201).extract().path("id");
        if (decision != null) {
            asStaff(community).body(decision.equals("REJECTED") ? Map.of("status", decision, "reason", "无此安排") : Map.of("status", decision))
                    .put("/v1/volunteer-records/" + id + "/confirmation").then().statusCode(200);
        }
        return id;
    }

    /** Runs the calls at once (all released together) and returns their results. */
    public static <T> List<T> inParallel(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
