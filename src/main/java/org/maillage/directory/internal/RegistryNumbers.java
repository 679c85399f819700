package org.maillage.directory.internal;

/**
 * French registry numbers: SIREN (9 digits) and SIRET (14 digits) carry a Luhn check
 * digit; RNA numbers of associations are a W followed by 9 digits.
 */
public final class RegistryNumbers {

	private RegistryNumbers() {
	}

	/** Spaces and dots removed, as people type them ("123 456 789"). */
	public static String clean(String value) {
		return value == null ? null : value.replaceAll("[\\s.\\u00a0]", "");
	}

	public static boolean isSirenOrSiret(String value) {
		return value != null && value.matches("\\d{9}|\\d{14}") && luhn(value);
	}

	public static boolean isRna(String value) {
		return value != null && value.matches("W\\d{9}");
	}

	/** Luhn checksum over the digits, the rightmost being the check digit. */
	public static boolean luhn(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				return false;
			}
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

}
