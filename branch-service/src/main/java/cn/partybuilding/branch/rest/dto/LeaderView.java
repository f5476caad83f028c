package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.Leader;
import cn.partybuilding.branch.domain.Post;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Leader", description = "担任职务的党员 / A member holding a post")
public record LeaderView(
        @Schema(description = "职务 / Post") Post post,
        @Schema(description = "党员编号 / Member id") String memberId,
        @Schema(description = "姓名 / Name", examples = "张建国") String name) {

    public static LeaderView of(Leader leader) {
        return new LeaderView(leader.post(), leader.memberId(), leader.name());
    }
}
