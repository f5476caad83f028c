package cn.partybuilding.activity.config;

import cn.partybuilding.activity.domain.ActivityStatus;
import cn.partybuilding.activity.domain.ActivityType;
import cn.partybuilding.activity.domain.AttendanceStatus;
import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.branchclient.SeedSource;
import cn.partybuilding.common.id.Ulid;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Data for the local run and benchmarks. {@code demo}: a year of 三会一课 for the demo branches of
 * branch-service (青岛市委市直机关工委), mostly on schedule, some branches lagging, one 支部党员大会
 * without a quorum, and an upcoming 主题党日 per branch to try QR check-in with; loaded once, into an
 * empty schema. {@code province}: a year of activities (about 40 per branch, 10 attendees each) for
 * every branch of the newest generated province in branch-service ({@code ./suite generate province}),
 * about 200,000 activities and 2,000,000 attendance rows, in batches; attendees are invented ids.
 */
@ApplicationScoped
public class SeedActivities {

    private static final Logger LOG = Logger.getLogger(SeedActivities.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "party.seed.scale")
    String scale;

    @Inject
    SeedSource seedSource;

    private record Planned(String id, String organizationId, String path, ActivityType type, String title,
                           ZonedDateTime start, ActivityStatus status) {
    }

    @ConfigProperty(name = "party.seed.exit", defaultValue = "false")
    boolean exitAfterwards;

    void onStart(@Observes StartupEvent event) {
        if ("province".equalsIgnoreCase(scale)) {
            generateProvince();
            if (exitAfterwards) {
                io.quarkus.runtime.Quarkus.asyncExit(0);
            }
            return;
        }
        if (!"demo".equalsIgnoreCase(scale)) {
            return;
        }
        try {
            if (!isEmpty()) {
                LOG.info("Demo activities not loaded: the database already holds activities");
                return;
            }
            String token = seedSource.systemToken();
            BranchServiceClient.OrganizationRef root = seedSource.demoRoot(token).orElse(null);
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
        List<BranchServiceClient.OrganizationRef> branches = seedSource.branches(root, token);
        LocalDate today = LocalDate.now(CHINA);
        int activities = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int b = 0; b < branches.size(); b++) {
                BranchServiceClient.OrganizationRef branch = branches.get(b);
                List<BranchServiceClient.MemberRef> members = seedSource.members(branch, token);
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

    private void generateProvince() {
        long started = System.nanoTime();
        String token = seedSource.systemToken();
        BranchServiceClient.OrganizationRef root = seedSource.newestGeneratedProvince(token).orElse(null);
        if (root == null) {
            LOG.warn("No generated province in branch-service: run ./suite generate province first");
            return;
        }
        List<BranchServiceClient.OrganizationRef> branches = seedSource.branches(root, token);
        Random random = new Random();
        int year = LocalDate.now(CHINA).getYear() - 1;
        long activities = 0;
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement activity = c.prepareStatement("""
                    INSERT INTO activity (id, organization_id, organization_path, type, title, start_at, end_at, status,
                                          created_by, version, created_at, updated_at,
                                          expected_count, attended_count, voting_count, voting_attended_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'COMPLETED', 'seed-loader', 0, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement attendance = c.prepareStatement("""
                         INSERT INTO attendance (activity_id, member_id, member_name, full_member, status, recorded_by, updated_at)
                         VALUES (?, ?, ?, ?, ?, 'seed-loader', ?)""")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (BranchServiceClient.OrganizationRef branch : branches) {
                    List<String> attendees = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        attendees.add(Ulid.next());
                    }
                    for (int month = 1; month <= 12; month++) {
                        for (ActivityType type : List.of(ActivityType.THEME_PARTY_DAY, ActivityType.COMMITTEE_MEETING, ActivityType.GROUP_MEETING)) {
                            if (random.nextInt(10) == 0) {
                                continue; // about one in ten skipped: some branches fall behind
                            }
                            rows += insertGenerated(activity, attendance, branch, type, year, month, attendees, random, now);
                            activities++;
                        }
                        if (month % 3 == 0) {
                            rows += insertGenerated(activity, attendance, branch, ActivityType.GENERAL_MEETING, year, month, attendees, random, now);
                            rows += insertGenerated(activity, attendance, branch, ActivityType.PARTY_LECTURE, year, month, attendees, random, now);
                            activities += 2;
                        }
                    }
                    activity.executeBatch();
                    attendance.executeBatch();
                    c.commit();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Generating province activities failed", e);
        }
        LOG.infof("Generated %d activities and %d attendance rows for %d branches in %d ms", activities, rows,
                branches.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private static int insertGenerated(PreparedStatement activity, PreparedStatement attendance,
                                       BranchServiceClient.OrganizationRef branch, ActivityType type, int year, int month,
                                       List<String> attendees, Random random, Timestamp now) throws SQLException {
        String id = Ulid.next();
        ZonedDateTime start = LocalDate.of(year, month, 1 + random.nextInt(27)).atTime(9 + random.nextInt(6), 0).atZone(CHINA);
        int attended = 0;
        int voting = 0;
        int votingAttended = 0;
        for (int i = 0; i < attendees.size(); i++) {
            AttendanceStatus status = status(random, false);
            boolean votes = i < 8; // two of ten on probation
            attended += status.attended() ? 1 : 0;
            voting += votes ? 1 : 0;
            votingAttended += votes && status.attended() ? 1 : 0;
            attendance.setString(1, id);
            attendance.setString(2, attendees.get(i));
            attendance.setString(3, "党员" + i);
            attendance.setBoolean(4, votes);
            attendance.setString(5, status.name());
            attendance.setTimestamp(6, now);
            attendance.addBatch();
        }
        activity.setString(1, id);
        activity.setString(2, branch.id());
        activity.setString(3, branch.path());
        activity.setString(4, type.name());
        activity.setString(5, type.name());
        activity.setTimestamp(6, Timestamp.from(start.toInstant()));
        activity.setTimestamp(7, Timestamp.from(start.plusHours(2).toInstant()));
        activity.setTimestamp(8, now);
        activity.setTimestamp(9, now);
        activity.setInt(10, attendees.size());
        activity.setInt(11, attended);
        activity.setInt(12, voting);
        activity.setInt(13, votingAttended);
        activity.addBatch();
        return attendees.size();
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
