package org.expodesk.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every screen: Lumo (without it pages render unstyled) plus our own small stylesheet, and server
 * push, so that long work (batch printing, imports) and live figures (hall occupancy) reach the screen by themselves.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/expodesk.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1, viewport-fit=cover")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("ExpoDesk 会展招商");
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }
}
