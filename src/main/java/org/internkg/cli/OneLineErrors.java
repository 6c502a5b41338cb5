package org.internkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Errors exit non-zero with one line that says what is wrong, never a stack trace. */
class OneLineErrors implements IExecutionExceptionHandler {

    static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cli.getErr().println("internkg " + cli.getCommandName() + ": " + message);
        cli.getErr().flush();
        return FAILURE;
    }
}
