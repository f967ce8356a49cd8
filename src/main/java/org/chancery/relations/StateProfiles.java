package org.chancery.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.chancery.common.Language;
import org.chancery.agreement.AgreementQueries.Membership;
import org.chancery.agreement.AgreementQueries;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateColumns;
import org.chancery.event.timeline.Timeline;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.event.timeline.TimelineFilter;
import org.chancery.state.StateDirectory.StateName;
import org.chancery.state.StateNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a state's page and the list of states, each in a fixed number of statements. */
@Service
@Transactional(readOnly = true)
public class StateProfiles {

    static final int COUNTERPARTS = 25;
    static final int LATEST = 10;

    private final JdbcClient jdbc;
    private final Timeline timeline;
    private final AgreementQueries agreements;

    StateProfiles(JdbcClient jdbc, Timeline timeline, AgreementQueries agreements) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.agreements = agreements;
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
                timeline.page(TimelineFilter.ofState(code), null, LATEST).entries());
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
