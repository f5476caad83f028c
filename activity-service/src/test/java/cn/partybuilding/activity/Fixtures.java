package cn.partybuilding.activity;

import static io.restassured.RestAssured.given;

import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.testsupport.BranchServiceStub;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tokens, and organizations and members registered in the branch-service stub. */
public final class Fixtures {

    /** A committee with one branch of {@code fullMembers} full and {@code probationary} probationary members. */
    public record Branch(String committeeId, String branchId, List<String> memberIds) {
    }

    private Fixtures() {
    }

    public static void stub(String what, Map<String, Object> body) {
        BranchServiceStub.register(what, body);
    }

    public static void branchServiceDown(boolean down) {
        BranchServiceStub.down(down);
    }

    public static Branch branch(int fullMembers, int probationary) {
        return branch(fullMembers, probationary, false);
    }

    /** The same, with branch-service saying whether the branch has a committee (支部委员会). */
    public static Branch branch(int fullMembers, int probationary, boolean hasCommittee) {
        String committee = Ulid.next();
        String branch = Ulid.next();
        // fields this service does not read (depth, version) prove it reads branch-service tolerantly
        stub("organizations", Map.of("id", committee, "name", "市财政局机关党委", "type", "PARTY_COMMITTEE", "ancestorIds", List.of(),
                "depth", 1, "version", 0));
        stub("organizations", Map.of("id", branch, "name", "市财政局机关第一党支部", "type", "BRANCH", "ancestorIds", List.of(committee),
                "depth", 2, "version", 3, "hasCommittee", hasCommittee));
        List<String> members = new ArrayList<>();
        for (int i = 0; i < fullMembers + probationary; i++) {
            members.add(member(branch, "党员" + i, i < fullMembers ? "FULL" : "PROBATIONARY"));
        }
        return new Branch(committee, branch, members);
    }

    /** Registers a member of the organization with branch-service; returns the id. */
    public static String member(String organizationId, String name, String status) {
        String id = Ulid.next();
        stub("members", Map.of("id", id, "organizationId", organizationId, "name", name, "status", status,
                "phone", "138****5678"));
        return id;
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

    /** A time {@code minutes} from now (before now if negative) in China time, with seconds, as the contract writes it. */
    public static String minutesFromNow(int minutes) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(minutes).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Plans an activity for the branch as system administrator; returns its id. */
    public static String activity(String organizationId, String type, String startAt, String endAt) {
        return asAdmin().body(Map.of("organizationId", organizationId, "type", type, "title", "测试活动",
                        "startAt", startAt, "endAt", endAt))
                .post("/v1/activities").then().statusCode(201).extract().path("id");
    }

    public static void complete(String activityId) {
        asAdmin().body(Map.of("status", "IN_PROGRESS")).patch("/v1/activities/" + activityId).then().statusCode(200);
        asAdmin().body(Map.of("status", "COMPLETED")).patch("/v1/activities/" + activityId).then().statusCode(200);
    }
}
