tax-title = Місцеві податки та збори
tax-lead = Податок на нерухомість, плата за вивезення відходів і податок на транспортні засоби: що і коли сплатити, що вже сплачено, і пеня, нарахована згідно з Податковим кодексом (Ordynacja podatkowa). Дані надходять із податкової системи міста Кракова.
nav-staff-taxes = Податки – обслуговування
tax-kind-property = Податок на нерухомість
tax-kind-vehicle = Податок на транспортні засоби
tax-kind-waste = Плата за вивезення побутових відходів
tax-status-paid = сплачено
tax-status-due = до сплати
tax-status-partly = сплачено частково
tax-status-overdue = прострочено
tax-channel-bank = банківський переказ
tax-channel-cash = каса управління
tax-channel-portal = оплата в порталі
tax-month = { $month }/{ $year }
tax-instalment = { $year }, внесок { $number } з { $of }
tax-one-sum = { $year }, одноразово
tax-state-overdue = Заборгованість із пенею: { $amount }
tax-state-next = Усе сплачено вчасно. Наступний внесок: { $amount } до { $due }
tax-state-paid = Усе сплачено.
tax-copy = Копіювати
tax-copy-selected = Виділено – скопіюйте клавішами Ctrl+C.
tax-copied = Скопійовано.
tax-col-instalment = Внесок
tax-col-due = Термін
tax-col-amount = Сума
tax-col-paid = Сплачено
tax-col-owed = До сплати
tax-col-interest = Пеня
tax-col-status = Стан
tax-col-pay = Сплатити
tax-pay-instalment = Сплатити { $amount }
tax-pay-instalment-label = Сплатити { $amount } за внесок { $what }
tax-older-caption = { $tax }: попередні роки
tax-older = Попередні роки, усе сплачено ({ $count ->
    [one] { $count } внесок
    [few] { $count } внески
   *[many] { $count } внесків
})
tax-interest-today = Пеня на сьогодні
tax-interest-on = Пеня на { $day }
tax-due-now = До сплати зараз
tax-due-on = До сплати в разі оплати { $day }
tax-next-due = Найближчий термін
tax-next-due-text = { $due }: { $amount }
tax-next-due-none = немає
tax-reminder = Нагадування: { $due } спливає термін сплати { $amount } (через { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[many] { $days } днів
}).
tax-pay-all = Сплатити все належне: { $amount }
tax-pending = Платіж { $amount }, розпочатий { $at }, чекає на підтвердження платіжного оператора.
tax-no-payments = Платежів немає.
tax-payments = Платежі та їх зарахування
tax-col-paid-on = Дата платежу
tax-col-channel = Спосіб
tax-col-applied = Зараховано на
tax-applied-surplus = переплата
tax-applied = { $tax }, { $what }: { $arrears } на заборгованість, { $interest } на пеню
tax-payer-heading = { $name } (платник { $id })
tax-overdue = Заборгованість (без пені)
tax-surplus = Переплата
tax-pesel = PESEL
tax-interest-note = Пеня нараховується за кожен день прострочення за ставкою, чинною того дня, і округлюється до повних злотих; до 26,10 зл (утричі більше за плату за рекомендований лист) її не стягують. Платіж, менший за заборгованість із пенею, ділиться між ними пропорційно.
tax-how-to-pay = Як сплатити переказом
tax-how-to-pay-text = Сплачуйте на свій індивідуальний рахунок із податкового рішення, з призначенням платежу нижче.
tax-account = Ваш індивідуальний номер рахунку
tax-title-label = Призначення платежу: { $tax } { $year }
tax-viewed-heading = Хто переглядав ваші податкові дані
tax-viewed-hint = Кожне відкриття ваших даних податковим службовцем записується.
tax-viewed-none = Ніхто з управління не переглядав ваших даних.
tax-viewed-item = { $name }, { $at }
tax-on-form = Пеня на обраний день
tax-on-label = Якщо я сплачу
tax-on-hint = Покажемо суму з пенею на цей день. Формат: РРРР-ММ-ДД.
error-tax-on = Вкажіть сьогоднішню або пізнішу дату (не далі ніж через 5 років) у форматі РРРР-ММ-ДД.
tax-on-submit = Перерахувати
tax-not-verified = Податкові дані видно після підтвердження вашої особи (номера PESEL) службовцем у пункті обслуговування мешканців.
tax-identity-link = Ваша особа
tax-no-taxpayer = Вашу особу підтверджено, але в податковій системі міста немає платника з вашим PESEL. Якщо ви сплачуєте місцеві податки в Кракові, зверніться до Відділу податків і зборів.
tax-reminders-heading = Нагадування
tax-reminders-label = Нагадувати мені електронною поштою і в порталі за { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[many] { $days } днів
} до кожного терміну сплати
tax-reminders-save = Зберегти
tax-file-taxpayers = платники
tax-file-liabilities = зобов'язання
tax-file-waste = декларації щодо відходів
tax-file-payments = платежі
tax-desk-title = Місцеві податки – обслуговування
tax-import-heading = Імпорт із податкової системи
tax-import-lead = Файл CSV одного з чотирьох видів (платники, зобов'язання, декларації щодо відходів, платежі; формат у README). Перевіряється кожен рядок: файл приймається повністю або ніяк, а той самий файл удруге нічого не змінює.
tax-import-file = Файл CSV
tax-import-file-hint = Вид файлу визначається за рядком заголовка.
tax-import-submit = Імпортувати
tax-find-heading = Знайти платника
tax-find-label = Ідентифікатор платника або PESEL
tax-find-submit = Шукати
tax-find-none = Платника не знайдено.
tax-imports-heading = Останні імпорти
tax-imports-none = Ще нічого не імпортовано.
tax-col-when = Коли
tax-col-file = Файл
tax-col-lines = Рядки
tax-col-changed = Змінено
tax-col-by = Хто
tax-by-feed = податкова система (автоматично)
tax-staff-payer-title = Платник { $id }
tax-staff-logged = Цей перегляд записано; платник бачить, хто і коли переглядав його дані.
tax-line-header = заголовок не відповідає жодному з чотирьох видів файлу
tax-line-unreadable = рядок не вдається прочитати (UTF-8, CSV)
tax-line-fields = інша кількість полів, ніж у заголовку
tax-line-too-many = у файлі забагато рядків
tax-line-id = неправильний ідентифікатор
tax-line-duplicate = цей ідентифікатор повторюється у файлі
tax-line-name = немає імені платника або воно задовге
tax-line-pesel = неправильний PESEL
tax-line-account = неправильний номер рахунку (NRB)
tax-line-kind = невідомий вид податку
tax-line-year = неправильний рік
tax-line-amount = неправильна сума
tax-line-date = неправильна дата (РРРР-ММ-ДД)
tax-line-month = неправильний місяць
tax-line-residents = неправильна кількість мешканців
tax-line-yes-no = очікувалося «tak» або «nie»
tax-line-channel = невідомий спосіб оплати
tax-line-unknown-taxpayer = невідомий платник (спершу імпортуйте платників)
tax-line-unknown-liability = зобов'язання не належить цьому платникові
error-tax-import-refused = Файл не імпортовано – проблем: { $total }. Нічого не змінено; виправте файл і надішліть знову.
error-tax-import-line = Рядок { $line }: { $problem }
error-tax-nothing-to-pay = Немає нічого до сплати.
error-tax-interest-unknown = Тут є заборгованість до 5 жовтня 2023 р., а пеню за такі давні дні портал ще не розраховує. Суму до сплати повідомить Відділ податків і зборів (тел. 12 616 55 55).
error-tax-payment-unavailable = Платіжний оператор зараз недоступний; нічого не списано. Спробуйте пізніше або сплатіть переказом.
notice-tax-imported = Імпортовано рядків: { $lines }; змінено: { $changed }.
notice-tax-reminders-on = Нагадування увімкнено.
notice-tax-reminders-off = Нагадування вимкнено.
mail-tax-reminder-subject = Термін сплати { $due } – Konto Obywatelskie Kraków
mail-tax-reminder-body = Добрий день, { $name }!

    { $due } спливає термін сплати { $amount } ({ $what }).

    Подробиці, номер рахунку і призначення платежу: { $link }

    Нагадування можна вимкнути на тій самій сторінці.
