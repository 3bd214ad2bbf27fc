## Shared page parts (pl)

site-description = Konto Obywatelskie Kraków: ankiety, budżet obywatelski, referenda dzielnicowe i inne sprawy miasta w jednym miejscu, z jednym kontem.
site-name = Konto Obywatelskie Kraków
nav-sign-in = Zaloguj się
nav-register = Załóż konto
loading = Wczytywanie…
button-working = Trwa wysyłanie…
back-to-account = Wróć do konta
field-district = Dzielnica
field-district-hint = Dzielnica, w której mieszkasz. Od niej zależą np. projekty dzielnicowe w budżecie obywatelskim.
field-district-choose = Wybierz dzielnicę
error-summary-title = Wystąpił problem
error-prefix = Błąd:
survey-no-draft = Nie znaleźliśmy rozpoczętej ankiety. Niedokończone odpowiedzi bez logowania są usuwane po 3 godzinach.
error-not-found = Nie znaleźliśmy tej strony.
error-being-counted = Wyniki są właśnie liczone. Odśwież stronę za chwilę.
