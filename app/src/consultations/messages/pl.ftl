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
   *[many] { $count } uwag czeka
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
   *[many] { $groups } grup
} wśród { $placed } z { $participants } uczestników (pozostali odpowiedzieli na zbyt mało stwierdzeń). Stan na { $when }.
op-group = Grupa { $name }: { $size ->
    [one] { $size } osoba
    [few] { $size } osoby
   *[many] { $size } osób
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
