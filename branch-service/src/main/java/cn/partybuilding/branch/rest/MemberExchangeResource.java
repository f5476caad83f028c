package cn.partybuilding.branch.rest;

import cn.partybuilding.branch.domain.Member;
import cn.partybuilding.branch.rest.dto.MemberImportResult;
import cn.partybuilding.branch.service.BranchError;
import cn.partybuilding.branch.service.MemberExchangeService;
import cn.partybuilding.branch.service.MemberImportRejected;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.problem.FieldError;
import cn.partybuilding.common.problem.Problem;
import cn.partybuilding.common.problem.ProblemLocale;
import cn.partybuilding.common.problem.ProblemResponses;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.common.security.Scope;
import cn.partybuilding.common.time.ChinaTime;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Members exchanged as spreadsheets with other systems and with people (党员信息采集表): export
 * of a subtree as CSV or Excel, and import from Excel with its template.
 */
@Path("/v1/members")
@Tag(name = "Members", description = "党员、组织关系转接、预备期 / Members, transfers and probation")
@Authenticated
public class MemberExchangeResource {

    private static final String PROBLEM_EXAMPLE = """
            {"type":"https://api.partybuilding.cn/problems/import-rows-invalid","title":"导入文件有误","status":422,
             "detail":"导入文件有 2 处错误，未导入任何党员，详见 errors","code":"IMPORT_ROWS_INVALID",
             "errors":[{"field":"第3行 性别","message":"须为以下之一：男、女"},
                       {"field":"第12行 身份证号码","message":"须为 18 位居民身份证号码且校验位正确（GB 11643）"}]}""";

    @Inject
    MemberExchangeService exchange;

    @GET
    @Path("/export")
    @Produces({MemberSheets.CSV, MemberSheets.XLSX})
    @Operation(operationId = "exportMembers", summary = "导出党员 / Export members",
            description = "调用方范围内（指定 organizationId 时为该组织及其下级）的全部党员，按党员信息采集表的列序，中文表头。"
                    + "Accept: text/csv 返回带 BOM 的 UTF-8 CSV，Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet 返回 Excel；"
                    + "文件边读边写，多少党员都不占更多内存。手机号码和身份证号码按党员列表对调用方的规则脱敏，完整显示的记入审计日志。"
                    + "可由该角色查询党员列表的调用方均可导出。以 = + - @ 开头的内容前加单引号，防止被当作公式。"
                    + " / Every member within the caller's scope (with organizationId, that organization's subtree), in the column order of "
                    + "the 党员信息采集表, under Chinese headers. Accept: text/csv gives UTF-8 CSV with a BOM, the Excel media type an .xlsx file; "
                    + "the file is written as the rows are read, in constant memory. Phone and ID numbers are masked as the member list masks them "
                    + "for the caller, and unmasked ones are audited as reads. Whoever may list the members may export them. Text starting "
                    + "with = + - @ is prefixed with an apostrophe so that it is never taken for a formula.")
    @APIResponse(responseCode = "200", description = "党员文件（Content-Disposition: attachment） / The members file (Content-Disposition: attachment)",
            content = {@Content(mediaType = MemberSheets.CSV, schema = @Schema(type = SchemaType.STRING),
                               examples = @ExampleObject(name = "CSV", value = "姓名,性别,身份证号码,民族,出生日期,学历,人员类别,入党日期,预备期满日期,所在党组织,党组织编号,党内职务,手机号码,党员编号\r\n"
                                       + "\"李晓梅\",\"女\",\"110105********002X\",\"汉族\",\"1949-12-31\",\"研究生（硕士）\",\"预备党员\",\"2025-06-28\",\"2026-06-28\","
                                       + "\"市财政局机关第一党支部\",\"01JDZ9Y4K3M8Q2W6E5R7T1V0XA\",\"宣传委员\",\"138****5678\",\"01JDZA3QW5X8N4B2C7D9E1F0GH\"\r\n")),
                       @Content(mediaType = MemberSheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "406", description = "Accept 不是 CSV 或 Excel / Accept is neither CSV nor Excel",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "组织不存在或不在调用方范围内 / Organization not found or outside the caller's scope (ORGANIZATION_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response export(
            @QueryParam("organizationId") @ValidId @Size(max = 26)
            @Parameter(description = "该组织及其下级；不填为调用方的全部范围 / This organization's subtree; without it, the caller's whole scope") String organizationId,
            @Context HttpHeaders headers) {
        String subtree = exchange.exportSubtree(organizationId);
        boolean excel = headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.valueOf(MemberSheets.XLSX))
                && !t.isWildcardType());
        StreamingOutput file = excel
                ? out -> {
                    MemberSheets.ExcelFile workbook = new MemberSheets.ExcelFile(out);
                    exchange.export(subtree, workbook::write);
                    workbook.finish();
                }
                : out -> {
                    try (MemberSheets.CsvFile csv = new MemberSheets.CsvFile(out)) {
                        exchange.export(subtree, csv::write);
                    }
                };
        String name = "members-" + (organizationId == null ? "all" : organizationId) + "-" + ChinaTime.today() + (excel ? ".xlsx" : ".csv");
        return Response.ok(file, excel ? MemberSheets.XLSX : MemberSheets.CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @GET
    @Path("/import-template")
    @Produces(MemberSheets.XLSX)
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Scope.MEMBERS_WRITE}) // the roles of import
    @Operation(operationId = "getMemberImportTemplate", summary = "党员导入模板 / Member import template",
            description = "Excel 模板：第一个工作表“党员信息”是导入读取的列（与导出同序、同表头），性别、学历、人员类别有下拉选项，"
                    + "身份证号码、手机号码、党组织编号按文本格式；“填写示例”工作表有一行示例，“可选值”工作表列出性别、学历、人员类别和党内职务的取值。"
                    + "导出的文件也可以直接导入：多出的列（预备期满日期、所在党组织、党员编号）不读取。需要系统管理员或组织管理员角色，或带 members:write 权限范围的 API_CLIENT。"
                    + " / An Excel template: its first sheet, 党员信息, has the columns import reads (the export's headers, in its order), drop-downs "
                    + "for gender, education and status, and the ID, phone and organization columns formatted as text; the sheet 填写示例 holds "
                    + "an example row and 可选值 lists the allowed values of gender, education, status and posts. An exported file imports as it is: "
                    + "its extra columns are not read. Requires SYSTEM_ADMIN, ORG_ADMIN, or API_CLIENT with the scope members:write.")
    @APIResponse(responseCode = "200", description = "模板（Content-Disposition: attachment） / The template (Content-Disposition: attachment)",
            content = @Content(mediaType = MemberSheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response importTemplate() {
        StreamingOutput file = MemberSheets::template;
        return Response.ok(file, MemberSheets.XLSX)
                .header("Content-Disposition", "attachment; filename=\"member-import-template.xlsx\"")
                .build();
    }

    @POST
    @Path("/import")
    @Consumes(MemberSheets.XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Scope.MEMBERS_WRITE}) // the template's too
    @Operation(operationId = "importMembers", summary = "导入党员 / Import members",
            description = "从 Excel 文件（请求体即 .xlsx 文件，最大 1 MB、" + MemberExchangeService.MAX_IMPORT_ROWS + " 行）登记党员，按第一行的表头识别列。"
                    + "先检查全部行，规则与登记党员相同（性别、学历、人员类别和党内职务填中文名称，日期如 2020-07-01，身份证号码校验并与出生日期、性别一致，"
                    + "手机号码，党组织须为调用方范围内的党支部或党小组，身份证号码在文件内和已登记党员中都不能重复），有任何错误则一名也不导入，"
                    + "以一个 422 问题返回全部错误，errors[].field 指明行和列（如“第12行 身份证号码”）；没有错误则在一个事务中全部登记。"
                    + "指定 organizationId 时全部党员登记到该组织，文件中的党组织编号不读取。支持 Idempotency-Key：同一键重试返回第一次的结果，不会重复登记。"
                    + "需要系统管理员或组织管理员角色，或带 members:write 权限范围的 API_CLIENT（其组织范围内）。"
                    + " / Registers the members of an Excel file (the request body is the .xlsx file, at most 1 MB and "
                    + MemberExchangeService.MAX_IMPORT_ROWS + " rows), its columns found by the headers of row 1. Every row is checked first, "
                    + "by the rules of registering a member (gender, education, status and posts by their Chinese names, dates such as 2020-07-01, "
                    + "the ID number checked and consistent with birth date and gender, the phone, the organization a branch or party group "
                    + "within the caller's scope, no ID number twice in the file or among registered members); any error and nothing is imported: "
                    + "one 422 problem lists them all, errors[].field naming row and column (第12行 身份证号码). Without errors all rows are "
                    + "registered in one transaction. With organizationId every member goes there and the file's organization column is not read. "
                    + "Idempotency-Key makes a retry answer the first result instead of registering twice. Requires SYSTEM_ADMIN, ORG_ADMIN, or API_CLIENT with the scope members:write "
                    + "(within its organization's subtree).")
    @RequestBody(required = true, content = @Content(mediaType = MemberSheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "已全部登记 / All registered",
            content = @Content(schema = @Schema(implementation = MemberImportResult.class)))
    @APIResponse(responseCode = "409", description = "并发登记了相同身份证号码的党员 / A member with one of the ID numbers was registered meanwhile (MEMBER_ID_CARD_TAKEN)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "文件超过 1 MB 或行数过多 / File over 1 MB or too many rows (PAYLOAD_TOO_LARGE, IMPORT_TOO_MANY_ROWS)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "请求体不是 .xlsx / The body is not declared as .xlsx (UNSUPPORTED_MEDIA_TYPE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "文件中有错误，未导入任何党员；或文件无法读取、没有数据；或 organizationId 不可用 / "
            + "Errors in the file, nothing imported (IMPORT_ROWS_INVALID); or an unreadable or empty file; or an unusable organizationId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "行错误 / row errors", value = PROBLEM_EXAMPLE)))
    public Response importMembers(
            @QueryParam("organizationId") @ValidId @Size(max = 26)
            @Parameter(description = "全部登记到该党支部或党小组；不填则按文件中的党组织编号 / Register every member in this branch or party group; "
                    + "without it, in the organization each row names") String organizationId,
            InputStream file, @Context HttpHeaders headers) {
        MemberSheets.Upload upload = MemberSheets.read(file);
        try {
            List<Member> imported = exchange.importMembers(organizationId, upload.columns(), upload.rows());
            return Response.status(Response.Status.CREATED)
                    .entity(new MemberImportResult(imported.size(), imported.stream().map(m -> m.id).toList()))
                    .type(MediaType.APPLICATION_JSON).build();
        } catch (MemberImportRejected rejected) {
            Locale locale = ProblemLocale.choose(headers.getAcceptableLanguages());
            List<FieldError> errors = rejected.errors().stream()
                    .map(e -> new FieldError("第" + e.row() + "行 " + e.column(), e.code().detail(locale, e.args())))
                    .toList();
            return ProblemResponses.of(headers, BranchError.IMPORT_ROWS_INVALID, errors, errors.size());
        }
    }
}
