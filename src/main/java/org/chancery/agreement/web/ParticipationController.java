package org.chancery.agreement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.agreement.AgreementQueries;
import org.chancery.agreement.AgreementQueries.AgreementDetail;
import org.chancery.agreement.AgreementQueries.Participant;
import org.chancery.agreement.AgreementQueries.StepRecord;
import org.chancery.agreement.AgreementService;
import org.chancery.agreement.ParticipationCommand;
import org.chancery.agreement.ParticipationRole;
import org.chancery.agreement.Step;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.RecordGoneException;
import org.chancery.common.NotFoundException;
import org.chancery.common.RuleViolationException;
import org.chancery.common.StaleVersionException;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.DateDisplay;
import org.chancery.common.web.DateFields;
import org.chancery.common.web.DeletionForm;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PageController;
import org.chancery.common.web.StaleForms;
import org.chancery.source.web.CitedPassage;
import org.chancery.source.web.CitingWrites;
import org.chancery.source.web.SourcePicker;
import org.chancery.state.StateQueries;
import org.chancery.state.StateQueries.StateName;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The states in an agreement, for editors: admit one ({@code /agreements/{id}/participations/new}),
 * record its next step ({@code …/participations/{state}/steps/new}), remove its latest step
 * or, once it has none, the state itself, each with a reason. Every change is a new version of
 * the agreement: each form carries the version it was opened at, and one saved meanwhile is
 * answered 409 with the form as typed, beside the agreement as it now stands.
 */
@PageController
class ParticipationController {

    static final String PARTICIPATION_FORM = "participationForm";
    static final String STEP_FORM = "stepForm";

    private final AgreementService agreements;
    private final AgreementQueries queries;
    private final StateQueries states;
    private final SourcePicker sources;
    private final CitingWrites citingWrites;
    private final DateDisplay dates;
    private final MessageSource messages;
    private final Clock clock;

    ParticipationController(AgreementService agreements, AgreementQueries queries, StateQueries states,
            SourcePicker sources, CitingWrites citingWrites, DateDisplay dates, MessageSource messages, Clock clock) {
        this.agreements = agreements;
        this.queries = queries;
        this.states = states;
        this.sources = sources;
        this.citingWrites = citingWrites;
        this.dates = dates;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/agreements/{id}/participations/new")
    String newParticipation(@PathVariable long id, Model model) {
        AgreementDetail agreement = live(id);
        model.addAttribute(PARTICIPATION_FORM, ParticipationForm.empty(agreement.version()));
        return participationForm(agreement, model);
    }

    @PostMapping("/agreements/{id}/participations")
    String admit(@PathVariable long id, @Valid @ModelAttribute(PARTICIPATION_FORM) ParticipationForm form, BindingResult result,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AgreementDetail agreement = live(id);
        @Nullable StateName state = form.state() == null || form.state().isBlank() ? null
                : states.byCode(states.codeFor(form.state())).orElse(null);
        if (state == null && !result.hasFieldErrors("state")) {
            result.rejectValue("state", "participation.form.state.unknown");
        }
        if (!result.hasErrors()) {
            StateName admitted = Objects.requireNonNull(state);
            try {
                if (FormRefusals.attempt(result, () -> agreements.admit(id, expected(form.version()),
                        new ParticipationCommand(admitted.code(), Objects.requireNonNull(form.role()))),
                        path -> "state", ParticipationForm::fieldOfRule).isPresent()) {
                    redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("participation.form.admitted",
                            admitted.name(locale), agreement.agreement().name(locale)));
                    return "redirect:/agreements/" + id + "#participant-" + admitted.code();
                }
            } catch (StaleVersionException | OptimisticLockingFailureException stale) {
                return changedMeanwhile(id, result, model, response, this::participationForm);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return participationForm(agreement, model);
    }

    @GetMapping("/agreements/{id}/participations/{state}/steps/new")
    String newStep(@PathVariable long id, @PathVariable String state, Model model) {
        AgreementDetail agreement = live(id);
        List<Step> next = nextSteps(participant(agreement, state));
        model.addAttribute(STEP_FORM, StepForm.empty(next.isEmpty() ? null : next.getFirst(), agreement.version()));
        return stepForm(agreement, state, model);
    }

    /** A state's next step filled in from a draft of an article ({@code /events/draft}); nothing is saved. */
    @PostMapping(value = "/agreements/{id}/participations/{state}/steps/new", params = "draft")
    String newStepFromDraft(@PathVariable long id, @PathVariable String state, @ModelAttribute(STEP_FORM) @Nullable StepForm form,
            BindingResult ignoredUnreadableFields, Model model) {
        AgreementDetail agreement = live(id);
        participant(agreement, state);
        StaleForms.showAgain(model, STEP_FORM, form == null ? StepForm.empty(null, agreement.version())
                : new StepForm(form.step(), form.date(), form.sources(), agreement.version()));
        return stepForm(agreement, state, model);
    }

    @PostMapping("/agreements/{id}/participations/{state}/steps")
    String recordStep(@PathVariable long id, @PathVariable String state, @Valid @ModelAttribute(STEP_FORM) StepForm form,
            BindingResult result, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AgreementDetail agreement = live(id);
        Participant participant = participant(agreement, state);
        String date = DateFields.edtf(form.date(), "date", result, locale);
        List<CitedPassage> cited = sources.read(form.sourceRows(), "sources", true, result);
        if (!result.hasErrors()) {
            try {
                if (FormRefusals.attempt(result, () -> citingWrites.write(cited, citations -> agreements.recordStep(id,
                        expected(form.version()), participant.stateCode(), form.command(Objects.requireNonNull(date),
                                citations.getFirst()))), StepForm::field, StepForm::fieldOfRule).isPresent()) {
                    redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("step.form.recorded",
                            participant.name(locale), stepName(Objects.requireNonNull(form.step()), locale),
                            Objects.requireNonNull(form.date()).strip()));
                    return "redirect:/agreements/" + id + "#participant-" + participant.stateCode();
                }
            } catch (StaleVersionException | OptimisticLockingFailureException stale) {
                return changedMeanwhile(id, result, model, response, (fresh, page) -> stepForm(fresh, state, page));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return stepForm(agreement, state, model);
    }

    @GetMapping("/agreements/{id}/participations/{state}/delete")
    String confirmRemoval(@PathVariable long id, @PathVariable String state, Locale locale, Model model) {
        AgreementDetail agreement = live(id);
        model.addAttribute(DeletionForm.ATTRIBUTE, DeletionForm.of(agreement.version()));
        return removalPage(agreement, participationWhat(agreement, participant(agreement, state), locale),
                "/participations/" + participant(agreement, state).stateCode(), model);
    }

    @PostMapping("/agreements/{id}/participations/{state}/delete")
    String remove(@PathVariable long id, @PathVariable String state, @Valid @ModelAttribute(DeletionForm.ATTRIBUTE) DeletionForm form,
            BindingResult result, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AgreementDetail agreement = live(id);
        Participant participant = participant(agreement, state);
        String what = participationWhat(agreement, participant, locale);
        if (removed(result, form, model, response, reason -> agreements.removeParticipation(id, expected(form.version()),
                participant.stateCode(), reason))) {
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("agreement.form.partRemoved", what));
            return "redirect:/agreements/" + id;
        }
        return removalPage(agreement, what, "/participations/" + participant.stateCode(), model);
    }

    @GetMapping("/agreements/{id}/participations/{state}/steps/{position}/delete")
    String confirmStepRemoval(@PathVariable long id, @PathVariable String state, @PathVariable int position, Locale locale,
            Model model) {
        AgreementDetail agreement = live(id);
        Participant participant = participant(agreement, state);
        model.addAttribute(DeletionForm.ATTRIBUTE, DeletionForm.of(agreement.version()));
        return removalPage(agreement, stepWhat(agreement, participant, position, locale),
                "/participations/" + participant.stateCode() + "/steps/" + position, model);
    }

    @PostMapping("/agreements/{id}/participations/{state}/steps/{position}/delete")
    String removeStep(@PathVariable long id, @PathVariable String state, @PathVariable int position,
            @Valid @ModelAttribute(DeletionForm.ATTRIBUTE) DeletionForm form, BindingResult result, Locale locale, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        AgreementDetail agreement = live(id);
        Participant participant = participant(agreement, state);
        String what = stepWhat(agreement, participant, position, locale);
        if (removed(result, form, model, response, reason -> agreements.removeStep(id, expected(form.version()),
                participant.stateCode(), position, reason))) {
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("agreement.form.partRemoved", what));
            return "redirect:/agreements/" + id + "#participant-" + participant.stateCode();
        }
        return removalPage(agreement, what, "/participations/" + participant.stateCode() + "/steps/" + position, model);
    }

    /**
     * Removes a participation or a step, as a deletion page asks: what the rules refuse goes on
     * the page (422); an agreement changed since the page was opened is shown again carrying
     * its new version (409), so that removing is one more, knowing, click.
     */
    private static boolean removed(BindingResult result, DeletionForm form, Model model, HttpServletResponse response,
            Consumer<String> removal) {
        if (!result.hasErrors() && form.reason() != null) {
            try {
                removal.accept(form.reason().strip());
                return true;
            } catch (StaleVersionException stale) {
                response.setStatus(HttpStatus.CONFLICT.value());
                StaleForms.showAgain(model, DeletionForm.ATTRIBUTE, new DeletionForm(stale.currentVersion(), form.reason()))
                        .reject("deletion.stale");
                return false;
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, null);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return false;
    }

    private interface FormPage {
        String show(AgreementDetail agreement, Model model);
    }

    /**
     * Someone changed the agreement after the form was opened: the form is shown again as
     * typed, over the agreement as it now stands, and carries the new version, so that saving
     * it again is a choice made knowing the change.
     */
    private String changedMeanwhile(long id, BindingResult result, Model model, HttpServletResponse response, FormPage page) {
        AgreementDetail fresh = live(id);
        result.reject("agreement.form.changedMeanwhile");
        model.addAttribute("freshVersion", fresh.version());
        response.setStatus(HttpStatus.CONFLICT.value());
        return page.show(fresh, model);
    }

    private String participationForm(AgreementDetail agreement, Model model) {
        model.addAttribute("detail", agreement);
        model.addAttribute("states", states.all());
        model.addAttribute("roles", List.of(ParticipationRole.values()));
        return "agreement/participation-form";
    }

    private String stepForm(AgreementDetail agreement, String state, Model model) {
        Participant participant = participant(agreement, state);
        model.addAttribute("detail", agreement);
        model.addAttribute("participant", participant);
        model.addAttribute("steps", nextSteps(participant));
        return "agreement/step-form";
    }

    private String removalPage(AgreementDetail agreement, String what, String path, Model model) {
        long id = agreement.agreement().id();
        model.addAttribute("what", what);
        model.addAttribute("deleteAction", "/agreements/" + id + path + "/delete");
        model.addAttribute("cancel", "/agreements/" + id);
        return "record/delete";
    }

    /** The agreement, provided it is live; a deleted one's forms are not there. */
    private AgreementDetail live(long id) {
        AgreementDetail agreement = queries.detail(id, LocalDate.now(clock));
        if (agreement.isDeleted()) {
            throw new RecordGoneException("agreement", id, agreement.deletedAt(), agreement.deletionReason());
        }
        return agreement;
    }

    private static Participant participant(AgreementDetail agreement, String state) {
        return agreement.participants().stream()
                .filter(participant -> participant.stateCode().equalsIgnoreCase(state.strip()))
                .findFirst()
                .orElseThrow(() -> NotFoundException.describing("participation of " + state + " in agreement "
                        + agreement.agreement().id()));
    }

    /** The steps that may follow the state's latest, in the order of the treaty path. */
    private static List<Step> nextSteps(Participant participant) {
        Step current = participant.steps().isEmpty() ? null : Step.valueOf(participant.steps().getLast().step());
        return Arrays.stream(Step.values()).filter(step -> step.mayFollow(current)).toList();
    }

    /** A form that lost its version is never taken as "whatever is there": it is answered as a conflict. */
    private static ExpectedVersion expected(@Nullable Long version) {
        return StaleForms.expected(version);
    }

    private String participationWhat(AgreementDetail agreement, Participant participant, Locale locale) {
        return messages.getMessage("participation.form.what",
                new Object[] {participant.name(locale), agreement.agreement().name(locale)}, locale);
    }

    private String stepWhat(AgreementDetail agreement, Participant participant, int position, Locale locale) {
        StepRecord step = participant.steps().stream().skip(position - 1L).findFirst()
                .orElseThrow(() -> NotFoundException.describing("step " + position + " of " + participant.stateCode()));
        return messages.getMessage("step.form.what", new Object[] {stepName(Step.valueOf(step.step()), locale),
                dates.format(step.date()), participant.name(locale), agreement.agreement().name(locale)}, locale);
    }

    private String stepName(Step step, Locale locale) {
        return messages.getMessage("step." + step.name(), null, locale);
    }
}
