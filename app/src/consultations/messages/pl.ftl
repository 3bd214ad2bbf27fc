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
