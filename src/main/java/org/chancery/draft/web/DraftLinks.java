package org.chancery.draft.web;

import java.util.List;
import java.util.Locale;

import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateInput;
import org.chancery.draft.Article;
import org.chancery.draft.ArticleDrafts;
import org.chancery.draft.ArticleDrafts.EventDraft;
import org.chancery.draft.ArticleDrafts.FigureDraft;
import org.chancery.draft.ArticleDrafts.StepDraft;
import org.jspecify.annotations.Nullable;


/**
 * What opens the record's own form filled in from a draft: the new-event form, the figure
 * form or the step form, posted its own fields ({@code draft} marks it; the form saves
 * nothing then, it only shows them). The article becomes a new source of the record, the
 * draft's sentence its passage. Posted rather than linked: a passage does not fit an address.
 */
final class DraftLinks {

    /** Where a draft's button posts, and the fields it posts. */
    public record Opening(String action, List<Field> fields) {
    }

    public record Field(String name, String value) {
    }

    /** The fields of one form, in order. */
    private static final class Fields {

        private final List<Field> fields = new java.util.ArrayList<>();

        Fields queryParam(String name, Object value) {
            fields.add(new Field(name, String.valueOf(value)));
            return this;
        }

        Opening to(String action) {
            return new Opening(action, List.copyOf(fields));
        }
    }

    /** A title is cut at a word before this many characters. */
    static final int TITLE_LENGTH = 150;

    private DraftLinks() {
    }

    /** A draft event's title in English and Russian: its kind, its states and its place ("Visit: Israel – Kazakhstan, Astana"). */
    record Title(String en, String ru) {
    }

    static Opening event(EventDraft draft, Article article, Title title) {
        Fields link = new Fields().queryParam("draft", "1")
                .queryParam("kind", draft.kind()).queryParam("status", draft.status())
                .queryParam("titleEn", title.en()).queryParam("titleRu", title.ru());
        date(link, "date", draft.date(), article);
        if (draft.place() != null) {
            link.queryParam("placeEn", draft.place().nameEn()).queryParam("placeRu", draft.place().nameRu())
                    .queryParam("placeState", draft.place().state());
        }
        if (draft.agreementId() != null) {
            link.queryParam("agreementId", draft.agreementId());
        }
        if (draft.visitLevel() != null) {
            link.queryParam("visitLevel", draft.visitLevel());
        }
        // The state that placed a call is the one on the initiating side.
        draft.states().stream().filter(state -> draft.kind() == org.chancery.event.EventKind.CALL
                && state.side() == org.chancery.event.StateSide.INITIATOR).findFirst()
                .ifPresent(state -> link.queryParam("callInitiator", state.code()));
        List<ArticleDrafts.DraftState> states = draft.states();
        for (int i = 0; i < states.size(); i++) {
            link.queryParam("states[" + i + "].state", states.get(i).code())
                    .queryParam("states[" + i + "].side", states.get(i).side());
        }
        for (int i = 0; i < draft.participants().size(); i++) {
            ArticleDrafts.DraftParticipant person = draft.participants().get(i);
            link.queryParam("participants[" + i + "].person", label(person.personId(), person.name()))
                    .queryParam("participants[" + i + "].role", person.role());
        }
        int known = draft.participants().size();
        for (int i = 0; i < draft.newPersons().size(); i++) {
            // A person the record lacks goes into the row's new-person fields, with the office they hold.
            ArticleDrafts.DraftNewPerson person = draft.newPersons().get(i);
            String row = "participants[" + (known + i) + "].";
            link.queryParam(row + "role", person.role()).queryParam(row + "newNameEn", person.nameEn())
                    .queryParam(row + "newNameRu", person.nameRu());
            ArticleDrafts.DraftOffice office = person.office();
            if (office != null) {
                link.queryParam(row + "newOfficeEn", office.titleEn()).queryParam(row + "newOfficeState", office.state());
                optional(link, row + "newOfficeRu", office.titleRu());
                if (office.institutionId() != null) {
                    link.queryParam(row + "newOfficeInstitution", label(office.institutionId(),
                            java.util.Objects.requireNonNullElse(office.institution(), "")));
                }
            }
        }
        for (int i = 0; i < draft.institutions().size(); i++) {
            ArticleDrafts.DraftInstitution institution = draft.institutions().get(i);
            // A memorandum's institutions sign it (ministries do, not states); elsewhere they take part.
            link.queryParam("institutions[" + i + "].institution", label(institution.institutionId(), institution.name()))
                    .queryParam("institutions[" + i + "].role", draft.kind() == org.chancery.event.EventKind.MEMORANDUM
                            ? org.chancery.event.InstitutionRole.SIGNATORY : org.chancery.event.InstitutionRole.PARTICIPANT);
        }
        draft.topics().forEach(topic -> link.queryParam("topics", topic));
        source(link, article, draft.passage());
        return link.to("/events/new");
    }

    static Opening figure(FigureDraft draft, Article article) {
        Fields link = new Fields().queryParam("draft", "1")
                .queryParam("indicator", draft.indicator()).queryParam("amount", draft.amount())
                .queryParam("currency", draft.currency()).queryParam("qualifier", draft.qualifier())
                .queryParam("changeQualifier", draft.changeQualifier());
        optional(link, "reporter", draft.reporter());
        optional(link, "partner", draft.partner());
        optional(link, "changePercent", draft.changePercent());
        date(link, "period", draft.period(), article);
        source(link, article, draft.passage());
        return link.to("/figures/new");
    }

    static Opening step(StepDraft draft, Article article) {
        Fields link = new Fields().queryParam("draft", "1").queryParam("step", draft.step());
        date(link, "date", draft.date(), article);
        source(link, article, draft.passage());
        return link.to("/agreements/" + draft.agreementId() + "/participations/" + draft.state() + "/steps/new");
    }

    private static void source(Fields link, Article article, String passage) {
        link.queryParam("sources[0].newTitle", article.title().isBlank() ? shortened(firstSentence(article)) : article.title())
                .queryParam("sources[0].newPublishedOn", article.published().toString())
                .queryParam("sources[0].newLanguage", article.language())
                .queryParam("sources[0].passage", passage);
        optional(link, "sources[0].newOutlet", article.outlet());
        optional(link, "sources[0].newUrl", article.url());
    }

    private static void date(Fields link, String field, @Nullable UncertainDate date, Article article) {
        if (date != null) {
            link.queryParam(field, UncertainDateInput.format(date, Locale.forLanguageTag(article.language())));
        }
    }

    private static void optional(Fields link, String field, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(field, value);
        }
    }

    /** As the type-ahead writes a person or an institution: "5 · Гидеон Саар". */
    private static String label(long id, String name) {
        return name.isBlank() ? Long.toString(id) : id + " · " + name;
    }

    private static String firstSentence(Article article) {
        return org.chancery.draft.ArticleSentences.of(article.text(), article.locale()).stream().findFirst().orElse("");
    }

    static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= TITLE_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', TITLE_LENGTH - 1);
        return line.substring(0, cut > 0 ? cut : TITLE_LENGTH - 1) + "…";
    }
}
