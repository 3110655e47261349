package com.briefingdesk.kernel;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from Maven-shipped binaries when no database URL is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing but a JDK. Its data directory survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${briefing.embedded-db.data-dir:./data/postgres}") Path dataDir,
            @Value("${briefing.embedded-db.port:0}") int port,
            @Value("${briefing.embedded-db.clean:false}") boolean clean,
            @Value("${briefing.embedded-db.preload-libraries:}") String preload) throws IOException {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException(
                    "PostgreSQL refuses to run as root: start Briefing Desk as a normal user, "
                            + "or give an external database with BRIEFING_DB_URL.");
        }
        Files.createDirectories(dataDir);
        LeftoverPostmaster.stopIfOrphaned(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(clean)
                // Spring stops it after the connection pool; a hook of its own would race the pool's shutdown.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", clean ? "off" : "on");
        if (!preload.isBlank()) {
            // The benchmarks count statements per task completion with pg_stat_statements.
            builder.setServerConfig("shared_preload_libraries", preload);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir.toAbsolutePath());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("briefing-embedded");
        // As for a server of one's own (application.yml): the engine's batched inserts go as multi-row statements.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }
}
