package org.expodesk.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.expodesk.account.domain.UserAccountRepository;
import org.expodesk.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in with Vaadin's security configurer: every view is denied unless it says who may open it, every
 * service method is checked too ({@code @PreAuthorize}), the session id changes at sign-in, and the
 * session registry lets an administrator end a user's sessions.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico", "/actuator/health").permitAll());
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login?expired"));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, TransactionTemplate transactions, Clock clock) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
        passwordCheck.setPasswordEncoder(passwordEncoder);
        // Spring checks "disabled" before the password by default, which tells anyone guessing that the
        // account exists. Check the password first: a wrong one is just a wrong password, and counts.
        passwordCheck.setPreAuthenticationChecks(user -> { });
        passwordCheck.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new org.springframework.security.authentication.DisabledException("Account disabled");
            }
        });
        return new ThrottledAuthenticationProvider(passwordCheck, throttle, accounts, transactions, clock);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end, so it does not keep dead ones. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
