package cn.partybuilding.volunteer.rest;

import static cn.partybuilding.common.problem.Problem.MEDIA_TYPE;

import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.volunteer.domain.Certificate;
import cn.partybuilding.volunteer.domain.RankBy;
import cn.partybuilding.volunteer.domain.StatisticsFilter;
import cn.partybuilding.volunteer.rest.dto.MyVolunteerTotalsView;
import cn.partybuilding.volunteer.rest.dto.VolunteerRankingView;
import cn.partybuilding.volunteer.rest.dto.VolunteerTotalsView;
import cn.partybuilding.volunteer.service.CertificateService;
import cn.partybuilding.volunteer.service.StatisticsService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/volunteer-stats")
@Tag(name = "Volunteer statistics", description = "志愿服务统计、排行与时长证明 / Volunteer statistics, rankings and certificates")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class VolunteerStatisticsResource {

    private static final String SCOPE = "系统管理员可查任意范围；组织角色为本级及下级（organizationId 默认本组织）；社区工作人员为本社区；党员为本人。期间为北京时间日期，默认本年度。"
            + " / System administrators see any scope; organization roles their subtree (organizationId defaults to their own); community staff their community; members themselves. "
            + "Periods are China Standard Time dates, the current year by default.";

    @Inject
    StatisticsService statistics;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateDocuments documents;

    @GET
    @Operation(operationId = "getVolunteerTotals", summary = "志愿服务合计 / Volunteer totals",
            description = "已确认的服务时长、人次、服务社区数，可按组织下级树、社区、党员和期间统计。" + SCOPE
                    + " / Confirmed hours, person-times and communities served, per organization subtree, community, member and period.")
    @APIResponse(responseCode = "200", description = "合计 / Totals", content = @Content(schema = @Schema(implementation = VolunteerTotalsView.class)))
    @APIResponse(responseCode = "503", description = "branch-service 不可用（按组织统计时） / branch-service unavailable (subtree figures)", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "筛选的组织、社区或党员不存在或不在范围内 / The organization, community or member filtered by was not found or is outside the caller's scope", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "502", description = "branch-service 出错 / branch-service failed (BRANCH_SERVICE_ERROR)", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public VolunteerTotalsView totals(
            @QueryParam("organizationId") @ValidId @Size(max = 26) @Parameter(description = "组织（含下级） / Organization subtree") String organizationId,
            @QueryParam("communityId") @ValidId @Size(max = 26) @Parameter(description = "社区 / Community") String communityId,
            @QueryParam("memberId") @ValidId @Size(max = 26) @Parameter(description = "党员 / Member") String memberId,
            @QueryParam("from") @Parameter(description = "起始日期 / First day") LocalDate from,
            @QueryParam("to") @Parameter(description = "截止日期（含） / Last day (inclusive)") LocalDate to) {
        StatisticsFilter filter = statistics.filter(organizationId, communityId, memberId, from, to);
        return VolunteerTotalsView.of(filter, organizationId, statistics.totals(filter));
    }

    @GET
    @Path("/rankings")
    @Operation(operationId = "listVolunteerRankings", summary = "排行榜 / Rankings",
            description = "按已确认时长排列党员（MEMBER）、组织（ORGANIZATION，党员所在组织）或社区（COMMUNITY）。" + SCOPE
                    + " / Members, organizations (the members' own) or communities by confirmed hours.")
    @APIResponse(responseCode = "200", description = "排行 / The ranking", content = @Content(schema = @Schema(implementation = VolunteerRankingView.class)))
    @APIResponse(responseCode = "422", description = "筛选的组织、社区或党员不存在或不在范围内 / The organization, community or member filtered by was not found or is outside the caller's scope", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "branch-service 不可用（按组织排行时） / branch-service unavailable (subtree rankings)", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "502", description = "branch-service 出错 / branch-service failed (BRANCH_SERVICE_ERROR)", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public VolunteerRankingView ranking(
            @QueryParam("by") @DefaultValue("MEMBER") @Parameter(description = "排行对象 / What to rank") RankBy by,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) @Parameter(description = "前几名，最多 100 / How many, at most 100") int limit,
            @QueryParam("organizationId") @ValidId @Size(max = 26) @Parameter(description = "组织（含下级） / Organization subtree") String organizationId,
            @QueryParam("communityId") @ValidId @Size(max = 26) @Parameter(description = "社区 / Community") String communityId,
            @QueryParam("from") @Parameter(description = "起始日期 / First day") LocalDate from,
            @QueryParam("to") @Parameter(description = "截止日期（含） / Last day (inclusive)") LocalDate to) {
        StatisticsFilter filter = statistics.filter(organizationId, communityId, null, from, to);
        return VolunteerRankingView.of(by, filter, statistics.ranking(filter, by, limit));
    }

    @GET
    @Path("/me")
    @RolesAllowed({Role.MEMBER, Role.SECRETARY})
    @Operation(operationId = "getMyVolunteerTotals", summary = "我的志愿服务 / My volunteer totals",
            description = "移动端“我的时长”：已确认时长、人次、服务社区数，待确认时长，以及当前报到的社区。默认本年度。"
                    + " / For the mobile app: confirmed hours, person-times, communities served, hours awaiting confirmation and the community reported to now. The current year by default.")
    @APIResponse(responseCode = "200", description = "我的合计 / My totals", content = @Content(schema = @Schema(implementation = MyVolunteerTotalsView.class)))
    public MyVolunteerTotalsView mine(
            @QueryParam("from") @Parameter(description = "起始日期 / First day") LocalDate from,
            @QueryParam("to") @Parameter(description = "截止日期（含） / Last day (inclusive)") LocalDate to) {
        return MyVolunteerTotalsView.of(statistics.mine(from, to));
    }

    @GET
    @Path("/certificate")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    @Operation(operationId = "getVolunteerCertificate", summary = "志愿服务时长证明 / Volunteer-hours certificate",
            description = "党员在期间内经社区确认的服务记录与合计，Accept: application/pdf 为 PDF（A4），text/html 为可打印网页。党员本人或其组织管理员可开具；需要 branch-service 可用。"
                    + "证明载明姓名、身份证号码（始终脱敏）、所在党组织、服务期间、累计时长（实际服务时间，不含往返交通时间）、人次与服务社区数、每条记录（日期、起止时间、社区、服务内容、时长）、"
                    + "出具单位、出具日期和证明编号；编号由党员、期间与所计记录算出，记录不变则重新出具编号不变，供核验。"
                    + " / A member's community-confirmed records and totals for a period: a PDF (A4) with Accept: application/pdf, a printable page with text/html. "
                    + "For the member or their organization's managers; needs branch-service. It states the name, the ID number (always masked), the party organization, the period, "
                    + "the total hours (time actually served, without travel), person-times and communities, each record (date, times, community, "
                    + "what was done, hours), the issuer, the date of issue and the number, a digest of member, period and records: "
                    + "reissued for unchanged records it is the same, which is how a certificate is verified.")
    @APIResponse(responseCode = "200", description = "证明 / The certificate",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                       @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "422", description = "党员不存在或不在范围内 / Member not found or outside the scope", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "branch-service 不可用或缺少中文字体 / branch-service or the Chinese font unavailable", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "502", description = "branch-service 出错 / branch-service failed (BRANCH_SERVICE_ERROR)", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response certificate(
            @QueryParam("memberId") @ValidId @Size(max = 26) @Parameter(description = "党员；省略为本人 / Member; the caller by default") String memberId,
            @QueryParam("from") @Parameter(description = "起始日期 / First day") LocalDate from,
            @QueryParam("to") @Parameter(description = "截止日期（含） / Last day (inclusive)") LocalDate to,
            @HeaderParam("Accept") String accept) {
        Certificate certificate = certificates.certificate(memberId, from, to);
        if (accept != null && accept.contains(MediaType.TEXT_HTML) && !accept.contains("application/pdf")) {
            return Response.ok(documents.html(certificate).getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML + ";charset=UTF-8")
                    .build();
        }
        return Response.ok(documents.pdf(certificate), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"volunteer-certificate-" + certificate.number() + ".pdf\"").build();
    }
}
