package cn.partybuilding.assessment.domain;

/** A panel member's judgement of a 述职: 好, 较好, 一般, 差. */
public enum BallotChoice {
    EXCELLENT, GOOD, FAIR, POOR;

    /** 好 and 较好 count as satisfied. */
    public boolean satisfied() {
        return this == EXCELLENT || this == GOOD;
    }
}
