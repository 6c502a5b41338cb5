package org.internkg;

import org.internkg.cli.InternKgCommand;
import org.internkg.cli.ServeCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** InternKG: a knowledge-graph explorer of the InternLM ecosystem. The command line decides what runs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InternKgApplication {

    public static void main(String[] args) {
        if (Boolean.getBoolean("spring.aot.processing")) {
            // the build's AOT step (process-aot) runs this main and keeps the context serve would start
            ServeCommand.application().run(args);
            return;
        }
        InternKgCommand.main(args);
    }
}
