package io.suretyhub.document.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.suretyhub.shared.Money;

/**
 * Amounts in Chinese capital words (人民币大写), exact over {@link BigDecimal}, up to 千亿 (below
 * 10^12 yuan): {@code 1234567.89} → 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分. One 零 stands for a run of
 * zeros between non-zero digits (also across 万 and 亿 groups, and before 分 when 角 is zero); whole
 * yuan end with 整, amounts with 角 or 分 do not; zero is 零元整.
 */
final class ChineseAmount {

	private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();

	private static final String[] PLACES = { "", "拾", "佰", "仟" };

	private static final String[] GROUPS = { "亿", "万", "" };

	private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

	private ChineseAmount() {
	}

	static String inWords(Money money) {
		return inWords(money.amount());
	}

	static String inWords(BigDecimal amount) {
		if (amount.signum() < 0 || amount.compareTo(LIMIT) >= 0 || amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("Amounts in words go from 0 to below 10^12 yuan, in fen: " + amount);
		}
		long fen = amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
		long yuan = fen / 100;
		int jiao = (int) (fen / 10 % 10);
		int cents = (int) (fen % 10);
		var words = new StringBuilder();
		if (yuan > 0) {
			words.append(integer(yuan)).append('元');
		}
		if (jiao == 0 && cents == 0) {
			return yuan == 0 ? "零元整" : words.append('整').toString();
		}
		if (jiao > 0) {
			words.append(DIGITS[jiao]).append('角');
		}
		else if (yuan > 0) {
			words.append('零');
		}
		if (cents > 0) {
			words.append(DIGITS[cents]).append('分');
		}
		return words.toString();
	}

	/** The amount in figures with thousands separators: ￥1,234,567.89. */
	static String figures(Money money) {
		String plain = money.amount().setScale(2, RoundingMode.HALF_UP).toPlainString();
		int sign = plain.startsWith("-") ? 1 : 0;
		int point = plain.length() - 3;
		var out = new StringBuilder(plain.length() + 8).append('￥').append(plain, 0, point);
		for (int at = point - 3; at > sign; at -= 3) {
			out.insert(at + 1, ',');
		}
		return out.append(plain, point, plain.length()).toString();
	}

	private static String integer(long value) {
		long[] groups = { value / 100_000_000, value / 10_000 % 10_000, value % 10_000 };
		var words = new StringBuilder();
		boolean started = false;
		boolean zeroPending = false;
		for (int i = 0; i < groups.length; i++) {
			int group = (int) groups[i];
			if (group == 0) {
				zeroPending = started;
				continue;
			}
			if (started && (zeroPending || group < 1000)) {
				words.append('零');
			}
			words.append(group(group)).append(GROUPS[i]);
			started = true;
			zeroPending = false;
		}
		return words.toString();
	}

	private static String group(int value) {
		var words = new StringBuilder();
		boolean any = false;
		boolean zero = false;
		for (int place = 3; place >= 0; place--) {
			int digit = value / (int) Math.pow(10, place) % 10;
			if (digit == 0) {
				zero = any;
				continue;
			}
			if (zero) {
				words.append('零');
			}
			words.append(DIGITS[digit]).append(PLACES[place]);
			any = true;
			zero = false;
		}
		return words.toString();
	}

}
