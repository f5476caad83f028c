package cn.partybuilding.branch.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "导入结果 / What an import registered")
public record MemberImportResult(
        @Schema(description = "登记的党员人数 / Members registered", examples = "1") int count,
        @Schema(description = "登记的党员编号，按文件中的行序 / Ids of the registered members, in the order of the file's rows",
                examples = "[\"01JDZA3QW5X8N4B2C7D9E1F0GH\"]") List<String> memberIds) {
}
