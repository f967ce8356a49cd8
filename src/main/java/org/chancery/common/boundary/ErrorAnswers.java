package org.chancery.common.boundary;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code /error} answers, in place of Spring Boot's: whatever ended in an error dispatch
 * (a request the boundary or Spring Security's firewall refused, an address no controller
 * has, a failure outside the controllers) is answered as the rest of its side answers, a
 * problem detail under {@code /api/} and the layout's error page everywhere else, whatever
 * the Accept header says.
 */
@Controller
class ErrorAnswers implements ErrorController {

    private static final Set<Integer> PAGES = Set.of(400, 403, 404, 409, 500, 503);

    private final JsonMapper json;

    ErrorAnswers(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping("${server.error.path:/error}")
    @Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        String failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri
                : request.getRequestURI();
        RefusedPart refused = request.getAttribute(RefusedPart.ATTRIBUTE) instanceof RefusedPart part ? part : null;
        if (ProblemBodies.isApi(request, failed)) {
            answerApi(response, status, refused);
            return null;
        }
        int page = PAGES.contains(status.value()) ? status.value() : status.is5xxServerError() ? 500 : 400;
        ModelAndView view = new ModelAndView("error/" + page, status);
        if (refused != null) {
            view.addObject("refused", refused);
        }
        return view;
    }

    private void answerApi(HttpServletResponse response, HttpStatus status, @Nullable RefusedPart refused) throws IOException {
        switch (status) {
            case BAD_REQUEST -> ProblemBodies.write(response, json, status, "unreadable-request", "Unreadable request",
                    "The request cannot be read as HTTP this API takes (its address, headers or body). Nothing was written.",
                    refused);
            case NOT_FOUND -> ProblemBodies.write(response, json, status, "not-found", "Not found",
                    "There is no API resource at this path. The resources are listed at /v3/api-docs.", null);
            case UNAUTHORIZED, FORBIDDEN -> ProblemBodies.write(response, json, status,
                    status == HttpStatus.UNAUTHORIZED ? "unauthorized" : "forbidden", status.getReasonPhrase(),
                    "This request needs other credentials.", null);
            case CONTENT_TOO_LARGE -> ProblemBodies.write(response, json, status, "too-large", "Request too large",
                    "The request body is larger than this API takes.", null);
            default -> {
                if (status.is5xxServerError()) {
                    ProblemBodies.write(response, json, status, "internal-error", "Something went wrong",
                            "The request could not be handled. Nothing was written. Try again; if it keeps failing, tell the operators.",
                            null);
                } else {
                    ProblemBodies.write(response, json, status, "client-error", status.getReasonPhrase(),
                            "The request was refused: " + status.getReasonPhrase() + ".", null);
                }
            }
        }
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
