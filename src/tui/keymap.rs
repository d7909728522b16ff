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
    Today,
    Reports,
    Money,
    Contacts,
}

impl Context {
    /// The context's name in the help and the README.
    pub fn title(self) -> String {
        crate::i18n::tr(&format!("ctx-{}", kebab(&format!("{self:?}"))))
    }
}

/// One row of the table: in `ctx`, any of `keys` does `action`. What the
/// help and the footer say of it is in the catalogs, under
/// `key-<context>-<action>` and `foot-<context>-<action>` (only the keys
/// the footer shows have the second).
pub struct Binding {
    pub ctx: Context,
    pub keys: &'static [(KeyCode, KeyModifiers)],
    pub label: &'static str,
    pub action: Action,
}

/// `LogInteraction` → `log-interaction`: the catalog's spelling of a name.
fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, ch) in name.chars().enumerate() {
        if ch.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(ch.to_ascii_lowercase());
        } else {
            out.push(ch);
        }
    }
    out
}

impl Binding {
    fn message_id(&self, kind: &str) -> String {
        let action = format!("{:?}", self.action);
        format!(
            "{kind}-{}-{}",
            kebab(&format!("{:?}", self.ctx)),
            kebab(&action)
        )
    }
    /// What the help says the key does, in the language in force.
    pub fn help(&self) -> String {
        crate::i18n::tr(&self.message_id("key"))
    }
    /// The footer's word for it, when the footer shows it.
    pub fn footer(&self) -> Option<String> {
        let id = self.message_id("foot");
        crate::i18n::has(crate::i18n::Lang::En, &id).then(|| crate::i18n::tr(&id))
    }
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

macro_rules! bind {
    ($ctx:ident, [$($key:expr),+], $label:literal, $action:expr) => {
        Binding { ctx: Context::$ctx, keys: &[$($key),+], label: $label, action: $action }
    };
}

use KeyCode::*;

/// Every key touchbase answers to.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    bind!(Main, [(Char('j'), NONE), (Down, NONE)], "j/↓", Action::Down),
    bind!(Main, [(Char('k'), NONE), (Up, NONE)], "k/↑", Action::Up),
    bind!(Main, [(PageDown, NONE), (Char('d'), CTRL)], "PgDn", Action::PageDown),
    bind!(Main, [(PageUp, NONE), (Char('u'), CTRL)], "PgUp", Action::PageUp),
    bind!(Main, [(Char('g'), NONE), (Home, NONE)], "g", Action::Top),
    bind!(Main, [(Char('G'), SHIFT), (Char('G'), NONE), (End, NONE)], "G", Action::Bottom),
    bind!(Main, [(Tab, NONE)], "Tab", Action::NextPane),
    bind!(Main, [(BackTab, SHIFT), (BackTab, NONE)], "Shift-Tab", Action::PrevPane),
    bind!(Main, [(Enter, NONE)], "Enter", Action::Open),
    bind!(Main, [(Char('n'), NONE)], "n", Action::LogInteraction),
    bind!(Main, [(Char('c'), NONE)], "c", Action::NewClient),
    bind!(Main, [(Char('p'), NONE)], "p", Action::PlanTouch),
    bind!(Main, [(Char('e'), NONE)], "e", Action::Edit),
    bind!(Main, [(Char('a'), NONE)], "a", Action::NewContact),
    bind!(Main, [(Char('d'), NONE), (Delete, NONE)], "d", Action::DeleteEntry),
    bind!(Main, [(Char('P'), SHIFT), (Char('P'), NONE)], "P", Action::ShowContacts),
    bind!(Main, [(Char('x'), NONE)], "x", Action::CancelPlan),
    bind!(Main, [(Char('u'), NONE)], "u", Action::UndoDelete),
    bind!(Main, [(Char('/'), NONE)], "/", Action::StartFilter),
    bind!(Main, [(Char('o'), NONE)], "o", Action::CycleSort),
    bind!(Main, [(Char('s'), NONE)], "s", Action::StartSearch),
    bind!(Main, [(Char('r'), NONE), (F(5), NONE)], "r", Action::Reload),
    bind!(Main, [(Esc, NONE)], "Esc", Action::Back),
    bind!(Main, [(Char('?'), NONE), (Char('?'), SHIFT), (F(1), NONE)], "?", Action::Help),
    bind!(Main, [(Char('q'), NONE), (Char('c'), CTRL)], "q", Action::Quit),
    bind!(Filter, [(Enter, NONE)], "Enter", Action::Open),
    bind!(Filter, [(Esc, NONE)], "Esc", Action::Back),
    bind!(Filter, [(Down, NONE)], "↓", Action::Down),
    bind!(Filter, [(Char('c'), CTRL)], "Ctrl-C", Action::Quit),
    bind!(Search, [(Enter, NONE)], "Enter", Action::Open),
    bind!(Search, [(Down, NONE), (Tab, NONE)], "↓", Action::Down),
    bind!(Search, [(Up, NONE), (BackTab, SHIFT)], "↑", Action::Up),
    bind!(Search, [(Esc, NONE)], "Esc", Action::Back),
    bind!(Search, [(Char('c'), CTRL)], "Ctrl-C", Action::Quit),
    bind!(Form, [(Tab, NONE), (Down, NONE)], "Tab/↓", Action::FieldNext),
    bind!(Form, [(BackTab, SHIFT), (BackTab, NONE), (Up, NONE)], "Shift-Tab/↑", Action::FieldPrev),
    bind!(Form, [(Enter, NONE)], "Enter", Action::FieldEnter),
    bind!(Form, [(Char('s'), CTRL)], "Ctrl-S", Action::Save),
    bind!(Form, [(Esc, NONE)], "Esc", Action::Back),
    bind!(Form, [(Char('c'), CTRL)], "Ctrl-C", Action::Quit),
    bind!(Confirm, [(Char('y'), NONE), (Enter, NONE)], "y", Action::Confirm),
    bind!(Confirm, [(Char('n'), NONE), (Esc, NONE)], "n", Action::Deny),
    bind!(Help, [ (Esc, NONE), (Char('?'), NONE), (Char('q'), NONE), (Enter, NONE) ], "Esc", Action::Back),
    bind!(Help, [(Char('j'), NONE), (Down, NONE)], "j", Action::Down),
    bind!(Help, [(Char('k'), NONE), (Up, NONE)], "k", Action::Up),
    bind!(Detail, [(Esc, NONE), (Enter, NONE), (Char('q'), NONE)], "Esc", Action::Back),
    bind!(Detail, [(Char('e'), NONE)], "e", Action::Edit),
    bind!(Detail, [(Char('j'), NONE), (Down, NONE)], "j/↓", Action::Down),
    bind!(Detail, [(Char('k'), NONE), (Up, NONE)], "k/↑", Action::Up),
    bind!(Main, [(Char('!'), NONE), (Char('!'), SHIFT)], "!", Action::NewComplaint),
    bind!(Main, [(Char('O'), SHIFT), (Char('O'), NONE)], "O", Action::NewOrder),
    bind!(Main, [(Char('I'), SHIFT), (Char('I'), NONE)], "I", Action::NewInvoice),
    bind!(Main, [(Char('C'), SHIFT), (Char('C'), NONE)], "C", Action::ShowComplaints),
    bind!(Main, [(Char('A'), SHIFT), (Char('A'), NONE)], "A", Action::ShowAgenda),
    bind!(Main, [(Char('T'), SHIFT), (Char('T'), NONE)], "T", Action::ShowToday),
    bind!(Main, [(Char('R'), SHIFT), (Char('R'), NONE)], "R", Action::ShowReports),
    bind!(Main, [(Char('M'), SHIFT), (Char('M'), NONE)], "M", Action::ShowMoney),
    bind!(Complaints, [(Char('j'), NONE), (Down, NONE)], "j/↓", Action::Down),
    bind!(Complaints, [(Char('k'), NONE), (Up, NONE)], "k/↑", Action::Up),
    bind!(Complaints, [(PageDown, NONE)], "PgDn", Action::PageDown),
    bind!(Complaints, [(PageUp, NONE)], "PgUp", Action::PageUp),
    bind!(Complaints, [(Enter, NONE)], "Enter", Action::Open),
    bind!(Complaints, [(Char('e'), NONE)], "e", Action::Edit),
    bind!(Complaints, [(Char('>'), NONE), (Char('>'), SHIFT)], ">", Action::Escalate),
    bind!(Complaints, [(Char('x'), NONE)], "x", Action::Resolve),
    bind!(Complaints, [(Char('d'), NONE), (Delete, NONE)], "d", Action::DeleteEntry),
    bind!(Complaints, [(Char('u'), NONE)], "u", Action::UndoDelete),
    bind!(Complaints, [(Char('a'), NONE)], "a", Action::ToggleAll),
    bind!(Complaints, [(Char('g'), NONE), (Home, NONE)], "g", Action::Top),
    bind!(Complaints, [(Char('G'), SHIFT), (Char('G'), NONE), (End, NONE)], "G", Action::Bottom),
    bind!(Complaints, [(Char('o'), NONE)], "o", Action::ToggleGroup),
    bind!(Complaints, [(Esc, NONE)], "Esc", Action::Back),
    bind!(Complaints, [(Char('?'), NONE), (Char('?'), SHIFT)], "?", Action::Help),
    bind!(Complaints, [(Char('q'), NONE), (Char('c'), CTRL)], "q", Action::Quit),
    bind!(Agenda, [(Char('j'), NONE), (Down, NONE)], "j/↓", Action::Down),
    bind!(Agenda, [(Char('k'), NONE), (Up, NONE)], "k/↑", Action::Up),
    bind!(Agenda, [(PageDown, NONE)], "PgDn", Action::PageDown),
    bind!(Agenda, [(PageUp, NONE)], "PgUp", Action::PageUp),
    bind!(Agenda, [(Char('g'), NONE), (Home, NONE)], "g", Action::Top),
    bind!(Agenda, [(Char('G'), SHIFT), (Char('G'), NONE), (End, NONE)], "G", Action::Bottom),
    bind!(Agenda, [(Enter, NONE)], "Enter", Action::Open),
    bind!(Agenda, [(Char('n'), NONE)], "n", Action::LogInteraction),
    bind!(Agenda, [(Char('e'), NONE)], "e", Action::EditPlan),
    bind!(Agenda, [(Char('x'), NONE)], "x", Action::CancelPlan),
    bind!(Agenda, [(Char('a'), NONE)], "a", Action::ToggleAll),
    bind!(Agenda, [(Char('u'), NONE)], "u", Action::UndoDelete),
    bind!(Agenda, [(Esc, NONE)], "Esc", Action::Back),
    bind!(Agenda, [(Char('?'), NONE), (Char('?'), SHIFT)], "?", Action::Help),
    bind!(Agenda, [(Char('q'), NONE), (Char('c'), CTRL)], "q", Action::Quit),
    bind!(Today, [(Char('j'), NONE), (Down, NONE)], "j/↓", Action::Down),
    bind!(Today, [(Char('k'), NONE), (Up, NONE)], "k/↑", Action::Up),
    bind!(Today, [(PageDown, NONE)], "PgDn", Action::PageDown),
    bind!(Today, [(PageUp, NONE)], "PgUp", Action::PageUp),
    bind!(Today, [(Char('g'), NONE), (Home, NONE)], "g", Action::Top),
    bind!(Today, [(Char('G'), SHIFT), (Char('G'), NONE), (End, NONE)], "G", Action::Bottom),
    bind!(Today, [(Char('n'), NONE)], "n", Action::LogInteraction),
    bind!(Today, [(Enter, NONE)], "Enter", Action::Open),
    bind!(Today, [(Char('C'), SHIFT), (Char('C'), NONE)], "C", Action::ShowComplaints),
    bind!(Today, [(Char('A'), SHIFT), (Char('A'), NONE)], "A", Action::ShowAgenda),
    bind!(Today, [(Char('M'), SHIFT), (Char('M'), NONE)], "M", Action::ShowMoney),
    bind!(Today, [(Esc, NONE)], "Esc", Action::Back),
    bind!(Today, [(Char('?'), NONE), (Char('?'), SHIFT)], "?", Action::Help),
    bind!(Today, [(Char('q'), NONE), (Char('c'), CTRL)], "q", Action::Quit),
    bind!(Agenda, [(Char('T'), SHIFT), (Char('T'), NONE)], "T", Action::ShowToday),
    bind!(Complaints, [(Char('T'), SHIFT), (Char('T'), NONE)], "T", Action::ShowToday),
    bind!(Reports, [(Char('j'), NONE), (Down, NONE)], "j/↓", Action::Down),
    bind!(Reports, [(Char('k'), NONE), (Up, NONE)], "k/↑", Action::Up),
    bind!(Reports, [(PageDown, NONE)], "PgDn", Action::PageDown),
    bind!(Reports, [(PageUp, NONE)], "PgUp", Action::PageUp),
    bind!(Reports, [(Char('g'), NONE), (Home, NONE)], "g", Action::Top),
    bind!(Reports, [(Char('G'), SHIFT), (Char('G'), NONE), (End, NONE)], "G", Action::Bottom),
    bind!(Reports, [(Enter, NONE)], "Enter", Action::Open),
    bind!(Reports, [(Char('['), NONE), (Left, NONE)], "[", Action::PeriodBack),
    bind!(Reports, [(Char(']'), NONE), (Right, NONE)], "]", Action::PeriodForward),
    bind!(Reports, [(Esc, NONE)], "Esc", Action::Back),
    bind!(Reports, [(Char('?'), NONE), (Char('?'), SHIFT)], "?", Action::Help),
    bind!(Reports, [(Char('q'), NONE), (Char('c'), CTRL)], "q", Action::Quit),
    bind!(Complaints, [(Char('C'), SHIFT), (Char('C'), NONE)], "C", Action::ShowComplaints),
    bind!(Complaints, [(Char('A'), SHIFT), (Char('A'), NONE)], "A", Action::ShowAgenda),
    bind!(Complaints, [(Char('R'), SHIFT), (Char('R'), NONE)], "R", Action::ShowReports),
    bind!(Agenda, [(Char('C'), SHIFT), (Char('C'), NONE)], "C", Action::ShowComplaints),
    bind!(Agenda, [(Char('A'), SHIFT), (Char('A'), NONE)], "A", Action::ShowAgenda),
    bind!(Agenda, [(Char('R'), SHIFT), (Char('R'), NONE)], "R", Action::ShowReports),
    bind!(Reports, [(Char('C'), SHIFT), (Char('C'), NONE)], "C", Action::ShowComplaints),
    bind!(Reports, [(Char('A'), SHIFT), (Char('A'), NONE)], "A", Action::ShowAgenda),
    bind!(Reports, [(Char('R'), SHIFT), (Char('R'), NONE)], "R", Action::ShowReports),
    bind!(Money, [(Char('j'), NONE), (Down, NONE)], "j/↓", Action::Down),
    bind!(Money, [(Char('k'), NONE), (Up, NONE)], "k/↑", Action::Up),
    bind!(Money, [(PageDown, NONE)], "PgDn", Action::PageDown),
    bind!(Money, [(PageUp, NONE)], "PgUp", Action::PageUp),
    bind!(Money, [(Char('g'), NONE), (Home, NONE)], "g", Action::Top),
    bind!(Money, [(Char('G'), SHIFT), (Char('G'), NONE), (End, NONE)], "G", Action::Bottom),
    bind!(Money, [(Enter, NONE)], "Enter", Action::Open),
    bind!(Money, [(Char('p'), NONE)], "p", Action::MarkPaid),
    bind!(Money, [(Char('e'), NONE)], "e", Action::Edit),
    bind!(Money, [(Char('d'), NONE), (Delete, NONE)], "d", Action::DeleteEntry),
    bind!(Money, [(Char('a'), NONE)], "a", Action::ToggleAll),
    bind!(Money, [(Char('u'), NONE)], "u", Action::UndoDelete),
    bind!(Money, [(Esc, NONE)], "Esc", Action::Back),
    bind!(Money, [(Char('?'), NONE), (Char('?'), SHIFT)], "?", Action::Help),
    bind!(Money, [(Char('q'), NONE), (Char('c'), CTRL)], "q", Action::Quit),
    bind!(Money, [(Char('C'), SHIFT), (Char('C'), NONE)], "C", Action::ShowComplaints),
    bind!(Money, [(Char('A'), SHIFT), (Char('A'), NONE)], "A", Action::ShowAgenda),
    bind!(Money, [(Char('R'), SHIFT), (Char('R'), NONE)], "R", Action::ShowReports),
    bind!(Contacts, [(Char('j'), NONE), (Down, NONE)], "j/↓", Action::Down),
    bind!(Contacts, [(Char('k'), NONE), (Up, NONE)], "k/↑", Action::Up),
    bind!(Contacts, [(Char('g'), NONE), (Home, NONE)], "g", Action::Top),
    bind!(Contacts, [(Char('G'), SHIFT), (Char('G'), NONE), (End, NONE)], "G", Action::Bottom),
    bind!(Contacts, [(Char('a'), NONE)], "a", Action::NewContact),
    bind!(Contacts, [(Char('e'), NONE), (Enter, NONE)], "e", Action::Edit),
    bind!(Contacts, [(Char('l'), NONE)], "l", Action::ContactLeft),
    bind!(Contacts, [(Char('d'), NONE), (Delete, NONE)], "d", Action::DeleteEntry),
    bind!(Contacts, [(Char('u'), NONE)], "u", Action::UndoDelete),
    bind!(Contacts, [(Esc, NONE)], "Esc", Action::Back),
    bind!(Contacts, [(Char('?'), NONE), (Char('?'), SHIFT)], "?", Action::Help),
    bind!(Contacts, [(Char('q'), NONE), (Char('c'), CTRL)], "q", Action::Quit),
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
pub fn footer(ctx: Context) -> Vec<(&'static str, String)> {
    BINDINGS
        .iter()
        .filter(|b| b.ctx == ctx)
        .filter_map(|b| Some((b.label, b.footer()?)))
        .collect()
}

/// All bindings of a context, for the help screen.
pub fn help(ctx: Context) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.ctx == ctx)
}

/// The contexts in the order the help screen and the README list them.
pub const HELP_ORDER: [Context; 13] = [
    Context::Today,
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
            out.push_str(&format!("| {} | {} |\n", keys.join(" "), b.help()));
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
        assert!(f.contains(&("n", "log".to_string())));
        assert!(f.contains(&("?", "help".to_string())));
        for lang in crate::i18n::Lang::ALL {
            for b in BINDINGS {
                let id = b.message_id("key");
                assert!(crate::i18n::has(lang, &id), "{id} missing in {lang:?}");
                let foot = b.message_id("foot");
                assert_eq!(
                    crate::i18n::has(lang, &foot),
                    crate::i18n::has(crate::i18n::Lang::En, &foot),
                    "{foot} in one catalog only"
                );
            }
        }
    }
}
