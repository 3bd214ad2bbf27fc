## Public consultations (uk)

error-consultation-information-short = Інформаційна кампанія має тривати щонайменше { $min } днів до початку консультацій, рахуючи від дня публікації. Зараз { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
}. Перенесіть початок кампанії або консультацій.
error-consultation-too-short = Консультації мають тривати щонайменше { $min } днів. Зараз { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
}.
error-consultation-too-long = Консультації можуть тривати щонайбільше { $max } днів разом із продовженнями. Зараз { $days } днів.
error-consultation-forms-few = Оберіть щонайменше { $min } форми участі. Обрано: { $count }.
error-consultation-meeting-required = Однією з форм має бути відкрита зустріч або семінар.
error-consultation-sections-required = Додайте щонайменше одну частину документа із заголовком і текстом.
error-consultation-answers-early = Термін відповідей на зауваження не може бути раніше за останній день консультацій.
error-consultation-report-early = Термін звіту не може бути раніше за термін відповідей на зауваження.
error-consultation-extension-earlier = Новий останній день має бути пізніше за поточний.
error-consultation-extension-closed = Консультації вже завершилися; продовжити можна лише ті, що тривають.
error-consultation-justification-short = Обґрунтування має містити щонайменше { $min } символів: напишіть чому.
error-consultation-unanswered = Звіт не можна опублікувати: { $count ->
    [one] { $count } зауваження чекає
    [few] { $count } зауваження чекають
   *[many] { $count } зауважень чекають
} на відповідь.
error-consultation-not-open = Консультації ще не почалися. Відповідь не збережено.
error-consultation-closed = Консультації вже завершилися. Відповідь не збережено.
error-statement-unknown = Цього твердження вже немає в консультаціях. Дайте відповідь на наступне.
notice-statement-answered = Відповідь збережено. Ось наступне твердження.
nav-consultations = Консультації
con-title = Громадські консультації
con-lead = Місто питає мешканців, перш ніж ухвалити рішення. Кожне зауваження отримує відповідь з обґрунтуванням, а наприкінці публікується звіт.
con-none = Зараз немає консультацій.
con-back = Усі консультації
con-phase-draft = Чернетка, ще не опублікована
con-phase-information = Інформаційна кампанія; консультації з { $opens }
con-phase-open = Тривають до { $closes }
con-phase-answering = Завершені; триває підготовка відповідей на зауваження
con-phase-report-due = Завершені; очікується звіт
con-phase-reported = Завершені; звіт опубліковано
con-whole-city = Стосується всього міста
con-districts = Стосується районів: { $districts }
con-topic = Тема: { $topic }
con-topic-transport = транспорт
con-topic-greenery = зелені зони
con-topic-planning = просторове планування
con-topic-environment = довкілля
con-topic-housing = житло
con-topic-culture = культура
con-topic-education = освіта
con-topic-social = соціальні питання
con-topic-other = інше
con-easy-summary = Простими словами
con-timeline = Терміни та контакт
con-information-from = Інформаційна кампанія з
con-dates = Консультації
con-answers-by = Відповіді на зауваження до
con-report-by = Підсумковий звіт до
con-department = Проводить
con-contact = Контакт
con-contents = Зміст
con-opinions-link = Карта думок: дайте відповідь на твердження
op-title = Карта думок
op-lead = Прочитайте твердження і скажіть, чи ви згодні. З відповідей усіх учасників утворюються групи людей, які думають схоже: видно, що їх різнить і в чому вони згодні.
op-sign-in = Щоб відповідати, увійдіть. Один обліковий запис — один голос.
op-not-open = Консультації ще не почалися.
op-closed = Консультації завершилися; відповіді більше не збираються.
op-done = Ви відповіли на всі твердження. Дякуємо.
op-statement-heading = Твердження
op-progress = Відповіді: { $answered } з { $total }
op-agree = Згоден(-на)
op-disagree = Не згоден(-на)
op-pass = Не знаю / пропустити
op-groups-heading = Групи думок
op-groups-none = Карта думок ще обчислюється. Загляньте за хвилину.
op-groups-lead = { $groups ->
    [one] { $groups } група
    [few] { $groups } групи
   *[other] { $groups } груп
} серед { $placed } з { $participants } учасників (інші відповіли на замало тверджень). Станом на { $when }.
op-group = Група { $name }: { $size ->
    [one] { $size } особа
    [few] { $size } особи
   *[other] { $size } осіб
}
op-col-statement = Твердження
op-col-stance = Група
op-col-group = Згода в групі { $name }
op-col-rest = Серед інших
op-stance-agree = згодна
op-stance-disagree = не згодна
op-consensus-heading = У чому згодні всі групи
op-share = { $name }: { $percent }
op-data-heading = Відкриті дані
op-data-text = Усі відповіді та групи у форматі експорту Pol.is (CSV, UTF-8) для інструментів дослідників. Учасники — це номери, а не облікові записи.
