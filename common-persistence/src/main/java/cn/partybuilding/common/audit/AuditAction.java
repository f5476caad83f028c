package cn.partybuilding.common.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an audit event records. */
@Schema(description = "审计动作 / Audit action：CREATE 新建, UPDATE 修改, DELETE 删除, READ_PERSONAL_DATA 查看个人信息")
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** A caller was shown a resource's personal data (phone, ID number) unmasked. */
    READ_PERSONAL_DATA;

    public boolean isWrite() {
        return this != READ_PERSONAL_DATA;
    }
}
