package org.chancery.relations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.chancery.agreement.AgreementQueries;
import org.chancery.agreement.AgreementQueries.Membership;
import org.chancery.agreement.Standing;
import org.chancery.common.Language;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateColumns;
import org.chancery.event.EventQueries;
import org.chancery.event.EventStatus;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.event.timeline.TimelineFilter;
import org.chancery.relations.PairDashboard.AgreementStanding;
import org.chancery.relations.PairDashboard.AgreementStep;
import org.chancery.relations.PairDashboard.Contact;
import org.chancery.relations.PairDashboard.Figure;
import org.chancery.relations.PairDashboard.FigureGroup;
import org.chancery.relations.PairDashboard.Memorandum;
import org.chancery.relations.PairDashboard.Official;
import org.chancery.relations.PairDashboard.PlannedEvent;
import org.chancery.state.StateQueries.StateName;
import org.chancery.state.StateQueries;
import org.chancery.state.StateNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of the pages across features: the pair dashboard, in a fixed handful of SQL
 * statements (states, agreements with every step of either state, memoranda, figures, latest
 * and planned events, each marked overdue where it is, contacts), and a state's page and the
 * list of states, each in a fixed number of statements; none of them per row.
 */
@Service
@Transactional(readOnly = true)
public class RelationsQueries {

    static final int LATEST = 10;
    static final int COUNTERPARTS = 25;
    static final int PLANNED = 50;
    /** The newest memoranda the briefing lists; the timeline, filtered to them, has the rest. */
    static final int MEMORANDA = 20;
    /** A planned event whose window closes within this many days is flagged as closing soon. */
    static final int CLOSING_SOON_DAYS = 31;
    /** The occasions on which officials meet; a statement or a telegram is not a meeting. */
    static final List<String> MEETING_KINDS = List.of("VISIT", "MEETING", "CALL", "FORUM", "MEMORANDUM");

    private final JdbcClient jdbc;
    private final EventQueries eventQueries;
    private final StateQueries states;
    private final AgreementQueries agreements;

    RelationsQueries(JdbcClient jdbc, EventQueries eventQueries, StateQueries states, AgreementQueries agreements) {
        this.jdbc = jdbc;
        this.eventQueries = eventQueries;
        this.states = states;
        this.agreements = agreements;
    }

    /**
     * @throws StateNotFoundException if either code names no state
     */
    public PairDashboard dashboard(String codeA, String codeB, LocalDate today) {
        return dashboard(codeA, codeB, today, null);
    }

    /**
     * The dashboard with its latest events since a day (what has moved since the accession
     * was announced): the rest of it is the same.
     *
     * @throws StateNotFoundException if either code names no state
     */
    public PairDashboard dashboard(String codeA, String codeB, LocalDate today, @Nullable LocalDate since) {
        StateName a = states.byCode(codeA).orElseThrow(() -> StateNotFoundException.forCode(codeA));
        StateName b = states.byCode(codeB).orElseThrow(() -> StateNotFoundException.forCode(codeB));
        TimelineFilter pair = TimelineFilter.pair(a.code(), b.code());
        EventQueries asOfToday = eventQueries.asOf(today);
        TimelineFilter happened = pair.withStatuses(Set.of(EventStatus.HAPPENED));
        List<TimelineEntry> latest = asOfToday.page(since == null ? happened : happened.since(since), null, LATEST).entries();
        List<TimelineEntry> planned = asOfToday.page(pair.withStatuses(Set.of(EventStatus.PLANNED)), null, PLANNED).entries();
        Agreements agreements = agreements(a.code(), b.code(), today);
        List<Memorandum> memoranda = memoranda(a.code(), b.code());
        return new PairDashboard(a, b, today, since,
                agreements.standings(),
                agreements.steps(),
                memoranda.subList(0, Math.min(MEMORANDA, memoranda.size())),
                memoranda.size() > MEMORANDA,
                figures(a.code(), b.code()),
                latest,
                planned(planned, today),
                contacts(a.code(), b.code()));
    }

    /**
     * The agreements both states take part in, with every step either of them took in one
     * (the accession announced by one side belongs to the pair when the other is a party): one
     * row per step, over the participation index, and the event that recorded the step where
     * there is one.
     */
    private Agreements agreements(String a, String b, LocalDate today) {
        List<ParticipationRow> rows = jdbc.sql("""
                        select ag.id, ag.name_en, ag.name_ru, ag.kind, ag.multilateral, p.state_code, p.role,
                               st.position, st.step, st.date_earliest, st.date_latest, st.date_precision, st.date_approximate,
                               so.id as source_id, coalesce(so.outlet, so.title) as source_name, so.url, so.published_on,
                               st.quoted_passage, recorded.id as event_id
                          from agreement ag
                          join participation p on p.agreement_id = ag.id and p.state_code in (:a, :b)
                          left join participation_step st on st.participation_id = p.id
                          left join source so on so.id = st.source_id
                          left join lateral (
                               select e.id from event e
                                where e.agreement_id = ag.id and e.kind = 'AGREEMENT_STEP' and e.deleted_at is null
                                  and e.date_earliest <= st.date_latest and e.date_latest >= st.date_earliest
                                  and exists (select 1 from event_state es where es.event_id = e.id and es.state_code = p.state_code)
                                order by e.date_earliest, e.id
                                limit 1) recorded on true
                         where ag.deleted_at is null
                           and exists (select 1 from participation pa where pa.agreement_id = ag.id and pa.state_code = :a)
                           and exists (select 1 from participation pb where pb.agreement_id = ag.id and pb.state_code = :b)
                         order by ag.name_en, ag.id, p.state_code, st.position""")
                .param("a", a).param("b", b)
                .query((row, n) -> new ParticipationRow(row.getLong("id"), row.getString("name_en"), row.getString("name_ru"),
                        row.getString("kind"), row.getBoolean("multilateral"), row.getString("state_code").strip(), row.getString("role"),
                        row.getString("step") == null ? null : new AgreementStep(row.getLong("id"), row.getString("name_en"),
                                row.getString("name_ru"), row.getString("state_code").strip(), row.getString("step"),
                                UncertainDateColumns.read(row, "date"), row.getLong("source_id"), row.getString("source_name"),
                                row.getString("url"), row.getObject("published_on", LocalDate.class), row.getString("quoted_passage"),
                                (Long) row.getObject("event_id"))))
                .list();
        Map<Long, List<ParticipationRow>> byAgreement = new LinkedHashMap<>();
        rows.forEach(row -> byAgreement.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        List<AgreementStanding> standings = new ArrayList<>();
        byAgreement.values().forEach(all -> {
            ParticipationRow first = all.getFirst();
            standings.add(new AgreementStanding(first.id(), first.nameEn(), first.nameRu(), first.kind(), first.multilateral(),
                    standing(all, a, today), standing(all, b, today)));
        });
        List<AgreementStep> steps = rows.stream().map(ParticipationRow::step).filter(Objects::nonNull)
                .sorted(Comparator.comparing((AgreementStep step) -> step.date().latest()).reversed()
                        .thenComparing(AgreementStep::agreementId))
                .toList();
        return new Agreements(List.copyOf(standings), steps);
    }

    /** Where one state stands: its latest step (the rows come in step order). */
    private static Standing standing(List<ParticipationRow> rows, String state, LocalDate today) {
        ParticipationRow latest = rows.stream().filter(row -> row.stateCode().equals(state)).toList().getLast();
        AgreementStep step = latest.step();
        return Standing.of(state, latest.role(), step == null ? null : step.step(), step == null ? null : step.date(), today);
    }

    /** One step of one state in one agreement (or the participation without a step yet). */
    private record ParticipationRow(long id, String nameEn, String nameRu, String kind, boolean multilateral, String stateCode,
            String role, @Nullable AgreementStep step) {
    }

    private record Agreements(List<AgreementStanding> standings, List<AgreementStep> steps) {
    }

    /**
     * The memoranda the two states signed (of intent, of understanding), newest first: what
     * they set out is still to be done, so the briefing lists them as pending. One more than
     * {@link #MEMORANDA} is read, to know whether the timeline holds more; the walk goes down
     * the kind's date index, not through the pair's whole history.
     */
    private List<Memorandum> memoranda(String a, String b) {
        return jdbc.sql("""
                        select e.id, e.title_en, e.title_ru, e.date_earliest, e.date_latest, e.date_precision, e.date_approximate
                          from event e
                         where e.kind = 'MEMORANDUM' and e.status = 'HAPPENED' and e.deleted_at is null
                           and exists (select 1 from event_state s where s.event_id = e.id and s.state_code = :a)
                           and exists (select 1 from event_state s where s.event_id = e.id and s.state_code = :b)
                         order by e.date_earliest desc, e.id desc
                         limit :limit""")
                .param("a", a).param("b", b).param("limit", MEMORANDA + 1)
                .query((row, n) -> new Memorandum(row.getLong("id"), row.getString("title_en"), row.getString("title_ru"),
                        UncertainDateColumns.read(row, "date")))
                .list();
    }

    private List<FigureGroup> figures(String a, String b) {
        record Row(String indicator, UncertainDate period, Figure figure) {
        }
        List<Row> rows = jdbc.sql("""
                        select f.id, f.reporter_code, f.partner_code, f.indicator,
                               f.period_earliest, f.period_latest, f.period_precision, f.period_approximate,
                               f.amount, f.currency, f.qualifier, f.change_percent, f.change_qualifier,
                               f.basis_en, f.basis_ru, f.quoted_passage,
                               so.id as source_id, so.outlet, so.title, so.url, so.published_on
                          from economic_figure f
                          join source so on so.id = f.source_id
                         where f.deleted_at is null
                           and ((f.reporter_code = :a and f.partner_code = :b) or (f.reporter_code = :b and f.partner_code = :a))
                         order by f.indicator, f.period_earliest desc, f.period_latest desc, f.id""")
                .param("a", a).param("b", b)
                .query((row, n) -> new Row(row.getString("indicator"), UncertainDateColumns.read(row, "period"), new Figure(
                        row.getLong("id"), row.getString("reporter_code").strip(), row.getString("partner_code").strip(),
                        row.getBigDecimal("amount"), row.getString("currency").strip(), row.getString("qualifier"),
                        row.getBigDecimal("change_percent"), row.getString("change_qualifier"),
                        row.getString("basis_en"), row.getString("basis_ru"), row.getString("quoted_passage"),
                        row.getLong("source_id"), row.getString("outlet"), row.getString("title"), row.getString("url"),
                        row.getObject("published_on", LocalDate.class))))
                .list();
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(row.indicator() + "|" + row.period().toEdtf(), key -> new ArrayList<>()).add(row));
        return groups.values().stream()
                .map(group -> new FigureGroup(group.getFirst().indicator(), group.getFirst().period(),
                        group.stream().map(Row::figure).toList()))
                .toList();
    }

    private List<PlannedEvent> planned(List<TimelineEntry> planned, LocalDate today) {
        return planned.stream()
                .sorted(Comparator.comparing((TimelineEntry entry) -> entry.date().latest())
                        .thenComparing(entry -> entry.date().earliest()).thenComparing(TimelineEntry::id))
                .map(entry -> new PlannedEvent(entry,
                        !entry.overdue() && !entry.date().latest().isBefore(today)
                                && ChronoUnit.DAYS.between(today, entry.date().latest()) <= CLOSING_SOON_DAYS))
                .toList();
    }

    private List<Contact> contacts(String a, String b) {
        return jdbc.sql("""
                        -- from the officials of either state (their terms, then the events they took part
                        -- in, by the participants' person index), not from the pair's events: a pair's
                        -- history may hold tens of thousands of events, its officials' meetings are few
                        with official as (
                            select t.person_id, o.id as office_id, o.state_code, o.title_en, o.title_ru, t.held_from, t.held_to,
                                   t.held_from_latest, t.held_to_earliest
                              from office_term t join office o on o.id = t.office_id
                             where o.state_code in (:a, :b)),
                        occasion as (
                            select distinct on (e.id, p.id)
                                   e.id as event_id, e.kind, e.date_earliest, e.date_latest, e.date_precision, e.date_approximate,
                                   p.id as person_id, p.name_en, p.name_ru, held.state_code, held.title_en, held.title_ru
                              from official held
                              join event_participant ep on ep.person_id = held.person_id
                              join event e on e.id = ep.event_id
                              join person p on p.id = ep.person_id
                             where e.status = 'HAPPENED' and e.kind in (:kinds) and e.deleted_at is null
                               and (held.held_from is null or held.held_from <= e.date_latest)
                               and (held.held_to is null or held.held_to >= e.date_earliest)
                               and exists (select 1 from event_state s where s.event_id = e.id and s.state_code = :a)
                               and exists (select 1 from event_state s where s.event_id = e.id and s.state_code = :b)
                             -- as on the event's page (V156): a term surely covering the event's days first
                             order by e.id, p.id,
                                      (coalesce(held.held_from_latest, e.date_earliest) <= e.date_earliest
                                       and coalesce(held.held_to_earliest, e.date_latest) >= e.date_latest) desc,
                                      held.held_from desc nulls last, held.office_id),
                        pairs as (
                            select x.person_id as a_id, x.name_en as a_name_en, x.name_ru as a_name_ru,
                                   x.title_en as a_office_en, x.title_ru as a_office_ru,
                                   y.person_id as b_id, y.name_en as b_name_en, y.name_ru as b_name_ru,
                                   y.title_en as b_office_en, y.title_ru as b_office_ru,
                                   x.event_id, x.date_earliest, x.date_latest, x.date_precision, x.date_approximate,
                                   count(*) over together as occasions,
                                   array_agg(x.kind) over together as kinds,
                                   row_number() over (partition by x.person_id, y.person_id
                                                      order by x.date_earliest desc, x.event_id desc) as recency
                              from occasion x
                              join occasion y on y.event_id = x.event_id and y.state_code = :b
                             where x.state_code = :a
                            window together as (partition by x.person_id, y.person_id))
                        select * from pairs where recency = 1
                         order by occasions desc, date_earliest desc, a_name_en, b_name_en""")
                .param("a", a).param("b", b).param("kinds", MEETING_KINDS)
                .query((row, n) -> new Contact(
                        new Official(row.getLong("a_id"), row.getString("a_name_en"), row.getString("a_name_ru"),
                                row.getString("a_office_en"), row.getString("a_office_ru")),
                        new Official(row.getLong("b_id"), row.getString("b_name_en"), row.getString("b_name_ru"),
                                row.getString("b_office_en"), row.getString("b_office_ru")),
                        row.getInt("occasions"),
                        new LinkedHashSet<>(Arrays.asList((String[]) row.getArray("kinds").getArray())),
                        UncertainDateColumns.read(row, "date"),
                        row.getLong("event_id")))
                .list();
    }

    public record StateProfile(StateName state, String alpha3, @Nullable String region, List<Counterpart> counterparts,
            List<Membership> agreements, List<InstitutionName> institutions, List<TimelineEntry> latest) {
    }

    /** Another state and how many events the two share: what "most active" ranks by. */
    public record Counterpart(StateName state, int events, UncertainDate last) {
    }

    public record InstitutionName(long id, String nameEn, String nameRu, String kind) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    /** A state that appears in the record, with its number of events. */
    public record ActiveState(StateName state, int events) {
    }

    /** @throws StateNotFoundException if no state has that code */
    public StateProfile profile(String code, LocalDate today) {
        record Row(StateName state, String alpha3, @Nullable String region) {
        }
        Row row = jdbc.sql("select code, alpha3, name_en, name_ru, region from state where code = :code")
                .param("code", code)
                .query((rs, n) -> new Row(new StateName(rs.getString("code"), rs.getString("name_en"), rs.getString("name_ru")),
                        rs.getString("alpha3"), rs.getString("region")))
                .optional()
                .orElseThrow(() -> StateNotFoundException.forCode(code));
        return new StateProfile(row.state(), row.alpha3(), row.region(), counterparts(code),
                agreements.ofState(code, today), institutions(code),
                eventQueries.page(TimelineFilter.ofState(code), null, LATEST).entries());
    }

    private List<Counterpart> counterparts(String code) {
        return jdbc.sql("""
                        select c.other_code as state_code, c.events, s.name_en, s.name_ru,
                               e.date_earliest, e.date_latest, e.date_precision, e.date_approximate
                          from state_pair_count c
                          join state s on s.code = c.other_code
                          join event e on e.id = c.last_event_id
                         where c.state_code = :code
                         order by c.events desc, e.date_earliest desc, c.other_code
                         limit :limit""")
                .param("code", code).param("limit", COUNTERPARTS)
                .query((rs, n) -> new Counterpart(new StateName(rs.getString("state_code"), rs.getString("name_en"),
                        rs.getString("name_ru")), rs.getInt("events"), UncertainDateColumns.read(rs, "date")))
                .list();
    }

    private List<InstitutionName> institutions(String code) {
        return jdbc.sql("select id, name_en, name_ru, kind from institution where state_code = :code and deleted_at is null order by name_en")
                .param("code", code)
                .query((rs, n) -> new InstitutionName(rs.getLong("id"), rs.getString("name_en"), rs.getString("name_ru"),
                        rs.getString("kind")))
                .list();
    }

    /** The states that have events, most active first. */
    public List<ActiveState> active() {
        return jdbc.sql("""
                        select s.code, s.name_en, s.name_ru, c.events
                          from state_event_count c join state s on s.code = c.state_code
                         order by c.events desc, s.code""")
                .query((rs, n) -> new ActiveState(new StateName(rs.getString("code"), rs.getString("name_en"),
                        rs.getString("name_ru")), rs.getInt("events")))
                .list();
    }
}
