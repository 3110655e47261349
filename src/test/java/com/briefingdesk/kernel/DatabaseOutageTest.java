package com.briefingdesk.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** The failures that mean "the database is out of reach, try again", as PostgreSQL, Hikari and Spring report them. */
class DatabaseOutageTest {

    @Test
    void aStatementOnACutConnectionWhoseRollbackFailedTooIsAnOutage() {
        // as seen when PostgreSQL stopped under a connection the pool handed out without checking it
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("insert into article",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertThat(DatabaseOutage.causes(rollbackFailed)).isTrue();
    }

    @Test
    void noConnectionWithinThePoolsTimeoutIsAnOutage() {
        assertThat(DatabaseOutage.causes(new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("briefing - Connection is not available")))).isTrue();
        assertThat(DatabaseOutage.causes(new RuntimeException("wrapped", new SQLException("shutting down",
                "57P01")))).isTrue();
    }

    @Test
    void whatIsWrongWithTheRequestItselfIsNot() {
        assertThat(DatabaseOutage.causes(new ValidationException(Map.of("title", "article.title.required"))))
                .isFalse();
        assertThat(DatabaseOutage.causes(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.causes(new TransactionSystemException("rollback failed",
                new SQLException("Connection is closed")))).isFalse();
    }
}
