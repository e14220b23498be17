#include "PricesCommand.h"
#include "PricesUpdateCommand.h"

#include "JsonWriter.h"
#include "OfferFileReader.h"
#include "PriceBook.h"
#include "PriceBookStore.h"
#include "PriceListMapping.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <cstdio>

namespace {

// Column names stay English in every format: they are the JSON keys and the CSV header.
QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

void writeTo(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int fail(int code, const QString& message)
{
    writeTo(stderr, QLatin1String("container-compare: ") + message + QLatin1Char('\n'));
    return code;
}

int usageError(const QString& message)
{
    return fail(2, message + QLatin1String("\n\n") + pricesUsage());
}

bool print(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    const bool ok = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
    return std::fflush(stdout) == 0 && ok;
}

enum class Format { Table, Json, Csv };

// "--format F" or "--format=F" among the arguments; the rest is returned in positional.
std::optional<Format> takeFormat(QStringList& arguments, QString* problem)
{
    QString value = QStringLiteral("table");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--format" && i + 1 < arguments.size()) {
            value = arguments.at(i + 1);
            arguments.remove(i, 2);
            --i;
        } else if (a.startsWith(QLatin1String("--format="))) {
            value = a.mid(9);
            arguments.remove(i);
            --i;
        } else if (a == u"--format") {
            *problem = QCoreApplication::translate("PricesCommand", "--format needs a value");
            return std::nullopt;
        }
    }
    if (value == u"table")
        return Format::Table;
    if (value == u"json")
        return Format::Json;
    if (value == u"csv")
        return Format::Csv;
    *problem = QCoreApplication::translate("PricesCommand", "--format: unknown format \"%1\"; expected one of: table, json, csv").arg(value);
    return std::nullopt;
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csv(const QList<QStringList>& rows)
{
    QString out;
    for (const QStringList& row : rows) {
        QStringList fields;
        for (const QString& f : row)
            fields << csvField(f);
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QString table(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    }
    QString out;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            line += row.at(c);
            if (c + 1 < row.size())
                line += QString(widths[c] - row.at(c).size() + 2, QLatin1Char(' '));
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString number(double value)
{
    return QString::fromLatin1(JsonWriter::number(value));
}

QString confidenceName(Confidence c)
{
    return c == Confidence::Estimate ? QStringLiteral("estimate") : QStringLiteral("confirmed");
}

QJsonObject sourceObject(const PriceBook& book, const QString& id)
{
    const PriceSource* s = book.source(id);
    if (!s)
        return {{QStringLiteral("title"), id}};
    QJsonObject o{{QStringLiteral("id"), s->id}, {QStringLiteral("title"), s->title}};
    if (!s->url.isEmpty())
        o.insert(QStringLiteral("url"), s->url);
    if (!s->date.isEmpty())
        o.insert(QStringLiteral("date"), s->date);
    if (!s->version.isEmpty())
        o.insert(QStringLiteral("version"), s->version);
    if (!s->publicationDate.isEmpty())
        o.insert(QStringLiteral("publicationDate"), s->publicationDate);
    if (!s->file.isEmpty())
        o.insert(QStringLiteral("file"), s->file);
    return o;
}

// "SKY", or "AmazonECS 20261001000000" for an offer file.
QString sourceLabel(const PriceBook& book, const QString& id)
{
    const PriceSource* s = book.source(id);
    if (s && !s->version.isEmpty())
        return s->id.section(QLatin1Char('-'), 0, 0) + QLatin1Char(' ') + s->version;
    return id;
}

QString priceText(const Price& p)
{
    if (p.tiers.isEmpty())
        return number(p.usd);
    QStringList parts;
    for (const PriceTier& t : p.tiers)
        parts << (t.upTo ? QCoreApplication::translate("PricesCommand", "%1 up to %2").arg(number(t.usd), number(*t.upTo)) : QCoreApplication::translate("PricesCommand", "%1 beyond").arg(number(t.usd)));
    return parts.join(QStringLiteral("; "));
}

QStringList offerFiles(const QStringList& paths, QString* problem)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            *problem = QCoreApplication::translate("PricesCommand", "%1: no such file or folder").arg(path);
            return {};
        }
        if (info.isDir()) {
            const QDir dir(path);
            const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
            if (names.isEmpty()) {
                *problem = QCoreApplication::translate("PricesCommand", "%1: the folder holds no offer file (*.json)").arg(path);
                return {};
            }
            for (const QString& name : names)
                files << dir.filePath(name);
        } else {
            files << path;
        }
    }
    return files;
}

int runImport(const QStringList& paths)
{
    if (paths.isEmpty())
        return usageError(QCoreApplication::translate("PricesCommand", "prices import: name one or more offer files or folders"));
    QString problem;
    const QStringList files = offerFiles(paths, &problem);
    if (files.isEmpty())
        return fail(2, problem);

    // Every file is read before anything is written: one bad file changes nothing.
    const PriceListMapping& mapping = PriceListMapping::builtin();
    QMap<QString, PriceBook> books;
    QStringList lines;
    for (const QString& file : files) {
        const QFileInfo info(file);
        if (!info.isReadable())
            return fail(3, QCoreApplication::translate("PricesCommand", "%1: cannot be read").arg(file));
        LoadError error;
        const std::optional<OfferImport> offer = OfferFileReader::readFile(file, mapping, &error);
        if (!offer)
            // A file that cannot be read is exit code 3, a file that is not an offer 2; the
            // reader's messages are in the language of the run, so compare with them as translated.
            return fail(error.message.startsWith(
                            QCoreApplication::translate("OfferFileReader", "cannot be read: %1").section(u'%', 0, 0))
                                || error.message.startsWith(
                                    QCoreApplication::translate("OfferFileReader", "read error: %1").section(u'%', 0, 0))
                            ? 3
                            : 2,
                        error.toString());
        if (!books.contains(offer->region)) {
            LoadError bookError;
            std::optional<PriceBook> existing = PriceBookStore::importedBook(offer->region, &bookError);
            if (!existing && !bookError.isEmpty())
                return fail(2, bookError.toString() + QCoreApplication::translate("PricesCommand", " (reset it with: container-compare prices reset %1)")
                                                          .arg(offer->region));
            books.insert(offer->region, existing.value_or(PriceBook{}));
        }
        PriceBook& book = books[offer->region];
        const std::optional<PriceBook> before =
            book.region.isEmpty() ? std::nullopt : std::optional<PriceBook>(book);
        book = PriceBookStore::applyImport(before, *offer, mapping.japaneseRegionName(offer->region));
        lines << QCoreApplication::translate("PricesCommand", "%1: %2 %3 version %4 (%5): prices %6, instance types %7\n")
                     .arg(file, offer->offerCode, offer->region, offer->version, offer->publicationDate)
                     .arg(offer->prices.size())
                     .arg(offer->instanceTypes.size());
    }
    for (const PriceBook& book : std::as_const(books)) {
        if (!PriceBookStore::write(book, &problem))
            return fail(3, problem);
    }
    print(lines.join(QString()));
    return 0;
}

int runList(QStringList arguments)
{
    QString problem;
    const std::optional<Format> format = takeFormat(arguments, &problem);
    if (!format)
        return usageError(problem);
    if (!arguments.isEmpty())
        return usageError(QCoreApplication::translate("PricesCommand", "prices list: unexpected argument \"%1\"").arg(arguments.constFirst()));
    QStringList problems;
    const PriceBooks books = PriceBookStore::effective(PriceBooks::shipped(), &problems);
    for (const QString& p : std::as_const(problems))
        writeTo(stderr, QCoreApplication::translate("PricesCommand", "container-compare: warning: %1 is left out\n").arg(p));
    QList<QStringList> rows;
    rows << QStringList{text("region"), text("name"), text("origin"), text("as of"), text("prices"), text("instance types"),
                        text("estimates"), text("imported from")};
    QJsonArray array;
    for (const PriceBook& book : books.books()) {
        const bool shipped = PriceBooks::shipped().region(book.region);
        LoadError error;
        const std::optional<PriceBook> imported = PriceBookStore::importedBook(book.region, &error);
        const QString origin = shipped && imported ? QStringLiteral("shipped+imported")
                               : imported          ? QStringLiteral("imported")
                                                   : QStringLiteral("shipped");
        QStringList offers;
        QJsonArray offerArray;
        if (imported) {
            for (const PriceSource& s : imported->sources) {
                offers << sourceLabel(*imported, s.id);
                offerArray.append(sourceObject(*imported, s.id));
            }
        }
        rows << QStringList{book.region, book.regionName.en, origin, book.newestDate(),
                            QString::number(book.prices.size()), QString::number(book.instanceTypes.size()),
                            QString::number(book.estimateCount()), offers.join(QStringLiteral(", "))};
        array.append(QJsonObject{{QStringLiteral("region"), book.region},
                                 {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), book.regionName.en},
                                                                      {QStringLiteral("ja"), book.regionName.ja}}},
                                 {QStringLiteral("origin"), origin},
                                 {QStringLiteral("asOf"), book.newestDate()},
                                 {QStringLiteral("prices"), book.prices.size()},
                                 {QStringLiteral("instanceTypes"), book.instanceTypes.size()},
                                 {QStringLiteral("estimates"), book.estimateCount()},
                                 {QStringLiteral("imported"), offerArray}});
    }
    bool ok = false;
    switch (*format) {
    case Format::Table:
        ok = print(table(rows));
        break;
    case Format::Csv:
        ok = print(csv(rows));
        break;
    case Format::Json:
        ok = print(QString::fromUtf8(JsonWriter({QStringLiteral("region"), QStringLiteral("name"), QStringLiteral("origin"),
                                                 QStringLiteral("asOf")})
                                         .write(QJsonObject{{QStringLiteral("regions"), array}})));
        break;
    }
    return ok ? 0 : 3;
}

int runShow(QStringList arguments)
{
    QString problem;
    const std::optional<Format> format = takeFormat(arguments, &problem);
    if (!format)
        return usageError(problem);
    if (arguments.size() != 1)
        return usageError(QCoreApplication::translate("PricesCommand", "prices show: name one region"));
    const QString region = arguments.constFirst();
    const PriceBooks books = PriceBookStore::effective(PriceBooks::shipped());
    const PriceBook* book = books.region(region);
    if (!book)
        return fail(2, QCoreApplication::translate("PricesCommand", "prices show: no price book for region \"%1\"; regions with one: %2")
                           .arg(region, books.regions().join(QStringLiteral(", "))));
    LoadError error;
    const std::optional<PriceBook> imported = PriceBookStore::importedBook(region, &error);
    auto originOf = [&](const QString& source) {
        return imported && imported->source(source) ? QStringLiteral("imported") : QStringLiteral("shipped");
    };

    QList<QStringList> rows;
    rows << QStringList{text("key"), text("usd"), text("unit"), text("confidence"), text("origin"), text("source")};
    QJsonArray prices;
    for (const Price& p : book->prices) {
        rows << QStringList{p.key, priceText(p), p.unit, confidenceName(p.confidence), originOf(p.source),
                            sourceLabel(*book, p.source)};
        QJsonObject o{{QStringLiteral("key"), p.key}};
        if (p.tiers.isEmpty()) {
            o.insert(QStringLiteral("usd"), p.usd);
        } else {
            QJsonArray tiers;
            for (const PriceTier& t : p.tiers) {
                QJsonObject to{{QStringLiteral("usd"), t.usd}};
                if (t.upTo)
                    to.insert(QStringLiteral("upTo"), *t.upTo);
                tiers.append(to);
            }
            o.insert(QStringLiteral("tiers"), tiers);
        }
        o.insert(QStringLiteral("unit"), p.unit);
        o.insert(QStringLiteral("confidence"), confidenceName(p.confidence));
        o.insert(QStringLiteral("origin"), originOf(p.source));
        o.insert(QStringLiteral("source"), sourceObject(*book, p.source));
        prices.append(o);
    }
    QJsonArray types;
    for (const InstanceType& t : book->instanceTypes) {
        rows << QStringList{t.type, number(t.onDemand.usd), t.onDemand.unit, confidenceName(t.onDemand.confidence),
                            originOf(t.onDemand.source), sourceLabel(*book, t.onDemand.source)};
        types.append(QJsonObject{{QStringLiteral("type"), t.type},
                                 {QStringLiteral("arch"), t.arch},
                                 {QStringLiteral("vcpu"), t.vcpu},
                                 {QStringLiteral("memoryGiB"), t.memoryGiB},
                                 {QStringLiteral("usdPerHour"), t.onDemand.usd},
                                 {QStringLiteral("confidence"), confidenceName(t.onDemand.confidence)},
                                 {QStringLiteral("origin"), originOf(t.onDemand.source)},
                                 {QStringLiteral("source"), sourceObject(*book, t.onDemand.source)}});
    }
    bool ok = false;
    switch (*format) {
    case Format::Table:
        ok = print(book->region + QStringLiteral(" · ") + book->regionName.en + QStringLiteral("\n\n") + table(rows));
        break;
    case Format::Csv:
        ok = print(csv(rows));
        break;
    case Format::Json: {
        const JsonWriter writer({QStringLiteral("region"), QStringLiteral("name"), QStringLiteral("prices"),
                                 QStringLiteral("instanceTypes"), QStringLiteral("key"), QStringLiteral("type"),
                                 QStringLiteral("arch"), QStringLiteral("vcpu"), QStringLiteral("memoryGiB"),
                                 QStringLiteral("usd"), QStringLiteral("usdPerHour"), QStringLiteral("tiers"),
                                 QStringLiteral("upTo"), QStringLiteral("unit"), QStringLiteral("confidence"),
                                 QStringLiteral("origin"), QStringLiteral("source"), QStringLiteral("id"),
                                 QStringLiteral("title"), QStringLiteral("url"), QStringLiteral("version"),
                                 QStringLiteral("publicationDate")});
        ok = print(QString::fromUtf8(writer.write(QJsonObject{
            {QStringLiteral("region"), book->region},
            {QStringLiteral("name"),
             QJsonObject{{QStringLiteral("en"), book->regionName.en}, {QStringLiteral("ja"), book->regionName.ja}}},
            {QStringLiteral("prices"), prices},
            {QStringLiteral("instanceTypes"), types}})));
        break;
    }
    }
    return ok ? 0 : 3;
}

int runReset(const QStringList& arguments)
{
    if (arguments.size() != 1)
        return usageError(QCoreApplication::translate("PricesCommand", "prices reset: name one region, or --all"));
    QStringList regions;
    if (arguments.constFirst() == u"--all") {
        for (const PriceBook& b : PriceBookStore::importedBooks())
            regions << b.region;
        const QDir dir(PriceBookStore::directory());
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
            regions << name.chopped(5);
        regions.removeDuplicates();
    } else {
        regions << arguments.constFirst();
    }
    QString lines;
    for (const QString& region : std::as_const(regions)) {
        QString problem;
        if (PriceBookStore::reset(region, &problem))
            lines += QCoreApplication::translate("PricesCommand", "%1: the imported prices are removed; %2\n")
                         .arg(region, PriceBooks::shipped().region(region) ? QCoreApplication::translate("PricesCommand", "the shipped book applies")
                                                                           : QCoreApplication::translate("PricesCommand", "the region has no book any more"));
        else if (!problem.isEmpty())
            return fail(3, problem);
        else
            lines += QCoreApplication::translate("PricesCommand", "%1: nothing imported\n").arg(region);
    }
    print(lines);
    return 0;
}

} // namespace

QString pricesUsage()
{
    return QCoreApplication::translate("PricesCommand", "  container-compare prices import PATH...\n"
              "      import AWS Price List offer files (or every *.json of a folder): AmazonECS,\n"
              "      AmazonEKS, AmazonEC2, AWSLambda, AmazonS3, AmazonEFS, one region per file\n"
              "  container-compare prices list [--format table|json|csv]\n"
              "      every region with a price book: shipped or imported, as of, counts\n"
              "  container-compare prices show REGION [--format table|json|csv]\n"
              "      every price of REGION as the app uses it, with its origin and source\n"
              "  container-compare prices reset REGION|--all\n"
              "      remove the imported prices: back to the shipped books\n"
              "  (every prices command takes --lang en|ja for its messages)\n")
           + pricesUpdateUsage();
}

int runPrices(const QStringList& commandArguments)
{
    // --lang en|ja, anywhere after "prices": the language of the messages and of the imported
    // books' errors. The tables' column names, the JSON and the CSV stay as they are.
    QStringList arguments = commandArguments;
    QString lang = QStringLiteral("en");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i).startsWith(QLatin1String("--lang="))) {
            lang = arguments.takeAt(i).mid(7);
            --i;
        } else if (arguments.at(i) == u"--lang") {
            arguments.removeAt(i);
            lang = i < arguments.size() ? arguments.takeAt(i) : QString();
            --i;
        }
    }
    if (lang != u"en" && lang != u"ja")
        return usageError(
            QCoreApplication::translate("PricesCommand", "--lang: unknown language \"%1\"; expected one of: en, ja")
                .arg(lang));
    if (lang == u"ja")
        Translations::install(Language::Japanese);
    if (arguments.isEmpty() || arguments.constFirst() == u"--help" || arguments.constFirst() == u"-h") {
        if (arguments.isEmpty())
            return usageError(QCoreApplication::translate("PricesCommand", "prices: import, list, show, reset or update?"));
        print(pricesUsage());
        return 0;
    }
    const QString sub = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (sub == u"import")
        return runImport(rest);
    if (sub == u"list")
        return runList(rest);
    if (sub == u"show")
        return runShow(rest);
    if (sub == u"reset")
        return runReset(rest);
    if (sub == u"update")
        return runPricesUpdate(rest);
    return usageError(QCoreApplication::translate("PricesCommand", "prices: unknown command \"%1\"; expected one of: import, list, show, reset, update").arg(sub));
}
