package com.briefingdesk.scoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.issue.SeriesService;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.ListColumns;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 积分规则: per series and year, the points of each kind of event. Rewards are zero or more, penalties zero or less;
 * a weight with the wrong sign is refused next to its field, and what was typed stays.
 */
@Route(value = "admin/scoring", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_AUTHORITY)
public class ScoringRulesView extends VerticalLayout implements HasDynamicTitle {

    private final ScoringRules rules;
    private final SeriesService seriesService;
    private final AppUser admin;
    final Select<BriefingSeries> series = new Select<>();
    final IntegerField year = new IntegerField();
    final Map<String, IntegerField> weights = new LinkedHashMap<>();
    final Button save = new Button();
    final Grid<ScoringRule> table = new Grid<>();
    private final FieldProblems problems;
    private final OfficeClock clock;

    public ScoringRulesView(ScoringRules rules, SeriesService seriesService, CurrentUser currentUser,
                            OfficeClock clock) {
        this.rules = rules;
        this.seriesService = seriesService;
        this.admin = currentUser.get();
        this.clock = clock;
        setId("scoring-rules");
        series.setLabel(getTranslation("scoring.series"));
        series.setItems(seriesService.all());
        series.setItemLabelGenerator(BriefingSeries::title);
        series.setId("scoring-series");
        series.setWidth("20em"); // the default width cuts a series title such as 江苏精神文明建设简报
        year.setLabel(getTranslation("scoring.year"));
        year.setId("scoring-year");
        year.setStepButtonsVisible(true);
        year.setValue(clock.today().getYear());
        FormLayout form = new FormLayout();
        for (String field : new String[] {"submission", "adoption", "leadArticle", "instruction",
                "commissionAnswered", "commissionMissed", "quotaMissed", "monthlyQuota"}) {
            IntegerField weight = new IntegerField(getTranslation("scoring.rule." + field));
            weight.setId("scoring-" + field);
            weight.setStepButtonsVisible(true);
            weight.addValueChangeListener(e -> weight.setInvalid(false));
            weights.put(field, weight);
            form.add(weight);
        }
        // A rule refuses its year and weights by name; a missing series is caught here before saving.
        Map<String, HasValidation> refusable = new HashMap<>(weights);
        refusable.put("year", year);
        problems = new FieldProblems(this, refusable, year);
        series.addValueChangeListener(e -> load());
        year.addValueChangeListener(e -> load());
        save.setText(getTranslation("scoring.rule.save"));
        save.setId("scoring-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        table.setId("scoring-table");
        table.addColumn(r -> seriesTitle(r.seriesId())).setHeader(getTranslation("scoring.series")).setFlexGrow(2);
        table.addColumn(ScoringRule::year).setHeader(getTranslation("scoring.year")).setAutoWidth(true);
        table.addColumn(ScoringRule::submission).setHeader(getTranslation("scoring.rule.submission"));
        table.addColumn(ScoringRule::adoption).setHeader(getTranslation("scoring.rule.adoption"));
        table.addColumn(ScoringRule::leadArticle).setHeader(getTranslation("scoring.rule.leadArticle"));
        table.addColumn(ScoringRule::instruction).setHeader(getTranslation("scoring.rule.instruction"));
        table.addColumn(ScoringRule::commissionAnswered).setHeader(getTranslation("scoring.rule.commissionAnswered"));
        table.addColumn(ScoringRule::commissionMissed).setHeader(getTranslation("scoring.rule.commissionMissed"));
        table.addColumn(ScoringRule::quotaMissed).setHeader(getTranslation("scoring.rule.quotaMissed"));
        table.addColumn(ScoringRule::monthlyQuota).setHeader(getTranslation("scoring.rule.monthlyQuota"));
        // ten columns share an office laptop's width: the long headings wrap rather than end in "…"
        ListColumns.titlesTakeTheRoom(table);
        table.setEmptyStateText(getTranslation("scoring.rule.none"));
        table.setAllRowsVisible(true);
        table.addItemClickListener(e -> {
            series.setValue(seriesService.find(e.getItem().seriesId()));
            year.setValue(e.getItem().year());
        });

        add(new H2(getPageTitle()), new Paragraph(getTranslation("scoring.rule.hint")),
                new HorizontalLayout(series, year), form, save, table);
        seriesService.all().stream().findFirst().ifPresent(series::setValue);
        table.setItems(rules.all(admin));
    }

    private String seriesTitle(long seriesId) {
        return seriesService.all().stream().filter(s -> s.id() == seriesId).map(BriefingSeries::title).findFirst()
                .orElse("");
    }

    /** Shows the saved rule of the chosen series and year, or zeros to start from. */
    private void load() {
        if (series.getValue() == null || year.getValue() == null) {
            return;
        }
        ScoringRule rule = rules.find(series.getValue().id(), year.getValue())
                .orElse(ScoringRule.none(series.getValue().id(), year.getValue()));
        weights.get("submission").setValue(rule.submission());
        weights.get("adoption").setValue(rule.adoption());
        weights.get("leadArticle").setValue(rule.leadArticle());
        weights.get("instruction").setValue(rule.instruction());
        weights.get("commissionAnswered").setValue(rule.commissionAnswered());
        weights.get("commissionMissed").setValue(rule.commissionMissed());
        weights.get("quotaMissed").setValue(rule.quotaMissed());
        weights.get("monthlyQuota").setValue(rule.monthlyQuota());
    }

    void save() {
        weights.values().forEach(f -> f.setInvalid(false));
        series.setInvalid(false);
        year.setInvalid(false);
        boolean complete = true;
        if (series.getValue() == null) {
            series.setErrorMessage(getTranslation("scoring.series.required"));
            series.setInvalid(true);
            complete = false;
        }
        if (year.getValue() == null) {
            year.setErrorMessage(getTranslation("scoring.rule.yearRange"));
            year.setInvalid(true);
            complete = false;
        }
        for (IntegerField weight : weights.values()) {
            if (weight.getValue() == null) {
                weight.setErrorMessage(getTranslation("scoring.rule.weightRequired"));
                weight.setInvalid(true);
                complete = false;
            }
        }
        if (!complete) {
            return;
        }
        problems.attempt(() -> {
            rules.save(admin, new ScoringRule(series.getValue().id(), year.getValue(), value("submission"),
                    value("adoption"), value("leadArticle"), value("instruction"), value("commissionAnswered"),
                    value("commissionMissed"), value("quotaMissed"), value("monthlyQuota")));
            Notices.success(getTranslation("scoring.rule.saved"));
            table.setItems(rules.all(admin));
        });
    }

    private int value(String field) {
        return weights.get(field).getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scoring.rule.title");
    }
}
