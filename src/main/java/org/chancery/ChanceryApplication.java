package org.chancery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ChanceryApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChanceryApplication.class, args);
    }
}
