package com.briefingdesk.monitoring;

import com.vaadin.flow.component.UI;

/**
 * The pre-built browser libraries the monitoring views use, served from their webjars under /webjars/. They are
 * loaded at run time, not bundled, so the application still starts from a bare JDK with Vaadin's pre-built bundle.
 * The versions must match pom.xml; a test checks that each file is on the class path.
 */
final class BrowserScripts {

    static final String ECHARTS = "webjars/echarts/5.3.1/dist/echarts.min.js";
    static final String BPMN_VIEWER = "webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js";
    static final String BPMN_CSS = "webjars/bpmn-js/8.0.0/dist/assets/diagram-js.css";
    static final String MONITORING_CSS = "monitoring/monitoring.css";

    private BrowserScripts() {
    }

    static void load(UI ui, String script) {
        ui.getPage().addJavaScript("context://" + script);
    }

    static void style(UI ui, String stylesheet) {
        ui.getPage().addStyleSheet("context://" + stylesheet);
    }
}
