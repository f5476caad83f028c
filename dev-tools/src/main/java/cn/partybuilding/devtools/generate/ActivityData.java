package cn.partybuilding.devtools.generate;

import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.openapi.ExampleIds;
import cn.partybuilding.common.time.ChinaTime;
import cn.partybuilding.devtools.generate.OrganizationTree.Member;
import cn.partybuilding.devtools.generate.OrganizationTree.Organization;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * party_activity. {@code demo}: a year of 三会一课 for the demo branches (青岛市委市直机关工委), mostly
 * on schedule, some branches lagging, one 支部党员大会 without a quorum, and an upcoming 主题党日 per
 * branch to try QR check-in with. {@code year}: a year of activities (about 40 per branch, 10
 * attendees each) for every branch of a generated tree: at province scale about 200,000 activities
 * and 2,000,000 attendance rows, in batches. The attendees are the branch's own members, ten at a
 * time in turn, so a member's "my activities" lists about twenty of them, as on a real phone.
 */
final class ActivityData {

    private static final String COMPLETED = "COMPLETED";
    private static final String PLANNED = "PLANNED";
    private static final String THEME_PARTY_DAY = "THEME_PARTY_DAY";
    private static final String COMMITTEE_MEETING = "COMMITTEE_MEETING";
    private static final String GROUP_MEETING = "GROUP_MEETING";
    private static final String GENERAL_MEETING = "GENERAL_MEETING";
    private static final String PARTY_LECTURE = "PARTY_LECTURE";
    private static final String ATTENDANCE = """
            INSERT INTO attendance (activity_id, member_id, member_name, full_member, status, recorded_by, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private record Planned(String id, Organization branch, String type, String title, ZonedDateTime start, String status) {
    }

    private ActivityData() {
    }

    /** The demo activities of every branch under {@code root}, one transaction per branch; returns their number. */
    static int demo(Connection c, OrganizationTree tree, Organization root) throws SQLException {
        Random random = new Random(2022);
        List<Organization> branches = tree.branches(root);
        LocalDate today = ChinaTime.today();
        int activities = 0;
        for (int b = 0; b < branches.size(); b++) {
            Organization branch = branches.get(b);
            List<Member> members = tree.members(branch);
            boolean lagging = b % 4 == 3;
            List<Planned> plan = new ArrayList<>();
            for (int monthsAgo = 12; monthsAgo >= 1; monthsAgo--) {
                LocalDate month = today.minusMonths(monthsAgo).withDayOfMonth(1);
                if (!lagging || monthsAgo % 3 != 0) {
                    plan.add(planned(branch, THEME_PARTY_DAY, month.getMonthValue() + "月主题党日：重温入党誓词", month.plusDays(9), 14));
                    plan.add(planned(branch, COMMITTEE_MEETING, month.getMonthValue() + "月支委会", month.plusDays(4), 9));
                }
                if (month.getMonthValue() % 3 == 0) {
                    plan.add(planned(branch, GENERAL_MEETING, "第" + (month.getMonthValue() / 3) + "季度支部党员大会", month.plusDays(19), 15));
                    plan.add(planned(branch, PARTY_LECTURE, "书记讲党课：以高质量机关党建推动高质量发展", month.plusDays(24), 15));
                }
                if (month.getMonthValue() == 1) {
                    plan.add(planned(branch, "ORGANIZATIONAL_LIFE_MEETING", "年度组织生活会", month.plusDays(15), 9));
                    plan.add(planned(branch, "DEMOCRATIC_REVIEW", "民主评议党员", month.plusDays(16), 9));
                }
            }
            // the first branch's (the contract's example branch) is the contract's example activity
            plan.add(new Planned(b == 0 ? ExampleIds.ACTIVITY : Ulid.next(), branch, THEME_PARTY_DAY, "主题党日：走进社区开展“双报到”志愿服务",
                    today.plusDays(7).atTime(14, 30).atZone(ChinaTime.ZONE), PLANNED));
            for (Planned activity : plan) {
                // the first branch's latest 支部党员大会 is thinly attended: no quorum
                boolean thin = b == 0 && activity.type().equals(GENERAL_MEETING) && activity.start().isAfter(today.minusMonths(3).atStartOfDay(ChinaTime.ZONE));
                insertDemo(c, activity, members, random, thin);
                activities++;
            }
            c.commit();
        }
        return activities;
    }

    /** What {@link #year} wrote. */
    record YearResult(long activities, long attendance, int branches) {

        String summary() {
            return String.format("%,d activities and %,d attendance rows for %,d branches", activities, attendance, branches);
        }
    }

    /**
     * Last year's activities for every branch of {@code branches}, one transaction per branch;
     * {@code members} are each branch's, by branch id.
     */
    static YearResult year(Connection c, List<Organization> branches, Map<String, List<Member>> members) throws SQLException {
        Random random = new Random();
        int year = ChinaTime.today().getYear() - 1;
        long activities = 0;
        long rows = 0;
        try (PreparedStatement activity = c.prepareStatement("""
                INSERT INTO activity (id, organization_id, organization_path, type, title, start_at, end_at, status,
                                      created_by, version, created_at, updated_at,
                                      expected_count, attended_count, voting_count, voting_attended_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'COMPLETED', 'seed-loader', 0, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement attendance = c.prepareStatement(ATTENDANCE)) {
            Timestamp now = Timestamp.from(Instant.now());
            for (Organization branch : branches) {
                Attendees attendees = new Attendees(members.getOrDefault(branch.id(), List.of()));
                for (int month = 1; month <= 12; month++) {
                    for (String type : List.of(THEME_PARTY_DAY, COMMITTEE_MEETING, GROUP_MEETING)) {
                        if (random.nextInt(10) == 0) {
                            continue; // about one in ten skipped: some branches fall behind
                        }
                        rows += addGenerated(activity, attendance, branch, type, year, month, attendees, random, now);
                        activities++;
                    }
                    if (month % 3 == 0) {
                        rows += addGenerated(activity, attendance, branch, GENERAL_MEETING, year, month, attendees, random, now);
                        rows += addGenerated(activity, attendance, branch, PARTY_LECTURE, year, month, attendees, random, now);
                        activities += 2;
                    }
                }
                activity.executeBatch();
                attendance.executeBatch();
                c.commit();
            }
        }
        return new YearResult(activities, rows, branches.size());
    }

    private static int addGenerated(PreparedStatement activity, PreparedStatement attendance, Organization branch, String type,
                                    int year, int month, Attendees branchMembers, Random random, Timestamp now) throws SQLException {
        String id = Ulid.next();
        List<Member> attendees = branchMembers.next();
        ZonedDateTime start = LocalDate.of(year, month, 1 + random.nextInt(27)).atTime(9 + random.nextInt(6), 0).atZone(ChinaTime.ZONE);
        int attended = 0;
        int voting = 0;
        int votingAttended = 0;
        for (int i = 0; i < attendees.size(); i++) {
            String status = status(random, false);
            boolean present = attended(status);
            Member member = attendees.get(i);
            attended += present ? 1 : 0;
            voting += member.full() ? 1 : 0;
            votingAttended += member.full() && present ? 1 : 0;
            addAttendance(attendance, id, member.id(), member.name(), member.full(), status, "seed-loader", now);
        }
        activity.setString(1, id);
        activity.setString(2, branch.id());
        activity.setString(3, branch.path());
        activity.setString(4, type);
        activity.setString(5, type);
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

    /** A branch's members, ten for each activity in turn, so that each takes part in about as many. */
    private static final class Attendees {

        private static final int PER_ACTIVITY = 10;
        private final List<Member> members;
        private int next;

        Attendees(List<Member> members) {
            this.members = members;
        }

        List<Member> next() {
            List<Member> attendees = new ArrayList<>();
            for (int i = 0; i < Math.min(PER_ACTIVITY, members.size()); i++) {
                attendees.add(members.get(next));
                next = (next + 1) % members.size();
            }
            return attendees;
        }
    }

    private static Planned planned(Organization branch, String type, String title, LocalDate day, int hour) {
        return new Planned(Ulid.next(), branch, type, title, day.atTime(hour, 0).atZone(ChinaTime.ZONE), COMPLETED);
    }

    private static void insertDemo(Connection c, Planned activity, List<Member> members, Random random, boolean thin) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        boolean completed = activity.status().equals(COMPLETED);
        List<String> statuses = new ArrayList<>();
        int attended = 0;
        int voting = 0;
        int votingAttended = 0;
        for (Member member : members) {
            String status = completed ? status(random, thin) : null;
            statuses.add(status);
            boolean present = status != null && attended(status);
            attended += present ? 1 : 0;
            voting += member.full() ? 1 : 0;
            votingAttended += present && member.full() ? 1 : 0;
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO activity (id, organization_id, organization_path, type, title, place, start_at, end_at, status,
                                      minutes, created_by, version, created_at, updated_at,
                                      expected_count, attended_count, voting_count, voting_attended_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo-loader', 0, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, activity.id());
            insert.setString(2, activity.branch().id());
            insert.setString(3, activity.branch().path());
            insert.setString(4, activity.type());
            insert.setString(5, activity.title());
            insert.setString(6, "党员活动室");
            insert.setTimestamp(7, Timestamp.from(activity.start().toInstant()));
            insert.setTimestamp(8, Timestamp.from(activity.start().plusHours(2).toInstant()));
            insert.setString(9, activity.status());
            insert.setString(10, completed ? "会议按议程进行，形成决议。" : null);
            insert.setTimestamp(11, now);
            insert.setTimestamp(12, now);
            insert.setInt(13, members.size());
            insert.setInt(14, attended);
            insert.setInt(15, voting);
            insert.setInt(16, votingAttended);
            insert.executeUpdate();
        }
        try (PreparedStatement attendance = c.prepareStatement(ATTENDANCE)) {
            for (int i = 0; i < members.size(); i++) {
                Member member = members.get(i);
                addAttendance(attendance, activity.id(), member.id(), member.name(), member.full(), statuses.get(i), "demo-loader", now);
            }
            attendance.executeBatch();
        }
    }

    private static void addAttendance(PreparedStatement attendance, String activityId, String memberId, String memberName,
                                      boolean fullMember, String status, String recordedBy, Timestamp now) throws SQLException {
        attendance.setString(1, activityId);
        attendance.setString(2, memberId);
        attendance.setString(3, memberName);
        attendance.setBoolean(4, fullMember);
        attendance.setString(5, status);
        attendance.setString(6, recordedBy);
        attendance.setTimestamp(7, now);
        attendance.addBatch();
    }

    /** An AttendanceStatus; a thin meeting has fewer than half present. */
    private static String status(Random random, boolean thin) {
        int roll = random.nextInt(100);
        if (thin) {
            return roll < 30 ? "PRESENT" : "ABSENT";
        }
        return roll < 85 ? "PRESENT" : roll < 90 ? "LATE" : roll < 96 ? "ON_LEAVE" : "ABSENT";
    }

    /** As activity-service's AttendanceStatus.attended(): present or late. */
    private static boolean attended(String status) {
        return "PRESENT".equals(status) || "LATE".equals(status);
    }
}
