package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.RoleNames;
import com.vaadin.flow.component.Component;
import java.util.List;

/** The warning, before a person's roles change or they leave, that their unit would have nobody in some role. */
final class StaffingWarning {

    private StaffingWarning() {
    }

    /** Empty when no role is left with nobody. */
    static String of(Component shownIn, AppUser person, List<Role> leftWithNobody) {
        if (leftWithNobody.isEmpty()) {
            return "";
        }
        return shownIn.getTranslation("directory.leavesRolesWithNobody", person.unitName(),
                RoleNames.of(shownIn, leftWithNobody));
    }
}
