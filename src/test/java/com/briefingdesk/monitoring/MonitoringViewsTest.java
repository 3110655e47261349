package com.briefingdesk.monitoring;

import static com.briefingdesk.ReloadQuestion.dialogWouldAsk;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.Office;
import com.briefingdesk.UiTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.ListHeight;
import com.briefingdesk.layout.AccessDeniedView;
import com.briefingdesk.layout.NotFoundView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The monitoring views as an administrator uses them, and closed to everyone else. */
class MonitoringViewsTest extends UiTest {

    @Autowired
    MonitoringFixtures fixtures;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskActions actions;

    @Test
    void nobodyButAnAdministratorOpensAnyMonitoringView() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        List<String> views = List.of("admin/dashboard", "admin/statistics", "admin/directory",
                "admin/processes/article/" + article.id());
        for (String username : List.of("editor", "reviewer", "signer", "kunshan", "kunshan-recv")) {
            for (String view : views) {
                openAs(username);
                UI.getCurrent().navigate(view);
                _assertOne(AccessDeniedView.class);
                _assertNone(DashboardView.class);
                _assertNone(StatisticsView.class);
                _assertNone(DirectoryAdminView.class);
                _assertNone(ProcessDetailView.class);
            }
        }
    }

    @Test
    void theDashboardShowsTheCountsOfTheChosenUnitAndItsCharts() {
        Unit unit = fixtures.freshUnit();
        AppUser submitter = fixtures.submitter(unit);
        fixtures.submitted(submitter);
        fixtures.triaged(submitter, TriageDecision.ACCEPT);
        fixtures.triaged(submitter, TriageDecision.REJECT);

        openAs("admin");
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView dashboard = _get(DashboardView.class);
        _setValue(dashboard.unit, dashboard.unit.getListDataView().getItems().filter(u -> u.id() == unit.id())
                .findFirst().orElseThrow());

        assertThat(count("article-count-SUBMITTED")).isEqualTo("1");
        assertThat(count("article-count-ACCEPTED")).isEqualTo("1");
        assertThat(count("article-count-REJECTED")).isEqualTo("1");
        assertThat(count("article-count-ADOPTED")).isEqualTo("0");
        assertThat(dashboard.volumes.option()).contains("每月报送、录用、采用", "\"data\":[0,0,0,0,0,0,0,0,0,0,0,3]");
        assertThat(dashboard.cycleTimes.option()).contains("稿件报送至录用");
    }

    @Test
    void aTaskNobodyCanTakeComesFirstOnTheDashboardNamedByTheGroupItWaitsFor() {
        Unit unit = fixtures.freshUnit();
        fixtures.directory.setRequiresLeaderApproval(unit.id(), true);
        Article waiting = fixtures.submitted(fixtures.submitter(unit)); // for the unit's leaders: it has none

        openAs("admin");
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView dashboard = _get(DashboardView.class);
        List<WatchedTask> listed = dashboard.tasks.getGenericDataView().getItems().toList();
        WatchedTask ours = listed.stream().filter(t -> t.processInstanceId().equals(waiting.processInstanceId()))
                .findFirst().orElseThrow(() -> new AssertionError("a task of a minute ago, listed for nobody can take it"));
        assertThat(ours.unstaffed()).isTrue();
        int row = listed.indexOf(ours);
        assertThat(listed.subList(0, row)).as("tasks nobody can take come first").allMatch(WatchedTask::unstaffed);
        assertThat(GridKt._getFormattedRow(dashboard.tasks, row)).contains(unit.name() + "单位审核人");
        assertThat(dashboard.shortOfRoles.isVisible()).isTrue();
        assertThat(dashboard.shortOfRoles.getText()).matches("有 [1-9][0-9]* 个单位存在无人担任的角色.*");
        assertThat(dashboard.shortOfRoles.getHref()).isEqualTo("admin/directory?gaps=1");
        UI.getCurrent().navigate("admin/directory", QueryParameters.of("gaps", "1")); // as the link goes
        DirectoryAdminView shortOnly = _get(DirectoryAdminView.class);
        assertThat(shortOnly.gapsOnly.getValue()).isTrue();
        assertThat(shortOnly.units.getListDataView().getItems()).extracting(Unit::id).contains(unit.id());
        UI.getCurrent().navigate(DirectoryAdminView.class); // the menu's link
        assertThat(_get(DirectoryAdminView.class).gapsOnly.getValue()).isFalse();

        UI.getCurrent().navigate(ProcessDetailView.location("article", String.valueOf(waiting.id())));
        ProcessDetailView detail = _get(ProcessDetailView.class);
        assertThat(GridKt._getFormattedRow(detail.openTasks, 0)).contains(unit.name() + "单位审核人（无人可办）");
        // nobody to remind or to hand it to: the dialog says where the remedy is, and a reminder is refused
        detail.act(ours);
        TaskActionDialog dialog = _get(TaskActionDialog.class);
        assertThat(dialog.remind.isVisible()).isFalse();
        assertThat(dialog.successor.getListDataView().getItemCount()).isZero();
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-unstaffed")).getText()).contains("单位与人员");
        assertThatThrownBy(() -> actions.remind(fixtures.admin(), ours.id(), "请尽快审核"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("assignee", "monitoring.task.nobodyToRemind"));
        _click(_get(Button.class, spec -> spec.withId("task-open-directory")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rolesNobodyHolds(_get(DirectoryAdminView.class), unit)).as("a fresh unit with a submitter only")
                .isEqualTo("单位审核人、收文人");

        UI.getCurrent().navigate(DashboardView.class);
        DashboardView again = _get(DashboardView.class);
        assertThat(again.tasks.getGenericDataView().getItems()).as("waiting for nobody")
                .anyMatch(t -> t.processInstanceId().equals(waiting.processInstanceId()));
        fixtures.person(unit, Set.of(Role.UNIT_LEADER));
        poll();
        assertThat(again.tasks.getGenericDataView().getItems())
                .as("a leader now, and the task is neither overdue nor old")
                .noneMatch(t -> t.processInstanceId().equals(waiting.processInstanceId()));
    }

    @Test
    void anAdministratorTransfersATaskAndAMissingReasonIsMarkedAtItsField() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        AppUser successor = fixtures.officeEditor();

        openAs("admin");
        UI.getCurrent().navigate(ProcessDetailView.location("article", String.valueOf(article.id())));
        ProcessDetailView detail = _get(ProcessDetailView.class);
        WatchedTask triage = detail.openTasks.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(triage.holder()).isEqualTo("editors");
        assertThat(GridKt._getFormattedRow(detail.openTasks, 0)).as("the group by name").contains("编辑");
        assertThat(GridKt._getFormattedRow(detail.openTasks, 0)).first().isEqualTo("稿件初审");
        detail.act(triage);
        TaskActionDialog dialog = _get(TaskActionDialog.class);
        assertThat(dialog.isCloseOnOutsideClick()).as("a stray click beside it keeps the typing").isFalse();
        assertThat(dialog.getHeaderTitle()).startsWith("稿件初审 · ");
        _setValue(dialog.successor, dialog.successor.getListDataView().getItems()
                .filter(u -> u.username().equals(successor.username())).findFirst().orElseThrow());
        _click(dialog.reassign);

        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("请填写原因");
        assertThat(dialog.successor.getValue().username()).isEqualTo(successor.username());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(fixtures.openTask(article.processInstanceId()).getAssignee()).isNull();

        _setValue(dialog.reason, "原编辑出差");
        assertThat(dialogWouldAsk(dialog)).as("a reload asks about the reason typed").isTrue();
        _click(dialog.reassign);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(fixtures.openTask(article.processInstanceId()).getAssignee()).isEqualTo(successor.username());
        assertThat(detail.timeline.getElement().getTextRecursively()).contains("转办", "稿件初审 → ", "原编辑出差")
                .doesNotContain("Triage article");
        assertThat(detail.openTasks.getGenericDataView().getItems().findFirst().orElseThrow().holder())
                .isEqualTo(successor.displayName());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAtTheFieldAndKeepsWhatWasTyped() {
        Unit unit = fixtures.freshUnit();
        Article article = fixtures.triaged(fixtures.submitter(unit), TriageDecision.ACCEPT);
        openAs("admin");
        UI.getCurrent().navigate(StatisticsView.class);
        StatisticsView view = _get(StatisticsView.class);
        _setValue(view.kind, StatisticsPeriod.Kind.CUSTOM);
        LocalDate start = LocalDate.of(2026, 5, 10);
        LocalDate end = LocalDate.of(2026, 5, 1);
        _setValue(view.from, start);
        _setValue(view.to, end);
        _click(view.compute);

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("截止日期不能早于起始日期");
        assertThat(view.from.getValue()).isEqualTo(start);
        assertThat(view.to.getValue()).isEqualTo(end);

        _setValue(view.kind, StatisticsPeriod.Kind.MONTH);
        _setValue(view.day, Office.today());
        _click(view.compute);
        assertThat(view.to.isInvalid()).isFalse();
        assertThat(view.figures()).filteredOn(f -> f.unitName().equals(article.unitName())).singleElement()
                .satisfies(f -> assertThat(List.of(f.submitted(), f.accepted())).containsExactly(1L, 1L));
        assertThat(view.xlsx.getHref()).isNotBlank();
        assertThat(view.csv.getHref()).isNotBlank();
        assertThat(view.headings()).containsExactly("采用排名", "单位", "报送", "录用", "采用", "退稿", "采用率");

        fixtures.triaged(fixtures.submitter(unit), TriageDecision.ACCEPT);
        UI.getCurrent().navigate(StatisticsView.class); // the menu item chosen again: the same period, counted anew
        assertThat(_get(StatisticsView.class)).isSameAs(view);
        assertThat(view.figures()).filteredOn(f -> f.unitName().equals(article.unitName())).singleElement()
                .satisfies(f -> assertThat(List.of(f.submitted(), f.accepted())).containsExactly(2L, 2L));
    }

    @Test
    void theDetailOfAnArticleDrawsItsModelWithTheActiveStepAndListsItsTimeline() {
        Article article = fixtures.triaged(fixtures.submitter(fixtures.freshUnit()), TriageDecision.RETURN);
        openAs("admin");
        UI.getCurrent().navigate("admin/processes/article/" + article.id());

        ProcessDetailView view = _get(ProcessDetailView.class);
        assertThat(view.diagram.activeSteps()).containsExactly("Task_Revise");
        assertThat(view.diagram.stepsTaken()).contains("Task_Triage");
        assertThat(view.xml.getText()).as("the model as deployed").contains("<bpmn:process id=\"article\"");
        assertThat(view.diagram.modelXml()).as("drawn with Chinese labels").contains("name=\"稿件初审\"")
                .doesNotContain("name=\"Triage article\"");
        assertThat(view.timeline.getElement().getTextRecursively())
                .contains("退回修改", "请补充数据", "稿件初审", "修改退回稿件")
                .doesNotContain("Triage article", "Revise article");
        assertThat(_get(Span.class, spec -> spec.withId("process-status")).getText()).isEqualTo("退回修改");
        _get(com.briefingdesk.article.VersionHistory.class);

        UI.getCurrent().navigate("admin/processes/article/" + Long.MAX_VALUE);
        _assertOne(NotFoundView.class);
    }

    static Unit unitOf(DirectoryAdminView view, long id) {
        return view.units.getListDataView().getItems().filter(u -> u.id() == id).findFirst().orElseThrow();
    }

    static String rolesNobodyHolds(DirectoryAdminView view, Unit unit) {
        List<Unit> rows = view.units.getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(u -> u.id() == unit.id()).findFirst().orElseThrow());
        return ((Span) GridKt._getCellComponent(view.units, row, "roles-nobody-holds")).getText();
    }

    @Test
    void anAdministratorCreatesAUnitAndAPersonWithMessagesAtTheFields() {
        openAs("admin");
        UI.getCurrent().navigate(DirectoryAdminView.class);
        DirectoryAdminView view = _get(DirectoryAdminView.class);
        _setValue(view.unitCode, "Bad Code");
        _setValue(view.unitName, "无锡市");
        _click(view.createUnit);
        assertThat(view.unitCode.isInvalid()).isTrue();
        assertThat(view.unitCode.getErrorMessage()).isEqualTo("代码须为 2 到 40 个小写字母、数字或连字符");
        assertThat(view.unitName.getValue()).isEqualTo("无锡市");

        String code = "wx" + System.nanoTime();
        _setValue(view.unitCode, code);
        _click(view.createUnit);
        assertThat(view.unitCode.isInvalid()).isFalse();
        Unit created = view.units.getGenericDataView().getItems().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow();
        assertThat(rolesNobodyHolds(view, created)).as("a new unit: nobody to submit or acknowledge")
                .isEqualTo("报送员、收文人");
        _setValue(view.gapsOnly, true);
        assertThat(view.units.getListDataView().getItems()).extracting(Unit::id).contains(created.id())
                .allMatch(id -> !rolesNobodyHolds(view, unitOf(view, id)).isEmpty())
                .as("the demo's units lack nobody").doesNotContainAnyElementsOf(Stream.of("kunshan", "jurong",
                        "binhai", "gulou", "taicang").map(demo -> fixtures.directory.findUnitByCode(demo)
                        .orElseThrow().id()).toList());
        _setValue(view.gapsOnly, false);

        String username = "wx" + System.nanoTime();
        _setValue(view.username, username);
        _setValue(view.displayName, "无锡市报送员");
        _setValue(view.unit, view.unit.getListDataView().getItems().filter(u -> u.id() == created.id())
                .findFirst().orElseThrow());
        _setValue(view.password, "short");
        _click(view.createPerson);
        assertThat(view.roles.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("密码至少 8 个字符");
        assertThat(view.username.getValue()).isEqualTo(username);

        _setValue(view.roles, Set.of(Role.SUBMITTER));
        _setValue(view.password, "long-enough");
        _click(view.createPerson);
        AppUser person = view.people.getGenericDataView().getItems().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow();
        assertThat(person.unitName()).isEqualTo("无锡市");
        assertThat(rolesNobodyHolds(view, created)).isEqualTo("收文人");

        view.edit(person);
        PersonEditDialog edit = _get(PersonEditDialog.class);
        assertThat(edit.isCloseOnOutsideClick()).as("a stray click beside it keeps the typing").isFalse();
        _setValue(edit.email, "wuxi at example.cn");
        _setValue(edit.roles, Set.of()); // the unit's only submitter: said before anything is saved
        assertThat(edit.roles.getHelperText())
                .isEqualTo("无锡市将无人担任：报送员。在该单位有人担任之前，相应工作将无人办理。");
        _setValue(edit.roles, Set.of(Role.SUBMITTER, Role.RECIPIENT));
        assertThat(edit.roles.getHelperText()).isEmpty();
        _click(edit.save);
        assertThat(edit.email.isInvalid()).isTrue();
        assertThat(edit.email.getErrorMessage()).isEqualTo("请填写有效的电子邮箱地址");
        assertThat(edit.roles.getValue()).as("what was typed stays").contains(Role.RECIPIENT);
        _setValue(edit.email, "wuxi@example.cn");
        _click(edit.save);
        person = view.people.getGenericDataView().getItems().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow();
        assertThat(person.email()).isEqualTo("wuxi@example.cn");
        assertThat(person.roles()).containsExactlyInAnyOrder(Role.SUBMITTER, Role.RECIPIENT);
        assertThat(rolesNobodyHolds(view, created)).isEmpty();
        view.setRequiresUnitApproval(created, true);
        assertThat(rolesNobodyHolds(view, created)).as("its articles now wait for a leader").isEqualTo("单位审核人");
        view.setRequiresUnitApproval(created, false);

        view.deactivate(person);
        DeactivationDialog dialog = _get(DeactivationDialog.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("deactivation-leaves-roles")).getText())
                .isEqualTo("无锡市将无人担任：报送员、收文人。在该单位有人担任之前，相应工作将无人办理。");
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        _setValue(dialog.reason, "调离");
        _click(dialog.confirm);
        assertThat(fixtures.directory.findByUsername(username).orElseThrow().active()).isFalse();
        assertThat(rolesNobodyHolds(view, created)).isEqualTo("报送员、收文人");
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("series-link")).getHref())
                .isEqualTo("admin/series");
    }

    @Test
    void anAdministratorFindsAUnitByCodeOrNameAndAPersonByLoginNameOrUnit() {
        String code = "find" + System.nanoTime();
        Unit unit = fixtures.directory.createUnit(code, "检索市" + code, Unit.Kind.MEMBER);
        AppUser person = fixtures.submitter(unit);

        openAs("admin");
        UI.getCurrent().navigate(DirectoryAdminView.class);
        DirectoryAdminView view = _get(DirectoryAdminView.class);
        assertThat(view.people.getListDataView().getItemCount()).isGreaterThan(ListHeight.SHORT_LIST);
        assertThat(view.people.isAllRowsVisible()).as("a long list scrolls within its own height").isFalse();

        _setValue(view.unitWords, " " + code.toUpperCase(Locale.ROOT) + " ");
        assertThat(view.units.getListDataView().getItems()).extracting(Unit::id).containsExactly(unit.id());
        _setValue(view.unitWords, "检索市" + code);
        assertThat(view.units.getListDataView().getItems()).extracting(Unit::id).containsExactly(unit.id());
        assertThat(view.units.isAllRowsVisible()).isTrue();

        _setValue(view.peopleWords, "检索市" + code);
        assertThat(view.people.getListDataView().getItems()).extracting(AppUser::username)
                .containsExactly(person.username());
        _setValue(view.peopleWords, person.username());
        assertThat(view.people.getListDataView().getItems()).extracting(AppUser::id).containsExactly(person.id());

        view.refresh();
        assertThat(view.people.getListDataView().getItems()).as("a refresh keeps the search")
                .extracting(AppUser::id).containsExactly(person.id());
    }

    @Test
    void anIncidentIsListedWithItsMessageAndItsRetryGivesTheJobAnotherTry() {
        String deployment = repositoryService.createDeployment().addModelInstance("monitoringViewFailure.bpmn",
                Bpmn.createExecutableProcess("monitoringViewFailure").camundaHistoryTimeToLive(1).startEvent()
                        .serviceTask("Task_Fragile").camundaAsyncBefore()
                        .camundaExpression("${execution.getVariable('missing').toString()}").endEvent().done())
                .deploy().getId();
        try {
            String pi = runtimeService.startProcessInstanceByKey("monitoringViewFailure", "5").getId();
            Job job = managementService.createJobQuery().processInstanceId(pi).singleResult();
            managementService.setJobRetries(job.getId(), 1);
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // its only try fails: an incident
            }
            openAs("admin");
            UI.getCurrent().navigate(DashboardView.class);
            DashboardView dashboard = _get(DashboardView.class);
            OpenIncident incident = dashboard.incidentGrid.getGenericDataView().getItems()
                    .filter(i -> pi.equals(i.processInstanceId())).findFirst().orElseThrow();
            assertThat(incident.message()).contains("missing");
            assertThat(GridKt._getFormattedRow(dashboard.incidentGrid, incident)).contains("Task_Fragile");
            assertThat(dashboard.noIncidents.isVisible()).isFalse();

            dashboard.retry(incident);

            assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries())
                    .isEqualTo(1);
            assertThat(dashboard.incidentGrid.getGenericDataView().getItems())
                    .noneMatch(i -> pi.equals(i.processInstanceId()));
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    private static String count(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
