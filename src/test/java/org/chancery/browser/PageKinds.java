package org.chancery.browser;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One address of every kind of HTML page the app serves (the controllers' {@code @GetMapping}s),
 * each filled with the shipped record's richest example: the event with the most sources, the
 * person with the most offices, the agreement with the most parties. The browser tests that hold
 * every page to a rule open these.
 */
final class PageKinds {

    /** Pages anyone reads. */
    final List<String> public_;
    /** Pages an editor opens: the forms. */
    final List<String> staff;
    /** Pages only an administrator opens. */
    final List<String> admin;

    private PageKinds(List<String> public_, List<String> staff, List<String> admin) {
        this.public_ = public_;
        this.staff = staff;
        this.admin = admin;
    }

    static PageKinds of(JdbcClient jdbc) {
        long event = id(jdbc, "select e.id from event e left join event_source es on es.event_id = e.id where e.deleted_at is null"
                + " group by e.id order by count(es.*) desc, e.id limit 1");
        long agreement = id(jdbc, "select a.id from agreement a join participation p on p.agreement_id = a.id where a.deleted_at is null"
                + " group by a.id order by count(*) desc, a.id limit 1");
        long figure = id(jdbc, "select id from economic_figure where deleted_at is null order by id limit 1");
        long person = id(jdbc, "select p.id from person p join office_term t on t.person_id = p.id where p.deleted_at is null"
                + " group by p.id order by count(*) desc, p.id limit 1");
        long office = id(jdbc, "select office_id from office_term group by office_id order by count(*) desc, office_id limit 1");
        long institution = id(jdbc, "select id from institution where deleted_at is null order by id limit 1");
        long source = id(jdbc, "select s.id from source s join event_source es on es.source_id = s.id where s.deleted_at is null"
                + " group by s.id order by count(*) desc, s.id limit 1");
        String topic = jdbc.sql("select code from topic order by code limit 1").query(String.class).single();

        List<String> public_ = new ArrayList<>(List.of("/", "/timeline", "/timeline?state=KZ&partner=IL",
                "/timeline?state=KZ&counterpart=IL&kind=VISIT&from=2025-01-01&to=2026-12-31",
                "/timeline?from=2026-02-30", "/events/" + event, "/relations/KZ/IL", "/relations/KZ/IL?since=2025-11-01",
                "/states", "/states/KZ", "/agreements", "/agreements/" + agreement, "/figures/" + figure,
                "/persons/" + person, "/offices/" + office, "/institutions/" + institution, "/sources",
                "/sources/" + source, "/search?q=Israel", "/search?q=%D0%90%D1%81%D1%82%D0%B0%D0%BD%D0%B0",
                "/login", "/no-such-page", "/states/XX"));
        List<String> staff = List.of("/events/new", "/events/" + event + "/edit", "/events/upload", "/figures/new",
                "/figures/" + figure + "/edit", "/agreements/new", "/agreements/" + agreement + "/edit",
                "/agreements/" + agreement + "/participations/new", "/persons/new", "/persons/" + person + "/edit",
                "/persons/" + person + "/terms/new", "/offices/new", "/institutions/new", "/sources/new",
                "/sources/" + source + "/edit", "/account", "/account/password", "/account/tokens/new");
        List<String> admin = List.of("/admin/accounts", "/admin/accounts/new", "/admin/deleted", "/admin/topics",
                "/admin/topics/" + topic, "/admin/topics/new", "/admin/topics/" + topic + "/edit");
        return new PageKinds(List.copyOf(public_), staff, admin);
    }

    private static long id(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
