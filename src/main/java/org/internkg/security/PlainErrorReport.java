package org.internkg.security;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's answer to requests it refuses before any servlet runs (a path that climbs out of the root with
 * {@code ..}, an encoded slash, a NUL or bytes that are not UTF-8 in the URL): plain text that says what is wrong,
 * with the security headers, instead of Tomcat's HTML page. Answers already written by the application are left alone.
 */
public final class PlainErrorReport extends ErrorReportValve {

    private final SecurityHeaders headers;

    public PlainErrorReport(SecurityHeaders headers) {
        this.headers = headers;
    }

    /** Replaces the host's error report valve(s) with this one. */
    public static void install(Container host, SecurityHeaders headers) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof PlainErrorReport)) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new PlainErrorReport(headers));
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            headers.apply(response);
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(status + " " + reason(status) + "\n");
                writer.flush();
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away; nothing left to tell it.
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request: the request line or its headers are malformed or too large, or its path "
                    + "leaves the root with \"..\", holds an encoded slash or backslash, a control character or "
                    + "percent-encoding that is not UTF-8";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            case 505 -> "HTTP Version Not Supported";
            default -> status >= 500 ? "Internal Server Error: the server log has the details" : "Request refused";
        };
    }
}
