package com.briefingdesk.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

/**
 * The texts Vaadin's date pickers and upload bring along (month and day names, "Today", "Drop files here") are
 * English unless they are given; these give them from the message bundles, in the person's language. Dates are
 * typed and shown as 2026-11-30, as everywhere else in the application, and the week starts on Monday.
 */
public final class InputTexts {

    private InputTexts() {
    }

    public static void localize(DatePicker picker) {
        picker.setI18n(dates(picker));
    }

    public static void localize(DateTimePicker picker) {
        picker.setDatePickerI18n(dates(picker));
    }

    public static void localize(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(upload.getTranslation("upload.addFiles.one"))
                .setMany(upload.getTranslation("upload.addFiles.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(upload.getTranslation("upload.dropFiles.one"))
                .setMany(upload.getTranslation("upload.dropFiles.many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(upload.getTranslation("upload.error.tooManyFiles"))
                .setFileIsTooBig(upload.getTranslation("upload.error.fileIsTooBig"))
                .setIncorrectFileType(upload.getTranslation("upload.error.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(upload.getTranslation("upload.status.connecting"))
                        .setStalled(upload.getTranslation("upload.status.stalled"))
                        .setProcessing(upload.getTranslation("upload.status.processing"))
                        .setHeld(upload.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining.prefix"))
                        .setUnknown(upload.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(upload.getTranslation("upload.failed.serverUnavailable"))
                        .setUnexpectedServerError(upload.getTranslation("upload.failed.unexpectedServerError"))
                        .setForbidden(upload.getTranslation("upload.failed.forbidden"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(upload.getTranslation("upload.file.retry"))
                .setStart(upload.getTranslation("upload.file.start"))
                .setRemove(upload.getTranslation("upload.file.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
    }

    static DatePicker.DatePickerI18n dates(Component owner) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(owner, "calendar.months"))
                .setWeekdays(list(owner, "calendar.weekdays"))
                .setWeekdaysShort(list(owner, "calendar.weekdaysShort"))
                .setFirstDayOfWeek(DayOfWeek.MONDAY.getValue() % 7)
                .setToday(owner.getTranslation("calendar.today"))
                .setCancel(owner.getTranslation("calendar.cancel"))
                .setDateFormat("yyyy-MM-dd")
                .setBadInputErrorMessage(owner.getTranslation("calendar.badInput"));
    }

    /** A bundle entry that lists names, separated by commas. */
    private static List<String> list(Component owner, String key) {
        return Arrays.stream(owner.getTranslation(key).split(",")).map(String::strip).toList();
    }
}
