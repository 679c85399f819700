package org.maillage.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Pages are public by default: permissions are checked in the services, which know the objects.
 * Only the account area and administration need a login at the URL level. CSRF is on everywhere
 * except the token-authenticated API.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	/** BCrypt today; the {id} prefix lets a later algorithm take over as users log in. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_ANIMATOR\nROLE_ANIMATOR > ROLE_MEMBER");
	}

	@Bean
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/compte/**").authenticated()
			.requestMatchers("/admin/**").hasRole("ADMIN")
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/connexion").usernameParameter("email").permitAll())
			.logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data: https://*.tile.openstreetmap.org; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
		return http.build();
	}

}
