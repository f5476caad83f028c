package cn.partybuilding.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.e2e.client.ApiClient;
import cn.partybuilding.e2e.client.ApiException;
import cn.partybuilding.e2e.client.api.MembersApi;
import cn.partybuilding.e2e.client.api.OrganizationsApi;
import cn.partybuilding.e2e.client.model.CreateMemberRequest;
import cn.partybuilding.e2e.client.model.CreateOrganizationRequest;
import cn.partybuilding.e2e.client.model.Gender;
import cn.partybuilding.e2e.client.model.Member;
import cn.partybuilding.e2e.client.model.MemberStatus;
import cn.partybuilding.e2e.client.model.Organization;
import cn.partybuilding.e2e.client.model.OrganizationType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client generated from contract/openapi.yaml (at build time, see the pom) works against the real
 * suite through the gateway: what it writes it reads back unchanged, Chinese text included.
 */
@ExtendWith(RunningSuiteExtension.class)
class GeneratedClientScenarioTest {

    private static OrganizationsApi organizations;
    private static MembersApi members;

    @BeforeAll
    static void connect(RunningSuite suite) {
        String authorization = "Bearer " + suite.systemAdminToken();
        ApiClient client = new ApiClient()
                .setRequestInterceptor(request -> request.header("Authorization", authorization));
        client.updateBaseUri(suite.gatewayUrl().toString());
        organizations = new OrganizationsApi(client);
        members = new MembersApi(client);
    }

    @Test
    void organizationBranchAndMemberRoundTrip() throws ApiException {
        // a fresh code: the scenario must not depend on what else the database holds
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

        Organization committee = organizations.createOrganization(new CreateOrganizationRequest()
                .code("E2E-" + suffix)
                .name("青岛市大数据发展管理局机关党委")
                .type(OrganizationType.PARTY_COMMITTEE)
                .unitName("青岛市大数据发展管理局")
                .establishedOn(LocalDate.of(2019, 3, 1)), null);
        Organization branch = organizations.createOrganization(new CreateOrganizationRequest()
                .code("E2E-" + suffix + "-01")
                .name("数据资源处党支部")
                .type(OrganizationType.BRANCH)
                .parentId(committee.getId())
                .unitName("青岛市大数据发展管理局"), null);
        Member created = members.createMember(new CreateMemberRequest()
                .organizationId(branch.getId())
                .name("欧阳志强")
                .gender(Gender.MALE)
                .ethnicity("汉族")
                .status(MemberStatus.FULL)
                .joinedOn(LocalDate.of(2020, 7, 1)), null);

        Organization readCommittee = organizations.getOrganization(committee.getId());
        assertEquals("E2E-" + suffix, readCommittee.getCode());
        assertEquals("青岛市大数据发展管理局机关党委", readCommittee.getName());
        assertEquals(OrganizationType.PARTY_COMMITTEE, readCommittee.getType());
        assertEquals("青岛市大数据发展管理局", readCommittee.getUnitName());
        assertEquals(LocalDate.of(2019, 3, 1), readCommittee.getEstablishedOn());
        assertEquals(1, readCommittee.getDepth());

        Organization readBranch = organizations.getOrganization(branch.getId());
        assertEquals("数据资源处党支部", readBranch.getName());
        assertEquals(OrganizationType.BRANCH, readBranch.getType());
        assertEquals(committee.getId(), readBranch.getParentId());
        assertEquals(List.of(committee.getId()), readBranch.getAncestorIds());

        Member readMember = members.getMember(created.getId());
        assertEquals(branch.getId(), readMember.getOrganizationId());
        assertEquals("欧阳志强", readMember.getName());
        assertEquals(Gender.MALE, readMember.getGender());
        assertEquals("汉族", readMember.getEthnicity());
        assertEquals(MemberStatus.FULL, readMember.getStatus());
        assertEquals(LocalDate.of(2020, 7, 1), readMember.getJoinedOn());

        List<Member> branchMembers = organizations.listOrganizationMembers(branch.getId(), null, null, null, null, null)
                .getItems();
        assertEquals(List.of("欧阳志强"), branchMembers.stream().map(Member::getName).toList());
    }
}
