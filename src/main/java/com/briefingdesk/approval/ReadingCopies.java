package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.layout.WaitingCount;
import com.vaadin.flow.component.Component;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抄送/传阅: whoever may see an article or issue sends it to people for reading; they find it in their 待阅 list,
 * open it (only what was sent to them) and mark it read; the sender sees who has. It never touches a process.
 */
@Service
public class ReadingCopies implements WaitingCount {

    public static final int MAX_NOTE = 500;
    private static final String SELECT = """
            select c.*, s.display_name as sender_name from reading_copy c join app_user s on s.id = c.sender_id
            """;

    private final JdbcClient jdbc;
    private final UserDirectory directory;
    private final List<ReadingSubjects> subjects;

    ReadingCopies(JdbcClient jdbc, UserDirectory directory, List<ReadingSubjects> subjects) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.subjects = subjects;
    }

    /**
     * Whom the person may send the subject to: every other active person who may open it through their own role, so
     * a copy never shows a unit's article to another unit or an unpublished issue outside the office.
     */
    public List<AppUser> addressees(AppUser sender, Subject subject) {
        return directory.findAll().stream().filter(AppUser::active).filter(u -> u.id() != sender.id())
                .filter(u -> mayCopy(u, subject)).toList();
    }

    /** The subject of a task's process, for sending it from the task's form. */
    public Optional<Subject> subjectOfProcess(String processInstanceId) {
        return subjects.stream().flatMap(s -> s.ofProcessInstance(processInstanceId).map(id -> new Subject(s.kind(), id))
                .stream()).findFirst();
    }

    /** An article or issue, as stored with a copy. */
    public record Subject(String kind, long id) { }

    /** Whether the person may send the subject on: they see it through their own role. */
    public boolean mayCopy(AppUser user, Subject subject) {
        return feature(subject.kind()).titleFor(user, subject.id()).isPresent();
    }

    @Transactional
    public long send(AppUser sender, Subject subject, Collection<String> usernames, String note) {
        if (!mayCopy(sender, subject)) {
            throw new NotFoundException(subject.kind() + " " + subject.id());
        }
        Set<Long> recipients = new LinkedHashSet<>();
        for (String username : usernames == null ? List.<String>of() : usernames) {
            AppUser recipient = directory.findByUsername(username).filter(AppUser::active)
                    .filter(u -> u.id() != sender.id()).filter(u -> mayCopy(u, subject))
                    .orElseThrow(() -> new ValidationException(Map.of("recipients", "approval.copy.recipients.invalid")));
            recipients.add(recipient.id());
        }
        if (recipients.isEmpty()) {
            throw new ValidationException(Map.of("recipients", "approval.copy.recipients.required"));
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new ValidationException(Map.of("note", "approval.note.tooLong"));
        }
        TypedText.requireStorable("note", note);
        long id = jdbc.sql("""
                        insert into reading_copy (subject_kind, subject_id, note, sender_id)
                        values (:kind, :subject, :note, :sender) returning id""")
                .param("kind", subject.kind()).param("subject", subject.id())
                .param("note", note == null || note.isBlank() ? null : note.strip()).param("sender", sender.id())
                .query(Long.class).single();
        for (long recipient : recipients) {
            jdbc.sql("insert into reading_copy_recipient (copy_id, recipient_id) values (:copy, :user)")
                    .param("copy", id).param("user", recipient).update();
        }
        return id;
    }

    /** 待阅: what was sent to the person, unread first, newest first. */
    public List<ReadingCopy> sentTo(AppUser user) {
        return jdbc.sql("""
                        select c.*, s.display_name as sender_name, r.read_at from reading_copy c
                        join app_user s on s.id = c.sender_id join reading_copy_recipient r on r.copy_id = c.id
                        where r.recipient_id = :user order by r.read_at is not null, c.sent_at desc, c.id desc""")
                .param("user", user.id()).query((rs, n) -> copy(rs, rs.getTimestamp("read_at"))).list();
    }

    /** What the person sent, newest first, each with who has read it. */
    public List<ReadingCopy> sentBy(AppUser user) {
        return jdbc.sql(SELECT + " where c.sender_id = :user order by c.sent_at desc, c.id desc")
                .param("user", user.id()).query((rs, n) -> copy(rs, null)).list();
    }

    /** 待阅 in the menu, which links the list of copies. */
    @Override
    public String route() {
        return "reading";
    }

    /** The copies sent to the person that they have not read yet. */
    @Override
    public long waitingFor(AppUser user) {
        return jdbc.sql("select count(*) from reading_copy_recipient where recipient_id = :user and read_at is null")
                .param("user", user.id()).query(Long.class).single();
    }

    /** One copy, for its recipients and its sender only; anyone else is told it does not exist. */
    public ReadingCopy open(AppUser user, long copyId) {
        ReadingCopy copy = jdbc.sql(SELECT + " where c.id = :id").param("id", copyId).query((rs, n) -> copy(rs, null))
                .optional().orElseThrow(() -> new NotFoundException("reading copy " + copyId));
        if (copy.senderId() == user.id()) {
            return copy;
        }
        return copy.readers().stream().filter(r -> r.userId() == user.id()).findFirst()
                .map(me -> new ReadingCopy(copy.id(), copy.subjectKind(), copy.subjectId(), copy.title(), copy.note(),
                        copy.senderName(), copy.senderId(), copy.sentAt(), me.readAt(), copy.readers()))
                .orElseThrow(() -> new NotFoundException("reading copy " + copyId));
    }

    /** The article or issue itself, for those who may open the copy. */
    public Component content(AppUser user, long copyId) {
        ReadingCopy copy = open(user, copyId);
        return feature(copy.subjectKind()).content(copy.subjectId());
    }

    @Transactional
    public void markRead(AppUser user, long copyId, Instant now) {
        int updated = jdbc.sql("""
                        update reading_copy_recipient set read_at = :now
                        where copy_id = :copy and recipient_id = :user and read_at is null""")
                .param("now", Timestamp.from(now)).param("copy", copyId).param("user", user.id()).update();
        if (updated == 0) {
            open(user, copyId); // not found for others; already read is fine
        }
    }

    public String titleOf(Subject subject) {
        return feature(subject.kind()).title(subject.id());
    }

    private ReadingSubjects feature(String kind) {
        return subjects.stream().filter(s -> s.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFoundException("subject kind " + kind));
    }

    private ReadingCopy copy(ResultSet rs, Timestamp readAt) throws SQLException {
        long id = rs.getLong("id");
        String kind = rs.getString("subject_kind");
        long subjectId = rs.getLong("subject_id");
        List<ReadingCopy.Reader> readers = jdbc.sql("""
                        select r.recipient_id, u.display_name, r.read_at from reading_copy_recipient r
                        join app_user u on u.id = r.recipient_id where r.copy_id = :copy order by u.display_name""")
                .param("copy", id).query((row, n) -> new ReadingCopy.Reader(row.getLong("recipient_id"),
                        row.getString("display_name"), row.getTimestamp("read_at") == null ? null
                        : row.getTimestamp("read_at").toInstant())).list();
        return new ReadingCopy(id, kind, subjectId, feature(kind).title(subjectId), rs.getString("note"),
                rs.getString("sender_name"), rs.getLong("sender_id"), rs.getTimestamp("sent_at").toInstant(),
                readAt == null ? null : readAt.toInstant(), readers);
    }
}
