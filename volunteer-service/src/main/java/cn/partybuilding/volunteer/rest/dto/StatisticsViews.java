package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.repository.StatisticsRepository;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answers of the statistics operations. */
public final class StatisticsViews {

    private StatisticsViews() {
    }

    @Schema(name = "VolunteerTotals", description = "已确认的志愿服务合计 / Confirmed volunteer service in a period")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Totals(
            @Schema(description = "起始日期 / First day", examples = "2026-01-01") LocalDate from,
            @Schema(description = "截止日期（含） / Last day (inclusive)", examples = "2026-12-31") LocalDate to,
            @Schema(description = "组织（含下级） / Organization subtree") String organizationId,
            @Schema(description = "社区 / Community") String communityId,
            @Schema(description = "党员 / Member") String memberId,
            @Schema(description = "服务时长（小时） / Hours", examples = "12840.5") BigDecimal hours,
            @Schema(description = "服务人次 / Person-times (confirmed records)", examples = "5126") long personTimes,
            @Schema(description = "服务社区数 / Communities served", examples = "445") long communities) {

        public static Totals of(StatisticsRepository.Criteria c, String organizationId, StatisticsRepository.Totals t) {
            return new Totals(c.from(), c.to(), organizationId, c.communityId(), c.memberId(), t.hours(), t.personTimes(),
                    t.communities());
        }
    }

    @Schema(name = "VolunteerRankingEntry", description = "排行榜一行 / One ranked member, organization or community")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RankingEntry(
            @Schema(description = "名次 / Rank", examples = "1") int rank,
            @Schema(description = "党员、组织或社区编号 / Id") String id,
            @Schema(description = "名称 / Name", examples = "李明") String name,
            @Schema(description = "服务时长 / Hours", examples = "86.5") BigDecimal hours,
            @Schema(description = "服务人次 / Person-times", examples = "31") long personTimes,
            @Schema(description = "服务社区数 / Communities served", examples = "2") long communities) {
    }

    @Schema(name = "VolunteerRanking", description = "按服务时长排行 / Ranked by confirmed hours")
    public record Ranking(
            @Schema(description = "排行对象 / Ranked by") StatisticsRepository.RankBy by,
            @Schema(description = "起始日期 / First day") LocalDate from,
            @Schema(description = "截止日期（含） / Last day") LocalDate to,
            @Schema(description = "排行 / Entries") List<RankingEntry> items) {
    }

    @Schema(name = "MyVolunteerTotals", description = "我的志愿服务（移动端） / My volunteer service, for the mobile app")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Mine(
            @Schema(description = "党员 / Member") String memberId,
            @Schema(description = "起始日期 / First day") LocalDate from,
            @Schema(description = "截止日期（含） / Last day") LocalDate to,
            @Schema(description = "已确认时长 / Confirmed hours", examples = "36.5") BigDecimal hours,
            @Schema(description = "已确认人次 / Confirmed person-times", examples = "14") long personTimes,
            @Schema(description = "服务社区数 / Communities served", examples = "2") long communities,
            @Schema(description = "待社区确认时长 / Hours awaiting confirmation", examples = "3.0") BigDecimal pendingHours,
            @Schema(description = "当前报到的社区 / The community reported to now") String reportedCommunityId) {
    }
}
