//! Statutory public holidays of the German states, computed: the fixed dates and those that
//! follow Easter (Gauss's rule in the anonymous Gregorian form). The rules are those in force
//! since 2018 plus the changes after it (Frauentag in Berlin from 2019 and in
//! Mecklenburg-Vorpommern from 2023, Weltkindertag in Thuringia from 2019, the one-off days
//! of liberation in Berlin 2020 and 2025 and the 75th anniversary of the uprising of 17 June
//! 1953 in Berlin 2028) and the Reformation's 500th anniversary 2017, a
//! holiday everywhere. Days that are holidays only in some municipalities of a state are
//! not the state's holidays: Mariä Himmelfahrt in Bavaria (Catholic municipalities only),
//! Fronleichnam in parts of Saxony and Thuringia, the Augsburger Friedensfest. A company
//! that closes on them adds them as days off. Room: domain (pure).

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month, Weekday};

/// A German federal state (Bundesland), by its official two-letter code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum State {
    BW,
    BY,
    BE,
    BB,
    HB,
    HH,
    HE,
    MV,
    NI,
    NW,
    RP,
    SL,
    SN,
    ST,
    SH,
    TH,
}

impl State {
    pub const ALL: [State; 16] = [
        Self::BW,
        Self::BY,
        Self::BE,
        Self::BB,
        Self::HB,
        Self::HH,
        Self::HE,
        Self::MV,
        Self::NI,
        Self::NW,
        Self::RP,
        Self::SL,
        Self::SN,
        Self::ST,
        Self::SH,
        Self::TH,
    ];

    /// The two-letter code (`BY`).
    pub fn code(self) -> &'static str {
        match self {
            Self::BW => "BW",
            Self::BY => "BY",
            Self::BE => "BE",
            Self::BB => "BB",
            Self::HB => "HB",
            Self::HH => "HH",
            Self::HE => "HE",
            Self::MV => "MV",
            Self::NI => "NI",
            Self::NW => "NW",
            Self::RP => "RP",
            Self::SL => "SL",
            Self::SN => "SN",
            Self::ST => "ST",
            Self::SH => "SH",
            Self::TH => "TH",
        }
    }

    /// The state of a two-letter code, any case.
    pub fn parse(code: &str) -> Option<State> {
        let code = code.trim();
        Self::ALL
            .into_iter()
            .find(|state| state.code().eq_ignore_ascii_case(code))
    }
}

/// A public holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Holiday {
    NewYear,
    Epiphany,
    WomensDay,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    LabourDay,
    Liberation,
    Ascension,
    WhitSunday,
    WhitMonday,
    Uprising,
    CorpusChristi,
    Assumption,
    ChildrensDay,
    GermanUnity,
    Reformation,
    AllSaints,
    Repentance,
    Christmas,
    BoxingDay,
}

impl Holiday {
    /// The machine name exports and the JSON output write (`good-friday`).
    pub fn code(self) -> &'static str {
        match self {
            Self::NewYear => "new-year",
            Self::Epiphany => "epiphany",
            Self::WomensDay => "womens-day",
            Self::GoodFriday => "good-friday",
            Self::EasterSunday => "easter-sunday",
            Self::EasterMonday => "easter-monday",
            Self::LabourDay => "labour-day",
            Self::Liberation => "liberation",
            Self::Ascension => "ascension",
            Self::WhitSunday => "whit-sunday",
            Self::WhitMonday => "whit-monday",
            Self::Uprising => "uprising",
            Self::CorpusChristi => "corpus-christi",
            Self::Assumption => "assumption",
            Self::ChildrensDay => "childrens-day",
            Self::GermanUnity => "german-unity",
            Self::Reformation => "reformation",
            Self::AllSaints => "all-saints",
            Self::Repentance => "repentance",
            Self::Christmas => "christmas",
            Self::BoxingDay => "boxing-day",
        }
    }

    /// The holiday's name in the user's language.
    pub fn name(self) -> String {
        match self {
            Self::NewYear => crate::t!("calendar-holiday-new-year"),
            Self::Epiphany => crate::t!("calendar-holiday-epiphany"),
            Self::WomensDay => crate::t!("calendar-holiday-womens-day"),
            Self::GoodFriday => crate::t!("calendar-holiday-good-friday"),
            Self::EasterSunday => crate::t!("calendar-holiday-easter-sunday"),
            Self::EasterMonday => crate::t!("calendar-holiday-easter-monday"),
            Self::LabourDay => crate::t!("calendar-holiday-labour-day"),
            Self::Liberation => crate::t!("calendar-holiday-liberation"),
            Self::Ascension => crate::t!("calendar-holiday-ascension"),
            Self::WhitSunday => crate::t!("calendar-holiday-whit-sunday"),
            Self::WhitMonday => crate::t!("calendar-holiday-whit-monday"),
            Self::Uprising => crate::t!("calendar-holiday-uprising"),
            Self::CorpusChristi => crate::t!("calendar-holiday-corpus-christi"),
            Self::Assumption => crate::t!("calendar-holiday-assumption"),
            Self::ChildrensDay => crate::t!("calendar-holiday-childrens-day"),
            Self::GermanUnity => crate::t!("calendar-holiday-german-unity"),
            Self::Reformation => crate::t!("calendar-holiday-reformation"),
            Self::AllSaints => crate::t!("calendar-holiday-all-saints"),
            Self::Repentance => crate::t!("calendar-holiday-repentance"),
            Self::Christmas => crate::t!("calendar-holiday-christmas"),
            Self::BoxingDay => crate::t!("calendar-holiday-boxing-day"),
        }
    }
}

/// Easter Sunday of `year` (Gregorian), by the anonymous Gregorian algorithm
/// (Meeus/Jones/Butcher).
pub fn easter(year: i32) -> Date {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // Easter falls on 22 March … 25 April: month 3 or 4, day 1..=31.
    let month = if month == 3 {
        Month::March
    } else {
        Month::April
    };
    Date::from_calendar_date(year, month, day as u8).unwrap_or(Date::MIN)
}

/// The statutory holidays of `state` in `year`, by date.
pub fn holidays(state: State, year: i32) -> Vec<(Date, Holiday)> {
    use State::*;
    let on = |month: Month, day: u8| Date::from_calendar_date(year, month, day).ok();
    let easter = easter(year);
    let after = |days: i64| Some(easter + Duration::days(days));
    let is = |states: &[State]| states.contains(&state);
    let reformation =
        year == 2017 || is(&[BB, MV, SN, ST, TH]) || (year >= 2018 && is(&[HB, HH, NI, SH]));
    let womens_day = (year >= 2019 && state == BE) || (year >= 2023 && state == MV);
    let rules = [
        (true, on(Month::January, 1), Holiday::NewYear),
        (is(&[BW, BY, ST]), on(Month::January, 6), Holiday::Epiphany),
        (womens_day, on(Month::March, 8), Holiday::WomensDay),
        (true, after(-2), Holiday::GoodFriday),
        (state == BB, after(0), Holiday::EasterSunday),
        (true, after(1), Holiday::EasterMonday),
        (true, on(Month::May, 1), Holiday::LabourDay),
        (
            state == BE && matches!(year, 2020 | 2025),
            on(Month::May, 8),
            Holiday::Liberation,
        ),
        (true, after(39), Holiday::Ascension),
        (state == BB, after(49), Holiday::WhitSunday),
        (true, after(50), Holiday::WhitMonday),
        (
            state == BE && year == 2028,
            on(Month::June, 17),
            Holiday::Uprising,
        ),
        (
            is(&[BW, BY, HE, NW, RP, SL]),
            after(60),
            Holiday::CorpusChristi,
        ),
        (state == SL, on(Month::August, 15), Holiday::Assumption),
        (
            state == TH && year >= 2019,
            on(Month::September, 20),
            Holiday::ChildrensDay,
        ),
        (true, on(Month::October, 3), Holiday::GermanUnity),
        (reformation, on(Month::October, 31), Holiday::Reformation),
        (
            is(&[BW, BY, NW, RP, SL]),
            on(Month::November, 1),
            Holiday::AllSaints,
        ),
        (state == SN, repentance_day(year), Holiday::Repentance),
        (true, on(Month::December, 25), Holiday::Christmas),
        (true, on(Month::December, 26), Holiday::BoxingDay),
    ];
    let mut days: Vec<(Date, Holiday)> = rules
        .into_iter()
        .filter_map(|(applies, date, holiday)| Some((date.filter(|_| applies)?, holiday)))
        .collect();
    days.sort();
    days
}

/// Buß- und Bettag: the Wednesday before 23 November (16 … 22 November).
fn repentance_day(year: i32) -> Option<Date> {
    let mut day = Date::from_calendar_date(year, Month::November, 22).ok()?;
    while day.weekday() != Weekday::Wednesday {
        day = day.previous_day()?;
    }
    Some(day)
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn easter_sundays_of_known_years() {
        // Published dates (and the extremes 22 March 2285, 25 April 2038).
        let known = [
            (2024, date!(2024 - 03 - 31)),
            (2025, date!(2025 - 04 - 20)),
            (2026, date!(2026 - 04 - 05)),
            (2027, date!(2027 - 03 - 28)),
            (2038, date!(2038 - 04 - 25)),
            (2285, date!(2285 - 03 - 22)),
            (1954, date!(1954 - 04 - 18)),
        ];
        for (year, sunday) in known {
            assert_eq!(easter(year), sunday, "{year}");
        }
    }

    #[test]
    fn repentance_day_is_a_wednesday_between_16_and_22_november() {
        assert_eq!(repentance_day(2026), Some(date!(2026 - 11 - 18)));
        assert_eq!(repentance_day(2028), Some(date!(2028 - 11 - 22)));
        assert_eq!(repentance_day(2029), Some(date!(2029 - 11 - 21)));
    }

    #[test]
    fn states_parse_by_code_in_any_case() {
        assert_eq!(State::parse(" by"), Some(State::BY));
        assert_eq!(State::parse("XX"), None);
        assert!(
            State::ALL
                .iter()
                .all(|s| State::parse(s.code()) == Some(*s))
        );
    }
}
