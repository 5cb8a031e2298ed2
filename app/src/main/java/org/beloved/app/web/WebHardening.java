package org.beloved.app.web;

import jakarta.servlet.DispatcherType;
import org.beloved.app.directory.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The {@link SecurityHeaders} on every URL, for requests and error dispatches alike, before anything else answers. */
@Configuration(proxyBeanMethods = false)
class WebHardening {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(WebProperties web) {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders(web.mapTiles()));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
