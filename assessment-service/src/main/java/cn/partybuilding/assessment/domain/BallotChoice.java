package cn.partybuilding.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A panel member's judgement of a 述职: 好, 较好, 一般, 差. */
@Schema(description = "评议等次 / Ballot choice：EXCELLENT 好, GOOD 较好, FAIR 一般, POOR 差")
public enum BallotChoice {
    EXCELLENT, GOOD, FAIR, POOR;

    /** 好 and 较好 count as satisfied. */
    public boolean satisfied() {
        return this == EXCELLENT || this == GOOD;
    }
}
