package cn.partybuilding.volunteer.domain;

import cn.partybuilding.common.audit.AuditedResource;
import cn.partybuilding.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A residential community (社区) that organizations and members report to. */
@Entity
@Table(name = "community")
public class Community extends TrackedEntity {

    @Id
    public String id;

    public String name;

    public String district;

    /** 街道 */
    public String street;

    public String address;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    /** This community as the audit trail names it. */
    public AuditedResource audited() {
        return AuditedResource.inCommunity("Community", id, id);
    }
}
