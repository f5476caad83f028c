package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.RankBy;
import cn.partybuilding.volunteer.domain.RankedTotals;
import cn.partybuilding.volunteer.domain.StatisticsFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VolunteerRanking", description = "按服务时长排行 / Ranked by confirmed hours")
public record VolunteerRankingView(
        @Schema(description = "排行对象 / Ranked by") RankBy by,
        @Schema(description = "起始日期 / First day") LocalDate from,
        @Schema(description = "截止日期（含） / Last day") LocalDate to,
        @Schema(description = "排行 / Entries") List<VolunteerRankingEntryView> items) {

    /** The ranking of {@code rows}, best first: the first is rank 1. */
    public static VolunteerRankingView of(RankBy by, StatisticsFilter filter, List<RankedTotals> rows) {
        return new VolunteerRankingView(by, filter.from(), filter.to(),
                IntStream.range(0, rows.size()).mapToObj(i -> VolunteerRankingEntryView.of(i + 1, rows.get(i))).toList());
    }
}
