package cn.partybuilding.activity.rest;

import cn.partybuilding.activity.domain.ComplianceReport;
import cn.partybuilding.activity.domain.ReportPeriod;
import cn.partybuilding.activity.rest.dto.ComplianceReportView;
import cn.partybuilding.activity.service.ActivityError;
import cn.partybuilding.activity.service.ComplianceService;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.problem.Problem;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.table.ReportFiles;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/compliance-reports")
@Tag(name = "Compliance", description = "三会一课落实情况 / Compliance with the required meetings and lectures")
@Authenticated
public class ComplianceResource {

    private static final String CSV = ReportFiles.CSV;
    private static final String XLSX = ReportFiles.XLSX;

    @Inject
    ComplianceService complianceService;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(operationId = "getComplianceReport", summary = "三会一课落实情况 / Compliance report",
            description = "某组织下级树中每个党支部在某年、季度或月份：每项要求的应开与实开次数（只计已完成的活动）、是否达标、出勤率，以及已完成活动的计入情况。"
                    + "未达法定人数（有表决权的到会人数未超过应到会有表决权人数的半数）的支部党员大会视为未召开，不计入，但列出供书记查看，不影响同期有效的会议；"
                    + "支委会只要求设有支部委员会的党支部（正式党员7人以上且有3名以上支委），党小组会只要求设有党小组的党支部。"
                    + "默认只列出未计入的活动，include=meetings 时列出全部已完成活动及各自计入哪项要求或不计入的原因（文件中为“计入的活动”“未计入的活动及原因”两列）。"
                    + "Accept: text/csv 或 Excel（application/vnd.openxmlformats-officedocument.spreadsheetml.sheet）时返回中文表头的文件，可直接下载。要求频次可配置。"
                    + " / For every branch of a subtree and a year, quarter or month: required and held counts per requirement (completed activities only), "
                    + "whether met, attendance rate, and how completed activities counted. A general meeting without a quorum (voting members present "
                    + "not more than half of those entitled to vote) was not held: it does not count, is listed for the secretary, and does not undo a valid "
                    + "meeting of the period. A 支委会 is required only of branches with a committee (7+ full members and 3+ committee posts held), a 党小组会 "
                    + "only of branches with party groups. By default only activities that did not count are listed; with include=meetings every completed "
                    + "activity, with the requirement it counted for or why not (in files, the columns 计入的活动 and 未计入的活动及原因). "
                    + "With Accept: text/csv or the Excel media type, a file with Chinese headers for download. "
                    + "Required frequencies are configuration.")
    @APIResponse(responseCode = "200", description = "报告 / The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceReportView.class)),
                       @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                       @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "422", description = "组织不存在 / Organization not found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "branch-service 不可用 / branch-service unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "502", description = "branch-service 出错 / branch-service failed (BRANCH_SERVICE_ERROR)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response report(
            @QueryParam("organizationId") @ValidId @NotBlank @Size(max = 26) @Parameter(description = "组织（含下级） / Organization (with its subtree)", required = true) String organizationId,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) @Parameter(description = "年度 / Year", required = true, example = "2025") Integer year,
            @QueryParam("quarter") @Min(1) @Max(4) @Parameter(description = "季度 / Quarter") Integer quarter,
            @QueryParam("month") @Min(1) @Max(12) @Parameter(description = "月份 / Month") Integer month,
            @QueryParam("include") @Pattern(regexp = "^meetings$", message = "只能是 meetings / must be meetings")
            @Parameter(description = "meetings：列出全部已完成活动的计入情况 / meetings: list how every completed activity counted",
                    schema = @Schema(type = SchemaType.STRING, enumeration = "meetings")) String include,
            @HeaderParam("Accept") String accept) {
        if (quarter != null && month != null) {
            throw ProblemException.forField("month", ActivityError.INVALID_PERIOD);
        }
        ComplianceReport report = complianceService.report(organizationId, new ReportPeriod(year, quarter, month), include != null);
        return ReportFiles.negotiate(accept, "compliance-" + report.period().label(), () -> ComplianceTable.tables(report),
                () -> ComplianceReportView.of(report));
    }
}
