package com.briefingdesk.article;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which article. A submitter sees only their own unit's articles, a unit leader the ones
 * their unit has sent; the office's editors, reviewers, signatories and administrators see what units have
 * submitted, never units' unsent drafts nor what still waits for the unit leader's approval (administrators do).
 */
@Component
class ArticleAccess {

    boolean maySee(AppUser user, Article article) {
        if (article.unitId() == user.unitId() && user.has(Role.SUBMITTER)) {
            return true;
        }
        if (article.status() == ArticleStatus.DRAFT) {
            return false;
        }
        if (article.unitId() == user.unitId() && user.has(Role.UNIT_LEADER) || user.has(Role.ADMIN)) {
            return true;
        }
        boolean office = user.has(Role.EDITOR) || user.has(Role.REVIEWER) || user.has(Role.SIGNATORY);
        return office && article.status() != ArticleStatus.UNIT_APPROVAL;
    }

    /** Drafts are changed by their unit's submitters; once submitted, only through the tasks of the process. */
    boolean mayEditDraft(AppUser user, Article article) {
        return article.status() == ArticleStatus.DRAFT && article.unitId() == user.unitId()
                && user.has(Role.SUBMITTER);
    }

    boolean mayWithdraw(AppUser user, Article article) {
        return article.status().withdrawable() && article.unitId() == user.unitId() && user.has(Role.SUBMITTER);
    }
}
