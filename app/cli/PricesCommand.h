#pragma once

#include <QString>
#include <QStringList>

// `container-compare prices import|list|show|reset`: the price books imported from the AWS
// Price List offer files, beside the shipped ones.

// Runs the prices command; arguments are the ones after "prices". Returns the exit code
// (0 ok, 2 bad input with nothing changed, 3 an input/output error).
int runPrices(const QStringList& arguments);
// The lines `--help` shows for the prices command.
QString pricesUsage();
