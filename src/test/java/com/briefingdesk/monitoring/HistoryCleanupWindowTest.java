package com.briefingdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.Office;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Camunda removes the history past its time to live at night, and the night is the office's: the batch window runs
 * from 01:00 to 05:00 in Nanjing while the server (the tests' JVM) keeps UTC, not from 01:00 to 05:00 UTC, which
 * would be the middle of the office's working day.
 */
@BriefingDeskTest
class HistoryCleanupWindowTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theCleanupRunsInTheOfficesNight() {
        assertThat(ZoneId.systemDefault().getRules().getOffset(ClockUtil.getCurrentTime().toInstant()))
                .as("the server's zone is not the office's").isNotEqualTo(Office.ZONE.getRules()
                        .getOffset(ClockUtil.getCurrentTime().toInstant()));
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        BatchWindow window = configuration.getBatchWindowManager()
                .getCurrentOrNextBatchWindow(ClockUtil.getCurrentTime(), configuration);

        assertThat(LocalTime.ofInstant(window.getStart().toInstant(), Office.ZONE)).isEqualTo(LocalTime.of(1, 0));
        assertThat(LocalTime.ofInstant(window.getEnd().toInstant(), Office.ZONE)).isEqualTo(LocalTime.of(5, 0));
        assertThat(Duration.between(window.getStart().toInstant(), window.getEnd().toInstant()))
                .isEqualTo(Duration.ofHours(4));
    }
}
