package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.Education;
import cn.partybuilding.branch.domain.Gender;
import cn.partybuilding.branch.domain.Member;
import cn.partybuilding.branch.domain.MemberStatus;
import cn.partybuilding.branch.domain.MemberWithPersonalData;
import cn.partybuilding.branch.domain.Post;
import cn.partybuilding.common.pii.Masking;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Member", description = "党员。手机号与身份证号对无权查看的角色脱敏 / A party member; phone and ID number are masked for roles that do not need them")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberView(
        @Schema(description = "党员编号 / Opaque id", examples = "01JDZA3QW5X8N4B2C7D9E1F0GH") String id,
        @Schema(description = "所在党组织 / Organization id") String organizationId,
        @Schema(description = "所在党组织名称；仅在读取单个党员（含 /members/me）时给出 / The organization's name; only when one member is read (and /members/me)",
                examples = "市财政局机关第一党支部") String organizationName,
        @Schema(description = "姓名 / Name", examples = "李晓梅") String name,
        @Schema(description = "性别 / Gender") Gender gender,
        @Schema(description = "出生日期 / Birth date", examples = "1988-05-12") LocalDate birthDate,
        @Schema(description = "民族 / Ethnicity", examples = "汉族") String ethnicity,
        @Schema(description = "学历 / Education") Education education,
        @Schema(description = "党员状态：FULL 正式党员，PROBATIONARY 预备党员 / Status") MemberStatus status,
        @Schema(description = "入党日期（支部大会通过之日） / Admitted on (the 支部大会 vote)", examples = "2024-06-28") LocalDate joinedOn,
        @Schema(description = "预备期满日期（预备党员） / Probation end (probationary members)", examples = "2025-06-28") LocalDate probationEnd,
        @Schema(description = "预备期是否已延长 / Whether probation was extended") boolean probationExtended,
        @Schema(description = "党内职务 / Posts") Set<Post> posts,
        @Schema(description = "手机号码（可能脱敏） / Phone, possibly masked", examples = "138****5678") String phone,
        @Schema(description = "身份证号码（可能脱敏） / ID-card number, possibly masked", examples = "370202********1234") String idCardNumber,
        @Schema(description = "个人信息是否已脱敏 / Whether personal data is masked") boolean personalDataMasked,
        @Schema(description = "版本，与 ETag 相同 / Version, as in the ETag", examples = "0") long version,
        @Schema(description = "创建时间 / Created at") Instant createdAt,
        @Schema(description = "更新时间 / Updated at") Instant updatedAt) {

    /** Shows the personal data in full or masked, as the service decided for this caller. */
    public static MemberView of(MemberWithPersonalData shown) {
        return of(shown, null);
    }

    /** The member's profile: the same, with its organization's name. */
    public static MemberView of(MemberWithPersonalData shown, String organizationName) {
        Member m = shown.member();
        boolean full = shown.readableInFull();
        return new MemberView(m.id, m.organizationId, organizationName, m.name, m.gender, m.birthDate, m.ethnicity, m.education,
                m.status, m.joinedOn, m.probationEnd, m.probationExtended, Set.copyOf(m.posts),
                full ? shown.phone() : Masking.phone(shown.phone()),
                full ? shown.idCardNumber() : Masking.idCard(shown.idCardNumber()),
                shown.masked(), m.version, m.createdAt, m.updatedAt);
    }
}
