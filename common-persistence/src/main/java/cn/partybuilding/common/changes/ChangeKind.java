package cn.partybuilding.common.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeKind", description = "UPSERT：新建或修改；DELETE：删除（墓碑，无 resource） / UPSERT: created or changed; DELETE: deleted (a tombstone without resource)")
public enum ChangeKind {
    UPSERT,
    DELETE
}
