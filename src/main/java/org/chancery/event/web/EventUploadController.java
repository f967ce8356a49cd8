package org.chancery.event.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.chancery.audit.ChangeLog;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.NotFoundException;
import org.chancery.common.api.CsvWriter;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PageController;
import org.chancery.common.web.Plurals;
import org.chancery.event.CsvEvents;
import org.chancery.event.EventImport;
import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.chancery.event.ImportJobs;
import org.chancery.event.InstitutionRole;
import org.chancery.event.ParticipantRole;
import org.chancery.event.StateSide;
import org.chancery.event.VisitKind;
import org.chancery.event.VisitLevel;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /events/upload}: editors add many events at once from a CSV or NDJSON file, every
 * one or, when any line has a problem, none, with a report of each bad line. "Check only"
 * runs the same checks and writes nothing. A good upload redirects back to the page, which
 * then lists what was added (post/redirect/get). A file larger than
 * {@code chancery.events.upload.job-above} runs as a job ({@link ImportJobs}) and the upload
 * redirects to the job's page, which shows its progress and then its outcome.
 */
@PageController
class EventUploadController {

    static final String FORM = "uploadForm";
    static final String UPLOADED = "uploadedEvents";
    /** How many of the events added the page after an upload links to. */
    static final int LINKED = 100;

    private final EventImport imports;
    private final ImportJobs jobs;
    private final MessageSource messages;
    private final Plurals plurals;
    private final DataSize maxFileSize;
    private final DataSize jobAbove;

    EventUploadController(EventImport imports, ImportJobs jobs, MessageSource messages, Plurals plurals,
            EventUploadProperties properties) {
        this.imports = imports;
        this.jobs = jobs;
        this.messages = messages;
        this.plurals = plurals;
        this.maxFileSize = properties.maxFileSize();
        this.jobAbove = properties.jobAbove();
    }

    @GetMapping("/events/upload")
    String form(Model model) {
        model.addAttribute(FORM, EventUploadForm.empty());
        return page(model);
    }

    @PostMapping("/events/upload")
    String upload(@ModelAttribute(FORM) EventUploadForm form, BindingResult result, Locale locale, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        MultipartFile file = form.file();
        EventImport.Format format = form.format();
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "upload.file.required");
        } else if (format == null) {
            result.rejectValue("file", "upload.file.format");
        } else if (file.getSize() > maxFileSize.toBytes()) {
            result.rejectValue("file", "upload.file.tooLarge", new Object[] {maxFileSize.toMegabytes()}, null);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return page(model);
        }
        if (result.hasErrors()) {
            return refused(model, response);
        }
        if (file.getSize() > jobAbove.toBytes()) {
            UUID job = jobs.start(file.getBytes(), file.getOriginalFilename(), Objects.requireNonNull(format), locale,
                    form.checkingOnly());
            return "redirect:/events/upload/jobs/" + job;
        }
        EventImport.Result outcome;
        try (InputStream content = Objects.requireNonNull(file).getInputStream()) {
            outcome = imports.importFile(content, Objects.requireNonNull(format), locale, form.checkingOnly());
        } catch (InvalidRequestException refused) {
            String reason = refused.fields().getFirst().reason();
            result.rejectValue("file", FormRefusals.messageCode(reason), reason);
            return refused(model, response);
        } catch (EventImport.TooManyLinesException tooMany) {
            result.rejectValue("file", "upload.file.tooManyEvents", new Object[] {EventImport.MAX_LINES}, null);
            return refused(model, response);
        }
        if (!outcome.succeeded()) {
            result.reject("upload.refused", new Object[] {plurals.of(outcome.problems().size(), "upload.lines")}, null);
            model.addAttribute("report", ImportReport.rows(outcome.problems(), messages, locale));
            return refused(model, response);
        }
        if (!outcome.written()) {
            model.addAttribute("checked", plurals.of(outcome.events().size(), "plural.events"));
            return page(model);
        }
        List<UploadedEvent> added = outcome.events().stream().limit(LINKED).map(UploadedEvent::of).toList();
        redirect.addFlashAttribute(Confirmation.ATTRIBUTE,
                Confirmation.of("upload.done", plurals.of(outcome.events().size(), "plural.events")));
        redirect.addFlashAttribute(UPLOADED, added);
        redirect.addFlashAttribute("uploadedMore", outcome.events().size() - added.size());
        return "redirect:/events/upload";
    }

    /**
     * A large upload's page: how many of its events are checked and written while it runs
     * (reloading itself without scripts), then its outcome. Only the account that started it
     * sees it.
     */
    @GetMapping("/events/upload/jobs/{id}")
    String job(@PathVariable UUID id, Locale locale, Model model, HttpServletResponse response) {
        ImportJobs.Job job = ownJob(id);
        model.addAttribute("job", job);
        model.addAttribute("eventsText", plurals.of(job.eventCount(), "plural.events"));
        model.addAttribute("linesText", plurals.of(job.problems().size(), "upload.lines"));
        model.addAttribute("report", ImportReport.rows(job.problems(), messages, locale));
        model.addAttribute("uploaded", job.events().stream().filter(event -> event.id() != null).map(UploadedEvent::of).toList());
        if (job.state() == ImportJobs.State.REFUSED) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "event/upload-job";
    }

    /** How far a job has come, for the page's script. */
    @GetMapping(path = "/events/upload/jobs/{id}/progress", produces = "application/json")
    @ResponseBody
    JobProgress progress(@PathVariable UUID id) {
        ImportJobs.Job job = ownJob(id);
        return new JobProgress(job.state().name(), job.total(), job.checked(), job.written());
    }

    record JobProgress(String state, int total, int checked, int written) {
    }

    private ImportJobs.Job ownJob(UUID id) {
        return jobs.find(id).filter(job -> job.actor().equals(ChangeLog.currentActor()))
                .orElseThrow(() -> NotFoundException.because("No upload " + id + " of yours is known."));
    }

    /** The header row of every column, for a spreadsheet to fill; with a byte order mark, so spreadsheets read it as UTF-8. */
    @GetMapping("/events/upload/template.csv")
    ResponseEntity<byte[]> template() throws IOException {
        StringWriter csv = new StringWriter().append('\uFEFF');
        new CsvWriter(csv).row(CsvEvents.COLUMNS);
        return ResponseEntity.ok().contentType(CsvWriter.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("chancery-events.csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String refused(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model);
    }

    /** The page, with what it says of the files it takes: their limits, and the values the CSV columns take. */
    private String page(Model model) {
        model.addAttribute("maxBytes", maxFileSize.toBytes());
        model.addAttribute("maxMegabytes", maxFileSize.toMegabytes());
        model.addAttribute("maxEvents", EventImport.MAX_LINES);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("statuses", EventStatus.values());
        model.addAttribute("sides", StateSide.values());
        model.addAttribute("participantRoles", ParticipantRole.values());
        model.addAttribute("institutionRoles", InstitutionRole.values());
        model.addAttribute("visitLevels", VisitLevel.values());
        model.addAttribute("visitKinds", VisitKind.values());
        return "event/upload";
    }
}
