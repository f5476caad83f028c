package cn.partybuilding.volunteer.service;

import cn.partybuilding.common.problem.ErrorCode;
import cn.partybuilding.common.problem.ErrorText;

/** Error codes of volunteer-service. */
public enum VolunteerError implements ErrorCode {
    COMMUNITY_NOT_FOUND(422, "社区不存在", "Community not found",
            "社区 {0} 不存在或不在您的管理范围内", "The community {0} does not exist or is outside your scope"),
    COMMUNITY_NAME_TAKEN(409, "社区已存在", "Community exists",
            "该区已有同名社区", "The district already has a community of this name"),
    MEMBER_TOKEN_REQUIRED(403, "需要党员身份", "Member token required",
            "此操作需以党员身份（令牌主体为党员编号）进行", "This operation needs a member token (subject = member id)"),
    COMMUNITY_TOKEN_REQUIRED(403, "需要社区身份", "Community token required",
            "社区工作人员令牌须带 communityId", "A community staff token must carry a communityId claim"),
    REPORT_EXISTS(409, "已报到", "Already reported",
            "该组织已向此社区报到", "The organization has already reported to this community"),
    REPORT_ENDED(409, "报到已结束", "Report ended",
            "该报到已结束", "The report has already ended"),
    REPORT_CHANGED_CONCURRENTLY(409, "报到正在变更", "Report changed concurrently",
            "同一党员的另一报到刚刚提交，请刷新后重试", "Another report of this member was just made; reload and retry"),
    POST_FULL(409, "服务岗已满", "Post full",
            "服务岗已达认领上限 {0} 人", "The post has reached its capacity of {0}"),
    POST_CLOSED(409, "服务岗不可认领", "Post not claimable",
            "服务岗已关闭或已过服务期", "The post is closed or its period has ended"),
    POST_ALREADY_CLAIMED(409, "已认领", "Already claimed",
            "您已认领该服务岗", "You have already claimed this post"),
    CAPACITY_BELOW_CLAIMED(409, "名额少于已认领人数", "Capacity below claims",
            "已有 {0} 人认领，名额不能少于此数", "{0} members have claimed the post; the capacity cannot be lower"),
    PERIOD_END_BEFORE_START(400, "期间不合法", "Invalid period",
            "结束日期不能早于开始日期", "The end date cannot be before the start date"),
    END_NOT_AFTER_START(400, "时间不合法", "Invalid times",
            "结束时间须晚于开始时间", "The end must be after the start"),
    END_IN_FUTURE(400, "服务尚未结束", "Service not over yet",
            "结束时间晚于当前时间：只登记已提供的志愿服务", "The end is in the future: only service already given is recorded"),
    HOURS_NOT_ONE_DECIMAL(400, "时长不合法", "Invalid hours",
            "时长最多保留一位小数", "Hours have at most one decimal"),
    HOURS_NOT_POSITIVE(400, "时长不合法", "Invalid hours",
            "时长须大于 0", "Hours must be more than 0"),
    HOURS_LONGER_THAN_SPAN(400, "时长不合法", "Invalid hours",
            "时长（实际服务时间，不含往返交通时间）不能超过开始至结束的时间",
            "Hours (the time actually served, without travel) cannot exceed the time between start and end"),
    OVERLAPS_ANOTHER_RECORD(409, "时间重叠", "Overlapping record",
            "该党员在此时间段已有志愿服务记录", "The member already has a record overlapping this time"),
    MORE_THAN_24_HOURS_A_DAY(409, "超过每日上限", "More than 24 hours a day",
            "该党员当日志愿服务时长将超过 24 小时", "The member's hours on that day would exceed 24"),
    NO_RELATION_TO_COMMUNITY(422, "与社区无关联", "No relation to the community",
            "该党员（或其组织）未向社区 {0} 报到，也未认领其服务岗或心愿", "Neither the member nor their organization has reported to the community {0}, nor claimed its posts or wishes"),
    POST_OR_WISH_MISMATCH(422, "服务岗或心愿不匹配", "Post or wish mismatch",
            "{0} 不属于该社区或不是该党员（组织）认领的", "{0} does not belong to the community or was not claimed by the member (organization)"),
    CANNOT_CONFIRM_OWN_RECORD(403, "不能确认本人记录", "Cannot confirm your own record",
            "不能确认或驳回本人的志愿服务记录", "You cannot confirm or reject your own volunteer record"),
    RECORD_DECIDED(409, "记录已处理", "Record decided",
            "该记录已是 {0}", "The record is already {0}"),
    REJECTION_REASON_REQUIRED(400, "需要驳回理由", "Reason required",
            "驳回时须填写理由", "A rejection needs a reason"),
    INVALID_DECISION(400, "处理结果不合法", "Invalid decision",
            "只能为 CONFIRMED 或 REJECTED", "Must be CONFIRMED or REJECTED"),
    WISH_ALREADY_CLAIMED(409, "心愿已被认领", "Wish already claimed",
            "该心愿已被他人认领", "Someone else has claimed the wish"),
    INVALID_WISH_TRANSITION(409, "心愿状态不允许", "Invalid wish status",
            "心愿为 {0}，不能变为 {1}", "The wish is {0}; it cannot become {1}"),
    NOT_THE_CLAIMER(403, "不是认领者", "Not the claimer",
            "只有认领者可以圆愿", "Only the claimer can fulfil the wish"),
    PERSONAL_DATA_IN_PUBLIC_FIELD(400, "公开字段含个人信息", "Personal data in a public field",
            "标题和描述会公开展示，请勿填写手机号或身份证号；居民信息请填在 resident 中", "Titles and descriptions are public: no phone or ID numbers; put the resident's data in resident"),
    CERTIFICATE_FONT_MISSING(503, "无法生成 PDF", "PDF unavailable",
            "服务器缺少中文字体，无法生成 PDF，请改用 text/html", "The server lacks a Chinese font for PDF; ask for text/html instead");

    private final ErrorText text;

    VolunteerError(int status, String titleZh, String titleEn, String detailZh, String detailEn) {
        this.text = new ErrorText(status, titleZh, titleEn, detailZh, detailEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
