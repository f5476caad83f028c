package cn.partybuilding.assessment.service;

import cn.partybuilding.common.problem.ErrorCode;
import cn.partybuilding.common.problem.ErrorText;

/** Error codes of assessment-service. */
public enum AssessmentError implements ErrorCode {
    SCHEME_NOT_FOUND(422, "考核方案不存在", "Scheme not found",
            "考核方案 {0} 不存在或不在您的管理范围内", "The scheme {0} does not exist or is outside your scope"),
    SCHEME_NAME_TAKEN(409, "考核方案已存在", "Scheme exists",
            "该组织本年度已有同名考核方案", "The organization already has a scheme of this name for the year"),
    SCHEME_FROZEN(409, "考核方案已冻结", "Scheme frozen",
            "已有依此方案开展的考核，方案不能再修改", "An assessment under this scheme has started; the scheme can no longer change"),
    THRESHOLDS_NOT_ASCENDING(422, "等次分数线不合法", "Invalid grade thresholds",
            "分数线须满足 一般 < 良好 < 优秀", "Thresholds must ascend: fair < good < excellent"),
    THRESHOLD_ABOVE_TOTAL(422, "等次分数线不合法", "Invalid grade thresholds",
            "分数线 {0} 超过方案总分 {1}", "The threshold {0} exceeds the scheme's total of {1}"),
    NOT_ONE_DECIMAL(422, "分值不合法", "Invalid score",
            "分值须大于等于 0，最多一位小数", "A score is zero or more with at most one decimal"),
    TARGET_REQUIRED(422, "缺少目标值", "Target required",
            "自动指标 {0} 须设定目标值", "The automatic indicator {0} needs a target"),
    TARGET_NOT_POSITIVE(422, "目标值不合法", "Invalid target",
            "目标值须大于 0", "A target must be more than 0"),
    TARGET_ON_MANUAL_INDICATOR(422, "目标值不适用", "Target not applicable",
            "人工评分指标没有目标值", "A manually scored indicator has no target"),
    ASSESSMENT_EXISTS(409, "考核已存在", "Assessment exists",
            "该组织已有依此方案的考核", "The organization already has an assessment under this scheme"),
    ASSESSMENT_FINAL(409, "考核已确定", "Assessment final",
            "考核结果已确定，不能再修改", "The assessment is final and no longer changes"),
    INVALID_TRANSITION(409, "考核状态不允许", "Invalid status change",
            "考核为 {0}，不能变为 {1}", "The assessment is {0}; it cannot become {1}"),
    WRONG_STAGE(409, "当前阶段不能进行此操作", "Not in this stage",
            "考核为 {0}，此时不能 {1}", "The assessment is {0}; {1} is not possible now"),
    SCORE_ABOVE_MAX(422, "得分超过满分", "Score above maximum",
            "得分 {0} 超过该指标满分 {1}", "The score {0} exceeds the indicator's maximum of {1}"),
    SCORE_NEGATIVE(422, "得分不合法", "Invalid score",
            "得分不能为负数", "A score cannot be negative"),
    INDICATOR_NOT_IN_SCHEME(422, "指标不属于本方案", "Indicator not in the scheme",
            "指标 {0} 不属于本考核的方案", "The indicator {0} is not part of this assessment's scheme"),
    NOT_AUTOMATIC(422, "不是自动指标", "Not an automatic indicator",
            "指标 {0} 由自动取数计分", "The indicator {0} is scored from live data"),
    SCORES_INCOMPLETE(409, "评分未完成", "Scores incomplete",
            "尚有 {0} 项指标未评分", "{0} indicator(s) have no score yet"),
    NOTICE_END_BEFORE_START(422, "公示期不合法", "Invalid notice period",
            "公示结束日期不能早于开始日期", "The notice cannot end before it starts"),
    NOTICE_NOT_OVER(409, "公示期未结束", "Notice not over",
            "公示期至 {0} 结束，之后才能确定结果", "The notice runs until {0}; the result becomes final after it"),
    IF_MATCH_REQUIRED(428, "需要 If-Match", "If-Match required",
            "修改评分须带 If-Match（资源的 ETag）", "Changing scores needs If-Match (the resource's ETag)"),
    // 述职评议, 整改清单, 责任清单
    NOT_ON_PANEL(403, "不是评议组成员", "Not on the panel",
            "只有评议组成员可以投票", "Only the members of the report's panel vote"),
    ALREADY_VOTED(409, "已投票", "Already voted",
            "每位评议组成员只能投票一次", "Each panel member votes once"),
    NOT_VOTING(409, "不在投票阶段", "Voting not open",
            "述职评议状态为 {0}，只能在 VOTING 阶段投票", "The report is {0}; ballots are cast only while it is VOTING"),
    DUTY_REPORT_NOT_EDITABLE(409, "述职报告不能修改", "Report not editable",
            "投票开始后，述职报告和评议组不能再修改", "Once voting opens, the report and its panel no longer change"),
    INVALID_DUTY_REPORT_TRANSITION(409, "状态变更不允许", "Transition not allowed",
            "述职评议不能从 {0} 变为 {1}", "A duty report cannot move from {0} to {1}"),
    DUTY_REPORT_NOT_FOUND(422, "述职评议不存在", "Duty report not found",
            "述职评议 {0} 不存在或不在您的可见范围内", "The duty report {0} does not exist or is outside your scope"),
    DUTY_REPORT_OF_ANOTHER_ORGANIZATION(422, "述职评议不属于该组织", "Duty report of another organization",
            "整改事项的组织须与述职评议的组织相同", "A rectification item belongs to the organization of its duty report"),
    RECTIFICATION_CLOSED(409, "整改事项已销号", "Rectification closed",
            "已销号的整改事项不能再修改", "A closed rectification item no longer changes"),
    INVALID_RECTIFICATION_TRANSITION(409, "状态变更不允许", "Transition not allowed",
            "整改事项不能从 {0} 变为 {1}", "A rectification item cannot move from {0} to {1}"),
    NOT_THE_REVIEWING_ORGANIZATION(403, "不是回头看的审核组织", "Not the reviewing organization",
            "回头看由上级党组织的管理员进行", "The review (回头看) is made by an administrator of an organization above the item's"),
    ASSIGNEE_OUTSIDE_SUBTREE(422, "承接组织不合法", "Invalid assignee",
            "任务只能下达给下达组织的下级组织，不能下达给自身", "A task goes to an organization below the assigner, never to the assigner itself"),
    TASK_FINAL(409, "任务已结束", "Task finished",
            "已完成或已取消的任务不能再修改", "A task that is done or cancelled no longer changes"),
    INVALID_TASK_TRANSITION(409, "状态变更不允许", "Transition not allowed",
            "任务不能从 {0} 变为 {1}", "A task cannot move from {0} to {1}");

    private final ErrorText text;

    AssessmentError(int status, String titleZh, String titleEn, String detailZh, String detailEn) {
        this.text = new ErrorText(status, titleZh, titleEn, detailZh, detailEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
