#pragma once

// A canonical text rendering of the engine's whole state: orders, executions,
// positions, trading controls, the audit trail and the alerts, with names
// resolved (interned ids may differ between a live run and its replay). Two
// engines are in the same state exactly when their dumps are equal; an
// incident review can diff them.

#include <string>

namespace ordo {

class Engine;

std::string dumpState(const Engine& engine);

}  // namespace ordo
