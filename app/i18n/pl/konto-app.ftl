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
confirm-text = Wpisz hasło, które podałeś przy zakładaniu konta. Po potwierdzeniu zostaniesz zalogowany.
confirm-password = Hasło
confirm-password-hint = To samo hasło, które wpisałeś w formularzu rejestracji. Jeśli nie zakładałeś konta, zamknij tę stronę: nic się nie stanie.
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

## Budżet obywatelski
nav-budget = Budżet obywatelski
bo-title = Budżet obywatelski
bo-lead = Mieszkańcy decydują, na co miasto wyda część budżetu: zgłaszają projekty, głosują na nie, a wyniki liczy się dwiema metodami — zasadą miejską i metodą równych udziałów — z wyjaśnieniem, dlaczego każdy projekt wygrał albo przegrał.
bo-none = Nie ma jeszcze żadnej edycji.
bo-phase-announced = Zapowiedziana
bo-phase-submission = Zgłaszanie projektów
bo-phase-verification = Weryfikacja projektów
bo-phase-voting = Głosowanie trwa
bo-phase-counting = Głosowanie zakończone, trwa liczenie
bo-phase-results = Wyniki ogłoszone
bo-voting-dates = Głosowanie od { $opens } do { $closes } (czas krakowski)
bo-facts = Pule: { $pools }, projekty: { $projects }, oddane karty: { $ballots }
bo-simulation = Symulacja na prawdziwych danych otwartych (pabulib)
bo-results-on = Wyniki zostaną ogłoszone { $date }
bo-results-link = Wyniki
bo-results-heading = Wyniki budżetu obywatelskiego
bo-results-title = Wyniki: { $edition }
bo-back-to-list = Wszystkie edycje
bo-back-to-results = Wszystkie pule tej edycji
bo-pools-heading = Pule
bo-pools-caption = Wyniki w każdej puli według obu zasad
bo-col-pool = Pula
bo-col-budget = Kwota
bo-col-ballots = Karty
bo-col-greedy-spent = Zasada miejska
bo-col-mes-spent = Równe udziały
bo-col-differ = Projekty, w których się różnią
bo-spent-cell = { $spent } ({ $n } proj.)
bo-turnout-heading = Frekwencja
bo-turnout-total = Oddano { $total } kart: { $online } przez internet i { $paper } papierowych.
bo-turnout-caption = Karty według dzielnicy głosującego
bo-col-district = Dzielnica
bo-col-online = Przez internet
bo-col-paper = Papierowe
bo-col-total = Razem
bo-district-unknown = Nieznana
bo-rules-heading = Jak liczono
bo-rule-greedy = Zasada miejska
bo-rule-greedy-text = punkty (3, 2 i 1 za miejsca na karcie) albo głosy sumuje się dla każdego projektu; projekty bierze się od największej liczby punktów i pomija ten, który nie mieści się w pozostałej kwocie.
bo-rule-min-votes = Projekt musi mieć co najmniej { $min } głosów.
bo-rule-stop = Liczenie kończy się na pierwszym projekcie, który się nie mieści.
bo-rule-mes = Metoda równych udziałów
bo-rule-mes-text = każdy głosujący dostaje równą część puli; projekt jest kupowany, gdy jego zwolennicy mogą za niego zapłacić, najpierw ten, który wymaga najmniejszej wpłaty od zwolennika; zwolennicy płacą po równo, a ci, którym zostało mniej, oddają wszystko, co mają. Karta z miejscami liczy się jako poparcie wybranych projektów.
bo-utility-cost = Korzyść z projektu mierzy się jego kosztem.
bo-utility-count = Każdy wybrany projekt liczy się tak samo.
bo-completion-none = Udział każdego to kwota puli podzielona przez liczbę głosujących.
bo-completion-add1 = Udział każdego podnosi się potem o 1 zł, dopóki wynik mieści się w puli, i zostaje ostatni wynik, który się mieści.
bo-completion-add1-stop = Udział każdego podnosi się potem o 1 zł, dopóki wynik mieści się w puli, najdłużej do wyniku, do którego nie da się już nic dodać.
bo-fill = Pieniądze, które zostaną, dostają kolejne projekty według punktów, jeśli się mieszczą.
bo-tie-preferences = Przy równej liczbie punktów wyżej jest projekt z większą liczbą wskazań na pierwszym miejscu, potem na drugim, a na końcu decyduje numer projektu.
bo-tie-project-id = Przy remisie decyduje numer projektu (porządek tekstowy).
bo-tie-more-votes = Przy remisie wyżej jest projekt z większą liczbą głosów, potem decyduje numer projektu.
bo-tie-lower-cost = Przy remisie wyżej jest tańszy projekt, potem decyduje numer projektu.
bo-official-greedy = Wiążący jest wynik według zasady miejskiej; metoda równych udziałów pokazuje, jak wyglądałby podział według niej.
bo-official-mes = Wiążący jest wynik według metody równych udziałów; zasada miejska jest pokazana dla porównania.
bo-pool-title = Wyniki: { $pool }
bo-pool-budget = Kwota puli: { $budget }; karty z głosem w tej puli: { $ballots }
bo-pool-spent = { $rule }: wydano { $spent }, zostaje { $left }, projekty sfinansowane: { $n }
bo-share = Udział każdego głosującego w metodzie równych udziałów: { $share } (podnoszony o 1 zł { $raised } razy)
bo-download = Dane otwarte tej puli:
bo-download-pb = format pabulib (.pb)
bo-download-csv = CSV
bo-differ-heading = Gdzie zasady dają inny wynik
bo-differ-none = Obie zasady finansują te same projekty.
bo-differ-greedy-only = sfinansowany tylko według zasady miejskiej
bo-differ-mes-only = sfinansowany tylko według metody równych udziałów
bo-projects-caption = Wszystkie projekty w kolejności punktów, z wynikiem według obu zasad
bo-col-rank = Miejsce
bo-col-project = Projekt
bo-col-cost = Koszt
bo-col-votes = Głosy
bo-col-points = Punkty
bo-funded = Sfinansowany
bo-not-funded = Niesfinansowany
bo-why-greedy-funded = Miejsce { $rank }: gdy przyszła jego kolej, zostawało { $left }, a kosztuje { $cost }.
bo-why-greedy-misfit = Miejsce { $rank }: gdy przyszła jego kolej, zostawało tylko { $left }, mniej niż jego koszt { $cost }.
bo-why-greedy-min = Ma { $votes } głosów, mniej niż wymagane { $min }.
bo-why-greedy-stop = Miejsce { $rank }: liczenie zakończyło się na wcześniejszym projekcie, który się nie zmieścił.
bo-why-no-votes = Nikt na niego nie głosował.
bo-why-mes-bought = Kupiony w rundzie { $round }: { $full } zwolenników zapłaciło po { $price }.
bo-why-mes-partial = { $partial } zapłaciło wszystko, co im zostało (mniej).
bo-why-mes-none = { $none } nie miało już pieniędzy.
bo-why-mes-free = Nic nie kosztuje, więc jest sfinansowany od razu.
bo-why-mes-ranout = W rundzie { $round } jego zwolennikom zostało razem tylko { $money }, mniej niż jego koszt { $cost }.
bo-why-mes-filled = Dodany po metodzie równych udziałów: zostawało { $left } i projekt się mieścił.
error-voting-not-open = Głosowanie jeszcze się nie rozpoczęło. Karta nie została zapisana.
error-voting-closed = Głosowanie jest już zakończone. Karta nie została zapisana.
error-pesel-format = Wpisz PESEL: 11 cyfr.
error-pesel-checksum = Ten PESEL ma błędną cyfrę kontrolną. Sprawdź, czy nie ma literówki.
error-pesel-birth-date = Z tego numeru PESEL nie wynika prawdziwa data urodzenia. Sprawdź cyfry.
error-identity-missing = Wpisz PESEL, a jeśli go nie masz: datę urodzenia, płeć i numer dokumentu tożsamości.
error-birth-date = Wpisz prawdziwą datę urodzenia, np. 1990-04-12.
error-sex-required = Wybierz płeć, tak jak w dokumencie.
error-document = Wpisz numer dokumentu tożsamości: od 5 do 20 liter i cyfr.
error-ballot-exactly = Wybierz dokładnie { $need } projekty w tej puli, każdy na innym miejscu.
error-ballot-too-few = Wybierz co najmniej { $min } projekty w tej puli.
error-ballot-too-many = Wybierz najwyżej { $max } projektów w tej puli.
error-ballot-repeated = Ten sam projekt jest wybrany więcej niż raz.
error-ballot-unknown = Wybrany projekt nie należy do tej puli albo nie bierze udziału w głosowaniu.
error-ballot-points = Możesz rozdać w tej puli najwyżej { $max } punktów.
error-ballot-points-one = Jeden projekt może dostać najwyżej { $max } punktów.
error-ballot-over-budget = Wybrane projekty kosztują razem więcej niż kwota puli.
error-already-voted-online = Ta osoba już głosowała w tej edycji: przez internet, { $day }. Można oddać tylko jeden głos.
error-already-voted-paper = Ta osoba już głosowała w tej edycji: na papierowej karcie w punkcie nr { $point }, { $day }. Można oddać tylko jeden głos.
error-point-required = Wybierz punkt do głosowania, z którego pochodzi karta.
notice-ballot-cast = Głos oddany. Dziękujemy!
notice-paper-ballot-entered = Karta papierowa zapisana.
bo-vote-link = Głosuj
bo-vote-title = Głosowanie: { $edition }
bo-vote-lead = Głosować może każdy mieszkaniec Krakowa, w każdym wieku, raz w edycji — przez internet albo na papierowej karcie w punkcie do głosowania.
bo-vote-not-open = Głosowanie w tej edycji teraz nie trwa.
bo-vote-voted = Już zagłosowałeś w tej edycji. Kod potwierdzenia: { $receipt }.
bo-vote-see-ballot = Zobacz swój głos
bo-vote-district = Dzielnica, w której mieszkasz
bo-vote-district-show = Pokaż projekty tej dzielnicy
bo-vote-pool-ranked = { $pool }: wybierz { $n } projekty i ustaw je w kolejności
bo-vote-pool-approval = { $pool }: wybierz od { $min } do { $max } projektów
bo-vote-pool-cost = { $pool }: wybierz projekty, które razem kosztują najwyżej { $budget }
bo-vote-pool-points = { $pool }: rozdziel najwyżej { $points } punktów
bo-vote-rank = { $rank }. miejsce ({ $points } pkt)
bo-vote-choose = — wybierz projekt —
bo-vote-identity = Kto głosuje
bo-vote-pesel = Numer PESEL
bo-vote-pesel-hint = Sprawdzamy nim, że każdy głosuje raz. Nie zapisujemy go: zostaje tylko zaszyfrowany skrót, z którego nie da się odtworzyć numeru.
bo-vote-no-pesel = Jeśli nie masz numeru PESEL, zostaw to pole puste i podaj datę urodzenia, płeć i numer dokumentu tożsamości.
bo-vote-birth = Data urodzenia
bo-vote-sex = Płeć
bo-vote-sex-f = Kobieta
bo-vote-sex-m = Mężczyzna
bo-vote-document = Numer dokumentu tożsamości
bo-vote-submit = Oddaj głos
bo-my-title = Twój głos: { $edition }
bo-my-receipt = Kod potwierdzenia:
bo-my-receipt-hint = Głos oddany { $day }. Zachowaj kod: potwierdza, że Twój głos jest w systemie.
bo-my-points = { $points } pkt

## Projekty: zgłaszanie, weryfikacja, odwołanie, katalog
bo-cat-green = Zieleń i środowisko
bo-cat-transport = Transport i drogi
bo-cat-sport = Sport i rekreacja
bo-cat-culture = Kultura
bo-cat-education = Edukacja
bo-cat-social = Pomoc społeczna i seniorzy
bo-cat-infrastructure = Przestrzeń publiczna i infrastruktura
bo-cat-health = Zdrowie
bo-cat-none = Bez kategorii
bo-status-submitted = Zgłoszony, czeka na weryfikację
bo-status-accepted = Dopuszczony do głosowania
bo-status-rejected = Odrzucony
bo-status-appealed = Odwołanie, czeka na decyzję
bo-status-withdrawn = Wycofany
bo-catalogue-title = Projekty: { $edition }
bo-catalogue-link = Wszystkie projekty tej edycji
bo-catalogue-search = Szukaj projektów
bo-catalogue-q = Słowa z tytułu, opisu lub adresu
bo-catalogue-pool = Pula
bo-catalogue-all-pools = Wszystkie pule
bo-catalogue-all-categories = Wszystkie kategorie
bo-catalogue-max-cost = Koszt najwyżej (zł)
bo-catalogue-filter = Pokaż projekty
bo-catalogue-count = Pokazano { $shown } z { $total ->
    [one] { $total } projektu
   *[other] { $total } projektów
}.
bo-submit-title = Zgłoś projekt: { $edition }
bo-submit-lead = Każdy mieszkaniec Krakowa może zgłaszać projekty do puli ogólnomiejskiej lub puli dzielnicy. Urzędnicy sprawdzają każde zgłoszenie; decyzję zobaczysz na stronie projektu, a od odrzucenia możesz się raz odwołać.
bo-submit-closed = Zgłoszenia nie są teraz przyjmowane.
bo-submit-submit = Wyślij zgłoszenie
bo-field-title = Tytuł
bo-field-title-hint = Krótko i konkretnie, najwyżej 150 znaków.
bo-field-description = Opis
bo-field-description-hint = Co zrobić, dla kogo i dlaczego. Najwyżej 5000 znaków.
bo-field-pool = Pula
bo-field-choose = — wybierz —
bo-field-cost = Szacunkowy koszt (zł)
bo-field-cost-hint = Na przykład 250 000. Nie więcej, niż ma pula.
bo-field-category = Kategoria
bo-field-address = Lokalizacja
bo-field-address-hint = Adres lub miejsce, na przykład „ul. Królewska 1” albo „Park Jordana, przy stawie”.
bo-field-author = Autor
bo-field-edition = Edycja
bo-field-status = Stan
bo-project-reason = Dlaczego projekt odrzucono
bo-project-appeal = Odwołanie autora
bo-project-appeal-reason = Decyzja po odwołaniu
bo-appeal-title = Odwołaj się od decyzji
bo-appeal-lead = Możesz odwołać się raz, do rozpoczęcia głosowania. Urzędnik rozpatrzy projekt ponownie; ta decyzja jest ostateczna.
bo-appeal-text = Dlaczego decyzja powinna się zmienić
bo-appeal-submit = Wyślij odwołanie
bo-decide-title = Weryfikacja
bo-decide-legend = Decyzja
bo-decide-accept = Dopuść do głosowania
bo-decide-reject = Odrzuć
bo-decide-reason = Powód odrzucenia
bo-decide-reason-hint = Wymagany przy odrzuceniu. Autor go zobaczy.
bo-decide-submit = Zapisz decyzję
bo-my-projects-title = Twoje projekty
bo-my-projects-none = Nie zgłosiłeś jeszcze żadnego projektu.

## Zaplecze budżetu
bo-staff-title = Budżet obywatelski: edycje
bo-staff-new = Nowa edycja
bo-staff-create = Utwórz edycję
bo-staff-back = Wróć do edycji
bo-staff-back-edition = Wróć do tej edycji
bo-staff-rule = Zasady głosowania: { $rule }.
bo-staff-projects = Projekty ({ $waiting ->
    [few] { $waiting } czekają
   *[other] { $waiting } czeka
} na decyzję)
bo-staff-projects-caption = Projekty tej edycji, najpierw czekające na decyzję
bo-staff-settings = Harmonogram, liczenie i pule
bo-staff-save = Zapisz zmiany
bo-staff-points = Punkty do głosowania
bo-staff-add-point = Dodaj punkt do głosowania
bo-point-number = Punkt nr { $number }
bo-field-point-name = Nazwa i adres nowego punktu do głosowania
bo-field-edition-name = Nazwa edycji
bo-timetable = Harmonogram
bo-timetable-hint = Daty w czasie krakowskim. Etap zaczyna się na początku pierwszego dnia i kończy z końcem ostatniego; wyniki pojawiają się na początku swojego dnia.
bo-date-submission-opens = Zgłaszanie projektów od
bo-date-submission-closes = Zgłaszanie projektów do
bo-date-voting-opens = Głosowanie od
bo-date-voting-closes = Głosowanie do
bo-date-results = Wyniki w dniu
bo-field-ballot-rule = Zasady głosowania
bo-rule-krakow = Krakowskie: projekty w kolejności, 3, 2 i 1 punkt
bo-rule-approval = Aprobujące: liczba projektów od najmniejszej do największej
bo-rule-cumulative = Punktowe: pula punktów do rozdzielenia
bo-rule-cost = Limit kosztów: projekty kosztujące razem nie więcej niż pula
bo-field-picks = Projektów w puli
bo-field-picks-hint = Zasady krakowskie: dokładnie tyle; aprobujące: najwyżej tyle.
bo-field-min-picks = Najmniej projektów w puli
bo-field-min-picks-hint = Tylko zasady aprobujące.
bo-field-points = Punktów do rozdzielenia w puli
bo-field-points-hint = Tylko zasady punktowe.
bo-field-official = Która metoda rozstrzyga
bo-field-utility = Metoda Równych Udziałów: korzyść z projektu
bo-utility-cost-short = Jego koszt
bo-utility-count-short = Taka sama dla każdego projektu
bo-field-tie-break = Remisy
bo-field-min-votes = Najmniej głosów, by projekt mógł wygrać (0: bez progu)
bo-field-pools = Kwoty pul (zł)
bo-field-city-budget = Kwota puli ogólnomiejskiej (zł)
bo-field-district-budget = Kwota puli każdej dzielnicy (zł)
bo-field-money-hint = Zostaw puste, jeśli takich pul nie ma. Kwotę każdej dzielnicy można potem zmienić.
bo-paper-link = Wprowadź karty papierowe
bo-paper-title = Karty papierowe: { $edition }
bo-paper-lead = Wybierz punkt do głosowania i dzielnicę głosującego, potem przepisz kartę i dane osoby. Portal odmówi, jeśli ta osoba już głosowała, przez internet albo w dowolnym punkcie.
bo-paper-point = Punkt do głosowania
bo-paper-district = Dzielnica głosującego
bo-paper-show = Pokaż kartę
bo-paper-ballot = Karta z punktu: { $point }
bo-paper-submit = Zapisz kartę

error-field-required = Wypełnij to pole.
error-cost-invalid = Podaj kwotę w złotych, na przykład 250 000.
error-cost-over-pool = Koszt przekracza kwotę puli: najwyżej { $max }.
error-submission-not-open = Zgłoszenia nie są teraz przyjmowane. Nic nie zostało zapisane.
error-reason-required = Podaj powód odrzucenia: autor go zobaczy.
error-already-decided = O tym projekcie już zdecydowano. Nic nie zostało zmienione.
error-appeal-not-allowed = Od tej decyzji nie można się odwołać: odwołanie przysługuje raz, po odrzuceniu i przed rozpoczęciem głosowania.
error-verification-closed = Głosowanie już trwa: projektów nie można już zmieniać.
error-pools-required = Podaj kwotę puli ogólnomiejskiej, pul dzielnic albo obu.
error-number-range = Podaj liczbę całkowitą od { $min } do { $max }.

notice-project-submitted = Zgłoszenie zostało wysłane. Jego numer i stan są poniżej.
notice-project-accepted = Projekt dopuszczono do głosowania.
notice-project-rejected = Projekt odrzucono; autor zobaczy powód.
notice-appeal-sent = Odwołanie zostało wysłane.
notice-edition-saved = Edycja została zapisana.
notice-simulation-imported = Plik zaimportowano jako edycję do symulacji.
notice-referendum-voted = Twój głos został policzony. Dziękujemy.
notice-referendum-saved = Referendum zostało zapisane.
error-pabulib-invalid = { $line ->
    [0] Nie można odczytać pliku w formacie pabulib.
   *[other] Nie można odczytać pliku w formacie pabulib: wiersz { $line }.
}
error-referendum-not-open = Głosowanie w tym referendum jeszcze się nie rozpoczęło. Głos nie został zapisany.
error-referendum-closed = Głosowanie w tym referendum już się zakończyło. Głos nie został zapisany.
error-already-voted-referendum = Ta osoba już głosowała w tym referendum. Można oddać tylko jeden głos.
error-referendum-not-eligible = To referendum jest dla mieszkańców innych dzielnic. Decyduje dzielnica w Twoim profilu.
error-options-required = Podaj od 2 do 10 odpowiedzi, każdą w osobnym wierszu.
error-quorum-invalid = Podaj frekwencję od 1 do 100 procent albo zostaw puste, jeśli nie ma progu.
bo-submit-link = Zgłoś projekt
nav-staff-budget = Budżet – obsługa

## Referenda dzielnicowe
nav-referenda = Referenda
nav-staff-referenda = Referenda – obsługa
ref-title = Referenda w dzielnicach
ref-lead = Pytania do mieszkańców dzielnicy. Każdy mieszkaniec dzielnic, których dotyczy pytanie, głosuje raz; głosowanie jest tajne, a wyniki publikujemy po jego zakończeniu.
ref-none = Nie ma żadnych referendów.
ref-phase-not-open = Głosowanie od { $opens }
ref-phase-open = Głosowanie trwa do { $closes }
ref-phase-closed = Głosowanie zakończyło się { $closes }
ref-for = Dla mieszkańców: { $districts }
ref-quorum = Wynik jest wiążący, jeśli zagłosuje co najmniej { $quorum }% uprawnionych ({ $n ->
    [one] { $votes } głos
    [few] { $votes } głosy
   *[other] { $votes } głosów
}).
ref-no-quorum = Wynik jest wiążący bez względu na frekwencję.
ref-turnout-heading = Frekwencja
ref-turnout = Zagłosowało { $voters } z { $electorate } uprawnionych ({ $percent }).
ref-votes = { $n ->
    [one] { $votes } głos
    [few] { $votes } głosy
   *[other] { $votes } głosów
}
ref-live-on = Frekwencja odświeża się co 15 sekund.
ref-live-off = Frekwencja się nie odświeża.
ref-live-stop = Zatrzymaj odświeżanie
ref-live-start = Odświeżaj ponownie
ref-vote-heading = Twój głos
ref-your-answer = Twoja odpowiedź
ref-yes = Tak
ref-no = Nie
ref-vote-submit = Zagłosuj
ref-sign-in = Zaloguj się, aby zagłosować. O prawie głosu decyduje dzielnica w Twoim profilu.
ref-voted = Oddałeś już głos w tym referendum. Dziękujemy.
ref-results = Wyniki
ref-results-caption = Głosy na każdą odpowiedź
ref-answer = Odpowiedź
ref-votes-col = Głosy
ref-share = Udział
ref-voters-col = Głosujący
ref-by-district = Wyniki w dzielnicach
ref-result-binding = Wynik jest wiążący: wygrała odpowiedź „{ $answer }” z { $percent } głosów.
ref-result-no-quorum = Wynik nie jest wiążący: frekwencja wyniosła { $turnout }, poniżej progu { $quorum }%.
ref-result-tie = Wynik nie jest wiążący: najwięcej głosów ma więcej niż jedna odpowiedź.
ref-back = Wszystkie referenda
ref-staff-title = Nowe referendum w dzielnicy
ref-staff-create = Utwórz referendum
ref-field-title = Tytuł
ref-field-question = Pytanie
ref-field-description = Wyjaśnienie dla mieszkańców (nieobowiązkowe)
ref-field-kind = Rodzaj pytania
ref-kind-yes-no = Tak lub nie
ref-kind-choice = Jedna z kilku odpowiedzi
ref-field-options = Odpowiedzi
ref-field-options-hint = Tylko dla jednej z kilku odpowiedzi: od 2 do 10, każda w osobnym wierszu.
ref-field-districts = Dzielnice, których mieszkańcy głosują
ref-field-opens-date = Głosowanie od (data)
ref-field-opens-time = o godzinie (nieobowiązkowe)
ref-field-closes-date = Głosowanie do (data)
ref-field-closes-time = o godzinie (nieobowiązkowe; 23:59, jeśli puste)
ref-field-electorate = Liczba uprawnionych mieszkańców
ref-field-electorate-hint = Z ewidencji mieszkańców: podstawa frekwencji.
ref-field-quorum = Próg ważności (% frekwencji)
ref-field-quorum-hint = Zostaw puste, jeśli wynik wiąże bez względu na frekwencję.
bo-import-title = Import pliku pabulib do symulacji
bo-import-lead = Pliki w formacie pabulib (pabulib.org) stają się edycją do symulacji: jedna pula na plik, liczona obiema metodami. Pliki jednego głosowania z tymi samymi numerami głosujących dają jedną kartę na osobę.
bo-import-files = Pliki (.pb)
bo-import-files-hint = Jeden lub więcej plików, razem do 32 MB.
bo-import-submit = Importuj

refusal-bad-request-title = Nieprawidłowe żądanie
refusal-bad-request-text = Formularz dotarł niekompletny albo w złej postaci, więc nic nie zostało zapisane. Wróć do poprzedniej strony, odśwież ją i spróbuj ponownie.
refusal-too-large-title = Za duże żądanie
refusal-too-large-text = Przesłane dane są większe, niż portal przyjmuje, więc nic nie zostało zapisane. Skróć tekst albo wybierz mniejszy plik.
refusal-back = Strona główna
refusal-help = Pomoc: Krakowskie Centrum Kontaktu, 12 616 55 55.
dev-outbox-title = Skrzynka nadawcza (tylko do testów)
dev-outbox-warning = Ta strona działa tylko na tym komputerze, w trybie deweloperskim: pokazuje pocztę, która nie została wysłana. W portalu publicznym jest wyłączona.
dev-outbox-empty = Brak wiadomości.

mail-reset-subject = Ustaw nowe hasło – Konto Obywatelskie Kraków
mail-reset-body = Dzień dobry, { $name }!

    Aby ustawić nowe hasło do serwisu Konto Obywatelskie Kraków, otwórz ten odnośnik (działa przez { $minutes } minut i tylko raz):

    { $link }

    Jeśli to nie Ty prosiłeś o zmianę hasła, zignoruj tę wiadomość – Twoje hasło się nie zmieni.
mail-password-changed-subject = Hasło zostało zmienione – Konto Obywatelskie Kraków
mail-password-changed-body = Dzień dobry, { $name }!

    Hasło do Twojego konta zostało zmienione, a wszystkie urządzenia zostały wylogowane. Jeśli to nie Ty, zadzwoń do Krakowskiego Centrum Kontaktu: 12 616 55 55.
mail-new-email-subject = Potwierdź nowy adres e-mail – Konto Obywatelskie Kraków
mail-new-email-body = Dzień dobry, { $name }!

    Aby używać tego adresu e-mail w serwisie Konto Obywatelskie Kraków, otwórz ten odnośnik (działa przez 24 godziny):

    { $link }

    Jeśli to nie Ty, zignoruj tę wiadomość – nic się nie zmieni.
mail-email-change-asked-subject = Prośba o zmianę adresu e-mail – Konto Obywatelskie Kraków
mail-email-change-asked-body = Dzień dobry, { $name }!

    Poproszono o zmianę adresu e-mail Twojego konta na { $email }. Zmiana nastąpi dopiero po potwierdzeniu z nowego adresu. Jeśli to nie Ty, zmień hasło i zadzwoń do Krakowskiego Centrum Kontaktu: 12 616 55 55.
mail-email-changed-subject = Adres e-mail został zmieniony – Konto Obywatelskie Kraków
mail-email-changed-body = Dzień dobry, { $name }!

    Adres e-mail Twojego konta został zmieniony na { $email }. Ta wiadomość jest ostatnią wysłaną na ten adres. Jeśli to nie Ty, zadzwoń do Krakowskiego Centrum Kontaktu: 12 616 55 55.

error-link-expired = Ten odnośnik wygasł albo został już użyty. Poproś o nowy.
error-email-unchanged = To jest obecny adres e-mail konta. Wpisz nowy adres.
notice-password-reset = Hasło zostało zmienione. Zaloguj się nowym hasłem.
notice-email-change-sent = Wysłaliśmy odnośnik na nowy adres e-mail. Adres zmieni się po jego otwarciu.
notice-email-changed = Adres e-mail został zmieniony.
notice-session-ended = Urządzenie zostało wylogowane.
notice-signed-out-everywhere = Wylogowano na wszystkich urządzeniach.
sign-in-forgot = Nie pamiętasz hasła? Ustaw nowe
reset-title = Ustaw nowe hasło
reset-lead = Podaj adres e-mail konta. Wyślemy na niego odnośnik do ustawienia nowego hasła.
reset-submit = Wyślij odnośnik
reset-sent-text = Jeśli ten adres ma konto, wysłaliśmy na niego odnośnik do ustawienia nowego hasła. Odnośnik działa przez { $minutes } minut i tylko raz.
reset-sent-spam = Nie ma wiadomości? Sprawdź folder spam albo spróbuj ponownie:
reset-confirm-title = Wybierz nowe hasło
reset-other-devices = Po zmianie hasła wszystkie urządzenia zostaną wylogowane.
email-title = Zmień adres e-mail
email-lead = Na nowy adres wyślemy odnośnik. Adres zmieni się dopiero po jego otwarciu; na obecny adres wyślemy powiadomienie.
email-new = Nowy adres e-mail
email-submit = Wyślij odnośnik na nowy adres
email-confirm-title = Potwierdź nowy adres e-mail
email-confirm-submit = Używaj tego adresu
sessions-title = Urządzenia i sesje
sessions-lead = Urządzenia, na których jesteś zalogowany. Wyloguj te, których nie rozpoznajesz, a potem zmień hasło.
sessions-caption = { $count ->
    [one] { $count } zalogowane urządzenie
    [few] { $count } zalogowane urządzenia
   *[other] { $count } zalogowanych urządzeń
}
sessions-device = Urządzenie
sessions-signed-in = Zalogowano
sessions-last-used = Ostatnio używane
sessions-action = Działanie
sessions-unknown-device = Nieznane urządzenie
sessions-this-device = (to urządzenie)
sessions-end = Wyloguj: { $device }
sessions-end-this = Wyloguj to urządzenie
sessions-all-heading = Wyloguj wszędzie
sessions-all-text = Zakończ wszystkie sesje, także tę. Użyj tego, gdy zgubisz telefon albo zapomnisz wylogować się w urzędzie.
sessions-all-submit = Wyloguj na wszystkich urządzeniach
error-being-counted = Wyniki są właśnie liczone. Odśwież stronę za chwilę.
bo-share-capped = Dopełnianie przerwano po { $runs } przeliczeniach (górna granica); wynik jest ostatnim, który mieścił się w puli.

error-account-unknown = Nie ma konta z tym adresem e-mail. Sprawdź adres z osobą, która przyszła.
error-identity-held-elsewhere = Ta tożsamość jest przypisana do innego konta. Jeśli osoba przed Tobą okazała dokument, zaznacz „Przenieś z innego konta”.
error-identity-needs-office = Bez numeru PESEL tożsamość potwierdza urzędnik: przyjdź do punktu obsługi z dokumentem tożsamości.
error-identity-not-yours = Tych danych nie można użyć na tym koncie. Każde konto należy do jednej osoby; jeśli to Twoje dane, przyjdź do punktu obsługi z dokumentem tożsamości.
error-identity-not-verified = W referendum głosują osoby, których tożsamość i adres potwierdził urzędnik. Przyjdź do punktu obsługi z dokumentem tożsamości.
notice-identity-verified = Tożsamość została potwierdzona.
identity-title = Moja tożsamość
identity-lead = Jedno konto należy do jednej osoby. Tu widzisz, co portal wie o Twojej tożsamości i kto ją potwierdził.
identity-level = Potwierdzenie
identity-level-none = Jeszcze nie podano
identity-level-declared = Podana przez Ciebie (wystarcza do budżetu obywatelskiego)
identity-level-verified = Potwierdzona w urzędzie (wystarcza do referendów w dzielnicy)
identity-number = Numer
identity-kind-pesel = PESEL kończący się na { $ends }
identity-kind-document = Dokument kończący się na { $ends }
identity-verified-by = Kto potwierdził
identity-verified-text = { $clerk }, { $office }, { $at }
identity-addresses = Potwierdzony adres zamieszkania
identity-address-line = Dzielnica { $district } od { $from }
identity-how-to-verify = Aby głosować w referendach dzielnicowych, przyjdź z dokumentem tożsamości do punktu obsługi Urzędu Miasta Krakowa. Urzędnik potwierdzi Twoją tożsamość i dzielnicę zamieszkania.
identity-staff-title = Potwierdzenie tożsamości
identity-staff-lead = Wypełnij po obejrzeniu dokumentu tożsamości osoby. Osobom bez numeru PESEL wpisz datę urodzenia, płeć i numer dokumentu.
identity-staff-email = Adres e-mail konta
identity-staff-office = Punkt obsługi
identity-staff-office-choose = Wybierz punkt
identity-staff-district = Dzielnica zamieszkania
identity-staff-since = Mieszka w dzielnicy od
identity-staff-since-hint = Data z rejestru mieszkańców albo dokumentu. Puste pole: od dziś.
identity-staff-take-over = Przenieś z innego konta (osoba okazała dokument)
identity-staff-submit = Potwierdź tożsamość
results-waiting = { $count ->
    [one] Jeszcze { $count } odpowiedź czeka na dołączenie
    [few] Jeszcze { $count } odpowiedzi czekają na dołączenie
   *[other] Jeszcze { $count } odpowiedzi czeka na dołączenie
} do wyników: anonimowe odpowiedzi dochodzą partiami po { $batch } albo po zamknięciu ankiety, żeby nie dało się ich powiązać z osobami.
