package com.briefingdesk.kernel.ui;

import com.briefingdesk.kernel.ValidationException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/**
 * The fields of a dialog or view by the names the services give their refusals, so a refusal is shown at its
 * field (a name no field has goes to the fallback) and nothing typed is lost.
 */
public final class FieldProblems {

    private final Component owner;
    private final Map<String, HasValidation> fields;
    private final HasValidation fallback;

    public FieldProblems(Component owner, Map<String, HasValidation> fields, HasValidation fallback) {
        this.owner = owner;
        this.fields = Map.copyOf(fields);
        this.fallback = fallback;
    }

    /** Runs the action with the marks of an earlier try cleared; false, with the fields marked, when refused. */
    public boolean attempt(Runnable action) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (ValidationException e) {
            e.fieldMessageKeys().forEach((field, key) -> {
                HasValidation target = fields.getOrDefault(field, fallback);
                target.setErrorMessage(owner.getTranslation(key));
                target.setInvalid(true);
            });
            return false;
        }
    }
}
