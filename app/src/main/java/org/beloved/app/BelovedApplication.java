package org.beloved.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Beloved: one jar with the conversation engine, the SMS and Discord adapters and the web page. */
@SpringBootApplication(scanBasePackages = "org.beloved")
@ConfigurationPropertiesScan("org.beloved")
public class BelovedApplication {

    public static void main(String[] args) {
        SpringApplication.run(BelovedApplication.class, args);
    }
}
