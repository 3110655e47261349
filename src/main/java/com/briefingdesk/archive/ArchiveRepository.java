package com.briefingdesk.archive;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds published issues in our tables, the latest first: a search that finds more than is shown shows the newest.
 * Titles, text and the editor's note are searched by substring (position on lower-cased text), which suits Chinese;
 * the text of an article is the concatenation of the runs of its body.
 */
@Repository
class ArchiveRepository {

    private static final String SEARCH = """
            select i.id from issue i join briefing_series s on s.id = i.series_id
            where i.status in ('PUBLISHED', 'ARCHIVED')
              and (cast(:series as bigint) is null or i.series_id = :series)
              and (cast(:year as integer) is null or i.year = :year)
              and (cast(:number as integer) is null or i.number_in_year = :number)
              and (cast(:receivingUnit as bigint) is null or exists (
                    select 1 from issue_recipient r
                    where r.issue_id = i.id and r.unit_id = :receivingUnit and r.line <> 'REPORT'))
              and (cast(:unit as bigint) is null or exists (
                    select 1 from issue_article ia join article a on a.id = ia.article_id
                    where ia.issue_id = i.id and a.unit_id = :unit))
              and (:title = '' or exists (
                    select 1 from issue_article ia join article a on a.id = ia.article_id
                    where ia.issue_id = i.id and position(lower(:title) in lower(a.title)) > 0))
              and (:words = '' or position(lower(:words) in lower(coalesce(i.editor_note, ''))) > 0 or exists (
                    select 1 from issue_article ia join article a on a.id = ia.article_id
                    where ia.issue_id = i.id and (position(lower(:words) in lower(a.title)) > 0
                       or position(lower(:words) in lower((
                            select string_agg(run ->> 'text', '')
                            from jsonb_array_elements(a.body) paragraph,
                                 jsonb_array_elements(paragraph -> 'runs') run))) > 0)))
            order by i.published_at desc nulls last, i.id desc
            limit :limit""";

    private final JdbcClient jdbc;

    ArchiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Ids of the matching issues, at most {@code limit}; receivingUnit, when given, keeps only issues circulated to
     * that unit.
     */
    List<Long> search(ArchiveQuery query, Long receivingUnit, int limit) {
        return jdbc.sql(SEARCH).param("limit", limit).param("series", query.seriesId()).param("year", query.year())
                .param("number", query.number()).param("receivingUnit", receivingUnit)
                .param("unit", query.unitId()).param("title", query.title()).param("words", query.words())
                .query(Long.class).list();
    }
}
