package cn.partybuilding.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorCodeTest {

    @Test
    void detailIsEnglishForEnglishCallers() {
        assertEquals("The request has 3 invalid field(s), see errors",
                CommonError.VALIDATION_FAILED.detail(Locale.ENGLISH, 3));
        assertEquals("Invalid request", CommonError.VALIDATION_FAILED.title(Locale.US));
    }

    @Test
    void detailIsChineseForChineseCallers() {
        assertEquals("请求中有 3 处错误，详见 errors", CommonError.VALIDATION_FAILED.detail(Locale.SIMPLIFIED_CHINESE, 3));
        assertEquals("请求参数不合法", CommonError.VALIDATION_FAILED.title(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void detailWithoutArgumentsIsThePatternItself() {
        assertEquals("The requested resource does not exist", CommonError.NOT_FOUND.detail(Locale.ENGLISH));
    }

    @Test
    void typeIsAnHttpsUriNamedAfterTheCode() {
        URI type = URI.create(CommonError.INVALID_IDEMPOTENCY_KEY.type());

        assertEquals("https", type.getScheme());
        assertTrue(type.getPath().endsWith("/invalid-idempotency-key"), type.toString());
    }

    @ParameterizedTest
    @EnumSource(CommonError.class)
    void everyCodeHasAnErrorStatusAndBothLanguages(CommonError code) {
        assertTrue(code.status() >= 400 && code.status() < 600, code.name());
        assertTrue(!code.text().titleZh().isBlank() && !code.text().titleEn().isBlank(), code.name());
        assertTrue(!code.text().detailZh().isBlank() && !code.text().detailEn().isBlank(), code.name());
    }

    @Test
    void englishCallerGetsEnglish() {
        assertEquals(Locale.ENGLISH, ProblemLocale.choose(List.of(Locale.forLanguageTag("en-US"))));
    }

    @Test
    void chineseIsTheDefault() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, ProblemLocale.choose(List.of()));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ProblemLocale.choose(null));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ProblemLocale.choose(List.of(Locale.FRENCH)));
    }

    @Test
    void firstSupportedLanguageWins() {
        List<Locale> acceptable = List.of(Locale.FRENCH, Locale.forLanguageTag("zh-CN"), Locale.ENGLISH);

        assertEquals(Locale.SIMPLIFIED_CHINESE, ProblemLocale.choose(acceptable));
    }
}
