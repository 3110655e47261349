package com.briefingdesk.task;

import com.briefingdesk.kernel.BundleI18NProvider;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The steps of the models in bpmn/ (tasks, events, gateways) by name in the person's language. The models name
 * them in English; the bundle family {@code activity} names them by {@link #key}, with the process key in it, for
 * ids repeat across models ({@code EndEvent_Reminded}). Where no bundle has the key, the model's name stands, and
 * where the model has none, the id.
 */
@Component
public class ActivityNames {

    private final BundleI18NProvider messages;

    public ActivityNames(BundleI18NProvider messages) {
        this.messages = messages;
    }

    /** The message key of a step: {@code activity.<process key>.<activity id>}. */
    public static String key(String processKey, String activityId) {
        return "activity." + processKey + "." + activityId;
    }

    /**
     * The step's name. Without an activity id (a record older than the ids kept beside the names), the model's name
     * as it was recorded.
     */
    public String name(Locale locale, String processKey, String activityId, String modelName) {
        if (activityId == null) {
            return modelName;
        }
        return translated(locale, key(processKey, activityId), modelName == null ? activityId : modelName);
    }

    /** A task's name as the inbox shows it: the bundles name each form, else the model's name stands. */
    public String taskName(Locale locale, String formKey, String modelName) {
        return translated(locale, "task.name." + formKey, modelName);
    }

    /** The key's translation, or the fallback where no bundle has the key (the bundles answer {@code !key}). */
    public String translated(Locale locale, String key, String fallback) {
        String translation = messages.getTranslation(key, locale);
        return translation.startsWith("!") ? fallback : translation;
    }
}
