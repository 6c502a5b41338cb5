package org.internkg;

import org.internkg.cli.InternKgCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** InternKG: a knowledge-graph explorer of the InternLM ecosystem. The command line decides what runs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InternKgApplication {

    public static void main(String[] args) {
        InternKgCommand.main(args);
    }
}
