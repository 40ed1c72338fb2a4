package org.expodesk.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The title row of a screen: a heading, an optional hint, and the screen's main actions on the right. */
public class ViewTitle extends HorizontalLayout {

    public ViewTitle(String title, Component... actions) {
        addClassName("view-title");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
        H2 heading = new H2(title);
        heading.addClassName("view-title__heading");
        add(heading);
        Span spacer = new Span();
        add(spacer);
        setFlexGrow(1, spacer);
        add(actions);
    }
}
