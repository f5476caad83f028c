package cn.partybuilding.gateway.service;

import cn.partybuilding.common.problem.ErrorCode;
import cn.partybuilding.common.problem.ErrorText;

/** Problems only the gateway answers. */
public enum GatewayError implements ErrorCode {
    RATE_LIMITED(429, "请求过于频繁", "Too many requests",
            "已超过每分钟 {0} 次的请求限额，请 {1} 秒后重试", "The limit of {0} requests a minute is used up; retry in {1} s"),
    SERVICE_TIMEOUT(504, "服务响应超时", "Service timeout",
            "{0} 未在 {1} 毫秒内响应", "{0} did not answer within {1} ms"),
    CIRCUIT_OPEN(503, "服务暂不可用", "Service unavailable",
            "{0} 连续出错，暂停转发，{1} 秒后重试", "{0} failed repeatedly; requests resume in {1} s"),
    INVALID_TOKEN_REQUEST(400, "令牌请求不合法", "Invalid token request",
            "须提供 subject 与至少一个已知角色；scopes（如有）须为已知授权范围", "Give a subject and at least one known role; scopes, if any, must be known ones");

    private final ErrorText text;

    GatewayError(int status, String titleZh, String titleEn, String detailZh, String detailEn) {
        this.text = new ErrorText(status, titleZh, titleEn, detailZh, detailEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
