-- The shipped record: Kazakhstan, Israel and the Abraham Accords, as five Russian-language
-- articles (November 2025 – February 2026) report them. Every fact below comes from one of
-- these articles and nothing else; each event, participation step and figure quotes the
-- article's own words. Where a quoted passage joins sentences that are not next to each
-- other in the article, the pieces are separated by " […] "; each piece is verbatim.
-- Switch the whole record off with chancery.record.enabled=false before the first start.

-- ---------------------------------------------------------------------------------------
-- Sources: one row per article.
-- ---------------------------------------------------------------------------------------
insert into source (id, outlet, title, url, language, published_on, author) values
    -- 000: no outlet or author named, no headline: the title is the first sentence.
    (1, null,
     'Премьер-министр Израиля выразил глубокую признательность Касым-Жомарту Токаеву за решение о присоединении Казахстана к Соглашениям Авраама.',
     null, 'ru', date '2026-01-11', null),
    -- 001: interview with Ilgar Velizade ("Корреспондент Kazpravda.kz побеседовала …").
    (2, 'Kazpravda.kz',
     'Президент Касым-Жомарт Токаев с визитом посетил Вашингтон, где провел переговоры с американским президентом Дональдом Трампом и принял участие в саммите «Центральная Азия - США».',
     null, 'ru', date '2025-11-07', null),
    -- 002: "… сообщает Lada.kz".
    (3, 'Lada.kz',
     'Министерство иностранных дел Республики Казахстан сделало официальное заявление о присоединении страны к Авраамским соглашениям.',
     null, 'ru', date '2025-11-07', null),
    -- 003: Nezavisimaya Gazeta, reprinted by CentrAsia with a permanent address.
    (4, 'Независимая газета (CentrAsia)',
     'Израиль расширяет влияние в Каспийском регионе',
     'https://centrasia.org/newsA.php?st=1769600100', 'ru', date '2026-01-27', 'Виктория Панфилова'),
    -- 004: Trend, interview with the Israeli ambassador Yoav Bistritsky (dateline "БАКУ Trend/").
    (5, 'Trend',
     'Присоединение Казахстана к "Авраамовым соглашениям" откроет новые возможности для сотрудничества с Израилем в различных секторах.',
     null, 'ru', date '2026-02-17', null);

-- ---------------------------------------------------------------------------------------
-- Institutions named in the articles. A state is given only where the article gives it;
-- the articles do not say where SCAT Airlines and Air Astana are from.
-- ---------------------------------------------------------------------------------------
insert into institution (id, name_en, name_ru, state_code, kind) values
    -- 001/002/003: the Kazakh MFA (statement of 7 Nov 2025; business forum of 27 Jan 2026).
    (1, 'Ministry of Foreign Affairs of Kazakhstan', 'Министерство иностранных дел Республики Казахстан', 'KZ', 'MINISTRY'),
    -- 003: "глава МИД Израиля Гидеон Саар".
    (2, 'Ministry of Foreign Affairs of Israel', 'Министерство иностранных дел Израиля', 'IL', 'MINISTRY'),
    -- 000: "Председателем Кнессета Израиля Амиром Оханой".
    (3, 'Knesset', 'Кнессет', 'IL', 'PARLIAMENT'),
    -- 004: the water memorandum of November 2025.
    (4, 'Ministry of Water Resources and Irrigation of Kazakhstan', 'Министерство водных ресурсов и ирригации Казахстана', 'KZ', 'MINISTRY'),
    (5, 'Ministry of Regional Cooperation of Israel', 'Министерство регионального сотрудничества Израиля', 'IL', 'MINISTRY'),
    -- 004: airlines (Shymkent – Israel from 9 June; Almaty – Tel Aviv in 2023).
    (6, 'SCAT Airlines', 'SCAT Airlines', null, 'COMPANY'),
    (7, 'Air Astana', 'Air Astana', null, 'COMPANY'),
    -- 004: "в Казахстане недавно создано министерство искусственного интеллекта и цифрового развития".
    (8, 'Ministry of Artificial Intelligence and Digital Development of Kazakhstan', 'Министерство искусственного интеллекта и цифрового развития Казахстана', 'KZ', 'MINISTRY'),
    -- 004: "Израильские организации, включая Управление кибербезопасности".
    (9, 'Israel National Cyber Directorate', 'Управление кибербезопасности', 'IL', 'AGENCY'),
    -- 004: "опыт израильских компаний и Водного управления Израиля".
    (10, 'Israel Water Authority', 'Водное управление Израиля', 'IL', 'AGENCY');

-- ---------------------------------------------------------------------------------------
-- Persons, with their names as the articles give them (Russian in the nominative).
-- ---------------------------------------------------------------------------------------
insert into person (id, name_en, name_ru) values
    (1, 'Kassym-Jomart Tokayev', 'Касым-Жомарт Токаев'),   -- all five articles
    (2, 'Benjamin Netanyahu', 'Биньямин Нетаньяху'),        -- 000
    (3, 'Donald Trump', 'Дональд Трамп'),                   -- 001, 002
    (4, 'Amir Ohana', 'Амир Охана'),                        -- 000
    (5, 'Gideon Saar', 'Гидеон Саар'),                      -- 003
    (6, 'Yermek Kosherbayev', 'Ермек Кошербаев'),           -- 003
    (7, 'Isaac Herzog', 'Ицхак Герцог'),                    -- 003
    (8, 'Yoav Bistritsky', 'Йоав Быстрицкий');              -- 004

-- ---------------------------------------------------------------------------------------
-- Offices, as the articles name them.
-- ---------------------------------------------------------------------------------------
insert into office (id, title_en, title_ru, state_code, institution_id) values
    (1, 'President of Kazakhstan', 'Президент Казахстана', 'KZ', null),            -- "Президент Казахстана"
    (2, 'Prime Minister of Israel', 'Премьер-министр Израиля', 'IL', null),        -- 000
    (3, 'President of the United States', 'Президент США', 'US', null),            -- 002 "президентом США Дональдом Трампом"
    (4, 'Speaker of the Knesset', 'Председатель Кнессета', 'IL', 3),                -- 000
    (5, 'Minister of Foreign Affairs of Israel', 'Министр иностранных дел Израиля', 'IL', 2),          -- 003
    (6, 'Minister of Foreign Affairs of Kazakhstan', 'Министр иностранных дел Казахстана', 'KZ', 1),   -- 003
    (7, 'President of Israel', 'Президент Израиля', 'IL', null),                   -- 003 "израильскому коллеге" of the President of Kazakhstan
    (8, 'Ambassador of Israel to Kazakhstan', 'Посол Израиля в Казахстане', 'IL', null);  -- 004

-- ---------------------------------------------------------------------------------------
-- Terms: the articles give no term dates, so held_from and held_to stay unknown (null).
-- Each person holds the office in this record only because an article names them so.
-- ---------------------------------------------------------------------------------------
insert into office_term (id, office_id, person_id, held_from, held_to) values
    (1, 1, 1, null, null),
    (2, 2, 2, null, null),
    (3, 3, 3, null, null),
    (4, 4, 4, null, null),
    (5, 5, 5, null, null),
    (6, 6, 6, null, null),
    (7, 7, 7, null, null),
    (8, 8, 8, null, null);

-- ---------------------------------------------------------------------------------------
-- Agreement: the Abraham Accords (002: "подписанных в 2020–2021 годах").
-- ---------------------------------------------------------------------------------------
insert into agreement (id, name_en, name_ru, kind, multilateral, summary_en, summary_ru,
                       opened_earliest, opened_latest, opened_precision, opened_approximate) values
    (1, 'Abraham Accords', 'Соглашения Авраама', 'ACCORDS', true,
     'A series of agreements on normalising relations between Israel and a number of Arab states, signed in 2020–2021. The first administration of US President Donald Trump (2017–2021) played a key role in concluding them. Within the Accords Israel established peaceful relations with the UAE, Bahrain and Morocco; Sudan also began the normalisation process, which, as of November 2025, was not complete.',
     'Серия договоров о нормализации отношений между Израилем и рядом арабских государств, подписанных в 2020–2021 годах. Ключевую роль в заключении соглашений сыграл первый кабинет президента США Дональда Трампа (2017–2021). В рамках соглашений Израиль установил мирные отношения с ОАЭ, Бахрейном и Марокко; Судан также начал процесс нормализации, который, по состоянию на ноябрь 2025 года, не завершён.',
     date '2020-01-01', date '2021-12-31', 'YEAR', false);

-- ---------------------------------------------------------------------------------------
-- Participations (002 for the original parties and the US; 004 for Kazakhstan).
-- ---------------------------------------------------------------------------------------
insert into participation (id, agreement_id, state_code, role) values
    (1, 1, 'IL', 'PARTY'),
    (2, 1, 'AE', 'PARTY'),
    (3, 1, 'BH', 'PARTY'),
    (4, 1, 'MA', 'PARTY'),
    (5, 1, 'SD', 'PARTY'),
    -- 002: "Ключевую роль в заключении соглашений сыграл первый кабинет президента США Дональда Трампа (2017–2021)."
    (6, 1, 'US', 'FACILITATOR'),
    (7, 1, 'KZ', 'PARTY');

-- ---------------------------------------------------------------------------------------
-- Participation steps. Kazakhstan has only announced: 004 says the signing ceremony needed
-- for entry into force has not yet taken place, so no signature is recorded.
-- ---------------------------------------------------------------------------------------
insert into participation_step (id, participation_id, position, step, date_earliest, date_latest,
                                date_precision, date_approximate, source_id, quoted_passage) values
    -- 002: Israel signed, 2020–2021.
    (1, 1, 1, 'SIGNED', date '2020-01-01', date '2021-12-31', 'YEAR', false, 3,
     'Авраамские соглашения — это серия договоров о нормализации отношений между Израилем и рядом арабских государств, подписанных в 2020–2021 годах.'),
    -- 002: the UAE, Bahrain and Morocco, 2020–2021.
    (2, 2, 1, 'SIGNED', date '2020-01-01', date '2021-12-31', 'YEAR', false, 3,
     'Авраамские соглашения — это серия договоров о нормализации отношений между Израилем и рядом арабских государств, подписанных в 2020–2021 годах. […] В рамках Авраамских соглашений Израиль установил мирные отношения с ОАЭ, Бахрейном и Марокко.'),
    (3, 3, 1, 'SIGNED', date '2020-01-01', date '2021-12-31', 'YEAR', false, 3,
     'Авраамские соглашения — это серия договоров о нормализации отношений между Израилем и рядом арабских государств, подписанных в 2020–2021 годах. […] В рамках Авраамских соглашений Израиль установил мирные отношения с ОАЭ, Бахрейном и Марокко.'),
    (4, 4, 1, 'SIGNED', date '2020-01-01', date '2021-12-31', 'YEAR', false, 3,
     'Авраамские соглашения — это серия договоров о нормализации отношений между Израилем и рядом арабских государств, подписанных в 2020–2021 годах. […] В рамках Авраамских соглашений Израиль установил мирные отношения с ОАЭ, Бахрейном и Марокко.'),
    -- 002: Sudan began the normalisation process, not complete. The article dates the Accords,
    -- not Sudan's own start, so the 2020–2021 window is marked approximate.
    (5, 5, 1, 'ANNOUNCED', date '2020-01-01', date '2021-12-31', 'YEAR', true, 3,
     'Авраамские соглашения — это серия договоров о нормализации отношений между Израилем и рядом арабских государств, подписанных в 2020–2021 годах. […] В рамках Авраамских соглашений Израиль установил мирные отношения с ОАЭ, Бахрейном и Марокко. Судан также начал процесс нормализации, однако он пока не завершён.'),
    -- 004: Kazakhstan announced its decision in November 2025; no signing yet.
    (6, 7, 1, 'ANNOUNCED', date '2025-11-01', date '2025-11-30', 'MONTH', false, 5,
     'Он напомнил, что Президент Казахстана Касым-Жомарт Токаев в ноябре 2025 года объявил о решении страны присоединиться к этим соглашениям. При этом официальная церемония подписания, необходимая для их вступления в силу, пока не состоялась.');

-- ---------------------------------------------------------------------------------------
-- Events, oldest first, each with its states, people, institutions, topics and sources.
-- ---------------------------------------------------------------------------------------

-- Event 1 (004): diplomatic relations "maintained for 34 years" as of February 2026 -> about 1992.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate)
values (1, 'OTHER', 'HAPPENED',
        'Kazakhstan and Israel establish diplomatic relations',
        'Установление дипломатических отношений между Казахстаном и Израилем',
        'In February 2026 the Israeli ambassador to Kazakhstan, Yoav Bistritsky, said that diplomatic relations between Kazakhstan and Israel had been maintained for 34 years. The year is derived from that statement and is approximate.',
        'В феврале 2026 года посол Израиля в Казахстане Йоав Быстрицкий заявил, что дипломатические отношения между Казахстаном и Израилем поддерживаются уже 34 года. Год выведен из этого заявления и является приблизительным.',
        date '1992-01-01', date '1992-12-31', 'YEAR', true);
insert into event_state (event_id, state_code, side) values (1, 'KZ', 'PARTICIPANT'), (1, 'IL', 'PARTICIPANT');
insert into event_source (event_id, source_id, quoted_passage) values
    (1, 5, '"Несмотря на то, что дипломатические отношения между Казахстаном и Израилем поддерживаются уже 34 года, мы уверены, что участие в "Авраамовых соглашениях" откроет новые перспективы", - отметил посол.');

-- Event 2 (004): Air Astana flew Almaty – Tel Aviv for one month before the Gaza conflict of October 2023.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate, place_en, place_ru)
values (2, 'TRANSPORT_LINK', 'HAPPENED',
        'Air Astana operates Almaty – Tel Aviv flights for one month before the Gaza conflict',
        'Рейсы Air Astana из Алматы в Тель-Авив в течение одного месяца до конфликта в Газе',
        'According to the Israeli ambassador, Air Astana operated flights from Almaty to Tel Aviv for just one month before the conflict in Gaza in October 2023; after that there were no direct flights for two years.',
        'По словам посла Израиля, Air Astana выполняла рейсы из Алматы в Тель-Авив всего один месяц до конфликта в Газе в октябре 2023 года, после чего в течение двух лет прямое авиасообщение не осуществлялось.',
        date '2023-09-01', date '2023-10-31', 'MONTH', true, 'Almaty – Tel Aviv', 'Алматы – Тель-Авив');
insert into event_state (event_id, state_code, side) values (2, 'KZ', 'PARTICIPANT'), (2, 'IL', 'PARTICIPANT');
insert into event_institution (event_id, institution_id, role) values (2, 7, 'ORGANIZER');
insert into event_topic (event_id, topic_code) values (2, 'aviation');
insert into event_source (event_id, source_id, quoted_passage) values
    (2, 5, 'Он отметил, что ранее Air Astana осуществляла рейсы из Алматы в Тель-Авив всего один месяц до конфликта в Газе в октябре 2023 года, после чего в течение двух лет прямое авиасообщение не осуществлялось.');

-- Event 3 (000): April 2025 ("в апреле прошлого года" in an article of January 2026), Tokayev meets Ohana.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate)
values (3, 'MEETING', 'HAPPENED',
        'President Tokayev meets Knesset Speaker Amir Ohana',
        'Встреча Президента Касым-Жомарта Токаева с Председателем Кнессета Израиля Амиром Оханой',
        'During a meeting with the Speaker of the Knesset of Israel, Amir Ohana, President Kassym-Jomart Tokayev stated readiness to cooperate in water resources management and praised the advanced technologies developed in Israel. The article gives no place.',
        'В ходе встречи с Председателем Кнессета Израиля Амиром Оханой Президент Касым-Жомарт Токаев заявил о готовности к сотрудничеству в области управления водными ресурсами, высоко оценив передовые технологии, разработанные в Израиле. Место встречи в статье не указано.',
        date '2025-04-01', date '2025-04-30', 'MONTH', false);
insert into event_state (event_id, state_code, side) values (3, 'KZ', 'PARTICIPANT'), (3, 'IL', 'PARTICIPANT');
insert into event_participant (event_id, person_id, role) values (3, 1, 'PARTICIPANT'), (3, 4, 'PARTICIPANT');
insert into event_institution (event_id, institution_id, role) values (3, 3, 'PARTICIPANT');
insert into event_topic (event_id, topic_code) values (3, 'water');
insert into event_source (event_id, source_id, quoted_passage) values
    (3, 1, 'Также стороны заинтересованы в кооперации усилий в области управления водными ресурсами, которая в современных реалиях играет важную роль для развития государств. Неслучайно в апреле прошлого года в ходе встречи с Председателем Кнессета Израиля Амиром Оханой Президент Касым-Жомарт Токаев заявил о готовности сотрудничества в этом направлении, дав высокую оценку передовым технологиям, разработанным в Израиле.');

-- Event 4 (002 dates, 001 place and outcomes): Tokayev's official visit to the US, 5–6 Nov 2025.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate,
                   place_en, place_ru, place_state_code, agreement_id, visit_level, visit_kind)
values (4, 'VISIT', 'HAPPENED',
        'Official visit of President Tokayev to the United States',
        'Официальный визит Президента Касым-Жомарта Токаева в США',
        'On 5–6 November 2025 President Kassym-Jomart Tokayev paid an official visit to the United States. In Washington he held talks with President Donald Trump; the sides discussed prospects for strengthening bilateral relations, and Trump expressed readiness to visit Kazakhstan. Deals worth more than USD 17 billion were concluded during the visit, among them agreements on rare-earth metals. The decision on Kazakhstan''s joining the Abraham Accords is named an important outcome of the visit.',
        '5–6 ноября 2025 года Президент Касым-Жомарт Токаев совершил официальный визит в США. В Вашингтоне он провёл переговоры с Президентом США Дональдом Трампом; стороны обсудили перспективы укрепления двусторонних отношений, Трамп выразил готовность посетить Казахстан. В ходе визита заключены сделки на сумму более 17 млрд долларов, в том числе соглашения по редкоземельным металлам. Важным итогом визита названо решение о присоединении Казахстана к Соглашениям Авраама.',
        date '2025-11-05', date '2025-11-06', 'DAY', false,
        'Washington', 'Вашингтон', 'US', 1, 'HEAD_OF_STATE', 'OFFICIAL');
insert into event_state (event_id, state_code, side) values (4, 'KZ', 'GUEST'), (4, 'US', 'HOST');
insert into event_participant (event_id, person_id, role) values (4, 1, 'GUEST'), (4, 3, 'HOST');
insert into event_topic (event_id, topic_code) values (4, 'mining');
insert into event_source (event_id, source_id, quoted_passage) values
    (4, 3, 'Ранее, 5–6 ноября 2025 года, президент Казахстана Касым-Жомарт Токаев совершил официальный визит в Соединённые Штаты Америки. […] В ходе встречи с президентом США Дональдом Трампом стороны обсудили перспективы укрепления двусторонних отношений. Американский лидер выразил готовность нанести визит в Казахстан, что свидетельствует о дальнейшем сближении позиций двух стран.'),
    (4, 2, 'Президент Касым-Жомарт Токаев с визитом посетил Вашингтон, где провел переговоры с американским президентом Дональдом Трампом и принял участие в саммите «Центральная Азия - США». Важным итогом визита стало решение о присоединении Казахстана к Соглашениям Авраама. […] В ходе визита президента Токаева были заключены сделки на сумму более 17 млрд долларов. […] Особо стоит отметить соглашения по редкоземельным металлам — это сейчас стратегическое направление сотрудничества.');

-- Event 5 (001): the "Central Asia – USA" summit during that visit; no day given, so the
-- visit's window (002) is kept and marked approximate.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate,
                   place_en, place_ru, place_state_code)
values (5, 'FORUM', 'HAPPENED',
        'Central Asia – USA summit',
        'Саммит «Центральная Азия - США»',
        'During his visit to Washington President Kassym-Jomart Tokayev took part in the Central Asia – USA summit. The article gives no day; the visit took place on 5–6 November 2025.',
        'В ходе визита в Вашингтон Президент Касым-Жомарт Токаев принял участие в саммите «Центральная Азия - США». День саммита в статье не указан; визит проходил 5–6 ноября 2025 года.',
        date '2025-11-05', date '2025-11-06', 'DAY', true,
        'Washington', 'Вашингтон', 'US');
insert into event_state (event_id, state_code, side) values (5, 'KZ', 'PARTICIPANT'), (5, 'US', 'HOST');
insert into event_participant (event_id, person_id, role) values (5, 1, 'PARTICIPANT');
insert into event_source (event_id, source_id, quoted_passage) values
    (5, 2, 'Президент Касым-Жомарт Токаев с визитом посетил Вашингтон, где провел переговоры с американским президентом Дональдом Трампом и принял участие в саммите «Центральная Азия - США».'),
    (5, 3, 'Ранее, 5–6 ноября 2025 года, президент Казахстана Касым-Жомарт Токаев совершил официальный визит в Соединённые Штаты Америки.');

-- Event 6 (004, 001): November 2025, Kazakhstan announces its decision to join the Abraham Accords.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate, agreement_id)
values (6, 'AGREEMENT_STEP', 'HAPPENED',
        'Kazakhstan announces its decision to join the Abraham Accords',
        'Казахстан объявляет о решении присоединиться к Соглашениям Авраама',
        'In November 2025 President Kassym-Jomart Tokayev announced Kazakhstan''s decision to join the Abraham Accords; the decision is named an important outcome of his visit to Washington. As of February 2026 the official signing ceremony needed for entry into force had not yet taken place.',
        'В ноябре 2025 года Президент Касым-Жомарт Токаев объявил о решении Казахстана присоединиться к Соглашениям Авраама; это решение названо важным итогом его визита в Вашингтон. По состоянию на февраль 2026 года официальная церемония подписания, необходимая для вступления соглашений в силу, ещё не состоялась.',
        date '2025-11-01', date '2025-11-30', 'MONTH', false, 1);
insert into event_state (event_id, state_code, side) values (6, 'KZ', 'INITIATOR');
insert into event_participant (event_id, person_id, role) values (6, 1, 'INITIATOR');
insert into event_source (event_id, source_id, quoted_passage) values
    (6, 5, 'Он напомнил, что Президент Казахстана Касым-Жомарт Токаев в ноябре 2025 года объявил о решении страны присоединиться к этим соглашениям. При этом официальная церемония подписания, необходимая для их вступления в силу, пока не состоялась.'),
    (6, 2, 'Важным итогом визита стало решение о присоединении Казахстана к Соглашениям Авраама.');

-- Event 7 (002): 7 Nov 2025, the Kazakh MFA's official statement in its Telegram channel.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate, agreement_id)
values (7, 'STATEMENT', 'HAPPENED',
        'Kazakh Foreign Ministry statement on joining the Abraham Accords',
        'Заявление МИД Казахстана о присоединении к Авраамским соглашениям',
        'The Ministry of Foreign Affairs of Kazakhstan published an official statement on the country''s joining the Abraham Accords in its Telegram channel. The statement says the decision was taken solely in Kazakhstan''s interests and is in line with its balanced, constructive and peaceful foreign policy, and that Kazakhstan will continue to advocate a just, comprehensive and lasting settlement of the Middle East conflict on the basis of international law, the relevant UN resolutions and the principle of two states for two peoples.',
        'Министерство иностранных дел Казахстана опубликовало в своём Telegram-канале официальное заявление о присоединении страны к Авраамским соглашениям. В заявлении говорится, что решение принято исключительно в интересах Казахстана и соответствует сбалансированной, конструктивной, миролюбивой внешней политике республики, а Казахстан и далее будет выступать за справедливое, всеобъемлющее и устойчивое урегулирование ближневосточного конфликта на основе норм международного права, резолюций ООН и принципа «два государства для двух народов».',
        date '2025-11-07', date '2025-11-07', 'DAY', false, 1);
insert into event_state (event_id, state_code, side) values (7, 'KZ', 'INITIATOR');
insert into event_institution (event_id, institution_id, role) values (7, 1, 'ORGANIZER');
insert into event_source (event_id, source_id, quoted_passage) values
    (7, 3, 'Министерство иностранных дел Республики Казахстан сделало официальное заявление о присоединении страны к Авраамским соглашениям. Документ опубликован 7 ноября 2025 года в Telegram-канале внешнеполитического ведомства, сообщает Lada.kz. […] «Данное важное решение принято исключительно в интересах Казахстана и полностью соответствует характеру сбалансированной, конструктивной, миролюбивой внешней политики республики. Присоединение к Авраамским соглашениям будет способствовать укреплению сотрудничества нашей страны со всеми заинтересованными государствами и соответствует стратегическим целям Казахстана», — говорится в заявлении. […] «Казахстан и далее будет последовательно выступать за справедливое, всеобъемлющее и устойчивое урегулирование ближневосточного конфликта на основе норм международного права, соответствующих резолюций ООН и принципа “два государства для двух народов”», — отмечено в сообщении.');

-- Event 8 (004): November 2025, water memorandum between the two ministries.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate,
                   memorandum_subject_en, memorandum_subject_ru)
values (8, 'MEMORANDUM', 'HAPPENED',
        'Memorandum of understanding and cooperation between Kazakhstan''s Ministry of Water Resources and Irrigation and Israel''s Ministry of Regional Cooperation',
        'Меморандум о взаимопонимании и сотрудничестве между министерством водных ресурсов и ирригации Казахстана и министерством регионального сотрудничества Израиля',
        'In November 2025 the Ministry of Water Resources and Irrigation of Kazakhstan and the Ministry of Regional Cooperation of Israel signed a memorandum of understanding and cooperation that provides for the possible creation of a joint working group.',
        'В ноябре 2025 года министерство водных ресурсов и ирригации Казахстана и министерство регионального сотрудничества Израиля подписали Меморандум о взаимопонимании и сотрудничестве, который предусматривает возможность создания совместной рабочей группы.',
        date '2025-11-01', date '2025-11-30', 'MONTH', false,
        'Understanding and cooperation; provides for the possible creation of a joint working group',
        'О взаимопонимании и сотрудничестве; предусматривает возможность создания совместной рабочей группы');
insert into event_state (event_id, state_code, side) values (8, 'KZ', 'SIGNATORY'), (8, 'IL', 'SIGNATORY');
insert into event_institution (event_id, institution_id, role) values (8, 4, 'SIGNATORY'), (8, 5, 'SIGNATORY');
insert into event_topic (event_id, topic_code) values (8, 'water');
insert into event_source (event_id, source_id, quoted_passage) values
    (8, 5, 'Дипломат напомнил, что в ноябре 2025 года между министерством водных ресурсов и ирригации Казахстана и министерством регионального сотрудничества Израиля был подписан Меморандум о взаимопонимании и сотрудничестве, который предусматривает возможность создания совместной рабочей группы.');

-- Event 9 (000): a "recent" call (article of 11 Jan 2026, no date given) at Israel's initiative.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate,
                   agreement_id, call_initiator_code)
values (9, 'CALL', 'HAPPENED',
        'Phone call between Prime Minister Netanyahu and President Tokayev',
        'Телефонный разговор Премьер-министра Израиля Биньямина Нетаньяху и Президента Казахстана Касым-Жомарта Токаева',
        'In a telephone conversation held at the initiative of the Israeli side, Israeli Prime Minister Benjamin Netanyahu expressed deep gratitude to President Kassym-Jomart Tokayev for the decision on Kazakhstan''s joining the Abraham Accords, calling the step bold and far-sighted. Tokayev and Netanyahu agreed to actively maintain contacts; the organisation of top-level visits was also discussed. The article of 11 January 2026 calls the conversation recent and gives no date.',
        'В ходе телефонного разговора, состоявшегося по инициативе израильской стороны, Премьер-министр Израиля Биньямин Нетаньяху выразил глубокую признательность Президенту Касым-Жомарту Токаеву за решение о присоединении Казахстана к Соглашениям Авраама, назвав этот шаг смелым и дальновидным. Токаев и Нетаньяху договорились активно поддерживать контакты; речь шла в том числе об организации визитов на высшем уровне. Статья от 11 января 2026 года называет разговор недавним и не указывает его дату.',
        date '2026-01-01', date '2026-01-31', 'MONTH', true, 1, 'IL');
insert into event_state (event_id, state_code, side) values (9, 'IL', 'INITIATOR'), (9, 'KZ', 'RECIPIENT');
insert into event_participant (event_id, person_id, role) values (9, 2, 'INITIATOR'), (9, 1, 'RECIPIENT');
insert into event_source (event_id, source_id, quoted_passage) values
    (9, 1, 'Премьер-министр Израиля выразил глубокую признательность Касым-Жомарту Токаеву за решение о присоединении Казахстана к Соглашениям Авраама. Биньямин Нетаньяху назвал этот шаг смелым и дальновидным, подчеркнув его важное значение для укрепления мира, стабильности и международного диалога. Об этом представитель Израиля заявил в ходе телефонного разговора с Президентом Казахстана, который состоялся по инициативе израильской стороны. […] Взаимный настрой на углубление взаимодействия по широкому спектру вопросов двусторонней и многосторонней повестки представители сторон подтвердили и в ходе недавнего телефонного разговора. То, что инициатором диалога выступил Израиль, свидетельствует о высокой заинтересованности страны в укреплении сотрудничества с Казахстаном. Касым-Жомарт Токаев и Биньямин Нетаньяху договорились активно поддерживать контакты, в том числе речь шла об организации визитов на высшем уровне.');

-- Event 10 (003): 26 Jan 2026 ("Накануне", the day before Astana on 27 January), Saar in Azerbaijan.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate,
                   place_en, place_ru, place_state_code, visit_level)
values (10, 'VISIT', 'HAPPENED',
        'Israeli Foreign Minister Gideon Saar visits Azerbaijan',
        'Визит министра иностранных дел Израиля Гидеона Саара в Азербайджан',
        'On the day before his visit to Astana on 27 January 2026, Israeli Foreign Minister Gideon Saar visited Azerbaijan; the programme of his visit to Baku included an Azerbaijani–Israeli business forum.',
        'Накануне визита в Астану 27 января 2026 года министр иностранных дел Израиля Гидеон Саар посетил Азербайджан; программа его визита в Баку включала азербайджано-израильский бизнес-форум.',
        date '2026-01-26', date '2026-01-26', 'DAY', false,
        'Baku', 'Баку', 'AZ', 'MINISTERIAL');
insert into event_state (event_id, state_code, side) values (10, 'IL', 'GUEST'), (10, 'AZ', 'HOST');
insert into event_participant (event_id, person_id, role) values (10, 5, 'GUEST');
insert into event_source (event_id, source_id, quoted_passage) values
    (10, 4, 'Визит главы МИД Израиля Гидеона Саара в Астану 27 января ознаменовал новый этап в отношениях двух государств после присоединения Казахстана к "Авраамовым соглашениям". […] Накануне Гидеон Саар посетил Азербайджан. […] Программа визита Гидеона Саара в Баку была не менее насыщенной и стратегически значимой.');

-- Event 11 (003): the Azerbaijani–Israeli business forum in Baku during that visit; no day
-- given, so the visit's day is kept and marked approximate.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate,
                   place_en, place_ru, place_state_code)
values (11, 'FORUM', 'HAPPENED',
        'Azerbaijani–Israeli business forum in Baku',
        'Азербайджано-израильский бизнес-форум в Баку',
        'At the Azerbaijani–Israeli business forum held during his visit to Baku, Israeli Foreign Minister Gideon Saar stressed both states'' resolve to take the bilateral partnership to a qualitatively new level and named increasing mutual investment and deepening direct contacts between people as priorities.',
        'На азербайджано-израильском бизнес-форуме в ходе визита в Баку министр иностранных дел Израиля Гидеон Саар подчеркнул решимость обоих государств вывести двустороннее партнёрство на качественно новый уровень и назвал приоритетами наращивание взаимных инвестиций и углубление прямых контактов между людьми.',
        date '2026-01-26', date '2026-01-26', 'DAY', true,
        'Baku', 'Баку', 'AZ');
insert into event_state (event_id, state_code, side) values (11, 'AZ', 'HOST'), (11, 'IL', 'PARTICIPANT');
insert into event_participant (event_id, person_id, role) values (11, 5, 'SPEAKER');
insert into event_topic (event_id, topic_code) values (11, 'trade'), (11, 'investment');
insert into event_source (event_id, source_id, quoted_passage) values
    (11, 4, 'Программа визита Гидеона Саара в Баку была не менее насыщенной и стратегически значимой. В ходе азербайджано-израильского бизнес-форума глава внешнеполитического ведомства Израиля подчеркнул решимость обоих государств вывести двустороннее партнерство на качественно новый уровень. […] "Нашим приоритетом является не только наращивание взаимных инвестиций, но и углубление прямых контактов между людьми. Я полон уверенности, что мы успешно реализуем этот потенциал", – заявил министр.');

-- Event 12 (003): 27 Jan 2026, Saar in Astana: talks with Tokayev and Kosherbayev.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate,
                   place_en, place_ru, place_state_code, visit_level)
values (12, 'VISIT', 'HAPPENED',
        'Israeli Foreign Minister Gideon Saar visits Astana',
        'Визит министра иностранных дел Израиля Гидеона Саара в Астану',
        'On 27 January 2026 Israeli Foreign Minister Gideon Saar visited Astana and held talks with President Kassym-Jomart Tokayev and Foreign Minister Yermek Kosherbayev; the talks showed common interests from high technology to regional security. Tokayev called the visit convincing confirmation of Jerusalem''s wish to deepen comprehensive dialogue with Kazakhstan; the emphasis was on trade, economic, scientific and technical partnership, and the sides outlined projects from artificial intelligence and innovation in agriculture to advanced water management technologies. Saar named water, innovation and food security as the three pillars of the expanded partnership. A group of business people in cybersecurity, medicine and agritech came to Astana with him.',
        '27 января 2026 года министр иностранных дел Израиля Гидеон Саар посетил Астану и провёл переговоры с Президентом Касым-Жомартом Токаевым и министром иностранных дел Казахстана Ермеком Кошербаевым; переговоры выявили общность интересов — от высоких технологий до вопросов региональной безопасности. Токаев назвал визит убедительным подтверждением стремления Иерусалима к углублению всестороннего диалога с Казахстаном; особый акцент сделан на торгово-экономическом и научно-техническом партнёрстве, стороны наметили проекты от внедрения систем искусственного интеллекта и инноваций в сельском хозяйстве до передовых технологий управления водными ресурсами. Саар назвал воду, инновации и продовольственную безопасность тремя основами расширенного партнёрства. Вместе с ним в Астану прибыла группа бизнесменов в сфере кибербезопасности, медицины и агротеха.',
        date '2026-01-27', date '2026-01-27', 'DAY', false,
        'Astana', 'Астана', 'KZ', 'MINISTERIAL');
insert into event_state (event_id, state_code, side) values (12, 'IL', 'GUEST'), (12, 'KZ', 'HOST');
insert into event_participant (event_id, person_id, role) values (12, 5, 'GUEST'), (12, 1, 'HOST'), (12, 6, 'HOST');
insert into event_topic (event_id, topic_code) values
    (12, 'ai'), (12, 'agriculture'), (12, 'water'), (12, 'food-security'), (12, 'trade'),
    (12, 'security'), (12, 'cybersecurity'), (12, 'health');
insert into event_source (event_id, source_id, quoted_passage) values
    (12, 4, 'Визит главы МИД Израиля Гидеона Саара в Астану 27 января ознаменовал новый этап в отношениях двух государств после присоединения Казахстана к "Авраамовым соглашениям". Переговоры израильского министра с президентом Касым-Жомартом Токаевым и главой МИД Казахстана Ермеком Кошербаевым выявили общность интересов: от высоких технологий до вопросов региональной безопасности. […] В ходе состоявшихся переговоров Касым-Жомарт Токаев подчеркнул, что визит главы израильской дипломатии служит убедительным подтверждением стремления Иерусалима к углублению всестороннего диалога с Казахстаном. Особый акцент был сделан на качественной активизации торгово-экономического и научно-технического партнерства. Токаев и Саар наметили конкретные векторы для реализации амбициозных проектов в наиболее перспективных отраслях: от внедрения систем искусственного интеллекта и инноваций в сельском хозяйстве до передовых технологий управления водными ресурсами. […] "Вода, инновации и продовольственная безопасность – вот три кита, на которых мы будем строить наше расширенное партнерство", – подчеркнул израильский министр иностранных дел. […] Вместе с Сааром в Астану прибыла группа бизнесменов в сфере кибербезопасности, медицины и агротеха.');

-- Event 13 (003): 27 Jan 2026, memorandum of intent to abolish the visa regime, signed during
-- the Astana visit. The signatories are not named, so no institutions or persons.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate,
                   place_en, place_ru, place_state_code, memorandum_subject_en, memorandum_subject_ru)
values (13, 'MEMORANDUM', 'HAPPENED',
        'Kazakhstan and Israel sign a memorandum of intent to abolish the visa regime',
        'Казахстан и Израиль подписали меморандум о намерениях отменить визовый режим',
        'During Israeli Foreign Minister Gideon Saar''s visit to Astana, representatives of Israel and Kazakhstan signed a memorandum of intent to abolish the visa regime (on the introduction of a visa-free regime). The article does not name the signatories.',
        'В ходе визита министра иностранных дел Израиля Гидеона Саара в Астану представители Израиля и Казахстана подписали меморандум о намерениях отменить визовый режим (о введении безвизового режима). Подписанты в статье не названы.',
        date '2026-01-27', date '2026-01-27', 'DAY', false,
        'Astana', 'Астана', 'KZ',
        'Intention to abolish the visa regime (introduction of a visa-free regime)',
        'О намерениях отменить визовый режим (о введении безвизового режима)');
insert into event_state (event_id, state_code, side) values (13, 'KZ', 'SIGNATORY'), (13, 'IL', 'SIGNATORY');
insert into event_topic (event_id, topic_code) values (13, 'visas');
insert into event_source (event_id, source_id, quoted_passage) values
    (13, 4, 'Представители еврейского государства и Казахстана подписали меморандум о введении безвизового режима […] Пожалуй, самой долгожданной новостью для граждан стало подписание меморандума о намерениях отменить визовый режим, что сделает Израиль еще ближе для казахстанцев.');

-- Event 14 (003): 27 Jan 2026, Kazakh–Israeli business forum at the Kazakh MFA (about 100 companies).
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate,
                   place_en, place_ru, place_state_code)
values (14, 'FORUM', 'HAPPENED',
        'Kazakh–Israeli business forum in Astana',
        'Казахско-израильский бизнес-форум в Астане',
        'A Kazakh–Israeli business forum bringing together representatives of about 100 leading companies was held at the Ministry of Foreign Affairs of Kazakhstan in parallel with the talks during Gideon Saar''s visit. It was aimed at attracting investment and creating joint activities.',
        'Казахско-израильский бизнес-форум, собравший представителей около 100 ведущих компаний, прошёл в МИД Казахстана параллельно с переговорами в ходе визита Гидеона Саара. Форум был направлен на привлечение инвестиций и создание совместных мероприятий.',
        date '2026-01-27', date '2026-01-27', 'DAY', false,
        'Astana', 'Астана', 'KZ');
insert into event_state (event_id, state_code, side) values (14, 'KZ', 'HOST'), (14, 'IL', 'PARTICIPANT');
insert into event_institution (event_id, institution_id, role) values (14, 1, 'ORGANIZER');
insert into event_topic (event_id, topic_code) values (14, 'trade'), (14, 'investment');
insert into event_source (event_id, source_id, quoted_passage) values
    (14, 4, 'Экономический фундамент визита закрепил казахско-израильский бизнес-форум, собравший представителей около 100 ведущих компаний. […] Он добавил, что в стенах казахстанского МИД параллельно развернулся деловой форум, направленный на привлечение инвестиций и создание совместных мероприятий.');

-- Event 15 (003): 27 Jan 2026, Saar's press conference in Astana.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate,
                   place_en, place_ru, place_state_code, agreement_id)
values (15, 'STATEMENT', 'HAPPENED',
        'Gideon Saar: Kazakhstan is the first Central Asian state to join the Abraham Accords',
        'Гидеон Саар: Казахстан стал первым государством Центральной Азии, примкнувшим к «Соглашениям Авраама»',
        'Speaking at a press conference in Astana, Israeli Foreign Minister Gideon Saar noted that Kazakhstan had become the first Central Asian state to join the Abraham Accords; in his view the step is a clear signal to the whole region that the doors to dialogue and large-scale cooperation are open.',
        'Выступая на пресс-конференции в Астане, министр иностранных дел Израиля Гидеон Саар отметил, что Казахстан стал первым государством Центральной Азии, примкнувшим к «Соглашениям Авраама»; по его мнению, этот шаг служит четким сигналом для всего региона: двери к диалогу и масштабному сотрудничеству открыты.',
        date '2026-01-27', date '2026-01-27', 'DAY', false,
        'Astana', 'Астана', 'KZ', 1);
insert into event_state (event_id, state_code, side) values (15, 'IL', 'INITIATOR'), (15, 'KZ', 'RECIPIENT');
insert into event_participant (event_id, person_id, role) values (15, 5, 'SPEAKER');
insert into event_source (event_id, source_id, quoted_passage) values
    (15, 4, 'Выступая на пресс-конференции в Астане, глава МИД Израиля особо отметил роль Казахстана: республика стала первым государством Центральной Азии, примкнувшим к "Соглашениям Авраама". Этот шаг, по мнению министра, служит четким сигналом для всего региона: двери к диалогу и масштабному сотрудничеству открыты.');

-- Event 16 (003): Tokayev's telegram to Herzog on the Holocaust remembrance day. The article
-- says only that the day coincided with Saar's visit to Azerbaijan and Kazakhstan (26–27 Jan),
-- so the window is those two days, approximate.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate)
values (16, 'STATEMENT', 'HAPPENED',
        'President Tokayev''s telegram to his Israeli counterpart Isaac Herzog on the Holocaust remembrance day',
        'Телеграмма Президента Касым-Жомарта Токаева израильскому коллеге Ицхаку Герцогу по случаю дня памяти жертв Холокоста',
        'On the occasion of the day of remembrance of the victims of the Holocaust, which coincided with Gideon Saar''s visit to Azerbaijan and Kazakhstan, President Kassym-Jomart Tokayev sent a telegram to his Israeli counterpart Isaac Herzog expressing his country''s firm stance against any form of xenophobia. He recalled that Kazakhstan became home to many Jews evacuated during the Holocaust and that the Jewish community of Kazakhstan is an integral part of its society. The article gives no day for the telegram.',
        'По случаю дня памяти жертв Холокоста, совпавшего с визитом Гидеона Саара в Азербайджан и Казахстан, Президент Касым-Жомарт Токаев направил израильскому коллеге Ицхаку Герцогу телеграмму, в которой выразил твёрдую позицию страны против любой формы ксенофобии. Он напомнил, что Казахстан стал домом для многих евреев, эвакуированных в годы Холокоста, а еврейская община Казахстана является неотъемлемой частью общества. День отправки телеграммы в статье не указан.',
        date '2026-01-26', date '2026-01-27', 'DAY', true);
insert into event_state (event_id, state_code, side) values (16, 'KZ', 'INITIATOR'), (16, 'IL', 'RECIPIENT');
insert into event_participant (event_id, person_id, role) values (16, 1, 'INITIATOR'), (16, 7, 'RECIPIENT');
insert into event_source (event_id, source_id, quoted_passage) values
    (16, 4, 'Символично, что визит израильского министра в Азербайджан и Казахстан совпал с датой памяти жертв Холокоста. Президент Казахстана по случаю дня памяти направил израильскому коллеге Ицхаку Герцогу телеграмму, в которой выразил твердую позицию своей страны против любой формы ксенофобии. Токаев напомнил о глубокой исторической связи: "Казахстан стал домом для многих евреев, эвакуированных в годы Холокоста, и сегодня еврейская община Казахстана является неотъемлемой частью нашего общества".');

-- Event 17 (004): 17 Feb 2026, the Israeli ambassador's interview to Trend.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate, agreement_id)
values (17, 'STATEMENT', 'HAPPENED',
        'Israeli Ambassador Yoav Bistritsky: joining the Abraham Accords will open new opportunities for cooperation',
        'Посол Израиля Йоав Быстрицкий: присоединение Казахстана к «Авраамовым соглашениям» откроет новые возможности для сотрудничества',
        'In an exclusive interview with Trend, the Israeli ambassador to Kazakhstan, Yoav Bistritsky, said that Kazakhstan''s joining the Abraham Accords will open new opportunities for cooperation with Israel, including in cybersecurity, digital technologies and artificial intelligence, and create potential for regional projects such as water management and food security. He recalled that the official signing ceremony needed for entry into force had not yet taken place. He said Israel intends to support Kazakhstan''s digital and AI strategy, is interested in expanding cooperation in the energy and mining sectors, and that Kazakhstan is an energy supplier for Israel.',
        'В эксклюзивном интервью Trend посол Израиля в Казахстане Йоав Быстрицкий заявил, что присоединение Казахстана к «Авраамовым соглашениям» откроет новые возможности для сотрудничества с Израилем, в том числе в кибербезопасности, цифровых технологиях и искусственном интеллекте, и создаст потенциал для региональных проектов, таких как управление водными ресурсами и обеспечение продовольственной безопасности. Он напомнил, что официальная церемония подписания, необходимая для вступления соглашений в силу, пока не состоялась. По его словам, Израиль намерен поддерживать цифровую и AI-стратегию Казахстана, заинтересован в расширении сотрудничества в энергетическом и горнодобывающем секторах, а Казахстан является поставщиком энергии для Израиля.',
        date '2026-02-17', date '2026-02-17', 'DAY', false, 1);
insert into event_state (event_id, state_code, side) values (17, 'IL', 'INITIATOR'), (17, 'KZ', 'RECIPIENT');
insert into event_participant (event_id, person_id, role) values (17, 8, 'SPEAKER');
insert into event_topic (event_id, topic_code) values
    (17, 'cybersecurity'), (17, 'digital'), (17, 'ai'), (17, 'water'), (17, 'food-security'),
    (17, 'energy'), (17, 'mining');
insert into event_source (event_id, source_id, quoted_passage) values
    (17, 5, 'Присоединение Казахстана к "Авраамовым соглашениям" откроет новые возможности для сотрудничества с Израилем в различных секторах. […] Об этом заявил в эксклюзивном интервью Trend посол Израиля в Казахстане Йоав Быстрицкий. […] При этом официальная церемония подписания, необходимая для их вступления в силу, пока не состоялась. […] По его словам, это позволит сблизить страны, повысить уровень сотрудничества и выйти на новые направления, включая кибербезопасность, цифровые технологии и искусственный интеллект. Кроме того, участие в соглашениях создаст потенциал для стратегически значимых региональных проектов, таких как управление водными ресурсами и обеспечение продовольственной безопасности. […] Посол добавил, что Израиль намерен поддерживать цифровую и AI-стратегию Казахстана. […] Помимо цифровых технологий, Израиль заинтересован в расширении сотрудничества с Казахстаном в энергетическом и горнодобывающим секторах. "Казахстан является поставщиком энергии для Израиля, и мы рассматриваем возможности дальнейшего укрепления этого взаимодействия", - отметил дипломат.');

-- Events 18 and 19 (004): official visits expected in 2026 in both directions; no visitors,
-- level or protocol kind given (one row per direction stands for "visits").
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate,
                   place_en, place_ru, place_state_code)
values (18, 'VISIT', 'PLANNED',
        'Official visits from Israel to Kazakhstan expected in 2026',
        'Ожидаемые в 2026 году официальные визиты из Израиля в Казахстан',
        'According to the Israeli ambassador Yoav Bistritsky (February 2026), active official visits from both sides, from Israel to Kazakhstan and vice versa, are expected in 2026. No visitors, levels or dates are given.',
        'По словам посла Израиля Йоава Быстрицкого (февраль 2026 года), в 2026 году ожидаются активные официальные визиты с обеих сторон — из Израиля в Казахстан и наоборот. Участники, уровень и даты визитов не названы.',
        date '2026-01-01', date '2026-12-31', 'YEAR', false,
        'Kazakhstan', 'Казахстан', 'KZ'),
       (19, 'VISIT', 'PLANNED',
        'Official visits from Kazakhstan to Israel expected in 2026',
        'Ожидаемые в 2026 году официальные визиты из Казахстана в Израиль',
        'According to the Israeli ambassador Yoav Bistritsky (February 2026), active official visits from both sides, from Israel to Kazakhstan and vice versa, are expected in 2026. No visitors, levels or dates are given.',
        'По словам посла Израиля Йоава Быстрицкого (февраль 2026 года), в 2026 году ожидаются активные официальные визиты с обеих сторон — из Израиля в Казахстан и наоборот. Участники, уровень и даты визитов не названы.',
        date '2026-01-01', date '2026-12-31', 'YEAR', false,
        'Israel', 'Израиль', 'IL');
insert into event_state (event_id, state_code, side) values
    (18, 'IL', 'GUEST'), (18, 'KZ', 'HOST'),
    (19, 'KZ', 'GUEST'), (19, 'IL', 'HOST');
insert into event_source (event_id, source_id, quoted_passage) values
    (18, 5, 'В 2026 году ожидаются активные официальные визиты с обеих сторон - из Израиля в Казахстан и наоборот'),
    (19, 5, 'В 2026 году ожидаются активные официальные визиты с обеих сторон - из Израиля в Казахстан и наоборот');

-- Event 20 (004): SCAT Airlines flights Shymkent – Israel "с 9 июня" (the next 9 June after
-- the interview of February 2026).
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate, place_en, place_ru)
values (20, 'TRANSPORT_LINK', 'PLANNED',
        'SCAT Airlines to start direct flights from Shymkent to Israel',
        'SCAT Airlines начнёт выполнять рейсы из Шымкента в Израиль',
        'According to the Israeli ambassador (February 2026), direct air service is resuming: from 9 June SCAT Airlines will start flights from Shymkent to Israel. He sees significant potential for tourism; together with a visa-free regime this would substantially expand tourist flows between Kazakhstan and Israel.',
        'По словам посла Израиля (февраль 2026 года), возобновляется прямое авиасообщение: с 9 июня SCAT Airlines начнёт выполнять рейсы из Шымкента в Израиль. Посол видит значительный потенциал для развития туризма; совместно с безвизовым режимом это позволит существенно расширить туристические потоки между Казахстаном и Израилем.',
        date '2026-06-09', date '2026-06-09', 'DAY', false, 'Shymkent – Israel', 'Шымкент – Израиль');
insert into event_state (event_id, state_code, side) values (20, 'KZ', 'PARTICIPANT'), (20, 'IL', 'PARTICIPANT');
insert into event_institution (event_id, institution_id, role) values (20, 6, 'ORGANIZER');
insert into event_topic (event_id, topic_code) values (20, 'aviation'), (20, 'tourism');
insert into event_source (event_id, source_id, quoted_passage) values
    (20, 5, 'Посол также подчеркнул, что возобновляется прямое авиасообщение: с 9 июня SCAT Airlines начнет выполнять рейсы из Шымкента в Израиль. […] "Для нас возобновление рейсов - важный шаг вперед, и мы видим значительный потенциал для развития туризма. Совместно с безвизовым режимом это позволит существенно расширить туристические потоки между Казахстаном и Израилем", - добавил Й. Быстрицкий.');

-- Event 21 (004): Joint Economic Committee meeting expected in Israel, "вероятно, летом или в
-- начале осени" 2026: summer to autumn 2026, approximate.
insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru,
                   date_earliest, date_latest, date_precision, date_approximate,
                   place_en, place_ru, place_state_code)
values (21, 'MEETING', 'PLANNED',
        'Joint Economic Committee meeting in Israel (expected)',
        'Заседание Совместного экономического комитета в Израиле (ожидается)',
        'According to the Israeli ambassador Yoav Bistritsky (February 2026), the Joint Economic Committee is planned to be convened again in 2026; its meeting is expected to take place in Israel, probably in summer or early autumn 2026.',
        'По словам посла Израиля Йоава Быстрицкого (февраль 2026 года), Совместный экономический комитет планируется вновь созвать в 2026 году; ожидается, что заседание пройдёт в Израиле, вероятно, летом или в начале осени 2026 года.',
        date '2026-06-01', date '2026-11-30', 'SEASON', true,
        'Israel', 'Израиль', 'IL');
insert into event_state (event_id, state_code, side) values (21, 'IL', 'HOST'), (21, 'KZ', 'PARTICIPANT');
insert into event_topic (event_id, topic_code) values (21, 'trade');
insert into event_source (event_id, source_id, quoted_passage) values
    (21, 5, 'Он также подчеркнул важность работы Совместного экономического комитета, который планируется вновь созвать в 2026 году. […] Ожидается, что заседание пройдет в Израиле, - вероятно, летом или в начале осени.');

-- ---------------------------------------------------------------------------------------
-- Economic figures.
-- ---------------------------------------------------------------------------------------
insert into economic_figure (id, reporter_code, partner_code, indicator,
                             period_earliest, period_latest, period_precision, period_approximate,
                             amount, currency, qualifier, change_percent, change_qualifier,
                             basis_en, basis_ru, source_id, quoted_passage) values
    -- 001: deals of more than USD 17 billion concluded during the visit to Washington
    -- (5–6 November 2025 per 002, hence the month).
    (1, 'KZ', 'US', 'DEALS_SIGNED', date '2025-11-01', date '2025-11-30', 'MONTH', false,
     17000000000, 'USD', 'MORE_THAN', null, null,
     'Deals concluded during President Tokayev''s visit to Washington',
     'Сделки, заключённые в ходе визита Президента Токаева в Вашингтон',
     2, 'В ходе визита президента Токаева были заключены сделки на сумму более 17 млрд долларов.'),
    -- 003: Israeli investment in Kazakhstan, USD 1.5 billion over two decades (Kosherbayev).
    (2, 'KZ', 'IL', 'INVESTMENT_STOCK', date '2006-01-01', date '2025-12-31', 'YEAR', true,
     1500000000, 'USD', 'EXACT', null, null,
     'Cumulative Israeli investment in Kazakhstan over two decades, as stated by Kazakh Foreign Minister Yermek Kosherbayev in January 2026',
     'Накопленные израильские инвестиции в Казахстан за два десятилетия, по словам главы МИД Казахстана Ермека Кошербаева (январь 2026 года)',
     4, 'Экономический фундамент отношений уже сегодня выглядит солидно: за два десятилетия израильские инвестиции в Казахстан достигли 1,5 млрд долл., сообщил глава МИД Казахстана Ермек Кошербаев.'),
    -- 003: Kazakhstan–Israel trade turnover in 2025, USD 162 million (Kosherbayev).
    (3, 'KZ', 'IL', 'TRADE_TURNOVER', date '2025-01-01', date '2025-12-31', 'YEAR', false,
     162000000, 'USD', 'EXACT', null, null,
     'Turnover for 2025, as stated by Kazakh Foreign Minister Yermek Kosherbayev',
     'Товарооборот по итогам 2025 года, по словам главы МИД Казахстана Ермека Кошербаева',
     4, 'Экономический фундамент отношений уже сегодня выглядит солидно: за два десятилетия израильские инвестиции в Казахстан достигли 1,5 млрд долл., сообщил глава МИД Казахстана Ермек Кошербаев. По его словам, товарооборот по итогам 2025 года достиг 162 млн долл.'),
    -- 003: Azerbaijan–Israel trade turnover in 2025, more than USD 360 million, up about 50% (Saar).
    (4, 'IL', 'AZ', 'TRADE_TURNOVER', date '2025-01-01', date '2025-12-31', 'YEAR', false,
     360000000, 'USD', 'MORE_THAN', 50, 'ABOUT',
     'Turnover for 2025, as stated by Israeli Foreign Minister Gideon Saar during his visit to Baku',
     'Товарооборот за 2025 год, по словам министра иностранных дел Израиля Гидеона Саара в ходе визита в Баку',
     4, 'Отдельным пунктом аналитики стала впечатляющая динамика торговых отношений: по словам министра, в 2025 году объем товарооборота между странами увеличился примерно на 50%, преодолев отметку в 360 млн долл.');

-- ---------------------------------------------------------------------------------------
-- Identity sequences continue after the explicit ids.
-- ---------------------------------------------------------------------------------------
select setval(pg_get_serial_sequence('source', 'id'), (select max(id) from source));
select setval(pg_get_serial_sequence('institution', 'id'), (select max(id) from institution));
select setval(pg_get_serial_sequence('person', 'id'), (select max(id) from person));
select setval(pg_get_serial_sequence('office', 'id'), (select max(id) from office));
select setval(pg_get_serial_sequence('office_term', 'id'), (select max(id) from office_term));
select setval(pg_get_serial_sequence('agreement', 'id'), (select max(id) from agreement));
select setval(pg_get_serial_sequence('participation', 'id'), (select max(id) from participation));
select setval(pg_get_serial_sequence('participation_step', 'id'), (select max(id) from participation_step));
select setval(pg_get_serial_sequence('event', 'id'), (select max(id) from event));
select setval(pg_get_serial_sequence('economic_figure', 'id'), (select max(id) from economic_figure));
