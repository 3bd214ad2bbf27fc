tax-title = Podatki i opłaty lokalne
tax-lead = Podatek od nieruchomości, opłata za odpady i podatek od środków transportowych: co i kiedy zapłacić, co już wpłacono i odsetki za zwłokę liczone według Ordynacji podatkowej. Dane pochodzą z systemu podatkowego Urzędu Miasta Krakowa.
nav-staff-taxes = Podatki – obsługa
tax-kind-property = Podatek od nieruchomości
tax-kind-vehicle = Podatek od środków transportowych
tax-kind-waste = Opłata za gospodarowanie odpadami komunalnymi
tax-status-paid = zapłacona
tax-status-due = do zapłaty
tax-status-partly = zapłacona w części
tax-status-overdue = zaległa
tax-channel-bank = przelew
tax-channel-cash = kasa urzędu
tax-channel-portal = płatność w portalu
tax-month = { $month }/{ $year }
tax-instalment = { $year }, rata { $number } z { $of }
tax-one-sum = { $year }, jednorazowo
tax-state-overdue = Zaległość z odsetkami: { $amount }
tax-state-next = Wszystko zapłacone na czas. Następna rata: { $amount } do { $due }
tax-state-paid = Wszystko zapłacone.
tax-copy = Kopiuj
tax-copy-selected = Zaznaczono – skopiuj klawiszami Ctrl+C.
tax-copied = Skopiowano.
tax-col-instalment = Rata
tax-col-due = Termin
tax-col-amount = Kwota
tax-col-paid = Wpłacono
tax-col-owed = Do zapłaty
tax-col-interest = Odsetki
tax-col-status = Stan
tax-col-pay = Zapłać
tax-pay-instalment = Zapłać { $amount }
tax-pay-instalment-label = Zapłać { $amount } za ratę { $what }
tax-older-caption = { $tax }: wcześniejsze lata
tax-older = Wcześniejsze lata, wszystko zapłacone ({ $count ->
    [one] { $count } rata
    [few] { $count } raty
   *[many] { $count } rat
})
tax-interest-today = Odsetki na dziś
tax-interest-on = Odsetki na { $day }
tax-due-now = Do zapłaty teraz
tax-due-on = Do zapłaty przy wpłacie { $day }
tax-next-due = Najbliższy termin
tax-next-due-text = { $due }: { $amount }
tax-next-due-none = brak
tax-reminder = Przypomnienie: { $due } mija termin zapłaty { $amount } (za { $days ->
    [one] { $days } dzień
   *[other] { $days } dni
}).
tax-pay-all = Zapłać wszystko, co należne: { $amount }
tax-pending = Płatność { $amount } rozpoczęta { $at } czeka na potwierdzenie operatora płatności.
tax-no-payments = Brak wpłat.
tax-payments = Wpłaty i ich zaliczenie
tax-col-paid-on = Data wpłaty
tax-col-channel = Sposób
tax-col-applied = Zaliczono na
tax-applied-surplus = nadpłata
tax-applied = { $tax }, { $what }: { $arrears } na zaległość, { $interest } na odsetki
tax-payer-heading = { $name } (podatnik { $id })
tax-overdue = Zaległości (bez odsetek)
tax-surplus = Nadpłata
tax-pesel = PESEL
tax-interest-note = Odsetki liczone są za każdy dzień zwłoki według stawki obowiązującej w tym dniu i zaokrąglane do pełnych złotych; do 26,10 zł (trzykrotność opłaty za list polecony) się ich nie pobiera. Wpłata mniejsza niż zaległość z odsetkami jest dzielona między nie proporcjonalnie.
tax-how-to-pay = Jak zapłacić przelewem
tax-how-to-pay-text = Wpłacaj na swój indywidualny rachunek z decyzji podatkowej; w tytule podaj tytuł poniżej.
tax-account = Twój indywidualny numer rachunku
tax-title-label = Tytuł przelewu: { $tax } { $year }
tax-viewed-heading = Kto przeglądał Twoje dane podatkowe
tax-viewed-hint = Każde otwarcie Twoich danych przez urzędnika podatkowego jest zapisywane.
tax-viewed-none = Nikt z urzędu nie przeglądał Twoich danych.
tax-viewed-item = { $name }, { $at }
tax-on-form = Odsetki na wybrany dzień
tax-on-label = Jeśli zapłacę dnia
tax-on-hint = Pokażemy kwotę z odsetkami na ten dzień. Format: RRRR-MM-DD.
error-tax-on = Podaj dzisiejszą albo późniejszą datę (najdalej za 5 lat) w formacie RRRR-MM-DD.
tax-on-submit = Przelicz
tax-not-verified = Dane podatkowe widać po potwierdzeniu tożsamości (numeru PESEL) przez urzędnika w punkcie obsługi mieszkańców.
tax-identity-link = Twoja tożsamość
tax-no-taxpayer = Twoja tożsamość jest potwierdzona, ale w systemie podatkowym miasta nie ma podatnika z Twoim numerem PESEL. Jeśli płacisz podatki lokalne w Krakowie, zapytaj w Wydziale Podatków i Opłat.
tax-reminders-heading = Przypomnienia
tax-reminders-label = Przypominaj mi e-mailem i w portalu { $days ->
    [one] { $days } dzień
   *[other] { $days } dni
} przed każdym terminem zapłaty
tax-reminders-save = Zapisz
tax-file-taxpayers = podatnicy
tax-file-liabilities = zobowiązania
tax-file-waste = deklaracje śmieciowe
tax-file-payments = wpłaty
tax-desk-title = Podatki lokalne – obsługa
tax-import-heading = Import z systemu podatkowego
tax-import-lead = Plik CSV jednego z czterech rodzajów (podatnicy, zobowiązania, deklaracje śmieciowe, wpłaty; format w README). Sprawdzany jest każdy wiersz: plik wchodzi cały albo wcale, a ten sam plik drugi raz niczego nie zmienia.
tax-import-file = Plik CSV
tax-import-file-hint = Rodzaj pliku rozpoznajemy po wierszu nagłówka.
tax-import-submit = Importuj
tax-find-heading = Znajdź podatnika
tax-find-label = Identyfikator podatnika albo PESEL
tax-find-submit = Szukaj
tax-find-none = Nie znaleziono podatnika.
tax-imports-heading = Ostatnie importy
tax-imports-none = Jeszcze nic nie zaimportowano.
tax-col-when = Kiedy
tax-col-file = Plik
tax-col-lines = Wiersze
tax-col-changed = Zmienione
tax-col-by = Kto
tax-by-feed = system podatkowy (automatycznie)
tax-staff-payer-title = Podatnik { $id }
tax-staff-logged = Otwarcie tych danych zostało zapisane; podatnik widzi, kto i kiedy je przeglądał.
tax-line-header = nagłówek nie jest żadnym z czterech rodzajów pliku
tax-line-unreadable = wiersza nie da się odczytać (kodowanie UTF-8, CSV)
tax-line-fields = inna liczba pól niż w nagłówku
tax-line-too-many = plik ma za dużo wierszy
tax-line-id = nieprawidłowy identyfikator
tax-line-duplicate = ten identyfikator powtarza się w pliku
tax-line-name = brak nazwy podatnika albo zbyt długa
tax-line-pesel = nieprawidłowy PESEL
tax-line-account = nieprawidłowy numer rachunku (NRB)
tax-line-kind = nieznany rodzaj podatku
tax-line-year = nieprawidłowy rok
tax-line-amount = nieprawidłowa kwota
tax-line-date = nieprawidłowa data (RRRR-MM-DD)
tax-line-month = nieprawidłowy miesiąc
tax-line-residents = nieprawidłowa liczba mieszkańców
tax-line-yes-no = oczekiwano „tak” albo „nie”
tax-line-channel = nieznany sposób wpłaty
tax-line-unknown-taxpayer = nieznany podatnik (najpierw zaimportuj podatników)
tax-line-unknown-liability = zobowiązanie nie należy do tego podatnika
error-tax-import-refused = Pliku nie zaimportowano – problemów: { $total }. Niczego nie zmieniono; popraw plik i wyślij go ponownie.
error-tax-import-line = Wiersz { $line }: { $problem }
error-tax-nothing-to-pay = Nie ma nic do zapłaty.
error-tax-interest-unknown = Są tu zaległości sprzed 5 października 2023 r., a odsetek za tak dawne dni portal jeszcze nie liczy. Kwotę do zapłaty poda Wydział Podatków i Opłat (tel. 12 616 55 55).
error-tax-payment-unavailable = Operator płatności jest teraz niedostępny; niczego nie pobrano. Spróbuj później albo zapłać przelewem.
notice-tax-imported = Zaimportowano wierszy: { $lines }; zmienionych: { $changed }.
notice-tax-reminders-on = Przypomnienia są włączone.
notice-tax-reminders-off = Przypomnienia są wyłączone.
mail-tax-reminder-subject = Przypomnienie o terminie płatności { $due } – Konto Obywatelskie Kraków
mail-tax-reminder-body = Dzień dobry, { $name }!

    { $due } mija termin zapłaty { $amount } ({ $what }).

    Szczegóły, numer rachunku i tytuł przelewu: { $link }

    Przypomnienia można wyłączyć na tej samej stronie.
