package cn.partybuilding.assessment;

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

/** Tokens, and organizations and members registered in the branch-service stub. */
public final class Fixtures {

    /** A 机关工委 with a 机关党委 under it and that committee's 党支部, each branch with its members. */
    public record Tree(String workingCommitteeId, String committeeId, List<String> branchIds, List<String> memberIds) {

        /** The 机关工委's ORG_ADMIN: issues schemes, reviews and moves assessments on. */
        public RequestSpecification asIssuer() {
            return as(token("issuer-admin", workingCommitteeId, "ORG_ADMIN"));
        }

        /** The assessed 机关党委's ORG_ADMIN: enters self scores. */
        public RequestSpecification asCommitteeAdmin() {
            return as(token("committee-admin", committeeId, "ORG_ADMIN"));
        }

        /** The assessed 机关党委's secretary. */
        public RequestSpecification asCommitteeSecretary() {
            return as(token(memberIds.get(0), committeeId, "SECRETARY"));
        }
    }

    private Fixtures() {
    }

    /** A fresh tree: one 机关工委, one 机关党委 under it, {@code branches} 党支部 with {@code membersEach} full members each. */
    public static Tree tree(int branches, int membersEach) {
        String working = Ulid.next();
        String committee = Ulid.next();
        BranchServiceStub.register("organizations", Map.of("id", working, "name", "市直机关工委", "type", "WORKING_COMMITTEE",
                "ancestorIds", List.of(), "depth", 1, "version", 0));
        BranchServiceStub.register("organizations", Map.of("id", committee, "name", "市民政局机关党委", "type", "PARTY_COMMITTEE",
                "ancestorIds", List.of(working), "depth", 2, "version", 0));
        List<String> branchIds = new ArrayList<>();
        List<String> memberIds = new ArrayList<>();
        for (int b = 0; b < branches; b++) {
            String branch = Ulid.next();
            BranchServiceStub.register("organizations", Map.of("id", branch, "name", "市民政局机关第" + (b + 1) + "党支部",
                    "type", "BRANCH", "ancestorIds", List.of(working, committee), "depth", 3, "version", 0));
            branchIds.add(branch);
            for (int m = 0; m < membersEach; m++) {
                String id = Ulid.next();
                BranchServiceStub.register("members", Map.of("id", id, "organizationId", branch, "name", "党员" + b + "-" + m,
                        "status", "FULL"));
                memberIds.add(id);
            }
        }
        return new Tree(working, committee, branchIds, memberIds);
    }

    /** A small scheme of the 机关工委 for {@code year}: two manual indicators (6 + 4) and one automatic (三会一课, 10); 100 is not the total here. */
    public static Map<String, Object> schemeBody(String issuerId, int year, String name) {
        return Map.of("issuerId", issuerId, "year", year, "name", name,
                "thresholds", Map.of("excellentMin", 18, "goodMin", 15, "fairMin", 12),
                "categories", List.of(
                        Map.of("name", "机关党建标准化", "indicators", List.of(
                                Map.of("name", "三会一课落实率", "maxScore", 10, "source", "COMPLIANCE_RATE", "guidance", "按达标党支部比例计分"),
                                Map.of("name", "党建品牌创建", "maxScore", 6, "source", "MANUAL"))),
                        Map.of("name", "满意评价多元化", "indicators", List.of(
                                Map.of("name", "群众满意度测评", "maxScore", 4, "source", "MANUAL")))));
    }

    /** Issues {@link #schemeBody} as the tree's issuer; returns the scheme's id. */
    public static String scheme(Tree tree) {
        return tree.asIssuer().body(schemeBody(tree.workingCommitteeId(), 2025, "考核方案" + Ulid.next()))
                .post("/v1/assessment-schemes").then().statusCode(201).extract().path("id");
    }

    /** Starts the assessment of the tree's 机关党委 under the scheme; returns its id. */
    public static String assessment(Tree tree, String schemeId) {
        return tree.asIssuer().body(Map.of("schemeId", schemeId, "organizationId", tree.committeeId()))
                .post("/v1/assessments").then().statusCode(201).extract().path("id");
    }

    /** The current ETag of a resource at {@code path}, read by the system administrator. */
    public static String etag(String path) {
        return asAdmin().get(path).then().statusCode(200).extract().header("ETag");
    }

    public static String token(String subject, String orgId, String... roles) {
        var builder = Jwt.issuer("party-local-dev").subject(subject).groups(Set.of(roles)).expiresIn(Duration.ofMinutes(30));
        if (orgId != null) {
            builder.claim("orgId", orgId);
        }
        return builder.sign();
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as(token("admin", null, "SYSTEM_ADMIN"));
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
