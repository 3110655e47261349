package com.briefingdesk.monitoring;

import com.briefingdesk.identity.CandidateGroup;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.ui.Punctuation;
import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Who holds a task as administrators read it: the person, or the groups it waits for by name in their language
 * (编辑, 昆山市收文人), not by the engine's ids (editors, unit-kunshan-recipients).
 */
@Service
class GroupLabels {

    private final UserDirectory directory;

    GroupLabels(UserDirectory directory) {
        this.directory = directory;
    }

    /** The holder of each task of one screen's list; the units' names are read once for it. */
    Function<WatchedTask, String> holders(Component shownIn) {
        Map<String, String> unitNames = directory.findUnits().stream()
                .collect(Collectors.toMap(Unit::code, Unit::name));
        return task -> task.assignee() != null ? task.holder() : Punctuation.enumeration(shownIn,
                task.candidateGroups().stream().map(group -> label(shownIn, unitNames, group)).toList());
    }

    private static String label(Component shownIn, Map<String, String> unitNames, String groupId) {
        return CandidateGroup.of(groupId).map(group -> {
            String role = shownIn.getTranslation(group.role().messageKey());
            return group.unitCode() == null ? role : shownIn.getTranslation("monitoring.group.ofUnit",
                    unitNames.getOrDefault(group.unitCode(), group.unitCode()), role);
        }).orElse(groupId);
    }
}
