#pragma once

#include <QString>

// Why a catalog, price book or scenario file could not be read: the file, the JSON path
// (for example "$.options[2].vcpu") and what is wrong there.
struct LoadError
{
    QString file;
    QString path;
    QString message;

    bool isEmpty() const { return message.isEmpty(); }
    // "FILE: $.options[2].vcpu: must be a number greater than 0"
    QString toString() const;
};
