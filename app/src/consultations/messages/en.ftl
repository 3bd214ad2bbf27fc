## Public consultations (en)

error-consultation-information-short = The information campaign must run for at least { $min } days before the consultation opens, counted from the day of publishing. It is now { $days ->
    [one] { $days } day
   *[other] { $days } days
}. Move the start of the campaign or of the consultation.
error-consultation-too-short = A consultation must last at least { $min } days. It is now { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
error-consultation-too-long = A consultation may last at most { $max } days, extensions included. It is now { $days } days.
error-consultation-forms-few = Choose at least { $min } forms of participation. Chosen: { $count }.
error-consultation-meeting-required = One of the forms must be an open meeting or a workshop.
error-consultation-sections-required = Add at least one section of the document, with a heading and text.
error-consultation-answers-early = The date for answering remarks cannot be before the last day of the consultation.
error-consultation-report-early = The report's date cannot be before the date for answering remarks.
error-consultation-extension-earlier = The new last day must be later than the current one.
error-consultation-extension-closed = This consultation has already ended; only one still running can be extended.
error-consultation-justification-short = A justification needs at least { $min } characters: say why.
error-consultation-unanswered = The report cannot be published: { $count ->
    [one] { $count } remark is
   *[other] { $count } remarks are
} still waiting for an answer.
error-consultation-not-open = This consultation has not opened yet. Your answer was not saved.
error-consultation-closed = This consultation has ended. Your answer was not saved.
error-statement-unknown = This statement is no longer part of the consultation. Answer the next one.
notice-statement-answered = Answer saved. Here is the next statement.
nav-consultations = Consultations
con-title = Public consultations
con-lead = The city asks residents before it decides. Every remark gets an answer with reasons, and a report is published at the end.
con-none = There are no consultations now.
con-back = All consultations
con-phase-draft = Draft, not published yet
con-phase-information = Information campaign; the consultation opens on { $opens }
con-phase-open = Open until { $closes }
con-phase-answering = Ended; remarks are being answered
con-phase-report-due = Ended; the report is awaited
con-phase-reported = Ended; the report is published
con-whole-city = For the whole city
con-districts = For the districts: { $districts }
con-topic = Topic: { $topic }
con-topic-transport = transport
con-topic-greenery = green spaces
con-topic-planning = urban planning
con-topic-environment = environment
con-topic-housing = housing
con-topic-culture = culture
con-topic-education = education
con-topic-social = social affairs
con-topic-other = other
con-easy-summary = In plain words
con-timeline = Dates and contact
con-information-from = Information campaign from
con-dates = Consultation
con-answers-by = Answers to remarks by
con-report-by = Final report by
con-department = Run by
con-contact = Contact
con-contents = Contents
con-opinions-link = Opinion map: answer the statements
op-title = Opinion map
op-lead = Read a statement and say whether you agree. From everyone's answers come groups of people who think alike: you can see what sets them apart and where they agree.
op-sign-in = Sign in to answer. One account is one voice.
op-not-open = This consultation has not opened yet.
op-closed = This consultation has ended; answers are no longer collected.
op-done = You have answered every statement. Thank you.
op-statement-heading = Statement
op-progress = Answered: { $answered } of { $total }
op-agree = Agree
op-disagree = Disagree
op-pass = Not sure / skip
op-groups-heading = Opinion groups
op-groups-none = The opinion map is still being computed. Look again in a moment.
op-groups-lead = { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
} among { $placed } of { $participants } participants (the others answered too few statements). As of { $when }.
op-group = Group { $name }: { $size ->
    [one] { $size } person
   *[other] { $size } people
}
op-col-statement = Statement
op-col-stance = The group
op-col-group = Agreeing in group { $name }
op-col-rest = Among everyone else
op-stance-agree = agrees
op-stance-disagree = disagrees
op-consensus-heading = What every group agrees on
op-share = { $name }: { $percent }
op-data-heading = Open data
op-data-text = Every answer and the groups in Pol.is' export format (CSV, UTF-8), for researchers' tools. Participants are numbers, not accounts.
op-method-link = How the opinion map is computed: the method and formulas
method-title = How the opinion map works
method-lead = The opinion map shows which groups of residents think alike, what sets them apart and where everyone agrees. It is computed as Pol.is computes it, a tool used in consultations around the world, and anyone can check it: the data are open, and the same program computes the map from a file.
method-votes-heading = 1. Answers
method-votes-text = Each participant answers short statements: agree (1), disagree (−1) or not sure (0). The answers make a table: a row for each participant, a column for each statement. Statements hidden by moderation no longer move anyone.
method-pca-heading = 2. The two main directions of difference
method-pca-text = A missing answer is replaced by the average answer to that statement, and that average is taken away from every answer. We look for the two directions along which answers differ most (principal component analysis). They are the map's axes.
method-place-heading = 3. A place on the map
method-place-text = A participant's place is the sum of their answers projected on both directions, enlarged by the square root of the number of statements divided by the number of their answers: answering fewer does not put anyone in the middle. Everyone who answered at least 7 statements (or all of them, if there are fewer) is on the map.
method-groups-heading = 4. Groups
method-groups-text = First, nearby places are joined into at most 100 small clusters, then the clusters into 2 to 5 groups (k-means, from a fixed starting point). The number of groups with the best silhouette wins: a is the average distance to one's own group, b to the nearest other.
method-rep-heading = 5. What sets a group apart
method-rep-text = For each group and statement we count the share of the group that agrees (or disagrees), adding 1 above and 2 below so that small numbers do not exaggerate. A statement sets a group apart when that share is clearly above one half and above the share among everyone else (z-tests at the 90% level). At most 5 such statements are shown.
method-consensus-heading = 6. What everyone agrees on
method-consensus-text = For each statement we multiply together the share agreeing in every group (with the same corrections). The result is high only when every group agrees, not just the largest.
method-source = The same answers always give the same map. The map is computed in the background after new answers; the page shows the last one computed. The method follows Pol.is (The Computational Democracy Project); the portal's code is checked against real Pol.is conversations.
op-map-title = Opinion map: the participants and their groups
op-map-group = Group { $name }: { $size ->
    [one] { $size } person
   *[other] { $size } people
}, its middle at { $x }% of the map's width and { $y }% of its height.
op-map-caption = The picture shows what the tables above say. Each dot is people of one group who answered alike; the closer, the more alike. The axes have no meaning of their own.

## Remarks and moderation (en)
error-section-unknown = Choose a part of the document from the list.
error-remarks-not-offered = This consultation takes remarks on paper, by post and by e-mail only; the contact is on the consultation's page.
error-remark-unknown = This remark does not exist.
error-remark-not-editable = Only the author can change a remark, and only until the consultation ends.
error-remark-own = You cannot support or report your own remark.
error-remark-not-shown = This remark is not shown now, so it cannot be supported or reported.
error-decision-required = Choose a decision: publish, or hide with a reason from the list.
notice-remark-published = Your remark is published. Thank you. The city will answer it with reasons.
notice-remark-waiting = Your remark is saved. A moderator checks it before it is shown; you will be told.
notice-remark-supported = You support this remark.
notice-remark-supported-before = You already support this remark; nothing changed.
notice-remark-reported = Thank you. The moderators will look at this remark.
notice-remark-reported-before = You already reported this remark; nothing changed.
notice-remark-decided = The decision is recorded in the moderation log and the author is told.
con-remarks-link = Remarks: read and write
con-remark-section = Write a remark on this section
rm-title = Remarks
rm-back-consultation = Back to the consultation
rm-back-remarks = Back to the remarks
rm-moderation-after = Remarks appear at once. Moderators hide remarks that break the rules and say why.
rm-moderation-before = A moderator checks every remark before it appears.
rm-log-link = Moderation log
rm-queue-link = Moderation: remarks waiting for a decision, and the log
rm-write-heading = Write a remark
rm-section-label = What is your remark about?
rm-on-whole = The whole document
rm-text-label = Your remark
rm-text-hint = At most { $max } characters. Do not include personal data such as addresses or phone numbers. You can change it until the consultation ends.
rm-text-hint-before = At most { $max } characters. Do not include personal data such as addresses or phone numbers. A moderator checks it before it is shown.
rm-send = Send the remark
rm-sign-in = Sign in to write or support remarks. One account is one voice.
rm-not-open = Remarks can be written once the consultation opens.
rm-closed = This consultation has ended; remarks are being answered.
rm-list-heading = { $total ->
    [one] { $total } remark
   *[other] { $total } remarks
}
rm-filter-label = Choose remarks
rm-filter-section = Part of the document
rm-filter-all = All parts
rm-sort-label = Order
rm-sort-newest = Newest first
rm-sort-oldest = Oldest first
rm-sort-supported = Most supported first
rm-show = Show
rm-none = No remarks here yet.
rm-page = Page { $page } of { $pages }, { $shown ->
    [one] { $shown } remark
   *[other] { $shown } remarks
} on this page.
rm-number = Remark no. { $id }
rm-about = About:
rm-edited = edited
rm-channel-paper = received on paper
rm-channel-post = received by post
rm-channel-email = received by e-mail
rm-waiting-own = Waiting for a moderator; only you can see it.
rm-held = Hidden after reports from residents until a moderator decides.
rm-held-own = Others do not see your remark: residents reported it, and a moderator will decide. You can change it.
rm-hidden = Hidden by a moderator. Reason: { $reason }.
rm-reason-personal-data = personal data
rm-reason-offensive = offensive
rm-reason-off-topic = off topic
rm-reason-duplicate = duplicate of another remark
rm-supports = { $count ->
    [one] Supported by { $count } person.
   *[other] Supported by { $count } people.
}
rm-you-support = You support it.
rm-you-reported = You reported it.
rm-support = Support
rm-report = Report to the moderators
rm-edit = Change your remark
rm-pages-nav = Pages of remarks
rm-previous = Previous remarks
rm-more = More remarks
rm-edit-title = Change your remark
rm-edit-save = Save the change
mod-title = Moderation
mod-lead = Moderators publish remarks, or hide them for one of four reasons: personal data, offensive content, off topic, or a duplicate. A hidden remark leaves a trace with its reason, and every decision is listed here.
mod-queue-heading = Waiting for a decision
mod-queue-none = Nothing is waiting for a decision.
mod-held-by = Held after { $count } reports
mod-new = New remark
mod-decision-label = Decision
mod-publish = Publish
mod-hide = Hide: { $reason }
mod-decide = Decide
mod-log-heading = Moderation log
mod-log-none = No decisions yet.
mod-col-when = When
mod-col-remark = Remark
mod-col-decision = Decision
mod-log-published = Published
mod-log-held = Held after reports from residents
mod-log-hidden = Hidden: { $reason }
mod-log-waiting = Sent back to a moderator

## Answers and the final report (en)
error-nothing-picked = Tick at least one remark or statement that has no answer yet.
error-verdict-required = Choose the answer from the list.
error-report-before-close = The report can be published only after the consultation has ended.
notice-answer-given = { $count ->
    [one] The answer is given to { $count } remark or statement; its author is told.
   *[other] The answer is given to { $count } remarks and statements; their authors are told.
}
notice-report-saved = The report is saved; it is not published yet.
notice-report-published = The report is published.
ans-title = Answers and the report
ans-left = { $count ->
    [0] Everything has an answer
    [one] { $count } remark or statement without an answer
   *[other] { $count } remarks and statements without an answer
}
ans-pick = Remarks and statements on the same matter get one answer together
ans-statement = Statement
ans-verdict = Answer
ans-choose = Choose
ans-justification = Justification
ans-justification-hint = Say why, in at least 20 characters; the author and everyone else will read it.
ans-give = Give this answer to the ticked ones
ans-heading = The city's answer:
ans-accepted = accepted
ans-partly-accepted = partly accepted
ans-not-accepted = not accepted
ans-not-applicable = not applicable
ans-already-covered = already covered by the plan
rep-title = Final report
rep-read = Read the report
rep-published-already = The report is published.
rep-summary = Summary
rep-summary-hint = What the consultation was about, how it went and what came of it.
rep-changes = What changed in the decision
rep-save = Save without publishing
rep-publish = Publish the report
rep-published = Published on { $date }
rep-asked = What was asked
rep-participation = Participation
rep-col-form = Form and channel
rep-col-count = Number
rep-remarks-portal = Remarks in the portal
rep-remarks-paper = Remarks on paper
rep-remarks-post = Remarks by post
rep-remarks-email = Remarks by e-mail
rep-map-participants = People on the opinion map
rep-map-votes = Answers on the opinion map
rep-remarks = Every remark with its answer
rep-statements = Statements of the opinion map with their answers
rep-csv = Remarks and answers (CSV)
rep-json = The whole report (JSON)
con-report-link = Final report
error-channel-required = Choose how the remark was received: on paper, by post or by e-mail.
error-paper-outside-dates = Remarks received on paper, by post or by e-mail are typed in from the opening until the date for answers.
notice-remark-entered = The remark is entered and published with its channel.
paper-heading = Remarks received on paper, by post or by e-mail
paper-lead = Type in each remark as it was received; it is published at once, with how it came, and is answered like every other. Leave out the sender's personal data.
paper-channel = Received
paper-text = The remark's text
paper-text-hint = As written by its author, without their name, address or phone number.
paper-enter = Enter the remark
error-section-heading-first = Start the document with a section heading: a line beginning with "## ".
error-section-empty = Every section needs a heading and some text under it.
error-consultation-published = This consultation is published; its last day changes only by an extension with a reason.
notice-consultation-saved = The consultation is saved as a draft; residents do not see it yet.
notice-consultation-published = The consultation is published; the portal now follows its dates by itself.
notice-consultation-extended = The consultation is extended; the new last day and the reason are shown on its page.

## The organisers' pages (en)
org-title = Consultations: the organisers' desk
org-new = New consultation
org-back = All consultations at the organisers' desk
org-published = This consultation is published; the portal follows its dates by itself.
org-see = See it as residents do
org-extended = Extended from { $old } to { $new }. Reason:
org-extend = Extend the consultation
org-extend-lead = A new last day with its reason, while the consultation runs; at most 60 days in all. The dates for answers and the report move with it.
org-new-closes = New last day
org-reason = Reason for the extension
org-extend-button = Extend
org-field-title = Title
org-field-summary = Summary
org-easy-hint = Short sentences, everyday words; a separate paragraph for each thought.
org-field-topic = Topic
org-field-districts = Districts concerned (none ticked: the whole city)
org-field-forms = Forms of participation
org-forms-hint = At least three, an open meeting or a workshop among them.
org-form-remarks = Remarks in the portal
org-form-opinion-map = Opinion map
org-form-survey = Survey
org-form-meeting = Open meeting
org-form-workshop = Workshop
org-form-duty-hours = Expert duty hours
org-form-paper = Remarks on paper, by post and by e-mail
org-field-moderation = Moderation of remarks
org-field-verified = One voice per verified person (not per account) on the opinion map
org-dates-hint = Kraków days. The information campaign lasts at least 7 days before the opening, counted from publishing; the consultation lasts 21 to 60 days.
org-field-opens = First day of the consultation
org-field-closes = Last day of the consultation
org-field-sections = The document, by sections
org-sections-hint = Start each section with a line "## Heading", then its text; an empty line between paragraphs. Each section gets its own address.
org-save = Save as a draft
org-publish = Publish
con-extended = Extended from { $old } to { $new }: { $reason }
ntf-title = Your notifications about consultations
ntf-none = Nothing yet. When a moderator publishes or hides your remark, or the city answers it, you will find it here.
ntf-new = new
ntf-published = A moderator published your remark no. { $id }.
ntf-held = Your remark no. { $id } is hidden after reports from residents until a moderator decides. You can change it.
ntf-hidden = A moderator hid your remark no. { $id }. Reason: { $reason }. You can change it; a moderator will look at it again.
ntf-answered = The city answered your remark no. { $id }: { $verdict }.
con-notifications-link = Your notifications
error-outside-consultation = This day is not within the consultation: choose a day from its opening to its last day.
error-time-invalid = Enter the time as HH:MM, for example 17:30.
error-place-required = Enter an address or a link to the meeting online.
error-meeting-link-invalid = The link must start with https:// and contain a site's address.
error-slot-longer = The duty hours are shorter than one conversation: make them longer or the conversations shorter.
error-slots-many = At most { $max } slots can be added at once: shorten the duty hours or lengthen the conversations.
error-meeting-unknown = There is no such meeting in this consultation.
error-meeting-started = The meeting has begun: registration and cancellation are closed.
error-already-registered = You are already registered for this meeting.
error-not-registered = You are not registered for this meeting.
error-slot-taken = This slot is already taken or has passed: choose another one.
error-slot-already-booked = You already have a slot of duty hours in this consultation. Cancel it to choose another.
error-phone-invalid = Enter a Polish phone number: nine digits, for example 600 100 200.
error-form-not-offered = This consultation does not offer this form of participation.
notice-meeting-added = The meeting is added; residents can register for it.
notice-slots-added = { $count ->
    [one] { $count } slot of duty hours added.
   *[other] { $count } slots of duty hours added.
}
notice-registered-seat = You are registered and have a seat at the meeting.
notice-registered-waiting = Every seat is taken: you are on the waiting list, number { $place }. When someone cancels you move up, and we will tell you.
notice-registration-cancelled = Your cancellation is recorded. The first person on the waiting list gets your seat.
notice-slot-booked = The slot is booked.
notice-booking-cancelled = The booking is cancelled.
notice-attendance-saved = The number of people who came is saved; it goes into the report.
mtg-title = Meetings and duty hours
mtg-heading = Meetings and workshops
mtg-none = No meetings are planned yet.
mtg-kind-meeting = Open meeting
mtg-kind-workshop = Workshop
mtg-when = When
mtg-where = Where
mtg-online = Online
mtg-access = Accessibility
mtg-access-none = The organiser gave no information about accessibility.
mtg-step-free = Step-free entrance
mtg-lift = Lift
mtg-induction-loop = Induction loop
mtg-sign-language = Polish Sign Language interpreter on request
mtg-seats = Seats
mtg-seats-text = { $seats } seats; taken: { $taken }; on the waiting list: { $waiting }
mtg-place-seat = You have a seat at this meeting.
mtg-place-waiting = You are on the waiting list, number { $place }.
mtg-closed = The meeting has begun: registration is closed.
mtg-sign-in = Sign in to register
mtg-want-interpreter = I need a Polish Sign Language (PJM) interpreter
mtg-register = Register
mtg-join-waiting = Join the waiting list
mtg-cancel = Cancel my registration
mtg-ics = Add to your calendar (iCalendar file)
duty-heading = Expert duty hours
duty-none = No duty hours are planned yet.
duty-col-when = When
duty-col-expert = Expert
duty-col-how = How
duty-col-state = Slot
duty-by-phone = By phone: the expert calls you
duty-in-person = In person: { $place }
duty-yours = Your booking
duty-cancel = Cancel the booking
duty-past = Passed
duty-free = Free
duty-taken = Taken
duty-sign-in = Sign in to book a slot
duty-book-heading = Book a conversation with an expert
duty-slot-label = Free slot
duty-phone-label = Phone number
duty-phone-hint = Only for duty hours by phone: the expert calls this number. Only the organisers see it.
duty-question-label = What you would like to talk about (optional)
duty-question-hint = At most { $max } characters.
duty-book = Book
duty-mode-phone = By phone
duty-mode-in-person = In person
desk-title = Meetings and duty hours: the organiser's desk
desk-no-registrants = Nobody has registered yet.
desk-registrants = Registered for “{ $title }”, in the order of registration
desk-col-order = No.
desk-col-name = Name
desk-col-email = E-mail
desk-col-place = Place
desk-col-interpreter = PJM interpreter
desk-col-at = Registered
desk-col-booked = Booking
desk-yes = yes
desk-no = no
desk-attended = How many people came
desk-attended-save = Save the number who came
desk-add-meeting = Add a meeting
desk-add-duty = Add duty hours
desk-field-kind = Kind
desk-field-title = Title
desk-field-date = Day
desk-date-hint = A day within the consultation.
desk-field-starts = Starts
desk-field-ends = Ends
desk-field-place = Address
desk-place-hint = Building and room. Leave empty if the meeting is only online.
desk-duty-place-hint = Needed for duty hours in person.
desk-field-online = Link to the meeting online (optional)
desk-field-seats = Number of seats
desk-field-expert = Expert (name and role)
desk-field-mode = How
desk-field-from = From
desk-field-to = To
desk-field-minutes = Length of one conversation (minutes)
con-meetings-link = Meetings and duty hours
ntf-seat-freed = A seat freed up: you now have a seat at “{ $title }” ({ $when }).
desk-place-seat = seat
desk-place-waiting = waiting list, no. { $place }
error-unsubscribe-invalid = This unsubscribe link is not valid. Copy the whole link from the message, or sign in and change your notification settings.
notice-following-saved = Your notification settings are saved.
notice-unsubscribed = We will no longer send you e-mail about consultations. Notifications stay in the portal.
news-opened = The consultation has opened: you can take part.
news-closing-soon = Fewer than 7 days are left before the consultation closes.
news-report-published = The consultation's report is published.
news-remark-held = Your remark no. { $id } waits for a moderator's decision after reports.
news-remark-hidden = A moderator hid your remark no. { $id }; the reason is in the portal.
news-remark-answered = The city answered your remark no. { $id }.
news-seat-freed = A seat freed up: you now have a seat at “{ $title }”.
news-other = News in consultations.
news-mail-subject = { $count ->
    [one] Public consultations: 1 new item
   *[other] Public consultations: { $count } new items
}
news-mail-greeting = Hello { $name },
news-mail-footer = Change what you follow and how often we write here: { $settings }
    To stop these messages (no sign-in needed): { $unsubscribe }
fol-title = Consultations you follow
fol-lead = We write when consultations that concern you open, a week before they close, and when their report is published. We always tell you about answers to your remarks.
fol-link = What you follow and how you are notified
fol-everything = Every consultation in Kraków
fol-districts = Districts (city-wide consultations concern each of them)
fol-topics = Topics
fol-delivery = E-mail to { $email }
fol-daily = Once a day, gathered in one message
fol-at-once = At once, each item separately
fol-portal-only = No e-mail, only notifications in the portal
fol-save = Save settings
unsub-title = Unsubscribe from consultation e-mail
unsub-lead = After you press the button we will not send you e-mail about consultations. You will still see notifications in the portal when signed in.
unsub-button = Stop sending me e-mail
unsub-done = Done: we will not send you e-mail about consultations any more.
unsub-settings = Notification settings (after signing in)
con-following-link = Follow consultations
feed-title = Public consultations in Kraków
feed-author = Citizen Account – City of Kraków
feed-whole-city = the whole city
feed-dates = Consultation from { $opens } to { $closes }
feed-period = Consultation: { $title }
feed-phase-information = Coming: the information campaign is on.
feed-phase-open = Open: you can take part.
feed-phase-answering = Closed: the city is answering the remarks.
feed-phase-reported = Closed: the report is published.
con-feeds = Open-data feeds:
con-feed-atom = Atom (news reader)
con-feed-calendar = calendar of consultations and meetings (iCalendar)
error-statement-duplicate = This statement is already on the opinion map (or waiting for a moderator). Answer it, or write another.
notice-statement-published = Your statement is on the opinion map; others can answer it.
notice-statement-waiting = Your statement waits for a moderator. We will tell you the decision.
op-propose-heading = Propose a statement
op-propose-lead = Is something important missing? Write a short sentence others can agree or disagree with.
op-propose-lead-before = Is something important missing? Write a short sentence others can agree or disagree with. A moderator checks it before it is shown.
op-propose-label = Statement
op-propose-hint = One thought, at most { $max } characters.
op-propose-send = Propose
mod-statements-heading = Statements to check
mod-statement-number = Statement no. { $id }
ntf-statement-published = A moderator published your statement “{ $text }”.
ntf-statement-hidden = A moderator hid your statement “{ $text }”. Reason: { $reason }.
news-statement-published = Your statement is on the opinion map.
news-statement-hidden = A moderator hid your statement; the reason is in the portal.
