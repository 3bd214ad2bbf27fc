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
