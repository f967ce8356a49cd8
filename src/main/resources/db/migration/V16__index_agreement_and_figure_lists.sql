-- An agreement is not deleted while live events concern it: this answers "which events
-- concern agreement N" without reading every event.
create index event_agreement_idx on event (agreement_id) where agreement_id is not null;

-- The default orders of the agreements and figures lists, cut by keyset (sort key, id), so a
-- deep page starts from the index as the first does.
create index agreement_name_idx on agreement (name_en, id);
create index economic_figure_period_idx on economic_figure (period_earliest, id);
