## Surveys (pl)

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
survey-start-again = Rozpocznij ankietę
survey-review-title = Sprawdź odpowiedzi
survey-review-lead = Sprawdź swoje odpowiedzi przed wysłaniem. Możesz je jeszcze zmienić.
survey-not-answered = Bez odpowiedzi
survey-change = Zmień
survey-submit = Wyślij odpowiedzi
survey-thanks-title = Dziękujemy za udział w ankiecie
survey-thanks-text = Twoje odpowiedzi zostały zapisane.
survey-results-after = Wyniki opublikujemy po zakończeniu ankiety ({ $date }).
error-answer-invalid = Wybierz jedną z podanych odpowiedzi
error-other-required = Wpisz, co oznacza odpowiedź „Inne”
error-choices-too-few = Wybierz co najmniej { $min } odpowiedzi
error-choices-too-many = Wybierz najwyżej { $max } odpowiedzi
error-grid-incomplete = Oceń każdy element
error-survey-not-open = Ta ankieta jeszcze się nie rozpoczęła.
error-survey-closed = Ta ankieta jest już zakończona. Odpowiedzi nie zostały zapisane.
error-not-eligible = Ta ankieta jest przeznaczona dla mieszkańców innych dzielnic.
error-code-invalid = Wpisz kod z potwierdzenia wizyty (10 znaków, np. ABCDE-FGHJK)
error-code-used = Ten kod został już wykorzystany
error-already-answered = Już odpowiedziałeś na tę ankietę. Dziękujemy!
error-page-invalid = Wpisz numer strony od 1 do 50
error-options-count = Podaj od 2 do 30 odpowiedzi, każdą w osobnym wierszu
error-items-count = Podaj od 1 do 30 elementów, każdy w osobnym wierszu
error-scale-invalid = Skala musi zaczynać się od liczby mniejszej niż koniec i mieć najwyżej 11 punktów
error-condition-invalid = Wybierz pytanie i wartości, od których zależy to pytanie (numery odpowiedzi lub punkty skali)
error-condition-forward = Pytanie może zależeć tylko od pytań z wcześniejszych stron
error-questions-locked = Ankieta ma już odpowiedzi: można poprawiać tylko teksty
error-batch-size = Wpisz liczbę kodów od 1 do 2000
notice-survey-saved = Ankieta zapisana.
notice-question-saved = Pytanie zapisane.
notice-question-deleted = Pytanie usunięte.
notice-codes-created = Kody utworzone. Możesz je wydrukować.
notice-answer-hidden = Odpowiedź ukryta w wynikach.
notice-answer-shown = Odpowiedź znów widoczna w wynikach.
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
results-waiting = { $count ->
    [one] Jeszcze { $count } odpowiedź czeka na dołączenie
    [few] Jeszcze { $count } odpowiedzi czekają na dołączenie
   *[other] Jeszcze { $count } odpowiedzi czeka na dołączenie
} do wyników: anonimowe odpowiedzi dochodzą partiami po { $batch } albo po zamknięciu ankiety, żeby nie dało się ich powiązać z osobami.
