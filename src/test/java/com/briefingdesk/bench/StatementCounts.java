package com.briefingdesk.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The statements the database runs, from pg_stat_statements, which the bench profile preloads in the server. */
final class StatementCounts {

    private StatementCounts() {
    }

    /** Starts counting afresh; false if the server does not preload pg_stat_statements (a run outside -Pbench). */
    static boolean reset(JdbcClient jdbc) {
        String preloaded = jdbc.sql("select current_setting('shared_preload_libraries')").query(String.class).single();
        if (!preloaded.contains("pg_stat_statements")) {
            return false;
        }
        jdbc.sql("create extension if not exists pg_stat_statements").update();
        jdbc.sql("select pg_stat_statements_reset()").query().singleValue();
        return true;
    }
}
