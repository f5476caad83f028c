package cn.partybuilding.activity.service;

import cn.partybuilding.common.persistence.StoredTime;
import cn.partybuilding.common.time.ChinaTime;
import cn.partybuilding.activity.domain.Activity;
import cn.partybuilding.activity.domain.ActivityStatus;
import cn.partybuilding.activity.domain.Attendance;
import cn.partybuilding.activity.domain.AttendanceStatus;
import cn.partybuilding.activity.domain.AttendanceSummary;
import cn.partybuilding.activity.domain.CheckInCode;
import cn.partybuilding.activity.domain.LeaveRequest;
import cn.partybuilding.activity.domain.MemberAttendance;
import cn.partybuilding.activity.repository.AttendanceRepository;
import cn.partybuilding.activity.repository.LeaveRequestRepository;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Who came: recorded by the secretary, checked in by members with a QR code, excused by leave. */
@ApplicationScoped
public class AttendanceService {

    private final ActivityService activities;
    private final AttendanceRepository attendance;
    private final LeaveRequestRepository leaveRequests;
    private final CheckInCodes codes;
    private final ActivityScope scope;
    private final AuditTrail audit;
    /** The activity's attendance register as the audit trail names it; its changes carry the activity's version. */
    static final String ATTENDANCE = "Attendance";
    private static final String LEAVE_REQUEST = "LeaveRequest";

    /** A member checking in later than the start plus this grace is LATE. */
    private final Duration grace;

    public AttendanceService(ActivityService activities, AttendanceRepository attendance, LeaveRequestRepository leaveRequests,
                             CheckInCodes codes, ActivityScope scope, AuditTrail audit,
                             @ConfigProperty(name = "party.check-in.grace", defaultValue = "PT10M") Duration grace) {
        this.activities = activities;
        this.attendance = attendance;
        this.leaveRequests = leaveRequests;
        this.codes = codes;
        this.scope = scope;
        this.audit = audit;
        this.grace = grace;
    }

    public AttendanceSummary attendance(String activityId) {
        activities.get(activityId);
        return AttendanceSummary.of(activityId, attendance.of(activityId));
    }

    @Transactional
    public AttendanceSummary record(String activityId, RecordAttendance command) {
        Activity activity = activities.get(activityId);
        if (activity.status == ActivityStatus.CANCELLED) {
            throw new ProblemException(ActivityError.ACTIVITY_FINAL, activity.status);
        }
        Instant now = StoredTime.now();
        // one query for the activity's rows, not one per item (a branch records up to 500 at once)
        Map<String, Attendance> rows = attendance.of(activityId).stream()
                .collect(Collectors.toMap(row -> row.key.memberId(), row -> row));
        for (RecordAttendance.Entry entry : command.records()) {
            Attendance row = rows.get(entry.memberId());
            if (row == null) {
                throw ProblemException.forField("records", ActivityError.NOT_AN_ATTENDEE);
            }
            row.status = entry.status();
            row.recordedBy = scope.caller().subject();
            row.updatedAt = now;
        }
        attendance.flush();
        attendance.recount(activityId);
        audit.changed(activity.audited(ATTENDANCE, activityId), activity.version, activity.version);
        return AttendanceSummary.of(activityId, attendance.of(activityId));
    }

    public CheckInCode checkInCode(String activityId) {
        Activity activity = activities.get(activityId);
        requireOpenForCheckIn(activity);
        return codes.issue(activity.id);
    }

    /** The caller (a member token) checks in; scanning again, even concurrently, returns the first check-in. */
    @Transactional
    public Attendance checkIn(String activityId, String code) {
        String memberId = scope.caller().subject();
        codes.verify(activityId, code);
        Activity activity = activities.get(activityId);
        requireOpenForCheckIn(activity);
        Instant now = StoredTime.now();
        AttendanceStatus status = now.isAfter(activity.startAt.plus(grace)) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
        if (attendance.find(activityId, memberId).isEmpty()) {
            throw new ProblemException(ActivityError.NOT_AN_ATTENDEE);
        }
        if (attendance.checkIn(activityId, memberId, status, now) > 0) {
            attendance.recount(activityId);
        }
        audit.changed(activity.audited(ATTENDANCE, activityId), activity.version, activity.version); // a repeated scan is recorded too
        attendance.getEntityManager().clear(); // read the row as the database holds it after the update
        return attendance.find(activityId, memberId).orElseThrow(ProblemException::notFound);
    }

    @Transactional
    public LeaveRequest askLeave(String activityId, String reason) {
        String memberId = scope.caller().subject();
        Activity activity = activities.get(activityId);
        if (activity.status.isFinal()) {
            throw new ProblemException(ActivityError.ACTIVITY_FINAL, activity.status);
        }
        if (!activity.acceptsLeaveRequestsAt(StoredTime.now())) {
            throw new ProblemException(ActivityError.LEAVE_AFTER_START, activity.startAt.atZone(ChinaTime.ZONE).toOffsetDateTime());
        }
        if (attendance.find(activityId, memberId).isEmpty()) {
            throw new ProblemException(ActivityError.NOT_AN_ATTENDEE);
        }
        if (leaveRequests.exists(activityId, memberId)) {
            throw new ProblemException(ActivityError.LEAVE_REQUEST_EXISTS);
        }
        LeaveRequest request = new LeaveRequest();
        request.id = Ulid.next();
        request.activityId = activityId;
        request.memberId = memberId;
        request.reason = reason.trim();
        request.status = LeaveRequest.Status.PENDING;
        request.createdAt = StoredTime.now();
        leaveRequests.persist(request);
        leaveRequests.flush();
        audit.created(activity.audited(LEAVE_REQUEST, request.id), request.version);
        return request;
    }

    /** The activity's leave requests: all of them for the branch's secretaries and admins, a member's own for a member. */
    public List<LeaveRequest> leaveRequests(String activityId) {
        activities.get(activityId);
        return scope.readsEveryMembersRecords() ? leaveRequests.of(activityId) : leaveRequests.of(activityId, scope.caller().subject());
    }

    /** The same, a page at a time. */
    public Page<LeaveRequest> leaveRequests(String activityId, PageParams page) {
        activities.get(activityId);
        String onlyOf = scope.readsEveryMembersRecords() ? null : scope.caller().subject();
        return Page.of(leaveRequests.page(activityId, onlyOf, page.after(), page.limit), page.limit, r -> r.id,
                Function.identity());
    }

    /** Approving makes the member's attendance ON_LEAVE; rejecting leaves it as it is. */
    @Transactional
    public LeaveRequest decide(String activityId, String requestId, LeaveRequest.Status decision) {
        Activity activity = activities.get(activityId);
        LeaveRequest request = leaveRequests.lockById(requestId).filter(r -> r.activityId.equals(activityId))
                .orElseThrow(ProblemException::notFound);
        if (!request.status.mayMoveTo(decision)) {
            throw ProblemException.forField("status", ActivityError.LEAVE_REQUEST_DECIDED, request.status);
        }
        long before = request.version;
        request.status = decision;
        request.decidedBy = scope.caller().subject();
        request.decidedAt = StoredTime.now();
        if (decision == LeaveRequest.Status.APPROVED) {
            attendance.find(activityId, request.memberId).ifPresent(row -> {
                row.status = AttendanceStatus.ON_LEAVE;
                row.recordedBy = request.decidedBy;
                row.updatedAt = request.decidedAt;
            });
            attendance.flush();
            attendance.recount(activityId); // only an approval changes attendance
            audit.changed(activity.audited(ATTENDANCE, activityId), activity.version, activity.version);
        }
        leaveRequests.flush();
        audit.changed(activity.audited(LEAVE_REQUEST, request.id), before, request.version);
        return request;
    }

    /**
     * A member's attendance rate within the caller's scope; without a member id, the caller's own.
     * Another member's rate answers 404 to a plain member, like another tree's object.
     */
    public MemberAttendance memberAttendance(String memberId, Instant from, Instant to) {
        String self = scope.caller().subject();
        String member = memberId == null ? self : memberId;
        if (!member.equals(self) && !scope.readsEveryMembersRecords()) {
            throw ProblemException.notFound();
        }
        return attendance.memberAttendance(member, scope.subtreePath(), from, to);
    }

    private static void requireOpenForCheckIn(Activity activity) {
        if (activity.status.isFinal()) {
            throw new ProblemException(ActivityError.CHECK_IN_CLOSED, activity.status);
        }
    }
}
