package cn.partybuilding.volunteer.service;

import cn.partybuilding.volunteer.domain.ReportKind;
import java.util.List;

/** 单位报到 (an organization, with its co-building items) or 党员报到 (a member; null means the caller). */
public record CreateCommunityReport(ReportKind kind, String communityId, String organizationId, String memberId,
                                    List<String> agreementItems) {
}
