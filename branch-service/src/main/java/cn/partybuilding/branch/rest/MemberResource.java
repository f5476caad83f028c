package cn.partybuilding.branch.rest;

import cn.partybuilding.branch.domain.MemberStatus;
import cn.partybuilding.branch.domain.MemberTransfer;
import cn.partybuilding.branch.domain.MemberProfile;
import cn.partybuilding.branch.domain.MemberWithPersonalData;
import cn.partybuilding.branch.domain.Post;
import cn.partybuilding.branch.rest.dto.CreateMemberRequest;
import cn.partybuilding.branch.rest.dto.MemberTransferView;
import cn.partybuilding.branch.rest.dto.MemberView;
import cn.partybuilding.branch.rest.dto.ProbationExtensionRequest;
import cn.partybuilding.branch.rest.dto.TransferRequest;
import cn.partybuilding.branch.rest.dto.UpdateMemberRequest;
import cn.partybuilding.branch.service.MemberService;
import cn.partybuilding.common.http.Responses;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.paging.IdList;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.security.Caller;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.common.security.Scope;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/members")
@Tag(name = "Members", description = "党员、组织关系转接、预备期 / Members, transfers and probation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class MemberResource {

    private static final String MEMBER_EXAMPLE = """
            {"organizationId":"01JDZ9Y4K3M8Q2W6E5R7T1V0XA","name":"李晓梅","gender":"FEMALE","ethnicity":"汉族",
             "education":"MASTER","status":"PROBATIONARY","joinedOn":"2025-06-28","posts":[],
             "phone":"13812345678","idCardNumber":"11010519491231002X"}""";

    @Inject
    MemberService memberService;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.MEMBERS_WRITE})
    @Operation(operationId = "createMember", summary = "登记党员 / Register a member",
            description = "在党支部或党小组登记党员。手机号须为中国大陆手机号；身份证号按 GB 11643 校验，并须与出生日期、性别一致，全局唯一。"
                    + "预备党员的预备期满日期为入党日期后一年；入党未满一年的只能登记为预备党员。入党时须年满十八周岁。"
                    + " / Registers a member in a branch or party group. The phone must be a mainland mobile number; the ID number is checked "
                    + "(GB 11643), must match birth date and gender, and is unique. Probation ends one year after admission, so a member "
                    + "admitted less than a year ago is registered as probationary. Members are at least 18 when admitted.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateMemberRequest.class),
            examples = @ExampleObject(name = "预备党员 / probationary member", value = MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "已登记 / Registered",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "该身份证号码的党员已存在 / A member with this ID number exists (MEMBER_ID_CARD_TAKEN)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "组织不存在或不能直接管理党员，未满十八周岁，或入党未满一年却登记为正式党员 / "
            + "Organization not found or holds no members, under 18 when admitted, or full though admitted less than a year ago "
            + "(ADMITTED_LESS_THAN_A_YEAR_AGO)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid CreateMemberRequest request) {
        MemberWithPersonalData member = memberService.create(request.toCommand());
        return Responses.created(uriInfo, member.member().id, MemberView.of(member), member.member().version);
    }

    @GET
    @Operation(operationId = "listMembers", summary = "查询党员 / List members",
            description = "调用方范围内的党员，可按组织下级树、状态、职务、姓名或编号批量筛选，游标分页。其他服务用 ids 批量取党员所在组织。"
                    + " / Members within the caller's subtree, filtered by organization subtree, status, post, name or ids; cursor-paged. "
                    + "Other services fetch members' organizations in batches with ids.")
    @APIResponse(responseCode = "200", description = "一页党员 / A page of members",
            content = @Content(schema = @Schema(implementation = MemberPage.class)))
    @APIResponse(responseCode = "422", description = "筛选的组织不存在或不在范围内 / The organization filtered by was not found or is outside the caller's subtree (ORGANIZATION_NOT_FOUND)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<MemberView> list(
            @QueryParam("organizationId") @ValidId @Size(max = 26) @Parameter(description = "该组织及其下级 / This organization's subtree") String organizationId,
            @QueryParam("status") @Parameter(description = "党员状态 / Status") MemberStatus status,
            @QueryParam("post") @Parameter(description = "职务 / Post") Post post,
            @QueryParam("q") @Size(min = 1, max = 50) @Parameter(description = "姓名包含 / Name contains") String q,
            @QueryParam("ids") @Size(max = 5600) @Parameter(description = "编号列表，逗号分隔，最多 200 个 / Comma-separated ids, at most 200") String ids,
            @Valid @BeanParam PageParams page) {
        return memberService.list(organizationId, status, post, q, IdList.parse(ids), page).map(MemberView::of);
    }

    @GET
    @Path("/me")
    @RolesAllowed({Role.MEMBER, Role.SECRETARY})
    @Operation(operationId = "getMyMember", summary = "我的党员信息 / My member record",
            description = "党员编号取自令牌的 memberId 声明（身份认证中心签发），无则取令牌主体（sub）；返回本人信息，个人信息不脱敏。"
                    + " / The member id is the token's memberId claim (set by the identity provider), else its subject;"
                    + " returns the caller's own record, unmasked.")
    @APIResponse(responseCode = "200", description = "本人信息 / The caller's record",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "404", description = "令牌主体不是已登记的党员 / The token's subject is no registered member",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response me() {
        return get(caller.subject());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMember", summary = "读取党员 / Get a member",
            description = "个人信息仅对系统管理员、本组织管理员和本人完整显示。 / Personal data is shown in full only to system administrators, organization administrators and the member.")
    @APIResponse(responseCode = "200", description = "党员 / The member",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        MemberProfile profile = memberService.profile(id);
        return Responses.ok(MemberView.of(profile.shown(), profile.organizationName()), profile.shown().member().version);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.MEMBERS_WRITE})
    @Operation(operationId = "updateMember", summary = "修改党员信息 / Update a member",
            description = "只修改请求中出现的字段；职务整体替换。组织关系转接、预备期另有操作。"
                    + " / Changes only the fields present; posts are replaced as a whole. Transfers and probation have their own operations.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UpdateMemberRequest.class),
            examples = @ExampleObject(name = "任职 / appoint", value = "{\"posts\":[\"SECRETARY\"],\"phone\":\"13912345678\"}")))
    @APIResponse(responseCode = "200", description = "修改后的党员 / The updated member",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public Response update(@PathParam("id") @ValidId String id, @NotNull @Valid UpdateMemberRequest request,
                           @HeaderParam("If-Match") String ifMatch) {
        return ok(memberService.update(id, request.toCommand(), ifMatch));
    }

    @POST
    @Path("/{id}/transfers")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.MEMBERS_WRITE})
    @Operation(operationId = "transferMember", summary = "组织关系转接 / Transfer a member",
            description = "把党员的组织关系转入另一个党支部或党小组，并记入转接历史；原组织的职务随之免去。"
                    + "预备党员的预备期（期满日期、是否已延长）随转接带到新组织，期满后由新组织讨论转正。"
                    + "同一党员的并发转接依次执行，历史首尾相接。转入组织须在调用方范围内。"
                    + " / Moves the member to another branch or party group and records it in the history; posts in the old organization end. "
                    + "An ongoing probation (its end, and whether it was extended) moves with the member: the receiving branch decides on "
                    + "full membership when it is over. "
                    + "Concurrent transfers of one member run one after another, so the history stays a chain. The target must be within the caller's subtree.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TransferRequest.class),
            examples = @ExampleObject(name = "工作调动 / job move", value = "{\"toOrganizationId\":\"01JDZ9Y4K3M8Q2W6E5R7T1V0XB\",\"reason\":\"工作调动\",\"effectiveOn\":\"2026-11-23\"}")))
    @APIResponse(responseCode = "201", description = "已转接 / Transferred",
            content = @Content(schema = @Schema(implementation = MemberTransferView.class)))
    @APIResponse(responseCode = "409", description = "已在该组织 / Already in that organization (TRANSFER_TO_SAME_ORGANIZATION)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "转入组织不存在或不能管理党员 / Target not found or holds no members",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response transfer(@PathParam("id") @ValidId String id, @NotNull @Valid TransferRequest request,
                             @HeaderParam("If-Match") String ifMatch) {
        MemberTransfer transfer = memberService.transfer(id, request.toCommand(), ifMatch);
        return Responses.created(uriInfo, transfer.id, MemberTransferView.of(transfer), MemberTransfer.VERSION);
    }

    @GET
    @Path("/{id}/transfers")
    @Operation(operationId = "listTransfers", summary = "转接历史 / Transfer history",
            description = "党员的组织关系转接记录，按时间先后，游标分页。 / The member's transfers, oldest first, cursor-paged.")
    @APIResponse(responseCode = "200", description = "一页转接记录 / A page of transfers",
            content = @Content(schema = @Schema(implementation = TransferPage.class)))
    public Page<MemberTransferView> transfers(@PathParam("id") @ValidId String id, @Valid @BeanParam PageParams page) {
        return memberService.transfers(id, page).map(MemberTransferView::of);
    }

    @GET
    @Path("/{id}/transfers/{transferId}")
    @Operation(operationId = "getTransfer", summary = "读取转接记录 / Get a transfer",
            description = "党员的一次组织关系转接，即转接操作返回的 Location；转接记录登记后不再修改，ETag 不变。"
                    + "党员不在调用方范围内，或该转接不属于该党员，均返回 404。"
                    + " / One transfer of the member, the Location a transfer answers with; a transfer is never rewritten, "
                    + "so its ETag does not change. A member outside the caller's subtree, or a transfer of another member, answers 404.")
    @APIResponse(responseCode = "200", description = "转接记录 / The transfer",
            content = @Content(schema = @Schema(implementation = MemberTransferView.class)))
    @APIResponse(responseCode = "404", description = "党员或转接记录不存在或不在调用方的组织范围内 / "
            + "No such member or transfer of that member, or the member is outside the caller's organization subtree",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response getTransfer(@PathParam("id") @ValidId String id,
                                @PathParam("transferId") @ValidId @Parameter(description = "转接编号（不透明字符串） / The transfer's opaque id") String transferId) {
        return Responses.ok(MemberTransferView.of(memberService.transferOf(id, transferId)), MemberTransfer.VERSION);
    }

    @POST
    @Path("/{id}/probation-extension")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.MEMBERS_WRITE})
    @Operation(operationId = "extendProbation", summary = "延长预备期 / Extend probation",
            description = "记录支部大会作出、经上级党组织批准的延长预备期决定：预备期满后（含当天）才能延长，只能延长一次，6 至 12 个月，"
                    + "自原期满日期起算。表决本身（到会人数、赞成票）不在本接口中记录。"
                    + " / Records the decision of the branch general meeting, approved by the higher organization, to extend probation: "
                    + "only once probation is over (from its last day on), only once, by 6 to 12 months from the original end. "
                    + "The vote itself (attendance, votes for) is not recorded here.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProbationExtensionRequest.class),
            examples = @ExampleObject(name = "半年 / six months", value = "{\"months\":6}")))
    @APIResponse(responseCode = "200", description = "延长后的党员 / The member with the new probation end",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "不是预备党员、已延长过或预备期未满 / Not probationary, already extended, or probation not over",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response extendProbation(@PathParam("id") @ValidId String id, @NotNull @Valid ProbationExtensionRequest request,
                                    @HeaderParam("If-Match") String ifMatch) {
        return ok(memberService.extendProbation(id, request.toCommand(), ifMatch));
    }

    @POST
    @Path("/{id}/full-membership")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.MEMBERS_WRITE})
    @Operation(operationId = "grantFullMembership", summary = "预备党员转正 / Grant full membership",
            description = "记录转正：预备期满后（含当天，按北京时间）支部大会讨论通过（赞成人数须超过应到会有表决权的正式党员的半数）"
                    + "并报上级党组织批准的，转为正式党员；党龄从预备期满之日算起。本接口不记录表决本身，由调用方在会议通过并获批准后调用。"
                    + " / Records full membership: from the end of probation on (China's date), once the branch general meeting has voted "
                    + "for it (votes for from more than half of the full members with a vote who should attend) and the higher "
                    + "organization has approved; "
                    + "party standing counts from the end of probation. The vote itself is not recorded here: call this after the meeting and the approval.")
    @APIResponse(responseCode = "200", description = "转正后的党员 / The full member",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "不是预备党员或预备期未满 / Not probationary, or probation not over",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response grantFullMembership(@PathParam("id") @ValidId String id, @HeaderParam("If-Match") String ifMatch) {
        return ok(memberService.grantFullMembership(id, ifMatch));
    }

    private static Response ok(MemberWithPersonalData member) {
        return Responses.ok(MemberView.of(member), member.member().version);
    }

    @Schema(name = "MemberPage", description = "一页党员 / A page of members")
    public record MemberPage(List<MemberView> items,
                             @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }

    @Schema(name = "MemberTransferPage", description = "一页转接记录 / A page of transfers")
    public record TransferPage(List<MemberTransferView> items,
                               @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
