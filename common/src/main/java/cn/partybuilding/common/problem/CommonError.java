package cn.partybuilding.common.problem;

/** Error codes shared by every service. */
public enum CommonError implements ErrorCode {
    VALIDATION_FAILED(400, "请求参数不合法", "Invalid request",
            "请求中有 {0} 处错误，详见 errors", "The request has {0} invalid field(s), see errors"),
    MALFORMED_JSON(400, "JSON 格式错误", "Malformed JSON",
            "请求体不是合法的 JSON：第 {0} 行第 {1} 列附近", "The request body is not valid JSON near line {0}, column {1}"),
    INVALID_FIELD_VALUE(400, "字段值不合法", "Invalid field value",
            "字段 {0} 的值不合法", "Field {0} has an invalid value"),
    UNKNOWN_FIELD(400, "未知字段", "Unknown field",
            "请求体包含未知字段 {0}", "The request body contains the unknown field {0}"),
    UNKNOWN_PARAMETER(400, "未知参数", "Unknown parameter",
            "此操作不接受查询参数 {0}", "This operation takes no query parameter {0}"),
    MISSING_BODY(400, "缺少请求体", "Missing request body",
            "此操作需要 JSON 请求体", "This operation needs a JSON request body"),
    INVALID_CURSOR(400, "分页游标无效", "Invalid cursor",
            "cursor 参数无效或已损坏，请从第一页重新开始", "The cursor is invalid or corrupted; start again from the first page"),
    INVALID_PARAMETER(400, "参数不合法", "Invalid parameter",
            "参数 {0} 的值不合法", "Parameter {0} has an invalid value"),
    INVALID_PERIOD(400, "时间段不合法", "Invalid period",
            "to 须晚于 from", "to must be later than from"),
    UNAUTHENTICATED(401, "未认证", "Unauthenticated",
            "缺少有效的访问令牌（Authorization: Bearer <JWT>）", "A valid bearer token (Authorization: Bearer <JWT>) is required"),
    FORBIDDEN(403, "无权操作", "Forbidden",
            "当前角色无权执行此操作", "Your role may not perform this operation"),
    SCOPE_REQUIRED(403, "缺少授权范围", "Scope required",
            "机器客户端执行此写操作须有授权范围 {0}", "A machine client needs the scope {0} for this write"),
    NO_ORGANIZATION_IN_TOKEN(403, "令牌未指定组织", "Token names no organization",
            "该角色的令牌必须包含 orgId 声明", "A token of this role must carry an orgId claim"),
    TOKEN_MEMBER_MISMATCH(403, "令牌与党员档案不符", "Token does not match a member record",
            "党员令牌的 sub 须为党员本人的编号，orgId（如有）须为其所在组织", "A MEMBER token's sub must be the member's id, and its orgId, if any, the member's organization"),
    NOT_FOUND(404, "资源不存在", "Not found",
            "请求的资源不存在", "The requested resource does not exist"),
    METHOD_NOT_ALLOWED(405, "不支持的方法", "Method not allowed",
            "该路径不支持此 HTTP 方法", "This path does not support the HTTP method"),
    NOT_ACCEPTABLE(406, "无法提供所需格式", "Not acceptable",
            "无法以 Accept 请求头要求的格式响应", "Cannot respond in a format the Accept header allows"),
    CONCURRENT_MODIFICATION(409, "并发修改冲突", "Concurrent modification",
            "资源已被其他请求修改，请重新读取后再试", "The resource was changed by another request; read it again and retry"),
    DUPLICATE(409, "数据重复", "Duplicate",
            "与已有数据冲突（{0}）", "Conflicts with existing data ({0})"),
    IDEMPOTENCY_IN_PROGRESS(409, "相同幂等键的请求正在处理", "Request with this Idempotency-Key in progress",
            "相同 Idempotency-Key 的请求仍在处理中，请稍后重试", "A request with the same Idempotency-Key is still being processed; retry later"),
    PAYLOAD_TOO_LARGE(413, "请求体过大", "Payload too large",
            "请求体超过允许的大小", "The request body exceeds the allowed size"),
    UNSUPPORTED_MEDIA_TYPE(415, "不支持的内容类型", "Unsupported media type",
            "请求体须为 application/json", "The request body must be application/json"),
    PRECONDITION_FAILED(412, "版本已过期", "Precondition failed",
            "If-Match 给出的版本 {0} 已过期，当前版本为 {1}", "If-Match names version {0} but the current version is {1}"),
    IDEMPOTENCY_KEY_REUSED(422, "幂等键已用于其他请求", "Idempotency-Key reused",
            "此 Idempotency-Key 已用于内容不同的请求", "This Idempotency-Key was already used for a different request"),
    INVALID_IDEMPOTENCY_KEY(400, "幂等键不合法", "Invalid Idempotency-Key",
            "Idempotency-Key 须为 1 到 64 个可见 ASCII 字符", "Idempotency-Key must be 1 to 64 visible ASCII characters"),
    SERVICE_UNAVAILABLE(503, "依赖服务不可用", "Service unavailable",
            "{0} 暂时不可用，请稍后重试", "{0} is temporarily unavailable; retry later"),
    INTERNAL_ERROR(500, "服务器内部错误", "Internal error",
            "服务器处理请求时出错，请凭请求编号 {0} 联系管理员", "The server failed to process the request; quote request id {0} to the administrators");

    private final ErrorText text;

    CommonError(int status, String titleZh, String titleEn, String detailZh, String detailEn) {
        this.text = new ErrorText(status, titleZh, titleEn, detailZh, detailEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
