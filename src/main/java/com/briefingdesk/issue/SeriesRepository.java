package com.briefingdesk.issue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Briefing series and their default recipients. */
@Repository
class SeriesRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SeriesRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<BriefingSeries> findAll() {
        return jdbc.sql("select * from briefing_series order by id").query(this::map).list();
    }

    Optional<BriefingSeries> find(long id) {
        return jdbc.sql("select * from briefing_series where id = :id").param("id", id).query(this::map).optional();
    }

    Optional<BriefingSeries> findByCode(String code) {
        return jdbc.sql("select * from briefing_series where code = :code").param("code", code)
                .query(this::map).optional();
    }

    long insert(SeriesSettings settings) {
        long id = jdbc.sql("""
                        insert into briefing_series (code, title, issuing_office, marking, serial_prefix, columns,
                                                     default_print_count, last_serial)
                        values (:code, :title, :office, :marking, :prefix, cast(:columns as jsonb), :printCount,
                                :lastSerial) returning id""")
                .param("code", settings.getCode().strip()).param("title", settings.getTitle().strip())
                .param("office", settings.getIssuingOffice().strip()).param("marking", settings.getMarking().strip())
                .param("prefix", settings.getSerialPrefix().strip()).param("columns", toJson(settings.columns()))
                .param("printCount", settings.getDefaultPrintCount()).param("lastSerial", settings.getLastSerial())
                .query(Long.class).single();
        replaceRecipients(id, settings.recipients());
        return id;
    }

    void update(long id, SeriesSettings settings) {
        jdbc.sql("""
                        update briefing_series set title = :title, issuing_office = :office, marking = :marking,
                               serial_prefix = :prefix, columns = cast(:columns as jsonb),
                               default_print_count = :printCount, last_serial = greatest(last_serial, :lastSerial)
                        where id = :id""")
                .param("id", id).param("title", settings.getTitle().strip())
                .param("office", settings.getIssuingOffice().strip()).param("marking", settings.getMarking().strip())
                .param("prefix", settings.getSerialPrefix().strip()).param("columns", toJson(settings.columns()))
                .param("printCount", settings.getDefaultPrintCount()).param("lastSerial", settings.getLastSerial())
                .update();
        replaceRecipients(id, settings.recipients());
    }

    /** The next serial number of the series; the row lock serialises concurrent sign-offs. */
    int takeSerial(long seriesId) {
        return jdbc.sql("update briefing_series set last_serial = last_serial + 1 where id = :id returning last_serial")
                .param("id", seriesId).query(Integer.class).single();
    }

    /** The next issue number of the series in the year, starting at 1; supplements (增刊) count apart. */
    int takeNumber(long seriesId, int year, boolean supplement) {
        return jdbc.sql("""
                        insert into issue_number_counter (series_id, year, supplement, last_number)
                        values (:series, :year, :supplement, 1)
                        on conflict (series_id, year, supplement)
                        do update set last_number = issue_number_counter.last_number + 1
                        returning last_number""")
                .param("series", seriesId).param("year", year).param("supplement", supplement)
                .query(Integer.class).single();
    }

    private void replaceRecipients(long seriesId, List<Recipient> recipients) {
        jdbc.sql("delete from series_recipient where series_id = :id").param("id", seriesId).update();
        int position = 0;
        for (Recipient recipient : recipients) {
            jdbc.sql("insert into series_recipient (series_id, line, position, label, unit_id) "
                            + "values (:series, :line, :position, :label, coalesce(cast(:unit as bigint), "
                            + IssueRepository.UNIT_OF_LABEL + "))")
                    .param("series", seriesId).param("line", recipient.line().name()).param("position", position++)
                    .param("label", recipient.label()).param("unit", recipient.unitId()).update();
        }
    }

    private List<Recipient> recipientsOf(long seriesId) {
        return jdbc.sql("select line, label, unit_id from series_recipient where series_id = :id order by position")
                .param("id", seriesId)
                .query((rs, n) -> new Recipient(RecipientLine.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, Long.class)))
                .list();
    }

    private BriefingSeries map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new BriefingSeries(id, rs.getString("code"), rs.getString("title"), rs.getString("issuing_office"),
                rs.getString("marking"), rs.getString("serial_prefix"), fromJson(rs.getString("columns")),
                rs.getInt("default_print_count"), rs.getInt("last_serial"), rs.getBoolean("active"),
                recipientsOf(id));
    }

    private String toJson(List<String> columns) {
        try {
            return json.writeValueAsString(columns);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> fromJson(String text) {
        try {
            return List.of(json.readValue(text, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
