package org.expodesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser, without the browser: a cookie jar and plain HTTP against the running application. Follows
 * no redirects, so tests see where the server sends them. It speaks just enough of Vaadin's protocol to
 * ask the server for a screen ({@link #openScreen}) and see what the server would render there.
 */
public final class WebClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebClient(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Opens the sign-in page first, as a person does, then posts the form Vaadin's login form posts. */
    public HttpResponse<String> signIn(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    /** Signs out the way a plain form does: POST /logout with the CSRF token of a page of this session. */
    public HttpResponse<String> signOut() {
        return postForm("/logout", Map.of("_csrf", csrfToken()));
    }

    /** Spring Security's CSRF token, as the application puts it into every page. */
    public String csrfToken() {
        String page = get("/login").body();
        Matcher m = CSRF_META.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token in the page");
        }
        return m.group(1);
    }

    /**
     * Asks for a screen as Vaadin's client does after loading a page (the init request, then a navigation
     * event) and returns the server's answer: the element tree it would render, as JSON text. Element ids
     * set in Java (e.g. {@code event-grid}) appear in it.
     */
    public String openScreen(String route) {
        HttpResponse<String> init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=");
        if (init.statusCode() != 200) {
            return "HTTP " + init.statusCode() + " " + init.headers().firstValue("Location").orElse("");
        }
        String key = find(SECURITY_KEY, init.body());
        String uiId = find(UI_ID, init.body());
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key, route);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build());
        return answer.statusCode() == 200 ? answer.body() : "HTTP " + answer.statusCode();
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Another client that carries only this one's session cookie: what an attacker holding the cookie has. */
    public WebClient withSessionOf(String sessionId) {
        WebClient other = new WebClient(URI.create(baseUrl).getPort());
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        other.cookies.getCookieStore().add(URI.create(baseUrl), cookie);
        return other;
    }

    /** Path and query of a redirect, e.g. {@code /login?error}; empty when the answer is no redirect. */
    public static Optional<String> redirectTarget(HttpResponse<?> response) {
        if (response.statusCode() / 100 != 3) {
            return Optional.empty();
        }
        return response.headers().firstValue("Location").map(URI::create).map(location ->
                (location.getRawPath() == null || location.getRawPath().isEmpty() ? "/" : location.getRawPath())
                        + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("Not a Vaadin init answer: " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }
}
