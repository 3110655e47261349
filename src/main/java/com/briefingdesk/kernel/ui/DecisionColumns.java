package com.briefingdesk.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * The page of a task that is decided after reading: what is read on the left, the decision beside it and in view
 * however far the reader scrolls (an issue runs to several pages); on a narrow screen the decision goes under it.
 */
public class DecisionColumns extends Div {

    private final Div subject = new Div();
    private final Div decision = new Div();

    public DecisionColumns() {
        addClassName("decision-columns");
        subject.addClassName("decision-subject");
        decision.addClassName("decision-panel");
        add(subject, decision);
    }

    public DecisionColumns subject(Component... components) {
        subject.add(components);
        return this;
    }

    public DecisionColumns decision(Component... components) {
        decision.add(components);
        return this;
    }
}
