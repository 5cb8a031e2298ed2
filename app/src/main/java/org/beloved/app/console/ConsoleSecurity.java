package org.beloved.app.console;

import java.util.List;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.organizers.OrganizerRoster;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Spring Security for the organizer console only. Its filter (and Spring Session's) is registered
 * for {@code /organize} and {@code /organize/*} alone, so every other URL (the webhooks, the pages,
 * the JSON and admin APIs, the actuator) never passes through either: no CSRF, no login, no session,
 * no firewall there, exactly as before. Within the console: the sign-in pages are open, everything
 * else needs a signed-in organizer (others are sent to {@code /organize}); CSRF on every form;
 * {@code POST /organize/sign-out} ends the session. Sessions live in PostgreSQL (Spring Session JDBC);
 * the cookie is HttpOnly, SameSite=Lax, Secure when the request came over https, and sent back for
 * {@code /organize} paths only.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ConsoleSecurity {

    static final String ROLE = "ORGANIZER";
    static final List<String> URL_PATTERNS = List.of("/organize", "/organize/*");
    /** Spring Boot's registrations of Spring Security's and Spring Session's filters (their bean names). */
    static final List<String> REGISTRATIONS = List.of("securityFilterChainRegistration", "sessionRepositoryFilterRegistration");

    @Bean
    SecurityContextRepository consoleSecurityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain console(HttpSecurity http, SecurityContextRepository contexts, OrganizerRoster roster,
            AuditLog audit) throws Exception {
        return http.securityMatcher("/organize", "/organize/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/organize", "/organize/sign-in", "/organize/code").permitAll()
                        .anyRequest().hasRole(ROLE))
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/organize")))
                .logout(logout -> logout.logoutUrl("/organize/sign-out").logoutSuccessUrl("/organize?signed-out")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof ConsoleUser user) {
                                audit.record(user.actor(), AuditAction.CONSOLE_SIGN_OUT, "organizer",
                                        Long.toString(user.organizerId()));
                            }
                        }))
                // The application's own filter sets these for every answer (SecurityHeaders).
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .contentTypeOptions(options -> options.disable()))
                .addFilterAfter(new ActiveOrganizers(roster), AuthorizationFilter.class)
                .build();
    }

    /** Spring Security's and Spring Session's filters serve the console's URLs only. */
    @Bean
    static BeanPostProcessor consoleFiltersOnly() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                        && REGISTRATIONS.contains(beanName)) {
                    registration.setUrlPatterns(URL_PATTERNS);
                }
                return bean;
            }
        };
    }
}
