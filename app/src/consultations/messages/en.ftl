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
