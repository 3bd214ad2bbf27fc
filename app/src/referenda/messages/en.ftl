## District referenda (en)

notice-referendum-voted = Your vote has been counted. Thank you.
notice-referendum-saved = The referendum has been saved.
error-referendum-not-open = Voting in this referendum has not started yet. The vote was not saved.
error-referendum-closed = Voting in this referendum has ended. The vote was not saved.
error-already-voted-referendum = This person has already voted in this referendum. Only one vote is allowed.
error-referendum-not-eligible = This referendum is for the residents of other districts. The district in your profile decides.
error-options-required = Give 2 to 10 answers, each on its own line.
error-quorum-invalid = Enter a turnout from 1 to 100 per cent, or leave it empty for no quorum.
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
