package org.chancery.common.boundary;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders one of the layout's error pages straight into the response, for answers given in a
 * filter, before or after Spring MVC: an error dispatch would read the request's parameters
 * again, which is what could not be read, or ask the database, which is away. Falls back to
 * a plain page of its own if the layout cannot be rendered.
 */
@Component
public class ErrorPageRenderer {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageRenderer.class);

    private final ViewResolver views;

    ErrorPageRenderer(ViewResolver thymeleafViewResolver) {
        this.views = thymeleafViewResolver;
    }

    public void render(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String view,
            Map<String, ?> model, String plainTitle, String plainText) throws IOException {
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        try {
            View page = views.resolveViewName(view, request.getLocale() == null ? Locale.ENGLISH : request.getLocale());
            if (page != null) {
                page.render(model, request, response);
                return;
            }
        } catch (Exception renderFailed) {
            log.debug("The error page {} could not be rendered; a plain one is sent", view, renderFailed);
            response.resetBuffer();
        }
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + plainTitle
                + "</title></head><body><main><h1>" + plainTitle + "</h1><p>" + plainText
                + "</p><p><a href=\"/\">Back to the latest events</a></p></main></body></html>");
    }
}
