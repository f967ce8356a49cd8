package org.chancery.event.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.common.Language;
import org.chancery.audit.AuditedRecordService;
import org.chancery.audit.web.AuditedRecordPages;
import org.chancery.audit.web.LateEdits;
import org.chancery.audit.web.VersionConflicts;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.RuleViolationException;
import org.chancery.common.StaleVersionException;
import org.chancery.common.UncertainDate;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PageController;
import org.chancery.common.web.StaleForms;
import org.chancery.common.web.UnboundForms;
import org.chancery.event.Event;
import org.chancery.event.EventCommand;
import org.chancery.event.EventKind;
import org.chancery.event.EventNotFoundException;
import org.chancery.event.EventQueries;
import org.chancery.event.EventService;
import org.chancery.event.EventStatus;
import org.chancery.event.InstitutionRole;
import org.chancery.event.ParticipantRole;
import org.chancery.event.SimilarEvent;
import org.chancery.event.StateSide;
import org.chancery.event.VisitKind;
import org.chancery.event.VisitLevel;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.source.web.CitedPassage;
import org.chancery.source.web.CitingWrites;
import org.chancery.source.web.SourcePicker;
import org.chancery.state.StateQueries;
import org.chancery.topic.TopicQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The event form: {@code /events/new} and {@code /events/{id}/edit} (one template,
 * {@code event/form}); deleting with a reason and, for admins, restoring come from
 * {@link AuditedRecordPages}. A new event like an
 * existing one is shown beside it before it is saved, with the choice to add its sources to
 * the existing event instead; an edit made on a version someone has since replaced is
 * refused with both versions side by side.
 */
@PageController
@RequestMapping("/events")
class EventFormController extends AuditedRecordPages<Event, EventCommand> {

    static final String FORM = "eventForm";
    /** The id of the event just saved, shown above the next form after "save and add another". */
    static final String SAVED_EVENT = "savedEvent";

    private final EventService events;
    private final EventFormReader reader;
    private final EventChoices choices;
    private final SourcePicker sources;
    private final CitingWrites citingWrites;
    private final EventQueries queries;
    private final StateQueries states;
    private final TopicQueries topics;
    private final ConversionService conversions;
    private final LateEdits lateEdits;
    private final InlineCreations inline;

    EventFormController(EventService events, EventFormReader reader, EventChoices choices, SourcePicker sources,
            CitingWrites citingWrites, EventQueries queries, StateQueries states,
            TopicQueries topics, VersionConflicts conflicts, LateEdits lateEdits, InlineCreations inline,
            MessageSource messages, ConversionService mvcConversionService) {
        super(events, conflicts, messages, "/events", "event");
        this.inline = inline;
        this.lateEdits = lateEdits;
        this.conversions = mvcConversionService;
        this.events = events;
        this.reader = reader;
        this.choices = choices;
        this.sources = sources;
        this.citingWrites = citingWrites;
        this.queries = queries;
        this.states = states;
        this.topics = topics;
    }

    @Override
    protected String name(Event event, Locale locale) {
        return title(event, locale);
    }

    /**
     * A new event, with its states ({@code ?state=KZ&state=IL}, from a pair's dashboard) or its
     * source ({@code ?source=5}, from the source's page) filled in when the link gives them.
     */
    @GetMapping("/new")
    String newEvent(@RequestParam(name = "state", required = false) @Nullable List<String> states,
            @RequestParam(name = "source", required = false) @Nullable Long source,
            @RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable String placeEn,
            @RequestParam(required = false) @Nullable String placeRu, @RequestParam(required = false) @Nullable String placeState,
            Model model, Locale locale) {
        model.addAttribute(FORM, EventForm.startingWith(states == null ? List.of() : states,
                source == null ? null : sources.label(source), new EventForm.Start(date, placeEn, placeRu, placeState)));
        return form(null, model, locale);
    }

    /**
     * A new event filled in from a draft of an article ({@code /events/draft}), which posts the
     * form's own fields. Nothing is saved; the form is shown to be checked and saved as any.
     */
    @PostMapping(value = "/new", params = "draft")
    String newFromDraft(@ModelAttribute(FORM) @Nullable EventForm form, BindingResult ignoredUnreadableFields, Model model,
            Locale locale) {
        StaleForms.showAgain(model, FORM, (form == null ? EventForm.empty() : form).withRoom());
        return form(null, model, locale);
    }

    @PostMapping
    String create(@Valid @ModelAttribute(FORM) @Nullable EventForm form, BindingResult result,
            @RequestParam(required = false) @Nullable String more,
            @RequestParam(required = false) @Nullable Long addSourcesTo,
            @RequestParam(required = false) @Nullable Long confirmMerge,
            @RequestParam(required = false) @Nullable String andAnother,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (form == null) {
            UnboundForms.remake(EventForm.class, FORM, result, request, conversions, model, EventForm::empty);
            return refused(null, model, locale, response);
        }
        if (more != null) {
            return withMoreRoom(form, null, model, locale);
        }
        Optional<EventFormReader.ReadEvent> read = reader.read(form, result, locale);
        if (read.isEmpty()) {
            return refused(null, model, locale, response);
        }
        EventFormReader.ReadEvent event = read.get();
        try {
            if (confirmMerge != null) {
                Event cited = citingWrites.write(event.sources(), citations -> events.cite(confirmMerge, citations));
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("event.form.done.cited", title(cited, locale)));
                return "redirect:/events/" + cited.getId();
            }
            if (addSourcesTo != null) {
                return mergePreview(addSourcesTo, event, model, locale);
            }
            if (!form.confirmedDistinct()) {
                List<SimilarEvent> similar = similar(event.command());
                if (!similar.isEmpty()) {
                    model.addAttribute("similar", similar);
                    return form(null, model, locale);
                }
            }
            List<Long> citedSources = new ArrayList<>();
            Event created = citingWrites.write(event.sources(), citations -> {
                citations.forEach(citation -> citedSources.add(citation.sourceId()));
                return events.create(inline.create(event, event.citing(citations)));
            });
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("event.form.done.created", title(created, locale)));
            if (andAnother != null) {
                redirect.addFlashAttribute(SAVED_EVENT, created.getId());
                return "redirect:" + anotherLike(form, event.command(), citedSources);
            }
            return "redirect:/events/" + created.getId();
        } catch (InlineCreations.Refused refused) {
            refused.reject(result);
        } catch (InvalidRequestException refused) {
            FormRefusals.reject(result, refused, EventFormController::fieldOf);
        } catch (RuleViolationException refused) {
            FormRefusals.reject(result, refused, fieldOf(refused));
        }
        return refused(null, model, locale, response);
    }

    /**
     * "Save and add another": a new form with the states, the first source, the date and the
     * place of the event just saved (the date and place as typed), as the next fact of the same
     * article most often shares them; the passage is left to be quoted afresh.
     */
    private static String anotherLike(EventForm typed, EventCommand saved, List<Long> citedSources) {
        UriComponentsBuilder next = UriComponentsBuilder.fromPath("/events/new");
        saved.states().forEach(state -> next.queryParam("state", state.code()));
        if (!citedSources.isEmpty()) {
            next.queryParam("source", citedSources.getFirst());
        }
        carry(next, "date", typed.date());
        carry(next, "placeEn", typed.placeEn());
        carry(next, "placeRu", typed.placeRu());
        carry(next, "placeState", typed.placeState());
        return next.encode().build().toUriString();
    }

    private static void carry(UriComponentsBuilder next, String field, @Nullable String typed) {
        if (typed != null && !typed.isBlank()) {
            next.queryParam(field, typed.strip());
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model, Locale locale) {
        AuditedRecordService.Current<EventCommand> event = events.current(id);
        model.addAttribute(FORM, formOf(event.form(), event.version(), locale));
        return form(id, model, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute(FORM) @Nullable EventForm form, BindingResult result,
            @RequestParam(required = false) @Nullable String more, @RequestParam Map<String, String> params,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (form == null) {
            UnboundForms.remake(EventForm.class, FORM, result, request, conversions, model, EventForm::empty);
            return refused(id, model, locale, response);
        }
        if (more != null) {
            return withMoreRoom(form, id, model, locale);
        }
        Optional<EventFormReader.ReadEvent> read = reader.read(form, result, locale);
        if (read.isEmpty()) {
            return refused(id, model, locale, response);
        }
        EventFormReader.ReadEvent event = read.get();
        try {
            Event saved = citingWrites.write(event.sources(), citations -> events.replace(id,
                    expected(form.version()), inline.create(event, event.citing(citations))));
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("event.form.done.updated", title(saved, locale)));
            return "redirect:/events/" + id;
        } catch (StaleVersionException stale) {
            return afterConflict(id, form, event, params, result, model, locale, redirect, response);
        } catch (InlineCreations.Refused refused) {
            refused.reject(result);
        } catch (InvalidRequestException refused) {
            FormRefusals.reject(result, refused, EventFormController::fieldOf);
        } catch (RuleViolationException refused) {
            FormRefusals.reject(result, refused, fieldOf(refused));
        }
        return refused(id, model, locale, response);
    }

    /**
     * Someone saved the event since this form was opened: the edit is merged with theirs against
     * the version the form was opened on ({@link LateEdits}). Merged cleanly, it is saved; a field
     * both changed is shown side by side and the form comes back, with their other changes in it,
     * until the editor chooses. Without that version in the history, both versions are shown.
     */
    private String afterConflict(long id, EventForm form, EventFormReader.ReadEvent event, Map<String, String> params,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Optional<LateEdits.LateEdit<EventCommand>> late = form.version() == null ? Optional.empty()
                : lateEdits.merge(events, id, form.version(), event.asTyped(), EventCommand.class, params);
        if (late.isEmpty()) {
            showConflict(id, event.asTyped(), model, response);
            return form(id, model, locale);
        }
        LateEdits.LateEdit<EventCommand> edit = late.get();
        if (edit.resolved()) {
            List<CitedPassage> cited = new ArrayList<>(edit.merged().sources().stream()
                    .map(source -> new CitedPassage(source.sourceId(), null, source.quotedPassage())).toList());
            event.sources().stream().filter(source -> source.sourceId() == null).forEach(cited::add);
            Optional<Event> saved;
            try {
                saved = FormRefusals.attempt(result, () -> citingWrites.write(cited, citations -> events.replace(id,
                                ExpectedVersion.of(edit.savedVersion()), inline.create(event, edit.merged().citing(citations.stream()
                                        .map(citation -> new EventCommand.SourcePassage(citation.sourceId(), citation.quotedPassage()))
                                        .toList())))),
                        EventFormController::fieldOf, rule -> null);
            } catch (InlineCreations.Refused refused) {
                refused.reject(result);
                saved = Optional.empty();
            }
            if (saved.isPresent()) {
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("event.form.done.merged",
                        title(saved.get(), locale), Objects.requireNonNullElse(edit.savedBy(), "")));
                return "redirect:/events/" + id;
            }
        }
        StaleForms.showAgain(model, FORM, formOf(edit.merged(), form.version(), locale).citingAlso(form.newSources())
                .creatingAlso(form));
        model.addAttribute("lateEdit", edit);
        response.setStatus(HttpStatus.CONFLICT.value());
        return form(id, model, locale);
    }

    private EventForm formOf(EventCommand event, long version, Locale locale) {
        return EventForm.of(event, version, locale, code -> code,
                person -> choices.personLabel(person, locale), institution -> choices.institutionLabel(institution, locale),
                sources::label);
    }

    /** The form again with what adding its sources to {@code target} would do, to be confirmed. */
    private String mergePreview(long target, EventFormReader.ReadEvent event, Model model, Locale locale) {
        List<TimelineEntry> entry = queries.entries(List.of(target));
        if (entry.isEmpty()) {
            throw EventNotFoundException.forId(target);
        }
        model.addAttribute("merge", MergePreview.of(entry.getFirst(), event.sources(), citingWrites::knownSource,
                sources::label));
        return form(null, model, locale);
    }

    private List<SimilarEvent> similar(EventCommand command) {
        Set<String> codes = new LinkedHashSet<>();
        Set<String> sides = new LinkedHashSet<>();
        command.states().forEach(state -> {
            codes.add(state.code());
            sides.add(state.code() + ":" + state.side().name());
        });
        Set<Long> persons = new LinkedHashSet<>();
        command.participantsOrNone().forEach(participant -> persons.add(participant.personId()));
        return queries.similarTo(command.kind(), codes, sides, UncertainDate.parseEdtf(command.date()), persons);
    }

    /** The form again with room for more rows, nothing saved and nothing complained of yet. */
    private String withMoreRoom(EventForm form, @Nullable Long id, Model model, Locale locale) {
        StaleForms.showAgain(model, FORM, form.withRoom());
        return form(id, model, locale);
    }

    private String refused(@Nullable Long id, Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(id, model, locale);
    }

    private String form(@Nullable Long id, Model model, Locale locale) {
        model.addAttribute("eventId", id);
        model.addAttribute("kinds", List.of(EventKind.values()));
        model.addAttribute("statuses", List.of(EventStatus.values()));
        model.addAttribute("sides", List.of(StateSide.values()));
        model.addAttribute("roles", List.of(ParticipantRole.values()));
        model.addAttribute("institutionRoles", List.of(InstitutionRole.values()));
        model.addAttribute("visitLevels", List.of(VisitLevel.values()));
        model.addAttribute("visitKinds", List.of(VisitKind.values()));
        model.addAttribute("states", states.all());
        model.addAttribute("institutionKinds", inline.institutionKinds());
        List<EventChoices.Choice> agreements = choices.agreements(locale);
        model.addAttribute("agreements", agreements);
        model.addAttribute("agreementNames", agreements.stream()
                .collect(Collectors.toMap(EventChoices.Choice::id, EventChoices.Choice::name, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("topicChoices", topics.all());
        return "event/form";
    }

    /** The event's title in the reader's language, else in the other. */
    private static String title(Event event, Locale locale) {
        String en = event.getTitleEn();
        String ru = event.getTitleRu();
        return Objects.requireNonNullElse(Language.isRussian(locale) ? (ru != null ? ru : en) : (en != null ? en : ru), "");
    }

    /** The form field a refused path of the event's command stands for. */
    private static @Nullable String fieldOf(String path) {
        return switch (path) {
            case "date" -> "date";
            case "place.state" -> "placeState";
            case "call.initiator" -> "callInitiator";
            case "agreementId" -> "agreementId";
            default -> {
                if (path.matches("states\\[\\d+]\\.code")) {
                    yield path.replace(".code", ".state");
                }
                if (path.matches("participants\\[\\d+]\\.personId")) {
                    yield path.replace(".personId", ".person");
                }
                if (path.matches("institutions\\[\\d+]\\.institutionId")) {
                    yield path.replace(".institutionId", ".institution");
                }
                yield null;
            }
        };
    }

    private static @Nullable String fieldOf(RuleViolationException refused) {
        return switch (refused.rule()) {
            case "date-end-before-start" -> "date";
            case "event-needs-title" -> "titleEn";
            case "event-kind-fields" -> "kind";
            case "event-needs-source", "citation-needs-passage" -> "sources[0].source";
            default -> null;
        };
    }
}
