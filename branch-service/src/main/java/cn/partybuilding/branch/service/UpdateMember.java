package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.Education;
import cn.partybuilding.branch.domain.Gender;
import cn.partybuilding.branch.domain.Post;
import java.time.LocalDate;
import java.util.Set;

/** Changes to a member: null leaves a field as it is; posts are replaced as a whole; a blank phone clears it. */
public record UpdateMember(String name, Gender gender, LocalDate birthDate, String ethnicity, Education education,
                           Set<Post> posts, String phone, String idCardNumber) {
}
