package cn.partybuilding.branch.domain;

/**
 * A member with the phone and ID-card number decrypted, and whether the caller may read them in
 * full; whoever shows the member masks them otherwise.
 */
public record MemberWithPersonalData(Member member, String phone, String idCardNumber, boolean readableInFull) {

    /** Whether showing the member to this caller hides anything. */
    public boolean masked() {
        return !readableInFull && (phone != null || idCardNumber != null);
    }
}
