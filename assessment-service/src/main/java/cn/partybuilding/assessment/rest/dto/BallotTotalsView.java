package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.domain.BallotChoice;
import cn.partybuilding.assessment.domain.BallotTotals;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BallotTotals", description = "无记名投票结果：只有各选项票数，不含谁投了什么 / The secret ballot's result: counts per choice, never who chose what")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BallotTotalsView(
        @Schema(description = "评议组人数 / Panel size", examples = "3") int panelSize,
        @Schema(description = "已投票数 / Ballots cast", examples = "3") int ballots,
        @Schema(description = "好 / Excellent", examples = "1") int excellent,
        @Schema(description = "较好 / Good", examples = "1") int good,
        @Schema(description = "一般 / Fair", examples = "1") int fair,
        @Schema(description = "差 / Poor", examples = "0") int poor,
        @Schema(description = "满意率（好+较好）÷ 已投票数，百分比，两位小数；无票时无此字段 / Satisfaction (excellent + good) ÷ ballots in percent, two decimals; absent without ballots", examples = "66.67")
        BigDecimal satisfactionRate) {

    public static BallotTotalsView of(BallotTotals totals) {
        return new BallotTotalsView(totals.panelSize(), totals.ballots(), totals.count(BallotChoice.EXCELLENT),
                totals.count(BallotChoice.GOOD), totals.count(BallotChoice.FAIR), totals.count(BallotChoice.POOR),
                totals.satisfactionRate());
    }
}
