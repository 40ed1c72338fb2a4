package org.expodesk.countdown;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the daily summary (harmless if another feature enables it too). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CountdownScheduling {
}
