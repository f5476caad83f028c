package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.RankedTotals;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VolunteerRankingEntry", description = "排行榜一行 / One ranked member, organization or community")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VolunteerRankingEntryView(
        @Schema(description = "名次 / Rank", examples = "1") int rank,
        @Schema(description = "党员、组织或社区编号 / Id") String id,
        @Schema(description = "名称 / Name", examples = "李明") String name,
        @Schema(description = "服务时长 / Hours", examples = "86.5") BigDecimal hours,
        @Schema(description = "服务人次 / Person-times", examples = "31") long personTimes,
        @Schema(description = "服务社区数 / Communities served", examples = "2") long communities) {

    public static VolunteerRankingEntryView of(int rank, RankedTotals row) {
        return new VolunteerRankingEntryView(rank, row.id(), row.name(), row.hours(), row.personTimes(), row.communities());
    }
}
