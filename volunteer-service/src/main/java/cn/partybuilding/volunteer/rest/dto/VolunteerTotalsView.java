package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.StatisticsFilter;
import cn.partybuilding.volunteer.domain.VolunteerTotals;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VolunteerTotals", description = "已确认的志愿服务合计 / Confirmed volunteer service in a period")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VolunteerTotalsView(
        @Schema(description = "起始日期 / First day", examples = "2026-01-01") LocalDate from,
        @Schema(description = "截止日期（含） / Last day (inclusive)", examples = "2026-12-31") LocalDate to,
        @Schema(description = "组织（含下级） / Organization subtree") String organizationId,
        @Schema(description = "社区 / Community") String communityId,
        @Schema(description = "党员 / Member") String memberId,
        @Schema(description = "服务时长（小时） / Hours", examples = "12840.5") BigDecimal hours,
        @Schema(description = "服务人次 / Person-times (confirmed records)", examples = "5126") long personTimes,
        @Schema(description = "服务社区数 / Communities served", examples = "445") long communities) {

    /** The totals counted by {@code filter}, for the subtree of {@code organizationId} as the request named it. */
    public static VolunteerTotalsView of(StatisticsFilter filter, String organizationId, VolunteerTotals totals) {
        return new VolunteerTotalsView(filter.from(), filter.to(), organizationId, filter.communityId(), filter.memberId(),
                totals.hours(), totals.personTimes(), totals.communities());
    }
}
