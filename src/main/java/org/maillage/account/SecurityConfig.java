package org.maillage.account;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless, without CSRF, authenticated
 * only by personal access tokens; reading territories, organisations and the OpenAPI
 * description is public. Pages use a session (stored in the database), CSRF on every
 * form, the login form at {@code /connexion} and persistent remember-me tokens. Pages are
 * public by default: permissions are checked in the services, which know the objects;
 * only the account area and administration need a login at the URL level.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final String CSP = "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";

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
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	JdbcTokenRepositoryImpl rememberMeTokens(DataSource dataSource) {
		var tokens = new JdbcTokenRepositoryImpl();
		tokens.setDataSource(dataSource);
		return tokens;
	}

	/**
	 * The password is checked before the account's state, so that only someone who knows
	 * the password learns that an account is unconfirmed or disabled.
	 */
	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder passwords) {
		var provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwords);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return new ProviderManager(provider);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, PersonalAccessTokenService tokens, RateLimiter limits,
			ApiProblems problems) throws Exception {
		http.securityMatcher("/api/**", "/v3/api-docs/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.GET, "/api/v1/territories/**", "/api/v1/organisations/**",
						"/api/v1/projects/**", "/api/v1/events/**", "/api/v1/polls/**", "/api/v1/resources/**",
						"/api/v1/kits/**", "/api/v1/paths/**", "/api/v1/search/**", "/api/v1/search", "/v3/api-docs/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, limits, problems), AnonymousAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, e) -> problems.unauthorized(request, response))
				.accessDeniedHandler((request, response, e) -> problems.forbidden(request, response)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			AccountUserDetailsService users, JdbcTokenRepositoryImpl rememberMeTokens,
			SecurityContextRepository contextRepository, RateLimiter limits, UserAccountRepository accounts,
			MessageSource messages) throws Exception {
		var rememberMe = new PersistentTokenBasedRememberMeServices(UUID.randomUUID().toString(), users,
				rememberMeTokens);
		rememberMe.setParameter("remember-me");
		rememberMe.setCookieName("maillage-remember-me");
		rememberMe.setTokenValiditySeconds(30 * 24 * 3600);
		http.authenticationManager(authenticationManager)
			.securityContext(context -> context.securityContextRepository(contextRepository))
			.authorizeHttpRequests(auth -> auth.requestMatchers("/compte/**", "/annuaire/import/**", "/annuaire/import")
				.authenticated()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.permitAll())
			.formLogin(form -> form.loginPage("/connexion")
				.usernameParameter("email")
				.passwordParameter("password")
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.rememberMe(remember -> remember.rememberMeServices(rememberMe))
			.logout(logout -> logout.logoutUrl("/deconnexion")
				.logoutSuccessUrl("/")
				.deleteCookies("maillage-remember-me"))
			.addFilterBefore(new LoginRateLimitFilter(limits), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new AccountStatusFilter(accounts, contextRepository), AnonymousAuthenticationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
		return http.build();
	}

}
