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
confirm-text = Введіть пароль, який ви вказали під час реєстрації. Після цього ви увійдете в систему.
confirm-password = Пароль
confirm-password-hint = Той самий пароль, який ви ввели у формі реєстрації. Якщо ви не реєструвалися, закрийте цю сторінку: нічого не станеться.
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

## Громадський бюджет
nav-budget = Громадський бюджет
bo-title = Громадський бюджет
bo-lead = Мешканці вирішують, на що місто витратить частину бюджету: подають проєкти й голосують за них, а результати рахують двома способами — за міським правилом і методом рівних часток — з поясненням, чому кожен проєкт переміг чи програв.
bo-none = Поки що немає жодного випуску.
bo-phase-announced = Оголошено
bo-phase-submission = Подання проєктів
bo-phase-verification = Перевірка проєктів
bo-phase-voting = Триває голосування
bo-phase-counting = Голосування завершено, триває підрахунок
bo-phase-results = Результати оголошено
bo-voting-dates = Голосування з { $opens } до { $closes } (за краківським часом)
bo-facts = Пули: { $pools }, проєкти: { $projects }, подані бюлетені: { $ballots }
bo-simulation = Симуляція на реальних відкритих даних (pabulib)
bo-results-on = Результати буде оголошено { $date }
bo-results-link = Результати
bo-results-heading = Результати громадського бюджету
bo-results-title = Результати: { $edition }
bo-back-to-list = Усі випуски
bo-back-to-results = Усі пули цього випуску
bo-pools-heading = Пули
bo-pools-caption = Результати в кожному пулі за обома правилами
bo-col-pool = Пул
bo-col-budget = Сума
bo-col-ballots = Бюлетені
bo-col-greedy-spent = Міське правило
bo-col-mes-spent = Рівні частки
bo-col-differ = Проєкти, де вони різняться
bo-spent-cell = { $spent } ({ $n } проєкт.)
bo-turnout-heading = Явка
bo-turnout-total = Подано { $total } бюлетенів: { $online } онлайн і { $paper } паперових.
bo-turnout-caption = Бюлетені за районом виборця
bo-col-district = Район
bo-col-online = Онлайн
bo-col-paper = Паперові
bo-col-total = Разом
bo-district-unknown = Невідомо
bo-rules-heading = Як рахували
bo-rule-greedy = Міське правило
bo-rule-greedy-text = бали (3, 2 і 1 за місця в бюлетені) або голоси підсумовують для кожного проєкту; проєкти беруть від найбільшої кількості балів і пропускають той, що вже не вміщується в залишок коштів.
bo-rule-min-votes = Проєкт має отримати щонайменше { $min } голосів.
bo-rule-stop = Підрахунок зупиняється на першому проєкті, що не вміщується.
bo-rule-mes = Метод рівних часток
bo-rule-mes-text = кожен виборець отримує рівну частку пулу; проєкт купують, коли його прихильники можуть за нього заплатити, спершу той, що потребує найменшого внеску від прихильника; прихильники платять порівну, а ті, в кого лишилося менше, віддають усе, що мають. Бюлетень із місцями вважається підтримкою обраних проєктів.
bo-utility-cost = Користь від проєкту вимірюють його вартістю.
bo-utility-count = Кожен обраний проєкт важить однаково.
bo-completion-none = Частка кожного — це сума пулу, поділена на кількість виборців.
bo-completion-add1 = Потім частку кожного підвищують на 1 zł, доки результат вміщується в пул, і залишають останній результат, що вміщується.
bo-completion-add1-stop = Потім частку кожного підвищують на 1 zł, доки результат вміщується в пул, щонайдовше до результату, до якого вже нічого не можна додати.
bo-fill = Кошти, що залишилися, отримують наступні проєкти за балами, якщо вміщуються.
bo-tie-preferences = За рівних балів вище проєкт із більшою кількістю перших місць, потім других; наостанок вирішує номер проєкту.
bo-tie-project-id = За рівності вирішує номер проєкту (у текстовому порядку).
bo-tie-more-votes = За рівності вище проєкт із більшою кількістю голосів, потім вирішує номер проєкту.
bo-tie-lower-cost = За рівності вище дешевший проєкт, потім вирішує номер проєкту.
bo-official-greedy = Обов'язковим є результат за міським правилом; метод рівних часток показує, яким був би розподіл за ним.
bo-official-mes = Обов'язковим є результат за методом рівних часток; міське правило показано для порівняння.
bo-pool-title = Результати: { $pool }
bo-pool-budget = Сума пулу: { $budget }; бюлетені з голосом у цьому пулі: { $ballots }
bo-pool-spent = { $rule }: витрачено { $spent }, залишається { $left }, профінансовано проєктів: { $n }
bo-share = Частка кожного виборця в методі рівних часток: { $share } (підвищена на 1 zł { $raised } разів)
bo-download = Відкриті дані цього пулу:
bo-download-pb = формат pabulib (.pb)
bo-download-csv = CSV
bo-differ-heading = Де правила дають різний результат
bo-differ-none = Обидва правила фінансують ті самі проєкти.
bo-differ-greedy-only = профінансовано лише за міським правилом
bo-differ-mes-only = профінансовано лише за методом рівних часток
bo-projects-caption = Усі проєкти в порядку балів, із результатом за обома правилами
bo-col-rank = Місце
bo-col-project = Проєкт
bo-col-cost = Вартість
bo-col-votes = Голоси
bo-col-points = Бали
bo-funded = Профінансовано
bo-not-funded = Не профінансовано
bo-why-greedy-funded = Місце { $rank }: коли настала його черга, залишалося { $left }, а він коштує { $cost }.
bo-why-greedy-misfit = Місце { $rank }: коли настала його черга, залишалося лише { $left }, менше за його вартість { $cost }.
bo-why-greedy-min = Має { $votes } голосів, менше за потрібні { $min }.
bo-why-greedy-stop = Місце { $rank }: підрахунок зупинився на попередньому проєкті, що не вмістився.
bo-why-no-votes = Ніхто за нього не голосував.
bo-why-mes-bought = Куплено в раунді { $round }: { $full } прихильників заплатили по { $price }.
bo-why-mes-partial = { $partial } віддали все, що в них залишилося (менше).
bo-why-mes-none = { $none } вже не мали коштів.
bo-why-mes-free = Нічого не коштує, тож профінансований одразу.
bo-why-mes-ranout = У раунді { $round } його прихильникам залишилося разом лише { $money }, менше за його вартість { $cost }.
bo-why-mes-filled = Додано після методу рівних часток: залишалося { $left }, і проєкт вміщувався.
error-voting-not-open = Голосування ще не почалося. Бюлетень не збережено.
error-voting-closed = Голосування вже завершено. Бюлетень не збережено.
error-pesel-format = Введіть PESEL: 11 цифр.
error-pesel-checksum = У цьому номері PESEL неправильна контрольна цифра. Перевірте, чи немає помилки.
error-pesel-birth-date = З цього номера PESEL не випливає справжня дата народження. Перевірте цифри.
error-identity-missing = Введіть PESEL, а якщо його немає — дату народження, стать і номер документа, що посвідчує особу.
error-birth-date = Введіть справжню дату народження, наприклад 1990-04-12.
error-sex-required = Виберіть стать, як у документі.
error-document = Введіть номер документа: від 5 до 20 літер і цифр.
error-ballot-exactly = Виберіть рівно { $need } проєкти в цьому пулі, кожен на іншому місці.
error-ballot-too-few = Виберіть щонайменше { $min } проєкти в цьому пулі.
error-ballot-too-many = Виберіть щонайбільше { $max } проєктів у цьому пулі.
error-ballot-repeated = Той самий проєкт вибрано більше одного разу.
error-ballot-unknown = Вибраний проєкт не належить до цього пулу або не бере участі в голосуванні.
error-ballot-points = У цьому пулі можна розподілити щонайбільше { $max } балів.
error-ballot-points-one = Один проєкт може отримати щонайбільше { $max } балів.
error-ballot-over-budget = Вибрані проєкти разом коштують більше, ніж сума пулу.
error-already-voted-online = Ця особа вже голосувала в цьому випуску: онлайн, { $day }. Можна віддати лише один голос.
error-already-voted-paper = Ця особа вже голосувала в цьому випуску: паперовим бюлетенем у пункті № { $point }, { $day }. Можна віддати лише один голос.
error-point-required = Виберіть пункт для голосування, з якого походить бюлетень.
notice-ballot-cast = Ваш голос зараховано. Дякуємо!
notice-paper-ballot-entered = Паперовий бюлетень збережено.
bo-vote-link = Голосувати
bo-vote-title = Голосування: { $edition }
bo-vote-lead = Голосувати може кожен мешканець Кракова будь-якого віку, один раз у випуску — онлайн або паперовим бюлетенем у пункті для голосування.
bo-vote-not-open = Голосування в цьому випуску зараз не триває.
bo-vote-voted = Ви вже проголосували в цьому випуску. Код підтвердження: { $receipt }.
bo-vote-see-ballot = Переглянути свій голос
bo-vote-district = Район, у якому ви живете
bo-vote-district-show = Показати проєкти цього району
bo-vote-pool-ranked = { $pool }: виберіть { $n } проєкти й розставте їх за порядком
bo-vote-pool-approval = { $pool }: виберіть від { $min } до { $max } проєктів
bo-vote-pool-cost = { $pool }: виберіть проєкти, які разом коштують щонайбільше { $budget }
bo-vote-pool-points = { $pool }: розподіліть щонайбільше { $points } балів
bo-vote-rank = { $rank }-е місце ({ $points } бал.)
bo-vote-choose = — виберіть проєкт —
bo-vote-identity = Хто голосує
bo-vote-pesel = Номер PESEL
bo-vote-pesel-hint = Він гарантує, що кожен голосує один раз. Ми його не зберігаємо: залишається лише зашифрований відбиток, з якого номер не відновити.
bo-vote-no-pesel = Якщо у вас немає номера PESEL, залиште поле порожнім і вкажіть дату народження, стать і номер документа, що посвідчує особу.
bo-vote-birth = Дата народження
bo-vote-sex = Стать
bo-vote-sex-f = Жінка
bo-vote-sex-m = Чоловік
bo-vote-document = Номер документа, що посвідчує особу
bo-vote-submit = Віддати голос
bo-my-title = Ваш голос: { $edition }
bo-my-receipt = Код підтвердження:
bo-my-receipt-hint = Голос віддано { $day }. Збережіть код: він підтверджує, що ваш голос є в системі.
bo-my-points = { $points } бал.

## Проєкти: подання, перевірка, оскарження, каталог
bo-cat-green = Зелень і довкілля
bo-cat-transport = Транспорт і дороги
bo-cat-sport = Спорт і відпочинок
bo-cat-culture = Культура
bo-cat-education = Освіта
bo-cat-social = Соціальна допомога і літні люди
bo-cat-infrastructure = Громадський простір та інфраструктура
bo-cat-health = Здоров'я
bo-cat-none = Без категорії
bo-status-submitted = Подано, чекає на перевірку
bo-status-accepted = Допущено до голосування
bo-status-rejected = Відхилено
bo-status-appealed = Оскаржено, чекає на рішення
bo-status-withdrawn = Відкликано
bo-catalogue-title = Проєкти: { $edition }
bo-catalogue-link = Усі проєкти цього випуску
bo-catalogue-search = Пошук проєктів
bo-catalogue-q = Слова з назви, опису або адреси
bo-catalogue-pool = Фонд
bo-catalogue-all-pools = Усі фонди
bo-catalogue-all-categories = Усі категорії
bo-catalogue-max-cost = Вартість не більше (зл)
bo-catalogue-filter = Показати проєкти
bo-catalogue-count = Показано { $shown } з { $total ->
    [one] { $total } проєкту
   *[other] { $total } проєктів
}.
bo-submit-title = Запропонувати проєкт: { $edition }
bo-submit-lead = Кожен мешканець Кракова може пропонувати проєкти до загальноміського фонду або фонду району. Службовці перевіряють кожну пропозицію; рішення ви побачите на сторінці проєкту, а відмову можна один раз оскаржити.
bo-submit-closed = Пропозиції зараз не приймаються.
bo-submit-submit = Надіслати пропозицію
bo-field-title = Назва
bo-field-title-hint = Коротко і конкретно, не більше 150 символів.
bo-field-description = Опис
bo-field-description-hint = Що зробити, для кого і чому. Не більше 5000 символів.
bo-field-pool = Фонд
bo-field-choose = — виберіть —
bo-field-cost = Орієнтовна вартість (зл)
bo-field-cost-hint = Наприклад 250 000. Не більше, ніж має фонд.
bo-field-category = Категорія
bo-field-address = Місце
bo-field-address-hint = Адреса або місце, наприклад «ul. Królewska 1» чи «Park Jordana, біля ставу».
bo-field-author = Автор
bo-field-edition = Випуск
bo-field-status = Стан
bo-project-reason = Чому проєкт відхилено
bo-project-appeal = Оскарження автора
bo-project-appeal-reason = Рішення щодо оскарження
bo-appeal-title = Оскаржити рішення
bo-appeal-lead = Оскаржити можна один раз, до початку голосування. Службовець розгляне проєкт ще раз; це рішення остаточне.
bo-appeal-text = Чому рішення слід змінити
bo-appeal-submit = Надіслати оскарження
bo-decide-title = Перевірка
bo-decide-legend = Рішення
bo-decide-accept = Допустити до голосування
bo-decide-reject = Відхилити
bo-decide-reason = Причина відхилення
bo-decide-reason-hint = Обов'язкова при відхиленні. Автор її побачить.
bo-decide-submit = Зберегти рішення
bo-my-projects-title = Ваші проєкти
bo-my-projects-none = Ви ще не запропонували жодного проєкту.

## Адміністрування бюджету
bo-staff-title = Громадський бюджет: випуски
bo-staff-new = Новий випуск
bo-staff-create = Створити випуск
bo-staff-back = Назад до випусків
bo-staff-back-edition = Назад до випуску
bo-staff-rule = Правила голосування: { $rule }.
bo-staff-projects = Проєкти ({ $waiting ->
    [one] { $waiting } чекає
   *[other] { $waiting } чекають
} на рішення)
bo-staff-projects-caption = Проєкти цього випуску, спершу ті, що чекають на рішення
bo-staff-settings = Графік, підрахунок і фонди
bo-staff-save = Зберегти зміни
bo-staff-points = Пункти голосування
bo-staff-add-point = Додати пункт голосування
bo-point-number = Пункт № { $number }
bo-field-point-name = Назва й адреса нового пункту голосування
bo-field-edition-name = Назва випуску
bo-timetable = Графік
bo-timetable-hint = Дати за краківським часом. Етап починається на початку першого дня і закінчується наприкінці останнього; результати з'являються на початку свого дня.
bo-date-submission-opens = Пропозиції з
bo-date-submission-closes = Пропозиції до
bo-date-voting-opens = Голосування з
bo-date-voting-closes = Голосування до
bo-date-results = Результати
bo-field-ballot-rule = Правила голосування
bo-rule-krakow = Краківські: проєкти за порядком, 3, 2 і 1 бал
bo-rule-approval = Схвалення: кількість проєктів від найменшої до найбільшої
bo-rule-cumulative = Бали: кількість балів для розподілу
bo-rule-cost = Ліміт вартості: проєкти разом не дорожчі за фонд
bo-field-picks = Проєктів у фонді
bo-field-picks-hint = Краківські правила: рівно стільки; схвалення: не більше стількох.
bo-field-min-picks = Найменше проєктів у фонді
bo-field-min-picks-hint = Лише для схвалення.
bo-field-points = Балів для розподілу у фонді
bo-field-points-hint = Лише для балів.
bo-field-official = Яке правило вирішує
bo-field-utility = Метод рівних часток: користь від проєкту
bo-utility-cost-short = Його вартість
bo-utility-count-short = Однакова для кожного проєкту
bo-field-tie-break = Нічиї
bo-field-min-votes = Найменше голосів для перемоги проєкту (0: без порогу)
bo-field-pools = Суми фондів (зл)
bo-field-city-budget = Сума загальноміського фонду (зл)
bo-field-district-budget = Сума фонду кожного району (зл)
bo-field-money-hint = Залиште порожнім, якщо таких фондів немає. Суму кожного району можна змінити згодом.
bo-paper-link = Внести паперові бюлетені
bo-paper-title = Паперові бюлетені: { $edition }
bo-paper-lead = Виберіть пункт голосування і район виборця, потім перепишіть бюлетень і дані особи. Портал відмовить, якщо ця особа вже голосувала онлайн чи в будь-якому пункті.
bo-paper-point = Пункт голосування
bo-paper-district = Район виборця
bo-paper-show = Показати бюлетень
bo-paper-ballot = Бюлетень з пункту: { $point }
bo-paper-submit = Зберегти бюлетень

error-field-required = Заповніть це поле.
error-cost-invalid = Вкажіть суму в злотих, наприклад 250 000.
error-cost-over-pool = Вартість перевищує суму фонду: не більше { $max }.
error-submission-not-open = Пропозиції зараз не приймаються. Нічого не збережено.
error-reason-required = Вкажіть причину відхилення: автор її побачить.
error-already-decided = Щодо цього проєкту вже ухвалено рішення. Нічого не змінено.
error-appeal-not-allowed = Це рішення не можна оскаржити: оскарження можливе один раз, після відхилення і до початку голосування.
error-verification-closed = Голосування вже триває: проєкти більше не можна змінювати.
error-pools-required = Вкажіть суму загальноміського фонду, фондів районів або обох.
error-number-range = Введіть ціле число від { $min } до { $max }.

notice-project-submitted = Пропозицію надіслано. Її номер і стан нижче.
notice-project-accepted = Проєкт допущено до голосування.
notice-project-rejected = Проєкт відхилено; автор побачить причину.
notice-appeal-sent = Оскарження надіслано.
notice-edition-saved = Випуск збережено.
notice-simulation-imported = Файл імпортовано як випуск для симуляції.
notice-referendum-voted = Ваш голос зараховано. Дякуємо.
notice-referendum-saved = Референдум збережено.
error-pabulib-invalid = { $line ->
    [0] Не вдається прочитати файл у форматі pabulib.
   *[other] Не вдається прочитати файл у форматі pabulib: рядок { $line }.
}
error-referendum-not-open = Голосування в цьому референдумі ще не почалося. Голос не збережено.
error-referendum-closed = Голосування в цьому референдумі вже завершилося. Голос не збережено.
error-already-voted-referendum = Ця особа вже голосувала в цьому референдумі. Можна віддати лише один голос.
error-referendum-not-eligible = Цей референдум для мешканців інших районів. Вирішує район у вашому профілі.
error-options-required = Вкажіть від 2 до 10 відповідей, кожну в окремому рядку.
error-quorum-invalid = Вкажіть явку від 1 до 100 відсотків або залиште порожнім, якщо порогу немає.
bo-submit-link = Запропонувати проєкт
nav-staff-budget = Бюджет – обслуговування

## Районні референдуми
nav-referenda = Референдуми
nav-staff-referenda = Референдуми – обслуговування
ref-title = Референдуми в районах
ref-lead = Питання до мешканців району. Кожен мешканець районів, яких стосується питання, голосує один раз; голосування таємне, результати публікуються після його завершення.
ref-none = Референдумів немає.
ref-phase-not-open = Голосування з { $opens }
ref-phase-open = Голосування триває до { $closes }
ref-phase-closed = Голосування завершилося { $closes }
ref-for = Для мешканців: { $districts }
ref-quorum = Результат обов'язковий, якщо проголосує щонайменше { $quorum }% виборців ({ $n ->
    [one] { $votes } голос
    [few] { $votes } голоси
   *[other] { $votes } голосів
}).
ref-no-quorum = Результат обов'язковий незалежно від явки.
ref-turnout-heading = Явка
ref-turnout = Проголосували { $voters } з { $electorate } виборців ({ $percent }).
ref-votes = { $n ->
    [one] { $votes } голос
    [few] { $votes } голоси
   *[other] { $votes } голосів
}
ref-live-on = Явка оновлюється кожні 15 секунд.
ref-live-off = Явка не оновлюється.
ref-live-stop = Зупинити оновлення
ref-live-start = Оновлювати знову
ref-vote-heading = Ваш голос
ref-your-answer = Ваша відповідь
ref-yes = Так
ref-no = Ні
ref-vote-submit = Проголосувати
ref-sign-in = Увійдіть, щоб проголосувати. Право голосу визначає район у вашому профілі.
ref-voted = Ви вже проголосували в цьому референдумі. Дякуємо.
ref-results = Результати
ref-results-caption = Голоси за кожну відповідь
ref-answer = Відповідь
ref-votes-col = Голоси
ref-share = Частка
ref-voters-col = Виборці
ref-by-district = Результати за районами
ref-result-binding = Результат обов'язковий: перемогла відповідь «{ $answer }» з { $percent } голосів.
ref-result-no-quorum = Результат не обов'язковий: явка становила { $turnout }, нижче порогу { $quorum }%.
ref-result-tie = Результат не обов'язковий: найбільше голосів має більш ніж одна відповідь.
ref-back = Усі референдуми
ref-staff-title = Новий районний референдум
ref-staff-create = Створити референдум
ref-field-title = Назва
ref-field-question = Питання
ref-field-description = Пояснення для мешканців (необов'язково)
ref-field-kind = Вид питання
ref-kind-yes-no = Так чи ні
ref-kind-choice = Одна з кількох відповідей
ref-field-options = Відповіді
ref-field-options-hint = Лише для однієї з кількох відповідей: від 2 до 10, кожна в окремому рядку.
ref-field-districts = Райони, мешканці яких голосують
ref-field-opens-date = Голосування з (дата)
ref-field-opens-time = о (час, необов'язково)
ref-field-closes-date = Голосування до (дата)
ref-field-closes-time = о (час, необов'язково; 23:59, якщо порожньо)
ref-field-electorate = Кількість виборців
ref-field-electorate-hint = З реєстру мешканців: основа для явки.
ref-field-quorum = Поріг (% явки)
ref-field-quorum-hint = Залиште порожнім, якщо результат обов'язковий незалежно від явки.
bo-import-title = Імпорт файлу pabulib для симуляції
bo-import-lead = Файли у форматі pabulib (pabulib.org) стають випуском для симуляції: один фонд на файл, підрахований обома правилами. Файли одного голосування з тими самими номерами виборців дають один бюлетень на особу.
bo-import-files = Файли (.pb)
bo-import-files-hint = Один або кілька файлів, разом до 32 МБ.
bo-import-submit = Імпортувати

refusal-bad-request-title = Неправильний запит
refusal-bad-request-text = Форма надійшла неповною або в неправильному вигляді, тому нічого не збережено. Поверніться на попередню сторінку, оновіть її та спробуйте ще раз.
refusal-too-large-title = Завеликий запит
refusal-too-large-text = Надіслані дані більші, ніж приймає портал, тому нічого не збережено. Скоротіть текст або виберіть менший файл.
refusal-back = Головна сторінка
refusal-help = Допомога: Краківський контактний центр, 12 616 55 55.
dev-outbox-title = Вихідна пошта (лише для тестів)
dev-outbox-warning = Ця сторінка працює лише на цьому комп’ютері, у режимі розробки: вона показує пошту, яку не надіслано. У публічному порталі вона вимкнена.
dev-outbox-empty = Немає повідомлень.

mail-reset-subject = Встановіть новий пароль – Konto Obywatelskie Kraków
mail-reset-body = Добрий день, { $name }!

    Щоб встановити новий пароль до сервісу Konto Obywatelskie Kraków, відкрийте це посилання (воно діє { $minutes } хвилин і лише один раз):

    { $link }

    Якщо ви не просили змінити пароль, проігноруйте цей лист: ваш пароль не зміниться.
mail-password-changed-subject = Пароль змінено – Konto Obywatelskie Kraków
mail-password-changed-body = Добрий день, { $name }!

    Пароль вашого акаунта змінено, а всі пристрої вийшли з системи. Якщо це були не ви, зателефонуйте до Краківського контактного центру: 12 616 55 55.
mail-new-email-subject = Підтвердьте нову адресу e-mail – Konto Obywatelskie Kraków
mail-new-email-body = Добрий день, { $name }!

    Щоб використовувати цю адресу e-mail у сервісі Konto Obywatelskie Kraków, відкрийте це посилання (воно діє 24 години):

    { $link }

    Якщо це були не ви, проігноруйте цей лист: нічого не зміниться.
mail-email-change-asked-subject = Запит на зміну адреси e-mail – Konto Obywatelskie Kraków
mail-email-change-asked-body = Добрий день, { $name }!

    Надійшов запит змінити адресу e-mail вашого акаунта на { $email }. Зміна відбудеться лише після підтвердження з нової адреси. Якщо це були не ви, змініть пароль і зателефонуйте до Краківського контактного центру: 12 616 55 55.
mail-email-changed-subject = Адресу e-mail змінено – Konto Obywatelskie Kraków
mail-email-changed-body = Добрий день, { $name }!

    Адресу e-mail вашого акаунта змінено на { $email }. Це останній лист на цю адресу. Якщо це були не ви, зателефонуйте до Краківського контактного центру: 12 616 55 55.

error-link-expired = Термін дії цього посилання минув або його вже використано. Попросіть нове.
error-email-unchanged = Це поточна адреса e-mail акаунта. Введіть нову адресу.
notice-password-reset = Пароль змінено. Увійдіть із новим паролем.
notice-email-change-sent = Ми надіслали посилання на нову адресу e-mail. Адреса зміниться після його відкриття.
notice-email-changed = Адресу e-mail змінено.
notice-session-ended = Пристрій вийшов із системи.
notice-signed-out-everywhere = Ви вийшли з системи на всіх пристроях.
sign-in-forgot = Забули пароль? Встановіть новий
reset-title = Встановіть новий пароль
reset-lead = Введіть адресу e-mail акаунта. Ми надішлемо посилання для встановлення нового пароля.
reset-submit = Надіслати посилання
reset-sent-text = Якщо ця адреса має акаунт, ми надіслали на неї посилання для встановлення нового пароля. Посилання діє { $minutes } хвилин і лише один раз.
reset-sent-spam = Немає листа? Перевірте папку «Спам» або спробуйте ще раз:
reset-confirm-title = Виберіть новий пароль
reset-other-devices = Після зміни пароля всі пристрої вийдуть із системи.
email-title = Змінити адресу e-mail
email-lead = Ми надішлемо посилання на нову адресу. Адреса зміниться лише після його відкриття; на поточну адресу надійде повідомлення.
email-new = Нова адреса e-mail
email-submit = Надіслати посилання на нову адресу
email-confirm-title = Підтвердьте нову адресу e-mail
email-confirm-submit = Використовувати цю адресу
sessions-title = Пристрої та сеанси
sessions-lead = Пристрої, на яких ви увійшли в систему. Завершіть сеанси на тих, яких не впізнаєте, а потім змініть пароль.
sessions-caption = { $count ->
    [one] { $count } пристрій у системі
    [few] { $count } пристрої в системі
   *[other] { $count } пристроїв у системі
}
sessions-device = Пристрій
sessions-signed-in = Вхід
sessions-last-used = Востаннє використано
sessions-action = Дія
sessions-unknown-device = Невідомий пристрій
sessions-this-device = (цей пристрій)
sessions-end = Вийти: { $device }
sessions-end-this = Вийти на цьому пристрої
sessions-all-heading = Вийти всюди
sessions-all-text = Завершити всі сеанси, зокрема цей. Скористайтеся цим, якщо загубили телефон або забули вийти в установі.
sessions-all-submit = Вийти на всіх пристроях
error-being-counted = Результати саме підраховуються. Оновіть сторінку за хвилину.
bo-share-capped = Доповнення зупинено після { $runs } перерахунків (верхня межа); результат — останній, що вмістився в пул.

error-account-unknown = Немає акаунта з цією адресою e-mail. Перевірте адресу разом з особою.
error-identity-held-elsewhere = Ця особа вже прив’язана до іншого акаунта. Якщо особа перед вами показала документ, позначте «Перенести з іншого акаунта».
error-identity-needs-office = Без номера PESEL особу підтверджує працівник: прийдіть до пункту обслуговування з документом, що посвідчує особу.
error-identity-not-yours = Ці дані не можна використати на цьому акаунті. Кожен акаунт належить одній особі; якщо це ваші дані, прийдіть до пункту обслуговування з документом.
error-identity-not-verified = У референдумі голосують особи, чию особу та адресу підтвердив працівник. Прийдіть до пункту обслуговування з документом, що посвідчує особу.
notice-identity-verified = Особу підтверджено.
identity-title = Моя особа
identity-lead = Один акаунт належить одній особі. Тут видно, що портал знає про вашу особу і хто її підтвердив.
identity-level = Підтвердження
identity-level-none = Ще не вказано
identity-level-declared = Вказано вами (достатньо для громадського бюджету)
identity-level-verified = Підтверджено в установі (достатньо для референдумів у районі)
identity-number = Номер
identity-kind-pesel = PESEL, що закінчується на { $ends }
identity-kind-document = Документ, що закінчується на { $ends }
identity-verified-by = Хто підтвердив
identity-verified-text = { $clerk }, { $office }, { $at }
identity-addresses = Підтверджена адреса проживання
identity-address-line = Район { $district } від { $from }
identity-how-to-verify = Щоб голосувати в районних референдумах, прийдіть із документом, що посвідчує особу, до пункту обслуговування міської ради Кракова. Працівник підтвердить вашу особу та район проживання.
identity-staff-title = Підтвердження особи
identity-staff-lead = Заповніть після перегляду документа особи. Для осіб без номера PESEL вкажіть дату народження, стать і номер документа.
identity-staff-email = Адреса e-mail акаунта
identity-staff-office = Пункт обслуговування
identity-staff-office-choose = Виберіть пункт
identity-staff-district = Район проживання
identity-staff-since = Проживає в районі з
identity-staff-since-hint = Дата з реєстру мешканців або документа. Порожнє поле: від сьогодні.
identity-staff-take-over = Перенести з іншого акаунта (особа показала документ)
identity-staff-submit = Підтвердити особу
results-waiting = Ще { $count ->
    [one] { $count } відповідь чекає
    [few] { $count } відповіді чекають
   *[other] { $count } відповідей чекають
} на додавання до результатів: анонімні відповіді додаються партіями по { $batch } або після закриття опитування, щоб їх не можна було пов’язати з людьми.
