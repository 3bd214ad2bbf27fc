## Shared page parts (en)

site-description = Citizen Account Kraków: surveys, the participatory budget, district referenda and more city services in one place, with one account.
site-name = Citizen Account Kraków
nav-sign-in = Sign in
nav-register = Create an account
loading = Loading…
button-working = Sending…
back-to-account = Back to your account
field-district = District
field-district-hint = The district you live in. District projects in the participatory budget depend on it, for example.
field-district-choose = Choose a district
error-summary-title = There is a problem
error-prefix = Error:
survey-no-draft = We could not find a survey in progress. Unfinished answers without signing in are deleted after 3 hours.
error-not-found = We could not find this page.
error-being-counted = The results are being counted. Reload the page in a moment.
