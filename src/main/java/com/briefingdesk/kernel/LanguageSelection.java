package com.briefingdesk.kernel;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Chinese unless the person asked for English: the office's language does not follow the browser's.
 * The choice lives in the Vaadin session, so it holds across views until logout.
 */
@Component
public class LanguageSelection implements VaadinServiceInitListener {

    private static final String ATTRIBUTE = LanguageSelection.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(current(ui.getUI().getSession())));
    }

    public static Locale current(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : BundleI18NProvider.CHINESE;
    }

    /** Switches the language of this session and redraws the current view in it. */
    public static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(ATTRIBUTE, locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
