package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.task.ActivityNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Deactivating a person asks where their open tasks go: to a successor, or (group tasks only) back to the group.
 * Refused input is shown at its field; nothing changes until every task has somewhere to go.
 */
class DeactivationDialog extends Dialog {

    @Component
    static class Factory {

        private final DirectoryAdmin directoryAdmin;
        private final TaskWatch taskWatch;
        private final UserDirectory directory;
        private final ActivityNames activityNames;
        private final OfficeClock clock;

        Factory(DirectoryAdmin directoryAdmin, TaskWatch taskWatch, UserDirectory directory,
                ActivityNames activityNames, OfficeClock clock) {
            this.directoryAdmin = directoryAdmin;
            this.taskWatch = taskWatch;
            this.directory = directory;
            this.activityNames = activityNames;
            this.clock = clock;
        }

        DeactivationDialog open(AppUser admin, AppUser person, Runnable afterwards) {
            DeactivationDialog dialog = new DeactivationDialog(this, admin, person, afterwards);
            dialog.open();
            return dialog;
        }
    }

    final ComboBox<AppUser> successor = new ComboBox<>();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final UnorderedList openTasks = new UnorderedList();

    DeactivationDialog(Factory services, AppUser admin, AppUser person, Runnable afterwards) {
        setCloseOnOutsideClick(false); // a stray click beside it must not lose what was typed
        setId("deactivation-dialog");
        setHeaderTitle(getTranslation("directory.deactivate.title", person.displayName()));
        List<WatchedTask> tasks = services.taskWatch.assignedTo(admin, person.username(), services.clock.now());
        openTasks.setId("deactivation-tasks");
        tasks.forEach(t -> openTasks.add(new ListItem(t.nameIn(services.activityNames, getLocale()) + " · " + t.subjectTitle() + " · "
                + services.clock.minute(t.created()))));
        Paragraph explanation = new Paragraph(getTranslation(tasks.isEmpty() ? "directory.deactivate.noTasks"
                : "directory.deactivate.tasks", tasks.size()));
        successor.setLabel(getTranslation("directory.deactivate.successor"));
        successor.setHelperText(getTranslation("directory.deactivate.successor.help"));
        successor.setItems(services.directory.findAll().stream().filter(AppUser::active)
                .filter(u -> u.id() != person.id())
                .filter(u -> u.roles().stream().anyMatch(person.roles()::contains)).toList());
        successor.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ") · " + u.unitName());
        successor.setWidthFull();
        successor.setId("deactivation-successor");
        reason.setLabel(getTranslation("monitoring.task.reason"));
        reason.setMaxLength(TaskActions.MAX_REASON);
        reason.setWidthFull();
        reason.setId("deactivation-reason");
        confirm.setText(getTranslation("directory.deactivate"));
        confirm.setId("confirm-deactivation");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        FieldProblems problems = new FieldProblems(this, Map.of("successor", successor, "reason", reason), successor);
        confirm.addClickListener(e -> {
            if (problems.attempt(() -> services.directoryAdmin.deactivate(admin, person.id(),
                    successor.getValue() == null ? null : successor.getValue().username(), reason.getValue()))) {
                Notices.success(getTranslation("directory.deactivate.done", person.displayName()));
                close();
                afterwards.run();
            }
        });
        String unstaffs = StaffingWarning.of(this, person,
                services.directoryAdmin.rolesLeftWithNobody(admin, person, Set.of()));
        Paragraph leftWithNobody = new Paragraph(unstaffs);
        leftWithNobody.setId("deactivation-leaves-roles");
        leftWithNobody.addClassName("field-error");
        leftWithNobody.setVisible(!unstaffs.isEmpty());
        add(explanation, openTasks, leftWithNobody, successor, reason);
        getFooter().add(new Button(getTranslation("monitoring.close"), e -> close()), confirm);
    }
}
