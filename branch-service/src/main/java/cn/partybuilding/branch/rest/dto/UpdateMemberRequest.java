package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.Education;
import cn.partybuilding.branch.domain.Gender;
import cn.partybuilding.branch.domain.Post;
import cn.partybuilding.branch.service.UpdateMember;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "修改党员信息：只改出现的字段；组织关系、状态另有操作 / Changes to a member: only the fields present change; organization and status have their own operations")
public record UpdateMemberRequest(
        @Size(min = 1, max = 50) @Pattern(regexp = ".*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
        @Schema(description = "姓名 / Name", examples = "李晓梅") String name,
        @Schema(description = "性别 / Gender") Gender gender,
        @PastOrPresent @Schema(description = "出生日期 / Birth date", examples = "1988-05-12") LocalDate birthDate,
        @Size(max = 32) @Schema(description = "民族 / Ethnicity", examples = "汉族") String ethnicity,
        @Schema(description = "学历 / Education") Education education,
        @Size(max = 6) @Schema(description = "党内职务（整体替换） / Posts, replaced as a whole", examples = "[\"SECRETARY\"]") Set<@NotNull Post> posts,
        @Size(max = 20) @Schema(description = "手机号码；空字符串清除 / Phone; an empty string clears it", examples = "13812345678") String phone,
        @Size(max = 18) @Schema(description = "身份证号码 / ID-card number", examples = "11010519491231002X") String idCardNumber) {

    public UpdateMember toCommand() {
        return new UpdateMember(name, gender, birthDate, ethnicity, education, posts, phone, idCardNumber);
    }
}
