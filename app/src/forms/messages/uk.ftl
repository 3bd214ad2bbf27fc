## Forms: problems and notices any service can have (uk)

error-email-required = Введіть адресу електронної пошти.
error-email-invalid = Введіть адресу електронної пошти у правильному форматі, наприклад name@example.com.
error-district-required = Виберіть район.
error-throttled = Забагато невдалих спроб. Спробуйте ще раз через { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
   *[many] { $minutes } хвилин
}.
error-confirm-required = Підтвердьте, що розумієте: акаунт не можна буде відновити.
error-choice-invalid = Виберіть один із запропонованих варіантів.
error-not-signed-in = Увійдіть, щоб побачити цю сторінку.
error-not-allowed = У вас немає доступу до цієї сторінки.
error-unexpected = Сталася помилка на нашому боці. Нічого не втрачено – спробуйте ще раз за хвилину.
error-answer-required = Дайте відповідь на це запитання
error-text-too-long = Текст може містити не більше { $max } символів
error-text-required = Введіть текст польською мовою
error-choice-limits = Найменша кількість виборів не може бути більшою за найбільшу чи за кількість відповідей
error-date-invalid = Введіть справжню дату, наприклад 2026-12-31
error-dates-order = Кінець має бути після початку
error-districts-required = Виберіть щонайменше один район
notice-draft-saved = Відповіді збережено. Опитування можна завершити пізніше.
error-field-required = Заповніть це поле.
error-reason-required = Вкажіть причину відхилення: автор її побачить.
error-number-range = Введіть ціле число від { $min } до { $max }.
