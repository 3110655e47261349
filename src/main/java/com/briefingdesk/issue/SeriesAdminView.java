package com.briefingdesk.issue;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Administrators keep the briefing series: title block, numbering, columns and the default 版记. */
@Route(value = "admin/series", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_AUTHORITY)
public class SeriesAdminView extends VerticalLayout implements HasDynamicTitle {

    private final SeriesService seriesService;
    private final AppUser user;
    final Grid<BriefingSeries> grid = new Grid<>();
    final TextField code = new TextField();
    final TextField title = new TextField();
    final TextField issuingOffice = new TextField();
    final TextField marking = new TextField();
    final TextField serialPrefix = new TextField();
    final TextArea columnsText = new TextArea();
    final IntegerField defaultPrintCount = new IntegerField();
    final IntegerField lastSerial = new IntegerField();
    final TextArea reportTo = new TextArea();
    final TextArea sendTo = new TextArea();
    final TextArea distributeTo = new TextArea();
    final Button save = new Button();
    private final Binder<SeriesSettings> binder = new Binder<>();
    private final Map<String, HasValidation> fields;
    private BriefingSeries editing;

    public SeriesAdminView(SeriesService seriesService, CurrentUser currentUser) {
        this.seriesService = seriesService;
        this.user = currentUser.get();
        setId("series-admin");
        label(code, "series.code");
        label(title, "series.title");
        label(issuingOffice, "series.issuingOffice");
        label(marking, "series.marking");
        label(serialPrefix, "series.serialPrefix");
        label(columnsText, "series.columns");
        label(defaultPrintCount, "series.defaultPrintCount");
        label(lastSerial, "series.lastSerial");
        lastSerial.setHelperText(getTranslation("series.lastSerial.help"));
        label(reportTo, "series.reportTo");
        label(sendTo, "series.sendTo");
        label(distributeTo, "series.distributeTo");
        columnsText.setHelperText(getTranslation("series.onePerLine"));
        for (TextArea line : java.util.List.of(reportTo, sendTo, distributeTo)) {
            line.setHelperText(getTranslation("series.onePerLine"));
        }
        // circulation goes to the units named on these two lines: say so where the names are typed
        sendTo.setHelperText(getTranslation("series.circulatesToUnits"));
        distributeTo.setHelperText(getTranslation("series.circulatesToUnits"));
        binder.forField(code).bind(SeriesSettings::getCode, SeriesSettings::setCode);
        binder.forField(title).bind(SeriesSettings::getTitle, SeriesSettings::setTitle);
        binder.forField(issuingOffice).bind(SeriesSettings::getIssuingOffice, SeriesSettings::setIssuingOffice);
        binder.forField(marking).bind(SeriesSettings::getMarking, SeriesSettings::setMarking);
        binder.forField(serialPrefix).bind(SeriesSettings::getSerialPrefix, SeriesSettings::setSerialPrefix);
        binder.forField(columnsText).bind(SeriesSettings::getColumnsText, SeriesSettings::setColumnsText);
        binder.forField(defaultPrintCount).bind(s -> s.getDefaultPrintCount(),
                (s, v) -> s.setDefaultPrintCount(v == null ? 0 : v));
        binder.forField(lastSerial).bind(s -> s.getLastSerial(), (s, v) -> s.setLastSerial(v == null ? -1 : v));
        binder.forField(reportTo).bind(SeriesSettings::getReportTo, SeriesSettings::setReportTo);
        binder.forField(sendTo).bind(SeriesSettings::getSendTo, SeriesSettings::setSendTo);
        binder.forField(distributeTo).bind(SeriesSettings::getDistributeTo, SeriesSettings::setDistributeTo);
        fields = Map.ofEntries(Map.entry("code", code), Map.entry("title", title),
                Map.entry("issuingOffice", issuingOffice), Map.entry("marking", marking),
                Map.entry("serialPrefix", serialPrefix), Map.entry("columnsText", columnsText),
                Map.entry("defaultPrintCount", defaultPrintCount), Map.entry("lastSerial", lastSerial),
                Map.entry("reportTo", reportTo), Map.entry("sendTo", sendTo), Map.entry("distributeTo", distributeTo));

        save.setText(getTranslation("issue.save"));
        save.setId("save-series");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button create = new Button(getTranslation("series.new"), e -> edit(null));
        create.setId("new-series");

        grid.addColumn(BriefingSeries::title).setHeader(getTranslation("series.title")).setFlexGrow(2);
        grid.addColumn(BriefingSeries::issuingOffice).setHeader(getTranslation("series.issuingOffice"));
        grid.addColumn(s -> s.serialPrefix() + " " + s.lastSerial()).setHeader(getTranslation("series.lastSerial"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        grid.setAllRowsVisible(true);
        FormLayout form = new FormLayout(code, title, issuingOffice, marking, serialPrefix, defaultPrintCount,
                lastSerial, columnsText, reportTo, sendTo, distributeTo);
        add(new HorizontalLayout(new H2(getTranslation("nav.series")), create), grid, form,
                new HorizontalLayout(save));
        refresh();
        edit(null);
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key) {
        field.setLabel(getTranslation(key));
        ((com.vaadin.flow.component.Component) field).setId(key.replace("series.", "series-"));
    }

    void edit(BriefingSeries series) {
        editing = series;
        binder.readBean(series == null ? new SeriesSettings() : SeriesSettings.of(series));
        code.setReadOnly(series != null);
        fields.values().forEach(f -> f.setInvalid(false));
    }

    void save() {
        SeriesSettings settings = new SeriesSettings();
        binder.writeBeanAsDraft(settings, true);
        Map<String, String> problems = settings.problems();
        if (!showProblems(problems)) {
            return;
        }
        try {
            BriefingSeries saved = editing == null ? seriesService.create(user, settings)
                    : seriesService.update(user, editing.id(), settings);
            Notices.success(getTranslation("series.saved"));
            refresh();
            edit(saved);
        } catch (ValidationException e) {
            showProblems(e.fieldMessageKeys());
        }
    }

    private boolean showProblems(Map<String, String> problems) {
        fields.forEach((name, field) -> {
            String key = problems.get(name);
            field.setInvalid(key != null);
            field.setErrorMessage(key == null ? null : getTranslation(key));
        });
        return problems.isEmpty();
    }

    private void refresh() {
        grid.setItems(seriesService.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.series");
    }
}
