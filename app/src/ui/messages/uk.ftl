## Shared page parts (uk)

site-name = Громадянський акаунт Краків
nav-sign-in = Увійти
nav-register = Створити акаунт
loading = Завантаження…
button-working = Надсилання…
back-to-account = Повернутися до акаунта
field-district = Район
field-district-hint = Район, у якому ви живете. Від нього залежать, наприклад, районні проєкти громадського бюджету.
field-district-choose = Виберіть район
error-summary-title = Виникла проблема
error-prefix = Помилка:
survey-no-draft = Ми не знайшли розпочатого опитування. Незавершені відповіді без входу видаляються через 3 години.
error-not-found = Ми не знайшли цієї сторінки.
error-being-counted = Результати саме підраховуються. Оновіть сторінку за хвилину.
