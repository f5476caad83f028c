package cn.partybuilding.branchclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BranchDirectory through the real REST client, fault tolerance and caches, against the stand-in. */
@QuarkusTest
class BranchDirectoryTest {

    private static final String TOKEN_A = "Bearer token-a";
    private static final String TOKEN_B = "Bearer token-b";

    @Inject
    BranchDirectory branches;

    @Inject
    BranchServiceStandIn branchService;

    @BeforeEach
    void startOver() {
        branchService.startOver();
    }

    private static List<String> organizationIds(List<BranchServiceClient.OrganizationRef> organizations) {
        return organizations.stream().map(BranchServiceClient.OrganizationRef::id).toList();
    }

    private static List<String> memberIds(List<BranchServiceClient.MemberRef> members) {
        return members.stream().map(BranchServiceClient.MemberRef::id).toList();
    }

    /** The key is the id alone: whoever asks next gets the same answer, which is why callers check scope on it. */
    @Test
    void anOrganizationIsCachedByItsIdWhoeverAsks() {
        BranchServiceClient.OrganizationRef first = branches.organization("C", TOKEN_A, "a");
        BranchServiceClient.OrganizationRef second = branches.organization("C", TOKEN_B, "b");

        assertEquals(List.of(TOKEN_A), branchService.authorizations("organization C"));
        assertEquals(first, second);
        assertEquals("/A/B/C/", second.path());
        assertEquals("PARTY_GROUP", second.type());
    }

    @Test
    void differentOrganizationsAreReadOnceEach() {
        branches.organization("B", TOKEN_A, "organizationId");
        branches.organization("B1", TOKEN_A, "organizationId");
        branches.organization("B", TOKEN_A, "organizationId");

        assertEquals(1, branchService.calls("organization B"));
        assertEquals(1, branchService.calls("organization B1"));
    }

    @Test
    void subtreeOrganizationsAreCachedBySubtreeAndType() {
        assertEquals(List.of("B", "B1"), organizationIds(branches.organizations("A", "BRANCH", TOKEN_A)));
        assertEquals(List.of("C"), organizationIds(branches.organizations("A", "PARTY_GROUP", TOKEN_A)));
        assertEquals(1, branchService.calls("organizations A BRANCH"));
        assertEquals(1, branchService.calls("organizations A PARTY_GROUP"));

        assertEquals(List.of("B", "B1"), organizationIds(branches.organizations("A", "BRANCH", TOKEN_B)));
        assertEquals(List.of("C"), organizationIds(branches.organizations("A", "PARTY_GROUP", TOKEN_B)));
        assertEquals(2, branchService.totalCalls());

        assertEquals(List.of("C"), organizationIds(branches.organizations("B", "PARTY_GROUP", TOKEN_A)));
        assertEquals(1, branchService.calls("organizations B PARTY_GROUP"));
    }

    @Test
    void aMemberIsCachedByItsId() {
        BranchServiceClient.MemberRef member = branches.member("M2", TOKEN_A, "memberId");
        branches.member("M2", TOKEN_B, "leaderId");
        branches.member("M1", TOKEN_A, "memberId");

        assertEquals("C", member.organizationId());
        assertEquals(1, branchService.calls("member M2"));
        assertEquals(1, branchService.calls("member M1"));
    }

    /** Not found is not remembered: an organization created meanwhile is found on the next read. */
    @Test
    void notFoundIsNeitherRetriedNorCached() {
        ProblemException problem = assertThrows(ProblemException.class, () -> branches.organization("D", TOKEN_A, "parentId"));
        assertEquals(BranchClientError.ORGANIZATION_NOT_FOUND, problem.errorCode());
        assertEquals("parentId", problem.field());
        assertEquals(1, branchService.calls("organization D"));

        assertThrows(ProblemException.class, () -> branches.organization("D", TOKEN_A, "parentId"));
        assertEquals(2, branchService.calls("organization D"));

        branchService.addOrganization("D", "BRANCH", "A");
        assertEquals("/A/D/", branches.organization("D", TOKEN_A, "parentId").path());
        branches.organization("D", TOKEN_A, "parentId");
        assertEquals(3, branchService.calls("organization D"));
    }

    /** The real client's refusals reach the translation: each is a problem at once, without retries. */
    @ParameterizedTest
    @ValueSource(strings = {"M9", "malformed", "unprocessable"})
    void aMemberBranchServiceDoesNotShowIsA422OnTheField(String id) {
        ProblemException problem = assertThrows(ProblemException.class, () -> branches.member(id, TOKEN_A, "leaderId"));
        assertEquals(BranchClientError.MEMBER_NOT_FOUND, problem.errorCode());
        assertEquals("leaderId", problem.field());
        assertEquals(1, branchService.calls("member " + id));
    }

    @Test
    void aCallerBranchServiceRefusesIsRefusedHere() {
        ProblemException unauthenticated = assertThrows(ProblemException.class,
                () -> branches.organization("unauthenticated", TOKEN_A, "organizationId"));
        ProblemException forbidden = assertThrows(ProblemException.class,
                () -> branches.organization("forbidden", TOKEN_A, "organizationId"));

        assertEquals(CommonError.UNAUTHENTICATED, unauthenticated.errorCode());
        assertEquals(CommonError.FORBIDDEN, forbidden.errorCode());
        assertEquals(2, branchService.totalCalls());
    }

    /** branch-service unavailable is retried twice, then passed on for the 503 mapper; nothing is cached. */
    @Test
    void unavailabilityIsRetriedAndPassedOn() {
        WebApplicationException failure = assertThrows(WebApplicationException.class,
                () -> branches.member("unavailable", TOKEN_A, "memberId"));
        assertEquals(503, failure.getResponse().getStatus());
        assertEquals(3, branchService.calls("member unavailable"));
    }

    /** A 500 repeats for the same input: a 502 problem at once, so one caller's requests cannot triple its load. */
    @Test
    void aFaultIsA502WithoutRetries() {
        ProblemException problem = assertThrows(ProblemException.class, () -> branches.member("failing", TOKEN_A, "memberId"));
        assertEquals(BranchClientError.BRANCH_SERVICE_ERROR, problem.errorCode());
        assertEquals(1, branchService.calls("member failing"));
    }

    @Test
    void membersOfASubtreeFollowEveryPage() {
        assertEquals(List.of("M1", "M2", "M3"), memberIds(branches.members("A", TOKEN_A)));
        assertEquals(2, branchService.calls("members A"));
        assertEquals(List.of("M1", "M2"), memberIds(branches.members("B", TOKEN_A)));

        ProblemException problem = assertThrows(ProblemException.class, () -> branches.members("D", TOKEN_A));
        assertEquals(BranchClientError.ORGANIZATION_NOT_FOUND, problem.errorCode());
        assertEquals("organizationId", problem.field());
    }
}
