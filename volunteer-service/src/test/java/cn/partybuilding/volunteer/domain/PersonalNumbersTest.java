package cn.partybuilding.volunteer.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "请联系13812345678",
            "联系138 1234 5678",
            "联系 138  1234  5678 王阿姨",
            "138-1234-5678",
            "138.1234.5678",
            "138 - 1234 - 5678",
            "１３８１２３４５６７８",
            "电话：１３８　１２３４　５６７８",
            "１３８－１２３４－５６７８",
            "+86 138 1234 5678",
            "86-13812345678",
            "2024 13812345678",
            "1 3 8 1 2 3 4 5 6 7 8",
            "138–1234—5678",
            "手机13812345678号",
            "370202195001011234",
            "身份证 370202195001011234 的老人",
            "374447 198001016516",
            "374447-19800101-6516",
            "37020219500101123X",
            "37020219500101123x",
            "３７０２０２１９５００１０１１２３Ｘ",
            "370202 19500101 123X 的老人",
            "号码١٣٨١٢٣٤٥٦٧٨"})
    void findsMobileAndIdNumbersHoweverWritten(String text) {
        assertTrue(PersonalNumbers.appearIn(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "独居老人希望有人每周陪同去医院取药",
            "2025年5月1日上午9点",
            "2025-05-01 09:30",
            "2025.5.1 至 2025.6.30",
            "需要3袋米、2桶油和10斤鸡蛋",
            "邮编266000",
            "邮编 266 000",
            "青岛市市南区香港中路 100 号 3 单元 502 室",
            "座机 0532-8888 9999",
            "1234567890",
            "12345678901",
            "138123456789",
            "0138123456789",
            "3701021950010112345",
            "X光检查",
            "每周三 14:00-16:00，共 12 次"})
    void keepsOrdinaryTextWithNumbers(String text) {
        assertFalse(PersonalNumbers.appearIn(text), text);
    }

    @Test
    void nothingIsFoundInNull() {
        assertFalse(PersonalNumbers.appearIn(null));
    }
}
