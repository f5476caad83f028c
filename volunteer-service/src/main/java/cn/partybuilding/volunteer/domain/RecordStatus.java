package cn.partybuilding.volunteer.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** SUBMITTED → CONFIRMED or REJECTED by the community; only confirmed hours count. */
@Schema(description = "志愿服务记录状态 / Record status：SUBMITTED 待确认, CONFIRMED 已确认, REJECTED 已驳回")
public enum RecordStatus {
    SUBMITTED,
    CONFIRMED,
    REJECTED
}
