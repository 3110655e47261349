package com.briefingdesk.scoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors record leaders' instructions (领导批示) on adopted articles: who instructed, when, and what. */
@Service
public class LeaderInstructions {

    static final int WHO_MAX = 100;
    static final int TEXT_MAX = 2000;

    private final JdbcClient jdbc;
    private final OfficeClock clock;

    LeaderInstructions(JdbcClient jdbc, OfficeClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The adopted articles, newest first: only they can carry an instruction. */
    public List<AdoptedArticle> adoptedArticles(AppUser editor) {
        requireEditor(editor);
        return jdbc.sql("""
                        select a.id, a.title, n.name from article a join unit n on n.id = a.unit_id
                        where a.status = 'ADOPTED' order by a.updated_at desc, a.id desc limit 500""")
                .query((rs, n) -> new AdoptedArticle(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    @Transactional
    public LeaderInstruction record(AppUser editor, Long articleId, String instructedBy, LocalDate instructedOn,
                                    String text) {
        requireEditor(editor);
        Map<String, String> problems = new LinkedHashMap<>();
        if (articleId == null || !adopted(articleId)) {
            problems.put("article", "scoring.instruction.articleRequired");
        }
        if (instructedBy == null || instructedBy.isBlank()) {
            problems.put("instructedBy", "scoring.instruction.whoRequired");
        } else if (instructedBy.strip().length() > WHO_MAX) {
            problems.put("instructedBy", "scoring.instruction.whoTooLong");
        }
        if (instructedOn == null) {
            problems.put("instructedOn", "scoring.instruction.dateRequired");
        } else if (instructedOn.isAfter(clock.today())) {
            problems.put("instructedOn", "scoring.instruction.dateFuture");
        }
        if (text == null || text.isBlank()) {
            problems.put("text", "scoring.instruction.textRequired");
        } else if (text.strip().length() > TEXT_MAX) {
            problems.put("text", "scoring.instruction.textTooLong");
        }
        TypedText.check(problems, "instructedBy", instructedBy);
        TypedText.check(problems, "text", text);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long id = jdbc.sql("""
                        insert into leader_instruction (article_id, instructed_by, instructed_on, text, recorded_by)
                        values (:article, :who, :on, :text, :user) returning id""")
                .param("article", articleId).param("who", instructedBy.strip()).param("on", Date.valueOf(instructedOn))
                .param("text", text.strip()).param("user", editor.id()).query(Long.class).single();
        return recent(editor).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    public List<LeaderInstruction> recent(AppUser editor) {
        requireEditor(editor);
        return jdbc.sql("""
                        select i.id, i.article_id, a.title, n.name, i.instructed_by, i.instructed_on, i.text,
                               u.display_name, i.recorded_at
                        from leader_instruction i join article a on a.id = i.article_id join unit n on n.id = a.unit_id
                        join app_user u on u.id = i.recorded_by
                        order by i.recorded_at desc, i.id desc limit 200""")
                .query((rs, n) -> new LeaderInstruction(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate(), rs.getString(7),
                        rs.getString(8), rs.getTimestamp(9).toInstant()))
                .list();
    }

    private boolean adopted(long articleId) {
        return jdbc.sql("select count(*) from article where id = :id and status = 'ADOPTED'").param("id", articleId)
                .query(Long.class).single() == 1;
    }

    private static void requireEditor(AppUser user) {
        if (!user.has(Role.EDITOR)) {
            throw new NotFoundException("leader instructions");
        }
    }
}
