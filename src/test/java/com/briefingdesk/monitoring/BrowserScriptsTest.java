package com.briefingdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scripts and styles the monitoring views load by path are where the paths say: the webjar versions match. */
class BrowserScriptsTest {

    @Test
    void everyLoadedFileIsOnTheClassPathUnderMetaInfResources() {
        for (String path : List.of(BrowserScripts.ECHARTS, BrowserScripts.BPMN_VIEWER, BrowserScripts.BPMN_CSS,
                BrowserScripts.MONITORING_CSS)) {
            assertThat(getClass().getClassLoader().getResource("META-INF/resources/" + path)).as(path).isNotNull();
        }
    }
}
