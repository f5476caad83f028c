package cn.partybuilding.common.problem;

import java.util.List;
import java.util.Locale;

/** Chinese is the default language of every message; English is given to callers that prefer it. */
public final class ProblemLocale {

    private ProblemLocale() {
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** Like {@link #choose(List)}, from a raw {@code Accept-Language} header (null or malformed: Chinese). */
    public static Locale fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            return choose(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList());
        } catch (IllegalArgumentException malformed) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }

    /** The first of the caller's acceptable languages that we speak, or Chinese. */
    public static Locale choose(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                if ("en".equals(locale.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("zh".equals(locale.getLanguage())) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
