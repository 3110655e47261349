package com.briefingdesk.issue;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The members of a countersign and where each stands in this round: approved, returned, or not yet decided. */
class CountersignMembers extends UnorderedList {

    CountersignMembers(Countersign countersign) {
        setId("countersign-members-list");
        show(countersign);
    }

    void show(Countersign countersign) {
        removeAll();
        for (Countersign.Member member : countersign.members()) {
            Span decision = new Span(getTranslation(member.decision() == null ? "flow.countersign.pending"
                    : member.decision().messageKey()));
            // agreed in green, returned in red, not yet said in the plain badge
            decision.getElement().getThemeList().add("badge" + (member.decision() == null ? ""
                    : member.decision().forward() ? " success" : " error"));
            ListItem item = new ListItem(new Span(member.displayName()), decision);
            if (member.addedByName() != null) {
                item.add(new Span(getTranslation("flow.countersign.addedBy", member.addedByName())));
            }
            item.setId("member-" + member.username());
            add(item);
        }
    }
}
