#include "LearnPage.h"

#include "ComparisonSession.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QListWidget>
#include <QTextBrowser>

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString localized(const QJsonValue& value, Language language)
{
    const QJsonObject o = value.toObject();
    const QString ja = o.value(QStringLiteral("ja")).toString();
    return language == Language::Japanese && !ja.isEmpty() ? ja : o.value(QStringLiteral("en")).toString();
}

} // namespace

LearnPage::LearnPage(ComparisonSession* session, QWidget* parent)
    : QWidget(parent)
    , m_catalog(session->catalog())
{
    auto* layout = new QHBoxLayout(this);
    m_topics = new QListWidget(this);
    m_topics->setAccessibleName(tr("Topics"));
    m_topics->setMaximumWidth(280);
    m_topics->setWordWrap(true);
    m_topics->setSpacing(4);
    QFont topicFont = m_topics->font();
    topicFont.setPointSizeF(topicFont.pointSizeF() * 1.1);
    m_topics->setFont(topicFont);
    m_text = new QTextBrowser(this);
    m_text->setAccessibleName(tr("Topic text"));
    m_text->setOpenExternalLinks(true);
    layout->addWidget(m_topics);
    layout->addWidget(m_text, 1);
    connect(m_topics, &QListWidget::currentRowChanged, this, &LearnPage::showTopic);
    // The topics in the session's language.
    connect(session, &ComparisonSession::languageChanged, this, &LearnPage::setLanguage);
    setLanguage(session->language());
}

void LearnPage::setLanguage(Language language)
{
    m_language = language;
    const int row = std::max(0, m_topics->currentRow());
    m_topics->clear();
    for (const CatalogEntry& e : m_catalog.entries(CatalogKind::Concepts))
        m_topics->addItem(e.name.text(language));
    m_topics->addItem(tr("How to read the numbers"));
    m_topics->setCurrentRow(std::min(row, m_topics->count() - 1));
    showTopic(m_topics->currentRow());
}

void LearnPage::showTopic(int row)
{
    const QList<CatalogEntry>& concepts = m_catalog.entries(CatalogKind::Concepts);
    if (row >= 0 && row < concepts.size())
        m_text->setHtml(conceptHtml(concepts.at(row)));
    else
        m_text->setHtml(numbersHtml());
}

QString LearnPage::conceptHtml(const CatalogEntry& e) const
{
    QString h = QStringLiteral("<h1>") + esc(e.name.text(m_language)) + QStringLiteral("</h1><p style='font-size:large'>")
                + esc(e.description.text(m_language)) + QStringLiteral("</p>");
    const QJsonArray rows = e.capabilities.value(QStringLiteral("comparison")).toArray();
    if (!rows.isEmpty()) {
        h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='6' width='100%' style='border-color:#999999'>"
                            "<tr><th></th><th align='left'>%1</th><th align='left'>%2</th></tr>")
                 .arg(esc(localized(e.capabilities.value(QStringLiteral("leftName")), m_language)),
                      esc(localized(e.capabilities.value(QStringLiteral("rightName")), m_language)));
        for (const QJsonValue& row : rows) {
            const QJsonObject o = row.toObject();
            h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                     .arg(esc(localized(o.value(QStringLiteral("aspect")), m_language)),
                          esc(localized(o.value(QStringLiteral("left")), m_language)),
                          esc(localized(o.value(QStringLiteral("right")), m_language)));
        }
        h += QStringLiteral("</table>");
    }
    if (!e.facts.isEmpty()) {
        h += QStringLiteral("<h3>") + tr("What the deck says") + QStringLiteral("</h3><ul>");
        for (const Fact& f : e.facts)
            h += QStringLiteral("<li>") + esc(f.text.text(m_language))
                 + (f.slide > 0 ? QStringLiteral(" <span style='color:gray'>(") + tr("slide %1").arg(f.slide)
                                      + QStringLiteral(")</span>")
                                : QString())
                 + QStringLiteral("</li>");
        h += QStringLiteral("</ul>");
    }
    if (!e.cautions.isEmpty()) {
        h += QStringLiteral("<h3>") + tr("Cautions") + QStringLiteral("</h3><ul>");
        for (const Fact& f : e.cautions)
            h += QStringLiteral("<li>⚠ ") + esc(f.text.text(m_language)) + QStringLiteral("</li>");
        h += QStringLiteral("</ul>");
    }
    if (!e.docUrl.isEmpty())
        h += QStringLiteral("<p><a href='%1'>%2</a> <span style='color:gray'>%1</span></p>").arg(esc(e.docUrl), tr("Read more"));
    return h;
}

QString LearnPage::numbersHtml() const
{
    return tr("<h1>How to read the numbers</h1>"
              "<p><b>Money is kept in USD.</b> The display currency is a choice of yours, with your rate and "
              "rounding (the deck uses 1 USD = 155 JPY and truncates to the yen). USD is shown beside it.</p>"
              "<p><b>A month</b> is 730 hours unless the scenario says otherwise — the AWS Pricing Calculator's "
              "convention. The deck's slide 16 uses 30.5 days × 24 hours = 732 hours.</p>"
              "<p><b>Every price has a source, a date and a confidence.</b> Confirmed prices come from AWS or "
              "from data regenerated from AWS's APIs. A price nobody could confirm is marked ⚠ <i>estimate</i>. "
              "A price that is not known at all is shown as <i>unknown</i> and left out of a total, never "
              "counted as zero: an option with an unknown price is not called the cheapest.</p>"
              "<p><b>Notes</b> under the comparison say what the cost model did for you: Fargate rounds a task up "
              "to the next size it sells (the difference is the over-provisioning line), EC2 packs tasks onto "
              "hosts after what each host keeps back for its agent, EKS adds its cluster fee.</p>"
              "<p>Prices change. Check them on the AWS pricing pages before you buy.</p>");
}
