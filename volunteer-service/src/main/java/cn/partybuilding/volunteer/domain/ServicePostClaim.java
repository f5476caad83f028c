package cn.partybuilding.volunteer.domain;

import cn.partybuilding.common.audit.AuditedResource;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A member's claim (认领) of a service post; one per member and post. */
@Entity
@Table(name = "service_post_claim")
public class ServicePostClaim extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "post_id") String postId, @Column(name = "member_id") String memberId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "member_name")
    public String memberName;

    @Column(name = "organization_id")
    public String organizationId;

    @Column(name = "organization_path")
    public String organizationPath;

    @Column(name = "organization_name")
    public String organizationName;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    /** This claim as the audit trail names it: the member's place on a post of the community. */
    public AuditedResource audited(String communityId) {
        return new AuditedResource("ServicePostClaim", key.postId() + "/" + key.memberId(), organizationId,
                organizationPath, communityId);
    }
}
