package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.MemberVolunteerTotals;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MyVolunteerTotals", description = "我的志愿服务（移动端） / My volunteer service, for the mobile app")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MyVolunteerTotalsView(
        @Schema(description = "党员 / Member") String memberId,
        @Schema(description = "起始日期 / First day") LocalDate from,
        @Schema(description = "截止日期（含） / Last day") LocalDate to,
        @Schema(description = "已确认时长 / Confirmed hours", examples = "36.5") BigDecimal hours,
        @Schema(description = "已确认人次 / Confirmed person-times", examples = "14") long personTimes,
        @Schema(description = "服务社区数 / Communities served", examples = "2") long communities,
        @Schema(description = "待社区确认时长 / Hours awaiting confirmation", examples = "3.0") BigDecimal pendingHours,
        @Schema(description = "当前报到的社区 / The community reported to now") String reportedCommunityId) {

    public static MyVolunteerTotalsView of(MemberVolunteerTotals mine) {
        return new MyVolunteerTotalsView(mine.memberId(), mine.period().from(), mine.period().to(), mine.confirmed().hours(),
                mine.confirmed().personTimes(), mine.confirmed().communities(), mine.pendingHours(), mine.reportedCommunityId());
    }
}
