//! `touchbase gen`: a deterministic synthetic book of any size, for benchmarks.
//! Rows go in through plain SQL in large transactions (the normal write path
//! commits per entry, which would take hours at two million entries).

use super::{Book, Result};
use crate::text::fold;
use chrono::{Days, NaiveDate};
use rusqlite::params;
use std::path::Path;

/// What `gen` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenReport {
    pub clients: u64,
    pub contacts: u64,
    pub interactions: u64,
    pub plans: u64,
    pub complaints: u64,
    pub orders: u64,
    pub invoices: u64,
}

/// SplitMix64: tiny, deterministic for a seed, good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
    /// A UUIDv7-shaped id whose time and random bits come from the seed.
    fn id(&mut self, millis: u64) -> String {
        let mut bytes = [0u8; 10];
        bytes[..8].copy_from_slice(&self.next().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next().to_le_bytes()[..2]);
        uuid::Builder::from_unix_timestamp_millis(millis, &bytes)
            .into_uuid()
            .to_string()
    }
}

const PREFIX: &[&str] = &["ООО", "АО", "ПАО", "ИП", "Ltd", "GmbH", "Inc.", "LLC"];
const STEM: &[&str] = &[
    "Ромашка",
    "Север",
    "Техно",
    "Волга",
    "Байкал",
    "Урал",
    "Заря",
    "Гранит",
    "Ёлка",
    "Светоч",
    "Northwind",
    "Acme",
    "Harbor",
    "Summit",
    "Meridian",
    "Atlas",
    "Cedar",
    "Helios",
    "Kestrel",
    "Lumen",
];
const SUFFIX: &[&str] = &[
    "Логистик",
    "Пром",
    "Трейд",
    "Сервис",
    "Энерго",
    "Foods",
    "Systems",
    "Works",
    "Group",
    "Partners",
];
const FIRST: &[&str] = &[
    "Анна",
    "Игорь",
    "Ольга",
    "Сергей",
    "Мария",
    "Пётр",
    "Sarah",
    "James",
    "Emily",
    "Lukas",
];
const LAST: &[&str] = &[
    "Смирнов",
    "Волков",
    "Орлов",
    "Фёдоров",
    "Miller",
    "Clarke",
    "Novak",
    "Berg",
];
const SUBJECT: &[&str] = &[
    "Обсудили продление договора",
    "Уточнили сроки поставки",
    "Напомнили об оплате счёта",
    "Согласовали спецификацию",
    "Презентация новой линейки",
    "Discussed the contract renewal",
    "Checked delivery dates",
    "Chased the overdue invoice",
    "Quarterly review",
    "Sent the proposal",
];
const DETAIL: &[&str] = &[
    "клиент доволен",
    "нужен расчёт",
    "задержка отгрузки",
    "скидка 5%",
    "новый закупщик",
    "happy with lead times",
    "asked for samples",
    "price pressure",
    "new warehouse",
    "paperwork errors",
];
const KINDS: &[&str] = &[
    "call", "call", "call", "email", "email", "meeting", "message", "visit", "note", "order",
];

impl Book {
    /// Write a synthetic book of `clients` clients and `interactions` entries at
    /// `path` (replacing it), dated over the three years before `today`.
    pub fn generate(
        path: &Path,
        clients: u64,
        interactions: u64,
        seed: u64,
        today: NaiveDate,
    ) -> Result<GenReport> {
        let mut rng = Rng(seed);
        let start = today.checked_sub_days(Days::new(3 * 365)).unwrap_or(today);
        let span_days = (today - start).num_days().max(1) as u64;
        let base_millis = 1_700_000_000_000u64;
        let mut report = GenReport {
            clients,
            contacts: 0,
            interactions,
            plans: 0,
            complaints: 0,
            orders: 0,
            invoices: 0,
        };
        let mut client_ids: Vec<String> = Vec::with_capacity(clients as usize);
        let mut contact_ids: Vec<[String; 2]> = Vec::with_capacity(clients as usize);
        super::build_beside(path, |book| {
            let tx = book.conn.transaction()?;
            {
                let mut add_client = tx.prepare(
                    "INSERT INTO clients (id, name, name_key, sort_key, tier, cadence_days, status, industry, city, notes, created_on, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'Industry', 'City', '', ?8, '2026-01-01T00:00:00Z')",
                )?;
                let mut index_client =
                    tx.prepare("INSERT INTO search_clients (rowid, body) VALUES (?1, ?2)")?;
                let mut add_contact = tx.prepare(
                    "INSERT INTO contacts (id, client_id, name, name_key, role, phone, email, note, created_at)
                     VALUES (?1, ?2, ?3, ?4, 'buyer', '+7 900 000-00-00', '', '', '2026-01-01T00:00:00Z')",
                )?;
                let mut index_contact =
                    tx.prepare("INSERT INTO search_contacts (rowid, body) VALUES (?1, ?2)")?;
                let mut index_plan =
                    tx.prepare("INSERT INTO search_plans (rowid, body) VALUES (?1, ?2)")?;
                let mut add_plan = tx.prepare(
                    "INSERT INTO plans (id, client_id, due_on, purpose, kind, created_at)
                     VALUES (?1, ?2, ?3, 'Follow up', 'call', '2026-01-01T00:00:00Z')",
                )?;
                for n in 0..clients {
                    let id = rng.id(base_millis + n);
                    let name = format!(
                        "{} {}{} {}",
                        rng.pick(PREFIX),
                        rng.pick(STEM),
                        rng.pick(SUFFIX),
                        n + 1
                    );
                    let tier = ["A", "B", "B", "C", "C", "C"][rng.below(6) as usize];
                    let cadence = match tier {
                        "A" => 14,
                        "B" => 30,
                        _ => 60,
                    };
                    let status = [
                        "active", "active", "active", "active", "prospect", "paused", "lost",
                    ][rng.below(7) as usize];
                    let created = start
                        .checked_sub_days(Days::new(rng.below(365)))
                        .unwrap_or(start);
                    add_client.execute(params![
                        id,
                        name,
                        fold(&name),
                        crate::text::sort_key(&name),
                        tier,
                        cadence,
                        status,
                        created.to_string()
                    ])?;
                    index_client.execute(params![tx.last_insert_rowid(), fold(&name)])?;
                    let mut pair: [String; 2] = Default::default();
                    for slot in &mut pair {
                        let cid = rng.id(base_millis + n);
                        let cname = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
                        add_contact.execute(params![cid, id, cname, fold(&cname)])?;
                        index_contact.execute(params![tx.last_insert_rowid(), fold(&cname)])?;
                        *slot = cid;
                        report.contacts += 1;
                    }
                    if rng.below(10) < 3 {
                        let due = today
                            .checked_add_days(Days::new(rng.below(30)))
                            .unwrap_or(today);
                        add_plan.execute(params![rng.id(base_millis + n), id, due.to_string()])?;
                        index_plan.execute(params![tx.last_insert_rowid(), "follow up"])?;
                        report.plans += 1;
                    }
                    client_ids.push(id);
                    contact_ids.push(pair);
                }
            }
            tx.commit()?;
            let batch = 100_000;
            let mut done = 0;
            while done < interactions {
                let tx = book.conn.transaction()?;
                {
                    let mut add = tx.prepare(
                        "INSERT INTO interactions (id, client_id, kind, direction, at, contact_id, summary, details, logged_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '2026-01-01T00:00:00Z')",
                    )?;
                    let mut index =
                        tx.prepare("INSERT INTO search_entries (rowid, body) VALUES (?1, ?2)")?;
                    for i in done..(done + batch).min(interactions) {
                        // Entries go in date order, as a real book fills up.
                        let day = start + Days::new(i * span_days / interactions.max(1));
                        let at = format!("{day} {:02}:{:02}", 9 + rng.below(9), rng.below(4) * 15);
                        let c = rng.below(clients.max(1)) as usize;
                        let kind = rng.pick(KINDS);
                        let summary = format!("{} #{}", rng.pick(SUBJECT), i + 1);
                        let details = format!("{}, {}", rng.pick(DETAIL), rng.pick(DETAIL));
                        let contact = &contact_ids[c][rng.below(2) as usize];
                        let direction = if rng.below(5) == 0 {
                            "inbound"
                        } else {
                            "outbound"
                        };
                        add.execute(params![
                            rng.id(base_millis + i),
                            client_ids[c],
                            kind,
                            direction,
                            at,
                            contact,
                            summary,
                            details
                        ])?;
                        index.execute(params![
                            tx.last_insert_rowid(),
                            fold(&format!("{summary} {details}"))
                        ])?;
                    }
                }
                tx.commit()?;
                done = (done + batch).min(interactions);
            }
            // Complaints, orders and invoices for some clients, dated in the last year.
            let tx = book.conn.transaction()?;
            {
                let mut complaint = tx.prepare(
                    "INSERT INTO complaints (id, client_id, opened_at, department, severity, summary, status, resolved_at, resolution)
                     VALUES (?1, ?2, ?3, ?4, 'normal', 'Late delivery', ?5, ?6, ?7)",
                )?;
                let mut order = tx.prepare(
                    "INSERT INTO orders (id, client_id, at, title, amount_minor, currency, status)
                     VALUES (?1, ?2, ?3, 'Order', ?4, 'RUB', ?5)",
                )?;
                let mut invoice = tx.prepare(
                    "INSERT INTO invoices (id, client_id, number, amount_minor, currency, issued_on, due_on, paid_on)
                     VALUES (?1, ?2, ?3, ?4, 'RUB', ?5, ?6, ?7)",
                )?;
                let day = |rng: &mut Rng, within: u64| today - Days::new(rng.below(within));
                for (n, client) in client_ids.iter().enumerate() {
                    if rng.below(10) == 0 {
                        let opened = day(&mut rng, 120);
                        let (status, resolved) = match rng.below(3) {
                            0 => ("open", None),
                            1 => ("escalated", None),
                            _ => (
                                "resolved",
                                Some((opened + Days::new(rng.below(20))).min(today).to_string()),
                            ),
                        };
                        let dept = ["logistics", "accounting", "support", "логистика"]
                            [rng.below(4) as usize];
                        let resolution = if resolved.is_some() { "Fixed" } else { "" };
                        complaint.execute(params![
                            rng.id(base_millis + n as u64),
                            client,
                            opened.to_string(),
                            dept,
                            status,
                            resolved,
                            resolution
                        ])?;
                        report.complaints += 1;
                    }
                    if rng.below(10) < 3 {
                        let status = ["won", "won", "lost", "in progress"][rng.below(4) as usize];
                        order.execute(params![
                            rng.id(base_millis + n as u64),
                            client,
                            day(&mut rng, 365).to_string(),
                            (1 + rng.below(5_000)) as i64 * 10_000,
                            status
                        ])?;
                        report.orders += 1;
                    }
                    if rng.below(2) == 0 {
                        let issued = day(&mut rng, 120);
                        let due = issued + Days::new(30);
                        let paid = (rng.below(3) > 0 && due < today)
                            .then(|| (due - Days::new(rng.below(10))).to_string());
                        invoice.execute(params![
                            rng.id(base_millis + n as u64),
                            client,
                            format!("G-{}", n + 1),
                            (1 + rng.below(1_000)) as i64 * 100_000,
                            issued.to_string(),
                            due.to_string(),
                            paid
                        ])?;
                        report.invoices += 1;
                    }
                }
            }
            tx.commit()?;
            book.conn.execute_batch(
                "UPDATE clients SET last_touch_on = substr((SELECT at FROM interactions i
                     WHERE i.client_id = clients.id AND i.deleted_at IS NULL
                       AND i.kind IN ('call', 'meeting', 'visit', 'email', 'message')
                     ORDER BY at DESC LIMIT 1), 1, 10);",
            )?;
            Ok(())
        })?;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    /// The generator is SplitMix64 as published: its reference outputs for
    /// the seeds 0 and 1234567 (a weaker mix would still look random to
    /// the book's tests, but skew the benchmark's data).
    #[test]
    fn the_generator_is_splitmix64() {
        let mut r = Rng(0);
        assert_eq!(
            [r.next(), r.next(), r.next()],
            [
                0xE220_A839_7B1D_CDAF,
                0x6E78_9E6A_A1B9_65F4,
                0x06C4_5D18_8009_454F
            ]
        );
        assert_eq!(Rng(1_234_567).next(), 6_457_827_717_110_365_317);
    }
}
