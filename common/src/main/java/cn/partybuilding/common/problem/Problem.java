package cn.partybuilding.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, with a stable {@code code} and field {@code errors} for validation. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 错误响应 / RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "问题类型 URI / Problem type URI",
                examples = "https://api.partybuilding.cn/problems/validation-failed") String type,
        @Schema(description = "简短标题 / Short title", examples = "请求参数不合法") String title,
        @Schema(description = "HTTP 状态码 / HTTP status", examples = "400") int status,
        @Schema(description = "具体说明 / Explanation of this occurrence", examples = "请求中有 1 处错误，详见 errors") String detail,
        @Schema(description = "稳定的错误代码 / Stable error code", examples = "VALIDATION_FAILED") String code,
        @Schema(description = "请求编号 / Request id (X-Request-Id)", examples = "01JF3Q8W2K5M7N9P1R3T5V7X9Y") String requestId,
        @Schema(description = "字段错误（仅校验失败时） / Field errors (validation only)") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ErrorCode code, Locale locale, String requestId, List<FieldError> errors, Object... args) {
        return new Problem(code.type(), code.title(locale), code.status(), code.detail(locale, args), code.name(),
                requestId, errors);
    }
}
