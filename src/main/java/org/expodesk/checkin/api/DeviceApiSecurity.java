package org.expodesk.checkin.api;

import org.expodesk.checkin.DeviceService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The device API's own filter chain, ordered before the Vaadin chain of {@code account.SecurityConfiguration},
 * which takes every other path. Stateless: the security context lives for one request, no session is created
 * or read, so a browser's session cookie authenticates nothing here, and with no cookie authentication there
 * is nothing for CSRF to forge, which is why CSRF protection is off on this path alone. Refusals are JSON:
 * 401 without a valid token, 403 for what a device may not do.
 */
@Configuration(proxyBeanMethods = false)
class DeviceApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain deviceApiFilterChain(HttpSecurity http, DeviceService devices, DeviceRateLimiter limiter,
            ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
        SecurityContextHolderStrategy contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/devices/enrol").permitAll()
                        .anyRequest().hasRole(org.expodesk.shared.security.Roles.DEVICE))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterAfter(new DeviceTokenFilter(devices, limiter, contexts), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ApiErrors.write(response, 401, "unauthorized",
                                "Send Authorization: Bearer <device token>."))
                        .accessDeniedHandler((request, response, e) -> ApiErrors.write(response, 403, "forbidden",
                                "This device may not do that.")));
        return http.build();
    }
}
