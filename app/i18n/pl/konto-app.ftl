site-name = Konto Obywatelskie Kraków
skip-to-content = Przejdź do treści
language-switcher-label = Język strony
nav-label = Menu główne
nav-home = Strona główna
nav-account = Moje konto
nav-staff = Biuro obsługi
nav-users = Użytkownicy
nav-sign-in = Zaloguj się
nav-register = Załóż konto
nav-sign-out = Wyloguj się
nav-settings = Ustawienia wyświetlania
footer-nav-label = Informacje o serwisie
footer-accessibility = Deklaracja dostępności
footer-contact = Krakowskie Centrum Kontaktu: 12 616 55 55, w dni robocze 7:40–15:30.
footer-owner = Serwis Gminy Miejskiej Kraków.
loading = Wczytywanie…
save = Zapisz
button-working = Trwa wysyłanie…
back-to-account = Wróć do konta

home-title = Jedno konto do spraw w Krakowie
home-lead = Ankiety, konsultacje, budżet obywatelski, bilety, podatki lokalne, Karta Krakowska i zgłoszenia do miasta – w jednym miejscu, z jednym profilem.
home-welcome-back = Witaj ponownie, { $name }.
home-services-heading = Usługi
service-available = Dostępne teraz
service-coming = Wkrótce
service-account = Konto mieszkańca
service-account-text = Jeden profil zamiast wielu: dane, język, ustawienia wyświetlania i pobranie wszystkich swoich danych.
service-surveys = Ankiety
service-surveys-text = Ankiety satysfakcji po wizycie w urzędzie i cykliczne badania społeczne miasta.
service-consultations = Konsultacje społeczne
service-consultations-text = Udział w konsultacjach, spotkaniach i warsztatach oraz raporty końcowe.
service-budget = Budżet obywatelski i referenda dzielnicowe
service-budget-text = Głosowanie na projekty miejskie i dzielnicowe oraz wyniki z pełnym opisem metody liczenia.
service-tickets = Bilety komunikacji miejskiej
service-tickets-text = Bilety krótkookresowe i okresowe KMK, także w cenie dla mieszkańców.
service-taxes = Podatki i opłaty lokalne
service-taxes-text = Podatek od nieruchomości, opłata za odpady, terminy rat i odsetki.
service-card = Karta Krakowska
service-card-text = Karta mieszkańca: zniżki na bilety, kulturę, sport i u partnerów programu.
service-reports = Zgłoszenia do miasta
service-reports-text = Zgłaszanie usterek i problemów w przestrzeni miasta oraz śledzenie ich załatwienia.

register-title = Załóż konto
register-lead = Konto pozwala brać udział w sprawach miasta i załatwiać je online. Wszystkie pola są wymagane. Na podany adres wyślemy odnośnik potwierdzający.
register-submit = Załóż konto
register-have-account = Masz już konto?
sign-in-title = Zaloguj się
sign-in-submit = Zaloguj się
sign-in-no-account = Nie masz konta?

field-name = Imię i nazwisko
field-name-hint = Tak będziemy się do Ciebie zwracać.
field-email = Adres e-mail
field-email-hint = Na ten adres wyślemy potwierdzenia. Służy też do logowania.
field-password = Hasło
field-current-password = Obecne hasło
field-new-password = Nowe hasło
field-new-password-hint = Co najmniej { $min } znaków. Najłatwiej zapamiętać kilka słów oddzielonych spacjami.
field-district = Dzielnica
field-district-hint = Dzielnica, w której mieszkasz. Od niej zależą np. projekty dzielnicowe w budżecie obywatelskim.
field-district-choose = Wybierz dzielnicę

error-summary-title = Wystąpił problem
error-prefix = Błąd:
error-email-required = Wpisz adres e-mail.
error-email-invalid = Wpisz adres e-mail w poprawnym formacie, np. jan.kowalski@example.pl.
error-email-taken = Na ten adres e-mail jest już założone konto. Zaloguj się albo użyj innego adresu.
error-password-required = Wpisz hasło.
error-password-too-short = Hasło musi mieć co najmniej { $min } znaków.
error-password-too-long = Hasło może mieć najwyżej { $max } znaków.
error-password-is-email = Hasło nie może być Twoim adresem e-mail.
error-passwords-differ = Hasła nie są takie same.
error-name-required = Wpisz imię i nazwisko.
error-name-too-long = Imię i nazwisko może mieć najwyżej 100 znaków.
error-name-invalid = Imię i nazwisko nie może zawierać znaków < ani > ani znaków sterujących.
error-district-required = Wybierz dzielnicę.
error-bad-credentials = Adres e-mail lub hasło są nieprawidłowe.
error-throttled = Zbyt wiele nieudanych prób. Spróbuj ponownie za { $minutes ->
    [one] minutę
    [few] { $minutes } minuty
   *[many] { $minutes } minut
}.
error-current-password-wrong = Hasło jest nieprawidłowe.
error-confirm-required = Zaznacz, że rozumiesz skutki usunięcia konta.
error-choice-invalid = Wybierz jedną z podanych możliwości.
error-not-signed-in = Zaloguj się, aby zobaczyć tę stronę.
error-not-allowed = Nie masz uprawnień do tej strony.
error-own-role = Nie możesz zmienić własnej roli. Poproś o to innego administratora.
error-unexpected = Coś poszło nie tak po naszej stronie. Nic nie zostało utracone – spróbuj ponownie za chwilę.

notice-registered = Konto zostało założone. Jesteś zalogowany.
notice-signed-in = Zalogowano.
notice-signed-out = Wylogowano. Do zobaczenia!
notice-password-changed = Hasło zostało zmienione. Na innych urządzeniach trzeba zalogować się ponownie.
notice-profile-saved = Dane zostały zapisane.
notice-display-saved = Ustawienia wyświetlania zostały zapisane.
notice-language-saved = Język został zmieniony.
notice-account-deleted = Konto zostało usunięte wraz z Twoimi danymi.
notice-role-changed = Rola została zmieniona.

account-title = Moje konto
account-profile-heading = Twoje dane
account-role = Rola
account-manage-heading = Zarządzaj kontem
account-export = Pobierz wszystkie moje dane (JSON)
account-export-hint = Plik zawiera dane konta, ustawienia i historię aktywności.
role-resident = Mieszkaniec
role-clerk = Urzędnik
role-admin = Administrator
profile-title = Zmień swoje dane
password-title = Zmień hasło
password-submit = Zmień hasło
password-other-devices = Po zmianie hasła zostaniesz wylogowany na innych urządzeniach.
delete-title = Usuń konto
delete-warning = Usunięcie konta jest nieodwracalne. Usuniemy Twoje dane i wylogujemy Cię ze wszystkich urządzeń.
delete-export-first = Przed usunięciem możesz pobrać kopię swoich danych:
delete-confirm = Rozumiem, że konta nie da się przywrócić.
delete-submit = Usuń konto na zawsze

settings-title = Ustawienia wyświetlania
settings-lead = Dostosuj wygląd serwisu. Jasny lub ciemny motyw i ograniczenie animacji są pobierane z ustawień Twojego urządzenia.
settings-contrast = Kontrast
settings-contrast-standard = Standardowy
settings-contrast-high = Wysoki kontrast
settings-text-size = Wielkość tekstu
settings-text-standard = Standardowa
settings-text-large = Powiększona
settings-where-stored = Ustawienia zapamiętujemy w Twoim koncie, a gdy nie jesteś zalogowany – w pliku cookie w tej przeglądarce.

staff-title = Biuro obsługi
staff-residents-total = Zarejestrowani mieszkańcy: { $count }.
staff-per-district = Mieszkańcy według dzielnic
staff-residents = Mieszkańcy
users-title = Użytkownicy
users-audit-note = Ta lista zawiera dane osobowe. Każde jej wyświetlenie jest zapisywane w dzienniku zdarzeń.
users-caption = Wszyscy użytkownicy ({ $count })
users-role-for = Rola użytkownika
users-change-role = Zmień rolę
pagination-label = Strony listy
pagination-previous = Poprzednia strona
pagination-next = Następna strona
pagination-status = Strona { $page } z { $pages }

not-found-title = Nie znaleziono strony
not-found-text = Jeśli adres został wpisany ręcznie, sprawdź, czy jest poprawny. Jeśli strona była wklejona lub kliknięta, mogła zostać przeniesiona.
not-found-home = Przejdź do strony głównej

a11y-title = Deklaracja dostępności
a11y-intro = Gmina Miejska Kraków zobowiązuje się zapewnić dostępność serwisu Konto Obywatelskie zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.
a11y-published = Data publikacji serwisu
a11y-updated = Data ostatniej istotnej aktualizacji
a11y-status-heading = Stan dostępności cyfrowej
a11y-status = Serwis jest częściowo zgodny z ustawą o dostępności cyfrowej z powodu niezgodności lub wyłączeń wymienionych poniżej.
a11y-inaccessible-heading = Treści niedostępne
a11y-inaccessible-pjm = Brak nagrania w polskim języku migowym (PJM) z informacją o działalności serwisu – w przygotowaniu.
a11y-inaccessible-etr = Brak tekstu łatwego do czytania (ETR) z informacją o serwisie – w przygotowaniu.
a11y-assessment-heading = Przygotowanie deklaracji
a11y-assessment = Deklarację sporządzono 23 listopada 2026 r. na podstawie samooceny: każda strona serwisu jest przy każdej zmianie sprawdzana automatycznie narzędziem axe-core (WCAG 2.0, 2.1 i 2.2 na poziomie A i AA) we wszystkich trzech językach, w zwykłym i wysokim kontraście oraz na ekranie o szerokości 320 pikseli, a także testami obsługi z klawiatury i bez JavaScriptu.
a11y-features-heading = Ułatwienia w serwisie
a11y-feature-keyboard = Całą stronę można obsłużyć klawiaturą; na początku strony jest odnośnik „Przejdź do treści”.
a11y-feature-display = Wysoki kontrast i powiększony tekst można włączyć w ustawieniach wyświetlania:
a11y-feature-languages = Serwis jest dostępny po polsku, angielsku i ukraińsku.
a11y-feature-nojs = Wszystkie formularze działają także bez JavaScriptu.
a11y-contact-heading = Informacje zwrotne i dane kontaktowe
a11y-contact = W sprawach dostępności serwisu można kontaktować się z Krakowskim Centrum Kontaktu pod numerem 12 616 55 55 (w dni robocze 7:40–15:30). Tą samą drogą można zgłosić brak dostępności i poprosić o informacje niedostępne w serwisie.
a11y-procedure-heading = Procedura wnioskowo-skargowa
a11y-procedure = Każdy ma prawo zażądać zapewnienia dostępności cyfrowej strony lub jej elementu albo udostępnienia treści w innej formie. Żądanie powinno zawierać dane kontaktowe, wskazanie strony lub elementu oraz sposób kontaktu. Odpowiadamy niezwłocznie, nie później niż w ciągu 7 dni; jeśli nie będzie to możliwe, poinformujemy o terminie, nie dłuższym niż 2 miesiące.
a11y-complaint = Jeśli odmówimy, można złożyć skargę na brak zapewnienia dostępności cyfrowej. Po wyczerpaniu tej procedury można złożyć wniosek do Rzecznika Praw Obywatelskich.
a11y-architecture-heading = Dostępność architektoniczna
a11y-architecture = Terminale samoobsługowe serwisu stoją w punktach obsługi mieszkańców Urzędu Miasta Krakowa; pracownicy punktów pomagają w korzystaniu z nich.

check-email-title = Sprawdź swoją pocztę
check-email-text = Wysłaliśmy wiadomość na podany adres e-mail. Otwórz znajdujący się w niej odnośnik, aby dokończyć zakładanie konta. Odnośnik działa przez { $hours } godziny.
check-email-spam = Jeśli wiadomość nie dotrze w ciągu kilku minut, sprawdź folder ze spamem albo zarejestruj się ponownie:
confirm-title = Dokończ zakładanie konta
confirm-text = Potwierdź, że chcesz założyć konto. Po potwierdzeniu zostaniesz zalogowany.
confirm-submit = Załóż moje konto
error-link-invalid = Ten odnośnik wygasł albo został już użyty. Zarejestruj się ponownie.
mail-confirm-subject = Potwierdź założenie konta – Konto Obywatelskie Kraków
mail-confirm-body = Dzień dobry, { $name }!

    Aby dokończyć zakładanie konta w serwisie Konto Obywatelskie Kraków, otwórz ten odnośnik (działa przez 24 godziny):

    { $link }

    Jeśli to nie Ty zakładasz konto, zignoruj tę wiadomość – bez potwierdzenia konto nie powstanie.
mail-exists-subject = Próba założenia konta – Konto Obywatelskie Kraków
mail-exists-body = Dzień dobry!

    Ktoś (być może Ty) próbował założyć konto w serwisie Konto Obywatelskie Kraków na ten adres e-mail. Masz już konto z tym adresem – możesz się zalogować:

    { $link }

    Jeśli to nie Ty, zignoruj tę wiadomość. Twoje konto nie zostało zmienione.

## Surveys
nav-surveys = Ankiety
nav-staff-surveys = Ankiety – obsługa
surveys-title = Ankiety
surveys-lead = Twoja opinia pomaga miastu lepiej działać. Tu znajdziesz ankiety, w których możesz wziąć udział, i wyniki ankiet zakończonych.
surveys-filter-district = Pokaż ankiety dla dzielnicy
surveys-filter-all = Wszystkie dzielnice
surveys-filter-apply = Pokaż
surveys-open-heading = Trwające ankiety
surveys-results-heading = Wyniki zakończonych ankiet
surveys-none-open = Teraz nie trwa żadna ankieta.
surveys-none-results = Nie ma jeszcze opublikowanych wyników.
survey-closes = Można odpowiadać do { $date }
survey-responses = { $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
survey-length = { $questions ->
    [one] { $questions } pytanie
    [few] { $questions } pytania
   *[other] { $questions } pytań
}, około { $minutes } min
survey-dates = Od { $opens } do { $closes } (czas krakowski)
survey-anonymous = Ankieta anonimowa: odpowiedzi nie są łączone z kontem, kodem ani adresem, a zapisujemy tylko dzień ich wysłania.
survey-not-anonymous = Ankieta imienna: odpowiedzi są zapisywane razem z Twoim kontem.
survey-audience-anyone = Może odpowiedzieć każdy.
survey-audience-signed-in = Dla zalogowanych mieszkańców.
survey-audience-districts = Dla mieszkańców dzielnic: { $districts }.
survey-audience-codes = Dla osób z jednorazowym kodem z potwierdzenia wizyty w urzędzie.
survey-draft-tag = Rozpoczęta – możesz dokończyć
survey-answered-tag = Już odpowiedziałeś
survey-start = Rozpocznij ankietę
survey-continue = Kontynuuj ankietę
survey-code = Kod z potwierdzenia wizyty
survey-code-hint = 10 znaków, np. ABCDE-FGHJK. Kod znajdziesz pod kodem QR.
survey-sign-in-needed = Aby wziąć udział w tej ankiecie, zaloguj się.
survey-see-results = Zobacz wyniki
survey-edit = Edytuj ankietę
survey-back-to-list = Wróć do listy ankiet
survey-optional = (nieobowiązkowe)
survey-other = Inne
survey-other-specify = Jakie? Wpisz
survey-choose-between = Wybierz od { $min } do { $max } odpowiedzi.
survey-choose-up-to = Wybierz najwyżej { $max } odpowiedzi.
survey-choose-at-least = Wybierz co najmniej { $min } odpowiedzi.
survey-choose-any = Możesz wybrać kilka odpowiedzi.
survey-text-limit = Najwyżej { $max } znaków.
survey-progress = Strona { $page } z { $pages }
survey-next = Dalej
survey-back = Wstecz
survey-save-later = Zapisz i dokończ później
survey-no-draft = Nie znaleźliśmy rozpoczętej ankiety. Niedokończone odpowiedzi bez logowania są usuwane po 3 godzinach.
survey-start-again = Rozpocznij ankietę
survey-review-title = Sprawdź odpowiedzi
survey-review-lead = Sprawdź swoje odpowiedzi przed wysłaniem. Możesz je jeszcze zmienić.
survey-not-answered = Bez odpowiedzi
survey-change = Zmień
survey-submit = Wyślij odpowiedzi
survey-thanks-title = Dziękujemy za udział w ankiecie
survey-thanks-text = Twoje odpowiedzi zostały zapisane.
survey-results-after = Wyniki opublikujemy po zakończeniu ankiety ({ $date }).
error-answer-required = Odpowiedz na to pytanie
error-answer-invalid = Wybierz jedną z podanych odpowiedzi
error-other-required = Wpisz, co oznacza odpowiedź „Inne”
error-choices-too-few = Wybierz co najmniej { $min } odpowiedzi
error-choices-too-many = Wybierz najwyżej { $max } odpowiedzi
error-text-too-long = Tekst może mieć najwyżej { $max } znaków
error-grid-incomplete = Oceń każdy element
error-survey-not-open = Ta ankieta jeszcze się nie rozpoczęła.
error-survey-closed = Ta ankieta jest już zakończona. Odpowiedzi nie zostały zapisane.
error-not-eligible = Ta ankieta jest przeznaczona dla mieszkańców innych dzielnic.
error-code-invalid = Wpisz kod z potwierdzenia wizyty (10 znaków, np. ABCDE-FGHJK)
error-code-used = Ten kod został już wykorzystany
error-already-answered = Już odpowiedziałeś na tę ankietę. Dziękujemy!
error-not-found = Nie znaleźliśmy tej strony.
error-text-required = Wpisz tekst po polsku
error-page-invalid = Wpisz numer strony od 1 do 50
error-options-count = Podaj od 2 do 30 odpowiedzi, każdą w osobnym wierszu
error-choice-limits = Najmniejsza liczba wyborów nie może być większa od największej ani od liczby odpowiedzi
error-items-count = Podaj od 1 do 30 elementów, każdy w osobnym wierszu
error-scale-invalid = Skala musi zaczynać się od liczby mniejszej niż koniec i mieć najwyżej 11 punktów
error-condition-invalid = Wybierz pytanie i wartości, od których zależy to pytanie (numery odpowiedzi lub punkty skali)
error-condition-forward = Pytanie może zależeć tylko od pytań z wcześniejszych stron
error-questions-locked = Ankieta ma już odpowiedzi: można poprawiać tylko teksty
error-date-invalid = Wpisz prawdziwą datę, np. 2026-12-31
error-dates-order = Koniec musi być po początku
error-districts-required = Wybierz co najmniej jedną dzielnicę
error-batch-size = Wpisz liczbę kodów od 1 do 2000
notice-survey-saved = Ankieta zapisana.
notice-question-saved = Pytanie zapisane.
notice-question-deleted = Pytanie usunięte.
notice-codes-created = Kody utworzone. Możesz je wydrukować.
notice-answer-hidden = Odpowiedź ukryta w wynikach.
notice-answer-shown = Odpowiedź znów widoczna w wynikach.
notice-draft-saved = Odpowiedzi zapisane. Możesz dokończyć ankietę później.
results-title = Wyniki ankiety
results-total = { $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
results-download = Pobierz dane:
results-csv = CSV (jedna odpowiedź w wierszu)
results-json = JSON
results-answered = Odpowiedzi na to pytanie: { $count }
results-mean-median = Średnia { $mean }, mediana { $median }
results-nps = Wskaźnik NPS: { $score }
results-nps-parts = (polecający: { $promoters }, neutralni: { $passives }, krytycy: { $detractors })
results-table-caption = Odpowiedzi w liczbach: { $question }
results-answer = Odpowiedź
results-count = Liczba
results-percent = Odsetek
results-item = Element
results-mean = Średnia
results-median = Mediana
results-chart-summary = Wykres słupkowy. Najczęstsza odpowiedź: { $answer }, { $percent } %. Dokładne liczby są w tabeli obok.
results-no-answers = Nikt jeszcze nie odpowiedział na to pytanie.
results-texts = Odpowiedzi tekstowe: { $shown } z { $total }
results-hidden = Ukryte przez urząd (np. dane osobowe): { $count }
results-hide = Ukryj tę odpowiedź
results-breakdowns = Wyniki według grup
results-suppression-note = Grup, w których jest mniej niż { $min } odpowiedzi, nie pokazujemy, aby nikogo nie dało się rozpoznać.
results-by-district = Według dzielnicy
results-by-question = Według odpowiedzi na pytanie: { $question }
results-group = Grupa
results-responses = Odpowiedzi
results-col-mean = Średnia: { $question }
results-col-nps = NPS: { $question }
results-suppressed = mniej niż { $min }
kind-single = Jednokrotny wybór
kind-multi = Wielokrotny wybór
kind-scale = Skala ocen
kind-nps = Polecenie 0–10 (NPS)
kind-short = Krótki tekst
kind-long = Długi tekst
kind-grid = Siatka ocen
phase-not-open = Przed rozpoczęciem
phase-open = Trwa
phase-closed = Zakończona
builder-title = Ankiety – tworzenie i wyniki
builder-all-surveys = Wszystkie ankiety
builder-survey = Ankieta
builder-phase = Stan
builder-closes = Koniec
builder-actions = Działania
builder-results = Wyniki
builder-new = Nowa ankieta
builder-title-field = Tytuł
builder-title-hint = Po polsku. Tłumaczenia, daty i pytania dodasz w następnym kroku.
builder-create = Utwórz ankietę
builder-edit-title = Edycja ankiety
builder-preview = Podgląd
builder-public-page = Strona ankiety
builder-settings = Ustawienia
builder-intro = Wstęp
builder-in-polish = Po polsku
builder-in-english = Po angielsku (nieobowiązkowo)
builder-in-ukrainian = Po ukraińsku (nieobowiązkowo)
builder-opens-date = Początek – data
builder-opens-time = Początek – godzina
builder-closes-date = Koniec – data
builder-closes-time = Koniec – godzina
builder-time-hint = Czas krakowski. Bez godziny ankieta zaczyna się o 00:00 i kończy o 23:59.
builder-audience = Kto może odpowiedzieć
builder-audience-districts = Zalogowani mieszkańcy wybranych dzielnic
builder-districts = Dzielnice (gdy ankieta jest dla wybranych dzielnic)
builder-anonymous = Ankieta anonimowa
builder-anonymous-hint = Odpowiedzi bez konta, kodu, adresu i godziny. Nie można tego zmienić po pierwszej odpowiedzi.
builder-public-results = Publikuj wyniki po zakończeniu
builder-save = Zapisz ustawienia
builder-questions = Pytania ({ $count })
builder-locked = Ankieta ma już odpowiedzi, więc pytania są zablokowane. Możesz poprawiać tylko teksty.
builder-question-meta = Strona { $page } · { $kind }
builder-shown-if = pokazywane, gdy { $question } = { $values }
builder-edit-question = Edytuj
builder-move-up = W górę
builder-move-down = W dół
builder-delete = Usuń
builder-add-question = Dodaj pytanie
builder-add-kind = Dodaj: { $kind }
builder-codes = Jednorazowe kody
builder-codes-lead = Każdy kod pozwala wypełnić ankietę raz. Wydrukuj je z kodami QR na potwierdzeniach wizyt.
builder-codes-count = Liczba kodów
builder-codes-count-hint = Od 1 do { $max }.
builder-codes-create = Utwórz kody
builder-batch = Partia z { $created }: { $size } kodów, wykorzystane: { $used }
builder-new-question = Nowe pytanie: { $kind }
builder-edit-question-title = Edycja pytania { $key }
builder-question-text = Treść pytania
builder-help = Podpowiedź (nieobowiązkowo)
builder-page = Strona
builder-page-hint = Numer strony ankiety, na której jest pytanie.
builder-required = Odpowiedź wymagana
builder-options = Odpowiedzi do wyboru
builder-options-hint = Każda w osobnym wierszu; wiersze tłumaczeń w tej samej kolejności.
builder-other = Dodaj odpowiedź „Inne (jakie?)”
builder-min-choices = Najmniej wyborów
builder-max-choices = Najwięcej wyborów
builder-max-choices-hint = 0 = bez ograniczenia.
builder-items = Oceniane elementy
builder-scale-min = Początek skali
builder-scale-max = Koniec skali
builder-low-label = Opis najniższej oceny
builder-high-label = Opis najwyższej oceny
builder-max-len = Najwięcej znaków
builder-max-len-hint = 0 = domyślnie (krótki tekst 200, długi 2000).
builder-show-if = Pokaż tylko, gdy odpowiedziano na pytanie
builder-show-if-hint = Tylko pytania z wcześniejszych stron.
builder-always = Pokazuj zawsze
builder-show-if-values = … jedną z wartości
builder-show-if-values-hint = Numery odpowiedzi (1, 2, … lub other) albo punkty skali, oddzielone przecinkami.
builder-save-question = Zapisz pytanie
builder-cancel = Anuluj
builder-back-to-survey = Wróć do ankiety
codes-title = Kody do ankiety
codes-lead = Partia: { $size } kodów, wykorzystane: { $used }, do wydania: { $left }.
codes-print-hint = Wydrukuj tę stronę (Ctrl+P): na kartce zostaną same kody.
preview-title = Podgląd ankiety
preview-note = Tak ankietę zobaczą mieszkańcy. W podglądzie nie można wysyłać odpowiedzi.
