## District referenda (pl)

notice-referendum-voted = Twój głos został policzony. Dziękujemy.
notice-referendum-saved = Referendum zostało zapisane.
error-referendum-not-open = Głosowanie w tym referendum jeszcze się nie rozpoczęło. Głos nie został zapisany.
error-referendum-closed = Głosowanie w tym referendum już się zakończyło. Głos nie został zapisany.
error-already-voted-referendum = Ta osoba już głosowała w tym referendum. Można oddać tylko jeden głos.
error-referendum-not-eligible = To referendum jest dla mieszkańców innych dzielnic. Decyduje dzielnica w Twoim profilu.
error-options-required = Podaj od 2 do 10 odpowiedzi, każdą w osobnym wierszu.
error-quorum-invalid = Podaj frekwencję od 1 do 100 procent albo zostaw puste, jeśli nie ma progu.
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
