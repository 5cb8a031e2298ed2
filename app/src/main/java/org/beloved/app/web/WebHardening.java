package org.beloved.app.web;

import jakarta.servlet.DispatcherType;
import org.beloved.app.directory.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The {@link SecurityHeaders} on every URL, for requests and error dispatches alike, before anything
 * else answers; then {@link UnreadableParameters}, so that no controller sees parameters that
 * cannot be decoded; then {@link StaticFileCaching}, so that content-versioned static files are cached for a year.
 */
@Configuration(proxyBeanMethods = false)
class WebHardening {

    /** First of all, so that every line logged for a request carries its id. */
    @Bean
    FilterRegistrationBean<RequestIds> requestIds() {
        FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(WebProperties web) {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders(web.mapTiles()));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<UnreadableParameters> unreadableParameters() {
        FilterRegistrationBean<UnreadableParameters> registration = new FilterRegistrationBean<>(new UnreadableParameters());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<StaticFileCaching> staticFileCaching() {
        FilterRegistrationBean<StaticFileCaching> registration = new FilterRegistrationBean<>(new StaticFileCaching());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }
}
