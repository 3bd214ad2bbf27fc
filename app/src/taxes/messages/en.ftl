tax-title = Local taxes and fees
tax-lead = Property tax, the waste fee and vehicle tax: what to pay and when, what you have paid, and late-payment interest computed as the Tax Ordinance requires. The data come from the tax system of the City of Kraków.
nav-staff-taxes = Taxes – back office
tax-kind-property = Property tax
tax-kind-vehicle = Vehicle tax
tax-kind-waste = Municipal waste fee
tax-status-paid = paid
tax-status-due = to pay
tax-status-partly = partly paid
tax-status-overdue = overdue
tax-channel-bank = bank transfer
tax-channel-cash = cash desk
tax-channel-portal = paid in the portal
tax-month = { $month }/{ $year }
tax-instalment = { $year }, instalment { $number } of { $of }
tax-one-sum = { $year }, one sum
tax-state-overdue = Overdue with interest: { $amount }
tax-state-next = Everything paid on time. Next instalment: { $amount } by { $due }
tax-state-paid = Everything paid.
tax-copy = Copy
tax-copy-selected = Selected – copy it with Ctrl+C.
tax-copied = Copied.
tax-col-instalment = Instalment
tax-col-due = Due
tax-col-amount = Amount
tax-col-paid = Paid
tax-col-owed = Owed
tax-col-interest = Interest
tax-col-status = State
tax-col-pay = Pay
tax-pay-instalment = Pay { $amount }
tax-pay-instalment-label = Pay { $amount } for instalment { $what }
tax-older-caption = { $tax }: earlier years
tax-older = Earlier years, all paid ({ $count ->
    [one] { $count } instalment
   *[other] { $count } instalments
})
tax-interest-today = Interest today
tax-interest-on = Interest on { $day }
tax-due-now = Due now
tax-due-on = Due if paid on { $day }
tax-next-due = Next due day
tax-next-due-text = { $due }: { $amount }
tax-next-due-none = none
tax-reminder = Reminder: { $amount } is due on { $due } (in { $days ->
    [one] { $days } day
   *[other] { $days } days
}).
tax-pay-all = Pay everything due: { $amount }
tax-pending = A payment of { $amount } started { $at } is waiting for the payment provider's confirmation.
tax-no-payments = No payments.
tax-payments = Payments and how they were applied
tax-col-paid-on = Paid on
tax-col-channel = How
tax-col-applied = Applied to
tax-applied-surplus = overpayment
tax-applied = { $tax }, { $what }: { $arrears } to arrears, { $interest } to interest
tax-payer-heading = { $name } (taxpayer { $id })
tax-overdue = Arrears (without interest)
tax-surplus = Overpaid
tax-pesel = PESEL
tax-interest-note = Interest is charged for each day late at the rate in force that day and rounded to full złoty; up to 26.10 zł (three times the registered-letter fee) it is not charged. A payment smaller than the arrears with interest is split between them in proportion.
tax-how-to-pay = How to pay by bank transfer
tax-how-to-pay-text = Pay to your individual account from your tax decision, with the title below.
tax-account = Your individual account number
tax-title-label = Transfer title: { $tax } { $year }
tax-viewed-heading = Who looked at your tax data
tax-viewed-hint = Every time a tax clerk opens your data it is recorded.
tax-viewed-none = Nobody at the office has looked at your data.
tax-viewed-item = { $name }, { $at }
tax-on-form = Interest on a chosen day
tax-on-label = If I pay on
tax-on-hint = We show the amount with interest on that day. Format: YYYY-MM-DD.
error-tax-on = Enter today or a later date (at most 5 years ahead) as YYYY-MM-DD.
tax-on-submit = Recalculate
tax-not-verified = Your tax data show once a clerk at a customer service point has confirmed your identity (PESEL).
tax-identity-link = Your identity
tax-no-taxpayer = Your identity is confirmed, but the city's tax system has no taxpayer with your PESEL. If you pay local taxes in Kraków, ask the Taxes and Fees Department.
tax-reminders-heading = Reminders
tax-reminders-label = Remind me by e-mail and in the portal { $days ->
    [one] { $days } day
   *[other] { $days } days
} before each due day
tax-reminders-save = Save
tax-file-taxpayers = taxpayers
tax-file-liabilities = liabilities
tax-file-waste = waste declarations
tax-file-payments = payments
tax-desk-title = Local taxes – back office
tax-import-heading = Import from the tax system
tax-import-lead = A CSV file of one of four kinds (taxpayers, liabilities, waste declarations, payments; the format is in the README). Every line is checked: the file goes in whole or not at all, and the same file again changes nothing.
tax-import-file = CSV file
tax-import-file-hint = The kind of file is told by its header line.
tax-import-submit = Import
tax-find-heading = Find a taxpayer
tax-find-label = Taxpayer id or PESEL
tax-find-submit = Search
tax-find-none = No taxpayer found.
tax-imports-heading = Latest imports
tax-imports-none = Nothing imported yet.
tax-col-when = When
tax-col-file = File
tax-col-lines = Lines
tax-col-changed = Changed
tax-col-by = By
tax-by-feed = the tax system (automatic)
tax-staff-payer-title = Taxpayer { $id }
tax-staff-logged = This look has been recorded; the taxpayer sees who looked at their data and when.
tax-line-header = the header is none of the four kinds of file
tax-line-unreadable = the line cannot be read (UTF-8, CSV)
tax-line-fields = more or fewer fields than the header
tax-line-too-many = the file has too many lines
tax-line-id = invalid id
tax-line-duplicate = this id appears twice in the file
tax-line-name = the taxpayer's name is missing or too long
tax-line-pesel = invalid PESEL
tax-line-account = invalid account number (NRB)
tax-line-kind = unknown kind of tax
tax-line-year = invalid year
tax-line-amount = invalid amount
tax-line-date = invalid date (YYYY-MM-DD)
tax-line-month = invalid month
tax-line-residents = invalid number of residents
tax-line-yes-no = expected "tak" or "nie"
tax-line-channel = unknown way of payment
tax-line-unknown-taxpayer = unknown taxpayer (import the taxpayers first)
tax-line-unknown-liability = the liability is not this taxpayer's
error-tax-import-refused = The file was not imported – { $total } problems. Nothing was changed; correct the file and send it again.
error-tax-import-line = Line { $line }: { $problem }
error-tax-nothing-to-pay = There is nothing to pay.
error-tax-interest-unknown = There are arrears from before 5 October 2023, and the portal does not yet compute interest for such early days. The Taxes and Fees Department will tell you the amount (tel. 12 616 55 55).
error-tax-payment-unavailable = The payment provider cannot be reached now; nothing was charged. Try later or pay by bank transfer.
notice-tax-imported = Lines imported: { $lines }; changed: { $changed }.
notice-tax-reminders-on = Reminders are on.
notice-tax-reminders-off = Reminders are off.
mail-tax-reminder-subject = Payment due on { $due } – Konto Obywatelskie Kraków
mail-tax-reminder-body = Hello { $name },

    { $amount } is due on { $due } ({ $what }).

    Details, the account number and the transfer title: { $link }

    You can turn reminders off on the same page.
