package org.expodesk.ceremony.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.expodesk.ceremony.StagePlan;

/**
 * The stage drawn as seen from the audience with plain components and CSS (styles/ceremony.css): the backdrop,
 * the witnesses' row, then one row of signing tables per round with the guest's and the host's seat, and the
 * audience at the bottom. Names are text nodes, never HTML.
 */
class StagePlanDiagram extends Div {

    StagePlanDiagram() {
        addClassName("stage-plan");
        setId("stage-plan");
    }

    void show(StagePlan plan, Locale locale) {
        removeAll();
        add(block("stage-plan__backdrop", getTranslation("ceremony.stage.back")));
        Div witnesses = new Div();
        witnesses.addClassName("stage-plan__witnesses");
        for (StagePlan.WitnessSpot spot : plan.witnessRow()) {
            Div w = new Div(new Span(String.valueOf(spot.rank())), new Span(spot.witness().name(locale)));
            w.addClassName("stage-plan__witness");
            if (spot.witness().title() != null) {
                w.setTitle(spot.witness().title());
            }
            witnesses.add(w);
        }
        add(witnesses);
        for (StagePlan.Round round : plan.rounds()) {
            Div row = new Div();
            row.addClassName("stage-plan__round");
            if (plan.rounds().size() > 1) {
                row.add(block("stage-plan__round-label", getTranslation("ceremony.stage.round", round.number())));
            }
            for (StagePlan.Table table : round.tables()) {
                Div t = new Div();
                t.addClassName("stage-plan__table");
                Div seats = new Div(seat(table.audienceLeft()), seat(table.audienceRight()));
                seats.addClassName("stage-plan__seats");
                Div desk = block("stage-plan__desk", "#" + table.dealNumber() + " " + table.deal().project(locale));
                t.add(seats, desk);
                row.add(t);
            }
            add(row);
        }
        add(block("stage-plan__audience", getTranslation("ceremony.stage.audience")));
        add(block("stage-plan__rule", getTranslation("ceremony.stage.rule")));
    }

    private Div seat(StagePlan.Seat seat) {
        Div div = new Div(block("stage-plan__party", getTranslation(seat.party() == StagePlan.Party.INVESTOR
                ? "ceremony.stage.investor" : "ceremony.stage.local")), block("stage-plan__name", seat.name()));
        div.addClassNames("stage-plan__seat", seat.party() == StagePlan.Party.INVESTOR ? "stage-plan__seat--guest" : "stage-plan__seat--host");
        if (seat.title() != null) {
            div.add(block("stage-plan__title", seat.title()));
        }
        return div;
    }

    private static Div block(String className, String text) {
        Div div = new Div(text);
        div.addClassName(className);
        return div;
    }
}
