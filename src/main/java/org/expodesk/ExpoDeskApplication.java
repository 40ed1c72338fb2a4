package org.expodesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** ExpoDesk: trade fairs and investment-promotion fairs, from the first invitation to the last gate scan. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ExpoDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExpoDeskApplication.class, args);
    }
}
