#pragma once
// When editions are in force. An edition records what is known (Validity, kiv/edition.hpp:
// from, to, extended to, superseded by); what it does not record, its period says: a
// 2022-2024 edition is taken to be in force from 2022-01-01 to 2024-12-31.

#include <optional>
#include <string>
#include <vector>

#include "kiv/edition.hpp"
#include "kiv/index.hpp"

namespace kiv {

// The days an edition is in force, both ends included, as ISO dates; an end nothing says is
// empty (an empty `to`: in force from `from` on).
struct InForcePeriod {
  std::string from;
  std::string to;
  // Where each end comes from: "recorded" (Validity::from / to), "extended" (extended_to),
  // "period" (the edition's period), "superseded" (the day before the edition that replaced
  // it came into force), or empty with the end.
  std::string from_origin;
  std::string to_origin;
};

// From `in_force.from`, else 1 January of the period's first year; to `extended_to`, else
// `in_force.to`, else 31 December of the period's last year. Superseding is not applied here
// (see in_force_on).
InForcePeriod in_force_period(const Validity& in_force, const std::optional<Period>& period);

// The in-force period of an edition of `series` among the editions of a store (Index::list):
// in_force_period, ended the day before the edition it was superseded by came into force when
// `editions` holds that edition of the same series and the day is known and earlier.
InForcePeriod in_force_among(const std::string& series, const Validity& in_force,
                             const std::optional<Period>& period,
                             const std::vector<EditionSummary>& editions);

// in_force_among of each edition of a store's list, in the list's order.
std::vector<InForcePeriod> in_force_periods(const std::vector<EditionSummary>& editions);

// Whether `date` (ISO) lies in `period`: an edition whose start is not known is not taken to be
// in force on any day.
bool in_force_on(const InForcePeriod& period, const std::string& date);

}  // namespace kiv
