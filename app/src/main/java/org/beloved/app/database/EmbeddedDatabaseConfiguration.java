package org.beloved.app.database;

import com.zaxxer.hikari.HikariDataSource;
import org.beloved.postgres.EmbeddedPostgres;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no database named, Beloved starts its own PostgreSQL and stops it with the application.
 * The connection pool still takes {@code spring.datasource.hikari.*} settings.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDbProperties properties) {
        return EmbeddedPostgres.start(new EmbeddedPostgres.Settings(properties.dir(), properties.port(), true));
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
