package com.briefingdesk.layout;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.BundleI18NProvider;
import com.briefingdesk.kernel.LanguageSelection;
import com.briefingdesk.kernel.ui.KeptCurrent;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The frame of every view: the menu that fits the person's roles, who they are, language and logout. It polls the
 * server as {@link ScreenRefresh} says, so that the menu's counts follow others' work; a view that shows such work
 * follows the same poll ({@link KeptCurrent}).
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AppUser user;
    private final Map<WaitingCount, Span> counts = new LinkedHashMap<>();
    private final Map<WaitingCount, Long> lastCounts = new HashMap<>(); // as last counted, to tell what arrived
    private final ScreenRefresh refresh;

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, List<WaitingCount> waiting,
                      ScreenRefresh refresh) {
        this.user = currentUser.get();
        this.refresh = refresh;
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");

        String signedIn = user.displayName() + " · " + user.unitName();
        Span who = new Span(signedIn);
        who.setId("current-user");
        who.addClassName("current-user");
        boolean english = BundleI18NProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        Button account = headerButton("my-account-link", "account.nav", VaadinIcon.USER,
                ui -> ui.navigate("my/account"));
        Button delegation = headerButton("my-delegation", "approval.nav.delegation", VaadinIcon.USER_CLOCK,
                ui -> ui.navigate("my/delegation"));
        Button language = headerButton("switch-language", "app.switchLanguage", VaadinIcon.GLOBE,
                ui -> UnsavedWork.askBeforeLeavingThePage(ui, () -> LanguageSelection.choose(ui,
                        english ? BundleI18NProvider.CHINESE : BundleI18NProvider.ENGLISH)));
        Button logout = headerButton("logout", "app.logout", VaadinIcon.SIGN_OUT,
                ui -> UnsavedWork.askBeforeLeavingThePage(ui, authentication::logout));

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, account, delegation, language,
                logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.addClassName("app-header");
        header.getElement().setAttribute("role", "banner");
        addToNavbar(header);
        // on a phone the header keeps its icons only, and who is signed in moves to the top of the menu
        Span whoInMenu = new Span(signedIn);
        whoInMenu.addClassName("current-user-in-menu");
        addToDrawer(whoInMenu);
        addToDrawer(menu(user, waiting));
        KeptCurrent.by(this, () -> countWhatWaits(true));
    }

    /** The counts follow the person's work: each view they go to may have taken or added something. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        countWhatWaits(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(refresh.millis());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    /**
     * At a poll, what arrived since the last count is also said in a notice (待办新到 1 项), which screen readers
     * announce: the person may be reading something else on the screen than the menu.
     */
    private void countWhatWaits(boolean sayWhatArrived) {
        counts.forEach((count, badge) -> {
            long n = count.waitingFor(user);
            long arrived = n - lastCounts.getOrDefault(count, n);
            lastCounts.put(count, n);
            badge.setText(String.valueOf(n));
            badge.setVisible(n > 0);
            if (sayWhatArrived && arrived > 0) {
                Notices.arrived(getTranslation("nav.arrived." + menuName(count.route()), arrived));
            }
        });
    }

    /** The name of a counted menu entry in ids and message keys: inbox for the inbox's empty route. */
    private static String menuName(String route) {
        return route.isEmpty() ? "inbox" : route;
    }

    /** Marks each view as the page's main landmark, for screen readers and keyboard navigation. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    /**
     * A button of the header. It is named by its text for screen readers too, since a narrow screen shows only its
     * icon (styles.css).
     */
    private Button headerButton(String id, String textKey, VaadinIcon icon, Consumer<UI> action) {
        String text = getTranslation(textKey);
        Button button = new Button(text, icon.create(), e -> e.getSource().getUI().ifPresent(action));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId(id);
        button.setAriaLabel(text);
        return button;
    }

    private SideNav menu(AppUser user, List<WaitingCount> waiting) {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.menu"));
        nav.addItem(counted(new SideNavItem(getTranslation("nav.inbox"), "", VaadinIcon.INBOX.create()), "", waiting));
        nav.addItem(counted(new SideNavItem(getTranslation("approval.nav.reading"), "reading",
                VaadinIcon.GLASSES.create()), "reading", waiting));
        if (user.has(Role.SUBMITTER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.mySubmissions"), "articles", VaadinIcon.FILE_TEXT.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.newArticle"), "articles/new", VaadinIcon.PLUS.create()));
        }
        if (user.has(Role.EDITOR) || user.has(Role.REVIEWER) || user.has(Role.SIGNATORY) || user.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.issues"), "issues", VaadinIcon.NEWSPAPER.create()));
        }
        if (user.has(Role.EDITOR) || user.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("commission.nav"), "commissions",
                    VaadinIcon.MEGAPHONE.create()));
            nav.addItem(new SideNavItem(getTranslation("scoring.nav.report"), "reports/adoption",
                    VaadinIcon.BAR_CHART.create()));
        }
        if (user.has(Role.EDITOR)) {
            nav.addItem(new SideNavItem(getTranslation("scoring.nav.instructions"), "instructions",
                    VaadinIcon.COMMENT_ELLIPSIS.create()));
        }
        if (user.has(Role.EDITOR) || user.has(Role.REVIEWER) || user.has(Role.SIGNATORY) || user.has(Role.ADMIN)
                || user.has(Role.RECIPIENT)) {
            nav.addItem(new SideNavItem(getTranslation("nav.archive"), "archive", VaadinIcon.ARCHIVE.create()));
        }
        if (user.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), "admin/dashboard", VaadinIcon.DASHBOARD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.statistics"), "admin/statistics", VaadinIcon.TABLE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.directory"), "admin/directory", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.series"), "admin/series", VaadinIcon.BOOK.create()));
            nav.addItem(new SideNavItem(getTranslation("scoring.nav.rules"), "admin/scoring",
                    VaadinIcon.SCALE.create()));
            nav.addItem(new SideNavItem(getTranslation("audit.nav"), "admin/audit", VaadinIcon.RECORDS.create()));
            SideNavItem cockpit = new SideNavItem(getTranslation("nav.cockpit"), "/camunda/app/cockpit/default/",
                    VaadinIcon.COGS.create());
            cockpit.setOpenInNewBrowserTab(true);
            cockpit.setRouterIgnore(true);
            nav.addItem(cockpit);
        }
        return nav;
    }

    /** Gives a menu entry the count of what waits behind it, if a feature counts it. */
    private SideNavItem counted(SideNavItem item, String route, List<WaitingCount> waiting) {
        waiting.stream().filter(count -> count.route().equals(route)).findFirst().ifPresent(count -> {
            Span badge = new Span();
            badge.getElement().getThemeList().add("badge pill small contrast");
            badge.setId("waiting-" + menuName(route));
            badge.setVisible(false);
            item.setSuffixComponent(badge);
            counts.put(count, badge);
        });
        return item;
    }

}
