package cn.partybuilding.volunteer.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who claimed a wish: a member (党员领愿) or an organization (党组织圆愿). */
@Schema(description = "领愿方 / Claimer kind：MEMBER 党员领愿, ORGANIZATION 党组织圆愿")
public enum ClaimerKind {
    MEMBER,
    ORGANIZATION
}
