site-name = Citizen Account Kraków
skip-to-content = Skip to main content
language-switcher-label = Page language
nav-label = Main menu
nav-home = Home
nav-account = My account
nav-staff = Back office
nav-users = Users
nav-sign-in = Sign in
nav-register = Create an account
nav-sign-out = Sign out
nav-settings = Display settings
footer-nav-label = About this service
footer-accessibility = Accessibility statement
footer-contact = Kraków Contact Centre: 12 616 55 55, weekdays 7:40–15:30.
footer-owner = A service of the City of Kraków.
loading = Loading…
save = Save
button-working = Sending…
back-to-account = Back to your account

home-title = One account for your Kraków matters
home-lead = Surveys, consultations, the participatory budget, tickets, local taxes, the Karta Krakowska city card and reports to the city – in one place, with one profile.
home-welcome-back = Welcome back, { $name }.
home-services-heading = Services
service-available = Available now
service-coming = Coming soon
service-account = Resident account
service-account-text = One profile instead of many: your details, language, display settings and a download of all your data.
service-surveys = Surveys
service-surveys-text = Satisfaction surveys after an office visit and the city's regular social surveys.
service-consultations = Public consultations
service-consultations-text = Take part in consultations, meetings and workshops, and read the final reports.
service-budget = Participatory budget and district referenda
service-budget-text = Vote for city-wide and district projects and see results with a full account of how they were counted.
service-tickets = Public transport tickets
service-tickets-text = KMK short and period tickets, including resident prices.
service-taxes = Local taxes and fees
service-taxes-text = Property tax, waste fee, instalment dates and interest.
service-card = Karta Krakowska
service-card-text = The resident card: discounts on tickets, culture, sport and with programme partners.
service-reports = Reports to the city
service-reports-text = Report faults and problems in public space and follow how they are resolved.

register-title = Create an account
register-lead = An account lets you take part in city matters and deal with them online. All fields are required. We will send a confirmation link to the address you give.
register-submit = Create account
register-have-account = Already have an account?
sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-no-account = No account yet?

field-name = Full name
field-name-hint = This is how we will address you.
field-email = Email address
field-email-hint = We send confirmations to this address. You also sign in with it.
field-password = Password
field-current-password = Current password
field-new-password = New password
field-new-password-hint = At least { $min } characters. A few words separated by spaces are easiest to remember.
field-district = District
field-district-hint = The district you live in. District projects in the participatory budget depend on it, for example.
field-district-choose = Choose a district

error-summary-title = There is a problem
error-prefix = Error:
error-email-required = Enter your email address.
error-email-invalid = Enter an email address in the correct format, like name@example.com.
error-email-taken = There is already an account with this email address. Sign in or use another address.
error-password-required = Enter your password.
error-password-too-short = Password must be at least { $min } characters.
error-password-too-long = Password must be { $max } characters or fewer.
error-password-is-email = Password must not be your email address.
error-passwords-differ = The passwords do not match.
error-name-required = Enter your full name.
error-name-too-long = Full name must be 100 characters or fewer.
error-name-invalid = Full name must not contain < or > or control characters.
error-district-required = Choose your district.
error-bad-credentials = The email address or password is incorrect.
error-throttled = Too many failed attempts. Try again in { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.
error-current-password-wrong = The password is incorrect.
error-confirm-required = Confirm that you understand the account cannot be restored.
error-choice-invalid = Choose one of the options given.
error-not-signed-in = Sign in to see this page.
error-not-allowed = You do not have permission to see this page.
error-own-role = You cannot change your own role. Ask another administrator.
error-unexpected = Something went wrong on our side. Nothing has been lost – try again in a moment.

notice-registered = Your account has been created. You are signed in.
notice-signed-in = You are signed in.
notice-signed-out = You have signed out. See you soon!
notice-password-changed = Your password has been changed. Other devices need to sign in again.
notice-profile-saved = Your details have been saved.
notice-display-saved = Your display settings have been saved.
notice-language-saved = The language has been changed.
notice-account-deleted = Your account and your data have been deleted.
notice-role-changed = The role has been changed.

account-title = My account
account-profile-heading = Your details
account-role = Role
account-manage-heading = Manage your account
account-export = Download all my data (JSON)
account-export-hint = The file holds your account details, settings and activity history.
role-resident = Resident
role-clerk = Clerk
role-admin = Administrator
profile-title = Change your details
password-title = Change your password
password-submit = Change password
password-other-devices = After the change you will be signed out on other devices.
delete-title = Delete your account
delete-warning = Deleting your account cannot be undone. We will delete your data and sign you out everywhere.
delete-export-first = Before deleting, you can download a copy of your data:
delete-confirm = I understand the account cannot be restored.
delete-submit = Delete account for good

settings-title = Display settings
settings-lead = Adjust how the service looks. Light or dark theme and reduced motion follow your device's settings.
settings-contrast = Contrast
settings-contrast-standard = Standard
settings-contrast-high = High contrast
settings-text-size = Text size
settings-text-standard = Standard
settings-text-large = Larger
settings-where-stored = We keep these settings in your account, or in a cookie in this browser when you are not signed in.

staff-title = Back office
staff-residents-total = Registered residents: { $count }.
staff-per-district = Residents by district
staff-residents = Residents
users-title = Users
users-audit-note = This list holds personal data. Every time it is shown, that is recorded in the audit log.
users-caption = All users ({ $count })
users-role-for = Role of
users-change-role = Change role
pagination-label = Pages of the list
pagination-previous = Previous page
pagination-next = Next page
pagination-status = Page { $page } of { $pages }

not-found-title = Page not found
not-found-text = If you typed the web address, check it is correct. If you pasted or followed a link, the page may have moved.
not-found-home = Go to the home page

a11y-title = Accessibility statement
a11y-intro = The City of Kraków is committed to making the Citizen Account service accessible, in accordance with the Polish Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies.
a11y-published = Date the service was published
a11y-updated = Date of the last significant update
a11y-status-heading = Compliance status
a11y-status = This service is partially compliant with the Act on digital accessibility, due to the non-compliances or exemptions listed below.
a11y-inaccessible-heading = Non-accessible content
a11y-inaccessible-pjm = There is no Polish Sign Language (PJM) recording describing the service yet – it is being prepared.
a11y-inaccessible-etr = There is no easy-to-read (ETR) text describing the service yet – it is being prepared.
a11y-assessment-heading = Preparation of this statement
a11y-assessment = This statement was prepared on 23 November 2026 by self-assessment: with every change, every page is checked automatically with axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) in all three languages, in standard and high contrast and on a 320-pixel-wide screen, and by tests using the keyboard only and without JavaScript.
a11y-features-heading = Accessibility features
a11y-feature-keyboard = The whole page works with a keyboard; a "Skip to main content" link is at the top of every page.
a11y-feature-display = High contrast and larger text can be switched on in the display settings:
a11y-feature-languages = The service is available in Polish, English and Ukrainian.
a11y-feature-nojs = Every form also works without JavaScript.
a11y-contact-heading = Feedback and contact information
a11y-contact = For accessibility matters, contact the Kraków Contact Centre on 12 616 55 55 (weekdays 7:40–15:30). You can also report an accessibility problem and ask for information that is not accessible in the service this way.
a11y-procedure-heading = Requests and complaints
a11y-procedure = Anyone may demand that a page or part of it be made digitally accessible, or that content be provided in another form. The request should give contact details, the page or element concerned and how to reply. We answer without delay and within 7 days at the latest; if that is not possible, we will say when, within 2 months at the most.
a11y-complaint = If we refuse, you may complain about the lack of digital accessibility. Once that procedure is exhausted, you may apply to the Commissioner for Human Rights (Rzecznik Praw Obywatelskich).
a11y-architecture-heading = Physical accessibility
a11y-architecture = Self-service terminals for this service stand in the City Hall's customer service points; staff there help people use them.

check-email-title = Check your email
check-email-text = We have sent a message to the email address you gave. Open the link in it to finish creating your account. The link works for { $hours } hours.
check-email-spam = If the message does not arrive within a few minutes, check your spam folder or register again:
confirm-title = Finish creating your account
confirm-text = Confirm that you want to create your account. You will then be signed in.
confirm-submit = Create my account
error-link-invalid = This link has expired or has already been used. Register again.
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
