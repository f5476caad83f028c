package cn.partybuilding.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request, by its JSON path. */
@Schema(description = "字段错误 / A field that failed validation")
public record FieldError(
        @Schema(description = "字段的 JSON 路径 / JSON path of the field", examples = "name") String field,
        @Schema(description = "错误说明 / What is wrong", examples = "不能为空") String message) {
}
