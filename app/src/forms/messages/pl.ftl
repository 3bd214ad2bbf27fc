## Forms: problems and notices any service can have (pl)

error-email-required = Wpisz adres e-mail.
error-email-invalid = Wpisz adres e-mail w poprawnym formacie, np. jan.kowalski@example.pl.
error-district-required = Wybierz dzielnicę.
error-throttled = Zbyt wiele nieudanych prób. Spróbuj ponownie za { $minutes ->
    [one] minutę
    [few] { $minutes } minuty
   *[many] { $minutes } minut
}.
error-confirm-required = Zaznacz, że rozumiesz skutki usunięcia konta.
error-choice-invalid = Wybierz jedną z podanych możliwości.
error-not-signed-in = Zaloguj się, aby zobaczyć tę stronę.
error-not-allowed = Nie masz uprawnień do tej strony.
error-unexpected = Coś poszło nie tak po naszej stronie. Nic nie zostało utracone – spróbuj ponownie za chwilę.
error-answer-required = Odpowiedz na to pytanie
error-text-too-long = Tekst może mieć najwyżej { $max } znaków
error-text-required = Wpisz tekst po polsku
error-choice-limits = Najmniejsza liczba wyborów nie może być większa od największej ani od liczby odpowiedzi
error-date-invalid = Wpisz prawdziwą datę, np. 2026-12-31
error-dates-order = Koniec musi być po początku
error-districts-required = Wybierz co najmniej jedną dzielnicę
notice-draft-saved = Odpowiedzi zapisane. Możesz dokończyć ankietę później.
error-field-required = Wypełnij to pole.
error-reason-required = Podaj powód odrzucenia: autor go zobaczy.
error-number-range = Podaj liczbę całkowitą od { $min } do { $max }.
