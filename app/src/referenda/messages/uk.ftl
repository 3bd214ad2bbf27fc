## District referenda (uk)

notice-referendum-voted = Ваш голос зараховано. Дякуємо.
notice-referendum-saved = Референдум збережено.
error-referendum-not-open = Голосування в цьому референдумі ще не почалося. Голос не збережено.
error-referendum-closed = Голосування в цьому референдумі вже завершилося. Голос не збережено.
error-already-voted-referendum = Ця особа вже голосувала в цьому референдумі. Можна віддати лише один голос.
error-referendum-not-eligible = Цей референдум для мешканців інших районів. Вирішує район у вашому профілі.
error-options-required = Вкажіть від 2 до 10 відповідей, кожну в окремому рядку.
error-quorum-invalid = Вкажіть явку від 1 до 100 відсотків або залиште порожнім, якщо порогу немає.
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
