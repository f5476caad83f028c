package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.service.ExtendProbation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "延长预备期（只能一次，6 至 12 个月） / Extend probation once, by 6 to 12 months")
public record ProbationExtensionRequest(
        @NotNull @Min(6) @Max(12)
        @Schema(description = "延长月数 / Months", required = true, examples = "6") Integer months) {

    public ExtendProbation toCommand() {
        return new ExtendProbation(months);
    }
}
