#pragma once

// Reads Ordo's one JSON configuration file (documented in README.md, shipped
// default in resources/default-config.json) into a HostConfig. Bad input is
// never fatal: every problem becomes a sentence in errors, and the loader
// falls back to the shipped default for whatever it could not read.

#include "enginehost.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ordo {

struct ConfigLoadResult {
    HostConfig config;
    QStringList errors;       // for the user: what was wrong, where
    bool usedDefault = false; // the file was unusable and the default was taken
};

// Parses a configuration document. fallback is used where the document is
// unusable as a whole.
ConfigLoadResult parseConfig(const QByteArray& json, const HostConfig& fallback);
// Loads path; a missing or unreadable file gives the shipped default.
ConfigLoadResult loadConfig(const QString& path);
// The configuration compiled into the program (resources/default-config.json).
HostConfig defaultConfig();
QByteArray defaultConfigJson();
// The resources compiled into Ordo (default configuration, FIX dictionary)
// live in a static library: this makes sure they are registered.
void initResources();

}  // namespace ordo
