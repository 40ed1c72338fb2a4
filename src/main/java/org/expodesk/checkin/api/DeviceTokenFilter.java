package org.expodesk.checkin.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.expodesk.checkin.DeviceService;
import org.expodesk.checkin.ScanningDevice;
import org.expodesk.shared.security.Roles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <device token>}: a known, unrevoked token makes the request the device's
 * (role DEVICE, bound to its gate's event); an unknown one is refused at once with 401. The token is looked up
 * on every request, so a revoked device is locked out at its next one. Then the device's rate limit.
 * Runs after the anonymous filter; without a header the request stays anonymous and only enrolment is open.
 */
class DeviceTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final DeviceService devices;
    private final DeviceRateLimiter limiter;
    private final SecurityContextHolderStrategy contexts;

    DeviceTokenFilter(DeviceService devices, DeviceRateLimiter limiter, SecurityContextHolderStrategy contexts) {
        this.devices = devices;
        this.limiter = limiter;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(BEARER.length()).strip();
        Optional<ScanningDevice> device = token.isEmpty() || token.length() > 100 ? Optional.empty()
                : devices.authenticate(token);
        if (device.isEmpty()) {
            ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Unknown or revoked device token.");
            return;
        }
        long wait = limiter.secondsToWait(device.get().deviceId());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            ApiErrors.write(response, 429, "too-many-requests", "Too many requests from this device; retry later.");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(device.get(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.DEVICE))));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
