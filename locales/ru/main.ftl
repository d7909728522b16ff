## touchbase по-русски. У каждого сообщения есть английский двойник в
## locales/en/main.ftl; тест падает, если одного нет.

language-name = Русский
n-days = { $n ->
    [one] {$n} день
    [few] {$n} дня
   *[many] {$n} дней
}

## Клавиши: key-<экран>-<действие> — текст справки, foot-<экран>-<действие> — слово в подвале.
key-main-down = вниз
foot-main-down = вниз
key-main-up = вверх
key-main-page-down = страница вниз
key-main-page-up = страница вверх
key-main-top = к первой строке
key-main-bottom = к последней строке
key-main-next-pane = следующая панель: клиенты → без касаний → лента
foot-main-next-pane = панель
key-main-prev-pane = предыдущая панель
key-main-open = открыть клиента или подробности записи
foot-main-open = открыть
key-main-log-interaction = записать касание клиента
foot-main-log-interaction = записать
key-main-new-client = добавить клиента
key-main-plan-touch = запланировать следующее касание
foot-main-plan-touch = план
key-main-edit = изменить клиента (в ленте: запланированное касание, запись или заказ, счёт, жалобу за ней)
foot-main-edit = изменить
key-main-new-contact = добавить контакт клиента
key-main-delete-entry = удалить запись или то, за чем она стоит (спросит)
key-main-show-contacts = контакты клиента: все телефоны и почта; изменить, ушёл, удалить
key-main-cancel-plan = отменить запланированное касание, выбранное вверху ленты (спросит)
key-main-undo-delete = отменить последнее изменение: удаление, правку, план, оплату, запись
key-main-start-filter = фильтр клиентов по любой части названия
foot-main-start-filter = фильтр
key-main-cycle-sort = порядок клиентов: по имени, срочности, последнему касанию
key-main-start-search = искать по всей книге
foot-main-start-search = поиск
key-main-reload = перечитать книгу
key-main-back = сбросить фильтр
key-main-help = справка: все клавиши
foot-main-help = справка
key-main-quit = выход
foot-main-quit = выход
key-filter-open = оставить фильтр, назад к списку
foot-filter-open = оставить
key-filter-back = сбросить фильтр
foot-filter-back = сбросить
key-filter-down = вниз
foot-filter-down = вниз
key-filter-quit = выход
key-search-open = открыть находку в ленте клиента
foot-search-open = открыть
key-search-down = следующая находка
foot-search-down = дальше
key-search-up = предыдущая находка
foot-search-up = назад
key-search-back = закрыть поиск
foot-search-back = закрыть
key-search-quit = выход
key-form-field-next = следующее поле
foot-form-field-next = следующее поле
key-form-field-prev = предыдущее поле
foot-form-field-prev = назад
key-form-field-enter = следующее поле; с последнего сохраняет (в заметках — новая строка)
foot-form-field-enter = дальше/сохранить
key-form-save = сохранить из любого поля
foot-form-save = сохранить
key-form-back = отменить (спросит, если что-то введено)
foot-form-back = отмена
key-form-quit = выйти (спросит, если что-то введено)
key-confirm-confirm = да
foot-confirm-confirm = да
key-confirm-deny = нет
foot-confirm-deny = нет
key-help-back = закрыть справку
foot-help-back = закрыть
key-help-down = листать вниз
foot-help-down = листать
key-help-up = листать вверх
key-detail-back = закрыть
foot-detail-back = закрыть
key-detail-edit = изменить эту запись
foot-detail-edit = изменить
key-detail-down = следующая (более старая) запись
foot-detail-down = дальше
key-detail-up = предыдущая (более новая) запись
foot-detail-up = назад
key-main-new-complaint = записать жалобу клиента
key-main-new-order = записать заказ клиента
key-main-new-invoice = записать счёт клиента
key-main-show-complaints = жалобы по всей книге
foot-main-show-complaints = жалобы
key-main-show-agenda = план касаний
foot-main-show-agenda = повестка
key-main-show-reports = отчёты: касания, охват, план
foot-main-show-reports = отчёты
key-main-show-money = долги: неоплаченные счета, просроченные первыми
foot-main-show-money = деньги
key-complaints-down = вниз
foot-complaints-down = вниз
key-complaints-up = вверх
key-complaints-page-down = страница вниз
key-complaints-page-up = страница вверх
key-complaints-open = открыть клиента
foot-complaints-open = открыть
key-complaints-edit = изменить жалобу: текст, отдел, важность
foot-complaints-edit = изменить
key-complaints-escalate = передать кому-то внутри компании
foot-complaints-escalate = передать
key-complaints-resolve = решить (что сделано); решённую — открыть снова
foot-complaints-resolve = решить
key-complaints-delete-entry = удалить жалобу, внесённую по ошибке (спросит)
key-complaints-undo-delete = отменить последнее изменение
key-complaints-toggle-all = показать и решённые или только открытые
foot-complaints-toggle-all = все/открытые
key-complaints-top = к первой строке
key-complaints-bottom = к последней строке
key-complaints-toggle-group = порядок: по отделам или сначала старые
foot-complaints-toggle-group = порядок
key-complaints-back = назад на главный экран
foot-complaints-back = назад
key-complaints-help = справка: все клавиши
foot-complaints-help = справка
key-complaints-quit = выход
key-agenda-down = вниз
foot-agenda-down = вниз
key-agenda-up = вверх
key-agenda-page-down = страница вниз
key-agenda-page-up = страница вверх
key-agenda-top = к первой строке
key-agenda-bottom = к последней строке
key-agenda-open = открыть клиента
foot-agenda-open = открыть
key-agenda-log-interaction = записать касание, выполняющее план
foot-agenda-log-interaction = записать
key-agenda-edit-plan = изменить касание: перенести, сменить цель или вид
foot-agenda-edit-plan = изменить
key-agenda-cancel-plan = отменить запланированное касание (спросит)
foot-agenda-cancel-plan = отмена
key-agenda-toggle-all = показать и выполненные, и отменённые
foot-agenda-toggle-all = все/открытые
key-agenda-undo-delete = отменить последнее изменение
key-agenda-back = назад на главный экран
foot-agenda-back = назад
key-agenda-help = справка: все клавиши
foot-agenda-help = справка
key-agenda-quit = выход
key-reports-period-back = предыдущие тридцать дней
foot-reports-period-back = раньше
key-reports-period-forward = следующие тридцать дней
foot-reports-period-forward = позже
key-reports-back = назад на главный экран
foot-reports-back = назад
key-reports-help = справка: все клавиши
foot-reports-help = справка
key-reports-quit = выход
key-complaints-show-complaints = жалобы по всей книге
key-complaints-show-agenda = план касаний
key-complaints-show-reports = отчёты: касания, охват, план
key-agenda-show-complaints = жалобы по всей книге
key-agenda-show-agenda = план касаний
key-agenda-show-reports = отчёты: касания, охват, план
key-reports-show-complaints = жалобы по всей книге
key-reports-show-agenda = план касаний
key-reports-show-reports = отчёты: касания, охват, план
key-money-down = вниз
foot-money-down = вниз
key-money-up = вверх
key-money-page-down = страница вниз
key-money-page-up = страница вверх
key-money-top = к первой строке
key-money-bottom = к последней строке
key-money-open = открыть клиента
foot-money-open = открыть
key-money-mark-paid = отметить счёт оплаченным сегодня, а оплаченный — неоплаченным (спросит)
foot-money-mark-paid = оплачен
key-money-edit = изменить счёт: номер, сумма, даты
foot-money-edit = изменить
key-money-delete-entry = удалить счёт (спросит)
key-money-toggle-all = показать и оплаченные или только неоплаченные
foot-money-toggle-all = все/неоплаченные
key-money-undo-delete = отменить последнее изменение
key-money-back = назад на главный экран
foot-money-back = назад
key-money-help = справка: все клавиши
foot-money-help = справка
key-money-quit = выход
key-money-show-complaints = жалобы по всей книге
key-money-show-agenda = план касаний
key-money-show-reports = отчёты: касания, охват, план
key-contacts-down = вниз
foot-contacts-down = вниз
key-contacts-up = вверх
key-contacts-top = к первой строке
key-contacts-bottom = к последней строке
key-contacts-new-contact = добавить контакт
foot-contacts-new-contact = добавить
key-contacts-edit = изменить контакт: имя, должность, телефоны, почта, заметка
foot-contacts-edit = изменить
key-contacts-contact-left = контакт ушёл от клиента (или вернулся)
foot-contacts-contact-left = ушёл
key-contacts-delete-entry = удалить контакт, на который ничто не ссылается (спросит)
key-contacts-undo-delete = отменить последнее изменение
key-contacts-back = назад на главный экран
foot-contacts-back = назад
key-contacts-help = справка: все клавиши
foot-contacts-help = справка
key-contacts-quit = выход

foot-help = справка
foot-quit = выход

## Где клавиатура (заголовки справки).
ctx-main = Главный экран
ctx-filter = Фильтр списка клиентов
ctx-search = Поиск по книге
ctx-form = Формы
ctx-confirm = Вопросы
ctx-help = Справка
ctx-detail = Открытая запись
ctx-complaints = Жалобы (по всей книге)
ctx-agenda = План касаний
ctx-reports = Отчёты
ctx-money = Долги (неоплаченные счета)
ctx-contacts = Контакты клиента

## Месяцы (заголовки), короткие месяцы (в датах), дни недели.
month-1 = Январь
month-2 = Февраль
month-3 = Март
month-4 = Апрель
month-5 = Май
month-6 = Июнь
month-7 = Июль
month-8 = Август
month-9 = Сентябрь
month-10 = Октябрь
month-11 = Ноябрь
month-12 = Декабрь
mon-1 = янв
mon-2 = фев
mon-3 = мар
mon-4 = апр
mon-5 = мая
mon-6 = июн
mon-7 = июл
mon-8 = авг
mon-9 = сен
mon-10 = окт
mon-11 = ноя
mon-12 = дек
wd-1 = пн
wd-2 = вт
wd-3 = ср
wd-4 = чт
wd-5 = пт
wd-6 = сб
wd-7 = вс

## Неверный ввод: поле, значение и что подходит.
not-accepted = {$field}: «{$value}» не подходит; {$accepted}
accepted-one-of = одно из: {$choices}
accepted-whole-number = целое число дней от {$min} до {$max}
accepted-limit = целое число от {$min} до {$max} или пусто (по умолчанию)
accepted-hard-limit = число дней не меньше частоты ({$cadence})
accepted-paid-after-issue = дата не раньше выставления счёта ({$issued})
accepted-unused-contact = контакт, на который ничто не ссылается; на {$name} ссылаются записи ({$uses}): отметьте, что контакт ушёл (touchbase contact left {$id})
accepted-entry-of-its-own = отдельная запись; эта — часть документа ({$thing} {$record}): действуйте через него (touchbase {$what} {$verb} {$record})
accepted-after-opened = дата не раньше открытия жалобы ({$opened})
accepted-unique-client-name = имя, которого нет у других клиентов («{$other}» уже есть в книге)
accepted-unique-contact-name = имя, которого нет у других контактов этого клиента (оно у {$other}; --same-name оставит обоих)
accepted-order-deleted = удалённый заказ
accepted-order-not-deleted = не удалённый заказ
accepted-invoice-deleted = удалённый счёт
accepted-invoice-not-deleted = не удалённый счёт
accepted-complaint-deleted = удалённая жалоба
accepted-complaint-not-deleted = не удалённая жалоба
accepted-unpaid-invoice = неоплаченный счёт (этот оплачен {$paid})
accepted-unique-invoice-number = номер, которого нет у других счетов (он у счёта клиента {$other})
accepted-from-before-to = дата не позже --to ({$to})
accepted-open-plan = открытое запланированное касание; у этого статус «{$status}»
accepted-log-kind = касание, заметка или внутреннее; у вида «{$kind}» своя запись: {$command}
accepted-order-amount = {$amount}; 0 — сделка проиграна, пусто — сумма ещё неизвестна
accepted-touch = касание: {$choices}
accepted-currency = трёхбуквенный код, например RUB, EUR, USD
accepted-email = адрес почты вида anna@example.com
accepted-channel-value = значение после каждой метки, например рабочий: +7 495 123-45-67
accepted-emails = адрес почты вида anna@example.com; несколько — через ; (рабочий: …; личный: …)
accepted-phones = номер телефона вида +7 495 123-45-67; несколько — через ; (рабочий: …; мобильный: …)
accepted-non-empty-name = непустое имя
accepted-name-length = не длиннее 200 символов
accepted-non-empty-text = непустой текст
accepted-touch-of-plan-client = касание клиента этого плана
accepted-new-invoice-number = номер счёта, которого ещё нет в книге
accepted-paid-invoice = оплаченный счёт (этот не оплачен)
accepted-issued-before-payment = дата не позже оплаты
accepted-no-same-names = клиенты, чьих имён ещё нет в этой книге под другими id; --merge-same-names объединяет их
accepted-no-invoice-clash = номера счетов, не занятые в этой книге другими счетами; сначала перенумеруйте одну из сторон: touchbase invoice edit НОМЕР --new-number НОВЫЙ
accepted-contact-of-client = контакт этого клиента
accepted-by-after-escalation = день не раньше передачи
accepted-resolved-complaint = решённая жалоба (эта ещё открыта)
accepted-unresolved-complaint = ещё не решённая жалоба
accepted-plan-client = клиент, которому запланировать касание, или одно из: add, list, edit, cancel (touchbase plan --help)
accepted-folder-without-book = папка, в которой нет book.sqlite
accepted-choice-with-clients = выбор, в который попадает хотя бы один клиент
accepted-date-format = us (сначала месяц: 10/20/2016)
accepted-backup-path = путь, где ещё нет файла: резервная копия никогда не заменяет файл
accepted-new-book-path = путь, где ещё нет книги, или --force, чтобы её заменить
accepted-gen-clients = хотя бы 1 клиент, если есть записи

## Слова книги (хранятся по-английски; читаются и вводятся на любом языке).
word-Tier-A = A
word-Tier-B = B
word-Tier-C = C
word-Status-prospect = потенциальный
word-Status-active = активный
word-Status-paused = на паузе
word-Status-lost = потерян
word-Kind-call = звонок
word-Kind-meeting = встреча
word-Kind-visit = визит
word-Kind-email = письмо
word-Kind-message = сообщение
word-Kind-note = заметка
word-Kind-order = заказ
word-Kind-complaint = жалоба
word-Kind-internal = внутреннее
word-Direction-outbound = исходящее
word-Direction-inbound = входящее
word-PlanStatus-open = открыто
word-PlanStatus-done = выполнено
word-PlanStatus-cancelled = отменено
word-Severity-low = низкая
word-Severity-normal = обычная
word-Severity-high = высокая
word-ComplaintStatus-open = открыта
word-ComplaintStatus-escalated = передана
word-ComplaintStatus-resolved = решена
word-OrderStatus-won = выигран
word-OrderStatus-lost = проигран
word-OrderStatus-in-progress = в работе

## Экраны.
card-title = Клиент
card-select = Выберите клиента.
card-from-list = из списка
card-from-untouched = из «без касаний»
card-from-today = из «Сегодня»
card-from-agenda = из плана
card-from-complaints = из жалоб
card-from-money = из денег
card-from-reports = из отчёта
card-from-contacts = из контактов
card-from-search = из поиска
card-head = категория {$tier} · раз в {$days ->
    [one] {$days} день
    [few] {$days} дня
   *[many] {$days} дней
} · {$status}
card-last-touch = последнее касание {$day} · { n-days-ago }
n-days-ago = {$days ->
    [0] сегодня
    [one] {$days} день назад
    [few] {$days} дня назад
   *[many] {$days} дней назад
}
card-never-touched = касаний не было · добавлен { n-days-ago }
card-overdue-by = ПРОСРОЧЕНО на {$days ->
    [one] {$days} день
    [few] {$days} дня
   *[many] {$days} дней
}
card-complaint = ⚑ жалоба {$age} дн. {$state} · {$department}: {$summary}
n-more = ещё {$n}
card-invoice-overdue = ¤ просрочено {$amount} · {$days ->
    [one] {$days} день
    [few] {$days} дня
   *[many] {$days} дней
} · счёт {$number}
card-invoice-unpaid = ¤ к оплате {$amount} · срок {$due} · счёт {$number}
card-next = ▸ далее {$due} {$kind} {$purpose}
card-managed-before = ↪ вёл {$manager} до {$since} · с тех пор у вас
card-no-contacts = контактов пока нет: a добавляет
left-on = (ушёл {$day})
clients-title = Клиенты
clients-by = по {$order}
clients-none = Клиентов пока нет: c добавляет.
clients-no-match = Под фильтр не подходит ни один клиент.
sort-urgency = срочности
sort-name = имени
sort-last-touch = последнему касанию
agenda-done = Выполнено
agenda-cancelled = Отменено
agenda-overdue = Просрочено
agenda-today = Сегодня
agenda-this-week = На этой неделе
agenda-later = Позже
agenda-title = План · ближайшие 30 дней · показано {$n}{$all ->
    [yes] {" · и закрытые"}
   *[no] {""}
}
agenda-empty = Ничего не запланировано: p на клиенте планирует касание.
complaints-title = Жалобы · открыто {$open}{$all ->
    [yes] {" · с решёнными"}
   *[no] {""}
}{$grouped ->
    [yes] {" · по отделам"}
   *[no] {" · сначала старые"}
}
complaints-empty = Открытых жалоб нет. ! на клиенте записывает жалобу.
n-d = {$n} дн
complaint-done = решена
detail-client = клиент
detail-contact = контакт
detail-logged-by = записал
detail-versions = Прежние версии
detail-replaced = заменено {$when}: {$summary}
detail-title = Запись · e изменить · Esc закрыть
question-title = Точно?
question-keys = y да · n нет
q-delete-entry = Удалить «{$summary}» у {$client}? Запись останется в книге, u вернёт её.
q-cancel-plan = Отменить запланированное касание «{$purpose}» для {$client}?
q-discard = Выбросить то, что введено в форме?
q-quit-discarding = Выйти и выбросить то, что введено в форме?
dates-accepted = подходит: 2026-11-27, 27.11.2026, 5.12 (этот год), можно со временем 14:30, 15:00 (сегодня), сегодня, вчера 15:00, завтра, сейчас, пн…вс (последний), +3d, -2w, +1m, +1y; годы 1900–2199
dates-accepted-day = день без времени: 2026-11-27, 27.11.2026, 5.12 (этот год), сегодня, завтра, пн…вс (ближайший), +3d, -2w, +1m, +1y; годы 1900–2199
dates-not-future = момент не позже, чем сейчас; будущее касание планируют (touchbase plan или p)
dates-not-past = день начиная с сегодняшнего; то, что уже было, записывают с его датой
amount-accepted = положительная сумма, например 125000, 125 000,50, 1 250 000 или 1,250.75: тысячи группами по три, не больше двух знаков после запятой
not-a-date = «{$input}» — не дата ({$accepted})
word-now = сейчас
word-today = сегодня
hint-phones = несколько: рабочий: +7 495 …; мобильный: +7 916 …
hint-emails = несколько: рабочая: a@b.ru; личная: a@c.ru
hint-summary = одна строка: что было
hint-next-touch = необязательно: +7d, 05.12.2026
hint-purpose = зачем это касание
hint-cadence = дней между касаниями; пусто: A 14, B 30, C 60
hint-hard-limit = дней без касания; пусто: 1,5 × частота
hint-quiet-months = после выигранного заказа; 0: нет; пусто: как у категории
hint-quiet-every = дней между касаниями; пусто: как у категории
hint-order-amount = 125000, 125 000,50; 0 — проигран; пусто — пока неизвестно
hint-amount = 125000, 125 000,50
hint-departments = логистика, бухгалтерия, поддержка, …
hint-departments-used = уже были: {$departments}
hint-complaint = что сказал клиент
hint-escalate-to = кто берёт в работу
hint-resolution = что сделали
form-log = Записать касание · {$client}
form-new-client = Новый клиент
form-edit-client = Изменить клиента · {$client}
form-plan = Запланировать касание · {$client}
form-edit-plan = Изменить запланированное касание · {$client}
form-contact = Новый контакт · {$client}
form-edit-contact = Изменить контакт · {$name} · {$client}
form-contact-left = {$name} ушёл из {$client}
form-edit-order = Изменить заказ · {$client}
form-edit-invoice = Изменить счёт {$number} · {$client}
form-edit-complaint = Изменить жалобу · {$client}
form-complaint = Жалоба · {$client}
form-escalate = Передать · {$summary}
form-resolve = Решить · {$summary}
form-order = Заказ · {$client}
form-invoice = Счёт · {$client}
form-edit-entry = Изменить запись (старая версия сохранится)
form-for-plan = {$title} · для «{$purpose}»
accepted-next-touch-date = дата следующего касания, раз указана цель
accepted-due-after-issue = дата не раньше даты выставления ({$issued})
field-kind = вид
field-direction = направление
field-when = когда
field-contact = контакт
field-summary = кратко
field-details = подробно
field-next-touch = след. дата
field-next-purpose = след. цель
field-name = имя
field-tier = категория
field-cadence = частота
field-hard-limit = уходит через
field-quiet-months = тишина, мес.
field-quiet-every = тишина, дн.
field-status = статус
field-industry = отрасль
field-city = город
field-notes = заметки
field-due = срок
field-purpose = цель
field-role = должность
field-phone = телефон
field-email = почта
field-note = заметка
field-department = отдел
field-severity = важность
field-came-by = как пришла
field-to = кому
field-resolution = решение
field-title = название
field-amount = сумма
field-currency = валюта
field-number = номер
field-issued = выставлен
field-left-on = ушёл
field-ID = ID
field-record = запись
field-client = клиент
field-date = дата
field-file = файл
field-plan-status = статус плана
field-complaint-status = статус жалобы
preview-no-time = здесь без времени
preview-not-a-date = не дата
form-keys = Ctrl-S сохранить · Esc отмена
form-choice-hint = ←/→ или первая буква
n-days-fraction = {$n} дн.
rep-touches = Касания
rep-clients-touched = Клиентов с касаниями
rep-of-active = {$touched} из {$active} активных
rep-untouched-at-end = Без касаний на конец
rep-reaction = Реакция
rep-median-worst = медиана {$median}, худшая {$worst}
rep-unanswered = Запросы без ответа
rep-plan = План (срок в периоде)
rep-plan-figures = {$on_time} вовремя, {$late} с опозданием, {$open} открыто, {$cancelled} отменено
rep-orders = Заказы
rep-orders-figures = {$count} ({$won} выиграно, {$lost} проиграно): {$sums}
rep-complaints = Жалобы
rep-complaints-figures = {$opened} поступило, {$resolved} решено, {$open} открыто; медиана {$median}
rep-receivables = Просроченная дебиторка
rep-title = Отчёт {$from} — {$to} · [ раньше · ] позже
rep-report = Отчёт
counting-today = расставляю «Сегодня»
counting-report = считаю отчёт
counting-search = ищу
rep-per-week = Касания по неделям
rep-coverage = Охват
rep-calls = звонки {$n}
rep-meetings = встречи {$n}
rep-visits = визиты {$n}
rep-written = письма/сообщения {$n}
search-title = Поиск по книге
search-title-first = Поиск по книге · первые {$n} находок
search-title-hits = Поиск по книге · {$n ->
    [one] {$n} находка
    [few] {$n} находки
   *[many] {$n} находок
}
search-prompt = Введите слова или части слов: названия, контакты, что угодно из ленты.
search-none = Ничего не найдено.
hit-plan = план
hit-client = клиент
hit-contact = контакт
hit-entry = запись
status-counts = {$clients ->
    [one] {$clients} клиент
    [few] {$clients} клиента
   *[many] {$clients} клиентов
} · без касаний {$untouched}
timeline-title = Лента
timeline-planned = Запланировано
timeline-empty = Пока ничего нет: n записывает первое касание.
timeline-edited = (изменено)
timeline-more = … старые записи подгружаются при прокрутке
untouched-title = Кого давно не касались
untouched-none = Всех касались вовремя.
untouched-no-plan = без плана
help-layout = В русской раскладке клавиши работают по месту: т = n, о = j, . = /.
help-dates = Даты: 27.11.2026, 5.12, 2026-11-27, 14:30, вчера 15:00, сегодня, завтра, сейчас, пн…вс, +3d, -2w, +1m
help-title = Клавиши · j/k листать · Esc закрыть
help-language = Язык: русский (--lang en или TOUCHBASE_LANG=en — английский)
money-total = {$all} (просрочено {$late})
money-title-all = Долги · неоплачено {$n}, затем оплаченные
money-title = Долги · неоплачено {$n}
view-first-shown = {" · "}показаны первые {$n}
money-none = Долгов нет: все счета оплачены. I на клиенте записывает счёт.
money-owed = Должны: {$totals}
money-paid = оплачен {$day}
money-overdue = просрочен {$days} дн
money-due = срок {$day}
contacts-title = Контакты
contacts-none = Контактов пока нет: a добавляет.
contacts-none-known = пока нет
contacts-tel = тел
contacts-email = почта
msg-no-client = клиент не выбран: c добавляет
msg-ordered-by = клиенты по {$order}
msg-select-plan = выберите запланированное касание вверху ленты (Tab, k), чтобы отменить его
msg-select-entry = выберите запись в ленте (Tab), чтобы удалить её
msg-nothing-to-undo = отменять нечего
msg-order-record = у заказа своя карточка: укажите сумму и статус
msg-external-change = книгу изменила другая программа: перечитано
what-order = заказ «{$title}» ({$amount})
no-amount-yet = суммы пока нет
what-invoice = счёт {$number} ({$amount})
what-complaint = жалобу «{$summary}»
q-delete-record = За этой записью стоит {$what} клиента {$client}. Удалить вместе с записями ленты? u вернёт.
q-unpaid = Счёт {$number} клиента {$client} оплачен {$day}. Отметить неоплаченным?
q-reopen = Открыть снова жалобу {$client} «{$summary}»? Решение было: {$resolution}
msg-resolved-reopen-first = жалоба решена: сначала x открывает её снова
msg-touch-closed = это касание уже закрыто
msg-complaint-record = у жалобы своя карточка, её ведут до решения: укажите отдел
msg-select-client = сначала выберите клиента
q-delete-complaint = Удалить жалобу {$client} «{$summary}» вместе с записями ленты? Только для внесённой по ошибке; u вернёт.
q-delete-invoice = Удалить счёт {$number} клиента {$client} ({$amount}) вместе с записями ленты? u вернёт.
q-contact-back = {$name} снова в {$client}? Контакт снова появится в формах.
q-delete-contact = Удалить контакт {$name} клиента {$client}? Удалить можно только тот, на который ничто не ссылается; u вернёт.
q-paid = Отметить счёт {$number} клиента {$client} ({$amount}) оплаченным {$day}?
q-fulfils = Это то касание, что было запланировано для {$client} на {$day}: «{$purpose}»? y отметит его выполненным.
done-deleted-entry = удалено «{$summary}»; u вернёт
done-restored-entry = возвращено «{$summary}»
done-took-back = отменено «{$summary}» (скрыто; осталось в книге)
done-undone = отменено: возвращено как было (отменённое тоже сохранено)
done-unpaid-again = счёт {$number} снова не оплачен
done-paid-again = счёт {$number} снова оплачен
done-restored = возвращено: {$what}
done-contact-restored = {$name} снова среди контактов
done-plan-done = запланированное касание выполнено: {$purpose}; u отменит
done-unpaid = счёт {$number} клиента {$client} снова не оплачен; u отменит
done-deleted-record = удалено: {$what} вместе с записями ленты; u вернёт
done-deleted-contact = контакт {$name} удалён; u вернёт
done-contact-back = {$name} вернулся: снова в формах; u отменит
done-reopened = жалоба открыта снова: {$summary}
done-paid = счёт {$number} клиента {$client} оплачен {$day}; u отменит
done-plan-cancelled = запланированное касание отменено: {$purpose}; u отменит
done-complaint = жалоба записана, отдел {$department}: {$summary}
done-escalated = передано: {$to}: {$summary}
done-resolved = решено: {$summary}
done-order = заказ записан: {$amount} ({$status})
done-invoice = счёт {$number} записан, срок {$day}
done-logged = записано: {$kind}, {$day}: {$summary}; u отменит
done-client = клиент {$name} добавлен
done-client-saved = клиент {$name} сохранён; u отменит
done-planned = запланировано: {$kind}, {$day}: {$purpose}
done-plan-moved = касание перенесено: {$kind}, {$day}: {$purpose}; u отменит
done-contact = контакт {$name} добавлен
done-contact-saved = контакт {$name} сохранён; u отменит
done-contact-left = {$name} ушёл {$day}: остаётся в истории, в формах больше нет; u отменит
done-order-saved = заказ сохранён: {$amount} ({$status}); u отменит
done-invoice-saved = счёт {$number} сохранён, срок {$day}; u отменит
done-complaint-saved = жалоба сохранена: {$summary}; u отменит
done-entry-saved = запись сохранена (прежняя версия сохранена): {$summary}
esc-since = → {$to} с {$since}
esc-by-late = до {$day}, опоздание {$days ->
    [one] {$days} день
    [few] {$days} дня
   *[many] {$days} дней
}
esc-by = до {$day}
hint-multi = несколько строк: Enter — новая строка, Tab — дальше

## Выгрузка.
export-format-fits = csv, json или xlsx для любой таблицы; vcf для контактов; ics для планов
export-done = выгружено {$n ->
    [one] {$n} строка
    [few] {$n} строки
   *[many] {$n} строк
} в {$file}
err-no-book = книги {$path} нет (её создаёт команда, которая пишет, или экранный режим)
err-newer = {$path} записана более новым touchbase (версия книги {$found}; этот читает до версии {$supported}); файл не тронут
err-foreign = {$path} — не книга touchbase ({$reason}); файл не тронут
err-busy = книга занята: другая программа держит её дольше {$seconds} секунд; ничего не записано, попробуйте ещё раз
err-not-found = {$what}: ничего не подходит под «{$query}»
err-no-contact = контакт: у клиента нет контакта «{$query}» (его контакты: {$known})
err-ambiguous = под «{$query}» подходят несколько ({$what}): {$candidates}; уточните
err-untrusted = {$path} не принята, ничего не изменено: {$problems}
err-corrupt = книга повреждена ({$detail}); `touchbase check` покажет где; восстановите копию (свою или book.vN-backup.sqlite рядом), если проверка найдёт ошибки или не сможет прочитать книгу
err-database = ошибка базы данных: {$detail}
err-stored-value = в книге есть значение, которое touchbase не принимает: {$problem}; `touchbase check` покажет все такие
thing-client = клиент
things-client = клиенты
thing-complaint = жалоба
things-complaint = жалобы
thing-contact = контакт
things-contact = контакты
thing-earlier-version = прежняя версия
things-earlier-version = прежние версии
thing-entry = запись
things-entry = записи
thing-invoice = счёт
things-invoice = счета
thing-order = заказ
things-order = заказы
thing-planned-touch = запланированное касание
things-planned-touch = запланированные касания
cli-added-client = клиент {$name} добавлен ({$id})
cli-updated-client = клиент {$name} изменён ({$id})
cli-added-contact = контакт {$name} добавлен в {$client} ({$id})
cli-logged = записано: {$kind}, {$client}, {$at} ({$id})
cli-note-plan-later = заметьте: у {$client} запланировано ещё касание ({$kind}) на {$due}: {$purpose}; если это было оно: touchbase plan done {$plan} --entry {$entry}
cli-planned = запланировано: {$kind}, {$client}, {$due} ({$id})
cli-updated-entry = запись {$id} изменена (прежняя версия сохранена)
cli-deleted-entry = запись {$id} удалена (touchbase entry restore {$id} вернёт её)
cli-restored-entry = запись {$id} возвращена
cli-no-manager = менеджер книги не указан (touchbase whoami --set ИМЯ)
cli-check-ok = ок: {$path} проходит все проверки (целостность, внешние ключи, схема, каждое значение, производные данные)
cli-backed-up = копия {$path} сохранена в {$target} ({$kib} КиБ)
cli-removed-backup = старая копия {$path} удалена
cli-demo-written = демо-книга записана в {$path}
cli-created-book = создана новая книга {$path}
cli-adopted-empty = {$path} был пустым файлом; теперь это новая книга
cli-saved-print-failed = изменение сохранено в книге, но вывести подтверждение не удалось: {$error}
cli-print-failed = вывод не удался: {$error}
cli-saved-but = изменение сохранено в книге, но затем: {$error}
cli-never = никогда
cli-col-name = НАЗВАНИЕ
cli-n-clients = клиентов: {$n}
cli-more-rows = {$shown}; есть ещё: --limit {$next} покажет их
cli-card-head = категория {$tier}, {$status}, раз в {$days} дн.
cli-touched = касание   {$day}, {$days} дн. назад
cli-never-touched = касаний   не было (добавлен {$day}, {$days} дн. назад)
cli-overdue-by = ПРОСРОЧКА {$days} дн.
cli-contacts = контакты
cli-none = нет
cli-next-steps = следующие шаги
cli-none-planned = ничего не запланировано
cli-overdue = ПРОСРОЧЕНО
cli-recent = последние записи
cli-nothing-logged = записей пока нет
cli-logged-by = записал {$name}
cli-n-entries = {$n ->
    [one] {$n} запись
    [few] {$n} записи
   *[many] {$n} записей
}
cli-col-tier = КАТ.
cli-col-status = СТАТУС
cli-col-last-touch = ПОСЛ. КАСАНИЕ
cli-col-overdue = ПРОСРОЧКА
cli-col-next = ДАЛЕЕ
cli-overdue-days = +{ $n } дн.
cli-n-untouched = клиентов без касаний: {$n}
cli-n-hits = найдено: {$n}
cli-complaint-recorded = жалоба {$client} записана, отдел {$department} ({$id})
cli-complaint-escalated = жалоба {$client} передана: {$to}
cli-complaint-resolved = жалоба {$client} решена
cli-n-complaints = жалоб: {$n}
cli-order-recorded = заказ «{$title}» для {$client} записан: {$amount} ({$status}; {$id})
cli-invoice-recorded = счёт {$number} для {$client} записан: {$amount}, срок {$due}
cli-invoice-paid = счёт {$number} клиента {$client} оплачен {$day}
cli-paid-on = оплачен {$day}
cli-overdue-d = ПРОСРОЧЕН {$days} дн
cli-unpaid = не оплачен
cli-n-invoices = счетов: {$n}
cli-nothing-planned = на ближайшие {$days} дн. ничего не запланировано

## Загрузка.
import-entry-needs-date = дата, раз в строке есть описание того, что было
import-unknown-client = клиент, который есть в книге{$more ->
    [0] {""}
   *[other] {" (и ещё строк: "}{$more})
}; --create-clients добавит их
err-at-line = строка {$line}: {$problem}
import-no-client-column = файл со столбцом клиента (client, company, название, компания…) или --map СТОЛБЕЦ=client; его столбцы: {$headers}
import-no-sheet = в книге Excel нет ни одного листа
import-not-json-rows = файл не JSON-массив объектов, какой пишет touchbase export
import-columns = столбцы:
import-more-bad = … и ещё {$n} строк с ошибками
import-bad-rows = строки без ошибок: {$n} с ошибками (выше); ничего не записано; --skip-bad возьмёт хорошие
import-summary = загружено строк: {$rows}; новых клиентов: {$clients}, контактов: {$contacts}, записей: {$entries}, заказов: {$orders}, счетов: {$invoices}, планов: {$plans}; обновлено из новой выгрузки: {$updated}; загружено раньше: {$already}; с ошибками: {$bad}
import-dry-run = пробный прогон, ничего не записано: {$summary}
demo-book-name = демо (копия, не сохраняется)
tui-needs-terminal = экранному режиму нужен терминал; для скриптов есть команды (их перечисляет touchbase --help)
cli-n-plans = запланированных касаний: {$n}
cli-plan-unchanged = касание {$id} не изменилось
cli-plan-saved = запланировано: {$kind}, {$due}: {$purpose} ({$id}; прежняя версия сохранена)
cli-plan-done = запланированное касание ({$kind}) «{$purpose}» выполнено записью {$entry}
cli-plan-cancelled = отменено запланированное касание ({$kind}) «{$purpose}» для {$client} на {$due}
cli-n-contacts = контактов у {$client}: {$n}
cli-left-on = ушёл {$day}
cli-contact-saved = контакт {$name} сохранён; прежняя версия сохранена ({$id})
cli-contact-left = {$name} ушёл {$day}: остаётся в истории, в формах больше нет
cli-contact-back = {$name} вернулся
cli-contact-deleted = контакт {$name} удалён (запись сохранена среди версий)
cli-n-orders = заказов: {$n}
cli-order-saved = заказ {$id}: {$amount} ({$status}); прежняя версия сохранена
import-progress = {$n} из {$total} строк…
cli-order-deleted = заказ «{$title}» клиента {$client} ({$amount}) удалён вместе с записью в ленте
cli-order-restored = заказ «{$title}» клиента {$client} ({$amount}) возвращён вместе с записью в ленте
cli-invoice-saved = сохранён; прежняя версия сохранена
cli-invoice-unpaid = снова не оплачен
cli-invoice-deleted = удалён вместе с записями ленты (invoice restore вернёт)
cli-invoice-restored = возвращён
cli-invoice-line = счёт {$number} клиента {$client} ({$amount}, срок {$due}) {$said}
cli-complaint-saved = жалоба {$client} сохранена; прежняя версия сохранена
cli-complaint-reopened = жалоба {$client} открыта снова: снова {$status}
cli-complaint-deleted = жалоба {$client} удалена вместе с записями ленты
cli-complaint-restored = жалоба {$client} возвращена вместе с записями ленты
cli-handed-over = передано клиентов: {$clients}, записей: {$entries} — в {$dir}
cli-accept-nothing = в {$file} нет нового: всё это уже есть в книге
cli-accepted = принято из {$file}: клиентов {$clients}, контактов {$contacts}, записей {$entries}, запланированных касаний {$plans}
cli-merged = объединено с клиентом того же названия: {$name}
cli-adopted = {$path} принята: снова книга touchbase (и проходит все проверки)

## What the program records on the timeline (orders, invoices, complaints' steps)
event-order = { $title }: { $amount } ({ $status })
event-order-no-amount = { $title }: сумма пока не указана ({ $status })
event-order-untitled = Заказ
event-invoice-issued = Счёт { $number } выставлен: { $amount }, оплатить до { $due }
event-invoice-paid = Счёт { $number } оплачен: { $amount }
event-complaint-opened = Жалоба ({ $department }, { $severity }): { $summary }
event-complaint-escalated = Жалоба передана ({ $to }): { $summary }
event-complaint-resolved = Жалоба решена: { $summary }
event-complaint-reopened = Жалоба открыта снова: { $summary }
order-no-amount = сумма пока не указана
cli-deleted-mark = удалён
cli-due-on = срок {$day}
cli-step-to = → {$whom}
cli-step-by = до {$day}
cli-step-by-late = до {$day}: ПРОСРОЧЕНО

## The handover folder (index.md and one dossier per client)
dos-never = не было
dos-do-complaint = Разобраться с открытой жалобой от {$since} ({$department}): {$summary}
dos-do-invoices = Подтвердить просроченные счета: {$money}
dos-do-touch = Связаться с клиентом: {$days} сверх периодичности
dos-do-plan-waiting = Ждёт запланированное ({$kind}) на {$due}: {$purpose}
dos-do-set-next = Наметить следующий шаг: ничего не запланировано
dos-do-nothing-presses = Ничего не горит; следующий шаг ({$kind}) — {$due}: {$purpose}
dos-index-title = Передача { $n ->
    [one] {$n} клиента
   *[other] {$n} клиентов
}
dos-from = От кого: {$name}
dos-no-manager = (менеджер не указан)
dos-to = Кому: {$name}
dos-note = Примечание: {$note}
dos-date = Дата: {$day}
dos-the-book = Книга: `book.sqlite` (как её открыть — в README.md)
dos-index-head = | клиент | категория | статус | последнее касание | следующий шаг | открытые жалобы | просроченные счета | досье |
dos-overdue = просрочка {$days}
dos-complaints-oldest = {$n}, самая давняя от {$since}
dos-first = С чего начать
dos-who = Кто этот клиент
dos-tier-line = Категория {$tier} · {$status} · касаться не реже раза в {$days} дн.
dos-since = В книге с {$day}
dos-contacts = Контакты
dos-none-recorded = Не записаны.
dos-contacts-head = | имя | должность | телефон | почта | заметка |
dos-stand = Как обстоят дела ({$day})
dos-open-complaint = **Открытая жалоба** от {$since} ({$department}, {$severity}, {$status}): {$summary}
dos-unpaid = Неоплаченный счёт {$number}: {$amount}, срок {$due}
dos-order = Заказ от {$at}: {$title} — {$amount} ({$status})
dos-last-touch = Последнее касание: {$when}
dos-overdue-first = **Просрочка {$days}**: свяжитесь с этим клиентом в первую очередь.
dos-no-next = Следующие шаги: ничего не запланировано
dos-next = Следующий шаг: {$due} {$kind} — {$purpose}
dos-late = просрочено
dos-story = История ({ $n ->
    [one] {$n} запись
    [few] {$n} записи
   *[many] {$n} записей
}, сначала новые)
dos-inbound = ← от клиента
dos-outbound = → мы связались
dos-with = с {$name}

## Why a client is at risk (reports)
risk-untouched = категория {$tier}, без касаний {$days} (периодичность {$cadence})
risk-old-complaint = открытая жалоба старше 14 дней
risk-overdue-receivables = просроченные счета

## The report in text and Markdown (CSV keeps its English keys)
report-heading = Отчёт {$from} — {$to} ({$days})
report-days-fraction = {$n} дн.
report-week-of = неделя с {$day}
report-coverage-value = {$percent}% ({$covered} из {$active})
report-department-figures = открыто {$opened}, решено {$resolved}, открыты {$open}
report-section-period = Период
report-section-touches = Касания
report-section-touches-per-week = Касания по неделям
report-section-clients = Клиенты
report-section-reaction = Реакция
report-section-plan = Запланированные касания
report-section-orders = Заказы
report-section-complaints = Жалобы
report-section-complaints-by-department = Жалобы по отделам
report-section-receivables = Дебиторка
report-section-at-risk = Под угрозой
report-section-most-active = Самые активные
report-section-least-active = Наименее активные
report-from = с
report-to = по
report-total = всего
report-active = активных
report-touched-in-the-period = с касаниями за период
report-untouched-at-the-end = без касаний к концу периода
report-coverage = охват
report-inbound-requests = входящих обращений
report-answered = отвечено
report-median-time-to-answer = медиана времени ответа
report-worst-time-to-answer = самый долгий ответ
report-unanswered = без ответа
report-due-in-the-period = на период
report-done-on-time = сделано в срок
report-done-late = сделано с опозданием
report-still-open = ещё открыто
report-cancelled = отменено
report-count = всего
report-won = выиграно
report-lost = проиграно
report-in-progress = в работе
report-sum = сумма
report-won-sum = сумма выигранных
report-opened = открыто
report-resolved = решено
report-open-at-the-end = открыто к концу периода
report-median-time-to-resolution = медиана времени решения
report-overdue-invoices = просроченных счетов
report-overdue-amount = просрочено на сумму

## check: what a damaged book holds
val-and-more = … и ещё {$n}
val-blob-of = двоичные данные, {$n} байт
val-required = пусто; значение обязательно
val-whole-number = целое число от {$lo} до {$hi}
val-number-for-text = число там, где должен быть текст
val-fraction = дробное число; touchbase хранит целые числа и текст
val-blob = двоичные данные; touchbase хранит текст
val-text-max = текст не длиннее {$max} символов
val-one-line = одна строка текста без управляющих, bidi и невидимых символов
val-text = текст без управляющих, bidi и невидимых символов
val-day = дата ГГГГ-ММ-ДД, годы 1900–2199
val-moment = дата ГГГГ-ММ-ДД или ГГГГ-ММ-ДД ЧЧ:ММ, годы 1900–2199
val-stamp = время UTC ГГГГ-ММ-ДДTЧЧ:ММ:ССZ
val-json = объект JSON
val-one-of = одно из: {$words}
val-currency = трёхбуквенный код, например RUB
val-key-of = столбец {$source}, приведённый для поиска
val-sort-key-of = столбец {$source}, приведённый для сортировки, без организационно-правовой формы
check-derived-index = производное: в {$table} {$indexed} строк на {$rows}; check --repair перестроит
check-derived-last-touch = производное: клиентов, у которых последнее касание не самое новое: {$n}; check --repair исправит
check-derived-plans = производное: выполненных планов, чьё касание скрыто или удалено: {$n}; check --repair откроет их снова
check-schema = схема: {$what}
check-sqlite = SQLite сообщает: {$line}
schema-kind = {$kind ->
    [table] таблица
    [index] индекс
    [trigger] триггер
    [view] представление
   *[other] {$kind}
}
schema-not-in-version = {schema-kind} {$name}: не входит в книгу версии {$version}
schema-not-as-defined = {schema-kind} {$name}: определение не то, что у touchbase
schema-missing = {schema-kind} {$name}: нет в книге
check-foreign-key = внешний ключ: {$table}, строка {$row}, ссылается на отсутствующую запись в {$parent}
check-failed = { $n ->
    [one] в книге найдена {$n} проблема
    [few] в книге найдено {$n} проблемы
   *[many] в книге найдено {$n} проблем
}
cli-generated = записано в {$path}: клиентов {$clients}, контактов {$contacts}, записей {$entries}, планов {$plans}, жалоб {$complaints}, заказов {$orders}, счетов {$invoices}

## Today: the ranked list of what to do
today-past-soft = +{ $days } дн. сверх периодичности
today-past-hard = +{ $days } дн. сверх периодичности, уходит
today-plan-due = { $kind } сегодня: { $purpose }
today-plan-late = { $kind }, просрочено на { $days } дн.: { $purpose }
today-complaint = жалоба { $days } дн.
today-complaint-late = жалоба { $days } дн., передача просрочена на { $late } дн.
today-invoice = { $amount } просрочено { $days } дн.
today-unanswered = обращение ждёт { $days } дн.
today-title = Сегодня, { $day }: { $n ->
    [one] { $n } клиент требует действия
    [few] { $n } клиента требуют действия
   *[many] { $n } клиентов требуют действия
}
today-more = показаны {$n} из {$total}; --limit {$total} покажет всех
today-nothing = Сегодня делать нечего.
today-last = последнее: { $at } { $summary }
today-short-touches = { $n ->
    [one] { $n } касание на сегодня
    [few] { $n } касания на сегодня
   *[many] { $n } касаний на сегодня
}
today-short-slipping = { $n ->
    [one] { $n } клиент уходит
    [few] { $n } клиента уходят
   *[many] { $n } клиентов уходят
}
today-short-complaints = { $n ->
    [one] { $n } открытая жалоба
    [few] { $n } открытые жалобы
   *[many] { $n } открытых жалоб
}
today-short-late-complaints = просрочено: { $n }
today-short-invoices = { $n ->
    [one] { $n } счёт просрочен
    [few] { $n } счёта просрочены
   *[many] { $n } счетов просрочено
}
today-short-requests = { $n ->
    [one] { $n } обращение без ответа
    [few] { $n } обращения без ответа
   *[many] { $n } обращений без ответа
}
today-short-nothing = на сегодня ничего

## The Today view
ctx-today = Сегодня: что делать, самое важное первым
today-why = Почему
today-view-title = Сегодня, { $day } · { $n }
today-view-title-day = Сегодня, { $day }
today-view-title-first = Сегодня, { $day } · первые { $shown } из { $n }
today-view-title-counting = Сегодня, { $day } · считаю
key-main-show-today = сегодня: все клиенты, по которым нужно действовать, с причинами
foot-main-show-today = сегодня
key-agenda-show-today = сегодня: все клиенты, по которым нужно действовать
key-complaints-show-today = сегодня: все клиенты, по которым нужно действовать
key-today-down = вниз
foot-today-down = выбор
key-today-up = вверх
key-today-page-down = страница вниз
key-today-page-up = страница вверх
key-today-top = к первой строке
key-today-bottom = к последней строке
key-today-log-interaction = записать касание (запланированное подставится); затем следующая строка
foot-today-log-interaction = записать
key-today-open = открыть клиента
foot-today-open = открыть
foot-today-show-complaints = жалоба
foot-today-show-money = счёт
key-today-show-complaints = жалобы, на жалобе этой строки
key-today-show-agenda = план касаний
key-today-show-money = деньги, на просроченном счёте этой строки
key-today-back = на главный экран
foot-today-back = главный
key-today-help = справка: все клавиши
foot-today-help = справка
key-today-quit = выход

## Days in a narrow column (19d)
days-short = { $n }д
accept-invoice-clash = {$number}: там {$theirs} клиента {$their_client}, здесь {$ours} клиента {$our_client}
accept-field-filled = {$field} заполнено из принятой книги
accept-field-theirs = {$field}: принятое (более новое) значение, наше сохранено как версия
accept-field-ours = {$field}: наше (более новое) значение, принятое сохранено как версия
card-slipping = УХОДИТ +{ $days } дн.

## The company's rules
rules-accepted = одно из правил: {$names}, в виде ИМЯ=ЧИСЛО (quiet_months и quiet_every и для категории: quiet_months.A=6)
rules-value-accepted = целое число дней от 0 (выключено) до {$max} для {$name}
rules-set = правило {$name} теперь {$value}
rules-off = выключено
rules-for-tier = то же для категории {$tier}
rule-next_step = у каждого активного клиента категорий A и B есть следующий шаг
rule-escalate_within = жалоба передаётся не позже чем через N дней
rule-resolve_within = жалоба решается не позже чем через N дней
rule-log_within = касание записывается не позже чем через N дней
rule-answer_within = на входящее обращение отвечают за N рабочих дней
rule-invoice_touch_within = по просроченному счёту связываются не позже чем через N дней
rule-breach-next-step = нет следующего шага
rule-breach-escalate-within = жалоба не передана, опоздание { $days } дн.
rule-breach-resolve-within = жалоба не решена, опоздание { $days } дн.
rule-breach-log-within = касание записано с опозданием { $days } дн.
rule-breach-answer-within = обращение без ответа, опоздание { $days } раб. дн.
rule-breach-invoice-touch-within = по просроченному счёту не связались, опоздание { $days } дн.
rules-none-broken = Ни одно правило не нарушено.
rules-n-broken = { $n ->
    [one] нарушение: { $n }
   *[other] нарушений: { $n }
}
rule-quiet_months = после выигранного заказа клиент «затихает» на N месяцев
rule-quiet_every = и всё это время получает касание раз в N дней
rule-quiet_plan = касания тихого периода планируются сами
rule-breach-quiet-every = затих после заказа от { $since }, касание просрочено на { $days } дн.
quiet-plan-purpose = Касание в тихий период: заказ {$order}
today-notify-title = touchbase: сегодня
today-notify-failed = не удалось показать уведомление ({$error}); запущена ли служба уведомлений?
rep-section-at-risk = Под угрозой
rep-section-unanswered = Обращения без ответа
rep-section-most = Самые активные
rep-section-least = Наименее активные
rep-touches-n = { $n ->
    [one] { $n } касание
    [few] { $n } касания
   *[many] { $n } касаний
}
key-reports-down = вниз
foot-reports-down = выбор
key-reports-up = вверх
key-reports-page-down = страница вниз
key-reports-page-up = страница вверх
key-reports-top = к первой строке
key-reports-bottom = к последней строке
key-reports-open = открыть клиента
foot-reports-open = открыть

## The successor's checklist (clients received by handover accept)
checklist-introduce = представиться: { $left }
checklist-complaints = разобрать открытые жалобы: { $left }
checklist-invoices = подтвердить неоплаченные счета: { $left }
checklist-next-step = наметить следующий шаг
checklist-progress = после передачи сделано { $done } из { $total }
checklist-head = принят { $day } от { $from }: сделано { $done } из { $total }
checklist-item-done = сделано
checklist-none = У клиентов, принятых при передаче, в списке ничего не осталось.
checklist-done-introduce = представиться каждому контакту
checklist-done-complaints = разобрать открытые жалобы
checklist-done-invoices = подтвердить неоплаченные счета
checklist-done-next-step = наметить следующий шаг
weights-accepted = один из весов: {$names}, в виде ИМЯ=ЧИСЛО
weights-value-accepted = число от 0 до 1000
weights-set = вес {$name} теперь {$value}
err-older-report = {$path} — книга более старого touchbase (версия книги {$found}; этот пишет версию {$current}): откройте её один раз этим touchbase, он её обновит, затем стройте отчёт; файл не тронут
err-older-accept = {$path} — книга более старого touchbase (версия книги {$found}; этот пишет версию {$current}): откройте её один раз этим touchbase, он её обновит, затем примите её; файл не тронут
err-empty-file = пустой файл
err-reason-not-sqlite = не база данных SQLite
err-reason-damaged-header = повреждённый заголовок SQLite
err-reason-truncated = файл обрезан
err-reason-other-program = база SQLite другой программы, application_id {$app}
err-reason-other-program-unchanged = база SQLite другой программы, application_id {$app}; ничего не изменено
err-reason-damaged = повреждённый файл SQLite: {$error}
err-reason-dump = книга touchbase версии {$version}, восстановленная из дампа (дамп не хранит отметки книги); примите её командой: touchbase --db {$path} adopt
err-reason-not-our-schema = её схема не из версий touchbase; ничего не изменено
err-reason-schema-differs = в ней указана версия книги {$version}, но схема другая: {$first}{$more ->
    [0] {""}
   *[other] {" "}(и ещё {$more})
}; версию меняли вручную?
report-total-row = ИТОГО
report-col-manager = МЕНЕДЖЕР
report-col-touches = КАСАНИЯ
report-col-coverage = ОХВАТ
report-col-answered = ОТВЕЧЕНО
report-col-plan = ПЛАНЫ ВСЕГО/В СРОК/ПОЗЖЕ/ОТКРЫТО
report-col-complaints = ЖАЛОБЫ НОВЫЕ/РЕШЕНО/ОТКРЫТО
report-col-overdue = ПРОСРОЧЕННЫЕ СЧЕТА
report-col-breaches = НАРУШЕНИЯ
report-many-heading = Отчёт {$from} — {$to}, { $n ->
    [one] {$n} книга
    [few] {$n} книги
   *[many] {$n} книг
}
report-many-legend = Охват: активные клиенты, которых касались в пределах периодичности к концу периода. Отвечено: отвеченные входящие обращения из полученных. Нарушения: на последний день (touchbase rules).
val-event = объект JSON, в котором "event" — order, invoice-issued, invoice-paid, complaint-opened, complaint-escalated, complaint-resolved или complaint-reopened, с полями этого события и без других

## Reaction in words, rules broken in a period.
reaction-none = обращений за период не было
reaction-same-day = обычно в тот же день
reaction-within = обычно в течение { $days ->
    [one] { $days } дня
   *[other] { $days } дней
}
reaction-words = { $inbound ->
    [one] ответили на { $answered } из { $inbound } обращения
   *[other] ответили на { $answered } из { $inbound } обращений
}{ $typical }; ждут ответа: { $waiting }
rep-reaction-times = Время ответа
rep-rules-broken = Нарушения правил
rep-rules-none = нет
rule-short-next_step = нет следующего шага
rule-short-escalate_within = жалоба передана поздно
rule-short-resolve_within = жалоба решена поздно
rule-short-log_within = касание записано поздно
rule-short-answer_within = ответ на обращение поздно
rule-short-invoice_touch_within = счёт без касания
rule-short-quiet_every = пропущено касание в тишине
report-in-short = коротко
report-section-rules-broken = Нарушения правил за период
html-coverage = Охват: активные клиенты, которых касались в пределах их частоты
html-complaints = Жалобы по отделам (открытые на конец периода)

## Командная строка, как её читает clap (русские слова для его сообщений;
## по-английски остаются сообщения clap).
clap-error = ошибка
clap-usage = Использование:
clap-more-help = Подробнее: «--help».
clap-value-required = для «{$arg}» нужно значение, а его нет
clap-invalid-value = недопустимое значение «{$value}» для «{$arg}»
clap-possible-values = возможные значения: {$values}
clap-whole-number = нужно целое число
clap-unknown-argument = неизвестный аргумент «{$arg}»
clap-unknown-command = неизвестная команда «{$command}»
clap-no-equals = значение для «{$arg}» пишется через знак «=»
clap-too-many-values = лишнее значение «{$value}» для «{$arg}»
clap-wrong-number-of-values = для «{$arg}» указано не то число значений
clap-argument-repeated = аргумент «{$arg}» можно указать только один раз
clap-argument-conflict = аргумент «{$arg}» нельзя указывать вместе с {$other}
clap-missing-arguments = не указаны обязательные аргументы:
clap-missing-command = для «{$command}» нужна команда: {$commands}
clap-not-utf8 = аргумент не в кодировке UTF-8
clap-not-understood = командную строку не удалось прочитать
clap-did-you-mean = подсказка: возможно, имелось в виду {$similar}
