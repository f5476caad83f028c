package cn.partybuilding.assessment.rest;

import static cn.partybuilding.common.problem.Problem.MEDIA_TYPE;

import cn.partybuilding.assessment.domain.AssessmentReport;
import cn.partybuilding.assessment.rest.dto.AssessmentReportView;
import cn.partybuilding.assessment.service.ReportService;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.openapi.ExampleIds;
import cn.partybuilding.common.table.ReportFiles;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/assessment-reports")
@Tag(name = "Assessment reports", description = "党建考核报表：排名、等次分布、逾期任务、述职评议满意率与整改进展 / Assessment reports: ranking, grades, overdue tasks, duty-report satisfaction and rectification progress")
@Authenticated
public class AssessmentReportResource {

    private static final String CSV = ReportFiles.CSV;
    private static final String XLSX = ReportFiles.XLSX;

    /**
     * The demo's first department this year: its committee is not yet assessed under this year's scheme
     * (the create example is for it); its first branch's task and its secretary's duty report.
     */
    static final String EXAMPLE = "{\"organizationId\":\"" + ExampleIds.PARTY_COMMITTEE + "\",\"organizationName\":\"市发展和改革委员会机关党委\","
            + "\"year\":2026,\"asOf\":\"2026-12-03\","
            + "\"ranking\":[],"
            + "\"grades\":{\"excellent\":0,\"good\":0,\"fair\":0,\"poor\":0,\"notGraded\":0},"
            + "\"overdueTasks\":{\"count\":1,\"items\":[{\"id\":\"" + ExampleIds.TASK + "\",\"title\":\"完成2026年度党员教育培训计划\","
            + "\"assigneeOrganizationId\":\"" + ExampleIds.BRANCH + "\",\"assigneeOrganizationName\":\"市发展和改革委员会机关第一党支部\","
            + "\"deadline\":\"2026-10-31\",\"daysOverdue\":33,\"status\":\"ASSIGNED\"}]},"
            + "\"dutyReports\":[{\"id\":\"" + ExampleIds.DUTY_REPORT + "\",\"organizationId\":\"" + ExampleIds.BRANCH + "\","
            + "\"organizationName\":\"市发展和改革委员会机关第一党支部\",\"reporterName\":\"张建国\",\"title\":\"2026年度抓基层党建工作述职报告\","
            + "\"status\":\"VOTING\",\"ballots\":{\"panelSize\":3,\"ballots\":3,\"excellent\":1,\"good\":1,\"fair\":1,\"poor\":0,\"satisfactionRate\":66.67},"
            + "\"rectifications\":{\"total\":1,\"open\":1,\"rectified\":0,\"closed\":0,\"overdue\":0}}]}";

    @Inject
    ReportService reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(operationId = "getAssessmentReport", summary = "党建考核报表 / Assessment report",
            description = "某组织下级树（含本级）某年度的党建考核报表："
                    + "（1）考核排名：该年度考核方案下被考核组织在子树内的考核，在每个方案内按总分从高到低排名（不同方案满分不同，不跨方案排名），同分同名次（如 1、1、3），同分再按组织名称；"
                    + "尚未计分定等的考核也列出，排在该方案已计分者之后，没有名次；"
                    + "（2）等次分布：优秀、良好、一般、较差各多少（都列出，可为 0）及尚未定等的数量；"
                    + "（3）逾期任务：承接组织在子树内、完成时限在该年度且早于今天（北京时间）、未完成也未取消的任务，列出逾期天数；"
                    + "（4）述职评议：该年度子树内每次述职评议的投票结果与满意率（好+较好）÷ 已投票数，以及由其提出的整改事项按状态计数和逾期（整改中且时限早于今天）数。"
                    + "只读本服务的数据；调用者须能查看该组织（不存在或不在本人管理范围内时 422，与其他按 organizationId 查询的接口相同）。"
                    + "Accept: text/csv 或 Excel（application/vnd.openxmlformats-officedocument.spreadsheetml.sheet）时返回中文表头的文件，可直接下载："
                    + "Excel 每部分一个工作表，CSV 各部分依次排列、以空行分隔、各有表头。"
                    + " / The assessment report of an organization's subtree (itself included) for a year: "
                    + "(1) ranking: the year's assessments of organizations in the subtree, ranked within each scheme (schemes differ in their maximum, "
                    + "so there is no ranking across schemes) by total, highest first; equal totals share a rank (1, 1, 3), then by organization name; "
                    + "assessments not yet scored are listed after the scored ones of their scheme, without a rank; "
                    + "(2) grades: how many are 优秀, 良好, 一般 and 较差 (all four, zeros included) and how many are not yet graded; "
                    + "(3) overdue tasks: tasks assigned to the subtree, due in the year and before today (China time), neither done nor cancelled, with the days overdue; "
                    + "(4) duty reports: each of the year's duty reports in the subtree with its ballot totals and satisfaction rate (excellent + good) ÷ ballots, "
                    + "and its rectification items by status with how many are overdue (open and past the deadline). "
                    + "Only this service's data is read; the caller must see the organization (one unknown or outside the caller's subtree is 422, as in the other reads by organizationId). "
                    + "With Accept: text/csv or the Excel media type, a file with Chinese headers for download: in Excel one sheet per part, "
                    + "in CSV the parts one after the other, each under its header row, an empty line between them.")
    @APIResponse(responseCode = "200", description = "报表 / The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentReportView.class),
                               examples = @ExampleObject(name = "机关党委 2025", value = EXAMPLE)),
                       @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                       @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "422", description = "组织不存在或不在可见范围内 / Organization not found or outside the caller's subtree",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response report(
            @QueryParam("organizationId") @ValidId @NotBlank @Size(max = 26)
            @Parameter(description = "组织（含下级） / Organization (with its subtree)", required = true, example = ExampleIds.PARTY_COMMITTEE) String organizationId,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) @Parameter(description = "年度 / Year", required = true, example = "2025") Integer year,
            @HeaderParam("Accept") String accept) {
        AssessmentReport report = reports.report(organizationId, year);
        return ReportFiles.negotiate(accept, "assessment-" + report.year(), () -> AssessmentReportTable.tables(report),
                () -> AssessmentReportView.of(report));
    }
}
