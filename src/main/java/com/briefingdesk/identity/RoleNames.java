package com.briefingdesk.identity;

import com.briefingdesk.kernel.ui.Punctuation;
import com.vaadin.flow.component.Component;
import java.util.Collection;

/** Roles as the screens name them, in the order of the roles: 报送员、收文人; Submitter, Recipient. */
public final class RoleNames {

    private RoleNames() {
    }

    public static String of(Component shownIn, Collection<Role> roles) {
        return Punctuation.enumeration(shownIn, roles.stream().sorted()
                .map(role -> shownIn.getTranslation(role.messageKey())).toList());
    }
}
