package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.Education;
import cn.partybuilding.branch.domain.Gender;
import cn.partybuilding.branch.domain.MemberStatus;
import cn.partybuilding.branch.domain.Post;
import cn.partybuilding.branch.service.CreateMember;
import cn.partybuilding.common.id.ValidId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "登记党员 / Register a member")
public record CreateMemberRequest(
        @NotBlank @Size(max = 26) @ValidId
        @Schema(description = "所在党支部或党小组 / Branch or party group", required = true, examples = "01JDZ9Y4K3M8Q2W6E5R7T1V0XA")
        String organizationId,
        @NotBlank @Size(max = 50)
        @Schema(description = "姓名 / Name", required = true, examples = "李晓梅")
        String name,
        @NotNull
        @Schema(description = "性别 / Gender", required = true, examples = "FEMALE")
        Gender gender,
        @PastOrPresent
        @Schema(description = "出生日期；与身份证号码一致 / Birth date; must match the ID number", examples = "1988-05-12")
        LocalDate birthDate,
        @Size(max = 32)
        @Schema(description = "民族 / Ethnicity", examples = "汉族")
        String ethnicity,
        @Schema(description = "学历 / Education", examples = "MASTER")
        Education education,
        @NotNull
        @Schema(description = "党员状态 / Status", required = true, examples = "PROBATIONARY")
        MemberStatus status,
        @NotNull @PastOrPresent
        @Schema(description = "入党日期（支部大会通过之日），预备期从此起算一年 / Admitted on; probation runs one year from it", required = true, examples = "2025-06-28")
        LocalDate joinedOn,
        @Size(max = 6)
        @Schema(description = "党内职务 / Posts", examples = "[\"PUBLICITY_COMMITTEE_MEMBER\"]")
        Set<@NotNull Post> posts,
        @Size(max = 20)
        @Schema(description = "手机号码（中国大陆） / Mainland mobile number", examples = "13812345678")
        String phone,
        @Size(max = 18)
        @Schema(description = "居民身份证号码（GB 11643 校验） / Resident ID number (GB 11643 check digit)", examples = "11010519491231002X")
        String idCardNumber) {

    public CreateMember toCommand() {
        return new CreateMember(organizationId, name, gender, birthDate, ethnicity, education, status, joinedOn, posts,
                phone, idCardNumber);
    }
}
