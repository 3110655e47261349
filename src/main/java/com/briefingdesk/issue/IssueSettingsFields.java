package com.briefingdesk.issue;

import com.briefingdesk.kernel.ui.InputTexts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;

/**
 * An issue's settings as the editor composes it (本期设置): supplement or not, marking, print count, the day it goes
 * out, the editor's note and the 版记's lines. What they hold is a {@link Composition}; a problem the service finds
 * is shown at its field.
 */
class IssueSettingsFields extends FormLayout {

    final Checkbox supplement = new Checkbox();
    final TextField marking = new TextField();
    final TextArea editorNote = new TextArea();
    final DatePicker issueDate = new DatePicker();
    final IntegerField printCount = new IntegerField();
    final TextArea reportTo = new TextArea();
    final TextArea sendTo = new TextArea();
    final TextArea distributeTo = new TextArea();
    final TextArea additionalTo = new TextArea();

    IssueSettingsFields() {
        name(supplement, "issue.supplement", "supplement");
        name(marking, "issue.marking", "marking");
        name(editorNote, "issue.editorNote", "editor-note");
        editorNote.setMaxLength(Composition.NOTE_MAX);
        InputTexts.localize(issueDate);
        name(issueDate, "issue.date", "issue-date");
        issueDate.setHelperText(getTranslation("issue.date.help"));
        issueDate.setClearButtonVisible(true);
        name(printCount, "issue.printCount", "print-count");
        printCount.setMin(1);
        printCount.setStepButtonsVisible(true);
        name(reportTo, "series.reportTo", "report-to");
        name(sendTo, "series.sendTo", "send-to");
        name(distributeTo, "series.distributeTo", "distribute-to");
        name(additionalTo, "issue.additionalTo", "additional-to");
        reportTo.setHelperText(getTranslation("series.onePerLine"));
        // circulation goes to the units named on the other lines: say so where the names are typed
        sendTo.setHelperText(getTranslation("series.circulatesToUnits"));
        distributeTo.setHelperText(getTranslation("series.circulatesToUnits"));
        additionalTo.setHelperText(getTranslation("issue.additionalTo.help"));
        add(supplement, marking, printCount, issueDate, editorNote, reportTo, sendTo, distributeTo, additionalTo);
        setColspan(supplement, 2);
        setColspan(editorNote, 2);
    }

    private <F extends Component & HasLabel> void name(F field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
    }

    /** The issue's settings as saved; the series' marking shows where the issue has none of its own. */
    void show(Issue issue) {
        marking.setValue(issue.marking() == null ? "" : issue.marking());
        marking.setPlaceholder(issue.series().marking());
        editorNote.setValue(issue.editorNote() == null ? "" : issue.editorNote());
        printCount.setValue(issue.printCount());
        supplement.setValue(issue.supplement());
        issueDate.setValue(issue.issueDate());
        reportTo.setValue(SeriesSettings.lineText(issue.recipients(), RecipientLine.REPORT));
        sendTo.setValue(SeriesSettings.lineText(issue.recipients(), RecipientLine.SEND));
        distributeTo.setValue(SeriesSettings.lineText(issue.recipients(), RecipientLine.DISTRIBUTE));
        additionalTo.setValue(SeriesSettings.lineText(issue.recipients(), RecipientLine.ADDITIONAL));
    }

    Composition composition() {
        return new Composition(supplement.getValue(), marking.getValue(), editorNote.getValue(), issueDate.getValue(),
                printCount.getValue() == null ? 0 : printCount.getValue(),
                SeriesSettings.parseLines(reportTo.getValue(), sendTo.getValue(), distributeTo.getValue(),
                        additionalTo.getValue()));
    }

    /**
     * Whether 印发日期 holds typed text that is no date: the picker shows its own message, and saving would drop the
     * date without a word, so nothing is saved until it is mended or cleared.
     */
    boolean dateUnreadable() {
        return issueDate.isInvalid() && issueDate.isEmpty();
    }

    /** Marks each field's problem at it, and clears the others; returns the problems that belong to no field here. */
    Map<String, String> showProblems(Map<String, String> problems) {
        Map<String, HasValidation> fields = Map.of("marking", marking, "editorNote", editorNote,
                "printCount", printCount, "issueDate", issueDate, "reportTo", reportTo, "sendTo", sendTo,
                "distributeTo", distributeTo, "additionalTo", additionalTo);
        fields.forEach((name, field) -> {
            String key = problems.get(name);
            field.setInvalid(key != null);
            field.setErrorMessage(key == null ? null : getTranslation(key));
        });
        Map<String, String> elsewhere = new HashMap<>(problems);
        elsewhere.keySet().removeAll(fields.keySet());
        return elsewhere;
    }
}
