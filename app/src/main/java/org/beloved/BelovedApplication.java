package org.beloved;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Beloved: one jar with the conversation engine, the SMS and Discord adapters and the web page.
 * It sits in the root package so that every direct sub-package is a Spring Modulith application
 * module: core's features ({@code conversation}, {@code directory}, {@code toolkit}, {@code webinars},
 * {@code messaging}, {@code organizers}), the adapters ({@code bot}, {@code sms}), {@code app} and {@code postgres};
 * {@code shared} is the kernel every module may use.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Beloved", sharedModules = "shared")
public class BelovedApplication {

    public static void main(String[] args) {
        SpringApplication.run(BelovedApplication.class, args);
    }
}
