package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 常用语: each person's own phrases for opinions, kept besides the common ones everybody is offered. */
@Service
public class PhraseBook {

    public static final int MAX_PHRASE = 200;

    private final JdbcClient jdbc;

    PhraseBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> of(AppUser user) {
        return jdbc.sql("select text from opinion_phrase where user_id = :user order by added_at, id")
                .param("user", user.id()).query(String.class).list();
    }

    /** Keeps a phrase; one already kept stays where it is. */
    @Transactional
    public void add(AppUser user, String phrase) {
        if (phrase == null || phrase.isBlank()) {
            throw new ValidationException(Map.of("phrase", "approval.phrase.required"));
        }
        if (phrase.strip().length() > MAX_PHRASE) {
            throw new ValidationException(Map.of("phrase", "approval.phrase.tooLong"));
        }
        TypedText.requireStorable("phrase", phrase);
        jdbc.sql("insert into opinion_phrase (user_id, text) values (:user, :text) on conflict do nothing")
                .param("user", user.id()).param("text", phrase.strip()).update();
    }

    @Transactional
    public void remove(AppUser user, String phrase) {
        jdbc.sql("delete from opinion_phrase where user_id = :user and text = :text").param("user", user.id())
                .param("text", phrase).update();
    }
}
