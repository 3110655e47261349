package com.briefingdesk.layout;

import com.briefingdesk.kernel.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** An object id that does not exist or belongs to someone else. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends RefusalView implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return refuse();
    }
}
