package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.domain.BallotChoice;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BallotRequest", description = "一张评议票：好、较好、一般、差 / One ballot: excellent, good, fair, poor")
public record BallotRequest(
        @NotNull @Schema(description = "EXCELLENT 好, GOOD 较好, FAIR 一般, POOR 差", required = true, examples = "GOOD") BallotChoice choice) {
}
