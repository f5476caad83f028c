package cn.partybuilding.activity.service;

import cn.partybuilding.common.problem.ErrorCode;
import cn.partybuilding.common.problem.ErrorText;

/** Error codes of activity-service. */
public enum ActivityError implements ErrorCode {
    END_BEFORE_START(400, "时间不合法", "Invalid times",
            "结束时间须晚于开始时间", "The end must be after the start"),
    INVALID_STATUS_TRANSITION(409, "状态变更不允许", "Invalid status transition",
            "活动不能从 {0} 变为 {1}", "An activity cannot move from {0} to {1}"),
    ACTIVITY_FINAL(409, "活动已结束", "Activity closed",
            "活动状态为 {0}，不能再修改", "The activity is {0} and cannot change"),
    NOT_AN_ATTENDEE(409, "不是应到人员", "Not an expected attendee",
            "您不在本次活动的应到人员名单中", "You are not an expected attendee of this activity"),
    INVALID_CHECK_IN_CODE(400, "签到码无效", "Invalid check-in code",
            "签到码无效或不属于本次活动", "The check-in code is invalid or belongs to another activity"),
    CHECK_IN_CODE_EXPIRED(410, "签到码已过期", "Check-in code expired",
            "签到码已过期，请扫描最新的二维码", "The check-in code has expired; scan the current QR code"),
    CHECK_IN_CLOSED(409, "不在签到时间", "Check-in closed",
            "活动状态为 {0}，不能签到", "The activity is {0}; check-in is closed"),
    LEAVE_REQUEST_EXISTS(409, "已提交请假", "Leave request exists",
            "您已为本次活动提交过请假", "You already asked for leave from this activity"),
    LEAVE_REQUEST_DECIDED(409, "请假已处理", "Leave request decided",
            "该请假申请已是 {0}", "The leave request is already {0}"),
    LEAVE_AFTER_START(409, "活动已开始，不能请假", "Activity started",
            "请假须在活动开始（{0}）前提出；活动开始后，由书记在出勤登记中记录缺席或请假",
            "Leave is asked before the activity starts ({0}); after the start, the secretary records the absence or the leave in the attendance register"),
    INVALID_PERIOD(400, "统计期间不合法", "Invalid period",
            "请给出年度，并可选季度（1–4）或月份（1–12）之一", "Give a year and at most one of quarter (1–4) or month (1–12)");

    private final ErrorText text;

    ActivityError(int status, String titleZh, String titleEn, String detailZh, String detailEn) {
        this.text = new ErrorText(status, titleZh, titleEn, detailZh, detailEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
