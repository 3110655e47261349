package com.briefingdesk.scoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.InputTexts;
import com.briefingdesk.kernel.ui.ListColumns;
import com.briefingdesk.kernel.ui.ListHeight;
import com.briefingdesk.kernel.ui.LoadedOnArrival;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** 领导批示: an editor records a leader's instruction on an adopted article; it earns the unit points. */
@Route(value = "instructions", layout = MainLayout.class)
@RolesAllowed(Role.EDITOR_AUTHORITY)
public class LeaderInstructionsView extends VerticalLayout implements HasDynamicTitle, LoadedOnArrival,
        UnsavedWork.Holder {

    private final LeaderInstructions instructions;
    private final AppUser editor;
    final ComboBox<AdoptedArticle> article = new ComboBox<>();
    final TextField instructedBy = new TextField();
    final DatePicker instructedOn = new DatePicker();
    final TextArea text = new TextArea();
    final Button record = new Button();
    final Grid<LeaderInstruction> recorded = new Grid<>();
    private final FieldProblems problems;

    public LeaderInstructionsView(LeaderInstructions instructions, CurrentUser currentUser) {
        UnsavedWork.guardThePage(this);
        this.instructions = instructions;
        this.editor = currentUser.get();
        setId("leader-instructions");
        article.setLabel(getTranslation("scoring.instruction.article"));
        article.setItems(instructions.adoptedArticles(editor));
        article.setItemLabelGenerator(a -> Punctuation.aside(this, a.title(), a.unitName()));
        article.setId("instruction-article");
        article.setWidthFull();
        instructedBy.setLabel(getTranslation("scoring.instruction.who"));
        instructedBy.setId("instruction-who");
        instructedBy.setMaxLength(LeaderInstructions.WHO_MAX);
        InputTexts.localize(instructedOn);
        instructedOn.setLabel(getTranslation("scoring.instruction.date"));
        instructedOn.setId("instruction-date");
        text.setLabel(getTranslation("scoring.instruction.text"));
        text.setId("instruction-text");
        text.setWidthFull();
        text.setMaxLength(LeaderInstructions.TEXT_MAX);
        record.setText(getTranslation("scoring.instruction.record"));
        record.setId("instruction-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> record());

        recorded.setId("instruction-grid");
        recorded.addComponentColumn(i -> new Anchor("articles/" + i.articleId(), i.articleTitle()))
                .setHeader(getTranslation("scoring.instruction.article")).setFlexGrow(2);
        recorded.addColumn(LeaderInstruction::unitName).setHeader(getTranslation("scoring.unit")).setAutoWidth(true);
        recorded.addColumn(LeaderInstruction::instructedBy).setHeader(getTranslation("scoring.instruction.who"))
                .setAutoWidth(true);
        recorded.addColumn(LeaderInstruction::instructedOn).setHeader(getTranslation("scoring.instruction.date"))
                .setAutoWidth(true);
        recorded.addColumn(LeaderInstruction::text).setHeader(getTranslation("scoring.instruction.text"))
                .setFlexGrow(3);
        ListColumns.titlesTakeTheRoom(recorded);
        recorded.setEmptyStateText(getTranslation("scoring.instruction.none"));
        add(new H2(getPageTitle()), article, new HorizontalLayout(instructedBy, instructedOn), text, record,
                recorded);
        problems = new FieldProblems(this, Map.of("article", article, "instructedBy", instructedBy,
                "instructedOn", instructedOn, "text", text), text);
    }

    void record() {
        problems.attempt(() -> {
            instructions.record(editor, article.getValue() == null ? null : article.getValue().id(),
                    instructedBy.getValue(), instructedOn.getValue(), text.getValue());
            Notices.success(getTranslation("scoring.instruction.recorded"));
            load();
            article.clear();
            instructedBy.clear();
            instructedOn.clear();
            text.clear();
        });
    }

    /** The instruction's words are what takes typing; the article, who and when are picked again quickly. */
    @Override
    public boolean hasUnsavedWork() {
        return !text.getValue().isBlank();
    }

    /** The latest 200 instructions recorded; they gather over the years, so the list scrolls once long. */
    @Override
    public void load() {
        List<LeaderInstruction> latest = instructions.recent(editor);
        recorded.setItems(latest);
        ListHeight.fit(recorded, latest.size());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scoring.instruction.title");
    }
}
