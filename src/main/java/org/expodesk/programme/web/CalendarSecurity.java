package org.expodesk.programme.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The .ics addresses are open: calendar apps subscribe without signing in. Their own filter chain, ahead of the
 * application's, lets them through without a session; the service still decides what each address shows.
 */
@Configuration(proxyBeanMethods = false)
class CalendarSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain calendarFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/calendar/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
