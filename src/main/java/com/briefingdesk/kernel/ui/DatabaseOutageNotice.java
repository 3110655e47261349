package com.briefingdesk.kernel.ui;

import com.briefingdesk.kernel.DatabaseOutage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * While the database is down (restarting, failing over), any act fails after the connection pool has waited for
 * it. The transaction rolled back and the form still holds what the person typed, so they are told just that:
 * nothing was saved, try again. Every other failure goes to Vaadin's usual handling.
 */
@Component
class DatabaseOutageNotice implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageNotice.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        private final ErrorHandler otherwise = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            if (DatabaseOutage.causes(event.getThrowable()) && UI.getCurrent() != null) {
                log.warn("Database unreachable; the person is asked to retry: {}", event.getThrowable().toString());
                Notices.error(UI.getCurrent().getTranslation("audit.fault.databaseUnavailable"));
            } else {
                otherwise.error(event);
            }
        }
    }
}
