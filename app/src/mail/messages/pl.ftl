## E-mail messages (pl)

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
