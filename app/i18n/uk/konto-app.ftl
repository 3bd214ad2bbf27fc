site-name = Громадянський акаунт Краків
skip-to-content = Перейти до основного вмісту
language-switcher-label = Мова сторінки
nav-label = Головне меню
nav-home = Головна
nav-account = Мій акаунт
nav-staff = Бек-офіс
nav-users = Користувачі
nav-sign-in = Увійти
nav-register = Створити акаунт
nav-sign-out = Вийти
nav-settings = Налаштування відображення
footer-nav-label = Про сервіс
footer-accessibility = Декларація доступності
footer-contact = Краківський контактний центр: 12 616 55 55, у робочі дні 7:40–15:30.
footer-owner = Сервіс міста Кракова.
loading = Завантаження…
save = Зберегти
button-working = Надсилання…
back-to-account = Повернутися до акаунта

home-title = Один акаунт для ваших справ у Кракові
home-lead = Опитування, консультації, громадський бюджет, квитки, місцеві податки, Краківська карта та звернення до міста – в одному місці, з одним профілем.
home-welcome-back = З поверненням, { $name }.
home-services-heading = Послуги
service-available = Доступно зараз
service-coming = Незабаром
service-account = Акаунт мешканця
service-account-text = Один профіль замість багатьох: ваші дані, мова, налаштування відображення та завантаження всіх ваших даних.
service-surveys = Опитування
service-surveys-text = Опитування задоволеності після візиту до установи та регулярні соціальні дослідження міста.
service-consultations = Громадські консультації
service-consultations-text = Участь у консультаціях, зустрічах і семінарах та підсумкові звіти.
service-budget = Громадський бюджет і районні референдуми
service-budget-text = Голосування за міські й районні проєкти та результати з повним описом методу підрахунку.
service-tickets = Квитки на громадський транспорт
service-tickets-text = Короткострокові та періодичні квитки KMK, зокрема за ціною для мешканців.
service-taxes = Місцеві податки та збори
service-taxes-text = Податок на нерухомість, плата за вивіз відходів, терміни платежів і пеня.
service-card = Краківська карта
service-card-text = Карта мешканця: знижки на квитки, культуру, спорт і в партнерів програми.
service-reports = Звернення до міста
service-reports-text = Повідомлення про несправності та проблеми в міському просторі й відстеження їх вирішення.

register-title = Створити акаунт
register-lead = Акаунт дає змогу брати участь у справах міста та вирішувати їх онлайн. Усі поля обов'язкові. Ми надішлемо посилання для підтвердження на вказану адресу.
register-submit = Створити акаунт
register-have-account = Уже маєте акаунт?
sign-in-title = Увійти
sign-in-submit = Увійти
sign-in-no-account = Ще не маєте акаунта?

field-name = Ім'я та прізвище
field-name-hint = Так ми будемо до вас звертатися.
field-email = Адреса електронної пошти
field-email-hint = На цю адресу ми надсилатимемо підтвердження. Вона також потрібна для входу.
field-password = Пароль
field-current-password = Поточний пароль
field-new-password = Новий пароль
field-new-password-hint = Щонайменше { $min } символів. Найлегше запам'ятати кілька слів, розділених пробілами.
field-district = Район
field-district-hint = Район, у якому ви живете. Від нього залежать, наприклад, районні проєкти громадського бюджету.
field-district-choose = Виберіть район

error-summary-title = Виникла проблема
error-prefix = Помилка:
error-email-required = Введіть адресу електронної пошти.
error-email-invalid = Введіть адресу електронної пошти у правильному форматі, наприклад name@example.com.
error-email-taken = Акаунт із цією адресою вже існує. Увійдіть або використайте іншу адресу.
error-password-required = Введіть пароль.
error-password-too-short = Пароль має містити щонайменше { $min } символів.
error-password-too-long = Пароль може містити не більше { $max } символів.
error-password-is-email = Пароль не може бути вашою адресою електронної пошти.
error-passwords-differ = Паролі не збігаються.
error-name-required = Введіть ім'я та прізвище.
error-name-too-long = Ім'я та прізвище може містити не більше 100 символів.
error-name-invalid = Ім'я та прізвище не може містити символів < або > чи керівних символів.
error-district-required = Виберіть район.
error-bad-credentials = Неправильна адреса електронної пошти або пароль.
error-throttled = Забагато невдалих спроб. Спробуйте ще раз через { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
   *[many] { $minutes } хвилин
}.
error-current-password-wrong = Неправильний пароль.
error-confirm-required = Підтвердьте, що розумієте: акаунт не можна буде відновити.
error-choice-invalid = Виберіть один із запропонованих варіантів.
error-not-signed-in = Увійдіть, щоб побачити цю сторінку.
error-not-allowed = У вас немає доступу до цієї сторінки.
error-own-role = Ви не можете змінити власну роль. Зверніться до іншого адміністратора.
error-unexpected = Сталася помилка на нашому боці. Нічого не втрачено – спробуйте ще раз за хвилину.

notice-registered = Акаунт створено. Ви увійшли.
notice-signed-in = Ви увійшли.
notice-signed-out = Ви вийшли. До зустрічі!
notice-password-changed = Пароль змінено. На інших пристроях потрібно увійти знову.
notice-profile-saved = Дані збережено.
notice-display-saved = Налаштування відображення збережено.
notice-language-saved = Мову змінено.
notice-account-deleted = Акаунт і ваші дані видалено.
notice-role-changed = Роль змінено.

account-title = Мій акаунт
account-profile-heading = Ваші дані
account-role = Роль
account-manage-heading = Керування акаунтом
account-export = Завантажити всі мої дані (JSON)
account-export-hint = Файл містить дані акаунта, налаштування та історію дій.
role-resident = Мешканець
role-clerk = Службовець
role-admin = Адміністратор
profile-title = Змінити свої дані
password-title = Змінити пароль
password-submit = Змінити пароль
password-other-devices = Після зміни пароля ви вийдете з акаунта на інших пристроях.
delete-title = Видалити акаунт
delete-warning = Видалення акаунта незворотне. Ми видалимо ваші дані й завершимо всі сеанси.
delete-export-first = Перед видаленням можна завантажити копію своїх даних:
delete-confirm = Я розумію, що акаунт не можна буде відновити.
delete-submit = Видалити акаунт назавжди

settings-title = Налаштування відображення
settings-lead = Налаштуйте вигляд сервісу. Світла чи темна тема та зменшення анімації беруться з налаштувань вашого пристрою.
settings-contrast = Контраст
settings-contrast-standard = Стандартний
settings-contrast-high = Високий контраст
settings-text-size = Розмір тексту
settings-text-standard = Стандартний
settings-text-large = Збільшений
settings-where-stored = Ми зберігаємо ці налаштування у вашому акаунті, а якщо ви не увійшли – у файлі cookie в цьому браузері.

staff-title = Бек-офіс
staff-residents-total = Зареєстровані мешканці: { $count }.
staff-per-district = Мешканці за районами
staff-residents = Мешканці
users-title = Користувачі
users-audit-note = Цей список містить персональні дані. Кожен його перегляд записується в журнал подій.
users-caption = Усі користувачі ({ $count })
users-role-for = Роль користувача
users-change-role = Змінити роль
pagination-label = Сторінки списку
pagination-previous = Попередня сторінка
pagination-next = Наступна сторінка
pagination-status = Сторінка { $page } з { $pages }

not-found-title = Сторінку не знайдено
not-found-text = Якщо ви ввели адресу вручну, перевірте, чи вона правильна. Якщо ви перейшли за посиланням, сторінку могли перенести.
not-found-home = Перейти на головну сторінку

a11y-title = Декларація доступності
a11y-intro = Місто Краків зобов'язується забезпечити доступність сервісу «Громадянський акаунт» відповідно до польського Закону від 4 квітня 2019 року про цифрову доступність вебсайтів і мобільних застосунків публічних органів.
a11y-published = Дата публікації сервісу
a11y-updated = Дата останнього суттєвого оновлення
a11y-status-heading = Стан цифрової доступності
a11y-status = Сервіс частково відповідає закону про цифрову доступність через невідповідності або винятки, наведені нижче.
a11y-inaccessible-heading = Недоступний вміст
a11y-inaccessible-pjm = Ще немає запису польською жестовою мовою (PJM) з описом сервісу – він готується.
a11y-inaccessible-etr = Ще немає легкого для читання тексту (ETR) з описом сервісу – він готується.
a11y-assessment-heading = Підготовка декларації
a11y-assessment = Декларацію складено 23 листопада 2026 року на основі самооцінки: під час кожної зміни кожну сторінку автоматично перевіряє axe-core (WCAG 2.0, 2.1 і 2.2, рівні A і AA) усіма трьома мовами, у стандартному та високому контрасті й на екрані шириною 320 пікселів, а також тести керування лише з клавіатури та без JavaScript.
a11y-features-heading = Зручності сервісу
a11y-feature-keyboard = Усією сторінкою можна керувати з клавіатури; на початку сторінки є посилання «Перейти до основного вмісту».
a11y-feature-display = Високий контраст і збільшений текст можна ввімкнути в налаштуваннях відображення:
a11y-feature-languages = Сервіс доступний польською, англійською та українською мовами.
a11y-feature-nojs = Усі форми працюють і без JavaScript.
a11y-contact-heading = Зворотний зв'язок і контакти
a11y-contact = З питань доступності звертайтеся до Краківського контактного центру за номером 12 616 55 55 (у робочі дні 7:40–15:30). Так само можна повідомити про бар'єр і попросити інформацію, недоступну в сервісі.
a11y-procedure-heading = Порядок подання вимог і скарг
a11y-procedure = Кожен має право вимагати забезпечення цифрової доступності сторінки чи її елемента або надання вмісту в іншій формі. Вимога має містити контактні дані, зазначення сторінки чи елемента та спосіб зв'язку. Ми відповідаємо невідкладно, не пізніше ніж за 7 днів; якщо це неможливо, повідомимо строк, не довший за 2 місяці.
a11y-complaint = У разі відмови можна подати скаргу на відсутність цифрової доступності. Після вичерпання цієї процедури можна звернутися до Уповноваженого з прав людини (Rzecznik Praw Obywatelskich).
a11y-architecture-heading = Архітектурна доступність
a11y-architecture = Термінали самообслуговування сервісу розміщені в пунктах обслуговування мешканців міської ради Кракова; працівники пунктів допомагають ними користуватися.

check-email-title = Перевірте електронну пошту
check-email-text = Ми надіслали лист на вказану адресу. Відкрийте посилання в ньому, щоб завершити створення акаунта. Посилання дійсне { $hours } години.
check-email-spam = Якщо лист не надійде протягом кількох хвилин, перевірте папку «Спам» або зареєструйтеся ще раз:
confirm-title = Завершіть створення акаунта
confirm-text = Підтвердьте, що хочете створити акаунт. Після цього ви увійдете в систему.
confirm-submit = Створити мій акаунт
error-link-invalid = Термін дії цього посилання минув або його вже використано. Зареєструйтеся ще раз.
mail-confirm-subject = Підтвердьте створення акаунта – Громадянський акаунт Краків
mail-confirm-body = Добрий день, { $name }!

    Щоб завершити створення акаунта в сервісі «Громадянський акаунт Краків», відкрийте це посилання (воно дійсне 24 години):

    { $link }

    Якщо ви не створюєте акаунт, проігноруйте цей лист – без підтвердження акаунт не буде створено.
mail-exists-subject = Спроба створити акаунт – Громадянський акаунт Краків
mail-exists-body = Добрий день!

    Хтось (можливо, ви) намагався створити акаунт у сервісі «Громадянський акаунт Краків» з цією адресою електронної пошти. У вас уже є акаунт з цією адресою – ви можете увійти:

    { $link }

    Якщо це були не ви, проігноруйте цей лист. Ваш акаунт не змінено.

## Surveys
nav-surveys = Опитування
nav-staff-surveys = Опитування – обслуговування
surveys-title = Опитування
surveys-lead = Ваша думка допомагає місту працювати краще. Тут є опитування, у яких можна взяти участь, і результати завершених опитувань.
surveys-filter-district = Показати опитування для району
surveys-filter-all = Усі райони
surveys-filter-apply = Показати
surveys-open-heading = Поточні опитування
surveys-results-heading = Результати завершених опитувань
surveys-none-open = Зараз немає жодного опитування.
surveys-none-results = Результатів ще не опубліковано.
survey-closes = Відповідати можна до { $date }
survey-responses = { $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
   *[other] { $count } відповідей
}
survey-length = { $questions ->
    [one] { $questions } запитання
    [few] { $questions } запитання
   *[other] { $questions } запитань
}, близько { $minutes } хв
survey-dates = З { $opens } до { $closes } (за краківським часом)
survey-anonymous = Анонімне опитування: відповіді не пов’язуються з обліковим записом, кодом чи адресою, зберігається лише день надсилання.
survey-not-anonymous = Іменне опитування: відповіді зберігаються разом з вашим обліковим записом.
survey-audience-anyone = Відповісти може кожен.
survey-audience-signed-in = Для мешканців, які увійшли в систему.
survey-audience-districts = Для мешканців районів: { $districts }.
survey-audience-codes = Для людей з одноразовим кодом з підтвердження візиту до установи.
survey-draft-tag = Розпочато – можна завершити
survey-answered-tag = Ви вже відповіли
survey-start = Почати опитування
survey-continue = Продовжити опитування
survey-code = Код з підтвердження візиту
survey-code-hint = 10 символів, наприклад ABCDE-FGHJK. Код надруковано під QR-кодом.
survey-sign-in-needed = Щоб узяти участь у цьому опитуванні, увійдіть.
survey-see-results = Переглянути результати
survey-edit = Редагувати опитування
survey-back-to-list = Повернутися до списку опитувань
survey-optional = (необов’язково)
survey-other = Інше
survey-other-specify = Що саме? Впишіть
survey-choose-between = Виберіть від { $min } до { $max } відповідей.
survey-choose-up-to = Виберіть не більше { $max } відповідей.
survey-choose-at-least = Виберіть щонайменше { $min } відповідей.
survey-choose-any = Можна вибрати кілька відповідей.
survey-text-limit = Не більше { $max } символів.
survey-progress = Сторінка { $page } з { $pages }
survey-next = Далі
survey-back = Назад
survey-save-later = Зберегти й завершити пізніше
survey-no-draft = Ми не знайшли розпочатого опитування. Незавершені відповіді без входу видаляються через 3 години.
survey-start-again = Почати опитування
survey-review-title = Перевірте відповіді
survey-review-lead = Перевірте свої відповіді перед надсиланням. Їх ще можна змінити.
survey-not-answered = Без відповіді
survey-change = Змінити
survey-submit = Надіслати відповіді
survey-thanks-title = Дякуємо за участь в опитуванні
survey-thanks-text = Ваші відповіді збережено.
survey-results-after = Результати опублікуємо після завершення опитування ({ $date }).
error-answer-required = Дайте відповідь на це запитання
error-answer-invalid = Виберіть одну з поданих відповідей
error-other-required = Впишіть, що означає відповідь «Інше»
error-choices-too-few = Виберіть щонайменше { $min } відповідей
error-choices-too-many = Виберіть не більше { $max } відповідей
error-text-too-long = Текст може містити не більше { $max } символів
error-grid-incomplete = Оцініть кожен елемент
error-survey-not-open = Це опитування ще не почалося.
error-survey-closed = Це опитування вже завершено. Відповіді не збережено.
error-not-eligible = Це опитування призначене для мешканців інших районів.
error-code-invalid = Введіть код з підтвердження візиту (10 символів, наприклад ABCDE-FGHJK)
error-code-used = Цей код уже використано
error-already-answered = Ви вже відповіли на це опитування. Дякуємо!
error-not-found = Ми не знайшли цієї сторінки.
error-text-required = Введіть текст польською мовою
error-page-invalid = Введіть номер сторінки від 1 до 50
error-options-count = Подайте від 2 до 30 відповідей, кожну в окремому рядку
error-choice-limits = Найменша кількість виборів не може бути більшою за найбільшу чи за кількість відповідей
error-items-count = Подайте від 1 до 30 елементів, кожен в окремому рядку
error-scale-invalid = Шкала має починатися з числа, меншого за кінець, і мати не більше 11 пунктів
error-condition-invalid = Виберіть запитання і значення, від яких залежить це запитання (номери відповідей або пункти шкали)
error-condition-forward = Запитання може залежати лише від запитань з попередніх сторінок
error-questions-locked = Опитування вже має відповіді: можна виправляти лише тексти
error-date-invalid = Введіть справжню дату, наприклад 2026-12-31
error-dates-order = Кінець має бути після початку
error-districts-required = Виберіть щонайменше один район
error-batch-size = Введіть кількість кодів від 1 до 2000
notice-survey-saved = Опитування збережено.
notice-question-saved = Запитання збережено.
notice-question-deleted = Запитання видалено.
notice-codes-created = Коди створено. Їх можна надрукувати.
notice-answer-hidden = Відповідь приховано в результатах.
notice-answer-shown = Відповідь знову видно в результатах.
notice-draft-saved = Відповіді збережено. Опитування можна завершити пізніше.
results-title = Результати опитування
results-total = { $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
   *[other] { $count } відповідей
}
results-download = Завантажити дані:
results-csv = CSV (одна відповідь у рядку)
results-json = JSON
results-answered = Відповідей на це запитання: { $count }
results-mean-median = Середнє { $mean }, медіана { $median }
results-nps = Індекс NPS: { $score }
results-nps-parts = (прихильники: { $promoters }, нейтральні: { $passives }, критики: { $detractors })
results-table-caption = Відповіді в числах: { $question }
results-answer = Відповідь
results-count = Кількість
results-percent = Частка
results-item = Елемент
results-mean = Середнє
results-median = Медіана
results-chart-summary = Стовпчикова діаграма. Найчастіша відповідь: { $answer }, { $percent } %. Точні числа – у таблиці поруч.
results-no-answers = Ніхто ще не відповів на це запитання.
results-texts = Текстові відповіді: { $shown } з { $total }
results-hidden = Приховано установою (наприклад, персональні дані): { $count }
results-hide = Приховати цю відповідь
results-breakdowns = Результати за групами
results-suppression-note = Групи, у яких менше { $min } відповідей, не показуються, щоб нікого не можна було впізнати.
results-by-district = За районом
results-by-question = За відповіддю на запитання: { $question }
results-group = Група
results-responses = Відповіді
results-col-mean = Середнє: { $question }
results-col-nps = NPS: { $question }
results-suppressed = менше { $min }
kind-single = Один варіант
kind-multi = Кілька варіантів
kind-scale = Шкала оцінок
kind-nps = Рекомендація 0–10 (NPS)
kind-short = Короткий текст
kind-long = Довгий текст
kind-grid = Сітка оцінок
phase-not-open = Ще не почалося
phase-open = Триває
phase-closed = Завершено
builder-title = Опитування – створення і результати
builder-all-surveys = Усі опитування
builder-survey = Опитування
builder-phase = Стан
builder-closes = Кінець
builder-actions = Дії
builder-results = Результати
builder-new = Нове опитування
builder-title-field = Назва
builder-title-hint = Польською мовою. Переклади, дати й запитання додасте на наступному кроці.
builder-create = Створити опитування
builder-edit-title = Редагування опитування
builder-preview = Попередній перегляд
builder-public-page = Сторінка опитування
builder-settings = Налаштування
builder-intro = Вступ
builder-in-polish = Польською
builder-in-english = Англійською (необов’язково)
builder-in-ukrainian = Українською (необов’язково)
builder-opens-date = Початок – дата
builder-opens-time = Початок – година
builder-closes-date = Кінець – дата
builder-closes-time = Кінець – година
builder-time-hint = Краківський час. Без години опитування починається о 00:00 і закінчується о 23:59.
builder-audience = Хто може відповідати
builder-audience-districts = Мешканці вибраних районів, які увійшли в систему
builder-districts = Райони (коли опитування для вибраних районів)
builder-anonymous = Анонімне опитування
builder-anonymous-hint = Відповіді без облікового запису, коду, адреси та години. Після першої відповіді змінити не можна.
builder-public-results = Публікувати результати після завершення
builder-save = Зберегти налаштування
builder-questions = Запитання ({ $count })
builder-locked = Опитування вже має відповіді, тому запитання заблоковано. Можна виправляти лише тексти.
builder-question-meta = Сторінка { $page } · { $kind }
builder-shown-if = показується, коли { $question } = { $values }
builder-edit-question = Редагувати
builder-move-up = Вгору
builder-move-down = Вниз
builder-delete = Видалити
builder-add-question = Додати запитання
builder-add-kind = Додати: { $kind }
builder-codes = Одноразові коди
builder-codes-lead = Кожен код дозволяє заповнити опитування один раз. Надрукуйте їх з QR-кодами на підтвердженнях візитів.
builder-codes-count = Кількість кодів
builder-codes-count-hint = Від 1 до { $max }.
builder-codes-create = Створити коди
builder-batch = Партія від { $created }: { $size } кодів, використано: { $used }
builder-new-question = Нове запитання: { $kind }
builder-edit-question-title = Редагування запитання { $key }
builder-question-text = Текст запитання
builder-help = Підказка (необов’язково)
builder-page = Сторінка
builder-page-hint = Номер сторінки опитування, на якій є запитання.
builder-required = Відповідь обов’язкова
builder-options = Варіанти відповідей
builder-options-hint = Кожен в окремому рядку; рядки перекладів у тому самому порядку.
builder-other = Додати відповідь «Інше (що саме?)»
builder-min-choices = Найменше виборів
builder-max-choices = Найбільше виборів
builder-max-choices-hint = 0 = без обмеження.
builder-items = Елементи для оцінювання
builder-scale-min = Початок шкали
builder-scale-max = Кінець шкали
builder-low-label = Опис найнижчої оцінки
builder-high-label = Опис найвищої оцінки
builder-max-len = Найбільше символів
builder-max-len-hint = 0 = типово (короткий текст 200, довгий 2000).
builder-show-if = Показувати лише, коли відповіли на запитання
builder-show-if-hint = Лише запитання з попередніх сторінок.
builder-always = Показувати завжди
builder-show-if-values = … одним зі значень
builder-show-if-values-hint = Номери відповідей (1, 2, … або other) чи пункти шкали, через кому.
builder-save-question = Зберегти запитання
builder-cancel = Скасувати
builder-back-to-survey = Повернутися до опитування
codes-title = Коди до опитування
codes-lead = Партія: { $size } кодів, використано: { $used }, залишилося видати: { $left }.
codes-print-hint = Надрукуйте цю сторінку (Ctrl+P): на аркуші будуть лише коди.
preview-title = Попередній перегляд опитування
preview-note = Так опитування побачать мешканці. У попередньому перегляді відповіді надсилати не можна.
