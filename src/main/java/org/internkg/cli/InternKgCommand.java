package org.internkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The single entry point: {@code serve} (the default), {@code validate}, {@code query}, {@code export}, {@code load}, {@code harvest}, {@code diff},
 * {@code generate}, {@code bench}. */
@Command(name = "internkg", mixinStandardHelpOptions = true, versionProvider = VersionText.class,
        description = "Knowledge-graph explorer of the InternLM (书生·浦语) ecosystem.%n"
                + "With no command, or with only --name=value options, it serves the explorer.",
        subcommands = {ServeCommand.class, ValidateCommand.class, QueryCommand.class, ExportCommand.class, LoadCommand.class,
            HarvestCommand.class, DiffCommand.class, GenerateCommand.class, BenchCommand.class})
public class InternKgCommand {

    private static final List<String> OWN_OPTIONS = List.of("-h", "--help", "-V", "--version");
    private static final Pattern SETTING = Pattern.compile("--[^=\\s]+=.*", Pattern.DOTALL);

    public static void main(String[] args) {
        int exitCode = execute(args);
        if (exitCode != ServeCommand.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }

    /** Runs the command line and returns its exit code ({@code serve} returns at once and leaves the server running). */
    public static int execute(String... args) {
        String[] line = withDefaultCommand(args);
        if (servesWithSettingsOnly(line)) {
            // picocli would build the model of every command first (its classes, compiled for Java 5, are not
            // class-data-shared): 0.2-0.3 s of a start, for a line it would only hand on to Spring.
            try {
                return ServeCommand.serve(Arrays.copyOfRange(line, 1, line.length));
            } catch (RuntimeException e) {
                return OneLineErrors.report("serve", e, new PrintWriter(System.err, true, StandardCharsets.UTF_8));
            }
        }
        return commandLine().execute(line);
    }

    /** {@code serve} followed by nothing but {@code --name=value} settings, which it passes to Spring unread. */
    static boolean servesWithSettingsOnly(String[] line) {
        return line[0].equals("serve")
                && Arrays.stream(line, 1, line.length).allMatch(arg -> SETTING.matcher(arg).matches());
    }

    private static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new InternKgCommand());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** No subcommand means {@code serve}; Spring-style {@code --name=value} options pass through to it. */
    static String[] withDefaultCommand(String[] args) {
        boolean startsWithSubcommand = args.length > 0 && !args[0].startsWith("-");
        boolean asksForOwnOption = args.length > 0 && OWN_OPTIONS.contains(args[0]);
        if (startsWithSubcommand || asksForOwnOption) {
            return args;
        }
        String[] serve = new String[args.length + 1];
        serve[0] = "serve";
        System.arraycopy(args, 0, serve, 1, args.length);
        return serve;
    }
}
