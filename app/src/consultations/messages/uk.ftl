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
