-- The small bilingual vocabulary analysts filter by ("everything on water with Israel").
create table topic (
    code    varchar(40) primary key,
    name_en text not null,
    name_ru text not null,
    constraint topic_code_format check (code ~ '^[a-z][a-z0-9-]*$')
);

insert into topic (code, name_en, name_ru) values
    ('water',          'Water',          'Водные ресурсы'),
    ('agriculture',    'Agriculture',    'Сельское хозяйство'),
    ('food-security',  'Food security',  'Продовольственная безопасность'),
    ('ai',             'Artificial intelligence', 'Искусственный интеллект'),
    ('digital',        'Digital',        'Цифровизация'),
    ('cybersecurity',  'Cybersecurity',  'Кибербезопасность'),
    ('energy',         'Energy',         'Энергетика'),
    ('mining',         'Mining',         'Горнодобывающая отрасль'),
    ('trade',          'Trade',          'Торговля'),
    ('investment',     'Investment',     'Инвестиции'),
    ('tourism',        'Tourism',        'Туризм'),
    ('aviation',       'Aviation',       'Авиация'),
    ('visas',          'Visas',          'Визы'),
    ('security',       'Security',       'Безопасность'),
    ('culture',        'Culture',        'Культура'),
    ('education',      'Education',      'Образование'),
    ('health',         'Health',         'Здравоохранение'),
    ('interfaith',     'Interfaith',     'Межрелигиозный диалог');
