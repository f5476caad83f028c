package cn.partybuilding.common.changes;

import cn.partybuilding.common.problem.ErrorCode;
import cn.partybuilding.common.problem.ErrorText;

/** The problems of the change feeds. */
public enum ChangeError implements ErrorCode {
    CHANGE_TOKEN_EXPIRED(410, "同步令牌已过期", "Change token expired",
            "同步令牌早于保留期或已失效，请重新同步：不带 since 调用变更接口取新令牌，再重新查询整个集合",
            "The token is older than the retention period or no longer valid; resync: call the feed without since for a fresh token, then list the collection again"),
    CHANGE_TOKEN_INVALID(400, "同步令牌不合法", "Invalid change token",
            "since 须为此变更接口返回的 nextSince", "since must be a nextSince returned by this feed");

    private final ErrorText text;

    ChangeError(int status, String titleZh, String titleEn, String detailZh, String detailEn) {
        this.text = new ErrorText(status, titleZh, titleEn, detailZh, detailEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
