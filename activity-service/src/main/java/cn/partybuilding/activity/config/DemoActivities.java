package cn.partybuilding.activity.config;

import cn.partybuilding.activity.client.BranchServiceClient;
import cn.partybuilding.activity.domain.ActivityStatus;
import cn.partybuilding.activity.domain.ActivityType;
import cn.partybuilding.activity.domain.AttendanceStatus;
import cn.partybuilding.common.id.Ulid;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The local run's demo: a year of 三会一课 for the demo branches of branch-service (青岛市委市直机关工委),
 * mostly on schedule, some branches lagging, one 支部党员大会 without a quorum, and an upcoming
 * 主题党日 per branch to try QR check-in with. Loaded once, into an empty activity schema.
 */
@ApplicationScoped
public class DemoActivities {

    private static final Logger LOG = Logger.getLogger(DemoActivities.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String DEMO_ROOT_CODE = "QD-SZJGGW";

    @Inject
    @RestClient
    BranchServiceClient branchService;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "party.seed.scale")
    String scale;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    private record Planned(String id, String organizationId, String path, ActivityType type, String title,
                           ZonedDateTime start, ActivityStatus status) {
    }

    void onStart(@Observes StartupEvent event) {
        if (!"demo".equalsIgnoreCase(scale)) {
            return;
        }
        try {
            if (!isEmpty()) {
                LOG.info("Demo activities not loaded: the database already holds activities");
                return;
            }
            String token = "Bearer " + Jwt.issuer(issuer).subject("demo-loader").groups(Set.of("SYSTEM_ADMIN"))
                    .expiresIn(Duration.ofMinutes(5)).sign();
            BranchServiceClient.OrganizationRef root = branchService.organizations(null, "WORKING_COMMITTEE", 200, null, token)
                    .items().stream().filter(o -> DEMO_ROOT_CODE.equals(o.code())).findFirst().orElse(null);
            if (root == null) {
                LOG.warn("Demo activities not loaded: branch-service has no demo organizations");
                return;
            }
            int count = load(root, token);
            LOG.infof("Loaded %d demo activities", count);
        } catch (RuntimeException | SQLException e) {
            LOG.warnf("Demo activities not loaded: %s", e.getMessage());
        }
    }

    private int load(BranchServiceClient.OrganizationRef root, String token) throws SQLException {
        Random random = new Random(2022);
        List<BranchServiceClient.OrganizationRef> branches = branchService.organizations(root.id(), "BRANCH", 200, null, token).items();
        LocalDate today = LocalDate.now(CHINA);
        int activities = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int b = 0; b < branches.size(); b++) {
                BranchServiceClient.OrganizationRef branch = branches.get(b);
                List<BranchServiceClient.MemberRef> members = branchService.members(branch.id(), 200, null, token).items();
                boolean lagging = b % 4 == 3;
                List<Planned> plan = new ArrayList<>();
                for (int monthsAgo = 12; monthsAgo >= 1; monthsAgo--) {
                    LocalDate month = today.minusMonths(monthsAgo).withDayOfMonth(1);
                    if (!lagging || monthsAgo % 3 != 0) {
                        plan.add(planned(branch, ActivityType.THEME_PARTY_DAY, month.getMonthValue() + "月主题党日：重温入党誓词", month.plusDays(9), 14));
                        plan.add(planned(branch, ActivityType.COMMITTEE_MEETING, month.getMonthValue() + "月支委会", month.plusDays(4), 9));
                    }
                    if (month.getMonthValue() % 3 == 0) {
                        plan.add(planned(branch, ActivityType.GENERAL_MEETING, "第" + (month.getMonthValue() / 3) + "季度支部党员大会", month.plusDays(19), 15));
                        plan.add(planned(branch, ActivityType.PARTY_LECTURE, "书记讲党课：以高质量机关党建推动高质量发展", month.plusDays(24), 15));
                    }
                    if (month.getMonthValue() == 1) {
                        plan.add(planned(branch, ActivityType.ORGANIZATIONAL_LIFE_MEETING, "年度组织生活会", month.plusDays(15), 9));
                        plan.add(planned(branch, ActivityType.DEMOCRATIC_REVIEW, "民主评议党员", month.plusDays(16), 9));
                    }
                }
                plan.add(new Planned(Ulid.next(), branch.id(), branch.path(), ActivityType.THEME_PARTY_DAY,
                        "主题党日：走进社区开展“双报到”志愿服务", today.plusDays(7).atTime(14, 30).atZone(CHINA), ActivityStatus.PLANNED));
                for (Planned activity : plan) {
                    // the first branch's latest 支部党员大会 is thinly attended: no quorum
                    boolean thin = b == 0 && activity.type() == ActivityType.GENERAL_MEETING && activity.start().isAfter(today.minusMonths(3).atStartOfDay(CHINA));
                    insert(c, activity, members, random, thin);
                    activities++;
                }
                c.commit();
            }
        }
        return activities;
    }

    private static Planned planned(BranchServiceClient.OrganizationRef branch, ActivityType type, String title, LocalDate day, int hour) {
        return new Planned(Ulid.next(), branch.id(), branch.path(), type, title, day.atTime(hour, 0).atZone(CHINA), ActivityStatus.COMPLETED);
    }

    private void insert(Connection c, Planned activity, List<BranchServiceClient.MemberRef> members, Random random, boolean thin)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        List<AttendanceStatus> statuses = new ArrayList<>();
        int attended = 0;
        int voting = 0;
        int votingAttended = 0;
        for (BranchServiceClient.MemberRef member : members) {
            AttendanceStatus status = activity.status() != ActivityStatus.COMPLETED ? null : status(random, thin);
            statuses.add(status);
            boolean present = status != null && status.attended();
            boolean votes = "FULL".equals(member.status());
            attended += present ? 1 : 0;
            voting += votes ? 1 : 0;
            votingAttended += present && votes ? 1 : 0;
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO activity (id, organization_id, organization_path, type, title, place, start_at, end_at, status,
                                      minutes, created_by, version, created_at, updated_at,
                                      expected_count, attended_count, voting_count, voting_attended_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo-loader', 0, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, activity.id());
            insert.setString(2, activity.organizationId());
            insert.setString(3, activity.path());
            insert.setString(4, activity.type().name());
            insert.setString(5, activity.title());
            insert.setString(6, "党员活动室");
            insert.setTimestamp(7, Timestamp.from(activity.start().toInstant()));
            insert.setTimestamp(8, Timestamp.from(activity.start().plusHours(2).toInstant()));
            insert.setString(9, activity.status().name());
            insert.setString(10, activity.status() == ActivityStatus.COMPLETED ? "会议按议程进行，形成决议。" : null);
            insert.setTimestamp(11, now);
            insert.setTimestamp(12, now);
            insert.setInt(13, members.size());
            insert.setInt(14, attended);
            insert.setInt(15, voting);
            insert.setInt(16, votingAttended);
            insert.executeUpdate();
        }
        try (PreparedStatement attendance = c.prepareStatement("""
                INSERT INTO attendance (activity_id, member_id, member_name, full_member, status, recorded_by, updated_at)
                VALUES (?, ?, ?, ?, ?, 'demo-loader', ?)""")) {
            for (int i = 0; i < members.size(); i++) {
                BranchServiceClient.MemberRef member = members.get(i);
                AttendanceStatus status = statuses.get(i);
                attendance.setString(1, activity.id());
                attendance.setString(2, member.id());
                attendance.setString(3, member.name());
                attendance.setBoolean(4, "FULL".equals(member.status()));
                attendance.setString(5, status == null ? null : status.name());
                attendance.setTimestamp(6, now);
                attendance.addBatch();
            }
            attendance.executeBatch();
        }
    }

    private static AttendanceStatus status(Random random, boolean thin) {
        int roll = random.nextInt(100);
        if (thin) {
            return roll < 30 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT;
        }
        return roll < 85 ? AttendanceStatus.PRESENT : roll < 90 ? AttendanceStatus.LATE : roll < 96 ? AttendanceStatus.ON_LEAVE : AttendanceStatus.ABSENT;
    }

    private boolean isEmpty() throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM activity")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }
}
