package cn.partybuilding.activity.service;

import cn.partybuilding.activity.domain.Activity;
import cn.partybuilding.activity.domain.ActivityFilter;
import cn.partybuilding.activity.domain.ActivityStatus;
import cn.partybuilding.activity.domain.Attendance;
import cn.partybuilding.activity.domain.MyActivity;
import cn.partybuilding.activity.domain.StartKey;
import cn.partybuilding.activity.repository.ActivityRepository;
import cn.partybuilding.activity.repository.AttendanceRepository;
import cn.partybuilding.branchclient.BranchDirectory;
import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

@ApplicationScoped
public class ActivityService {

    private final ActivityRepository activities;
    private final AttendanceRepository attendance;
    private final BranchDirectory branches;
    private final ActivityScope scope;
    private final AuditTrail audit;

    public ActivityService(ActivityRepository activities, AttendanceRepository attendance, BranchDirectory branches,
                           ActivityScope scope, AuditTrail audit) {
        this.activities = activities;
        this.attendance = attendance;
        this.branches = branches;
        this.scope = scope;
        this.audit = audit;
    }

    /**
     * Plans an activity. Everything branch-service must tell (the organization, its members) is
     * read before the transaction writes anything: when branch-service is down the request fails
     * with 503 and nothing is written.
     */
    @Transactional
    public Activity create(CreateActivity command) {
        if (!command.endAt().isAfter(command.startAt())) {
            throw ProblemException.forField("endAt", ActivityError.END_BEFORE_START);
        }
        BranchServiceClient.OrganizationRef organization = scope.organization(command.organizationId(), "organizationId");
        List<BranchServiceClient.MemberRef> members = branches.members(organization.id(), scope.authorization());
        List<BranchServiceClient.MemberRef> expected = members;
        if (command.expectedMemberIds() != null) {
            Set<String> wanted = new HashSet<>(command.expectedMemberIds());
            expected = members.stream().filter(m -> wanted.contains(m.id())).toList();
            if (expected.size() != wanted.size()) {
                throw ProblemException.forField("expectedMemberIds", ActivityError.NOT_AN_ATTENDEE);
            }
        }
        Activity activity = new Activity();
        activity.id = Ulid.next();
        activity.organizationId = organization.id();
        activity.organizationPath = organization.path();
        activity.type = command.type();
        activity.title = command.title().trim();
        activity.topic = command.topic();
        activity.speakerMemberId = command.speakerMemberId();
        activity.speakerName = command.speakerName();
        activity.place = command.place();
        activity.startAt = command.startAt();
        activity.endAt = command.endAt();
        activity.status = ActivityStatus.PLANNED;
        activity.createdBy = scope.caller().subject();
        activities.persist(activity);
        for (BranchServiceClient.MemberRef member : expected) {
            Attendance row = new Attendance();
            row.key = new Attendance.Key(activity.id, member.id());
            row.memberName = member.name();
            row.fullMember = "FULL".equals(member.status());
            row.updatedAt = activity.createdAt;
            attendance.persist(row);
        }
        activities.flush();
        attendance.recount(activity.id);
        audit.created(activity.audited(), activity.version);
        return activity;
    }

    public Activity get(String id) {
        return activities.findByIdOptional(id).filter(a -> scope.contains(a.organizationPath))
                .orElseThrow(ProblemException::notFound);
    }

    /** A page of the activities asked for, within the caller's scope; in id order ("mine" is {@link #mine}). */
    public Page<Activity> list(ListActivities query, PageParams page) {
        String subtree = query.organizationId() == null ? null
                : scope.organization(query.organizationId(), "organizationId").path();
        ActivityFilter filter = new ActivityFilter(subtree, query.type(), query.status(), query.from(), query.to());
        return Page.of(activities.page(filter, scope.subtreePath(), page.after(), page.limit), page.limit, a -> a.id,
                Function.identity());
    }

    /**
     * "My activities": those the caller is expected at, by start time (the earliest first, ties by
     * id), each with the caller's own attendance, in one query.
     */
    public Page<MyActivity> mine(ListActivities query, PageParams page) {
        String subtree = query.organizationId() == null ? null
                : scope.organization(query.organizationId(), "organizationId").path();
        ActivityFilter filter = new ActivityFilter(subtree, query.type(), query.status(), query.from(), query.to());
        List<MyActivity> rows = activities.pageOfAttendee(filter, scope.subtreePath(), scope.caller().subject(),
                StartKey.decode(page.cursor), page.limit);
        boolean more = rows.size() > page.limit;
        List<MyActivity> items = more ? rows.subList(0, page.limit) : rows;
        Activity last = items.isEmpty() ? null : items.get(items.size() - 1).activity();
        return new Page<>(items, more ? new StartKey(last.startAt, last.id).encode() : null);
    }

    @Transactional
    public Activity update(String id, UpdateActivity command, String ifMatch) {
        Activity activity = activities.lockById(id).filter(a -> scope.contains(a.organizationPath))
                .orElseThrow(ProblemException::notFound);
        Versions.checkIfMatch(ifMatch, activity.version);
        long before = activity.version;
        if ((command.changesPlan() && activity.status.isFinal())
                || (command.changesRecord() && activity.status == ActivityStatus.CANCELLED)) {
            throw new ProblemException(ActivityError.ACTIVITY_FINAL, activity.status);
        }
        command.applyTo(activity);
        if (!activity.endAt.isAfter(activity.startAt)) {
            throw ProblemException.forField("endAt", ActivityError.END_BEFORE_START);
        }
        if (command.status() != null && command.status() != activity.status) {
            if (!activity.status.mayMoveTo(command.status())) {
                throw ProblemException.forField("status", ActivityError.INVALID_STATUS_TRANSITION, activity.status, command.status());
            }
            activity.status = command.status();
        }
        activities.flush();
        audit.changed(activity.audited(), before, activity.version);
        return activity;
    }
}
