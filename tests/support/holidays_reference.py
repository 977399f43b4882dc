"""The statutory holidays of every German state for the given years, computed independently
by the `holidays` package (pip install holidays; .ci/run installs it), one line each:
STATE YYYY-MM-DD code. Bavaria's default in the package leaves out Mariä Himmelfahrt (a
holiday only in its Catholic municipalities), as kontor does."""

import sys

import holidays

# The package's English names, mapped to kontor's holiday codes.
CODES = {
    "New Year's Day": "new-year",
    "Epiphany": "epiphany",
    "Women's Day": "womens-day",
    "International Women's Day": "womens-day",
    "Good Friday": "good-friday",
    "Easter Sunday": "easter-sunday",
    "Easter Monday": "easter-monday",
    "Labor Day": "labour-day",
    "Labour Day": "labour-day",
    "Ascension Day": "ascension",
    "Pentecost": "whit-sunday",
    "Whit Sunday": "whit-sunday",
    "Pentecost Monday": "whit-monday",
    "Whit Monday": "whit-monday",
    "Corpus Christi": "corpus-christi",
    "Assumption Day": "assumption",
    "World Children's Day": "childrens-day",
    "German Unity Day": "german-unity",
    "Reformation Day": "reformation",
    "All Saints' Day": "all-saints",
    "Repentance and Prayer Day": "repentance",
    "Christmas Day": "christmas",
    "Second Day of Christmas": "boxing-day",
}


def code(name):
    if "liberation" in name.lower():
        return "liberation"
    if "uprising" in name.lower():
        return "uprising"
    return CODES.get(name, "unknown:" + name.replace(" ", "_"))


def main():
    states, years = sys.argv[1].split(","), [int(y) for y in sys.argv[2].split(",")]
    lines = []
    for state in states:
        days = holidays.Germany(subdiv=state, years=years, language="en_US")
        for day, names in sorted(days.items()):
            for name in names.split("; "):
                lines.append(f"{state} {day.isoformat()} {code(name)}")
    print("\n".join(lines))


main()
