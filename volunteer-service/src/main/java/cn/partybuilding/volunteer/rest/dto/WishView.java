package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.ClaimerKind;
import cn.partybuilding.volunteer.domain.PostCategory;
import cn.partybuilding.volunteer.domain.Resident;
import cn.partybuilding.volunteer.domain.Wish;
import cn.partybuilding.volunteer.domain.WishStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Wish", description = "微心愿：群众许愿、党员领愿、党组织圆愿 / A resident's micro-wish")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WishView(
        @Schema(description = "编号 / Id") String id,
        @Schema(description = "社区 / Community") String communityId,
        @Schema(description = "社区名称 / The community's name", examples = "香港中路街道八大湖社区") String communityName,
        @Schema(description = "心愿 / The wish", examples = "独居老人希望有人每周陪同去医院取药") String title,
        @Schema(description = "说明 / Description") String description,
        @Schema(description = "类别 / Category") PostCategory category,
        @Schema(description = "许愿居民，仅社区和认领者可见 / The resident, only for the community and the claimer") WishResident resident,
        @Schema(description = "状态 / Status") WishStatus status,
        @Schema(description = "认领者类型 / Claimer kind") ClaimerKind claimerKind,
        @Schema(description = "认领党员" + SEEN_BY_ZH + " / Claiming member" + SEEN_BY_EN) String claimerMemberId,
        @Schema(description = "认领者名称" + SEEN_BY_ZH + " / Claimer's name" + SEEN_BY_EN, examples = "市财政局机关第一党支部") String claimerName,
        @Schema(description = "认领组织" + SEEN_BY_ZH + " / Claimer's organization" + SEEN_BY_EN) String claimerOrganizationId,
        @Schema(description = "领愿时间 / Claimed at") Instant claimedAt,
        @Schema(description = "圆愿说明 / Fulfilment note") String fulfilmentNote,
        @Schema(description = "圆愿时间 / Fulfilled at") Instant fulfilledAt,
        @Schema(description = "社区确认时间 / Confirmed at") Instant confirmedAt,
        @Schema(description = "撤回时间 / Withdrawn at") Instant withdrawnAt,
        @Schema(description = "版本 / Version", examples = "0") long version,
        @Schema(description = "许愿时间 / Published at") Instant createdAt) {

    /** Who sees the claimer; everyone else sees only that the wish is claimed. */
    static final String SEEN_BY_ZH = "（仅社区、认领者及其所在组织可见，其他人只见状态）";
    static final String SEEN_BY_EN = " (only for the community, the claimer and the claimer's own subtree; others see only the status)";

    /** The view of a wish, with the resident and the claimer when the service lets the caller see them. */
    public static WishView of(Wish w, Optional<Resident> resident, boolean showClaimer) {
        return new WishView(w.id, w.communityId, w.communityName, w.title, w.description, w.category, resident.map(WishResident::of).orElse(null),
                w.status, w.claimerKind, showClaimer ? w.claimerMemberId : null, showClaimer ? w.claimerName : null,
                showClaimer ? w.claimerOrganizationId : null, w.claimedAt,
                w.fulfilmentNote, w.fulfilledAt, w.confirmedAt, w.closedAt, w.version, w.createdAt);
    }
}
