package cn.partybuilding.branch.repository;

import cn.partybuilding.branch.domain.MemberTransfer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MemberTransferRepository implements PanacheRepositoryBase<MemberTransfer, String> {

    public List<MemberTransfer> page(String memberId, String afterId, int limit) {
        if (afterId == null) {
            return find("memberId", Sort.by("id"), memberId).page(0, limit + 1).list();
        }
        return find("memberId = :member and id > :after", Sort.by("id"),
                Parameters.with("member", memberId).and("after", afterId)).page(0, limit + 1).list();
    }

    /** One transfer of one member: empty when the id names another member's transfer. */
    public Optional<MemberTransfer> findOfMember(String memberId, String transferId) {
        return find("id = ?1 and memberId = ?2", transferId, memberId).firstResultOptional();
    }

    public boolean involves(String organizationId) {
        return count("fromOrganizationId = ?1 or toOrganizationId = ?1", organizationId) > 0;
    }
}
