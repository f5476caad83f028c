package cn.partybuilding.branch.service;

import cn.partybuilding.common.problem.ErrorCode;
import cn.partybuilding.common.problem.ErrorText;

/** Error codes of branch-service; clients switch on the name, people read the message. */
public enum BranchError implements ErrorCode {
    ORGANIZATION_CODE_TAKEN(409, "组织编码已存在", "Organization code taken",
            "该组织编码已被使用", "The organization code is already in use"),
    PARENT_NOT_FOUND(422, "上级组织不存在", "Parent not found",
            "上级组织 {0} 不存在或不在您的管理范围内", "The parent organization {0} does not exist or is outside your scope"),
    ORGANIZATION_NOT_FOUND(422, "组织不存在", "Organization not found",
            "组织 {0} 不存在或不在您的管理范围内", "The organization {0} does not exist or is outside your scope"),
    INVALID_HIERARCHY(422, "组织层级不合规", "Invalid hierarchy",
            "{0} 不能设在 {1} 之下", "A {0} cannot stand under a {1}"),
    ROOT_REQUIRES_SYSTEM_ADMIN(403, "无权创建顶级组织", "Only system administrators create roots",
            "只有系统管理员可以创建或移动顶级组织", "Only a system administrator may create or move a top-level organization"),
    TREE_TOO_DEEP(422, "组织层级过深", "Tree too deep",
            "组织树最多 {0} 层", "The organization tree has at most {0} levels"),
    MOVE_INTO_OWN_SUBTREE(409, "不能移入自身下级", "Cannot move into own subtree",
            "不能把组织移到它自己或它的下级组织之下", "An organization cannot move under itself or its own descendants"),
    ORGANIZATION_NOT_EMPTY(409, "组织不为空", "Organization not empty",
            "该组织仍有 {0} 个下级组织和 {1} 名党员，不能删除", "The organization still has {0} child organizations and {1} members"),
    ORGANIZATION_HAS_RECORDS(409, "组织有历史记录", "Organization has records",
            "该组织有组织关系转接、星级评定或命名记录，不能删除", "The organization has transfer, rating or designation records and cannot be deleted"),
    ORGANIZATION_HOLDS_NO_MEMBERS(422, "该组织不能直接管理党员", "Organization holds no members",
            "党员须编入党支部或党小组，{0} 不是", "Members belong to a branch or party group; {0} is neither"),
    INVALID_PHONE(400, "手机号码不合法", "Invalid phone number",
            "须为 11 位中国大陆手机号码", "Must be an 11-digit mainland China mobile number"),
    INVALID_ID_CARD(400, "身份证号码不合法", "Invalid ID-card number",
            "须为 18 位居民身份证号码且校验位正确（GB 11643）", "Must be an 18-character resident ID number with a valid GB 11643 check digit"),
    ID_CARD_MISMATCH(400, "身份证号码与出生日期或性别不一致", "ID-card number inconsistent",
            "身份证号码中的{0}与填写的不一致", "The {0} encoded in the ID-card number differs from the one given"),
    TOO_YOUNG(422, "未满十八周岁", "Under eighteen",
            "入党时须年满十八周岁", "A member must be at least 18 years old when admitted"),
    MEMBER_ID_CARD_TAKEN(409, "党员已存在", "Member exists",
            "该身份证号码的党员已登记", "A member with this ID-card number is already registered"),
    NOT_PROBATIONARY(409, "不是预备党员", "Not probationary",
            "只有预备党员可以{0}", "Only a probationary member can be {0}"),
    PROBATION_ALREADY_EXTENDED(409, "预备期已延长过", "Probation already extended",
            "预备期只能延长一次", "Probation can be extended only once"),
    PROBATION_NOT_OVER(409, "预备期未满", "Probation not over",
            "预备期至 {0} 届满，届满后才能讨论转正或延长预备期",
            "Probation ends on {0}; full membership or an extension can be decided only from then"),
    ADMITTED_LESS_THAN_A_YEAR_AGO(422, "入党未满一年", "Admitted less than a year ago",
            "入党后预备期一年，至 {0} 届满，此前只能登记为预备党员",
            "Probation runs one year from admission, until {0}: until then the member is registered as probationary"),
    TRANSFER_TO_SAME_ORGANIZATION(409, "转入组织与当前组织相同", "Same organization",
            "党员已在该组织", "The member already belongs to that organization"),
    RATING_EXISTS(409, "该年度已有评定", "Rating exists",
            "该组织在该年度已有星级评定", "The organization already has a star rating for that year"),
    RATING_NOT_EDITABLE(409, "评定已不可修改", "Rating not editable",
            "评定状态为 {0}，只有公示中的评定可以修改", "The rating is {0}; only ratings under public notice can change"),
    INVALID_STATUS_TRANSITION(409, "状态变更不允许", "Invalid status transition",
            "不能从 {0} 变为 {1}", "Cannot move from {0} to {1}"),
    NOTICE_NOT_OVER(409, "公示期未满", "Notice period not over",
            "公示期至 {0} 结束，之后才能确定", "The public notice runs until {0}; the rating can be final only afterwards"),
    INVALID_NOTICE_PERIOD(400, "公示期不合法", "Invalid notice period",
            "公示结束日期不能早于开始日期", "The notice end cannot be before its start"),
    ORGANIZATION_NOT_RATABLE(422, "该组织不参加星级评定", "Organization not ratable",
            "星级评定针对党支部和党总支，{0} 不是", "Star ratings are for branches and general branches; {0} is neither"),
    DESIGNATION_EXISTS(409, "命名已存在", "Designation exists",
            "该组织在该年度已有此类命名", "The organization already has this designation for that year"),
    IMPORT_ROWS_INVALID(422, "导入文件有误", "Import file has errors",
            "导入文件有 {0} 处错误，未导入任何党员，详见 errors", "The file has {0} errors; no member was imported, see errors"),
    IMPORT_TOO_MANY_ROWS(413, "导入行数过多", "Too many rows",
            "一次最多导入 {0} 名党员", "At most {0} members can be imported at once"),
    IMPORT_FILE_UNREADABLE(422, "无法读取导入文件", "Unreadable file",
            "请上传 .xlsx 格式的 Excel 文件（可先下载导入模板）", "Upload an Excel .xlsx file (start from the import template)"),
    IMPORT_FILE_EMPTY(422, "导入文件没有党员", "No members in the file",
            "第一个工作表在表头下没有数据", "The first sheet has no rows below its header"),
    // what is wrong with one cell of an import file, in the errors[] of IMPORT_ROWS_INVALID
    COLUMN_MISSING(422, "缺少列", "Column missing",
            "缺少此列", "This column is missing"),
    VALUE_REQUIRED(422, "必填", "Required",
            "必须填写", "Must be filled in"),
    VALUE_NOT_ALLOWED(422, "取值不合法", "Value not allowed",
            "须为以下之一：{0}", "Must be one of: {0}"),
    INVALID_DATE(422, "日期不合法", "Invalid date",
            "须为日期，如 2020-07-01", "Must be a date such as 2020-07-01"),
    DATE_IN_FUTURE(422, "日期晚于今天", "Date in the future",
            "不能晚于今天", "Cannot be later than today"),
    VALUE_TOO_LONG(422, "内容过长", "Value too long",
            "最多 {0} 个字", "At most {0} characters"),
    DUPLICATE_IN_FILE(422, "文件内重复", "Repeated in the file",
            "与第{0}行重复", "Repeats row {0}");

    private final ErrorText text;

    BranchError(int status, String titleZh, String titleEn, String detailZh, String detailEn) {
        this.text = new ErrorText(status, titleZh, titleEn, detailZh, detailEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
