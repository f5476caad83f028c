package cn.partybuilding.activity.service;

import cn.partybuilding.activity.domain.Activity;
import cn.partybuilding.activity.domain.ActivityStatus;
import cn.partybuilding.activity.domain.Attendance;
import cn.partybuilding.activity.repository.ActivityRepository;
import cn.partybuilding.activity.repository.AttendanceRepository;
import cn.partybuilding.activity.rest.dto.ActivityView;
import cn.partybuilding.activity.rest.dto.CreateActivityRequest;
import cn.partybuilding.activity.rest.dto.UpdateActivityRequest;
import cn.partybuilding.branchclient.BranchDirectory;
import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class ActivityService {

    @Inject
    ActivityRepository activities;

    @Inject
    AttendanceRepository attendance;

    @Inject
    BranchDirectory branches;

    @Inject
    ActivityScope scope;

    /**
     * Plans an activity. Everything branch-service must tell (the organization, its members) is
     * read before the transaction writes anything: when branch-service is down the request fails
     * with 503 and nothing is written.
     */
    @Transactional
    public Activity create(CreateActivityRequest request) {
        if (!request.endAt().isAfter(request.startAt())) {
            throw ProblemException.forField("endAt", ActivityError.END_BEFORE_START);
        }
        BranchServiceClient.OrganizationRef organization = scope.organization(request.organizationId(), "organizationId");
        List<BranchServiceClient.MemberRef> members = branches.members(organization.id(), scope.authorization());
        List<BranchServiceClient.MemberRef> expected = members;
        if (request.expectedMemberIds() != null) {
            Set<String> wanted = new HashSet<>(request.expectedMemberIds());
            expected = members.stream().filter(m -> wanted.contains(m.id())).toList();
            if (expected.size() != wanted.size()) {
                throw ProblemException.forField("expectedMemberIds", ActivityError.NOT_AN_ATTENDEE);
            }
        }
        Activity activity = new Activity();
        activity.id = Ulid.next();
        activity.organizationId = organization.id();
        activity.organizationPath = organization.path();
        activity.type = request.type();
        activity.title = request.title().trim();
        activity.topic = request.topic();
        activity.speakerMemberId = request.speakerMemberId();
        activity.speakerName = request.speakerName();
        activity.place = request.place();
        activity.startAt = request.startAt().toInstant();
        activity.endAt = request.endAt().toInstant();
        activity.status = ActivityStatus.PLANNED;
        activity.createdBy = scope.caller().subject();
        activity.createdAt = Instant.now();
        activity.updatedAt = activity.createdAt;
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
        return activity;
    }

    public Activity get(String id) {
        return activities.findByIdOptional(id).filter(a -> scope.contains(a.organizationPath))
                .orElseThrow(ProblemException::notFound);
    }

    public Page<ActivityView> list(ActivityRepository.Filter filter, PageParams page) {
        return Page.of(activities.page(filter, scope.subtreePath(), page.after(), page.limit), page.limit, a -> a.id,
                ActivityView::of);
    }

    @Transactional
    public Activity update(String id, UpdateActivityRequest request, String ifMatch) {
        Activity activity = activities.lockById(id).filter(a -> scope.contains(a.organizationPath))
                .orElseThrow(ProblemException::notFound);
        Versions.checkIfMatch(ifMatch, activity.version);
        boolean changesRecord = request.minutes() != null || request.resolutions() != null;
        boolean changesPlan = request.title() != null || request.topic() != null || request.speakerName() != null
                || request.place() != null || request.startAt() != null || request.endAt() != null;
        if ((changesPlan && activity.status.isFinal()) || (changesRecord && activity.status == ActivityStatus.CANCELLED)) {
            throw new ProblemException(ActivityError.ACTIVITY_FINAL, activity.status);
        }
        if (request.title() != null) {
            activity.title = request.title().trim();
        }
        if (request.topic() != null) {
            activity.topic = request.topic();
        }
        if (request.speakerName() != null) {
            activity.speakerName = request.speakerName();
        }
        if (request.place() != null) {
            activity.place = request.place();
        }
        if (request.startAt() != null) {
            activity.startAt = request.startAt().toInstant();
        }
        if (request.endAt() != null) {
            activity.endAt = request.endAt().toInstant();
        }
        if (!activity.endAt.isAfter(activity.startAt)) {
            throw ProblemException.forField("endAt", ActivityError.END_BEFORE_START);
        }
        if (request.minutes() != null) {
            activity.minutes = request.minutes();
        }
        if (request.resolutions() != null) {
            activity.resolutions = request.resolutions();
        }
        if (request.status() != null && request.status() != activity.status) {
            if (!activity.status.mayMoveTo(request.status())) {
                throw ProblemException.forField("status", ActivityError.INVALID_STATUS_TRANSITION, activity.status, request.status());
            }
            activity.status = request.status();
        }
        activity.updatedAt = Instant.now();
        activities.flush();
        return activity;
    }
}
