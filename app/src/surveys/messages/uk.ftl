## Surveys (uk)

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
survey-start-again = Почати опитування
survey-review-title = Перевірте відповіді
survey-review-lead = Перевірте свої відповіді перед надсиланням. Їх ще можна змінити.
survey-not-answered = Без відповіді
survey-change = Змінити
survey-submit = Надіслати відповіді
survey-thanks-title = Дякуємо за участь в опитуванні
survey-thanks-text = Ваші відповіді збережено.
survey-results-after = Результати опублікуємо після завершення опитування ({ $date }).
error-answer-invalid = Виберіть одну з поданих відповідей
error-other-required = Впишіть, що означає відповідь «Інше»
error-choices-too-few = Виберіть щонайменше { $min } відповідей
error-choices-too-many = Виберіть не більше { $max } відповідей
error-grid-incomplete = Оцініть кожен елемент
error-survey-not-open = Це опитування ще не почалося.
error-survey-closed = Це опитування вже завершено. Відповіді не збережено.
error-not-eligible = Це опитування призначене для мешканців інших районів.
error-code-invalid = Введіть код з підтвердження візиту (10 символів, наприклад ABCDE-FGHJK)
error-code-used = Цей код уже використано
error-already-answered = Ви вже відповіли на це опитування. Дякуємо!
error-page-invalid = Введіть номер сторінки від 1 до 50
error-options-count = Подайте від 2 до 30 відповідей, кожну в окремому рядку
error-items-count = Подайте від 1 до 30 елементів, кожен в окремому рядку
error-scale-invalid = Шкала має починатися з числа, меншого за кінець, і мати не більше 11 пунктів
error-condition-invalid = Виберіть запитання і значення, від яких залежить це запитання (номери відповідей або пункти шкали)
error-condition-forward = Запитання може залежати лише від запитань з попередніх сторінок
error-questions-locked = Опитування вже має відповіді: можна виправляти лише тексти
error-batch-size = Введіть кількість кодів від 1 до 2000
notice-survey-saved = Опитування збережено.
notice-question-saved = Запитання збережено.
notice-question-deleted = Запитання видалено.
notice-codes-created = Коди створено. Їх можна надрукувати.
notice-answer-hidden = Відповідь приховано в результатах.
notice-answer-shown = Відповідь знову видно в результатах.
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
results-waiting = Ще { $count ->
    [one] { $count } відповідь чекає
    [few] { $count } відповіді чекають
   *[other] { $count } відповідей чекають
} на додавання до результатів: анонімні відповіді додаються партіями по { $batch } або після закриття опитування, щоб їх не можна було пов’язати з людьми.
