package org.chancery.common.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chancery.ChanceryIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every fragment of {@code fragments/forms.html}, the textarea and the others the account
 * pages do not use included, rendered by the application's own template engine and validator
 * around a form that has a problem in each field.
 */
@ChanceryIntegrationTest
class FormFragmentsIntegrationTests {

    @Autowired SpringTemplateEngine templates;
    @Autowired Validator validator;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        ThymeleafViewResolver views = new ThymeleafViewResolver();
        views.setTemplateEngine(templates);
        views.setCharacterEncoding("UTF-8");
        mvc = MockMvcBuilders.standaloneSetup(new FixtureController()).setViewResolvers(views).setValidator(validator).build();
    }

    @Test
    void everyFieldShowsWhatWasTypedItsProblemAndItsPlaceInTheSummary() throws Exception {
        String page = mvc.perform(post("/fixture").param("title", " ").param("notes", "<b>bold</b> but too long")
                        .param("kind", "VISIT").param("source", "2").param("urgency", "HIGH").param("_done", "on"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page)
                .contains("role=\"alert\"")
                .contains("<li>The form as a whole is refused</li>")
                .contains("<a href=\"#title\">Enter a title</a>")
                .contains("<a href=\"#notes\">Notes are at most 10 characters</a>")
                .contains("<a href=\"#done\">Tick it</a>")
                .contains("aria-describedby=\"title-hint title-error\" aria-invalid=\"true\" required=\"required\"")
                .contains("<textarea id=\"notes\" rows=\"6\" aria-describedby=\"notes-error\" aria-invalid=\"true\" name=\"notes\">&lt;b&gt;bold&lt;/b&gt; but too long</textarea>")
                .contains("<option value=\"VISIT\" selected=\"selected\">Visit</option>")
                .contains("<option value=\"\">(none)</option>")
                .contains("<option value=\"2\" selected=\"selected\">Second source</option>")
                .contains("<input type=\"radio\" value=\"HIGH\" id=\"urgency-HIGH\" name=\"urgency\" checked=\"checked\">")
                .contains("<label for=\"urgency-HIGH\">HIGH</label>")
                .contains("<input type=\"checkbox\" id=\"done\" aria-describedby=\"done-hint done-error\" aria-invalid=\"true\" name=\"done\" value=\"true\">")
                .doesNotContain("<b>bold");
        assertThat(page.indexOf("#title")).isLessThan(page.indexOf("#notes"));
        assertThat(page.indexOf("#notes")).isLessThan(page.indexOf("#done\""));
    }

    @Controller
    static class FixtureController {

        @PostMapping("/fixture")
        String post(@Valid @ModelAttribute("fixtureForm") FixtureForm form, BindingResult result, Model model) {
            result.reject("fixture.refused", "The form as a whole is refused");
            model.addAttribute("kinds", List.of("VISIT", "CALL"));
            model.addAttribute("sources", Map.of(1L, "First source", 2L, "Second source"));
            return "fixtures/form-fragments";
        }
    }

    record FixtureForm(
            @NotBlank(message = "Enter a title") @Nullable String title,
            @Size(max = 10, message = "Notes are at most 10 characters") @Nullable String notes,
            @Nullable String kind,
            @Nullable Long source,
            @Nullable String urgency,
            @AssertTrue(message = "Tick it") boolean done) {
    }
}
