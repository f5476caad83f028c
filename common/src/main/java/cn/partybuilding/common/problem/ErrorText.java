package cn.partybuilding.common.problem;

/** The HTTP status and the Chinese and English wording of one error code. */
public record ErrorText(int status, String titleZh, String titleEn, String detailZh, String detailEn) {
}
