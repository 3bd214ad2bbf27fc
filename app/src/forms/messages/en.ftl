## Forms: problems and notices any service can have (en)

error-email-required = Enter your email address.
error-email-invalid = Enter an email address in the correct format, like name@example.com.
error-district-required = Choose your district.
error-throttled = Too many failed attempts. Try again in { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.
error-confirm-required = Confirm that you understand the account cannot be restored.
error-choice-invalid = Choose one of the options given.
error-not-signed-in = Sign in to see this page.
error-not-allowed = You do not have permission to see this page.
error-unexpected = Something went wrong on our side. Nothing has been lost – try again in a moment.
error-answer-required = Answer this question
error-text-too-long = The text can be at most { $max } characters long
error-text-required = Enter the text in Polish
error-choice-limits = The fewest choices cannot be more than the most choices or the number of answers
error-date-invalid = Enter a real date, for example 2026-12-31
error-dates-order = The end must be after the start
error-districts-required = Choose at least one district
notice-draft-saved = Answers saved. You can finish the survey later.
error-field-required = Fill in this field.
error-reason-required = Give the reason for the rejection: the author will see it.
error-number-range = Enter a whole number from { $min } to { $max }.
