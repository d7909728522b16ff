//! The rest of a record's life on the command line: planned touches listed,
//! moved, edited and cancelled. Every change keeps the record as it was.

use super::commands::{Context, plan as plan_add};
use super::{PlanArgs, output};
use crate::book::AgendaItem;
use crate::domain::{self, Kind, PlanPatch};
use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Plan a touch for a client (the same as `touchbase plan CLIENT …`)
    Add(PlanArgs),
    /// Planned touches, soonest due first: open ones, of one client or all
    List(PlanListArgs),
    /// Move an open planned touch to another day, or change its purpose or kind
    Edit(PlanEditArgs),
    /// Cancel an open planned touch (it stays in the book as cancelled)
    Cancel(PlanIdArg),
}

#[derive(Debug, Args)]
pub struct PlanListArgs {
    /// Only this client: id or a part of the name [default: the whole book]
    pub client: Option<String>,
    /// Also the done and cancelled ones
    #[arg(long)]
    pub all: bool,
    /// Print JSON for scripts
    #[arg(long)]
    pub json: bool,
    /// At most this many rows [default: all]
    #[arg(long)]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct PlanEditArgs {
    /// The planned touch's id (shown by `plan list` and `agenda`)
    pub id: String,
    /// The new due day
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub due: Option<String>,
    /// What the touch is for
    #[arg(long)]
    pub purpose: Option<String>,
    /// call, meeting, visit, email or message
    #[arg(long)]
    pub kind: Option<String>,
}

#[derive(Debug, Args)]
pub struct PlanIdArg {
    /// The planned touch's id (shown by `plan list` and `agenda`)
    pub id: String,
}

fn plan_json(i: &AgendaItem) -> serde_json::Value {
    json!({
        "id": i.plan.id, "client_id": i.plan.client_id, "client": i.client, "due": i.plan.due,
        "purpose": i.plan.purpose, "kind": i.plan.kind, "status": i.plan.status,
        "done_by": i.plan.done_by,
    })
}

pub fn plan(command: &PlanCommand, cx: &Context) -> Result<()> {
    match command {
        PlanCommand::Add(a) => plan_add(a, cx),
        PlanCommand::List(a) => {
            let book = cx.read()?;
            let client = a
                .client
                .as_deref()
                .map(|c| book.find_client(c))
                .transpose()?;
            let items = book.plans(
                client.as_ref().map(|c| c.id.as_str()),
                a.all,
                a.limit.unwrap_or(u64::MAX >> 1),
            )?;
            if a.json {
                return output::print_json(&items.iter().map(plan_json).collect::<Vec<_>>());
            }
            for i in &items {
                say!(
                    "{}  {:<8} {:<9} {}  — {}  ({})",
                    i.plan.due,
                    i.plan.kind,
                    i.plan.status,
                    output::safe(&i.plan.purpose),
                    output::safe(&i.client),
                    i.plan.id
                );
            }
            say!("{} planned touch(es)", items.len());
            Ok(())
        }
        PlanCommand::Edit(a) => {
            let patch = PlanPatch {
                due: a.due.as_deref().map(|d| cx.due("due", d)).transpose()?,
                purpose: a
                    .purpose
                    .as_deref()
                    .map(|p| domain::required("purpose", p))
                    .transpose()?,
                kind: a.kind.as_deref().map(Kind::parse_touch).transpose()?,
            };
            let mut book = cx.read()?;
            let before = book.plan_by_id(&a.id)?;
            let plan = book.edit_plan(&a.id, &patch)?;
            if plan == before {
                say!("planned touch {} unchanged", plan.id);
            } else {
                say!(
                    "planned {} on {}: {} ({}; the previous version is kept)",
                    plan.kind,
                    plan.due,
                    output::safe(&plan.purpose),
                    plan.id
                );
            }
            Ok(())
        }
        PlanCommand::Cancel(a) => {
            let mut book = cx.read()?;
            let plan = book.cancel_plan(&a.id)?;
            let client = book.client(&plan.client_id)?;
            say!(
                "cancelled the planned {} \"{}\" for {} due {}",
                plan.kind,
                output::safe(&plan.purpose),
                output::safe(&client.name),
                plan.due
            );
            Ok(())
        }
    }
}
