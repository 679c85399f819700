package org.maillage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every message key exists in French and in English, and no text is left empty. */
class I18nPropertiesSyncTest {

	@Test
	void every_key_exists_in_both_languages() throws IOException {
		var resolver = new PathMatchingResourcePatternResolver();
		Resource[] french = resolver.getResources("classpath*:messages/*_fr.properties");
		assertThat(french).isNotEmpty();
		for (Resource fr : french) {
			String enName = fr.getFilename().replace("_fr.properties", "_en.properties");
			Resource en = fr.createRelative(enName);
			assertThat(en.exists()).as("%s has an English twin", fr.getFilename()).isTrue();
			Properties frProps = load(fr);
			Properties enProps = load(en);
			Set<String> missingInEnglish = new TreeSet<>(frProps.stringPropertyNames());
			missingInEnglish.removeAll(enProps.stringPropertyNames());
			Set<String> missingInFrench = new TreeSet<>(enProps.stringPropertyNames());
			missingInFrench.removeAll(frProps.stringPropertyNames());
			assertThat(missingInEnglish).as("keys of %s missing in English", fr.getFilename()).isEmpty();
			assertThat(missingInFrench).as("keys of %s missing in French", enName).isEmpty();
			frProps.forEach((key, value) -> assertThat(value.toString()).as("%s in French", key).isNotBlank());
		}
	}

	private static Properties load(Resource resource) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
