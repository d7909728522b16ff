//! The one keymap table: it resolves keys to actions, and the footer and the
//! help screen are generated from it, so what the screen says is what works.

use super::action::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where the keyboard is: the main screen, or an overlay that takes the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Main,
    Filter,
    Search,
    Form,
    Confirm,
    Help,
    Detail,
    Complaints,
    Agenda,
    Reports,
    Money,
    Contacts,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Main => "Main screen",
            Context::Filter => "Filtering the client list",
            Context::Search => "Searching the book",
            Context::Form => "Forms",
            Context::Confirm => "Questions",
            Context::Help => "Help",
            Context::Detail => "An opened entry",
            Context::Complaints => "Complaints (book-wide)",
            Context::Agenda => "The agenda of planned touches",
            Context::Reports => "Reports",
            Context::Money => "Money owed (unpaid invoices)",
            Context::Contacts => "The client's contacts",
        }
    }
}

/// One row of the table: in `ctx`, any of `keys` does `action`.
pub struct Binding {
    pub ctx: Context,
    pub keys: &'static [(KeyCode, KeyModifiers)],
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
    /// The footer's word for it; empty when it is not in the footer.
    pub footer: &'static str,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

macro_rules! bind {
    ($ctx:ident, [$($key:expr),+], $label:literal, $action:expr, $help:literal, $footer:literal) => {
        Binding { ctx: Context::$ctx, keys: &[$($key),+], label: $label, action: $action, help: $help, footer: $footer }
    };
}

use KeyCode::*;

/// Every key touchbase answers to.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    bind!(Main, [(Char('j'), NONE), (Down, NONE)], "j/↓", Action::Down, "move down", "move"),
    bind!(Main, [(Char('k'), NONE), (Up, NONE)], "k/↑", Action::Up, "move up", ""),
    bind!(Main, [(PageDown, NONE), (Char('d'), CTRL)], "PgDn", Action::PageDown, "page down", ""),
    bind!(Main, [(PageUp, NONE), (Char('u'), CTRL)], "PgUp", Action::PageUp, "page up", ""),
    bind!(Main, [(Char('g'), NONE), (Home, NONE)], "g", Action::Top, "jump to the first row", ""),
    bind!(Main, [(Char('G'), SHIFT), (Char('G'), NONE), (End, NONE)], "G", Action::Bottom, "jump to the last row", ""),
    bind!(Main, [(Tab, NONE)], "Tab", Action::NextPane, "next pane: clients → untouched → timeline", "pane"),
    bind!(Main, [(BackTab, SHIFT), (BackTab, NONE)], "Shift-Tab", Action::PrevPane, "previous pane", ""),
    bind!(Main, [(Enter, NONE)], "Enter", Action::Open, "open the client, or the entry's details", "open"),
    bind!(Main, [(Char('n'), NONE)], "n", Action::LogInteraction, "log an interaction for the client", "log"),
    bind!(Main, [(Char('c'), NONE)], "c", Action::NewClient, "add a client", ""),
    bind!(Main, [(Char('p'), NONE)], "p", Action::PlanTouch, "plan a next touch", "plan"),
    bind!(Main, [(Char('e'), NONE)], "e", Action::Edit, "edit the client (in the timeline: the planned touch, the entry, or the order, invoice or complaint it stands for)", "edit"),
    bind!(Main, [(Char('a'), NONE)], "a", Action::NewContact, "add a contact to the client", ""),
    bind!(Main, [(Char('d'), NONE), (Delete, NONE)], "d", Action::DeleteEntry, "delete the selected entry, or the record it stands for (asks first)", ""),
    bind!(Main, [(Char('P'), SHIFT), (Char('P'), NONE)], "P", Action::ShowContacts, "the client's contacts: every phone and e-mail; edit, left, delete", ""),
    bind!(Main, [(Char('x'), NONE)], "x", Action::CancelPlan, "cancel the planned touch selected at the top of the timeline (asks first)", ""),
    bind!(Main, [(Char('u'), NONE)], "u", Action::UndoDelete, "undo the last change: delete, edit, plan, payment, log", ""),
    bind!(Main, [(Char('/'), NONE)], "/", Action::StartFilter, "filter clients by any part of the name", "filter"),
    bind!(Main, [(Char('o'), NONE)], "o", Action::CycleSort, "order clients by name, urgency, last touch", ""),
    bind!(Main, [(Char('s'), NONE)], "s", Action::StartSearch, "search the whole book", "search"),
    bind!(Main, [(Char('r'), NONE), (F(5), NONE)], "r", Action::Reload, "reload from the book", ""),
    bind!(Main, [(Esc, NONE)], "Esc", Action::Back, "clear the filter", ""),
    bind!(Main, [(Char('?'), NONE), (Char('?'), SHIFT), (F(1), NONE)], "?", Action::Help, "help: every key", "help"),
    bind!(Main, [(Char('q'), NONE), (Char('c'), CTRL)], "q", Action::Quit, "quit", "quit"),
    bind!(Filter, [(Enter, NONE)], "Enter", Action::Open, "keep the filter, back to the list", "keep"),
    bind!(Filter, [(Esc, NONE)], "Esc", Action::Back, "clear the filter", "clear"),
    bind!(Filter, [(Down, NONE)], "↓", Action::Down, "move down", "move"),
    bind!(Filter, [(Char('c'), CTRL)], "Ctrl-C", Action::Quit, "quit", ""),
    bind!(Search, [(Enter, NONE)], "Enter", Action::Open, "open the hit in its client's timeline", "open"),
    bind!(Search, [(Down, NONE), (Tab, NONE)], "↓", Action::Down, "next hit", "next"),
    bind!(Search, [(Up, NONE), (BackTab, SHIFT)], "↑", Action::Up, "previous hit", "previous"),
    bind!(Search, [(Esc, NONE)], "Esc", Action::Back, "close the search", "close"),
    bind!(Search, [(Char('c'), CTRL)], "Ctrl-C", Action::Quit, "quit", ""),
    bind!(Form, [(Tab, NONE), (Down, NONE)], "Tab/↓", Action::FieldNext, "next field", "next field"),
    bind!(Form, [(BackTab, SHIFT), (BackTab, NONE), (Up, NONE)], "Shift-Tab/↑", Action::FieldPrev, "previous field", "previous"),
    bind!(Form, [(Enter, NONE)], "Enter", Action::FieldEnter, "next field; saves from the last (a new line in notes)", "next/save"),
    bind!(Form, [(Char('s'), CTRL)], "Ctrl-S", Action::Save, "save from any field", "save"),
    bind!(Form, [(Esc, NONE)], "Esc", Action::Back, "cancel (asks first when something was typed)", "cancel"),
    bind!(Form, [(Char('c'), CTRL)], "Ctrl-C", Action::Quit, "quit (asks first when something was typed)", ""),
    bind!(Confirm, [(Char('y'), NONE), (Enter, NONE)], "y", Action::Confirm, "yes", "yes"),
    bind!(Confirm, [(Char('n'), NONE), (Esc, NONE)], "n", Action::Deny, "no", "no"),
    bind!(Help, [ (Esc, NONE), (Char('?'), NONE), (Char('q'), NONE), (Enter, NONE) ], "Esc", Action::Back, "close the help", "close"),
    bind!(Help, [(Char('j'), NONE), (Down, NONE)], "j", Action::Down, "scroll down", "scroll"),
    bind!(Help, [(Char('k'), NONE), (Up, NONE)], "k", Action::Up, "scroll up", ""),
    bind!(Detail, [(Esc, NONE), (Enter, NONE), (Char('q'), NONE)], "Esc", Action::Back, "close", "close"),
    bind!(Detail, [(Char('e'), NONE)], "e", Action::Edit, "edit this entry", "edit"),
    bind!(Detail, [(Char('j'), NONE), (Down, NONE)], "j/↓", Action::Down, "the next (older) entry", "next"),
    bind!(Detail, [(Char('k'), NONE), (Up, NONE)], "k/↑", Action::Up, "the previous (newer) entry", "previous"),
    bind!(Main, [(Char('!'), NONE), (Char('!'), SHIFT)], "!", Action::NewComplaint, "record a complaint of the client", ""),
    bind!(Main, [(Char('O'), SHIFT), (Char('O'), NONE)], "O", Action::NewOrder, "record an order of the client", ""),
    bind!(Main, [(Char('I'), SHIFT), (Char('I'), NONE)], "I", Action::NewInvoice, "record an invoice of the client", ""),
    bind!(Main, [(Char('C'), SHIFT), (Char('C'), NONE)], "C", Action::ShowComplaints, "complaints of the whole book", "complaints"),
    bind!(Main, [(Char('A'), SHIFT), (Char('A'), NONE)], "A", Action::ShowAgenda, "the agenda of planned touches", "agenda"),
    bind!(Main, [(Char('R'), SHIFT), (Char('R'), NONE)], "R", Action::ShowReports, "reports: touches, coverage, the plan", "reports"),
    bind!(Main, [(Char('M'), SHIFT), (Char('M'), NONE)], "M", Action::ShowMoney, "money owed: unpaid invoices, overdue first", "money"),
    bind!(Complaints, [(Char('j'), NONE), (Down, NONE)], "j/↓", Action::Down, "move down", "move"),
    bind!(Complaints, [(Char('k'), NONE), (Up, NONE)], "k/↑", Action::Up, "move up", ""),
    bind!(Complaints, [(PageDown, NONE)], "PgDn", Action::PageDown, "page down", ""),
    bind!(Complaints, [(PageUp, NONE)], "PgUp", Action::PageUp, "page up", ""),
    bind!(Complaints, [(Enter, NONE)], "Enter", Action::Open, "open the client", "open"),
    bind!(Complaints, [(Char('e'), NONE)], "e", Action::Edit, "edit the complaint: text, department, severity", "edit"),
    bind!(Complaints, [(Char('>'), NONE), (Char('>'), SHIFT)], ">", Action::Escalate, "escalate to someone inside the company", "escalate"),
    bind!(Complaints, [(Char('x'), NONE)], "x", Action::Resolve, "resolve with what was done; reopen a resolved one", "resolve"),
    bind!(Complaints, [(Char('d'), NONE), (Delete, NONE)], "d", Action::DeleteEntry, "delete a complaint recorded by mistake (asks first)", ""),
    bind!(Complaints, [(Char('u'), NONE)], "u", Action::UndoDelete, "undo the last change", ""),
    bind!(Complaints, [(Char('a'), NONE)], "a", Action::ToggleAll, "show resolved ones too, or only open", "all/open"),
    bind!(Complaints, [(Char('g'), NONE), (Home, NONE)], "g", Action::Top, "jump to the first row", ""),
    bind!(Complaints, [(Char('G'), SHIFT), (Char('G'), NONE), (End, NONE)], "G", Action::Bottom, "jump to the last row", ""),
    bind!(Complaints, [(Char('o'), NONE)], "o", Action::ToggleGroup, "order: by department, or oldest first", "order"),
    bind!(Complaints, [(Esc, NONE)], "Esc", Action::Back, "back to the main screen", "back"),
    bind!(Complaints, [(Char('?'), NONE), (Char('?'), SHIFT)], "?", Action::Help, "help: every key", "help"),
    bind!(Complaints, [(Char('q'), NONE), (Char('c'), CTRL)], "q", Action::Quit, "quit", ""),
    bind!(Agenda, [(Char('j'), NONE), (Down, NONE)], "j/↓", Action::Down, "move down", "move"),
    bind!(Agenda, [(Char('k'), NONE), (Up, NONE)], "k/↑", Action::Up, "move up", ""),
    bind!(Agenda, [(PageDown, NONE)], "PgDn", Action::PageDown, "page down", ""),
    bind!(Agenda, [(PageUp, NONE)], "PgUp", Action::PageUp, "page up", ""),
    bind!(Agenda, [(Char('g'), NONE), (Home, NONE)], "g", Action::Top, "jump to the first row", ""),
    bind!(Agenda, [(Char('G'), SHIFT), (Char('G'), NONE), (End, NONE)], "G", Action::Bottom, "jump to the last row", ""),
    bind!(Agenda, [(Enter, NONE)], "Enter", Action::Open, "open the client", "open"),
    bind!(Agenda, [(Char('n'), NONE)], "n", Action::LogInteraction, "log the touch that fulfils the plan", "log it"),
    bind!(Agenda, [(Char('e'), NONE)], "e", Action::EditPlan, "edit the planned touch: move it, change purpose or kind", "edit"),
    bind!(Agenda, [(Char('x'), NONE)], "x", Action::CancelPlan, "cancel the planned touch (asks first)", "cancel"),
    bind!(Agenda, [(Char('a'), NONE)], "a", Action::ToggleAll, "show done and cancelled ones too", "all/open"),
    bind!(Agenda, [(Char('u'), NONE)], "u", Action::UndoDelete, "undo the last change", ""),
    bind!(Agenda, [(Esc, NONE)], "Esc", Action::Back, "back to the main screen", "back"),
    bind!(Agenda, [(Char('?'), NONE), (Char('?'), SHIFT)], "?", Action::Help, "help: every key", "help"),
    bind!(Agenda, [(Char('q'), NONE), (Char('c'), CTRL)], "q", Action::Quit, "quit", ""),
    bind!(Reports, [(Char('['), NONE), (Left, NONE)], "[", Action::PeriodBack, "the thirty days before", "earlier"),
    bind!(Reports, [(Char(']'), NONE), (Right, NONE)], "]", Action::PeriodForward, "the thirty days after", "later"),
    bind!(Reports, [(Esc, NONE)], "Esc", Action::Back, "back to the main screen", "back"),
    bind!(Reports, [(Char('?'), NONE), (Char('?'), SHIFT)], "?", Action::Help, "help: every key", "help"),
    bind!(Reports, [(Char('q'), NONE), (Char('c'), CTRL)], "q", Action::Quit, "quit", ""),
    bind!(Complaints, [(Char('C'), SHIFT), (Char('C'), NONE)], "C", Action::ShowComplaints, "complaints of the whole book", ""),
    bind!(Complaints, [(Char('A'), SHIFT), (Char('A'), NONE)], "A", Action::ShowAgenda, "the agenda of planned touches", ""),
    bind!(Complaints, [(Char('R'), SHIFT), (Char('R'), NONE)], "R", Action::ShowReports, "reports: touches, coverage, the plan", ""),
    bind!(Agenda, [(Char('C'), SHIFT), (Char('C'), NONE)], "C", Action::ShowComplaints, "complaints of the whole book", ""),
    bind!(Agenda, [(Char('A'), SHIFT), (Char('A'), NONE)], "A", Action::ShowAgenda, "the agenda of planned touches", ""),
    bind!(Agenda, [(Char('R'), SHIFT), (Char('R'), NONE)], "R", Action::ShowReports, "reports: touches, coverage, the plan", ""),
    bind!(Reports, [(Char('C'), SHIFT), (Char('C'), NONE)], "C", Action::ShowComplaints, "complaints of the whole book", ""),
    bind!(Reports, [(Char('A'), SHIFT), (Char('A'), NONE)], "A", Action::ShowAgenda, "the agenda of planned touches", ""),
    bind!(Reports, [(Char('R'), SHIFT), (Char('R'), NONE)], "R", Action::ShowReports, "reports: touches, coverage, the plan", ""),
    bind!(Money, [(Char('j'), NONE), (Down, NONE)], "j/↓", Action::Down, "move down", "move"),
    bind!(Money, [(Char('k'), NONE), (Up, NONE)], "k/↑", Action::Up, "move up", ""),
    bind!(Money, [(PageDown, NONE)], "PgDn", Action::PageDown, "page down", ""),
    bind!(Money, [(PageUp, NONE)], "PgUp", Action::PageUp, "page up", ""),
    bind!(Money, [(Char('g'), NONE), (Home, NONE)], "g", Action::Top, "jump to the first row", ""),
    bind!(Money, [(Char('G'), SHIFT), (Char('G'), NONE), (End, NONE)], "G", Action::Bottom, "jump to the last row", ""),
    bind!(Money, [(Enter, NONE)], "Enter", Action::Open, "open the client", "open"),
    bind!(Money, [(Char('p'), NONE)], "p", Action::MarkPaid, "mark the invoice paid today, or a paid one unpaid (asks first)", "paid"),
    bind!(Money, [(Char('e'), NONE)], "e", Action::Edit, "edit the invoice: number, amount, dates", "edit"),
    bind!(Money, [(Char('d'), NONE), (Delete, NONE)], "d", Action::DeleteEntry, "delete the invoice (asks first)", ""),
    bind!(Money, [(Char('a'), NONE)], "a", Action::ToggleAll, "show the paid ones too, or only unpaid", "all/unpaid"),
    bind!(Money, [(Char('u'), NONE)], "u", Action::UndoDelete, "undo the last change", ""),
    bind!(Money, [(Esc, NONE)], "Esc", Action::Back, "back to the main screen", "back"),
    bind!(Money, [(Char('?'), NONE), (Char('?'), SHIFT)], "?", Action::Help, "help: every key", "help"),
    bind!(Money, [(Char('q'), NONE), (Char('c'), CTRL)], "q", Action::Quit, "quit", ""),
    bind!(Money, [(Char('C'), SHIFT), (Char('C'), NONE)], "C", Action::ShowComplaints, "complaints of the whole book", ""),
    bind!(Money, [(Char('A'), SHIFT), (Char('A'), NONE)], "A", Action::ShowAgenda, "the agenda of planned touches", ""),
    bind!(Money, [(Char('R'), SHIFT), (Char('R'), NONE)], "R", Action::ShowReports, "reports: touches, coverage, the plan", ""),
    bind!(Contacts, [(Char('j'), NONE), (Down, NONE)], "j/↓", Action::Down, "move down", "move"),
    bind!(Contacts, [(Char('k'), NONE), (Up, NONE)], "k/↑", Action::Up, "move up", ""),
    bind!(Contacts, [(Char('g'), NONE), (Home, NONE)], "g", Action::Top, "jump to the first row", ""),
    bind!(Contacts, [(Char('G'), SHIFT), (Char('G'), NONE), (End, NONE)], "G", Action::Bottom, "jump to the last row", ""),
    bind!(Contacts, [(Char('a'), NONE)], "a", Action::NewContact, "add a contact", "add"),
    bind!(Contacts, [(Char('e'), NONE), (Enter, NONE)], "e", Action::Edit, "edit the contact: name, role, phones, e-mails, note", "edit"),
    bind!(Contacts, [(Char('l'), NONE)], "l", Action::ContactLeft, "the contact has left the client (or is back)", "left"),
    bind!(Contacts, [(Char('d'), NONE), (Delete, NONE)], "d", Action::DeleteEntry, "delete a contact nothing refers to (asks first)", ""),
    bind!(Contacts, [(Char('u'), NONE)], "u", Action::UndoDelete, "undo the last change", ""),
    bind!(Contacts, [(Esc, NONE)], "Esc", Action::Back, "back to the main screen", "back"),
    bind!(Contacts, [(Char('?'), NONE), (Char('?'), SHIFT)], "?", Action::Help, "help: every key", "help"),
    bind!(Contacts, [(Char('q'), NONE), (Char('c'), CTRL)], "q", Action::Quit, "quit", ""),
];

/// The Russian ЙЦУКЕН layout, key by key, as the US layout the table is
/// written in: `т` is where `n` is. Punctuation follows the key too (`.` is
/// on the key of `/`, `Ю` on the key of `>`).
const RUSSIAN_LAYOUT: &[(char, char)] = &[
    ('й', 'q'),
    ('ц', 'w'),
    ('у', 'e'),
    ('к', 'r'),
    ('е', 't'),
    ('н', 'y'),
    ('г', 'u'),
    ('ш', 'i'),
    ('щ', 'o'),
    ('з', 'p'),
    ('х', '['),
    ('ъ', ']'),
    ('ф', 'a'),
    ('ы', 's'),
    ('в', 'd'),
    ('а', 'f'),
    ('п', 'g'),
    ('р', 'h'),
    ('о', 'j'),
    ('л', 'k'),
    ('д', 'l'),
    ('ж', ';'),
    ('э', '\''),
    ('я', 'z'),
    ('ч', 'x'),
    ('с', 'c'),
    ('м', 'v'),
    ('и', 'b'),
    ('т', 'n'),
    ('ь', 'm'),
    ('б', ','),
    ('ю', '.'),
    ('ё', '`'),
    ('.', '/'),
    (',', '?'),
    ('Й', 'Q'),
    ('Ц', 'W'),
    ('У', 'E'),
    ('К', 'R'),
    ('Е', 'T'),
    ('Н', 'Y'),
    ('Г', 'U'),
    ('Ш', 'I'),
    ('Щ', 'O'),
    ('З', 'P'),
    ('Х', '{'),
    ('Ъ', '}'),
    ('Ф', 'A'),
    ('Ы', 'S'),
    ('В', 'D'),
    ('А', 'F'),
    ('П', 'G'),
    ('Р', 'H'),
    ('О', 'J'),
    ('Л', 'K'),
    ('Д', 'L'),
    ('Ж', ':'),
    ('Э', '"'),
    ('Я', 'Z'),
    ('Ч', 'X'),
    ('С', 'C'),
    ('М', 'V'),
    ('И', 'B'),
    ('Т', 'N'),
    ('Ь', 'M'),
    ('Б', '<'),
    ('Ю', '>'),
    ('Ё', '~'),
];

/// The US-layout key under a character typed on the Russian layout.
pub fn latin_key(c: char) -> Option<char> {
    RUSSIAN_LAYOUT
        .iter()
        .find(|(ru, _)| *ru == c)
        .map(|(_, en)| *en)
}

/// The Russian-layout character on the key of a US-layout letter (for help).
pub fn russian_key(c: char) -> Option<char> {
    RUSSIAN_LAYOUT
        .iter()
        .find(|(ru, en)| *en == c && ru.is_alphabetic())
        .map(|(ru, _)| *ru)
}

/// The action for a key in a context. In contexts that take text, an unbound
/// printable key becomes `Input`. Outside them (and with Ctrl everywhere),
/// a key typed on the Russian layout means the key in the same place.
pub fn resolve(ctx: Context, key: KeyEvent) -> Option<Action> {
    let typing = matches!(ctx, Context::Filter | Context::Search | Context::Form);
    match (resolve_exact(ctx, key), key.code) {
        (Some(Action::Input(_)) | None, Char(c))
            if !typing || key.modifiers.contains(KeyModifiers::CONTROL) =>
        {
            match latin_key(c) {
                Some(latin) => resolve_exact(ctx, KeyEvent::new(Char(latin), key.modifiers))
                    .filter(|a| !matches!(a, Action::Input(_)))
                    .or_else(|| typing.then_some(Action::Input(key))),
                None => resolve_exact(ctx, key),
            }
        }
        (found, _) => found,
    }
}

fn resolve_exact(ctx: Context, key: KeyEvent) -> Option<Action> {
    let mods = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::SHIFT | KeyModifiers::ALT);
    let found = BINDINGS.iter().find(|b| {
        b.ctx == ctx
            && b.keys.iter().any(|&(code, m)| {
                code == key.code
                    && (m == mods || (matches!(code, Char(_)) && m == NONE && mods == SHIFT))
            })
    });
    match found {
        Some(b) => Some(b.action.clone()),
        None if matches!(ctx, Context::Filter | Context::Search | Context::Form) => {
            Some(Action::Input(key))
        }
        None => None,
    }
}

/// The footer hints for a context, from the table.
pub fn footer(ctx: Context) -> Vec<(&'static str, &'static str)> {
    BINDINGS
        .iter()
        .filter(|b| b.ctx == ctx && !b.footer.is_empty())
        .map(|b| (b.label, b.footer))
        .collect()
}

/// All bindings of a context, for the help screen.
pub fn help(ctx: Context) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.ctx == ctx)
}

/// The contexts in the order the help screen and the README list them.
pub const HELP_ORDER: [Context; 12] = [
    Context::Main,
    Context::Complaints,
    Context::Agenda,
    Context::Reports,
    Context::Money,
    Context::Contacts,
    Context::Filter,
    Context::Search,
    Context::Form,
    Context::Detail,
    Context::Confirm,
    Context::Help,
];

/// The name a person reads for one key, e.g. `Ctrl-S`, `↓`, `Shift-Tab`.
pub fn key_name(code: KeyCode, mods: KeyModifiers) -> String {
    let base = match code {
        Char(c) => c.to_string(),
        Down => "↓".into(),
        Up => "↑".into(),
        Left => "←".into(),
        Right => "→".into(),
        PageDown => "PgDn".into(),
        PageUp => "PgUp".into(),
        BackTab => return "Shift-Tab".into(),
        Enter => "Enter".into(),
        Esc => "Esc".into(),
        Tab => "Tab".into(),
        Home => "Home".into(),
        End => "End".into(),
        F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if mods.contains(CTRL) {
        format!("Ctrl-{}", base.to_uppercase())
    } else {
        base
    }
}

/// Every key of a binding, each named once (`G` and Shift-`G` are one key);
/// a letter also by its Russian-layout twin (`n т`), which works the same.
pub fn key_names(b: &Binding) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for &(code, mods) in b.keys {
        let mut names = vec![key_name(code, mods)];
        if let (Char(c), false) = (code, mods.contains(CTRL) || b.ctx_takes_text()) {
            names.extend(russian_key(c).map(String::from));
        }
        for name in names {
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

impl Binding {
    /// Whether letters in this binding's context are typed text (then the
    /// Russian layout types Russian, and only Ctrl keys are translated).
    fn ctx_takes_text(&self) -> bool {
        matches!(self.ctx, Context::Filter | Context::Search | Context::Form)
    }
}

/// The key tables of the README, generated from this table; a test keeps
/// the README's copy identical, so the documentation cannot drift.
pub fn markdown() -> String {
    let mut out = String::new();
    for ctx in HELP_ORDER {
        out.push_str(&format!(
            "\n#### {}\n\n| keys | what it does |\n|---|---|\n",
            ctx.title()
        ));
        for b in help(ctx) {
            let keys: Vec<String> = key_names(b)
                .iter()
                .map(|k| match k.as_str() {
                    "|" => "`\\|`".to_string(),
                    k => format!("`{k}`"),
                })
                .collect();
            out.push_str(&format!("| {} | {} |\n", keys.join(" "), b.help));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn main_keys_resolve() {
        assert_eq!(resolve(Context::Main, key(Char('j'))), Some(Action::Down));
        assert_eq!(resolve(Context::Main, key(Down)), Some(Action::Down));
        assert_eq!(
            resolve(Context::Main, key(Char('n'))),
            Some(Action::LogInteraction)
        );
        assert_eq!(
            resolve(Context::Main, KeyEvent::new(Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            resolve(Context::Main, KeyEvent::new(Char('?'), KeyModifiers::SHIFT)),
            Some(Action::Help)
        );
        assert_eq!(
            resolve(
                Context::Main,
                KeyEvent::new(Char('c'), KeyModifiers::CONTROL)
            ),
            Some(Action::Quit)
        );
        assert_eq!(resolve(Context::Main, key(Char('z'))), None);
    }

    #[test]
    fn typing_contexts_turn_unbound_keys_into_input() {
        let k = key(Char('j'));
        assert_eq!(resolve(Context::Filter, k), Some(Action::Input(k)));
        assert_eq!(
            resolve(Context::Form, key(Char('q'))),
            Some(Action::Input(key(Char('q'))))
        );
        assert_eq!(
            resolve(
                Context::Form,
                KeyEvent::new(Char('s'), KeyModifiers::CONTROL)
            ),
            Some(Action::Save)
        );
        assert_eq!(resolve(Context::Confirm, key(Char('x'))), None);
    }

    #[test]
    fn keys_work_on_the_russian_layout_by_position() {
        let ru = |c: char| resolve(Context::Main, key(Char(c)));
        assert_eq!(ru('т'), Some(Action::LogInteraction));
        assert_eq!(ru('с'), Some(Action::NewClient));
        assert_eq!(ru('з'), Some(Action::PlanTouch));
        assert_eq!(ru('у'), Some(Action::Edit));
        assert_eq!(ru('ф'), Some(Action::NewContact));
        assert_eq!(ru('ы'), Some(Action::StartSearch));
        assert_eq!(ru('в'), Some(Action::DeleteEntry));
        assert_eq!(ru('г'), Some(Action::UndoDelete));
        assert_eq!(ru('к'), Some(Action::Reload));
        assert_eq!(ru('о'), Some(Action::Down));
        assert_eq!(ru('л'), Some(Action::Up));
        assert_eq!(ru('й'), Some(Action::Quit));
        assert_eq!(ru('П'), Some(Action::Bottom));
        assert_eq!(ru('С'), Some(Action::ShowComplaints));
        assert_eq!(ru('.'), Some(Action::StartFilter));
        assert_eq!(
            resolve(Context::Complaints, key(Char('Ю'))),
            Some(Action::Escalate)
        );
        assert_eq!(
            resolve(Context::Reports, key(Char('х'))),
            Some(Action::PeriodBack)
        );
        // Typing into a field stays Russian; Ctrl keys still work.
        let t = key(Char('т'));
        assert_eq!(resolve(Context::Form, t), Some(Action::Input(t)));
        assert_eq!(resolve(Context::Filter, t), Some(Action::Input(t)));
        assert_eq!(
            resolve(
                Context::Form,
                KeyEvent::new(Char('ы'), KeyModifiers::CONTROL)
            ),
            Some(Action::Save)
        );
        // A question answers to н (y) and т (n).
        assert_eq!(
            resolve(Context::Confirm, key(Char('н'))),
            Some(Action::Confirm)
        );
        assert_eq!(
            resolve(Context::Confirm, key(Char('т'))),
            Some(Action::Deny)
        );
        // Every letter bound outside typing works by position.
        for b in BINDINGS.iter().filter(|b| !b.ctx_takes_text()) {
            for &(code, mods) in b.keys {
                if let (Char(c), false) = (code, mods.contains(CTRL)) {
                    if let Some(r) = russian_key(c) {
                        assert_eq!(
                            resolve(b.ctx, KeyEvent::new(Char(r), mods)),
                            Some(b.action.clone()),
                            "{r} for {c} in {:?}",
                            b.ctx
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        for a in BINDINGS {
            for b in BINDINGS {
                if std::ptr::eq(a, b) || a.ctx != b.ctx {
                    continue;
                }
                for k in a.keys {
                    assert!(!b.keys.contains(k), "{:?} bound twice in {:?}", k, a.ctx);
                }
            }
        }
    }

    #[test]
    fn footer_comes_from_the_table() {
        let f = footer(Context::Main);
        assert!(f.contains(&("n", "log")));
        assert!(f.contains(&("?", "help")));
        assert!(BINDINGS.iter().all(|b| !b.help.is_empty()));
    }
}
