package org.beloved.app.database;

import com.zaxxer.hikari.HikariDataSource;
import org.beloved.postgres.EmbeddedPostgres;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no database named, Beloved starts its own PostgreSQL, watches it (a server that dies is
 * started again on the same data directory and port, see {@link EmbeddedPostgres#supervise}) and
 * stops it with the application. The connection pool still takes {@code spring.datasource.hikari.*}
 * settings.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDbProperties properties) {
        EmbeddedPostgres postgres = EmbeddedPostgres.start(
                new EmbeddedPostgres.Settings(properties.dir(), properties.port(), true));
        postgres.supervise(properties.checkInterval());
        return postgres;
    }

    @Bean
    @org.springframework.boot.context.properties.ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername(postgres.username());
        dataSource.setPassword(postgres.password());
        dataSource.setPoolName("beloved");
        return dataSource;
    }
}
