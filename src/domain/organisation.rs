//! Who answered: the kind of council and the region, which an assessment may carry so that a
//! benchmark can be split by them. Both are optional, like every other detail.

use serde::{Deserialize, Serialize};

use crate::i18n::t::organisation as t;

/// The kinds of UK council (and a catch-all for other public bodies).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationType {
    County,
    District,
    Unitary,
    Metropolitan,
    LondonBorough,
    WelshPrincipal,
    Scottish,
    NorthernIreland,
    Other,
}

impl OrganisationType {
    pub const ALL: [OrganisationType; 9] = [
        OrganisationType::County,
        OrganisationType::District,
        OrganisationType::Unitary,
        OrganisationType::Metropolitan,
        OrganisationType::LondonBorough,
        OrganisationType::WelshPrincipal,
        OrganisationType::Scottish,
        OrganisationType::NorthernIreland,
        OrganisationType::Other,
    ];

    /// The value in files and forms, such as `london_borough`.
    pub fn code(self) -> &'static str {
        match self {
            OrganisationType::County => "county",
            OrganisationType::District => "district",
            OrganisationType::Unitary => "unitary",
            OrganisationType::Metropolitan => "metropolitan",
            OrganisationType::LondonBorough => "london_borough",
            OrganisationType::WelshPrincipal => "welsh_principal",
            OrganisationType::Scottish => "scottish",
            OrganisationType::NorthernIreland => "northern_ireland",
            OrganisationType::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<OrganisationType> {
        OrganisationType::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// One of them, as a form offers it: "District council".
    pub fn label(self) -> &'static str {
        match self {
            OrganisationType::County => t::county(),
            OrganisationType::District => t::district(),
            OrganisationType::Unitary => t::unitary(),
            OrganisationType::Metropolitan => t::metropolitan(),
            OrganisationType::LondonBorough => t::london_borough(),
            OrganisationType::WelshPrincipal => t::welsh_principal(),
            OrganisationType::Scottish => t::scottish(),
            OrganisationType::NorthernIreland => t::northern_ireland(),
            OrganisationType::Other => t::other(),
        }
    }

    /// All of them, as a benchmark's split names them: "District councils".
    pub fn plural(self) -> &'static str {
        match self {
            OrganisationType::County => t::county_plural(),
            OrganisationType::District => t::district_plural(),
            OrganisationType::Unitary => t::unitary_plural(),
            OrganisationType::Metropolitan => t::metropolitan_plural(),
            OrganisationType::LondonBorough => t::london_borough_plural(),
            OrganisationType::WelshPrincipal => t::welsh_principal_plural(),
            OrganisationType::Scottish => t::scottish_plural(),
            OrganisationType::NorthernIreland => t::northern_ireland_plural(),
            OrganisationType::Other => t::other_plural(),
        }
    }
}

/// The English regions and the three other nations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    NorthEast,
    NorthWest,
    YorkshireAndTheHumber,
    EastMidlands,
    WestMidlands,
    EastOfEngland,
    London,
    SouthEast,
    SouthWest,
    Wales,
    Scotland,
    NorthernIreland,
}

impl Region {
    pub const ALL: [Region; 12] = [
        Region::NorthEast,
        Region::NorthWest,
        Region::YorkshireAndTheHumber,
        Region::EastMidlands,
        Region::WestMidlands,
        Region::EastOfEngland,
        Region::London,
        Region::SouthEast,
        Region::SouthWest,
        Region::Wales,
        Region::Scotland,
        Region::NorthernIreland,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Region::NorthEast => "north_east",
            Region::NorthWest => "north_west",
            Region::YorkshireAndTheHumber => "yorkshire_and_the_humber",
            Region::EastMidlands => "east_midlands",
            Region::WestMidlands => "west_midlands",
            Region::EastOfEngland => "east_of_england",
            Region::London => "london",
            Region::SouthEast => "south_east",
            Region::SouthWest => "south_west",
            Region::Wales => "wales",
            Region::Scotland => "scotland",
            Region::NorthernIreland => "northern_ireland",
        }
    }

    pub fn parse(code: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|region| region.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Region::NorthEast => t::north_east(),
            Region::NorthWest => t::north_west(),
            Region::YorkshireAndTheHumber => t::yorkshire_and_the_humber(),
            Region::EastMidlands => t::east_midlands(),
            Region::WestMidlands => t::west_midlands(),
            Region::EastOfEngland => t::east_of_england(),
            Region::London => t::london(),
            Region::SouthEast => t::south_east(),
            Region::SouthWest => t::south_west(),
            Region::Wales => t::wales(),
            Region::Scotland => t::scotland(),
            Region::NorthernIreland => t::northern_ireland_region(),
        }
    }
}

/// Who made an assessment, as a group keeps it for each respondent: never required, and never
/// carried into a benchmark except as counts by kind of council.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<OrganisationType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
}

impl Organisation {
    pub fn is_empty(&self) -> bool {
        *self == Organisation::default()
    }

    /// In one line, as a list of people shows it: "Anytown, District council, East Midlands",
    /// with whichever were given; empty when none was.
    pub fn summary(&self) -> String {
        let name = self.name.as_deref().map(str::trim).filter(|name| !name.is_empty());
        let parts = [name, self.kind.map(OrganisationType::label), self.region.map(Region::label)];
        parts.into_iter().flatten().collect::<Vec<_>>().join(", ")
    }
}
