#pragma once

#include <QString>
#include <QStringList>

// `container-compare prices update --region R[,R…] | --all [--base-url URL] [--keep-downloads DIR]`:
// downloads the regions' AWS Price List offer files and imports them as they arrive. Progress on
// stderr. Returns 0 ok, 2 bad arguments, 3 a network or input/output failure.
int runPricesUpdate(const QStringList& arguments);
QString pricesUpdateUsage();
