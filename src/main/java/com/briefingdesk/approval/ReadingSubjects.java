package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Implemented by each feature whose objects can be sent for reading (抄送/传阅), so this feature names, finds and
 * shows them without depending on the features.
 */
public interface ReadingSubjects {

    String ARTICLE = "ARTICLE";
    String ISSUE = "ISSUE";

    /** The kind of object, stored with each copy: ARTICLE, ISSUE. */
    String kind();

    /** The object's title, if the person may see it through their own role. */
    Optional<String> titleFor(AppUser user, long id);

    /** The object's title, for the people it was sent to. */
    String title(long id);

    /** The object read-only, for the people it was sent to. */
    Component content(long id);

    /** The object a process instance of this feature is about, if it is one of this feature's. */
    Optional<Long> ofProcessInstance(String processInstanceId);
}
