package cn.partybuilding.branchclient;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * What the demo and province data loaders of the services read from branch-service: the demo tree
 * (青岛市委市直机关工委) or the newest generated province, and its branches. They read as a system
 * administrator with a token signed by the local key (local profile only: the signing key is
 * configured nowhere else).
 */
@ApplicationScoped
public class SeedSource {

    private static final String DEMO_ROOT_CODE = "QD-SZJGGW";
    private static final String GENERATED_ROOT_PREFIX = "GEN-";

    @Inject
    @RestClient
    BranchServiceClient client;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    public String systemToken() {
        return "Bearer " + Jwt.issuer(issuer).subject("seed-loader").groups(Set.of("SYSTEM_ADMIN"))
                .expiresIn(Duration.ofMinutes(30)).sign();
    }

    public Optional<BranchServiceClient.OrganizationRef> demoRoot(String token) {
        return roots(token).stream().filter(o -> DEMO_ROOT_CODE.equals(o.code())).findFirst();
    }

    /** The newest province of {@code ./suite generate province} (ids are time-ordered: the last is the newest). */
    public Optional<BranchServiceClient.OrganizationRef> newestGeneratedProvince(String token) {
        return roots(token).stream().filter(o -> o.code() != null && o.code().startsWith(GENERATED_ROOT_PREFIX))
                .reduce((first, second) -> second);
    }

    public List<BranchServiceClient.OrganizationRef> branches(BranchServiceClient.OrganizationRef root, String token) {
        return BranchCalls.allPages(cursor -> client.organizations(root.id(), "BRANCH", BranchCalls.PAGE, cursor, token));
    }

    public List<BranchServiceClient.MemberRef> members(BranchServiceClient.OrganizationRef organization, String token) {
        return BranchCalls.allPages(cursor -> client.members(organization.id(), BranchCalls.PAGE, cursor, token));
    }

    private List<BranchServiceClient.OrganizationRef> roots(String token) {
        return client.organizations(null, "WORKING_COMMITTEE", BranchCalls.PAGE, null, token).items();
    }
}
