package com.briefingdesk.task;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.RoleNames;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.List;

/**
 * One open task of a process, as those who follow the process see it: the step, who holds it (or the roles it is
 * offered to while nobody has claimed it) and since when.
 */
public record WaitingStep(String taskId, String name, String formKey, String holderUsername, String holderName,
                          List<Role> offeredTo, Instant since) {

    public WaitingStep {
        offeredTo = List.copyOf(offeredTo);
    }

    /** Whether the step is the person's: held by them, or offered to a role they hold, theirs to take. */
    public boolean isFor(AppUser person) {
        return holderUsername != null ? holderUsername.equals(person.username())
                : offeredTo.stream().anyMatch(person::has);
    }

    /** 王敏（编辑）, or 审核人（待认领） while the roles' people have not claimed it. */
    public String holder(Component shownIn) {
        return holderName != null ? holderName
                : shownIn.getTranslation("task.waiting.unclaimed", RoleNames.of(shownIn, offeredTo));
    }
}
