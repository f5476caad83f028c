package cn.partybuilding.assessment.client;

import cn.partybuilding.common.problem.ErrorCode;
import cn.partybuilding.common.problem.ErrorText;

/** What the services read for automatic indicators may answer besides their figures. */
public enum MetricSourceErrors implements ErrorCode {
    METRIC_SOURCE_UNAVAILABLE(503, "取数服务不可用", "Metric service unavailable",
            "{0} 暂时不可用，未写入任何自动得分，请稍后重试", "{0} is temporarily unavailable; no automatic score was written; retry later"),
    METRIC_SOURCE_REFUSED(422, "取数被拒绝", "Metric read refused",
            "{0} 拒绝提供该组织的数据（HTTP {1}）", "{0} refused the organization's figures (HTTP {1})");

    private final ErrorText text;

    MetricSourceErrors(int status, String titleZh, String titleEn, String detailZh, String detailEn) {
        this.text = new ErrorText(status, titleZh, titleEn, detailZh, detailEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
