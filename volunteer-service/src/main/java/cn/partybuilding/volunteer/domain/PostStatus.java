package cn.partybuilding.volunteer.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "服务岗状态 / Post status：OPEN 开放认领, CLOSED 已关闭")
public enum PostStatus {
    OPEN,
    CLOSED
}
