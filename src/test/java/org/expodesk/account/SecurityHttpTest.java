package org.expodesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expodesk.support.WebClient.redirectTarget;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.UUID;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.RunningApp;
import org.expodesk.support.TestData;
import org.expodesk.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in, sign-out and session ending over real HTTP, as a browser meets them: the form Vaadin's login
 * posts, the session cookie, the redirects. A stolen or old session cookie must open nothing.
 */
@RunningApp
class SecurityHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOutOfTheTestThread() {
        TestData.signOut();
    }

    @Test
    void an_anonymous_request_for_a_screen_is_sent_to_the_sign_in_page() {
        WebClient browser = new WebClient(port);

        assertThat(redirectTarget(browser.get("/events"))).hasValue("/login");
        assertThat(browser.get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void the_session_id_changes_at_sign_in_and_the_old_one_opens_nothing() {
        AppUser organiser = data.account(unique("organiser"), EnumSet.of(Role.ORGANISER));
        WebClient browser = new WebClient(port);
        browser.get("/login");
        String before = browser.sessionId().orElseThrow();

        HttpResponse<String> signIn = browser.postForm("/login", java.util.Map.of(
                "username", organiser.getUsername(), "password", TestData.PASSWORD));

        assertThat(redirectTarget(signIn)).hasValue("/");
        String after = browser.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/events").statusCode()).isEqualTo(200);
        assertThat(redirectTarget(browser.withSessionOf(before).get("/events"))).hasValue("/login");
    }

    @Test
    void signing_out_ends_the_session_on_the_server() {
        AppUser organiser = data.account(unique("organiser"), EnumSet.of(Role.ORGANISER));
        WebClient browser = new WebClient(port);
        browser.signIn(organiser.getUsername(), TestData.PASSWORD);
        String session = browser.sessionId().orElseThrow();
        assertThat(browser.withSessionOf(session).get("/events").statusCode()).as("the cookie opens screens before sign-out")
                .isEqualTo(200);

        HttpResponse<String> signOut = browser.signOut();

        assertThat(redirectTarget(signOut)).hasValue("/login?logout");
        assertThat(redirectTarget(browser.withSessionOf(session).get("/events"))).hasValue("/login");
    }

    @Test
    void sign_out_without_the_csrf_token_is_refused() {
        AppUser organiser = data.account(unique("organiser"), EnumSet.of(Role.ORGANISER));
        WebClient browser = new WebClient(port);
        browser.signIn(organiser.getUsername(), TestData.PASSWORD);

        assertThat(browser.postForm("/logout", java.util.Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get("/events").statusCode()).isEqualTo(200);
    }

    @Test
    void after_five_wrong_passwords_the_sixth_attempt_is_refused_even_with_the_right_password() {
        AppUser organiser = data.account(unique("organiser"), EnumSet.of(Role.ORGANISER));
        WebClient attacker = new WebClient(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(redirectTarget(attacker.signIn(organiser.getUsername(), "Wrong-Password-" + attempt)))
                    .as("wrong password %d", attempt).hasValue("/login?error");
        }

        HttpResponse<String> sixth = attacker.signIn(organiser.getUsername(), TestData.PASSWORD);

        assertThat(redirectTarget(sixth)).hasValue("/login?error");
        assertThat(redirectTarget(attacker.get("/events"))).hasValue("/login");
        // The lock is on the account: another account signs in from the same address.
        AppUser colleague = data.account(unique("colleague"), EnumSet.of(Role.ORGANISER));
        assertThat(redirectTarget(new WebClient(port).signIn(colleague.getUsername(), TestData.PASSWORD))).hasValue("/");
    }

    @Test
    void a_disabled_account_loses_its_open_session_at_its_next_request() {
        AppUser volunteer = data.account(unique("volunteer"), EnumSet.of(Role.VOLUNTEER));
        WebClient browser = new WebClient(port);
        assertThat(redirectTarget(browser.signIn(volunteer.getUsername(), TestData.PASSWORD))).hasValue("/");
        assertThat(browser.get("/").statusCode()).as("signed in before being disabled").isEqualTo(200);

        TestData.signInAs(data.admin());
        accounts.setEnabled(volunteer.accountId(), false);

        assertThat(redirectTarget(browser.get("/"))).hasValue("/login?expired");
        assertThat(redirectTarget(browser.get("/"))).hasValue("/login");
        assertThat(redirectTarget(new WebClient(port).signIn(volunteer.getUsername(), TestData.PASSWORD)))
                .hasValue("/login?error");
    }

    @Test
    void a_volunteer_is_not_shown_the_events_screen() {
        EventSummary expo = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 30);
        AppUser organiser = data.account(unique("organiser"), EnumSet.of(Role.ORGANISER), expo.id());
        AppUser volunteer = data.account(unique("volunteer"), EnumSet.of(Role.VOLUNTEER), expo.id());
        WebClient organiserBrowser = new WebClient(port);
        organiserBrowser.signIn(organiser.getUsername(), TestData.PASSWORD);
        WebClient volunteerBrowser = new WebClient(port);
        volunteerBrowser.signIn(volunteer.getUsername(), TestData.PASSWORD);

        assertThat(organiserBrowser.openScreen("events")).as("control: the organiser gets the events screen")
                .contains("\"event-grid\"", "\"event-new\"");
        String volunteerScreen = volunteerBrowser.openScreen("events");
        assertThat(volunteerScreen).doesNotContain("\"event-grid\"", "\"event-new\"", "com.vaadin.flow.component.grid.Grid")
                .contains("\"not-found\"");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
