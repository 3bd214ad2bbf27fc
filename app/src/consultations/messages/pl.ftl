## Public consultations (pl)

error-consultation-information-short = Akcja informacyjna musi trwać co najmniej { $min } dni przed rozpoczęciem konsultacji, licząc od dnia publikacji. Teraz { $days ->
    [one] { $days } dzień
   *[other] { $days } dni
}. Przesuń początek akcji lub konsultacji.
error-consultation-too-short = Konsultacje muszą trwać co najmniej { $min } dni. Teraz { $days ->
    [one] { $days } dzień
   *[other] { $days } dni
}.
error-consultation-too-long = Konsultacje mogą trwać najwyżej { $max } dni, razem z przedłużeniami. Teraz { $days } dni.
error-consultation-forms-few = Wybierz co najmniej { $min } formy udziału. Wybrane: { $count }.
error-consultation-meeting-required = Jedną z form musi być otwarte spotkanie lub warsztaty.
error-consultation-sections-required = Dodaj co najmniej jedną część dokumentu, z nagłówkiem i treścią.
error-consultation-answers-early = Termin odpowiedzi na uwagi nie może być wcześniejszy niż ostatni dzień konsultacji.
error-consultation-report-early = Termin raportu nie może być wcześniejszy niż termin odpowiedzi na uwagi.
error-consultation-extension-earlier = Nowy ostatni dzień musi być późniejszy niż obecny.
error-consultation-extension-closed = Konsultacje już się zakończyły; przedłużyć można tylko trwające.
error-consultation-justification-short = Uzasadnienie musi mieć co najmniej { $min } znaków: napisz, dlaczego.
error-consultation-unanswered = Raportu nie można opublikować: { $count ->
    [one] { $count } uwaga czeka
    [few] { $count } uwagi czekają
   *[other] { $count } uwag czeka
} na odpowiedź.
error-consultation-not-open = Konsultacje jeszcze się nie rozpoczęły. Odpowiedź nie została zapisana.
error-consultation-closed = Konsultacje już się zakończyły. Odpowiedź nie została zapisana.
error-statement-unknown = Tego stwierdzenia nie ma już w konsultacjach. Odpowiedz na następne.
notice-statement-answered = Odpowiedź zapisana. Oto następne stwierdzenie.
nav-consultations = Konsultacje
con-title = Konsultacje społeczne
con-lead = Miasto pyta mieszkańców o zdanie, zanim podejmie decyzję. Każda uwaga dostaje odpowiedź z uzasadnieniem, a na końcu publikujemy raport.
con-none = Nie ma teraz konsultacji.
con-back = Wszystkie konsultacje
con-phase-draft = Szkic, jeszcze nieopublikowany
con-phase-information = Akcja informacyjna; konsultacje od { $opens }
con-phase-open = Trwają do { $closes }
con-phase-answering = Zakończone; trwa odpowiadanie na uwagi
con-phase-report-due = Zakończone; czekamy na raport
con-phase-reported = Zakończone; raport opublikowany
con-whole-city = Dotyczy całego miasta
con-districts = Dotyczy dzielnic: { $districts }
con-topic = Temat: { $topic }
con-topic-transport = transport
con-topic-greenery = zieleń
con-topic-planning = planowanie przestrzenne
con-topic-environment = środowisko
con-topic-housing = mieszkalnictwo
con-topic-culture = kultura
con-topic-education = edukacja
con-topic-social = sprawy społeczne
con-topic-other = inne
con-easy-summary = W prostych słowach
con-timeline = Terminy i kontakt
con-information-from = Akcja informacyjna od
con-dates = Konsultacje
con-answers-by = Odpowiedzi na uwagi do
con-report-by = Raport końcowy do
con-department = Prowadzi
con-contact = Kontakt
con-contents = Spis treści
con-opinions-link = Mapa opinii: odpowiedz na stwierdzenia
op-title = Mapa opinii
op-lead = Przeczytaj stwierdzenie i powiedz, czy się zgadzasz. Z odpowiedzi wszystkich uczestników powstają grupy osób, które myślą podobnie: widać, co je różni i w czym się zgadzają.
op-sign-in = Aby odpowiadać, zaloguj się. Jedno konto to jeden głos.
op-not-open = Konsultacje jeszcze się nie rozpoczęły.
op-closed = Konsultacje się zakończyły; odpowiedzi nie są już zbierane.
op-done = Odpowiedziałeś(-aś) na wszystkie stwierdzenia. Dziękujemy.
op-statement-heading = Stwierdzenie
op-progress = Odpowiedzi: { $answered } z { $total }
op-agree = Zgadzam się
op-disagree = Nie zgadzam się
op-pass = Nie wiem / pomiń
op-groups-heading = Grupy opinii
op-groups-none = Mapa opinii jeszcze się liczy. Zajrzyj za chwilę.
op-groups-lead = { $groups ->
    [one] { $groups } grupa
    [few] { $groups } grupy
   *[other] { $groups } grup
} wśród { $placed } z { $participants } uczestników (pozostali odpowiedzieli na zbyt mało stwierdzeń). Stan na { $when }.
op-group = Grupa { $name }: { $size ->
    [one] { $size } osoba
    [few] { $size } osoby
   *[other] { $size } osób
}
op-col-statement = Stwierdzenie
op-col-stance = Grupa
op-col-group = Zgoda w grupie { $name }
op-col-rest = Wśród pozostałych
op-stance-agree = zgadza się
op-stance-disagree = nie zgadza się
op-consensus-heading = W czym zgadzają się wszystkie grupy
op-share = { $name }: { $percent }
op-data-heading = Dane otwarte
op-data-text = Wszystkie odpowiedzi i grupy w formacie eksportu Pol.is (CSV, UTF-8), do analizy w narzędziach badaczy. Uczestnicy są numerami, nie kontami.
op-method-link = Jak liczymy mapę opinii: metoda i wzory
method-title = Jak działa mapa opinii
method-lead = Mapa opinii pokazuje, jakie grupy mieszkańców myślą podobnie, co je od siebie odróżnia i w czym wszyscy się zgadzają. Liczymy ją tak jak Pol.is, narzędzie używane w konsultacjach na świecie, i każdy może to sprawdzić: dane są otwarte, a ten sam program liczy mapę z pliku.
method-votes-heading = 1. Odpowiedzi
method-votes-text = Każdy uczestnik odpowiada na krótkie stwierdzenia: zgadzam się (1), nie zgadzam się (−1) albo nie wiem (0). Z odpowiedzi powstaje tabela: wiersz na uczestnika, kolumna na stwierdzenie. Stwierdzenia ukryte przez moderację nikogo już nie przesuwają.
method-pca-heading = 2. Dwa główne kierunki różnic
method-pca-text = Brak odpowiedzi zastępujemy średnią odpowiedzią na to stwierdzenie, a od każdej odpowiedzi odejmujemy tę średnią. Szukamy dwóch kierunków, wzdłuż których odpowiedzi różnią się najbardziej (analiza głównych składowych). To one są osiami mapy.
method-place-heading = 3. Miejsce na mapie
method-place-text = Miejsce uczestnika to suma jego odpowiedzi rzutowanych na oba kierunki, powiększona o pierwiastek z liczby stwierdzeń podzielonej przez liczbę jego odpowiedzi: kto odpowiedział na mniej, nie ląduje przez to w środku. Na mapie jest każdy, kto odpowiedział na co najmniej 7 stwierdzeń (albo na wszystkie, jeśli jest ich mniej).
method-groups-heading = 4. Grupy
method-groups-text = Najpierw łączymy bliskie sobie miejsca w najwyżej 100 małych skupisk, potem skupiska w 2 do 5 grup (metodą k-średnich, od stałego punktu startowego). Wybieramy liczbę grup o najlepszym wskaźniku sylwetki: a to średnia odległość od własnej grupy, b od najbliższej innej.
method-rep-heading = 5. Co wyróżnia grupę
method-rep-text = Dla każdej grupy i stwierdzenia liczymy, jaka część grupy się zgadza (albo nie zgadza), z dodaniem 1 do licznika i 2 do mianownika, żeby małe liczby nie przesadzały. Stwierdzenie wyróżnia grupę, gdy ta część jest wyraźnie większa niż połowa i niż wśród pozostałych (testy z na poziomie 90%). Pokazujemy najwyżej 5 takich stwierdzeń.
method-consensus-heading = 6. W czym zgadzają się wszyscy
method-consensus-text = Dla każdego stwierdzenia mnożymy przez siebie udział zgody w każdej grupie (z tymi samymi poprawkami). Wynik jest wysoki tylko wtedy, gdy zgadzają się wszystkie grupy, a nie tylko największa.
method-source = Te same odpowiedzi dają zawsze tę samą mapę. Mapę liczymy w tle po nowych odpowiedziach; strona pokazuje ostatnią policzoną. Metoda za Pol.is (The Computational Democracy Project); kod portalu jest sprawdzany na prawdziwych rozmowach Pol.is.
op-map-title = Mapa opinii: uczestnicy i ich grupy
op-map-group = Grupa { $name }: { $size ->
    [one] { $size } osoba
    [few] { $size } osoby
   *[other] { $size } osób
}, środek w { $x }% szerokości i { $y }% wysokości mapy.
op-map-caption = Rysunek pokazuje to samo co tabele powyżej. Każda kropka to osoby z jednej grupy, które odpowiadały podobnie; im bliżej, tym podobniej. Osie nie mają własnego znaczenia.

## Uwagi i moderacja (pl)
error-section-unknown = Wybierz część dokumentu z listy.
error-remarks-not-offered = W tych konsultacjach uwagi zbierane są tylko na papierze, pocztą i e-mailem; kontakt jest na stronie konsultacji.
error-remark-unknown = Taka uwaga nie istnieje.
error-remark-not-editable = Uwagę może zmienić tylko jej autor i tylko do końca konsultacji.
error-remark-own = Nie można poprzeć ani zgłosić własnej uwagi.
error-remark-not-shown = Ta uwaga nie jest teraz pokazywana, więc nie można jej poprzeć ani zgłosić.
error-decision-required = Wybierz decyzję: opublikować albo ukryć z powodem z listy.
notice-remark-published = Twoja uwaga jest opublikowana. Dziękujemy. Miasto odpowie na nią z uzasadnieniem.
notice-remark-waiting = Twoja uwaga jest zapisana. Moderator sprawdzi ją przed pokazaniem; dostaniesz powiadomienie.
notice-remark-supported = Popierasz tę uwagę.
notice-remark-supported-before = Już popierasz tę uwagę; nic się nie zmieniło.
notice-remark-reported = Dziękujemy. Moderatorzy przyjrzą się tej uwadze.
notice-remark-reported-before = Ta uwaga jest już przez Ciebie zgłoszona; nic się nie zmieniło.
notice-remark-decided = Decyzja jest zapisana w rejestrze moderacji, a autor dostał powiadomienie.
con-remarks-link = Uwagi: czytaj i pisz
con-remark-section = Napisz uwagę do tej części
rm-title = Uwagi
rm-back-consultation = Wróć do konsultacji
rm-back-remarks = Wróć do uwag
rm-moderation-after = Uwagi pojawiają się od razu. Moderatorzy ukrywają uwagi łamiące zasady i podają powód.
rm-moderation-before = Moderator sprawdza każdą uwagę, zanim się pojawi.
rm-log-link = Rejestr moderacji
rm-queue-link = Moderacja: uwagi czekające na decyzję i rejestr
rm-write-heading = Napisz uwagę
rm-section-label = Czego dotyczy Twoja uwaga?
rm-on-whole = Całego dokumentu
rm-text-label = Twoja uwaga
rm-text-hint = Najwyżej { $max } znaków. Nie podawaj danych osobowych, np. adresu czy telefonu. Możesz ją zmieniać do końca konsultacji.
rm-text-hint-before = Najwyżej { $max } znaków. Nie podawaj danych osobowych, np. adresu czy telefonu. Moderator sprawdzi ją przed pokazaniem.
rm-send = Wyślij uwagę
rm-sign-in = Zaloguj się, aby pisać i popierać uwagi. Jedno konto to jeden głos.
rm-not-open = Uwagi można pisać od dnia otwarcia konsultacji.
rm-closed = Konsultacje się zakończyły; trwa odpowiadanie na uwagi.
rm-list-heading = { $total ->
    [one] { $total } uwaga
    [few] { $total } uwagi
   *[other] { $total } uwag
}
rm-filter-label = Wybierz uwagi
rm-filter-section = Część dokumentu
rm-filter-all = Wszystkie części
rm-sort-label = Kolejność
rm-sort-newest = Od najnowszych
rm-sort-oldest = Od najstarszych
rm-sort-supported = Od najczęściej popieranych
rm-show = Pokaż
rm-none = Nie ma tu jeszcze uwag.
rm-page = Strona { $page } z { $pages }; na tej stronie { $shown ->
    [one] { $shown } uwaga
    [few] { $shown } uwagi
   *[other] { $shown } uwag
}.
rm-number = Uwaga nr { $id }
rm-about = Dotyczy:
rm-edited = zmieniona
rm-channel-paper = złożona na papierze
rm-channel-post = przysłana pocztą
rm-channel-email = przysłana e-mailem
rm-waiting-own = Czeka na moderatora; widzisz ją tylko Ty.
rm-held = Ukryta po zgłoszeniach mieszkańców do czasu decyzji moderatora.
rm-held-own = Inni nie widzą Twojej uwagi: mieszkańcy ją zgłosili, a moderator zdecyduje. Możesz ją zmienić.
rm-hidden = Ukryta przez moderatora. Powód: { $reason }.
rm-reason-personal-data = dane osobowe
rm-reason-offensive = treść obraźliwa
rm-reason-off-topic = nie na temat
rm-reason-duplicate = powtórzenie innej uwagi
rm-supports = { $count ->
    [one] Poparła ją { $count } osoba.
    [few] Poparły ją { $count } osoby.
   *[other] Poparło ją { $count } osób.
}
rm-you-support = Popierasz ją.
rm-you-reported = Zgłoszona przez Ciebie.
rm-support = Popieram
rm-report = Zgłoś moderatorom
rm-edit = Zmień swoją uwagę
rm-pages-nav = Strony uwag
rm-previous = Poprzednie uwagi
rm-more = Więcej uwag
rm-edit-title = Zmień swoją uwagę
rm-edit-save = Zapisz zmianę
mod-title = Moderacja
mod-lead = Moderatorzy publikują uwagi albo ukrywają je z jednego z czterech powodów: dane osobowe, treść obraźliwa, wypowiedź nie na temat lub powtórzenie. Ukryta uwaga zostawia ślad z powodem, a każda decyzja jest wymieniona tutaj.
mod-queue-heading = Czekają na decyzję
mod-queue-none = Nic nie czeka na decyzję.
mod-held-by = Wstrzymana po { $count } zgłoszeniach
mod-new = Nowa uwaga
mod-decision-label = Decyzja
mod-publish = Opublikuj
mod-hide = Ukryj: { $reason }
mod-decide = Zdecyduj
mod-log-heading = Rejestr moderacji
mod-log-none = Nie ma jeszcze decyzji.
mod-col-when = Kiedy
mod-col-remark = Uwaga
mod-col-decision = Decyzja
mod-log-published = Opublikowana
mod-log-held = Wstrzymana po zgłoszeniach mieszkańców
mod-log-hidden = Ukryta: { $reason }
mod-log-waiting = Wróciła do moderatora

## Odpowiedzi i raport końcowy (pl)
error-nothing-picked = Zaznacz co najmniej jedną uwagę lub stwierdzenie bez odpowiedzi.
error-verdict-required = Wybierz odpowiedź z listy.
error-report-before-close = Raport można opublikować dopiero po zakończeniu konsultacji.
notice-answer-given = { $count ->
    [one] Odpowiedź dotyczy { $count } uwagi lub stwierdzenia; autor dostał powiadomienie.
   *[other] Odpowiedź dotyczy { $count } uwag i stwierdzeń; autorzy dostali powiadomienie.
}
notice-report-saved = Raport jest zapisany; jeszcze nie jest opublikowany.
notice-report-published = Raport jest opublikowany.
ans-title = Odpowiedzi i raport
ans-left = { $count ->
    [0] Wszystko ma odpowiedź
    [one] { $count } uwaga lub stwierdzenie bez odpowiedzi
    [few] { $count } uwagi i stwierdzenia bez odpowiedzi
   *[other] { $count } uwag i stwierdzeń bez odpowiedzi
}
ans-pick = Uwagi i stwierdzenia w tej samej sprawie dostają jedną wspólną odpowiedź
ans-statement = Stwierdzenie
ans-verdict = Odpowiedź
ans-choose = Wybierz
ans-justification = Uzasadnienie
ans-justification-hint = Napisz dlaczego, co najmniej 20 znaków; przeczyta to autor i wszyscy inni.
ans-give = Udziel tej odpowiedzi zaznaczonym
ans-heading = Odpowiedź miasta:
ans-accepted = uwzględniona
ans-partly-accepted = uwzględniona częściowo
ans-not-accepted = nieuwzględniona
ans-not-applicable = nie dotyczy przedmiotu konsultacji
ans-already-covered = już zawarta w projekcie
rep-title = Raport końcowy
rep-read = Przeczytaj raport
rep-published-already = Raport jest opublikowany.
rep-summary = Podsumowanie
rep-summary-hint = Czego dotyczyły konsultacje, jak przebiegły i co z nich wynikło.
rep-changes = Co zmieniło się w decyzji
rep-save = Zapisz bez publikowania
rep-publish = Opublikuj raport
rep-published = Opublikowany { $date }
rep-asked = O co pytano
rep-participation = Udział
rep-col-form = Forma i sposób
rep-col-count = Liczba
rep-remarks-portal = Uwagi w portalu
rep-remarks-paper = Uwagi na papierze
rep-remarks-post = Uwagi przysłane pocztą
rep-remarks-email = Uwagi przysłane e-mailem
rep-map-participants = Osoby na mapie opinii
rep-map-votes = Odpowiedzi na mapie opinii
rep-remarks = Wszystkie uwagi z odpowiedziami
rep-statements = Stwierdzenia mapy opinii z odpowiedziami
rep-csv = Uwagi i odpowiedzi (CSV)
rep-json = Cały raport (JSON)
con-report-link = Raport końcowy
error-channel-required = Wybierz, jak uwaga wpłynęła: na papierze, pocztą czy e-mailem.
error-paper-outside-dates = Uwagi z papieru, poczty i e-maila wpisuje się od otwarcia konsultacji do terminu odpowiedzi.
notice-remark-entered = Uwaga jest wpisana i opublikowana ze sposobem, w jaki wpłynęła.
paper-heading = Uwagi na papierze, pocztą i e-mailem
paper-lead = Wpisz każdą uwagę tak, jak wpłynęła; zostanie opublikowana od razu, ze sposobem, w jaki wpłynęła, i dostanie odpowiedź jak każda inna. Pomiń dane osobowe nadawcy.
paper-channel = Wpłynęła
paper-text = Treść uwagi
paper-text-hint = Tak, jak napisał ją autor, bez jego nazwiska, adresu i telefonu.
paper-enter = Wpisz uwagę
error-section-heading-first = Zacznij dokument od nagłówka części: wiersza zaczynającego się od „## ”.
error-section-empty = Każda część potrzebuje nagłówka i tekstu pod nim.
error-consultation-published = Te konsultacje są opublikowane; ich ostatni dzień zmienia tylko przedłużenie z uzasadnieniem.
notice-consultation-saved = Konsultacje są zapisane jako szkic; mieszkańcy ich jeszcze nie widzą.
notice-consultation-published = Konsultacje są opublikowane; portal sam prowadzi je według terminów.
notice-consultation-extended = Konsultacje są przedłużone; nowy ostatni dzień i powód widać na ich stronie.

## Strony organizatorów (pl)
org-title = Konsultacje: biurko organizatora
org-new = Nowe konsultacje
org-back = Wszystkie konsultacje na biurku organizatora
org-published = Te konsultacje są opublikowane; portal sam prowadzi je według terminów.
org-see = Zobacz je tak jak mieszkańcy
org-extended = Przedłużone z { $old } do { $new }. Powód:
org-extend = Przedłuż konsultacje
org-extend-lead = Nowy ostatni dzień z uzasadnieniem, póki konsultacje trwają; najwyżej 60 dni łącznie. Terminy odpowiedzi i raportu przesuwają się razem z nim.
org-new-closes = Nowy ostatni dzień
org-reason = Powód przedłużenia
org-extend-button = Przedłuż
org-field-title = Tytuł
org-field-summary = Streszczenie
org-easy-hint = Krótkie zdania, codzienne słowa; każda myśl w osobnym akapicie.
org-field-topic = Temat
org-field-districts = Dzielnice, których dotyczą (żadna zaznaczona: całe miasto)
org-field-forms = Formy udziału
org-forms-hint = Co najmniej trzy, w tym otwarte spotkanie lub warsztaty.
org-form-remarks = Uwagi w portalu
org-form-opinion-map = Mapa opinii
org-form-survey = Ankieta
org-form-meeting = Otwarte spotkanie
org-form-workshop = Warsztaty
org-form-duty-hours = Dyżury ekspertów
org-form-paper = Uwagi na papierze, pocztą i e-mailem
org-field-moderation = Moderacja uwag
org-field-verified = Na mapie opinii jeden głos na zweryfikowaną osobę (nie na konto)
org-dates-hint = Dni w Krakowie. Akcja informacyjna trwa co najmniej 7 dni przed otwarciem, licząc od publikacji; konsultacje trwają od 21 do 60 dni.
org-field-opens = Pierwszy dzień konsultacji
org-field-closes = Ostatni dzień konsultacji
org-field-sections = Dokument, częściami
org-sections-hint = Każdą część zacznij wierszem „## Nagłówek”, potem jej tekst; pusty wiersz między akapitami. Każda część dostaje własny adres.
org-save = Zapisz jako szkic
org-publish = Opublikuj
con-extended = Przedłużone z { $old } do { $new }: { $reason }
ntf-title = Twoje powiadomienia o konsultacjach
ntf-none = Na razie nic. Gdy moderator opublikuje lub ukryje Twoją uwagę albo miasto na nią odpowie, znajdziesz to tutaj.
ntf-new = nowe
ntf-published = Moderator opublikował Twoją uwagę nr { $id }.
ntf-held = Twoja uwaga nr { $id } jest ukryta po zgłoszeniach mieszkańców do decyzji moderatora. Możesz ją zmienić.
ntf-hidden = Moderator ukrył Twoją uwagę nr { $id }. Powód: { $reason }. Możesz ją zmienić; moderator spojrzy na nią jeszcze raz.
ntf-answered = Miasto odpowiedziało na Twoją uwagę nr { $id }: { $verdict }.
con-notifications-link = Twoje powiadomienia
error-outside-consultation = Ten dzień nie mieści się w konsultacjach: wybierz dzień od ich otwarcia do ostatniego dnia.
error-time-invalid = Wpisz godzinę jako GG:MM, na przykład 17:30.
error-place-required = Podaj adres albo link do spotkania w internecie.
error-meeting-link-invalid = Link musi zaczynać się od https:// i zawierać adres strony.
error-slot-longer = Dyżur jest krótszy niż jedna rozmowa: wydłuż go albo skróć rozmowy.
error-slots-many = Naraz można dodać najwyżej { $max } terminów: skróć dyżur albo wydłuż rozmowy.
error-meeting-unknown = Nie ma takiego spotkania w tych konsultacjach.
error-meeting-started = Spotkanie już się zaczęło: zapisy i rezygnacje są zamknięte.
error-already-registered = Jesteś już zapisana lub zapisany na to spotkanie.
error-not-registered = Nie jesteś zapisana ani zapisany na to spotkanie.
error-slot-taken = Ten termin jest już zajęty albo minął: wybierz inny.
error-slot-already-booked = Masz już zarezerwowany termin dyżuru w tych konsultacjach. Zrezygnuj z niego, aby wybrać inny.
error-phone-invalid = Podaj polski numer telefonu: dziewięć cyfr, na przykład 600 100 200.
error-form-not-offered = Te konsultacje nie przewidują tej formy udziału.
notice-meeting-added = Spotkanie jest dodane; mieszkańcy mogą się na nie zapisywać.
notice-slots-added = { $count ->
    [one] Dodano { $count } termin dyżuru.
    [few] Dodano { $count } terminy dyżuru.
   *[other] Dodano { $count } terminów dyżuru.
}
notice-registered-seat = Jesteś zapisana lub zapisany i masz miejsce na spotkaniu.
notice-registered-waiting = Wszystkie miejsca są zajęte: jesteś na liście rezerwowej, na miejscu { $place }. Gdy ktoś zrezygnuje, przesuniesz się w górę i powiadomimy Cię.
notice-registration-cancelled = Rezygnacja jest zapisana. Twoje miejsce dostanie pierwsza osoba z listy rezerwowej.
notice-slot-booked = Termin dyżuru jest zarezerwowany.
notice-booking-cancelled = Rezerwacja terminu jest odwołana.
notice-attendance-saved = Liczba obecnych jest zapisana; trafi do raportu.
mtg-title = Spotkania i dyżury
mtg-heading = Spotkania i warsztaty
mtg-none = Nie zaplanowano jeszcze spotkań.
mtg-kind-meeting = Otwarte spotkanie
mtg-kind-workshop = Warsztaty
mtg-when = Kiedy
mtg-where = Gdzie
mtg-online = W internecie
mtg-access = Dostępność
mtg-access-none = Organizator nie podał informacji o dostępności.
mtg-step-free = Wejście bez schodów
mtg-lift = Winda
mtg-induction-loop = Pętla indukcyjna
mtg-sign-language = Tłumacz PJM na życzenie
mtg-seats = Miejsca
mtg-seats-text = { $seats } miejsc; zajęte: { $taken }; na liście rezerwowej: { $waiting }
mtg-place-seat = Masz miejsce na tym spotkaniu.
mtg-place-waiting = Jesteś na liście rezerwowej, na miejscu { $place }.
mtg-closed = Spotkanie już się zaczęło: zapisy są zamknięte.
mtg-sign-in = Zaloguj się, aby się zapisać
mtg-want-interpreter = Potrzebuję tłumacza polskiego języka migowego (PJM)
mtg-register = Zapisz się
mtg-join-waiting = Zapisz się na listę rezerwową
mtg-cancel = Zrezygnuj ze spotkania
mtg-ics = Dodaj do kalendarza (plik iCalendar)
duty-heading = Dyżury ekspertów
duty-none = Nie zaplanowano jeszcze dyżurów.
duty-col-when = Kiedy
duty-col-expert = Ekspert
duty-col-how = Jak
duty-col-state = Termin
duty-by-phone = Telefonicznie: ekspert zadzwoni
duty-in-person = Osobiście: { $place }
duty-yours = Twoja rezerwacja
duty-cancel = Odwołaj rezerwację
duty-past = Minął
duty-free = Wolny
duty-taken = Zajęty
duty-sign-in = Zaloguj się, aby zarezerwować termin
duty-book-heading = Zarezerwuj rozmowę z ekspertem
duty-slot-label = Wolny termin
duty-phone-label = Numer telefonu
duty-phone-hint = Tylko przy dyżurze telefonicznym: pod ten numer zadzwoni ekspert. Widzą go wyłącznie organizatorzy.
duty-question-label = O czym chcesz porozmawiać (nieobowiązkowe)
duty-question-hint = Najwyżej { $max } znaków.
duty-book = Zarezerwuj
duty-mode-phone = Telefonicznie
duty-mode-in-person = Osobiście
desk-title = Spotkania i dyżury: biurko organizatora
desk-no-registrants = Nikt się jeszcze nie zapisał.
desk-registrants = Zapisani na „{ $title }”, w kolejności zapisów
desk-col-order = Nr
desk-col-name = Imię i nazwisko
desk-col-email = E-mail
desk-col-place = Miejsce
desk-col-interpreter = Tłumacz PJM
desk-col-at = Zapis
desk-col-booked = Rezerwacja
desk-yes = tak
desk-no = nie
desk-attended = Ile osób przyszło
desk-attended-save = Zapisz liczbę obecnych
desk-add-meeting = Dodaj spotkanie
desk-add-duty = Dodaj dyżur
desk-field-kind = Rodzaj
desk-field-title = Tytuł
desk-field-date = Dzień
desk-date-hint = Dzień w czasie konsultacji.
desk-field-starts = Początek
desk-field-ends = Koniec
desk-field-place = Adres
desk-place-hint = Budynek i sala. Zostaw puste, jeśli spotkanie jest tylko w internecie.
desk-duty-place-hint = Potrzebny przy dyżurze osobistym.
desk-field-online = Link do spotkania w internecie (nieobowiązkowe)
desk-field-seats = Liczba miejsc
desk-field-expert = Ekspert (imię, nazwisko i rola)
desk-field-mode = Jak
desk-field-from = Od
desk-field-to = Do
desk-field-minutes = Długość jednej rozmowy (minuty)
con-meetings-link = Spotkania i dyżury
ntf-seat-freed = Zwolniło się miejsce: masz miejsce na spotkaniu „{ $title }” ({ $when }).
desk-place-seat = miejsce
desk-place-waiting = lista rezerwowa, nr { $place }
error-unsubscribe-invalid = Ten link do wypisania się jest nieprawidłowy. Skopiuj cały link z wiadomości albo zaloguj się i zmień ustawienia powiadomień.
notice-following-saved = Ustawienia powiadomień są zapisane.
notice-unsubscribed = Nie będziemy już wysyłać Ci wiadomości o konsultacjach. Powiadomienia zostają w portalu.
news-opened = Konsultacje się rozpoczęły: możesz wziąć udział.
news-closing-soon = Zostało mniej niż 7 dni do końca konsultacji.
news-report-published = Opublikowano raport z konsultacji.
news-remark-held = Twoja uwaga nr { $id } czeka na decyzję moderatora po zgłoszeniach.
news-remark-hidden = Moderator ukrył Twoją uwagę nr { $id }; powód jest w portalu.
news-remark-answered = Miasto odpowiedziało na Twoją uwagę nr { $id }.
news-seat-freed = Zwolniło się miejsce: masz miejsce na spotkaniu „{ $title }”.
news-other = Nowość w konsultacjach.
news-mail-subject = { $count ->
    [one] Konsultacje społeczne: 1 nowość
    [few] Konsultacje społeczne: { $count } nowości
   *[other] Konsultacje społeczne: { $count } nowości
}
news-mail-greeting = Dzień dobry, { $name }!
news-mail-footer = Co obserwujesz i jak często piszemy, zmienisz tutaj: { $settings }
    Aby nie dostawać tych wiadomości (bez logowania): { $unsubscribe }
fol-title = Obserwowane konsultacje
fol-lead = Napiszemy, gdy konsultacje, które Cię dotyczą, się rozpoczną, na tydzień przed ich końcem i gdy opublikujemy raport. O odpowiedziach na Twoje uwagi piszemy zawsze.
fol-link = Co obserwujesz i jak dostajesz powiadomienia
fol-everything = Wszystkie konsultacje w Krakowie
fol-districts = Dzielnice (konsultacje całego miasta dotyczą każdej z nich)
fol-topics = Tematy
fol-delivery = Wiadomości e-mail na { $email }
fol-daily = Raz dziennie, zebrane w jednej wiadomości
fol-at-once = Od razu, każda nowość osobno
fol-portal-only = Bez e-maili, tylko powiadomienia w portalu
fol-save = Zapisz ustawienia
unsub-title = Wypisz się z wiadomości o konsultacjach
unsub-lead = Po kliknięciu przycisku nie będziemy wysyłać Ci e-maili o konsultacjach. Powiadomienia nadal zobaczysz w portalu po zalogowaniu.
unsub-button = Nie wysyłajcie mi e-maili
unsub-done = Gotowe: nie wyślemy Ci już e-maili o konsultacjach.
unsub-settings = Ustawienia powiadomień (po zalogowaniu)
con-following-link = Obserwuj konsultacje
feed-title = Konsultacje społeczne w Krakowie
feed-author = Konto Obywatelskie – Miasto Kraków
feed-whole-city = całe miasto
feed-dates = Konsultacje od { $opens } do { $closes }
feed-period = Konsultacje: { $title }
feed-phase-information = Wkrótce: trwa akcja informacyjna.
feed-phase-open = Trwają: możesz wziąć udział.
feed-phase-answering = Zakończone: miasto odpowiada na uwagi.
feed-phase-reported = Zakończone: raport jest opublikowany.
con-feeds = Kanały otwartych danych:
con-feed-atom = Atom (czytnik wiadomości)
con-feed-calendar = kalendarz konsultacji i spotkań (iCalendar)
error-statement-duplicate = Takie stwierdzenie już jest na mapie opinii (albo czeka na moderatora). Odpowiedz na nie albo napisz inne.
notice-statement-published = Twoje stwierdzenie jest na mapie opinii; inni mogą na nie odpowiadać.
notice-statement-waiting = Twoje stwierdzenie czeka na moderatora. Powiadomimy Cię o decyzji.
op-propose-heading = Zaproponuj stwierdzenie
op-propose-lead = Brakuje czegoś ważnego? Napisz krótkie zdanie, z którym inni mogą się zgodzić albo nie.
op-propose-lead-before = Brakuje czegoś ważnego? Napisz krótkie zdanie, z którym inni mogą się zgodzić albo nie. Moderator sprawdzi je przed pokazaniem.
op-propose-label = Stwierdzenie
op-propose-hint = Jedna myśl, najwyżej { $max } znaków.
op-propose-send = Zaproponuj
mod-statements-heading = Stwierdzenia do sprawdzenia
mod-statement-number = Stwierdzenie nr { $id }
ntf-statement-published = Moderator opublikował Twoje stwierdzenie „{ $text }”.
ntf-statement-hidden = Moderator ukrył Twoje stwierdzenie „{ $text }”. Powód: { $reason }.
news-statement-published = Twoje stwierdzenie jest na mapie opinii.
news-statement-hidden = Moderator ukrył Twoje stwierdzenie; powód jest w portalu.

## Documents, translations and the linked survey
con-documents = Dokumenty
con-document-size-kb = { $size } kB
con-document-size-mb = { $size } MB
con-document-download = Pobierz: { $title } ({ $kind }, { $size })
con-survey = Ankieta
con-survey-lead = W tych konsultacjach możesz też wypełnić ankietę.
con-survey-take = Wypełnij ankietę: { $title }
con-survey-see = Zobacz ankietę: { $title }
org-documents = Dokumenty
org-documents-lead = Pliki dołączone do konsultacji. Rodzaj pliku sprawdzamy po jego zawartości, nie po nazwie.
org-documents-none = Nie ma jeszcze dokumentów.
org-documents-save-first = Dokumenty można dodać po pierwszym zapisaniu konsultacji.
org-document-title = Tytuł dokumentu
org-document-file = Plik
org-document-file-hint = PDF, ODT, ODS, DOCX, XLSX, PNG lub JPEG, najwyżej { $max } MB.
org-document-add = Dodaj dokument
org-document-remove = Usuń dokument „{ $title }”
org-translation-en = Wersja angielska (nieobowiązkowa)
org-translation-uk = Wersja ukraińska (nieobowiązkowa)
org-field-survey = Ankieta do konsultacji
org-survey-hint = Ankieta przygotowana w kreatorze ankiet, gdy jedną z form jest ankieta.
org-survey-none = (bez ankiety)
error-document-too-large = Plik jest za duży: najwyżej { $max } MB. Wybierz mniejszy plik.
error-document-type = Tego rodzaju pliku nie przyjmujemy. Dodaj PDF, ODT, ODS, DOCX, XLSX, PNG lub JPEG (sprawdzamy zawartość pliku, nie jego nazwę).
error-document-unknown = Tego dokumentu nie ma w tych konsultacjach.
error-translation-sections = { $count ->
    [one] Tłumaczenie ma { $count } sekcję, a dokument po polsku { $expected }. Przetłumacz każdą sekcję w tej samej kolejności.
    [few] Tłumaczenie ma { $count } sekcje, a dokument po polsku { $expected }. Przetłumacz każdą sekcję w tej samej kolejności.
   *[other] Tłumaczenie ma { $count } sekcji, a dokument po polsku { $expected }. Przetłumacz każdą sekcję w tej samej kolejności.
}
error-survey-unknown = Nie ma takiej ankiety. Wybierz ankietę z listy.
error-survey-required = Wśród form udziału jest ankieta: wybierz ją z listy albo odznacz tę formę.
notice-document-added = Dokument jest dodany.
notice-document-removed = Dokument jest usunięty.
op-source = Stwierdzenia i głosy tej mapy opinii pochodzą z rozmowy w Pol.is:
notice-translations-saved = Wersje językowe są zapisane.
org-languages = Wersje językowe
org-languages-link = Wersje językowe: angielska i ukraińska
org-languages-lead = Konsultacje można pokazać także po angielsku i po ukraińsku. Wersja jest cała albo jej nie ma: tytuł, streszczenie i wszystkie sekcje w tej samej kolejności co po polsku. Puste pola: konsultacje są pokazywane po polsku.
org-languages-save = Zapisz wersje językowe
rep-survey-responses = Odpowiedzi w ankiecie
rep-meeting-attended = Uczestnicy spotkania:
