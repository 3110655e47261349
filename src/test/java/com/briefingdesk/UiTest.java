package com.briefingdesk;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless tests of the Vaadin views (Karibu-Testing) inside the application's Spring context. The fake
 * request carries the Spring Security login, so route security applies as in the browser.
 */
@BriefingDeskTest
public abstract class UiTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected Logins logins;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("com.briefingdesk");
    }

    /** Logs the user in and opens a fresh browser tab (UI) for them. */
    protected void openAs(String username) {
        MockVaadin.tearDown();
        logins.as(username);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> authentication != null && authentication.getAuthorities()
                    .stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    /** The frame's poll, as the browser sends it every {@code briefing.ui.refresh} while a view stays open. */
    protected static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    @AfterEach
    void closeBrowser() {
        MockVaadin.tearDown();
        logins.logout();
    }
}
