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
confirm-text = Enter the password you chose when you registered. You will then be signed in.
confirm-password = Password
confirm-password-hint = The same password you typed in the registration form. If you did not register, close this page: nothing will happen.
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

## Surveys
nav-surveys = Surveys
nav-staff-surveys = Surveys – back office
surveys-title = Surveys
surveys-lead = Your opinion helps the city work better. Here are the surveys you can take part in and the results of those that have closed.
surveys-filter-district = Show surveys for the district
surveys-filter-all = All districts
surveys-filter-apply = Show
surveys-open-heading = Open surveys
surveys-results-heading = Results of closed surveys
surveys-none-open = No survey is open at the moment.
surveys-none-results = No results have been published yet.
survey-closes = Open until { $date }
survey-responses = { $count ->
    [one] { $count } response
   *[other] { $count } responses
}
survey-length = { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}, about { $minutes } min
survey-dates = From { $opens } to { $closes } (Kraków time)
survey-anonymous = Anonymous survey: answers are not linked to an account, a code or an address, and only the day they were sent is kept.
survey-not-anonymous = Named survey: answers are stored with your account.
survey-audience-anyone = Anyone can answer.
survey-audience-signed-in = For signed-in residents.
survey-audience-districts = For residents of the districts: { $districts }.
survey-audience-codes = For people with a one-time code from their office visit receipt.
survey-draft-tag = Started – you can finish it
survey-answered-tag = You have answered
survey-start = Start the survey
survey-continue = Continue the survey
survey-code = Code from the visit receipt
survey-code-hint = 10 characters, for example ABCDE-FGHJK. It is printed under the QR code.
survey-sign-in-needed = Sign in to take part in this survey.
survey-see-results = See the results
survey-edit = Edit the survey
survey-back-to-list = Back to the list of surveys
survey-optional = (optional)
survey-other = Other
survey-other-specify = Please specify
survey-choose-between = Choose between { $min } and { $max } answers.
survey-choose-up-to = Choose up to { $max } answers.
survey-choose-at-least = Choose at least { $min } answers.
survey-choose-any = You can choose several answers.
survey-text-limit = Up to { $max } characters.
survey-progress = Page { $page } of { $pages }
survey-next = Continue
survey-back = Back
survey-save-later = Save and finish later
survey-no-draft = We could not find a survey in progress. Unfinished answers without signing in are deleted after 3 hours.
survey-start-again = Start the survey
survey-review-title = Check your answers
survey-review-lead = Check your answers before sending them. You can still change them.
survey-not-answered = Not answered
survey-change = Change
survey-submit = Send my answers
survey-thanks-title = Thank you for taking part
survey-thanks-text = Your answers have been saved.
survey-results-after = The results will be published after the survey closes ({ $date }).
error-answer-required = Answer this question
error-answer-invalid = Choose one of the answers given
error-other-required = Say what "Other" means
error-choices-too-few = Choose at least { $min } answers
error-choices-too-many = Choose no more than { $max } answers
error-text-too-long = The text can be at most { $max } characters long
error-grid-incomplete = Rate every item
error-survey-not-open = This survey has not started yet.
error-survey-closed = This survey has closed. The answers were not saved.
error-not-eligible = This survey is for residents of other districts.
error-code-invalid = Enter the code from your visit receipt (10 characters, for example ABCDE-FGHJK)
error-code-used = This code has already been used
error-already-answered = You have already answered this survey. Thank you!
error-not-found = We could not find this page.
error-text-required = Enter the text in Polish
error-page-invalid = Enter a page number from 1 to 50
error-options-count = Give 2 to 30 answers, each on its own line
error-choice-limits = The fewest choices cannot be more than the most choices or the number of answers
error-items-count = Give 1 to 30 items, each on its own line
error-scale-invalid = A scale must start below its end and have at most 11 points
error-condition-invalid = Choose the question and the values this question depends on (answer numbers or scale points)
error-condition-forward = A question can only depend on questions on earlier pages
error-questions-locked = The survey already has answers: only texts can be corrected
error-date-invalid = Enter a real date, for example 2026-12-31
error-dates-order = The end must be after the start
error-districts-required = Choose at least one district
error-batch-size = Enter a number of codes from 1 to 2000
notice-survey-saved = Survey saved.
notice-question-saved = Question saved.
notice-question-deleted = Question deleted.
notice-codes-created = Codes created. You can print them now.
notice-answer-hidden = Answer hidden from the results.
notice-answer-shown = Answer shown in the results again.
notice-draft-saved = Answers saved. You can finish the survey later.
results-title = Survey results
results-total = { $count ->
    [one] { $count } response
   *[other] { $count } responses
}
results-download = Download the data:
results-csv = CSV (one response per row)
results-json = JSON
results-answered = Answers to this question: { $count }
results-mean-median = Mean { $mean }, median { $median }
results-nps = Net Promoter Score: { $score }
results-nps-parts = (promoters: { $promoters }, passives: { $passives }, detractors: { $detractors })
results-table-caption = Answers in numbers: { $question }
results-answer = Answer
results-count = Count
results-percent = Share
results-item = Item
results-mean = Mean
results-median = Median
results-chart-summary = Bar chart. Most common answer: { $answer }, { $percent } %. The exact numbers are in the table next to it.
results-no-answers = Nobody has answered this question yet.
results-texts = Text answers: { $shown } of { $total }
results-hidden = Hidden by the office (for example personal data): { $count }
results-hide = Hide this answer
results-breakdowns = Results by group
results-suppression-note = Groups with fewer than { $min } responses are not shown, so that no one can be singled out.
results-by-district = By district
results-by-question = By the answer to: { $question }
results-group = Group
results-responses = Responses
results-col-mean = Mean: { $question }
results-col-nps = NPS: { $question }
results-suppressed = fewer than { $min }
kind-single = Single choice
kind-multi = Multiple choice
kind-scale = Rating scale
kind-nps = Recommendation 0–10 (NPS)
kind-short = Short text
kind-long = Long text
kind-grid = Rating grid
phase-not-open = Not started
phase-open = Open
phase-closed = Closed
builder-title = Surveys – building and results
builder-all-surveys = All surveys
builder-survey = Survey
builder-phase = State
builder-closes = Closes
builder-actions = Actions
builder-results = Results
builder-new = New survey
builder-title-field = Title
builder-title-hint = In Polish. You add translations, dates and questions in the next step.
builder-create = Create the survey
builder-edit-title = Editing a survey
builder-preview = Preview
builder-public-page = Survey page
builder-settings = Settings
builder-intro = Introduction
builder-in-polish = In Polish
builder-in-english = In English (optional)
builder-in-ukrainian = In Ukrainian (optional)
builder-opens-date = Opens – date
builder-opens-time = Opens – time
builder-closes-date = Closes – date
builder-closes-time = Closes – time
builder-time-hint = Kraków time. Without a time the survey opens at 00:00 and closes at 23:59.
builder-audience = Who can answer
builder-audience-districts = Signed-in residents of chosen districts
builder-districts = Districts (when the survey is for chosen districts)
builder-anonymous = Anonymous survey
builder-anonymous-hint = Answers without account, code, address or time of day. This cannot change after the first answer.
builder-public-results = Publish the results after closing
builder-save = Save the settings
builder-questions = Questions ({ $count })
builder-locked = The survey already has answers, so its questions are locked. You can only correct texts.
builder-question-meta = Page { $page } · { $kind }
builder-shown-if = shown when { $question } = { $values }
builder-edit-question = Edit
builder-move-up = Move up
builder-move-down = Move down
builder-delete = Delete
builder-add-question = Add a question
builder-add-kind = Add: { $kind }
builder-codes = One-time codes
builder-codes-lead = Each code lets someone answer the survey once. Print them with QR codes on visit receipts.
builder-codes-count = Number of codes
builder-codes-count-hint = From 1 to { $max }.
builder-codes-create = Create codes
builder-batch = Batch of { $created }: { $size } codes, used: { $used }
builder-new-question = New question: { $kind }
builder-edit-question-title = Editing question { $key }
builder-question-text = Question
builder-help = Hint (optional)
builder-page = Page
builder-page-hint = The number of the survey page the question is on.
builder-required = An answer is required
builder-options = Answers to choose from
builder-options-hint = One per line; lines of the translations in the same order.
builder-other = Add the answer "Other (please specify)"
builder-min-choices = Fewest choices
builder-max-choices = Most choices
builder-max-choices-hint = 0 = no limit.
builder-items = Items rated
builder-scale-min = Scale starts at
builder-scale-max = Scale ends at
builder-low-label = Label of the lowest rating
builder-high-label = Label of the highest rating
builder-max-len = Most characters
builder-max-len-hint = 0 = the default (short text 200, long text 2000).
builder-show-if = Show only when this question was answered
builder-show-if-hint = Only questions on earlier pages.
builder-always = Always show
builder-show-if-values = … with one of the values
builder-show-if-values-hint = Answer numbers (1, 2, … or other) or scale points, separated by commas.
builder-save-question = Save the question
builder-cancel = Cancel
builder-back-to-survey = Back to the survey
codes-title = Survey codes
codes-lead = Batch: { $size } codes, used: { $used }, left to hand out: { $left }.
codes-print-hint = Print this page (Ctrl+P): only the codes are printed.
preview-title = Survey preview
preview-note = This is how residents will see the survey. Answers cannot be sent from the preview.

## Participatory budget
nav-budget = Participatory budget
bo-title = Participatory budget
bo-lead = Residents decide what part of the city's budget is spent on: they propose projects and vote on them, and the results are counted by two rules — the city's rule and the Method of Equal Shares — with an explanation of why each project won or lost.
bo-none = There are no editions yet.
bo-phase-announced = Announced
bo-phase-submission = Project submission
bo-phase-verification = Projects being verified
bo-phase-voting = Voting is open
bo-phase-counting = Voting closed, counting
bo-phase-results = Results published
bo-voting-dates = Voting from { $opens } to { $closes } (Kraków time)
bo-facts = Pools: { $pools }, projects: { $projects }, ballots cast: { $ballots }
bo-simulation = A simulation on real open data (pabulib)
bo-results-on = Results will be published on { $date }
bo-results-link = Results
bo-results-heading = Participatory budget results
bo-results-title = Results: { $edition }
bo-back-to-list = All editions
bo-back-to-results = All pools of this edition
bo-pools-heading = Pools
bo-pools-caption = Results in every pool by both rules
bo-col-pool = Pool
bo-col-budget = Amount
bo-col-ballots = Ballots
bo-col-greedy-spent = City's rule
bo-col-mes-spent = Equal Shares
bo-col-differ = Projects where they differ
bo-spent-cell = { $spent } ({ $n } proj.)
bo-turnout-heading = Turnout
bo-turnout-total = { $total } ballots were cast: { $online } online and { $paper } on paper.
bo-turnout-caption = Ballots by the voter's district
bo-col-district = District
bo-col-online = Online
bo-col-paper = On paper
bo-col-total = Total
bo-district-unknown = Unknown
bo-rules-heading = How the votes were counted
bo-rule-greedy = City's rule
bo-rule-greedy-text = points (3, 2 and 1 for the places on the ballot) or votes are summed per project; projects are taken from the most points down, skipping any that no longer fits the money left.
bo-rule-min-votes = A project needs at least { $min } votes.
bo-rule-stop = Counting stops at the first project that does not fit.
bo-rule-mes = Method of Equal Shares
bo-rule-mes-text = every voter gets an equal share of the pool; a project is bought when its supporters can pay for it, the one needing the smallest payment per supporter first; supporters pay equal amounts, and those with less left pay all they have. A ranked ballot counts as support for the projects chosen.
bo-utility-cost = A project's benefit is measured by its cost.
bo-utility-count = Every chosen project counts the same.
bo-completion-none = Everyone's share is the pool divided by the number of voters.
bo-completion-add1 = Everyone's share is then raised by 1 zł at a time while the outcome fits the pool, and the last outcome that fits is kept.
bo-completion-add1-stop = Everyone's share is then raised by 1 zł at a time while the outcome fits the pool, at most until nothing more could be added.
bo-fill = Money left over goes to further projects by points, where they fit.
bo-tie-preferences = With equal points, the project with more first places ranks higher, then more second places; the project number decides last.
bo-tie-project-id = Ties are decided by the project number (in text order).
bo-tie-more-votes = Ties go to the project with more votes, then to the project number.
bo-tie-lower-cost = Ties go to the cheaper project, then to the project number.
bo-official-greedy = The city's rule decides; the Method of Equal Shares shows how the money would be shared by it.
bo-official-mes = The Method of Equal Shares decides; the city's rule is shown for comparison.
bo-pool-title = Results: { $pool }
bo-pool-budget = Pool amount: { $budget }; ballots with a vote in this pool: { $ballots }
bo-pool-spent = { $rule }: { $spent } spent, { $left } left, projects funded: { $n }
bo-share = Each voter's share in the Method of Equal Shares: { $share } (raised by 1 zł { $raised } times)
bo-download = Open data of this pool:
bo-download-pb = pabulib format (.pb)
bo-download-csv = CSV
bo-differ-heading = Where the rules differ
bo-differ-none = Both rules fund the same projects.
bo-differ-greedy-only = funded only by the city's rule
bo-differ-mes-only = funded only by the Method of Equal Shares
bo-projects-caption = Every project in order of points, with its outcome by both rules
bo-col-rank = Place
bo-col-project = Project
bo-col-cost = Cost
bo-col-votes = Votes
bo-col-points = Points
bo-funded = Funded
bo-not-funded = Not funded
bo-why-greedy-funded = Place { $rank }: when its turn came, { $left } was left and it costs { $cost }.
bo-why-greedy-misfit = Place { $rank }: when its turn came, only { $left } was left, less than its cost of { $cost }.
bo-why-greedy-min = It has { $votes } votes, fewer than the { $min } required.
bo-why-greedy-stop = Place { $rank }: counting stopped at an earlier project that did not fit.
bo-why-no-votes = Nobody voted for it.
bo-why-mes-bought = Bought in round { $round }: { $full } supporters paid { $price } each.
bo-why-mes-partial = { $partial } paid all they had left (less).
bo-why-mes-none = { $none } had nothing left.
bo-why-mes-free = It costs nothing, so it is funded at once.
bo-why-mes-ranout = In round { $round } its supporters had only { $money } left together, less than its cost of { $cost }.
bo-why-mes-filled = Added after the Method of Equal Shares: { $left } was left and the project fitted.
error-voting-not-open = Voting has not started yet. The ballot was not saved.
error-voting-closed = Voting has closed. The ballot was not saved.
error-pesel-format = Enter a PESEL number: 11 digits.
error-pesel-checksum = This PESEL number has a wrong check digit. Check it for a typo.
error-pesel-birth-date = This PESEL number does not give a real date of birth. Check the digits.
error-identity-missing = Enter your PESEL number or, if you have none, your date of birth, sex and identity document number.
error-birth-date = Enter a real date of birth, for example 1990-04-12.
error-sex-required = Choose the sex as in the document.
error-document = Enter the identity document number: 5 to 20 letters and digits.
error-ballot-exactly = Choose exactly { $need } projects in this pool, each in a different place.
error-ballot-too-few = Choose at least { $min } projects in this pool.
error-ballot-too-many = Choose at most { $max } projects in this pool.
error-ballot-repeated = The same project is chosen more than once.
error-ballot-unknown = A chosen project is not in this pool or not on the ballot.
error-ballot-points = You can give at most { $max } points in this pool.
error-ballot-points-one = One project can get at most { $max } points.
error-ballot-over-budget = The chosen projects together cost more than the pool.
error-already-voted-online = This person has already voted in this edition: online, on { $day }. Only one vote is allowed.
error-already-voted-paper = This person has already voted in this edition: on a paper ballot at voting point no. { $point }, on { $day }. Only one vote is allowed.
error-point-required = Choose the voting point the ballot comes from.
notice-ballot-cast = Your vote has been cast. Thank you!
notice-paper-ballot-entered = Paper ballot saved.
bo-vote-link = Vote
bo-vote-title = Voting: { $edition }
bo-vote-lead = Every Kraków resident of any age may vote, once per edition — online or on a paper ballot at a voting point.
bo-vote-not-open = Voting in this edition is not open now.
bo-vote-voted = You have already voted in this edition. Receipt code: { $receipt }.
bo-vote-see-ballot = See your vote
bo-vote-district = The district you live in
bo-vote-district-show = Show this district's projects
bo-vote-pool-ranked = { $pool }: choose { $n } projects and put them in order
bo-vote-pool-approval = { $pool }: choose from { $min } to { $max } projects
bo-vote-pool-cost = { $pool }: choose projects costing at most { $budget } together
bo-vote-pool-points = { $pool }: share at most { $points } points
bo-vote-rank = Place { $rank } ({ $points } points)
bo-vote-choose = — choose a project —
bo-vote-identity = Who is voting
bo-vote-pesel = PESEL number
bo-vote-pesel-hint = It makes sure everyone votes once. We do not store it: only an encrypted digest remains, from which the number cannot be recovered.
bo-vote-no-pesel = If you have no PESEL number, leave the field empty and give your date of birth, sex and identity document number.
bo-vote-birth = Date of birth
bo-vote-sex = Sex
bo-vote-sex-f = Female
bo-vote-sex-m = Male
bo-vote-document = Identity document number
bo-vote-submit = Cast your vote
bo-my-title = Your vote: { $edition }
bo-my-receipt = Receipt code:
bo-my-receipt-hint = Vote cast on { $day }. Keep the code: it confirms your vote is in the system.
bo-my-points = { $points } points

## Projects: submission, verification, appeal, catalogue
bo-cat-green = Greenery and environment
bo-cat-transport = Transport and roads
bo-cat-sport = Sport and recreation
bo-cat-culture = Culture
bo-cat-education = Education
bo-cat-social = Social help and seniors
bo-cat-infrastructure = Public spaces and infrastructure
bo-cat-health = Health
bo-cat-none = No category
bo-status-submitted = Submitted, waiting for verification
bo-status-accepted = Accepted for voting
bo-status-rejected = Rejected
bo-status-appealed = Appealed, waiting for a decision
bo-status-withdrawn = Withdrawn
bo-catalogue-title = Projects: { $edition }
bo-catalogue-link = All projects of this edition
bo-catalogue-search = Search the projects
bo-catalogue-q = Words in the title, description or address
bo-catalogue-pool = Pool
bo-catalogue-all-pools = All pools
bo-catalogue-all-categories = All categories
bo-catalogue-max-cost = Cost at most (zł)
bo-catalogue-filter = Show projects
bo-catalogue-count = { $shown } of { $total ->
    [one] { $total } project
   *[other] { $total } projects
} shown.
bo-submit-title = Propose a project: { $edition }
bo-submit-lead = Every Kraków resident may propose projects for the city-wide pool or a district's pool. The city's clerks check each proposal; you will see their decision on the project's page and may appeal a rejection once.
bo-submit-closed = Proposals are not being accepted now.
bo-submit-submit = Send the proposal
bo-field-title = Title
bo-field-title-hint = Short and concrete, at most 150 characters.
bo-field-description = Description
bo-field-description-hint = What should be done, for whom, and why. At most 5,000 characters.
bo-field-pool = Pool
bo-field-choose = — choose —
bo-field-cost = Estimated cost (zł)
bo-field-cost-hint = For example 250 000. No more than the pool has.
bo-field-category = Category
bo-field-address = Location
bo-field-address-hint = The address or place, for example "ul. Królewska 1" or "Park Jordana, near the pond".
bo-field-author = Author
bo-field-edition = Edition
bo-field-status = Status
bo-project-reason = Why the project was rejected
bo-project-appeal = The author's appeal
bo-project-appeal-reason = Decision on the appeal
bo-appeal-title = Appeal the decision
bo-appeal-lead = You may appeal once, until voting begins. A clerk will decide again; that decision is final.
bo-appeal-text = Why the decision should change
bo-appeal-submit = Send the appeal
bo-decide-title = Verification
bo-decide-legend = Decision
bo-decide-accept = Accept for voting
bo-decide-reject = Reject
bo-decide-reason = Reason for rejection
bo-decide-reason-hint = Required when rejecting. The author will see it.
bo-decide-submit = Save the decision
bo-my-projects-title = Your projects
bo-my-projects-none = You have not proposed any projects.

## Back office of the budget
bo-staff-title = Participatory budget: editions
bo-staff-new = New edition
bo-staff-create = Create the edition
bo-staff-back = Back to the editions
bo-staff-back-edition = Back to the edition
bo-staff-rule = Ballot rule: { $rule }.
bo-staff-projects = Projects ({ $waiting } waiting for a decision)
bo-staff-projects-caption = Projects of this edition, those waiting for a decision first
bo-staff-settings = Timetable, counting and pools
bo-staff-save = Save the changes
bo-staff-points = Voting points
bo-staff-add-point = Add the voting point
bo-point-number = Point no. { $number }
bo-field-point-name = Name and address of a new voting point
bo-field-edition-name = Name of the edition
bo-timetable = Timetable
bo-timetable-hint = Dates in Kraków time. A phase opens at the start of its first day and closes at the end of its last day; results appear at the start of their day.
bo-date-submission-opens = Proposals from
bo-date-submission-closes = Proposals until
bo-date-voting-opens = Voting from
bo-date-voting-closes = Voting until
bo-date-results = Results on
bo-field-ballot-rule = Ballot rule
bo-rule-krakow = Kraków's: ranked projects with 3, 2 and 1 points
bo-rule-approval = Approval: a number of projects between a minimum and a maximum
bo-rule-cumulative = Points: a number of points to share
bo-rule-cost = Cost limit: projects costing no more than the pool together
bo-field-picks = Projects per pool
bo-field-picks-hint = Kraków's rule: exactly this many; approval: at most this many.
bo-field-min-picks = Fewest projects per pool
bo-field-min-picks-hint = Approval only.
bo-field-points = Points to share per pool
bo-field-points-hint = The points rule only.
bo-field-official = Which rule decides
bo-field-utility = Equal Shares: a project's benefit
bo-utility-cost-short = Its cost
bo-utility-count-short = The same for every project
bo-field-tie-break = Ties
bo-field-min-votes = Fewest votes a funded project needs (0: no minimum)
bo-field-pools = Money of each pool (zł)
bo-field-city-budget = Money of the city-wide pool (zł)
bo-field-district-budget = Money of each district's pool (zł)
bo-field-money-hint = Leave empty for no such pools. Each district's money can be changed afterwards.
bo-paper-link = Enter paper ballots
bo-paper-title = Paper ballots: { $edition }
bo-paper-lead = Choose the voting point and the voter's district, then copy each ballot and the voter's details. The portal refuses a person who has already voted, online or at any point.
bo-paper-point = Voting point
bo-paper-district = The voter's district
bo-paper-show = Show the ballot
bo-paper-ballot = Ballot from: { $point }
bo-paper-submit = Save the ballot

error-field-required = Fill in this field.
error-cost-invalid = Enter an amount in złoty, for example 250 000.
error-cost-over-pool = The cost is more than the pool has: at most { $max }.
error-submission-not-open = Proposals are not being accepted now. Nothing was saved.
error-reason-required = Give the reason for the rejection: the author will see it.
error-already-decided = This project has been decided already. Nothing was changed.
error-appeal-not-allowed = This decision cannot be appealed: a project may be appealed once, after a rejection and before voting begins.
error-verification-closed = Voting has begun: the projects can no longer be changed.
error-pools-required = Give the money of the city-wide pool, of the district pools, or both.
error-number-range = Enter a whole number from { $min } to { $max }.

notice-project-submitted = Your proposal has been sent. Its number and status are below.
notice-project-accepted = The project is accepted for voting.
notice-project-rejected = The project is rejected; the author will see the reason.
notice-appeal-sent = Your appeal has been sent.
notice-edition-saved = The edition has been saved.
notice-simulation-imported = The file has been imported as a simulation edition.
notice-referendum-voted = Your vote has been counted. Thank you.
notice-referendum-saved = The referendum has been saved.
error-pabulib-invalid = { $line ->
    [0] The file cannot be read as a pabulib file.
   *[other] The file cannot be read as a pabulib file: line { $line }.
}
error-referendum-not-open = Voting in this referendum has not started yet. The vote was not saved.
error-referendum-closed = Voting in this referendum has ended. The vote was not saved.
error-already-voted-referendum = This person has already voted in this referendum. Only one vote is allowed.
error-referendum-not-eligible = This referendum is for the residents of other districts. The district in your profile decides.
error-options-required = Give 2 to 10 answers, each on its own line.
error-quorum-invalid = Enter a turnout from 1 to 100 per cent, or leave it empty for no quorum.
bo-submit-link = Propose a project
nav-staff-budget = Budget – back office

## District referenda
nav-referenda = Referenda
nav-staff-referenda = Referenda – back office
ref-title = District referenda
ref-lead = Questions for the residents of a district. Everyone living in the districts asked may vote once; the vote is secret, and results are published when voting ends.
ref-none = There are no referenda.
ref-phase-not-open = Voting opens on { $opens }
ref-phase-open = Voting open until { $closes }
ref-phase-closed = Voting ended on { $closes }
ref-for = For the residents of: { $districts }
ref-quorum = The result binds if at least { $quorum }% of those entitled vote ({ $n ->
    [one] { $votes } vote
   *[other] { $votes } votes
}).
ref-no-quorum = The result binds whatever the turnout.
ref-turnout-heading = Turnout
ref-turnout = { $voters } of { $electorate } entitled have voted ({ $percent }).
ref-votes = { $n ->
    [one] { $votes } vote
   *[other] { $votes } votes
}
ref-live-on = The turnout is refreshed every 15 seconds.
ref-live-off = The turnout is not being refreshed.
ref-live-stop = Stop refreshing
ref-live-start = Refresh again
ref-vote-heading = Your vote
ref-your-answer = Your answer
ref-yes = Yes
ref-no = No
ref-vote-submit = Vote
ref-sign-in = Sign in to vote. The district in your profile decides whether you may.
ref-voted = You have voted in this referendum. Thank you.
ref-results = Results
ref-results-caption = Votes for each answer
ref-answer = Answer
ref-votes-col = Votes
ref-share = Share
ref-voters-col = Voters
ref-by-district = Results by district
ref-result-binding = The result binds: "{ $answer }" won with { $percent } of the votes.
ref-result-no-quorum = The result does not bind: turnout was { $turnout }, below the quorum of { $quorum }%.
ref-result-tie = The result does not bind: two or more answers have the most votes.
ref-back = All referenda
ref-staff-title = New district referendum
ref-staff-create = Create the referendum
ref-field-title = Title
ref-field-question = Question
ref-field-description = Explanation for residents (optional)
ref-field-kind = Kind of question
ref-kind-yes-no = Yes or no
ref-kind-choice = One of several answers
ref-field-options = Answers
ref-field-options-hint = Only for one of several answers: 2 to 10, each on its own line.
ref-field-districts = Districts whose residents vote
ref-field-opens-date = Voting from (date)
ref-field-opens-time = at (time, optional)
ref-field-closes-date = Voting until (date)
ref-field-closes-time = at (time, optional; 23:59 if empty)
ref-field-electorate = Residents entitled to vote
ref-field-electorate-hint = From the register of residents: the base of the turnout.
ref-field-quorum = Quorum (% turnout)
ref-field-quorum-hint = Leave empty if the result binds whatever the turnout.
bo-import-title = Import a pabulib file as a simulation
bo-import-lead = Files in the pabulib format (pabulib.org) become an edition for simulation: one pool per file, counted by both rules. Files of one election with the same voter ids make one ballot per voter.
bo-import-files = Files (.pb)
bo-import-files-hint = One or more files, up to 32 MB together.
bo-import-submit = Import

refusal-bad-request-title = Invalid request
refusal-bad-request-text = The form arrived incomplete or malformed, so nothing was saved. Go back to the previous page, reload it and try again.
refusal-too-large-title = Request too large
refusal-too-large-text = The data sent is larger than the portal accepts, so nothing was saved. Shorten the text or choose a smaller file.
refusal-back = Home page
refusal-help = Help: Kraków Contact Centre, 12 616 55 55.
dev-outbox-title = Outbox (for testing only)
dev-outbox-warning = This page works only on this machine, in development mode: it shows mail that was not sent. It is off in the public portal.
dev-outbox-empty = No messages.

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

error-link-expired = This link has expired or has already been used. Ask for a new one.
error-email-unchanged = This is the account's current e-mail address. Enter a new address.
notice-password-reset = Your password was changed. Sign in with the new password.
notice-email-change-sent = We sent a link to the new e-mail address. The address changes once it is opened.
notice-email-changed = Your e-mail address was changed.
notice-session-ended = The device was signed out.
notice-signed-out-everywhere = Signed out on every device.
sign-in-forgot = Forgotten your password? Choose a new one
reset-title = Choose a new password
reset-lead = Enter the account's e-mail address. We will send a link to choose a new password.
reset-submit = Send the link
reset-sent-text = If this address has an account, we sent it a link to choose a new password. The link works for { $minutes } minutes and only once.
reset-sent-spam = No message? Check your spam folder or try again:
reset-confirm-title = Choose your new password
reset-other-devices = After the change every device will be signed out.
email-title = Change your e-mail address
email-lead = We will send a link to the new address. The address changes only once it is opened; the current address gets a notice.
email-new = New e-mail address
email-submit = Send the link to the new address
email-confirm-title = Confirm your new e-mail address
email-confirm-submit = Use this address
sessions-title = Devices and sessions
sessions-lead = The devices you are signed in on. Sign out those you do not recognise, then change your password.
sessions-caption = { $count ->
    [one] { $count } signed-in device
   *[other] { $count } signed-in devices
}
sessions-device = Device
sessions-signed-in = Signed in
sessions-last-used = Last used
sessions-action = Action
sessions-unknown-device = Unknown device
sessions-this-device = (this device)
sessions-end = Sign out: { $device }
sessions-end-this = Sign out this device
sessions-all-heading = Sign out everywhere
sessions-all-text = End every session, this one too. Use it when you lose your phone or forget to sign out at an office.
sessions-all-submit = Sign out on every device
error-being-counted = The results are being counted. Reload the page in a moment.
bo-share-capped = The completion was stopped after { $runs } runs (the upper limit); the result is the last one that fitted the pool.

error-account-unknown = There is no account with this e-mail address. Check the address with the person.
error-identity-held-elsewhere = This identity belongs to another account. If the person in front of you showed a document, tick “Move from the other account”.
error-identity-needs-office = Without a PESEL a clerk confirms your identity: visit a customer service point with an identity document.
error-identity-not-yours = These details cannot be used on this account. Each account belongs to one person; if they are yours, visit a customer service point with an identity document.
error-identity-not-verified = District referenda are for people whose identity and address a clerk has confirmed. Visit a customer service point with an identity document.
notice-identity-verified = The identity was confirmed.
identity-title = My identity
identity-lead = One account belongs to one person. Here you see what the portal knows of your identity and who confirmed it.
identity-level = Confirmation
identity-level-none = Not given yet
identity-level-declared = Given by you (enough for the participatory budget)
identity-level-verified = Confirmed at an office (enough for district referenda)
identity-number = Number
identity-kind-pesel = PESEL ending in { $ends }
identity-kind-document = Document ending in { $ends }
identity-verified-by = Confirmed by
identity-verified-text = { $clerk }, { $office }, { $at }
identity-addresses = Confirmed address
identity-address-line = District { $district } from { $from }
identity-how-to-verify = To vote in district referenda, bring an identity document to a customer service point of the City of Kraków. A clerk will confirm your identity and district of residence.
identity-staff-title = Confirming an identity
identity-staff-lead = Fill this in after seeing the person's identity document. For people without a PESEL enter the birth date, sex and document number.
identity-staff-email = The account's e-mail address
identity-staff-office = Customer service point
identity-staff-office-choose = Choose a point
identity-staff-district = District of residence
identity-staff-since = Lives in the district since
identity-staff-since-hint = The date from the register of residents or the document. Empty: from today.
identity-staff-take-over = Move from the other account (the person showed a document)
identity-staff-submit = Confirm the identity
results-waiting = { $count ->
    [one] { $count } more answer is
   *[other] { $count } more answers are
} waiting to join the results: anonymous answers join in batches of { $batch } or at the close, so that they cannot be tied to people.
