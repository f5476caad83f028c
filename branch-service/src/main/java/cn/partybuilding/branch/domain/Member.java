package cn.partybuilding.branch.domain;

import cn.partybuilding.common.persistence.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A party member (党员). Phone and ID-card number are stored encrypted. */
@Entity
@Table(name = "member")
public class Member extends TrackedEntity {

    @Id
    public String id;

    @Column(name = "organization_id")
    public String organizationId;

    public String name;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    public String ethnicity;

    @Enumerated(EnumType.STRING)
    public Education education;

    @Enumerated(EnumType.STRING)
    public MemberStatus status;

    /** The day the 支部大会 admitted the member (入党日期); probation runs from it. */
    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "probation_end")
    public LocalDate probationEnd;

    @Column(name = "probation_extended")
    public boolean probationExtended;

    @Column(name = "phone_cipher")
    public String phoneCipher;

    @Column(name = "id_card_cipher")
    public String idCardCipher;

    @Column(name = "id_card_hash")
    public String idCardHash;

    /** Loaded for up to 200 members in one query when a page of members is rendered. */
    @ElementCollection
    @CollectionTable(name = "member_post", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "post")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 200)
    public Set<Post> posts = EnumSet.noneOf(Post.class);

    public boolean holdsCommitteePost() {
        return posts.stream().anyMatch(Post::isCommitteePost);
    }

    public boolean holdsOrdinaryCommitteePost() {
        return posts.stream().anyMatch(Post::isOrdinaryCommitteePost);
    }
}
