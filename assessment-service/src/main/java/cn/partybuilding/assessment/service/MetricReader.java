package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.client.ActivityServiceClient;
import cn.partybuilding.assessment.client.BranchFiguresClient;
import cn.partybuilding.assessment.client.MetricSources;
import cn.partybuilding.assessment.client.VolunteerServiceClient;
import cn.partybuilding.assessment.domain.IndicatorSource;
import cn.partybuilding.assessment.domain.MetricFigure;
import cn.partybuilding.assessment.domain.Scoring;
import cn.partybuilding.common.persistence.StoredTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the figures of automatic indicators for one organization and year from the services that
 * hold them, all before anything is written: one service down fails the whole read. Each service
 * is asked once, however many indicators use its figure.
 */
@ApplicationScoped
public class MetricReader {

    private final MetricSources sources;

    public MetricReader(MetricSources sources) {
        this.sources = sources;
    }

    /** The figures of {@code needed} for the organization's subtree in {@code year}, up to {@code asOf} where a period applies. */
    public Map<IndicatorSource, MetricFigure> read(Set<IndicatorSource> needed, String organizationId, int year, LocalDate asOf,
                                                   String authorization) {
        Map<IndicatorSource, MetricFigure> figures = new EnumMap<>(IndicatorSource.class);
        ActivityServiceClient.ComplianceReport compliance = null;
        if (needed.contains(IndicatorSource.COMPLIANCE_RATE) || needed.contains(IndicatorSource.ATTENDANCE_RATE)) {
            compliance = sources.complianceReport(organizationId, year, authorization);
        }
        Integer members = null;
        if (needed.contains(IndicatorSource.VOLUNTEER_HOURS_PER_MEMBER) || needed.contains(IndicatorSource.REPORTING_COVERAGE)) {
            members = sources.memberCount(organizationId, authorization);
        }
        if (needed.contains(IndicatorSource.COMPLIANCE_RATE)) {
            int branches = orZero(compliance.branches());
            int compliant = orZero(compliance.compliantBranches());
            figures.put(IndicatorSource.COMPLIANCE_RATE, figure(IndicatorSource.COMPLIANCE_RATE,
                    Scoring.percent(BigDecimal.valueOf(compliant), BigDecimal.valueOf(branches)), compliant, branches,
                    "activity-service", "三会一课达标 " + compliant + "/" + branches + " 个党支部"));
        }
        if (needed.contains(IndicatorSource.ATTENDANCE_RATE)) {
            var rates = compliance.items() == null ? java.util.List.<Double>of()
                    : compliance.items().stream().map(ActivityServiceClient.ComplianceBranch::attendanceRate).filter(Objects::nonNull).toList();
            BigDecimal sum = rates.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal value = rates.isEmpty() ? BigDecimal.ZERO.setScale(2)
                    : sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(rates.size()), 2, RoundingMode.HALF_UP);
            figures.put(IndicatorSource.ATTENDANCE_RATE, new MetricFigure(IndicatorSource.ATTENDANCE_RATE, value,
                    sum.setScale(2, RoundingMode.HALF_UP), BigDecimal.valueOf(rates.size()).setScale(2), "activity-service",
                    "党支部平均出勤率 " + value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%（" + rates.size() + " 个党支部）",
                    StoredTime.now()));
        }
        if (needed.contains(IndicatorSource.VOLUNTEER_HOURS_PER_MEMBER)) {
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = asOf.isBefore(LocalDate.of(year, 12, 31)) ? asOf : LocalDate.of(year, 12, 31);
            VolunteerServiceClient.VolunteerTotals totals = sources.volunteerTotals(organizationId, from.toString(), to.toString(), authorization);
            BigDecimal hours = totals.hours() == null ? BigDecimal.ZERO : totals.hours();
            BigDecimal value = members == 0 ? BigDecimal.ZERO.setScale(2)
                    : hours.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
            figures.put(IndicatorSource.VOLUNTEER_HOURS_PER_MEMBER, new MetricFigure(IndicatorSource.VOLUNTEER_HOURS_PER_MEMBER,
                    value, hours.setScale(2, RoundingMode.HALF_UP), BigDecimal.valueOf(members).setScale(2), "volunteer-service",
                    "志愿服务 " + hours.stripTrailingZeros().toPlainString() + " 小时 / " + members + " 名党员（" + from + " 至 " + to + "）",
                    StoredTime.now()));
        }
        if (needed.contains(IndicatorSource.REPORTING_COVERAGE)) {
            Set<String> reported = sources.activeMemberReports(organizationId, authorization).stream()
                    .map(VolunteerServiceClient.CommunityReport::memberId).filter(Objects::nonNull).collect(Collectors.toSet());
            int covered = Math.min(reported.size(), members);
            figures.put(IndicatorSource.REPORTING_COVERAGE, figure(IndicatorSource.REPORTING_COVERAGE,
                    Scoring.percent(BigDecimal.valueOf(covered), BigDecimal.valueOf(members)), covered, members,
                    "volunteer-service", "党员到社区报到 " + covered + "/" + members + " 人"));
        }
        if (needed.contains(IndicatorSource.STRUCTURE_PASS_RATE)) {
            BranchFiguresClient.StructureCheck check = sources.structureCheck(organizationId, authorization);
            long checked = check.branchesChecked() == null ? 0 : check.branchesChecked();
            long flagged = check.findings() == null ? 0 : check.findings().stream()
                    .map(BranchFiguresClient.StructureFinding::organizationId).distinct().count();
            long passed = Math.max(0, checked - flagged);
            figures.put(IndicatorSource.STRUCTURE_PASS_RATE, figure(IndicatorSource.STRUCTURE_PASS_RATE,
                    Scoring.percent(BigDecimal.valueOf(passed), BigDecimal.valueOf(checked)), passed, checked,
                    "branch-service", "组织设置合规 " + passed + "/" + checked + " 个党支部"));
        }
        if (needed.contains(IndicatorSource.STAR_LEVEL)) {
            int stars = sources.finalStarRatings(organizationId, year, authorization).stream()
                    .filter(r -> organizationId.equals(r.organizationId()) && Integer.valueOf(year).equals(r.year()))
                    .mapToInt(r -> stars(r.level())).max().orElse(0);
            figures.put(IndicatorSource.STAR_LEVEL, figure(IndicatorSource.STAR_LEVEL, BigDecimal.valueOf(stars).setScale(2), stars, 5,
                    "branch-service", stars == 0 ? year + " 年度无已确定的星级评定" : year + " 年度星级党支部 " + stars + "/5 星"));
        }
        return figures;
    }

    private MetricFigure figure(IndicatorSource source, BigDecimal value, long numerator, long denominator, String service, String text) {
        return new MetricFigure(source, value, BigDecimal.valueOf(numerator).setScale(2), BigDecimal.valueOf(denominator).setScale(2), service, text,
                StoredTime.now());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** THREE, FOUR, FIVE as stars; anything else as none. */
    static int stars(String level) {
        if (level == null) {
            return 0;
        }
        return switch (level) {
            case "THREE" -> 3;
            case "FOUR" -> 4;
            case "FIVE" -> 5;
            default -> 0;
        };
    }
}
