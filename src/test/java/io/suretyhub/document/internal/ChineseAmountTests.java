package io.suretyhub.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import io.suretyhub.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("R-POL-4: money appears in Chinese capital words, exactly")
class ChineseAmountTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "1234567.89, 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分", "0, 零元整", "0.00, 零元整", "1, 壹元整",
			"10, 壹拾元整", "11, 壹拾壹元整", "20, 贰拾元整", "100, 壹佰元整", "101, 壹佰零壹元整", "110, 壹佰壹拾元整",
			"1001, 壹仟零壹元整", "1010, 壹仟零壹拾元整", "1100, 壹仟壹佰元整", "1409.50, 壹仟肆佰零玖元伍角",
			"325.04, 叁佰贰拾伍元零肆分", "0.05, 伍分", "0.50, 伍角", "0.15, 壹角伍分", "0.01, 壹分",
			"10000, 壹万元整", "10001, 壹万零壹元整", "10010, 壹万零壹拾元整", "100500, 壹拾万零伍佰元整",
			"107000.53, 壹拾万柒仟元伍角叁分", "1680.32, 壹仟陆佰捌拾元叁角贰分", "5000000, 伍佰万元整",
			"3600000.00, 叁佰陆拾万元整", "100000000, 壹亿元整", "100000001, 壹亿零壹元整",
			"100001000, 壹亿零壹仟元整", "120000000, 壹亿贰仟万元整", "102000000, 壹亿零贰佰万元整",
			"1000000000, 壹拾亿元整", "100000000000, 壹仟亿元整", "100001000000, 壹仟亿零壹佰万元整", "100010000000, 壹仟亿壹仟万元整",
			"999999999999.99, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分", "12.30, 壹拾贰元叁角",
			"20.07, 贰拾元零柒分", "60000.6, 陆万元陆角", "45218.00, 肆万伍仟贰佰壹拾捌元整" })
	void writesAmountsInCapitalWords(String figures, String words) {
		assertThat(ChineseAmount.inWords(new BigDecimal(figures))).isEqualTo(words);
	}

	@Test
	void refusesWhatCannotBeWritten() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChineseAmount.inWords(new BigDecimal("-1")));
		assertThatIllegalArgumentException().isThrownBy(() -> ChineseAmount.inWords(new BigDecimal("1000000000000")));
		assertThatIllegalArgumentException().isThrownBy(() -> ChineseAmount.inWords(new BigDecimal("1.005")));
	}

	@Test
	void writesFiguresWithSeparators() {
		assertThat(ChineseAmount.figures(Money.yuan("1234567.89"))).isEqualTo("￥1,234,567.89");
		assertThat(ChineseAmount.figures(Money.yuan("0"))).isEqualTo("￥0.00");
		assertThat(ChineseAmount.figures(Money.yuan("999.5"))).isEqualTo("￥999.50");
		assertThat(ChineseAmount.figures(Money.yuan("1000"))).isEqualTo("￥1,000.00");
		assertThat(ChineseAmount.figures(Money.yuan("123456"))).isEqualTo("￥123,456.00");
		assertThat(ChineseAmount.figures(Money.yuan("-1234567.5"))).isEqualTo("￥-1,234,567.50");
		assertThat(ChineseAmount.figures(Money.yuan("-123456"))).isEqualTo("￥-123,456.00");
	}

}
