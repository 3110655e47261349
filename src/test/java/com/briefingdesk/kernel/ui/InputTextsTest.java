package com.briefingdesk.kernel.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.UiTest;
import com.briefingdesk.monitoring.StatisticsView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Vaadin's own texts in the date pickers and the upload come from the bundles, not in English. */
class InputTextsTest extends UiTest {

    @Test
    void aViewsDatePickersSpeakChineseWithIsoDatesAndMondayFirst() {
        openAs("admin");
        UI.getCurrent().navigate(StatisticsView.class);
        List<DatePicker> pickers = _find(DatePicker.class);
        assertThat(pickers).isNotEmpty();
        for (DatePicker picker : pickers) {
            DatePicker.DatePickerI18n i18n = picker.getI18n();
            assertThat(i18n).as("date picker %s", picker.getId().orElse("?")).isNotNull();
            assertThat(i18n.getMonthNames()).hasSize(12).startsWith("一月").endsWith("十二月");
            assertThat(i18n.getWeekdaysShort()).containsExactly("日", "一", "二", "三", "四", "五", "六");
            assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
            assertThat(i18n.getToday()).isEqualTo("今天");
            assertThat(i18n.getDateFormats()).containsExactly("yyyy-MM-dd");
            assertThat(i18n.getBadInputErrorMessage()).contains("2026-11-30");
        }
    }

    @Test
    void inEnglishTheyAreEnglish() {
        openAs("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        DatePicker picker = new DatePicker();
        InputTexts.localize(picker);
        assertThat(picker.getI18n().getMonthNames()).startsWith("January");
        assertThat(picker.getI18n().getWeekdays()).startsWith("Sunday");
        Upload upload = new Upload();
        InputTexts.localize(upload);
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("or drop the file here");
    }

    @Test
    void theUploadSpeaksChinese() {
        openAs("admin");
        Upload upload = new Upload();
        InputTexts.localize(upload);
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("选择文件…");
        assertThat(upload.getI18n().getDropFiles().getMany()).isEqualTo("或将文件拖放到此处");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("文件过大。");
    }

    /** Every picker and upload the code makes is localized in the same file: none is left speaking English. */
    @Test
    void everyPickerAndUploadInTheCodeIsLocalized() throws IOException {
        Pattern made = Pattern.compile("new (DatePicker|DateTimePicker|Upload)\\(");
        Pattern localized = Pattern.compile("InputTexts\\.localize\\(");
        TreeMap<String, String> missing = new TreeMap<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                int makes = count(made.matcher(code));
                seen += makes;
                int localizes = count(localized.matcher(code));
                if (localizes < makes) {
                    missing.put(file.getFileName().toString(), makes + " made, " + localizes + " localized");
                }
            }
        }
        assertThat(seen).as("pickers and uploads found in the code").isGreaterThan(10);
        assertThat(missing).isEmpty();
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
