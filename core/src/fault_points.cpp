#include "fault_points.hpp"

#include <unistd.h>

#include <cstdlib>
#include <string>
#include <string_view>

#include "kiv/error.hpp"

namespace kiv {
namespace {

struct FaultPlan {
  enum class Action { none, kill, fail } action = Action::none;
  long at = 0;  // the fault point, counted from 1
};

FaultPlan plan_from_environment() {
  const char* text = std::getenv("KIV_TEST_FAULT");
  if (text == nullptr) return {};
  const std::string_view spec(text);
  const auto colon = spec.find(':');
  if (colon == std::string_view::npos) return {};
  FaultPlan plan;
  const std::string_view action = spec.substr(0, colon);
  if (action == "kill") {
    plan.action = FaultPlan::Action::kill;
  } else if (action == "fail") {
    plan.action = FaultPlan::Action::fail;
  } else {
    return {};
  }
  plan.at = std::strtol(std::string(spec.substr(colon + 1)).c_str(), nullptr, 10);
  return plan;
}

}  // namespace

void fault_point(const char* where, bool can_fail) {
  static const FaultPlan plan = plan_from_environment();
  static long passed = 0;
  if (plan.action == FaultPlan::Action::none) return;
  if (plan.action == FaultPlan::Action::fail && !can_fail) return;
  if (++passed != plan.at) return;
  if (plan.action == FaultPlan::Action::kill) {
    // Where, for the tests that look for a step: written at once, unbuffered.
    const std::string said = std::string("kiv: killed at ") + where + "\n";
    [[maybe_unused]] const auto written = ::write(STDERR_FILENO, said.data(), said.size());
    ::_exit(137);
  }
  throw Error(ErrorKind::store, std::string("injected fault at ") + where);
}

}  // namespace kiv
