package com.briefingdesk.circulation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** 签收: the one button by which a unit's recipient acknowledges an issue, in the receipt form and the reading view. */
class AcknowledgeButton extends Button {

    AcknowledgeButton(Runnable acknowledge) {
        setText(getTranslation("receipt.acknowledge"));
        setId("acknowledge");
        addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addClickListener(e -> acknowledge.run());
    }
}
