-- States as ISO 3166-1 knows them. The alpha-2 code is the natural key: it is what scripts
-- filter by and what every other table refers to.
create table state (
    code         char(2) primary key,
    alpha3       char(3) not null,
    numeric_code char(3) not null,
    name_en      text    not null,
    name_ru      text    not null,
    region       text,
    constraint state_code_format check (code ~ '^[A-Z]{2}$'),
    constraint state_alpha3_format check (alpha3 ~ '^[A-Z]{3}$'),
    constraint state_numeric_format check (numeric_code ~ '^[0-9]{3}$'),
    constraint state_alpha3_unique unique (alpha3),
    constraint state_numeric_unique unique (numeric_code)
);
