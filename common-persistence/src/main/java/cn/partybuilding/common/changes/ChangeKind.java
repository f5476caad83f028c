package cn.partybuilding.common.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeKind", description = "变更类型 / Change kind：UPSERT 新建或修改（created or changed）, DELETE 删除，墓碑，不带 resource（deleted: a tombstone without resource）")
public enum ChangeKind {
    UPSERT,
    DELETE
}
