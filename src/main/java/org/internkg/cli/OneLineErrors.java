package org.internkg.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Errors exit non-zero with one line that says what is wrong, never a stack trace. */
class OneLineErrors implements IExecutionExceptionHandler {

    static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
        return report(cli.getCommandName(), e, cli.getErr());
    }

    /** Prints {@code internkg COMMAND: what is wrong} and returns the failure exit code. */
    static int report(String command, Exception e, PrintWriter err) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("internkg " + command + ": " + message);
        err.flush();
        return FAILURE;
    }
}
