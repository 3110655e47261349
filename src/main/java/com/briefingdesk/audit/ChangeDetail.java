package com.briefingdesk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The detail of a change for the audit trail: {@code field: before → after} for each field that changed, joined by
 * {@code "; "}, with {@code -} for none. Fields that stayed as they were are left out.
 */
public final class ChangeDetail {

    private final List<String> changes = new ArrayList<>();

    public ChangeDetail field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(name + ": " + (before == null ? "-" : before) + " → " + (after == null ? "-" : after));
        }
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    @Override
    public String toString() {
        return String.join("; ", changes);
    }
}
