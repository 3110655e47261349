package com.briefingdesk.article;

import com.briefingdesk.identity.AppUser;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A feature that asks units for articles (a commission, 约稿) and lets a submitter open the editor with a new
 * draft already linked to the request ({@code articles/new?<parameter>=<id>}). Implemented downstream, so the
 * article feature does not depend on it.
 */
public interface ArticleRequests {

    /** The query parameter of the editor's address that names the request, e.g. {@code commission}. */
    String parameter();

    /** What the editor shows above the fields, if the person's unit may write for this request; empty otherwise. */
    Optional<Component> banner(AppUser user, long requestId);

    /** Links the draft just created to the request. */
    void link(AppUser user, long articleId, long requestId);
}
