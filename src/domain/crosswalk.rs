//! Which statements of the built-in frameworks cover the same ground (`frameworks/crosswalk.json`),
//! so that one answer can inform another: a statement says where else it is covered, and a new
//! assessment can start from a person's earlier answers to the statements that correspond.

use serde::{Deserialize, Serialize};

use super::problem::{Problem, Problems};

pub const CROSSWALK_FORMAT: &str = "almanac.crosswalk";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Crosswalk {
    pub format: String,
    pub schema_version: u32,
    pub links: Vec<Link>,
}

/// Statements that ask materially the same question, so one's level is a fair start for another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub topic: String,
    pub statements: Vec<StatementRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementRef {
    pub framework: String,
    pub statement: String,
}

impl Crosswalk {
    /// Reads the crosswalk Almanac ships; a damaged one is refused whole.
    pub fn from_own_json(text: &str) -> Result<Crosswalk, Problems> {
        let crosswalk: Crosswalk = super::problem::parse_own_json(text)?;
        if crosswalk.format != CROSSWALK_FORMAT || crosswalk.schema_version != 1 {
            return Err(Problem::whole("this is not a crosswalk Almanac can read").into());
        }
        Ok(crosswalk)
    }

    /// The link a statement belongs to, if any.
    pub fn link(&self, framework: &str, statement: &str) -> Option<&Link> {
        self.links
            .iter()
            .find(|link| link.statements.iter().any(|s| s.framework == framework && s.statement == statement))
    }

    /// The statements of other frameworks that cover the same ground as this one.
    pub fn also_covered(&self, framework: &str, statement: &str) -> Vec<&StatementRef> {
        self.link(framework, statement)
            .map(|link| link.statements.iter().filter(|s| s.framework != framework).collect())
            .unwrap_or_default()
    }
}
