package com.briefingdesk.issue;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The series of the sample issue, where the office's paper numbering stood: the next issue gets 苏简字 1004 号.
 * Only in the demo profile.
 */
@Component
@Order(1)
@ConditionalOnProperty("briefing.demo.password")
class DemoSeries implements ApplicationRunner {

    static final String CODE = "jswm";
    private static final String DEMO_UNITS = "昆山市\n句容市\n滨海县\n徐州市鼓楼区";

    private final SeriesRepository series;

    DemoSeries(SeriesRepository series) {
        this.series = series;
    }

    @Override
    public void run(ApplicationArguments args) {
        var existing = series.findByCode(CODE);
        if (existing.isPresent()) {
            linkDemoUnits(existing.get());
            return;
        }
        // 发 names the four demo units too: a name on the 版记 that is a unit's name circulates to that unit.
        SeriesSettings settings = new SeriesSettings();
        settings.setCode(CODE);
        settings.setTitle("江苏精神文明建设简报");
        settings.setIssuingOffice("江苏省文明办");
        settings.setMarking("工作资料 注意保存");
        settings.setSerialPrefix("苏简字");
        settings.setColumnsText("工作交流\n经验做法\n基层动态");
        settings.setDefaultPrintCount(400);
        settings.setLastSerial(1003);
        settings.setReportTo("中央文明办\n省文明委主任、副主任、委员");
        settings.setDistributeTo("各设区市、县（市、区）文明委、文明办\n省文明委成员单位\n" + DEMO_UNITS);
        series.insert(settings);
    }

    /** A demo database from before circulation: its series gets the demo units on its 发 line once. */
    private void linkDemoUnits(BriefingSeries existing) {
        if (existing.recipients().stream().anyMatch(r -> r.unitId() != null)) {
            return;
        }
        SeriesSettings settings = SeriesSettings.of(existing);
        settings.setDistributeTo(settings.getDistributeTo() + "\n" + DEMO_UNITS);
        series.update(existing.id(), settings);
    }
}
