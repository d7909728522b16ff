## touchbase in English. Every message here has its Russian twin in
## locales/ru/main.ftl; a test fails when one is missing.

language-name = English
n-days = { $n ->
    [one] {$n} day
   *[other] {$n} days
}

## Keys: key-<context>-<action> is the help's text, foot-<context>-<action> the footer's word.
key-main-down = move down
foot-main-down = move
key-main-up = move up
key-main-page-down = page down
key-main-page-up = page up
key-main-top = jump to the first row
key-main-bottom = jump to the last row
key-main-next-pane = next pane: clients → untouched → timeline
foot-main-next-pane = pane
key-main-prev-pane = previous pane
key-main-open = open the client, or the entry's details
foot-main-open = open
key-main-log-interaction = log an interaction for the client
foot-main-log-interaction = log
key-main-new-client = add a client
key-main-plan-touch = plan a next touch
foot-main-plan-touch = plan
key-main-edit = edit the client (in the timeline: the planned touch, the entry, or the order, invoice or complaint it stands for)
foot-main-edit = edit
key-main-new-contact = add a contact to the client
key-main-delete-entry = delete the selected entry, or the record it stands for (asks first)
key-main-show-contacts = the client's contacts: every phone and e-mail; edit, left, delete
key-main-cancel-plan = cancel the planned touch selected at the top of the timeline (asks first)
key-main-undo-delete = undo the last change: delete, edit, plan, payment, log
key-main-start-filter = filter clients by any part of the name
foot-main-start-filter = filter
key-main-cycle-sort = order clients by name, urgency, last touch
key-main-start-search = search the whole book
foot-main-start-search = search
key-main-reload = reload from the book
key-main-back = clear the filter
key-main-help = help: every key
foot-main-help = help
key-main-quit = quit
foot-main-quit = quit
key-filter-open = keep the filter, back to the list
foot-filter-open = keep
key-filter-back = clear the filter
foot-filter-back = clear
key-filter-down = move down
foot-filter-down = move
key-filter-quit = quit
key-search-open = open the hit in its client's timeline
foot-search-open = open
key-search-down = next hit
foot-search-down = next
key-search-up = previous hit
foot-search-up = previous
key-search-back = close the search
foot-search-back = close
key-search-quit = quit
key-form-field-next = next field
foot-form-field-next = next field
key-form-field-prev = previous field
foot-form-field-prev = previous
key-form-field-enter = next field; saves from the last (a new line in notes)
foot-form-field-enter = next/save
key-form-save = save from any field
foot-form-save = save
key-form-back = cancel (asks first when something was typed)
foot-form-back = cancel
key-form-quit = quit (asks first when something was typed)
key-confirm-confirm = yes
foot-confirm-confirm = yes
key-confirm-deny = no
foot-confirm-deny = no
key-help-back = close the help
foot-help-back = close
key-help-down = scroll down
foot-help-down = scroll
key-help-up = scroll up
key-detail-back = close
foot-detail-back = close
key-detail-edit = edit this entry
foot-detail-edit = edit
key-detail-down = the next (older) entry
foot-detail-down = next
key-detail-up = the previous (newer) entry
foot-detail-up = previous
key-main-new-complaint = record a complaint of the client
key-main-new-order = record an order of the client
key-main-new-invoice = record an invoice of the client
key-main-show-complaints = complaints of the whole book
foot-main-show-complaints = complaints
key-main-show-agenda = the agenda of planned touches
foot-main-show-agenda = agenda
key-main-show-reports = reports: touches, coverage, the plan
foot-main-show-reports = reports
key-main-show-money = money owed: unpaid invoices, overdue first
foot-main-show-money = money
key-complaints-down = move down
foot-complaints-down = move
key-complaints-up = move up
key-complaints-page-down = page down
key-complaints-page-up = page up
key-complaints-open = open the client
foot-complaints-open = open
key-complaints-edit = edit the complaint: text, department, severity
foot-complaints-edit = edit
key-complaints-escalate = escalate to someone inside the company
foot-complaints-escalate = escalate
key-complaints-resolve = resolve with what was done; reopen a resolved one
foot-complaints-resolve = resolve
key-complaints-delete-entry = delete a complaint recorded by mistake (asks first)
key-complaints-undo-delete = undo the last change
key-complaints-toggle-all = show resolved ones too, or only open
foot-complaints-toggle-all = all/open
key-complaints-top = jump to the first row
key-complaints-bottom = jump to the last row
key-complaints-toggle-group = order: by department, or oldest first
foot-complaints-toggle-group = order
key-complaints-back = back to the main screen
foot-complaints-back = back
key-complaints-help = help: every key
foot-complaints-help = help
key-complaints-quit = quit
key-agenda-down = move down
foot-agenda-down = move
key-agenda-up = move up
key-agenda-page-down = page down
key-agenda-page-up = page up
key-agenda-top = jump to the first row
key-agenda-bottom = jump to the last row
key-agenda-open = open the client
foot-agenda-open = open
key-agenda-log-interaction = log the touch that fulfils the plan
foot-agenda-log-interaction = log it
key-agenda-edit-plan = edit the planned touch: move it, change purpose or kind
foot-agenda-edit-plan = edit
key-agenda-cancel-plan = cancel the planned touch (asks first)
foot-agenda-cancel-plan = cancel
key-agenda-toggle-all = show done and cancelled ones too
foot-agenda-toggle-all = all/open
key-agenda-undo-delete = undo the last change
key-agenda-back = back to the main screen
foot-agenda-back = back
key-agenda-help = help: every key
foot-agenda-help = help
key-agenda-quit = quit
key-reports-period-back = the thirty days before
foot-reports-period-back = earlier
key-reports-period-forward = the thirty days after
foot-reports-period-forward = later
key-reports-back = back to the main screen
foot-reports-back = back
key-reports-help = help: every key
foot-reports-help = help
key-reports-quit = quit
key-complaints-show-complaints = complaints of the whole book
key-complaints-show-agenda = the agenda of planned touches
key-complaints-show-reports = reports: touches, coverage, the plan
key-agenda-show-complaints = complaints of the whole book
key-agenda-show-agenda = the agenda of planned touches
key-agenda-show-reports = reports: touches, coverage, the plan
key-reports-show-complaints = complaints of the whole book
key-reports-show-agenda = the agenda of planned touches
key-reports-show-reports = reports: touches, coverage, the plan
key-money-down = move down
foot-money-down = move
key-money-up = move up
key-money-page-down = page down
key-money-page-up = page up
key-money-top = jump to the first row
key-money-bottom = jump to the last row
key-money-open = open the client
foot-money-open = open
key-money-mark-paid = mark the invoice paid today, or a paid one unpaid (asks first)
foot-money-mark-paid = paid
key-money-edit = edit the invoice: number, amount, dates
foot-money-edit = edit
key-money-delete-entry = delete the invoice (asks first)
key-money-toggle-all = show the paid ones too, or only unpaid
foot-money-toggle-all = all/unpaid
key-money-undo-delete = undo the last change
key-money-back = back to the main screen
foot-money-back = back
key-money-help = help: every key
foot-money-help = help
key-money-quit = quit
key-money-show-complaints = complaints of the whole book
key-money-show-agenda = the agenda of planned touches
key-money-show-reports = reports: touches, coverage, the plan
key-contacts-down = move down
foot-contacts-down = move
key-contacts-up = move up
key-contacts-top = jump to the first row
key-contacts-bottom = jump to the last row
key-contacts-new-contact = add a contact
foot-contacts-new-contact = add
key-contacts-edit = edit the contact: name, role, phones, e-mails, note
foot-contacts-edit = edit
key-contacts-contact-left = the contact has left the client (or is back)
foot-contacts-contact-left = left
key-contacts-delete-entry = delete a contact nothing refers to (asks first)
key-contacts-undo-delete = undo the last change
key-contacts-back = back to the main screen
foot-contacts-back = back
key-contacts-help = help: every key
foot-contacts-help = help
key-contacts-quit = quit

foot-help = help
foot-quit = quit

## Where the keyboard is (the help's headings).
ctx-main = Main screen
ctx-filter = Filtering the client list
ctx-search = Searching the book
ctx-form = Forms
ctx-confirm = Questions
ctx-help = Help
ctx-detail = An opened entry
ctx-complaints = Complaints (book-wide)
ctx-agenda = The agenda of planned touches
ctx-reports = Reports
ctx-money = Money owed (unpaid invoices)
ctx-contacts = The client's contacts

## Months (headings), short months (in dates), weekdays.
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
mon-1 = Jan
mon-2 = Feb
mon-3 = Mar
mon-4 = Apr
mon-5 = May
mon-6 = Jun
mon-7 = Jul
mon-8 = Aug
mon-9 = Sep
mon-10 = Oct
mon-11 = Nov
mon-12 = Dec
wd-1 = Mon
wd-2 = Tue
wd-3 = Wed
wd-4 = Thu
wd-5 = Fri
wd-6 = Sat
wd-7 = Sun

## Bad input: the field, the value and what is accepted.
not-accepted = {$field}: '{$value}' is not accepted; {$accepted}
accepted-one-of = one of: {$choices}
accepted-whole-number = a whole number of days from {$min} to {$max}
accepted-limit = a whole number from {$min} to {$max}, or nothing for the default
accepted-hard-limit = a number of days not below the cadence ({$cadence})
accepted-paid-after-issue = a date on or after the invoice was issued ({$issued})
accepted-unused-contact = a contact nothing refers to; {$uses} record(s) name {$name}: mark them as having left instead (touchbase contact left {$id})
accepted-entry-of-its-own = an entry of its own; this one stands for {$what} {$record}: {$verb} the {$what} instead (touchbase {$what} {$verb} {$record})
accepted-after-opened = a date on or after the complaint was opened ({$opened})
accepted-unique-client-name = a name no other client has ('{$other}' is already in the book)
accepted-unique-contact-name = a name no other contact of this client has ({$other} has it; --same-name keeps both)
accepted-order-deleted = an order that is deleted
accepted-order-not-deleted = an order that is not deleted
accepted-invoice-deleted = an invoice that is deleted
accepted-invoice-not-deleted = an invoice that is not deleted
accepted-complaint-deleted = a complaint that is deleted
accepted-complaint-not-deleted = a complaint that is not deleted
accepted-unpaid-invoice = an unpaid invoice (this one was paid on {$paid})
accepted-unique-invoice-number = a number no other invoice has (an invoice of {$other} has it)
accepted-from-before-to = a date on or before --to ({$to})
accepted-open-plan = an open planned touch; this one is {$status}
accepted-log-kind = a touch, a note or internal; a {$kind} has a record of its own: {$command}
accepted-order-amount = {$amount}; 0 for a lost deal, empty while not known
accepted-touch = a touch: {$choices}
accepted-currency = a three-letter code such as RUB, EUR, USD
accepted-email = an e-mail address such as anna@example.com
accepted-channel-value = a value after each label, e.g. work: +7 495 123-45-67
accepted-emails = an e-mail address such as anna@example.com; several separated by ; (work: …; home: …)
accepted-phones = a phone number such as +7 495 123-45-67; several separated by ; (work: …; mobile: …)
accepted-non-empty-name = a non-empty name
accepted-name-length = at most 200 characters
accepted-non-empty-text = a non-empty text
accepted-touch-of-plan-client = a touch of the plan's client
accepted-new-invoice-number = an invoice number not yet in the book
accepted-paid-invoice = a paid invoice (this one is unpaid)
accepted-issued-before-payment = a date on or before the payment
accepted-no-same-names = clients whose names are not already in this book under other ids; --merge-same-names merges them
accepted-no-invoice-clash = invoice numbers not used in this book by other invoices; renumber one side first: touchbase invoice edit NUMBER --new-number NEW
accepted-contact-of-client = a contact of this client
accepted-by-after-escalation = a day on or after the escalation
accepted-resolved-complaint = a resolved complaint (this one is still open)
accepted-unresolved-complaint = a complaint that is not resolved yet
accepted-plan-client = a client to plan a touch for, or one of: add, list, edit, cancel (touchbase plan --help)
accepted-folder-without-book = a folder without a book.sqlite in it
accepted-choice-with-clients = a choice that holds at least one client
accepted-date-format = us (month first: 10/20/2016)
accepted-backup-path = a path with no file yet: a backup never replaces a file
accepted-new-book-path = a path with no book yet, or --force to replace it
accepted-gen-clients = at least 1 client when there are interactions

## Words of the book (stored in English; read and typed in either language).
word-Tier-A = A
word-Tier-B = B
word-Tier-C = C
word-Status-prospect = prospect
word-Status-active = active
word-Status-paused = paused
word-Status-lost = lost
word-Kind-call = call
word-Kind-meeting = meeting
word-Kind-visit = visit
word-Kind-email = email
word-Kind-message = message
word-Kind-note = note
word-Kind-order = order
word-Kind-complaint = complaint
word-Kind-internal = internal
word-Direction-outbound = outbound
word-Direction-inbound = inbound
word-PlanStatus-open = open
word-PlanStatus-done = done
word-PlanStatus-cancelled = cancelled
word-Severity-low = low
word-Severity-normal = normal
word-Severity-high = high
word-ComplaintStatus-open = open
word-ComplaintStatus-escalated = escalated
word-ComplaintStatus-resolved = resolved
word-OrderStatus-won = won
word-OrderStatus-lost = lost
word-OrderStatus-in-progress = in progress

## The screens.
card-title = Client
card-select = Select a client.
card-from-list = from the list
card-from-untouched = from untouched
card-from-today = from Today
card-from-agenda = from the agenda
card-from-complaints = from complaints
card-from-money = from money
card-from-reports = from the report
card-from-contacts = from contacts
card-from-search = from search
card-head = tier {$tier} · every {$days ->
    [one] day
   *[other] {$days} days
} · {$status}
card-last-touch = last touch {$day} · { n-days-ago }
n-days-ago = {$days ->
    [0] today
    [one] {$days} day ago
   *[other] {$days} days ago
}
card-never-touched = never touched · added { n-days-ago }
card-overdue-by = OVERDUE by {$days ->
    [one] {$days} day
   *[other] {$days} days
}
card-complaint = ⚑ complaint {$age}d {$state} · {$department}: {$summary}
n-more = +{$n} more
card-invoice-overdue = ¤ overdue {$amount} · {$days ->
    [one] {$days} day
   *[other] {$days} days
} · invoice {$number}
card-invoice-unpaid = ¤ unpaid {$amount} · due {$due} · invoice {$number}
card-next = ▸ next {$due} {$kind} {$purpose}
card-managed-before = ↪ managed by {$manager} until {$since} · with you since then
card-no-contacts = no contacts yet: a adds one
left-on = (left {$day})
clients-title = Clients
clients-by = by {$order}
clients-none = No clients yet: press c to add one.
clients-no-match = No client matches the filter.
sort-urgency = urgency
sort-name = name
sort-last-touch = last touch
agenda-done = Done
agenda-cancelled = Cancelled
agenda-overdue = Overdue
agenda-today = Today
agenda-this-week = This week
agenda-later = Later
agenda-title = Agenda · the next 30 days · {$n} shown{$all ->
    [yes] {" · closed ones too"}
   *[no] {""}
}
agenda-empty = Nothing planned: p on a client plans a touch.
complaints-title = Complaints · {$open} open{$all ->
    [yes] {" · resolved ones shown"}
   *[no] {""}
}{$grouped ->
    [yes] {" · by department"}
   *[no] {" · oldest first"}
}
complaints-empty = No open complaints. ! on a client records one.
n-d = {$n}d
complaint-done = done
detail-client = client
detail-contact = contact
detail-logged-by = logged by
detail-versions = Earlier versions
detail-replaced = replaced {$when}: {$summary}
detail-title = Entry · e edit · Esc close
question-title = Are you sure?
question-keys = y yes · n no
q-delete-entry = Delete “{$summary}” of {$client}? It stays in the book and u brings it back.
q-cancel-plan = Cancel the planned touch “{$purpose}” for {$client}?
q-discard = Discard what you typed in this form?
q-quit-discarding = Quit and discard what you typed in this form?
dates-accepted = accepted: 2026-11-27, 27.11.2026, 5.12 (this year), an optional time 14:30, 15:00 (today), today, yesterday 15:00, tomorrow, now, mon…sun (the last one), +3d, -2w, +1m, +1y; years 1900-2199
dates-accepted-day = a day without a time: 2026-11-27, 27.11.2026, 5.12 (this year), today, tomorrow, mon…sun (the coming one), +3d, -2w, +1m, +1y; years 1900-2199
dates-not-future = a moment that is not after now; a touch still to come is planned instead (touchbase plan, or p)
dates-not-past = a day from today on; what already happened is logged with its date instead
amount-accepted = a positive amount such as 125000, 125 000,50, 1 250 000 or 1,250.75: thousands in groups of three, at most two decimals
not-a-date = '{$input}' is not a date ({$accepted})
word-now = now
word-today = today
hint-phones = several: work: +7 495 …; mobile: +7 916 …
hint-emails = several: work: a@b.ru; home: a@c.ru
hint-summary = one line: what happened
hint-next-touch = optional: +7d, 05.12.2026
hint-purpose = what the touch is for
hint-cadence = days between touches; empty: A 14, B 30, C 60
hint-hard-limit = days untouched before slipping; empty: 1.5 × cadence
hint-quiet-months = months quiet after a won order; 0: none; empty: tier's rule
hint-quiet-every = days between touches while quiet; empty: tier's rule
hint-order-amount = 125000, 125 000,50; 0 lost; empty: not known yet
hint-amount = 125000, 125 000,50
hint-departments = logistics, accounting, support, …
hint-departments-used = used before: {$departments}
hint-complaint = what the client said
hint-escalate-to = who takes it on
hint-resolution = what was done about it
form-log = Log an interaction · {$client}
form-new-client = New client
form-edit-client = Edit client · {$client}
form-plan = Plan a touch · {$client}
form-edit-plan = Edit the planned touch · {$client}
form-contact = New contact · {$client}
form-edit-contact = Edit contact · {$name} · {$client}
form-contact-left = {$name} left {$client}
form-edit-order = Edit order · {$client}
form-edit-invoice = Edit invoice {$number} · {$client}
form-edit-complaint = Edit complaint · {$client}
form-complaint = Complaint · {$client}
form-escalate = Escalate · {$summary}
form-resolve = Resolve · {$summary}
form-order = Order · {$client}
form-invoice = Invoice · {$client}
form-edit-entry = Edit entry (the old version is kept)
form-for-plan = {$title} · for “{$purpose}”
accepted-next-touch-date = a date for the next touch, since a purpose is given
accepted-due-after-issue = a date on or after the issue date ({$issued})
field-kind = kind
field-direction = direction
field-when = when
field-contact = contact
field-summary = summary
field-details = details
field-next-touch = next touch
field-next-purpose = next purpose
field-name = name
field-tier = tier
field-cadence = cadence
field-hard-limit = hard limit
field-quiet-months = quiet months
field-quiet-every = quiet every
field-status = status
field-industry = industry
field-city = city
field-notes = notes
field-due = due
field-purpose = purpose
field-role = role
field-phone = phone
field-email = email
field-note = note
field-department = department
field-severity = severity
field-came-by = came by
field-to = to
field-resolution = resolution
field-title = title
field-amount = amount
field-currency = currency
field-number = number
field-issued = issued
field-left-on = left on
field-ID = ID
field-record = record
field-client = client
field-date = date
field-file = file
field-plan-status = plan status
field-complaint-status = complaint status
preview-no-time = no time here
preview-not-a-date = not a date
form-keys = Ctrl-S save · Esc cancel
form-choice-hint = ←/→ or first letter
n-days-fraction = {$n} days
rep-touches = Touches
rep-clients-touched = Clients touched
rep-of-active = {$touched} of {$active} active
rep-untouched-at-end = Untouched at the end
rep-reaction = Reaction
rep-median-worst = median {$median}, worst {$worst}
rep-unanswered = Unanswered requests
rep-plan = Plan (due in period)
rep-plan-figures = {$on_time} on time, {$late} late, {$open} open, {$cancelled} cancelled
rep-orders = Orders
rep-orders-figures = {$count} ({$won} won, {$lost} lost): {$sums}
rep-complaints = Complaints
rep-complaints-figures = {$opened} opened, {$resolved} resolved, {$open} open; median {$median}
rep-receivables = Overdue receivables
rep-title = Report {$from} — {$to} · [ earlier · ] later
rep-report = Report
counting-today = ranking Today
counting-report = counting the report
counting-search = searching
rep-per-week = Touches per week
rep-coverage = Coverage
rep-calls = calls {$n}
rep-meetings = meetings {$n}
rep-visits = visits {$n}
rep-written = emails/messages {$n}
search-title = Search the book
search-title-first = Search the book · the first {$n} hits
search-title-hits = Search the book · {$n ->
    [one] {$n} hit
   *[other] {$n} hits
}
search-prompt = Type words or parts of words: names, contacts, anything said in the timeline.
search-none = No hits.
hit-plan = plan
hit-client = client
hit-contact = contact
hit-entry = entry
status-counts = {$clients ->
    [one] {$clients} client
   *[other] {$clients} clients
} · {$untouched} untouched
timeline-title = Timeline
timeline-planned = Planned
timeline-empty = Nothing logged yet: n logs the first touch.
timeline-edited = (edited)
timeline-more = … older entries load as you scroll
untouched-title = Who hasn't been touched
untouched-none = Everyone was touched on time.
untouched-no-plan = no plan
help-layout = On the Russian layout every key works where it is: т = n, о = j, . = /.
help-dates = Dates: 27.11.2026, 5.12, 2026-11-27, 14:30, yesterday 15:00, today, tomorrow, now, mon…sun, +3d, -2w, +1m
help-title = Keys · j/k scroll · Esc close
help-language = Language: English (--lang ru, or TOUCHBASE_LANG=ru, switches to Russian)
money-total = {$all} ({$late} overdue)
money-title-all = Money owed · {$n} unpaid, then the paid ones
money-title = Money owed · {$n} unpaid
view-first-shown = {" · "}the first {$n} shown
money-none = Nothing owed: every invoice is paid. I on a client records one.
money-owed = Owed: {$totals}
money-paid = paid {$day}
money-overdue = overdue {$days} d
money-due = due {$day}
contacts-title = Contacts
contacts-none = No contacts yet: a adds one.
contacts-none-known = none yet
contacts-tel = tel
contacts-email = e-mail
msg-no-client = no client selected: add one with c
msg-ordered-by = clients ordered by {$order}
msg-select-plan = select a planned touch at the top of the timeline (Tab, k) to cancel it
msg-select-entry = select an entry in the timeline (Tab) to delete it
msg-nothing-to-undo = nothing to undo
msg-order-record = an order has its own record: give its amount and status
msg-external-change = the book was changed by another program: reloaded
what-order = the order “{$title}” ({$amount})
no-amount-yet = no amount yet
what-invoice = invoice {$number} ({$amount})
what-complaint = the complaint “{$summary}”
q-delete-record = This entry stands for {$what} of {$client}. Delete it with its timeline entries? u brings it back.
q-unpaid = Invoice {$number} of {$client} was paid on {$day}. Mark it unpaid?
q-reopen = Reopen the complaint of {$client} “{$summary}”? It was resolved: {$resolution}
msg-resolved-reopen-first = this complaint is resolved: x reopens it first
msg-touch-closed = this touch is already closed
msg-complaint-record = a complaint has its own record, followed to its resolution: name the department
msg-select-client = select a client first
q-delete-complaint = Delete the complaint of {$client} “{$summary}” with its timeline entries? Only for one recorded by mistake; u brings it back.
q-delete-invoice = Delete invoice {$number} of {$client} ({$amount}) with its timeline entries? u brings it back.
q-contact-back = Is {$name} back at {$client}? They will be offered in forms again.
q-delete-contact = Delete the contact {$name} of {$client}? Only one nothing refers to can be deleted; u brings them back.
q-paid = Mark invoice {$number} of {$client} ({$amount}) paid on {$day}?
q-fulfils = Was this the touch planned for {$client} on {$day}: “{$purpose}”? y marks it done.
done-deleted-entry = deleted “{$summary}”; u brings it back
done-restored-entry = restored “{$summary}”
done-took-back = took back “{$summary}” (hidden; kept in the book)
done-undone = undone: put back as it was (the undone state is kept too)
done-unpaid-again = invoice {$number} is unpaid again
done-paid-again = invoice {$number} is paid again
done-restored = restored {$what}
done-contact-restored = {$name} is back among the contacts
done-plan-done = the planned touch is done: {$purpose}; u undoes
done-unpaid = invoice {$number} of {$client} is unpaid again; u undoes
done-deleted-record = deleted {$what} with its timeline entries; u brings it back
done-deleted-contact = deleted contact {$name}; u brings them back
done-contact-back = {$name} is back: offered in forms again; u undoes
done-reopened = reopened the complaint: {$summary}
done-paid = invoice {$number} of {$client} paid on {$day}; u undoes
done-plan-cancelled = cancelled the planned touch: {$purpose}; u undoes
done-complaint = recorded a complaint for {$department}: {$summary}
done-escalated = escalated to {$to}: {$summary}
done-resolved = resolved: {$summary}
done-order = recorded an order of {$amount} ({$status})
done-invoice = recorded invoice {$number} due {$day}
done-logged = logged {$kind} on {$day}: {$summary}; u undoes
done-client = added client {$name}
done-client-saved = saved client {$name}; u undoes
done-planned = planned {$kind} on {$day}: {$purpose}
done-plan-moved = planned touch moved: {$kind} on {$day}: {$purpose}; u undoes
done-contact = added contact {$name}
done-contact-saved = saved contact {$name}; u undoes
done-contact-left = {$name} left on {$day}: kept in the history, no longer offered; u undoes
done-order-saved = saved the order: {$amount} ({$status}); u undoes
done-invoice-saved = saved invoice {$number} due {$day}; u undoes
done-complaint-saved = saved the complaint: {$summary}; u undoes
done-entry-saved = saved the entry (the previous version is kept): {$summary}
esc-since = → {$to} since {$since}
esc-by-late = by {$day}, {$days ->
    [one] {$days} day late
   *[other] {$days} days late
}
esc-by = by {$day}
hint-multi = several lines: Enter starts a new one, Tab moves on

## Export.
export-format-fits = csv, json or xlsx for any table; vcf for contacts; ics for plans
export-done = exported {$n ->
    [one] {$n} row
   *[other] {$n} rows
} to {$file}
err-no-book = there is no book at {$path} (a command that writes, or the terminal UI, creates one)
err-newer = {$path} was written by a newer touchbase (book version {$found}; this touchbase reads up to version {$supported}); it was left untouched
err-foreign = {$path} is not a touchbase book ({$reason}); it was left untouched
err-busy = the book is busy: another program has held it for more than {$seconds} seconds; nothing was written, try again
err-not-found = no {$what} matches '{$query}'
err-no-contact = contact: no contact of this client matches '{$query}' (its contacts: {$known})
err-ambiguous = '{$query}' matches several {$what}: {$candidates}; say which
err-untrusted = {$path} was not accepted and nothing was changed: {$problems}
err-corrupt = the book is damaged ({$detail}); `touchbase check` shows where; restore a backup (a copy of your own, or book.vN-backup.sqlite beside it) if it finds problems or cannot read the book
err-database = database error: {$detail}
err-stored-value = the book holds a value touchbase does not accept: {$problem}; `touchbase check` lists every such value
thing-client = client
things-client = clients
thing-complaint = complaint
things-complaint = complaints
thing-contact = contact
things-contact = contacts
thing-earlier-version = earlier version
things-earlier-version = earlier versions
thing-entry = entry
things-entry = entries
thing-invoice = invoice
things-invoice = invoices
thing-order = order
things-order = orders
thing-planned-touch = planned touch
things-planned-touch = planned touches
cli-added-client = added client {$name} ({$id})
cli-updated-client = updated client {$name} ({$id})
cli-added-contact = added contact {$name} at {$client} ({$id})
cli-logged = logged {$kind} for {$client} on {$at} ({$id})
cli-note-plan-later = note: {$client} also has a {$kind} planned on {$due}: {$purpose}; if this touch was it: touchbase plan done {$plan} --entry {$entry}
cli-planned = planned {$kind} with {$client} on {$due} ({$id})
cli-updated-entry = updated entry {$id} (the previous version is kept)
cli-deleted-entry = deleted entry {$id} (touchbase entry restore {$id} brings it back)
cli-restored-entry = restored entry {$id}
cli-no-manager = no manager is set for this book (touchbase whoami --set NAME)
cli-check-ok = ok: {$path} passes every check (integrity, foreign keys, schema, every value, what is derived)
cli-backed-up = backed up {$path} to {$target} ({$kib} KiB)
cli-removed-backup = removed the older backup {$path}
cli-demo-written = wrote the demo book to {$path}
cli-created-book = created a new book at {$path}
cli-adopted-empty = {$path} was an empty file; it is now a new book
cli-saved-print-failed = the change was saved in the book, but printing the confirmation failed: {$error}
cli-print-failed = printing failed: {$error}
cli-saved-but = the change was saved in the book, but then: {$error}
cli-never = never
cli-col-name = NAME
cli-n-clients = {$n} client(s)
cli-more-rows = {$shown}; there are more: --limit {$next} shows them
cli-card-head = tier {$tier}, {$status}, every {$days} days
cli-touched = touched   {$day}, {$days} days ago
cli-never-touched = touched   never (added {$day}, {$days} days ago)
cli-overdue-by = OVERDUE   by {$days} days
cli-contacts = contacts
cli-none = none
cli-next-steps = next steps
cli-none-planned = none planned
cli-overdue = OVERDUE
cli-recent = recent history
cli-nothing-logged = nothing logged yet
cli-logged-by = logged by {$name}
cli-n-entries = {$n ->
    [one] {$n} entry
   *[other] {$n} entries
}
cli-col-tier = TIER
cli-col-status = STATUS
cli-col-last-touch = LAST TOUCH
cli-col-overdue = OVERDUE
cli-col-next = NEXT STEP
cli-overdue-days = +{ $n } d
cli-n-untouched = {$n} untouched client(s)
cli-n-hits = {$n} hit(s)
cli-complaint-recorded = recorded a complaint of {$client} for {$department} ({$id})
cli-complaint-escalated = escalated the complaint of {$client} to {$to}
cli-complaint-resolved = resolved the complaint of {$client}
cli-n-complaints = {$n} complaint(s)
cli-order-recorded = recorded the order "{$title}" for {$client}: {$amount} ({$status}; {$id})
cli-invoice-recorded = recorded invoice {$number} for {$client}: {$amount} due {$due}
cli-invoice-paid = invoice {$number} of {$client} paid on {$day}
cli-paid-on = paid {$day}
cli-overdue-d = OVERDUE {$days}d
cli-unpaid = unpaid
cli-n-invoices = {$n} invoice(s)
cli-nothing-planned = nothing planned in the next {$days} days

## Import.
import-entry-needs-date = a date, since the row has a summary of what happened
import-unknown-client = a client the book has{$more ->
    [0] {""}
   *[other] {" (and "}{$more} more rows)
}; --create-clients adds them
err-at-line = line {$line}: {$problem}
import-no-client-column = a file with a column naming the client (client, company, название, компания…) or --map COLUMN=client; its columns: {$headers}
import-no-sheet = the workbook has no sheet
import-not-json-rows = the file is not a JSON array of objects, as touchbase export writes
import-columns = columns:
import-more-bad = … and {$n} more bad rows
import-bad-rows = rows without mistakes: { $n ->
    [one] {$n} is bad
   *[other] {$n} are bad
} (listed above); nothing was written; --skip-bad takes the good ones
import-summary = imported {$rows} rows: {$clients} new clients, {$contacts} contacts, {$entries} entries, {$orders} orders, {$invoices} invoices, {$plans} planned touches; {$updated} updated from a newer file; {$already} taken in before; {$bad} bad
import-dry-run = dry run, nothing written: {$summary}
demo-book-name = demo (a throwaway copy)
tui-needs-terminal = the terminal UI needs a terminal; for scripts use a command (touchbase --help lists them)
cli-n-plans = {$n} planned touch(es)
cli-plan-unchanged = planned touch {$id} unchanged
cli-plan-saved = planned {$kind} on {$due}: {$purpose} ({$id}; the previous version is kept)
cli-plan-done = the planned {$kind} "{$purpose}" is done by entry {$entry}
cli-plan-cancelled = cancelled the planned {$kind} "{$purpose}" for {$client} due {$due}
cli-n-contacts = {$n} contact(s) at {$client}
cli-left-on = left {$day}
cli-contact-saved = contact {$name} saved; the previous version is kept ({$id})
cli-contact-left = {$name} left on {$day}: kept in the history, no longer offered
cli-contact-back = {$name} is back
cli-contact-deleted = deleted contact {$name} (the record is kept among the versions)
cli-n-orders = {$n} order(s)
cli-order-saved = order {$id}: {$amount} ({$status}); the previous version is kept
import-progress = {$n} of {$total} rows…
cli-order-deleted = deleted the order "{$title}" of {$client} ({$amount}) with its timeline entry
cli-order-restored = restored the order "{$title}" of {$client} ({$amount}) with its timeline entry
cli-invoice-saved = saved; the previous version is kept
cli-invoice-unpaid = is unpaid again
cli-invoice-deleted = deleted with its timeline entries (invoice restore brings it back)
cli-invoice-restored = restored
cli-invoice-line = invoice {$number} of {$client} ({$amount}, due {$due}) {$said}
cli-complaint-saved = complaint of {$client} saved; the previous version is kept
cli-complaint-reopened = reopened the complaint of {$client}: it is {$status} again
cli-complaint-deleted = deleted the complaint of {$client} with its timeline entries
cli-complaint-restored = restored the complaint of {$client} with its timeline entries
cli-handed-over = handed over {$clients} client(s) with {$entries} entries to {$dir}
cli-accept-nothing = nothing new in {$file}: the book already holds all of it
cli-accepted = accepted {$clients} client(s), {$contacts} contact(s), {$entries} entries, {$plans} planned touch(es) from {$file}
cli-merged = merged into the client of the same name: {$name}
cli-adopted = adopted {$path}: it is a touchbase book again (and passes every check)

## What the program records on the timeline (orders, invoices, complaints' steps)
event-order = { $title }: { $amount } ({ $status })
event-order-no-amount = { $title }: no amount yet ({ $status })
event-order-untitled = Order
event-invoice-issued = Invoice { $number } issued: { $amount }, due { $due }
event-invoice-paid = Invoice { $number } paid: { $amount }
event-complaint-opened = Complaint ({ $department }, { $severity }): { $summary }
event-complaint-escalated = Complaint escalated to { $to }: { $summary }
event-complaint-resolved = Complaint resolved: { $summary }
event-complaint-reopened = Complaint reopened: { $summary }
order-no-amount = no amount yet
cli-deleted-mark = deleted
cli-due-on = due {$day}
cli-step-to = to {$whom}
cli-step-by = by {$day}
cli-step-by-late = by {$day}: LATE

## The handover folder (index.md and one dossier per client)
dos-never = never
dos-do-complaint = Go through the open complaint of {$since} ({$department}): {$summary}
dos-do-invoices = Confirm the overdue invoices: {$money}
dos-do-touch = Touch the client: {$days} past the cadence
dos-do-plan-waiting = The planned {$kind} due {$due} is waiting: {$purpose}
dos-do-set-next = Set the next step: nothing is planned
dos-do-nothing-presses = Nothing presses; the next step is the {$kind} due {$due}: {$purpose}
dos-index-title = Handover of { $n ->
    [one] {$n} client
   *[other] {$n} clients
}
dos-from = From: {$name}
dos-no-manager = (no manager set)
dos-to = To: {$name}
dos-note = Note: {$note}
dos-date = Date: {$day}
dos-the-book = The book: `book.sqlite` (see README.md for how to open it)
dos-index-head = | client | tier | status | last touch | next step | open complaints | overdue receivables | dossier |
dos-overdue = overdue {$days}
dos-complaints-oldest = {$n}, oldest since {$since}
dos-first = What to do first
dos-who = Who the client is
dos-tier-line = Tier {$tier} · {$status} · a touch at least every {$days} days
dos-since = In the book since {$day}
dos-contacts = Contacts
dos-none-recorded = None recorded.
dos-contacts-head = | name | role | phone | email | note |
dos-stand = Where things stand ({$day})
dos-open-complaint = **Open complaint** since {$since} ({$department}, {$severity}, {$status}): {$summary}
dos-unpaid = Unpaid invoice {$number}: {$amount}, due {$due}
dos-order = Order of {$at}: {$title} — {$amount} ({$status})
dos-last-touch = Last touch: {$when}
dos-overdue-first = **Overdue by {$days}**: touch this client first.
dos-no-next = Next steps: none planned
dos-next = Next step: {$due} {$kind} — {$purpose}
dos-late = overdue
dos-story = The story so far ({ $n ->
    [one] {$n} entry
   *[other] {$n} entries
}, newest first)
dos-inbound = ← from the client
dos-outbound = → we reached out
dos-with = with {$name}

## Why a client is at risk (reports)
risk-untouched = tier {$tier} untouched for {$days} (cadence {$cadence})
risk-old-complaint = an open complaint older than 14 days
risk-overdue-receivables = overdue receivables

## The report in text and Markdown (CSV keeps its English keys)
report-heading = Report {$from} — {$to} ({$days})
report-days-fraction = {$n} days
report-week-of = week of {$day}
report-coverage-value = {$percent}% ({$covered} of {$active})
report-department-figures = opened {$opened}, resolved {$resolved}, open {$open}
report-section-period = Period
report-section-touches = Touches
report-section-touches-per-week = Touches per week
report-section-clients = Clients
report-section-reaction = Reaction
report-section-plan = Planned touches
report-section-orders = Orders
report-section-complaints = Complaints
report-section-complaints-by-department = Complaints by department
report-section-receivables = Receivables
report-section-at-risk = At risk
report-section-most-active = Most active
report-section-least-active = Least active
report-from = from
report-to = to
report-total = total
report-active = active
report-touched-in-the-period = touched in the period
report-untouched-at-the-end = untouched at the end
report-coverage = coverage
report-inbound-requests = inbound requests
report-answered = answered
report-median-time-to-answer = median time to answer
report-worst-time-to-answer = worst time to answer
report-unanswered = unanswered
report-due-in-the-period = due in the period
report-done-on-time = done on time
report-done-late = done late
report-still-open = still open
report-cancelled = cancelled
report-count = count
report-won = won
report-lost = lost
report-in-progress = in progress
report-sum = sum
report-won-sum = won sum
report-opened = opened
report-resolved = resolved
report-open-at-the-end = open at the end
report-median-time-to-resolution = median time to resolution
report-overdue-invoices = overdue invoices
report-overdue-amount = overdue amount

## check: what a damaged book holds
val-and-more = … and {$n} more
val-blob-of = a blob of {$n} bytes
val-required = empty; a value is required
val-whole-number = a whole number from {$lo} to {$hi}
val-number-for-text = a number where text belongs
val-fraction = a fraction; touchbase stores whole numbers and text
val-blob = a blob; touchbase stores text
val-text-max = text of at most {$max} characters
val-one-line = one line of text without control, bidi or invisible characters
val-text = text without control, bidi or invisible characters
val-day = a date YYYY-MM-DD, years 1900-2199
val-moment = a date YYYY-MM-DD or YYYY-MM-DD HH:MM, years 1900-2199
val-stamp = a UTC time YYYY-MM-DDTHH:MM:SSZ
val-json = a JSON object
val-one-of = one of: {$words}
val-currency = a three-letter code such as RUB
val-key-of = the {$source} folded for matching
val-sort-key-of = the {$source} folded for sorting, without its legal form
check-derived-index = derived: {$table} holds {$indexed} rows for {$rows}; check --repair rebuilds it
check-derived-last-touch = derived: {$n} client(s) whose last touch is not their newest touch; check --repair sets it
check-derived-plans = derived: {$n} done plan(s) whose touch is hidden or gone; check --repair reopens them
check-schema = schema: {$what}
check-sqlite = SQLite: {$line}
schema-kind = {$kind ->
    [table] table
    [index] index
    [trigger] trigger
    [view] view
   *[other] {$kind}
}
schema-not-in-version = {schema-kind} {$name} is not part of book version {$version}
schema-not-as-defined = {schema-kind} {$name} is not defined as touchbase defines it
schema-missing = {schema-kind} {$name} is missing
check-foreign-key = foreign key: {$table} row {$row} points to a missing {$parent}
check-failed = { $n ->
    [one] {$n} problem found in the book
   *[other] {$n} problems found in the book
}
cli-generated = wrote {$clients} clients, {$contacts} contacts, {$entries} entries, {$plans} planned touches, {$complaints} complaints, {$orders} orders, {$invoices} invoices to {$path}

## Today: the ranked list of what to do
today-past-soft = +{ $days } d past cadence
today-past-hard = +{ $days } d past cadence, slipping
today-plan-due = { $kind } due today: { $purpose }
today-plan-late = { $kind } { $days } d late: { $purpose }
today-complaint = complaint { $days } d
today-complaint-late = complaint { $days } d, escalation { $late } d past its deadline
today-invoice = { $amount } overdue { $days } d
today-unanswered = request waiting { $days } d
today-title = Today, { $day }: { $n ->
    [one] { $n } client to act on
   *[other] { $n } clients to act on
}
today-more = {$n} of {$total} shown; --limit {$total} shows them all
today-nothing = Nothing to act on today.
today-last = last: { $at } { $summary }
today-short-touches = { $n ->
    [one] { $n } touch due
   *[other] { $n } touches due
}
today-short-slipping = { $n ->
    [one] { $n } client slipping
   *[other] { $n } clients slipping
}
today-short-complaints = { $n ->
    [one] { $n } complaint open
   *[other] { $n } complaints open
}
today-short-late-complaints = { $n ->
    [one] { $n } past its deadline
   *[other] { $n } past their deadline
}
today-short-invoices = { $n ->
    [one] { $n } invoice overdue
   *[other] { $n } invoices overdue
}
today-short-requests = { $n ->
    [one] { $n } request unanswered
   *[other] { $n } requests unanswered
}
today-short-nothing = nothing due today

## The Today view
ctx-today = Today: what to do, most important first
today-why = Why
today-view-title = Today, { $day } · { $n }
today-view-title-day = Today, { $day }
today-view-title-first = Today, { $day } · the first { $shown } of { $n }
today-view-title-counting = Today, { $day } · ranking
key-main-show-today = today: every client with a reason to act, with the reasons
foot-main-show-today = today
key-agenda-show-today = today: every client with a reason to act
key-complaints-show-today = today: every client with a reason to act
key-today-down = move down
foot-today-down = move
key-today-up = move up
key-today-page-down = page down
key-today-page-up = page up
key-today-top = jump to the first row
key-today-bottom = jump to the last row
key-today-log-interaction = log the touch (a planned one is filled in); then the next row
foot-today-log-interaction = log
key-today-open = open the client
foot-today-open = open
foot-today-show-complaints = complaint
foot-today-show-money = invoice
key-today-show-complaints = complaints, on the row's complaint
key-today-show-agenda = the agenda of planned touches
key-today-show-money = money, on the row's overdue invoice
key-today-back = to the main screen
foot-today-back = main
key-today-help = help: every key
foot-today-help = help
key-today-quit = quit

## Days in a narrow column (19d)
days-short = { $n }d
accept-invoice-clash = {$number} is {$theirs} of {$their_client} there and {$ours} of {$our_client} here
accept-field-filled = {$field} filled from the received book
accept-field-theirs = {$field}: the received (newer) value, ours kept as a version
accept-field-ours = {$field}: ours (newer), the received value kept as a version
card-slipping = SLIPPING +{ $days } d

## The company's rules
rules-accepted = one of the rules: {$names}, as NAME=NUMBER (quiet_months and quiet_every also per tier: quiet_months.A=6)
rules-value-accepted = a whole number of days from 0 (off) to {$max} for {$name}
rules-set = rule {$name} is now {$value}
rules-off = off
rules-for-tier = the same, for tier {$tier}
rule-next_step = every active A and B client has an open next step
rule-escalate_within = a complaint is escalated within N days
rule-resolve_within = a complaint is resolved within N days
rule-log_within = a touch is logged within N days of happening
rule-answer_within = an inbound request is answered within N working days
rule-invoice_touch_within = an overdue invoice gets a touch within N days
rule-breach-next-step = no next step planned
rule-breach-escalate-within = complaint not escalated, { $days } d late
rule-breach-resolve-within = complaint not resolved, { $days } d late
rule-breach-log-within = touch logged { $days } d late
rule-breach-answer-within = request unanswered, { $days } working d late
rule-breach-invoice-touch-within = overdue invoice untouched, { $days } d late
rules-none-broken = No rule is broken.
rules-n-broken = { $n ->
    [one] { $n } rule broken
   *[other] { $n } rules broken
}
rule-quiet_months = after a won order the client is quiet for N months
rule-quiet_every = and gets a touch every N days while quiet
rule-quiet_plan = the quiet period's touches are planned by themselves
rule-breach-quiet-every = quiet since the order of { $since }, { $days } d past its touch
quiet-plan-purpose = Quiet-period touch: order {$order}
today-notify-title = touchbase: today
today-notify-failed = could not show a desktop notification ({$error}); is a notification service running?
rep-section-at-risk = At risk
rep-section-unanswered = Unanswered requests
rep-section-most = Most active
rep-section-least = Least active
rep-touches-n = { $n ->
    [one] { $n } touch
   *[other] { $n } touches
}
key-reports-down = move down
foot-reports-down = move
key-reports-up = move up
key-reports-page-down = page down
key-reports-page-up = page up
key-reports-top = jump to the first row
key-reports-bottom = jump to the last row
key-reports-open = open the client
foot-reports-open = open

## The successor's checklist (clients received by handover accept)
checklist-introduce = introduce yourself to { $left }
checklist-complaints = go through the open complaints: { $left }
checklist-invoices = confirm the unpaid invoices: { $left }
checklist-next-step = set the next step
checklist-progress = handover checklist { $done } of { $total }
checklist-head = received { $day } from { $from }: { $done } of { $total } done
checklist-item-done = done
checklist-none = No client received by a handover has anything left on its checklist.
checklist-done-introduce = introduce yourself to every contact
checklist-done-complaints = go through the open complaints
checklist-done-invoices = confirm the unpaid invoices
checklist-done-next-step = set the next step
weights-accepted = one of the weights: {$names}, as NAME=NUMBER
weights-value-accepted = a number from 0 to 1000
weights-set = weight {$name} is now {$value}
err-older-report = {$path} is a book of an older touchbase (book version {$found}; this one writes version {$current}): open it once with this touchbase, which upgrades it, then report on it; it was left untouched
err-older-accept = {$path} is a book of an older touchbase (book version {$found}; this one writes version {$current}): open it once with this touchbase, which upgrades it, then accept it; it was left untouched
err-empty-file = an empty file
err-reason-not-sqlite = not an SQLite database
err-reason-damaged-header = a damaged SQLite header
err-reason-truncated = the file is truncated
err-reason-other-program = an SQLite database of another program, application_id {$app}
err-reason-other-program-unchanged = an SQLite database of another program, application_id {$app}; nothing was changed
err-reason-damaged = a damaged SQLite file: {$error}
err-reason-dump = a touchbase book of version {$version} rebuilt from a dump, which does not keep a book's marks; adopt it with: touchbase --db {$path} adopt
err-reason-not-our-schema = its schema is not one of touchbase's; nothing was changed
err-reason-schema-differs = it says book version {$version}, but its schema differs: {$first}{$more ->
    [0] {""}
   *[other] {" "}(and {$more} more)
}; was the version changed by hand?
report-total-row = TOTAL
report-col-manager = MANAGER
report-col-touches = TOUCHES
report-col-coverage = COVERAGE
report-col-answered = ANSWERED
report-col-plan = PLANS DUE/ON TIME/LATE/OPEN
report-col-complaints = COMPLAINTS NEW/RESOLVED/OPEN
report-col-overdue = OVERDUE INVOICES
report-col-breaches = RULES BROKEN
report-many-heading = Report {$from} — {$to}, { $n ->
    [one] {$n} book
   *[other] {$n} books
}
report-many-legend = Coverage: active clients touched within their cadence at the period's end. Answered: inbound requests answered of those received. Rules broken: as of the last day (touchbase rules).
val-event = a JSON object whose "event" is order, invoice-issued, invoice-paid, complaint-opened, complaint-escalated, complaint-resolved or complaint-reopened, with that event's fields and no others

## Reaction in words, rules broken in a period.
reaction-none = no requests in the period
reaction-same-day = typically the same day
reaction-within = typically within { $days ->
    [one] { $days } day
   *[other] { $days } days
}
reaction-words = answered { $answered } of { $inbound } { $inbound ->
    [one] request
   *[other] requests
}{ $typical }; { $waiting } waiting
rep-reaction-times = Time to answer
rep-rules-broken = Rules broken
rep-rules-none = none
rule-short-next_step = no next step
rule-short-escalate_within = complaint escalated late
rule-short-resolve_within = complaint resolved late
rule-short-log_within = touch logged late
rule-short-answer_within = request answered late
rule-short-invoice_touch_within = overdue invoice untouched
rule-short-quiet_every = quiet touch missed
report-in-short = in short
report-section-rules-broken = Rules broken in the period
html-coverage = Coverage: active clients touched within their cadence
html-complaints = Complaints by department (open at the end)

## The command line as clap reads it (Russian words for clap's own messages;
## English keeps clap's).
clap-error = error
clap-usage = Usage:
clap-more-help = For more information, try '--help'.
clap-value-required = a value is required for '{$arg}' but none was supplied
clap-invalid-value = invalid value '{$value}' for '{$arg}'
clap-possible-values = possible values: {$values}
clap-whole-number = a whole number is expected
clap-unknown-argument = unexpected argument '{$arg}' found
clap-unknown-command = unrecognized subcommand '{$command}'
clap-no-equals = equal sign is needed when assigning values to '{$arg}'
clap-too-many-values = unexpected value '{$value}' for '{$arg}' found; no more were expected
clap-wrong-number-of-values = a different number of values is required for '{$arg}'
clap-argument-repeated = the argument '{$arg}' cannot be used multiple times
clap-argument-conflict = the argument '{$arg}' cannot be used with {$other}
clap-missing-arguments = the following required arguments were not provided:
clap-missing-command = '{$command}' requires a subcommand but one was not provided: {$commands}
clap-not-utf8 = an argument is not valid UTF-8
clap-not-understood = the command line could not be read
clap-did-you-mean = tip: a similar one exists: {$similar}
