package org.chancery.security;

import tools.jackson.databind.json.JsonMapper;

import org.chancery.database.DatabaseOutageAnswers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors. The API ({@code /api/**}) is stateless: HTTP Basic, no session, no cookie and so
 * no CSRF token, and every failure a problem detail. The pages use form login with a session
 * and CSRF on every form. On both, reading is public unless {@code chancery.security.public-read}
 * is false, and anything but reading needs an editor; accounts are an admin's, and each
 * signed-in account's own password and tokens its own. Passwords are checked behind a
 * throttle of failed sign-ins, kept in PostgreSQL ({@link SignInAttempts}).
 */
@Configuration
class SecurityConfiguration {

    private static final String[] ALWAYS_OPEN = {"/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
            "/error", "/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**"};
    private static final String TOKENS = "/api/v1/tokens/**";

    /**
     * The pages run only their own scripts and styles (static/js, static/css); style attributes
     * stay allowed because the timeline band places its ticks with them, and they run no code.
     * Swagger UI, served from this origin, needs data: images.
     */
    static final String CONTENT_SECURITY_POLICY = policy("'self'");

    /**
     * Swagger UI (a third party's page, showing only the API's own description) adds
     * {@code <style>} elements as it renders some parts of the document, so under the pages'
     * policy it was refused a style now and then (swagger-api/swagger-ui#10655). Its pages alone
     * allow inline style elements; scripts stay the site's own files there too.
     */
    static final String SWAGGER_UI_POLICY = policy("'self' 'unsafe-inline'");

    private static String policy(String styleSources) {
        return "default-src 'self'; script-src 'self'; style-src " + styleSources + "; "
                + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.pathPattern("/swagger-ui/**");

    private final ChanceryAccessProperties access;

    SecurityConfiguration(ChanceryAccessProperties access) {
        this.access = access;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JsonMapper json, PersonalAccessTokenIntrospector personalAccessTokens,
            DatabaseOutageAnswers outage) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> {
                    // Personal access tokens are an account's business, even while reading is public:
                    // issuing one takes an editor; listing and revoking, an account (not a READ token).
                    requests.requestMatchers(HttpMethod.POST, TOKENS).hasRole(Role.EDITOR.name());
                    requests.requestMatchers(TOKENS).access(PersonalAccessTokenIntrospector.accountOrWriteToken());
                    if (access.publicRead()) {
                        requests.requestMatchers(HttpMethod.GET, "/api/**").permitAll();
                        requests.requestMatchers(HttpMethod.HEAD, "/api/**").permitAll();
                    } else {
                        requests.requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.VIEWER.name());
                        requests.requestMatchers(HttpMethod.HEAD, "/api/**").hasRole(Role.VIEWER.name());
                    }
                    // Restoring what was deleted, and the topic vocabulary, are an admin's.
                    requests.requestMatchers(HttpMethod.POST, "/api/v1/*/*/restore", "/api/v1/*/*/versions/*/restore")
                            .hasRole(Role.ADMIN.name());
                    requests.requestMatchers("/api/v1/topics", "/api/v1/topics/**").hasRole(Role.ADMIN.name());
                    requests.anyRequest().hasRole(Role.EDITOR.name());
                })
                // A throttled sign-in is answered 429 with Retry-After instead of 401.
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        ProblemResponses.outageAware(ProblemResponses.signInFailed(json), outage)))
                // Scripts may instead send "Authorization: Bearer chy_…": Spring Security's bearer
                // token filter, with our own table standing in for an OAuth introspection endpoint.
                .oauth2ResourceServer(bearer -> bearer
                        .opaqueToken(opaque -> opaque.introspector(personalAccessTokens))
                        .authenticationEntryPoint(ProblemResponses.outageAware(ProblemResponses.invalidBearerToken(json), outage)))
                .headers(SecurityConfiguration::policies)
                // HTTP Basic with a password an admin gave is refused until its holder chooses their own.
                .addFilterAfter(OwnPasswordFirst.api(json), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemResponses.unauthorized(json))
                        .accessDeniedHandler(ProblemResponses.forbidden(json)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignedInSessions sessions, DatabaseOutageAnswers outage,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers(ALWAYS_OPEN).permitAll();
                    // Accounts: admins manage everyone's; every signed-in account, whatever its role,
                    // its own password and tokens (so viewers too may post there).
                    requests.requestMatchers("/admin/**").hasRole(Role.ADMIN.name());
                    requests.requestMatchers("/account", "/account/**").authenticated();
                    requests.requestMatchers(EditingPages.restores()).hasRole(Role.ADMIN.name());
                    requests.requestMatchers(EditingPages.forms()).hasRole(Role.EDITOR.name());
                    if (access.publicRead()) {
                        requests.requestMatchers(HttpMethod.GET, "/**").permitAll();
                    } else {
                        requests.requestMatchers(HttpMethod.GET, "/**").hasRole(Role.VIEWER.name());
                    }
                    requests.anyRequest().hasRole(Role.EDITOR.name());
                })
                .formLogin(login -> login.loginPage("/login").permitAll()
                        .failureHandler(LoginController.failureHandler(outage)))
                // Signing out also tells the browser to forget the session cookie.
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut").deleteCookies(sessionCookie))
                .headers(SecurityConfiguration::policies)
                // A session ends once its account is disabled or changed (see SignedInSessions).
                .addFilterBefore(sessions.filter(), AnonymousAuthenticationFilter.class)
                // A password an admin gave is replaced before anything else (see OwnPasswordFirst).
                .addFilterAfter(OwnPasswordFirst.pages(), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    private static void policies(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                        new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.EDITOR.name())
                .role(Role.EDITOR.name()).implies(Role.VIEWER.name())
                .build();
    }

    /**
     * How a username and password are checked, for form login and HTTP Basic alike: Spring
     * Security's own provider, behind the throttle of failed sign-ins. Being the one
     * AuthenticationProvider bean, it is what Spring Security builds the global
     * AuthenticationManager from (instead of the UserDetailsService bean).
     */
    @Bean
    ThrottledAuthenticationProvider passwordSignIn(AccountUserDetailsService accounts, PasswordEncoder encoder,
            SignInAttempts attempts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, attempts);
    }

    /** BCrypt today, behind the delegating encoder so stored hashes can move to a stronger one later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
