package org.maillage.project;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Euros in French formatting: 1250000 cents → "12 500,00 €" (non-breaking spaces). */
public final class Money {

	private Money() {
	}

	public static String format(long cents) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
		symbols.setGroupingSeparator('\u00a0');
		symbols.setDecimalSeparator(',');
		DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
		return format.format(java.math.BigDecimal.valueOf(cents, 2)) + "\u00a0€";
	}

	/** For form fields: "12500,00". */
	public static String plain(long cents) {
		return String.format(Locale.ROOT, "%d,%02d", cents / 100, Math.abs(cents % 100));
	}

}
