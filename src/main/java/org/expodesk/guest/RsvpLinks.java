package org.expodesk.guest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public address of RSVP pages as guests reach it from outside (e-mails, letters, WeChat messages). Set
 * {@code expodesk.public-url} to the address the fair's site is published under.
 */
@Component
public class RsvpLinks {

    private final String base;

    RsvpLinks(@Value("${expodesk.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String link(String token) {
        return base + "/rsvp/" + token;
    }
}
