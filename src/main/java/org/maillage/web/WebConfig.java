package org.maillage.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * French first: every module keeps its texts in {@code messages/<module>_fr.properties}
 * and {@code _en}; French is the default whatever the browser says until the user picks
 * English.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	/** One bundle per module, so that modules do not edit each other's files. */
	static final String[] MESSAGE_BUNDLES = { "messages/core", "messages/territory", "messages/account",
			"messages/mail", "messages/directory", "messages/directory-tools", "messages/project", "messages/event",
			"messages/resource", "messages/search" };

	@Bean
	MessageSource messageSource() {
		var source = new ResourceBundleMessageSource();
		source.setBasenames(MESSAGE_BUNDLES);
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.FRENCH);
		source.setUseCodeAsDefaultMessage(false);
		return source;
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("maillage-lang");
		resolver.setDefaultLocale(Locale.FRENCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * Replaces Boot's ResourceUrlEncodingFilter, switched off: the pages use version-less
	 * URLs (WebJars are resolved when requested), and the filter costs most of a list
	 * page's time (it probes the static folders for every link). Measured in
	 * bench/README.md.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		registry.addInterceptor(change);
	}

}
