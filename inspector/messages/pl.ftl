ins-title = Kontrola biletów KMK
ins-lang-nav = Język
ins-result = Wynik kontroli
ins-waiting = Zeskanuj kod QR biletu albo wpisz jego kod.
ins-valid = WAŻNY
ins-not-valid = NIEWAŻNY
ins-checked-at = Sprawdzono { $at } (kontrola nr { $n })
ins-why-malformed = To nie jest bilet KMK w znanym formacie
ins-why-unknown-key = Podpisany kluczem, którego to urządzenie nie zna
ins-why-bad-signature = Podpis się nie zgadza: bilet podrobiony lub zmieniony
ins-why-key-not-valid = Wydany poza okresem ważności klucza
ins-why-revoked = Zwrócony i unieważniony
ins-why-not-yet-valid = Jeszcze nieważny
ins-why-expired = Bilet wygasł
ins-scan = Skanowanie kamerą
ins-camera-start = Włącz kamerę
ins-camera-stop = Wyłącz kamerę
ins-camera-view = Obraz z kamery
ins-camera-starting = Włączanie kamery…
ins-camera-looking = Kamera włączona: skieruj ją na kod QR biletu.
ins-camera-read = Kod odczytany, kamera wyłączona.
ins-camera-denied = Brak zgody na użycie kamery. Zezwól na nią w ustawieniach przeglądarki albo wpisz kod.
ins-camera-missing = Nie można włączyć kamery na tym urządzeniu. Wpisz kod biletu.
ins-type = Wpisanie kodu
ins-code = Kod biletu
ins-code-hint = Kod spod kodu QR, w grupach po pięć znaków. Wielkość liter, spacje i myślniki nie mają znaczenia.
ins-code-character = W kodzie jest znak, którego nie ma w kodach biletów. Sprawdź kod i popraw go.
ins-code-check = Kod jest niepełny albo któryś znak wpisano błędnie. Sprawdź go znak po znaku.
ins-check = Sprawdź bilet
ins-d-ticket = Bilet
ins-d-zones = Strefy
ins-d-fare = Rodzaj
ins-d-resident = Cena dla mieszkańca
ins-resident-card = Tak: poproś o Kartę Krakowską
ins-d-valid = Ważny
ins-d-vehicle = Pojazd
ins-d-line = Linia
ins-d-number = Numer biletu
ins-left-minutes = { $n ->
    [one] jeszcze { $n } minuta
    [few] jeszcze { $n } minuty
   *[other] jeszcze { $n } minut
}
ins-left-hours = { $n ->
    [one] jeszcze { $n } godzina
    [few] jeszcze { $n } godziny
   *[other] jeszcze { $n } godzin
}
ins-left-days = { $n ->
    [one] jeszcze { $n } dzień
   *[other] jeszcze { $n } dni
}
ins-holder = Imię i nazwisko z dokumentu pasażera
ins-holder-check = Porównaj z biletem
ins-holder-matches = Zgadza się z osobą na bilecie.
ins-holder-differs = Nie zgadza się z osobą na bilecie.
ins-device = Dane na tym urządzeniu
ins-keys = Klucze portalu: { $n }
ins-revoked = Unieważnione bilety: { $n }
ins-refreshed = Ostatnia aktualizacja: { $at }
ins-never-refreshed = Lista unieważnionych biletów nie została jeszcze pobrana.
ins-stale = Lista unieważnionych biletów ma ponad dobę albo jej brak: bilety zwrócone od tego czasu nie będą rozpoznane. Połącz się z siecią i zaloguj jako kontroler.
ins-online = Połączenie z siecią: jest
ins-offline = Połączenie z siecią: brak (sprawdzanie działa dalej)
ins-offline-ready = Aplikacja gotowa do pracy bez sieci.
ins-offline-not-ready = Aplikacja nie jest jeszcze zapisana do pracy bez sieci.
ins-sync-working = Aktualizowanie kluczy i listy…
ins-sync-done = Klucze i lista unieważnionych biletów są aktualne.
ins-sync-signed-out = Klucze zaktualizowano. Aby pobrać listę unieważnionych biletów, zaloguj się jako kontroler.
ins-sync-not-inspector = To konto nie ma roli kontrolera: lista unieważnionych biletów nie została pobrana.
ins-sync-offline = Brak sieci: sprawdzanie korzysta z danych zapisanych na urządzeniu.
ins-sync-failed = Portal odpowiedział czymś, czego aplikacja nie przyjęła; zachowano dotychczasowe dane.
ins-sign-in = Zaloguj się
ins-refresh = Aktualizuj teraz
