package com.briefingdesk.identity;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Three doors, one directory: the Vaadin application, Camunda's webapps (Cockpit) and Camunda's REST API.
 * Only administrators pass the last two; the REST API takes no session cookie, so it needs no CSRF token.
 * Path-pattern matchers, because REST and webapps are served by servlets of their own, not Spring MVC.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaRestApi(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
                // Status codes written directly: an error dispatch would land on the login redirect of the UI.
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::basicChallenge))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::basicChallenge)
                        .accessDeniedHandler((request, response, denied) ->
                                response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::referrerOnly)
                .csrf(csrf -> csrf.disable())
                .build();
    }

    private static void basicChallenge(HttpServletRequest request, HttpServletResponse response,
                                       AuthenticationException e) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Briefing Desk\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http, SignedInSessions sessions) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .addFilterBefore(new StaleSessionFilter(sessions), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // Camunda's webapps carry their own CSRF protection (X-XSRF-TOKEN) and Content-Security-Policy.
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::referrerOnly)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadin(HttpSecurity http, LoginThrottle throttle, SignedInSessions sessions) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"))
                .addFilterBefore(new StaleSessionFilter(sessions), AnonymousAuthenticationFilter.class)
                .formLogin(form -> form.failureHandler(new LoginFailureHandler(throttle)))
                .headers(SecurityConfiguration::applicationHeaders)
                .build();
    }

    /**
     * Headers of the application's own pages. The CSP allows what Vaadin needs (inline bootstrap, styles set by
     * components, {@code executeJs} through {@code new Function}) and the charts and diagrams served from
     * /webjars; nothing from other origins. Camunda's webapps send a CSP of their own.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static void applicationHeaders(HeadersConfigurer<HttpSecurity> headers) {
        referrerOnly(headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
    }

    private static void referrerOnly(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    /** Cockpit trusts the Spring Security login instead of asking for a password of its own. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(
                "authentication-provider", CamundaWebappAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101); // after the Spring Security filter chain
        return registration;
    }
}
