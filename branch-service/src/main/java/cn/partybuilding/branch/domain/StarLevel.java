package cn.partybuilding.branch.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 星级党支部: three, four or five stars. */
@Schema(description = "星级 / Star level：THREE 三星, FOUR 四星, FIVE 五星")
public enum StarLevel {
    THREE,
    FOUR,
    FIVE
}
