package org.chancery.common.boundary;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * What Tomcat answers for a request it refuses before the application sees it (an address
 * it cannot decode, a header it cannot parse): in place of its own HTML page, a problem
 * detail under {@code /api/} and a plain page of ours elsewhere. Errors the application
 * answered itself pass through untouched.
 */
public final class BoundaryErrorReportValve extends ErrorReportValve {

    public BoundaryErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String phrase = known == null ? "Error" : known.getReasonPhrase();
        String uri = request.getCoyoteRequest().requestURI().toString();
        boolean api = uri != null && uri.startsWith("/api/");
        try {
            response.setCharacterEncoding("UTF-8");
            String body;
            if (api) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                body = "{\"type\":\"" + ProblemBodies.TYPE_BASE + (status == 400 ? "unreadable-request" : "client-error")
                        + "\",\"title\":\"" + (status == 400 ? "Unreadable request" : phrase) + "\",\"status\":" + status
                        + ",\"detail\":\"The request cannot be read as HTTP this API takes (its address or headers). "
                        + "Nothing was read or written.\"}";
            } else {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                body = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + phrase
                        + " · Chancery</title><link rel=\"stylesheet\" href=\"/css/chancery.css\"></head><body><main><h1>"
                        + (status == 400 ? "This request cannot be read" : phrase) + "</h1><p>Something in the address or "
                        + "its headers is not valid. Check it and try again.</p><p><a href=\"/\">Back to the latest events</a>"
                        + "</p></main></body></html>";
            }
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The connection is gone or the response was already sent: nothing more to say.
        }
    }
}
