package com.briefingdesk.layout;

import com.briefingdesk.identity.AppUser;

/**
 * How many things wait for a person behind one entry of the menu (待办 12, 待阅 3), so nobody has to open a list to
 * learn whether it holds anything. Implemented by the feature that owns the list.
 */
public interface WaitingCount {

    /** The route of the menu entry, as the menu links it ("" for the inbox). */
    String route();

    long waitingFor(AppUser user);
}
