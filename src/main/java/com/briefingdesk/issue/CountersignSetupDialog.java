package com.briefingdesk.issue;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.task.TaskNotAvailableException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * 会签设置, while composing: the reviewers whose opinions the review needs in parallel, and whether all of them or
 * any one must approve. Removing it makes the review one decision of the reviewers group again.
 */
class CountersignSetupDialog extends Dialog {

    final CheckboxGroup<AppUser> members = new CheckboxGroup<>();
    final RadioButtonGroup<CountersignRule> rule = new RadioButtonGroup<>();
    final Button save = new Button();
    final Button remove = new Button();
    private final FieldProblems problems;

    CountersignSetupDialog(CountersignTasks countersigns, AppUser editor, String composeTaskId,
                           Optional<Countersign> current, Consumer<Optional<Countersign>> whenChanged) {
        setId("countersign-dialog");
        setHeaderTitle(getTranslation("flow.countersign.title"));
        members.setId("countersign-members");
        members.setLabel(getTranslation("flow.countersign.members"));
        members.setItems(countersigns.reviewers());
        members.setItemLabelGenerator(AppUser::displayName);
        members.addValueChangeListener(e -> members.setInvalid(false));
        rule.setId("countersign-rule");
        rule.setLabel(getTranslation("flow.countersign.rule"));
        rule.setItems(CountersignRule.values());
        rule.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        rule.addValueChangeListener(e -> rule.setInvalid(false));
        rule.setValue(current.map(Countersign::rule).orElse(CountersignRule.ALL));
        current.ifPresent(c -> {
            Set<Long> chosen = c.members().stream().map(Countersign.Member::userId).collect(Collectors.toSet());
            members.setValue(members.getListDataView().getItems().filter(u -> chosen.contains(u.id()))
                    .collect(Collectors.toSet()));
        });
        problems = new FieldProblems(this, Map.of("members", members, "rule", rule), members);
        save.setText(getTranslation("flow.countersign.save"));
        save.setId("countersign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> act(() -> Optional.of(countersigns.configure(editor, composeTaskId,
                rule.getValue(), members.getValue().stream().map(AppUser::id).toList())), whenChanged));
        remove.setText(getTranslation("flow.countersign.remove"));
        remove.setId("countersign-remove");
        remove.setVisible(current.isPresent());
        remove.addClickListener(e -> act(() -> {
            countersigns.remove(editor, composeTaskId);
            return Optional.empty();
        }, whenChanged));
        add(new VerticalLayout(members, rule));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), remove, save);
        setWidth("32em");
    }

    private void act(Supplier<Optional<Countersign>> change,
                     Consumer<Optional<Countersign>> whenChanged) {
        try {
            problems.attempt(() -> {
                Optional<Countersign> now = change.get();
                close();
                whenChanged.accept(now);
            });
        } catch (TaskNotAvailableException gone) {
            close();
            Notices.error(getTranslation("task.notAvailable"));
        }
    }
}
