## E-mail messages (en)

mail-confirm-subject = Confirm your new account – Citizen Account Kraków
mail-confirm-body = Hello { $name },

    To finish creating your Citizen Account Kraków, open this link (it works for 24 hours):

    { $link }

    If you are not creating an account, ignore this message – without confirmation no account is created.
mail-exists-subject = Attempt to create an account – Citizen Account Kraków
mail-exists-body = Hello,

    Someone (perhaps you) tried to create a Citizen Account Kraków with this email address. You already have an account with this address – you can sign in:

    { $link }

    If this was not you, ignore this message. Your account has not been changed.
mail-reset-subject = Choose a new password – Konto Obywatelskie Kraków
mail-reset-body = Hello { $name },

    To choose a new password for Konto Obywatelskie Kraków, open this link (it works for { $minutes } minutes and only once):

    { $link }

    If you did not ask to change your password, ignore this message: your password stays as it is.
mail-password-changed-subject = Your password was changed – Konto Obywatelskie Kraków
mail-password-changed-body = Hello { $name },

    The password of your account was changed and every device was signed out. If this was not you, call the Kraków Contact Centre: 12 616 55 55.
mail-new-email-subject = Confirm your new e-mail address – Konto Obywatelskie Kraków
mail-new-email-body = Hello { $name },

    To use this e-mail address for Konto Obywatelskie Kraków, open this link (it works for 24 hours):

    { $link }

    If this was not you, ignore this message: nothing will change.
mail-email-change-asked-subject = E-mail address change requested – Konto Obywatelskie Kraków
mail-email-change-asked-body = Hello { $name },

    Someone asked to change the e-mail address of your account to { $email }. The change happens only once it is confirmed from the new address. If this was not you, change your password and call the Kraków Contact Centre: 12 616 55 55.
mail-email-changed-subject = Your e-mail address was changed – Konto Obywatelskie Kraków
mail-email-changed-body = Hello { $name },

    The e-mail address of your account was changed to { $email }. This is the last message sent to this address. If this was not you, call the Kraków Contact Centre: 12 616 55 55.
