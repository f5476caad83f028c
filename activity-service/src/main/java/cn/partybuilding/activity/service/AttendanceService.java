package cn.partybuilding.activity.service;

import cn.partybuilding.activity.domain.Activity;
import cn.partybuilding.activity.domain.ActivityStatus;
import cn.partybuilding.activity.domain.Attendance;
import cn.partybuilding.activity.domain.AttendanceRate;
import cn.partybuilding.activity.domain.AttendanceStatus;
import cn.partybuilding.activity.domain.LeaveRequest;
import cn.partybuilding.activity.repository.AttendanceRepository;
import cn.partybuilding.activity.repository.LeaveRequestRepository;
import cn.partybuilding.activity.rest.dto.AttendanceView;
import cn.partybuilding.activity.rest.dto.CheckInView;
import cn.partybuilding.activity.rest.dto.RecordAttendanceRequest;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Who came: recorded by the secretary, checked in by members with a QR code, excused by leave. */
@ApplicationScoped
public class AttendanceService {

    @Inject
    ActivityService activities;

    @Inject
    AttendanceRepository attendance;

    @Inject
    LeaveRequestRepository leaveRequests;

    @Inject
    CheckInCodes codes;

    @Inject
    ActivityScope scope;

    /** A member checking in later than the start plus this grace is LATE. */
    @ConfigProperty(name = "party.check-in.grace", defaultValue = "PT10M")
    Duration grace;

    public AttendanceView attendance(String activityId) {
        activities.get(activityId);
        return view(activityId, attendance.of(activityId));
    }

    @Transactional
    public AttendanceView record(String activityId, RecordAttendanceRequest request) {
        Activity activity = activities.get(activityId);
        if (activity.status == ActivityStatus.CANCELLED) {
            throw new ProblemException(ActivityError.ACTIVITY_FINAL, activity.status);
        }
        Instant now = Instant.now();
        // one query for the activity's rows, not one per item (a branch records up to 500 at once)
        Map<String, Attendance> rows = attendance.of(activityId).stream()
                .collect(Collectors.toMap(row -> row.key.memberId(), row -> row));
        for (RecordAttendanceRequest.Item item : request.records()) {
            Attendance row = rows.get(item.memberId());
            if (row == null) {
                throw ProblemException.forField("records", ActivityError.NOT_AN_ATTENDEE);
            }
            row.status = item.status();
            row.recordedBy = scope.caller().subject();
            row.updatedAt = now;
        }
        attendance.flush();
        attendance.recount(activityId);
        return view(activityId, attendance.of(activityId));
    }

    public CheckInCodes.Code checkInCode(String activityId) {
        Activity activity = activities.get(activityId);
        requireOpenForCheckIn(activity);
        return codes.issue(activity.id);
    }

    /** The caller (a member token) checks in; scanning again, even concurrently, returns the first check-in. */
    @Transactional
    public CheckInView checkIn(String activityId, String code) {
        String memberId = scope.caller().subject();
        codes.verify(activityId, code);
        Activity activity = activities.get(activityId);
        requireOpenForCheckIn(activity);
        Instant now = Instant.now();
        AttendanceStatus status = now.isAfter(activity.startAt.plus(grace)) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
        if (attendance.find(activityId, memberId).isEmpty()) {
            throw new ProblemException(ActivityError.NOT_AN_ATTENDEE);
        }
        if (attendance.checkIn(activityId, memberId, status, now) > 0) {
            attendance.recount(activityId);
        }
        attendance.getEntityManager().clear(); // read the row as the database holds it after the update
        Attendance row = attendance.find(activityId, memberId).orElseThrow(ProblemException::notFound);
        return new CheckInView(activityId, memberId, row.status, row.checkedInAt);
    }

    @Transactional
    public LeaveRequest askLeave(String activityId, String reason) {
        String memberId = scope.caller().subject();
        Activity activity = activities.get(activityId);
        if (activity.status.isFinal()) {
            throw new ProblemException(ActivityError.ACTIVITY_FINAL, activity.status);
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
        request.createdAt = Instant.now();
        leaveRequests.persist(request);
        leaveRequests.flush();
        return request;
    }

    public List<LeaveRequest> leaveRequests(String activityId) {
        activities.get(activityId);
        return leaveRequests.of(activityId);
    }

    /** Approving makes the member's attendance ON_LEAVE; rejecting leaves it as it is. */
    @Transactional
    public LeaveRequest decide(String activityId, String requestId, LeaveRequest.Status decision) {
        activities.get(activityId);
        LeaveRequest request = leaveRequests.lockById(requestId).filter(r -> r.activityId.equals(activityId))
                .orElseThrow(ProblemException::notFound);
        if (!request.status.mayMoveTo(decision)) {
            throw ProblemException.forField("status", ActivityError.LEAVE_REQUEST_DECIDED, request.status);
        }
        request.status = decision;
        request.decidedBy = scope.caller().subject();
        request.decidedAt = Instant.now();
        if (decision == LeaveRequest.Status.APPROVED) {
            attendance.find(activityId, request.memberId).ifPresent(row -> {
                row.status = AttendanceStatus.ON_LEAVE;
                row.recordedBy = request.decidedBy;
                row.updatedAt = request.decidedAt;
            });
            attendance.flush();
            attendance.recount(activityId); // only an approval changes attendance
        }
        leaveRequests.flush();
        return request;
    }

    private static void requireOpenForCheckIn(Activity activity) {
        if (activity.status.isFinal()) {
            throw new ProblemException(ActivityError.CHECK_IN_CLOSED, activity.status);
        }
    }

    static AttendanceView view(String activityId, List<Attendance> rows) {
        int attended = 0;
        int late = 0;
        int onLeave = 0;
        int absent = 0;
        int notRecorded = 0;
        for (Attendance row : rows) {
            if (row.status == null) {
                notRecorded++;
            } else {
                switch (row.status) {
                    case PRESENT -> attended++;
                    case LATE -> {
                        attended++;
                        late++;
                    }
                    case ON_LEAVE -> onLeave++;
                    case ABSENT -> absent++;
                }
            }
        }
        double rate = AttendanceRate.of(attended, rows.size());
        return new AttendanceView(activityId, rows.size(), attended, late, onLeave, absent, notRecorded, rate,
                rows.stream().map(r -> new AttendanceView.Entry(r.key.memberId(), r.memberName, r.fullMember, r.status,
                        r.checkedInAt)).toList());
    }
}
