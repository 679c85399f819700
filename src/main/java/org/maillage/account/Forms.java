package org.maillage.account;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The account pages' forms. Passwords: at least 12 characters (length beats complexity
 * rules).
 */
final class Forms {

	private Forms() {
	}

	record SignupForm(
			@NotBlank(message = "{account.displayName.required}") @Size(max = 100,
					message = "{account.displayName.size}") String displayName,
			@NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}") @Size(max = 254,
					message = "{account.email.invalid}") String email,
			@Size(min = 12, max = 128, message = "{account.password.size}") String password,
			String passwordConfirmation, Boolean terms) {

		static SignupForm empty() {
			return new SignupForm("", "", "", "", false);
		}

		@AssertTrue(message = "{account.signup.terms.required}")
		public boolean isTermsAccepted() {
			return Boolean.TRUE.equals(terms);
		}

	}

	record SetupForm(
			@NotBlank(message = "{account.displayName.required}") @Size(max = 100,
					message = "{account.displayName.size}") String displayName,
			@NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}") @Size(max = 254,
					message = "{account.email.invalid}") String email,
			@Size(min = 12, max = 128, message = "{account.password.size}") String password,
			String passwordConfirmation) {

		static SetupForm empty() {
			return new SetupForm("", "", "", "");
		}

	}

	record EmailForm(@NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}") @Size(
			max = 254, message = "{account.email.invalid}") String email) {

		static EmailForm empty() {
			return new EmailForm("");
		}

	}

	record NewPasswordForm(String jeton,
			@Size(min = 12, max = 128, message = "{account.password.size}") String password,
			String passwordConfirmation) {

	}

	record NameForm(@NotBlank(message = "{account.displayName.required}") @Size(max = 100,
			message = "{account.displayName.size}") String displayName) {

	}

	record EmailChangeForm(
			@NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}") @Size(max = 254,
					message = "{account.email.invalid}") String email,
			@NotBlank(message = "{account.password.current.required}") String password) {

		static EmailChangeForm empty() {
			return new EmailChangeForm("", "");
		}

	}

	record PasswordChangeForm(@NotBlank(message = "{account.password.current.required}") String currentPassword,
			@Size(min = 12, max = 128, message = "{account.password.size}") String password,
			String passwordConfirmation) {

		static PasswordChangeForm empty() {
			return new PasswordChangeForm("", "", "");
		}

	}

	record TokenForm(
			@NotBlank(message = "{account.tokens.name.required}") @Size(max = 100,
					message = "{account.tokens.name.size}") String name,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

		static TokenForm empty() {
			return new TokenForm("", null);
		}

	}

	record DeleteForm(@NotBlank(message = "{account.password.current.required}") String password) {

		static DeleteForm empty() {
			return new DeleteForm("");
		}

	}

}
