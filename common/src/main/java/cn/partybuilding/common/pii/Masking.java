package cn.partybuilding.common.pii;

/** Masks personal data for callers whose role does not need to see it in full. */
public final class Masking {

    private Masking() {
    }

    /** {@code 13812345678} becomes {@code 138****5678}. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 8) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** {@code 110101199003071234} becomes {@code 110101********1234}. */
    public static String idCard(String idCard) {
        if (idCard == null) {
            return null;
        }
        if (idCard.length() < 11) {
            return "*".repeat(idCard.length());
        }
        return idCard.substring(0, 6) + "*".repeat(idCard.length() - 10) + idCard.substring(idCard.length() - 4);
    }
}
