package org.maillage.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Creating organisations and tokens the way people do, for the directory's scenario
 * tests.
 */
final class DirectoryTestSupport {

	private DirectoryTestSupport() {
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A random SIREN with a correct Luhn key. */
	static String randomSiren() {
		int[] digits = new int[9];
		for (int i = 0; i < 8; i++) {
			digits[i] = ThreadLocalRandom.current().nextInt(10);
		}
		for (int check = 0; check < 10; check++) {
			digits[8] = check;
			StringBuilder s = new StringBuilder();
			for (int d : digits) {
				s.append(d);
			}
			if (org.maillage.directory.internal.RegistryNumbers.luhn(s.toString())) {
				return s.toString();
			}
		}
		throw new IllegalStateException();
	}

	/**
	 * Posts the creation form (confirming duplicates) and returns the new organisation's
	 * id.
	 */
	static long create(MockMvc mvc, UserRef user, String name, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post("/annuaire/organisations/nouvelle").with(TestAccounts.as(user))
			.with(csrf())
			.param("name", name)
			.param("kind", fields.getOrDefault("kind", "ASSOCIATION"))
			.param("confirmDuplicates", "true");
		fields.forEach((key, value) -> {
			if (!key.equals("kind")) {
				for (String v : value.split("\\|")) {
					request.param(key, v);
				}
			}
		});
		String location = mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var matcher = Pattern.compile("/annuaire/organisations/(\\d+)$").matcher(location);
		assertThat(matcher.find()).as("redirected to the new page: " + location).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	static String createToken(MockMvc mvc, UserRef user) throws Exception {
		String page = mvc
			.perform(post("/compte/jetons").with(TestAccounts.as(user)).with(csrf()).param("name", unique("jeton")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var matcher = Pattern.compile("value=\"(mlg_[A-Za-z0-9_-]+)\"").matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
