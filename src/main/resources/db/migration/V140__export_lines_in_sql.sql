-- Exports write each event's line in PostgreSQL (event.timeline.TimelineExport), so the server
-- passes text through instead of mapping every row to objects and back to JSON or CSV. These
-- functions write values exactly as the Java side does (EventResponse through Jackson, CsvWriter);
-- EventExportIntegrationTests compares the two for every event of the shipped record. Each is one
-- SQL expression without a FROM, marked stable as what it calls (to_json, a date as text) is, so
-- the planner inlines it into the export's statement: an immutable function calling a stable one
-- is not inlined, and a call then costs microseconds, a page of 5,000 events seconds.

-- A JSON string, or null: Jackson's escaping and PostgreSQL's agree (quotes, backslashes,
-- control characters; other characters as they are).
create function export_json(value text) returns text language sql stable parallel safe as $$
    select coalesce(to_json(value)::text, 'null')
$$;

-- A day as ISO 8601 (LocalDate.toString for the years the record holds; DateStyle ISO, as every
-- connection of the driver has it).
create function export_day(day date) returns text language sql stable parallel safe as $$
    select day::text
$$;

-- An instant as Jackson writes java.time.Instant (DateTimeFormatter.ISO_INSTANT): UTC, and the
-- fraction of a second in none, three or six digits, as many as it needs.
create function export_instant(at timestamptz) returns text language sql stable parallel safe as $$
    select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
           || case when to_char(at, 'US') = '000000' then ''
                   when right(to_char(at, 'US'), 3) = '000' then '.' || left(to_char(at, 'US'), 3)
                   else '.' || to_char(at, 'US') end
           || 'Z'
$$;

-- The period of the given precision that holds day, in EDTF (UncertainDate.edtfPart): every day
-- of a period gives the same text, so two bounds in one period give one. A day's text is ISO
-- (the DateStyle every connection of the driver and of psql has); to_char costs far more.
create function export_edtf_part(day date, date_precision text, approximate boolean)
    returns text language sql stable parallel safe as $$
    select case date_precision
               when 'DAY' then day::text
               when 'MONTH' then left(day::text, 7)
               when 'YEAR' then left(day::text, 4)
               when 'QUARTER' then left(day::text, 4) || '-' || (32 + (extract(month from day)::int + 2) / 3)
               else left((day - interval '2 months')::date::text, 4) || '-' || (21 + ((extract(month from day)::int + 9) % 12) / 3)
           end || case when approximate then '~' else '' end
$$;

-- An uncertain date in EDTF, as UncertainDate.toEdtf writes it: one period, or the first and
-- the last period of a range.
create function export_edtf(earliest date, latest date, date_precision text, approximate boolean)
    returns text language sql stable parallel safe as $$
    select case when export_edtf_part(earliest, date_precision, false) = export_edtf_part(latest, date_precision, false)
                then export_edtf_part(earliest, date_precision, approximate)
                else export_edtf_part(earliest, date_precision, approximate) || '/'
                     || export_edtf_part(latest, date_precision, approximate) end
$$;

-- A number such as -12.5, which a spreadsheet reads as the number it is (no apostrophe).
create function export_plain_number(value text) returns boolean language sql stable parallel safe as $$
    select value ~ '^[+-]\d+(\.\d+)?$'
$$;

create function export_csv_neutral(value text) returns text language sql stable parallel safe as $$
    select case when left(value, 1) in ('=', '@', E'\t', E'\r')
                  or (left(value, 1) in ('+', '-') and not export_plain_number(value))
                then '''' || value
                else coalesce(value, '') end
$$;


-- One CSV field of free text as CsvWriter writes it: a value a spreadsheet would run as a
-- formula (starting with = @ a tab or CR, or + - unless it is a plain number) gets a leading
-- apostrophe (OWASP's advice on CSV injection), and a value holding a comma, a double quote, a
-- CR or an LF is enclosed in double quotes with its own doubled (RFC 4180). A missing value is
-- an empty field. Codes, numbers and days need neither and are written as they are.
create function export_csv(value text) returns text language sql stable parallel safe as $$
    select case when value is null then ''
                when translate(value, E',"\r\n', '') = value
                then export_csv_neutral(value)
                else '"' || replace(export_csv_neutral(value), '"', '""') || '"' end
$$;
