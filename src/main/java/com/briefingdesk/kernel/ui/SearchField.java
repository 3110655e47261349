package com.briefingdesk.kernel.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A field whose words narrow a list: read a moment after typing stops, not at every key, and emptied with one click.
 * The list is narrowed by {@link com.briefingdesk.kernel.SearchWords}.
 */
public class SearchField extends TextField {

    public SearchField() {
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
    }
}
