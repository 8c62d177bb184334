#include "kiv/validity.hpp"

#include <algorithm>

#include "kiv/dates.hpp"

namespace kiv {

InForcePeriod in_force_period(const Validity& in_force, const std::optional<Period>& period) {
  InForcePeriod days;
  if (!in_force.from.empty()) {
    days = {in_force.from, "", "recorded", ""};
  } else if (period) {
    days = {std::to_string(period->from) + "-01-01", "", "period", ""};
  }
  if (!in_force.extended_to.empty()) {
    days.to = in_force.extended_to;
    days.to_origin = "extended";
  } else if (!in_force.to.empty()) {
    days.to = in_force.to;
    days.to_origin = "recorded";
  } else if (period) {
    days.to = std::to_string(period->to) + "-12-31";
    days.to_origin = "period";
  }
  return days;
}

InForcePeriod in_force_among(const std::string& series, const Validity& in_force,
                             const std::optional<Period>& period,
                             const std::vector<EditionSummary>& editions) {
  InForcePeriod days = in_force_period(in_force, period);
  if (in_force.superseded_by.empty()) return days;
  const auto successor =
      std::find_if(editions.begin(), editions.end(), [&](const EditionSummary& edition) {
        return edition.series == series && edition.edition == in_force.superseded_by;
      });
  if (successor == editions.end()) return days;
  const std::string starts = in_force_period(successor->in_force, successor->period).from;
  if (starts.empty()) return days;
  const std::string last_day = day_before(starts);
  if (days.to.empty() || last_day < days.to) {
    days.to = last_day;
    days.to_origin = "superseded";
  }
  return days;
}

std::vector<InForcePeriod> in_force_periods(const std::vector<EditionSummary>& editions) {
  std::vector<InForcePeriod> periods;
  periods.reserve(editions.size());
  for (const EditionSummary& edition : editions) {
    periods.push_back(in_force_among(edition.series, edition.in_force, edition.period, editions));
  }
  return periods;
}

bool in_force_on(const InForcePeriod& period, const std::string& date) {
  return !period.from.empty() && period.from <= date && (period.to.empty() || date <= period.to);
}

}  // namespace kiv
