package cn.partybuilding.branchclient;

import cn.partybuilding.common.problem.ErrorCode;
import cn.partybuilding.common.problem.ErrorText;

/** What a service answers when branch-service does not show it an organization or a member, or fails. */
public enum BranchClientError implements ErrorCode {
    ORGANIZATION_NOT_FOUND(422, "组织不存在", "Organization not found",
            "组织 {0} 不存在或不在您的管理范围内", "The organization {0} does not exist or is outside your scope"),
    MEMBER_NOT_FOUND(422, "党员不存在", "Member not found",
            "党员 {0} 不存在或不在您的管理范围内", "The member {0} does not exist or is outside your scope"),
    BRANCH_SERVICE_ERROR(502, "组织服务出错", "branch-service failed",
            "组织服务（branch-service）处理此请求时出错，请稍后重试或联系管理员",
            "branch-service failed to process this request; retry later or contact the administrators");

    private final ErrorText text;

    BranchClientError(int status, String titleZh, String titleEn, String detailZh, String detailEn) {
        this.text = new ErrorText(status, titleZh, titleEn, detailZh, detailEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
