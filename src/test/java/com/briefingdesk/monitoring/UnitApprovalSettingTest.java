package com.briefingdesk.monitoring;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.UiTest;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.NotFoundException;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators decide per unit whether its articles need its leader's approval (单位审核). */
class UnitApprovalSettingTest extends UiTest {

    @Autowired
    UserDirectory directory;
    @Autowired
    DirectoryAdmin directoryAdmin;

    @Test
    void anAdministratorTurnsUnitApprovalOnAndOff() {
        Unit unit = directory.createUnit("us" + System.nanoTime(), "设置测试单位", Unit.Kind.MEMBER);
        assertThat(unit.requiresLeaderApproval()).isFalse();
        assertThat(directory.findUnitByCode("taicang").orElseThrow().requiresLeaderApproval())
                .as("the demo unit that requires it").isTrue();
        assertThat(directory.findUnitByCode("kunshan").orElseThrow().requiresLeaderApproval()).isFalse();

        openAs("admin");
        UI.getCurrent().navigate(DirectoryAdminView.class);
        DirectoryAdminView view = _get(DirectoryAdminView.class);
        view.setRequiresUnitApproval(unit, true);
        assertThat(directory.findUnit(unit.id()).orElseThrow().requiresLeaderApproval()).isTrue();
        view.setRequiresUnitApproval(directory.findUnit(unit.id()).orElseThrow(), false);
        assertThat(directory.findUnit(unit.id()).orElseThrow().requiresLeaderApproval()).isFalse();
        assertThat(view.units.getGenericDataView().getItems().filter(u -> u.id() == unit.id()).findFirst()
                .orElseThrow().requiresLeaderApproval()).isFalse();
    }

    @Test
    void nobodyElseChangesIt() {
        Unit unit = directory.createUnit("us" + System.nanoTime(), "设置测试单位", Unit.Kind.MEMBER);
        assertThatThrownBy(() -> directoryAdmin.setRequiresUnitApproval(
                directory.findByUsername("editor").orElseThrow(), unit.id(), true))
                .isInstanceOf(NotFoundException.class);
        assertThat(directory.findUnit(unit.id()).orElseThrow().requiresLeaderApproval()).isFalse();
    }
}
