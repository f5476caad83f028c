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

    int status();

    String titleZh();

    String titleEn();

    String detailZh();

    String detailEn();

    default String title(Locale locale) {
        return ProblemLocale.isEnglish(locale) ? titleEn() : titleZh();
    }

    default String detail(Locale locale, Object... args) {
        String pattern = ProblemLocale.isEnglish(locale) ? detailEn() : detailZh();
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A URI naming the problem type, stable per code. */
    default String type() {
        return "https://api.partybuilding.cn/problems/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
