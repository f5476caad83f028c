package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.Education;
import cn.partybuilding.branch.domain.Gender;
import cn.partybuilding.branch.domain.MemberStatus;
import cn.partybuilding.branch.domain.Post;
import java.time.LocalDate;
import java.util.Set;

/** A member to register; phone and ID-card number arrive in clear and are stored encrypted. */
public record CreateMember(String organizationId, String name, Gender gender, LocalDate birthDate, String ethnicity,
                           Education education, MemberStatus status, LocalDate joinedOn, Set<Post> posts,
                           String phone, String idCardNumber) {
}
