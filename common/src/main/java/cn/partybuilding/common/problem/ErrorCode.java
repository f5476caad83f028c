package cn.partybuilding.common.problem;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * A stable, documented error code. Each service declares its own codes as an enum implementing this
 * interface; clients switch on {@link #name()}, people read the localized message.
 * Messages use {@link MessageFormat} placeholders ({0}, {1}...).
 */
public interface ErrorCode {

    String name();

    ErrorText text();

    default int status() {
        return text().status();
    }

    default String title(Locale locale) {
        return ProblemLocale.isEnglish(locale) ? text().titleEn() : text().titleZh();
    }

    default String detail(Locale locale, Object... args) {
        String pattern = ProblemLocale.isEnglish(locale) ? text().detailEn() : text().detailZh();
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A URI naming the problem type, stable per code. */
    default String type() {
        return "https://api.partybuilding.cn/problems/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
