#include "PricesCommand.h"
#include "PricesUpdateCommand.h"

#include "Arguments.h"

#include "ComparisonExport.h"
#include "JsonWriter.h"
#include "OfferFileReader.h"
#include "PriceBook.h"
#include "PriceBookStore.h"
#include "PriceListMapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>


namespace {

// Column names stay English in every format: they are the JSON keys and the CSV header.
QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

class PricesCommand
{
    Q_DECLARE_TR_FUNCTIONS(PricesCommand)
};

int fail(int code, const QString& message)
{
    Cli::error(message);
    return code;
}

// A sub-command's parser: its mistakes are reported under "prices NAME", then the usage.
Cli::Arguments pricesArguments(const QString& name)
{
    Cli::Arguments args(QStringLiteral("prices ") + name);
    args.usage(pricesUsage, true);
    return args;
}

void addFormat(Cli::Arguments& args)
{
    args.option({QStringLiteral("--format")}, QStringLiteral("F"),
                QT_TRANSLATE_NOOP("Arguments", "table (aligned for a terminal, the default), json, or csv"));
}

void addLanguage(Cli::Arguments& args)
{
    args.language(QT_TRANSLATE_NOOP("Arguments", "en or ja: the language of the messages"));
}

QString csv(const QList<QStringList>& rows)
{
    QString out;
    for (const QStringList& row : rows) {
        QStringList fields;
        for (const QString& f : row)
            fields << ComparisonExport::csvField(f, QLatin1Char(','));
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
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

// The books the offer files make, each region's the imported one with the files applied in
// order, and a line per file; nothing (and the exit code in exitCode) when one cannot be used.
std::optional<QMap<QString, PriceBook>> importedBooks(const QStringList& files, QStringList& lines, int* exitCode)
{
    const PriceListMapping& mapping = PriceListMapping::builtin();
    QMap<QString, PriceBook> books;
    for (const QString& file : files) {
        const QFileInfo info(file);
        if (!info.isReadable()) {
            *exitCode = fail(3, QCoreApplication::translate("PricesCommand", "%1: cannot be read").arg(file));
            return std::nullopt;
        }
        LoadError error;
        const std::optional<OfferImport> offer = OfferFileReader::readFile(file, mapping, &error);
        if (!offer) {
            // A file that cannot be read is exit code 3, a file that is not an offer 2; the
            // reader's messages are in the language of the run, so compare with them as translated.
            *exitCode = fail(error.message.startsWith(
                                 QCoreApplication::translate("OfferFileReader", "cannot be read: %1").section(u'%', 0, 0))
                                     || error.message.startsWith(
                                         QCoreApplication::translate("OfferFileReader", "read error: %1").section(u'%', 0, 0))
                                 ? 3
                                 : 2,
                             error.toString());
            return std::nullopt;
        }
        if (!books.contains(offer->region)) {
            LoadError bookError;
            std::optional<PriceBook> existing = PriceBookStore::importedBook(offer->region, &bookError);
            if (!existing && !bookError.isEmpty()) {
                *exitCode = fail(2, bookError.toString() + QCoreApplication::translate("PricesCommand", " (reset it with: container-compare prices reset %1)")
                                                               .arg(offer->region));
                return std::nullopt;
            }
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
    return books;
}

int runImport(const QStringList& arguments)
{
    Cli::Arguments args = pricesArguments(QStringLiteral("import"));
    addLanguage(args);
    if (!args.parse(arguments))
        return 2;
    if (args.helpRequested())
        return args.showHelp();
    const QStringList paths = args.positional();
    if (paths.isEmpty())
        return args.usageError(PricesCommand::tr("name one or more offer files or folders"));
    QString problem;
    const QStringList files = offerFiles(paths, &problem);
    if (files.isEmpty())
        return fail(2, problem);
    // Every file is read before anything is written: one bad file changes nothing.
    QStringList lines;
    int exitCode = 0;
    const std::optional<QMap<QString, PriceBook>> books = importedBooks(files, lines, &exitCode);
    if (!books)
        return exitCode;
    for (const PriceBook& book : *books) {
        if (!PriceBookStore::write(book, &problem))
            return fail(3, problem);
    }
    Cli::print(lines.join(QString()));
    return 0;
}

// A sub-command that prints a table, as JSON or as CSV: its arguments read, --help answered.
// Nothing (and the exit code in exitCode) when it is not to run.
std::optional<Cli::Format> readListing(Cli::Arguments& args, const QStringList& arguments, int* exitCode)
{
    addFormat(args);
    addLanguage(args);
    *exitCode = 2;
    if (!args.parse(arguments))
        return std::nullopt;
    if (args.helpRequested()) {
        *exitCode = args.showHelp();
        return std::nullopt;
    }
    return args.format();
}

int printListing(Cli::Format format, const QString& table, const QList<QStringList>& rows, const QByteArray& json)
{
    bool ok = false;
    switch (format) {
    case Cli::Format::Table:
        ok = Cli::print(table);
        break;
    case Cli::Format::Csv:
        ok = Cli::print(csv(rows));
        break;
    case Cli::Format::Json:
        ok = Cli::print(json);
        break;
    }
    return ok ? 0 : 3;
}

int runList(const QStringList& arguments)
{
    Cli::Arguments args = pricesArguments(QStringLiteral("list"));
    int exitCode = 0;
    const std::optional<Cli::Format> format = readListing(args, arguments, &exitCode);
    if (!format)
        return exitCode;
    if (!args.requireNoPositional())
        return 2;
    QStringList problems;
    const PriceBooks books = PriceBookStore::effective(PriceBooks::shipped(), &problems);
    for (const QString& p : std::as_const(problems))
        Cli::writeError(QCoreApplication::translate("PricesCommand", "container-compare: warning: %1 is left out\n").arg(p));
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
    const QByteArray json = *format != Cli::Format::Json
                                ? QByteArray()
                                : JsonWriter({QStringLiteral("region"), QStringLiteral("name"), QStringLiteral("origin"),
                                              QStringLiteral("asOf")})
                                      .write(QJsonObject{{QStringLiteral("regions"), array}});
    return printListing(*format, Cli::columns(rows), rows, json);
}

// The rows and JSON of prices show: every price and instance type of a book.
struct PriceListing
{
    QList<QStringList> rows;
    QJsonArray prices;
    QJsonArray types;
};

QJsonObject priceObject(const Price& p)
{
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
    return o;
}

PriceListing priceListing(const PriceBook& book, const std::optional<PriceBook>& imported)
{
    auto originOf = [&](const QString& source) {
        return imported && imported->source(source) ? QStringLiteral("imported") : QStringLiteral("shipped");
    };
    PriceListing listing;
    listing.rows << QStringList{text("key"), text("usd"), text("unit"), text("confidence"), text("origin"), text("source")};
    for (const Price& p : book.prices) {
        listing.rows << QStringList{p.key, priceText(p), p.unit, confidenceName(p.confidence), originOf(p.source),
                                    sourceLabel(book, p.source)};
        QJsonObject o = priceObject(p);
        o.insert(QStringLiteral("origin"), originOf(p.source));
        o.insert(QStringLiteral("source"), sourceObject(book, p.source));
        listing.prices.append(o);
    }
    for (const InstanceType& t : book.instanceTypes) {
        listing.rows << QStringList{t.type, number(t.onDemand.usd), t.onDemand.unit, confidenceName(t.onDemand.confidence),
                                    originOf(t.onDemand.source), sourceLabel(book, t.onDemand.source)};
        listing.types.append(QJsonObject{{QStringLiteral("type"), t.type},
                                         {QStringLiteral("arch"), t.arch},
                                         {QStringLiteral("vcpu"), t.vcpu},
                                         {QStringLiteral("memoryGiB"), t.memoryGiB},
                                         {QStringLiteral("usdPerHour"), t.onDemand.usd},
                                         {QStringLiteral("confidence"), confidenceName(t.onDemand.confidence)},
                                         {QStringLiteral("origin"), originOf(t.onDemand.source)},
                                         {QStringLiteral("source"), sourceObject(book, t.onDemand.source)}});
    }
    return listing;
}

QByteArray priceListingJson(const PriceBook& book, const PriceListing& listing)
{
    const JsonWriter writer({QStringLiteral("region"), QStringLiteral("name"), QStringLiteral("prices"),
                             QStringLiteral("instanceTypes"), QStringLiteral("key"), QStringLiteral("type"),
                             QStringLiteral("arch"), QStringLiteral("vcpu"), QStringLiteral("memoryGiB"),
                             QStringLiteral("usd"), QStringLiteral("usdPerHour"), QStringLiteral("tiers"),
                             QStringLiteral("upTo"), QStringLiteral("unit"), QStringLiteral("confidence"),
                             QStringLiteral("origin"), QStringLiteral("source"), QStringLiteral("id"),
                             QStringLiteral("title"), QStringLiteral("url"), QStringLiteral("version"),
                             QStringLiteral("publicationDate")});
    return writer.write(QJsonObject{
        {QStringLiteral("region"), book.region},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("en"), book.regionName.en}, {QStringLiteral("ja"), book.regionName.ja}}},
        {QStringLiteral("prices"), listing.prices},
        {QStringLiteral("instanceTypes"), listing.types}});
}

int runShow(const QStringList& arguments)
{
    Cli::Arguments args = pricesArguments(QStringLiteral("show"));
    int exitCode = 0;
    const std::optional<Cli::Format> format = readListing(args, arguments, &exitCode);
    if (!format)
        return exitCode;
    if (args.positional().size() != 1)
        return args.usageError(PricesCommand::tr("name one region"));
    const QString region = args.positional().constFirst();
    const PriceBooks books = PriceBookStore::effective(PriceBooks::shipped());
    const PriceBook* book = books.region(region);
    if (!book)
        return fail(2, QCoreApplication::translate("PricesCommand", "prices show: no price book for region \"%1\"; regions with one: %2")
                           .arg(region, books.regions().join(QStringLiteral(", "))));
    LoadError error;
    const PriceListing listing = priceListing(*book, PriceBookStore::importedBook(region, &error));
    return printListing(*format,
                        book->region + QStringLiteral(" · ") + book->regionName.en + QStringLiteral("\n\n") + Cli::columns(listing.rows),
                        listing.rows, *format == Cli::Format::Json ? priceListingJson(*book, listing) : QByteArray());
}

int runReset(const QStringList& arguments)
{
    Cli::Arguments args = pricesArguments(QStringLiteral("reset"));
    args.flag({QStringLiteral("--all")}, QT_TRANSLATE_NOOP("Arguments", "every region with imported prices"));
    addLanguage(args);
    if (!args.parse(arguments))
        return 2;
    if (args.helpRequested())
        return args.showHelp();
    const bool all = args.isSet(QStringLiteral("--all"));
    if (args.positional().size() + (all ? 1 : 0) != 1)
        return args.usageError(PricesCommand::tr("name one region, or --all"));
    QStringList regions;
    if (all) {
        for (const PriceBook& b : PriceBookStore::importedBooks())
            regions << b.region;
        const QDir dir(PriceBookStore::directory());
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
            regions << name.chopped(5);
        regions.removeDuplicates();
    } else {
        regions << args.positional().constFirst();
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
    Cli::print(lines);
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

int runPrices(const QStringList& arguments)
{
    // --lang en|ja, anywhere after "prices": the language of the messages and of the imported
    // books' errors. The tables' column names, the JSON and the CSV stay as they are.
    Cli::Arguments args(QStringLiteral("prices"));
    args.usage(pricesUsage, true).subCommands();
    addLanguage(args);
    if (!args.parse(arguments))
        return 2;
    if (args.helpRequested())
        return args.showHelp();
    if (args.positional().isEmpty())
        return args.usageError(PricesCommand::tr("import, list, show, reset or update?"));
    const QString sub = args.positional().constFirst();
    const QStringList rest = args.positional().mid(1);
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
    return args.usageError(
        PricesCommand::tr("unknown command \"%1\"; expected one of: import, list, show, reset, update").arg(sub));
}
