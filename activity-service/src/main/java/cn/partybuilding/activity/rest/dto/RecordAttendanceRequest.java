package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.AttendanceStatus;
import cn.partybuilding.activity.service.RecordAttendance;
import cn.partybuilding.common.id.ValidId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "批量登记或更正出勤 / Record or correct attendance in bulk")
public record RecordAttendanceRequest(
        @NotEmpty @Size(max = 500) @Valid @Schema(description = "登记项 / Entries", required = true) List<@NotNull Item> records) {

    public RecordAttendance toCommand() {
        return new RecordAttendance(records.stream().map(item -> new RecordAttendance.Entry(item.memberId(), item.status())).toList());
    }

    @Schema(name = "AttendanceRecordItem")
    public record Item(
            @NotBlank @Size(max = 26) @ValidId @Schema(description = "党员 / Member", required = true) String memberId,
            @NotNull @Schema(description = "状态 / Status", required = true, examples = "PRESENT") AttendanceStatus status) {
    }
}
