#include "CapabilityMatrixView.h"

#include "Theme.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>

CapabilityMatrixView::CapabilityMatrixView(const Catalog& catalog, QWidget* parent)
    : QTableView(parent)
    , m_catalog(catalog)
{
    setAccessibleName(tr("Capability matrix"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setMinimumSectionSize(28);
    setShowGrid(true);
    rebuild();
}

void CapabilityMatrixView::setLanguage(Language language)
{
    m_language = language;
    rebuild();
}

void CapabilityMatrixView::rebuild()
{
    auto* model = new QStandardItemModel(this);
    const QList<CatalogEntry>& services = m_catalog.entries(CatalogKind::Services);
    const QList<Criterion>& criteria = m_catalog.criteria();
    model->setRowCount(int(services.size()));
    model->setColumnCount(int(criteria.size()));
    for (int c = 0; c < criteria.size(); ++c) {
        auto* header = new QStandardItem(criteria.at(c).name.text(m_language));
        header->setToolTip(criteria.at(c).description.text(m_language));
        model->setHorizontalHeaderItem(c, header);
    }
    for (int r = 0; r < services.size(); ++r) {
        const CatalogEntry& s = services.at(r);
        auto* header = new QStandardItem(s.label(m_language));
        header->setToolTip(s.name.text(m_language));
        model->setVerticalHeaderItem(r, header);
        for (int c = 0; c < criteria.size(); ++c) {
            const Rating rating = s.ratings.value(criteria.at(c).id);
            // Dots and the number, so the cell reads without its colour too.
            const QString dots = QString(rating.score, QChar(0x25CF)) + QString(4 - rating.score, QChar(0x25CB));
            auto* item = new QStandardItem(dots + QStringLiteral("  ") + QString::number(rating.score));
            item->setTextAlignment(Qt::AlignCenter);
            item->setBackground(Theme::scoreColor(rating.score));
            item->setForeground(QApplication::palette().color(QPalette::Text));
            item->setToolTip(QStringLiteral("%1 — %2: %3/4\n%4")
                                 .arg(s.name.text(m_language), criteria.at(c).name.text(m_language))
                                 .arg(rating.score)
                                 .arg(rating.why.text(m_language)));
            item->setData(rating.score, Qt::UserRole);
            item->setData(tr("%1, %2: %3 of 4")
                              .arg(s.label(m_language), criteria.at(c).name.text(m_language))
                              .arg(rating.score),
                          Qt::AccessibleTextRole);
            model->setItem(r, c, item);
        }
    }
    setModel(model);
    delete m_model;
    m_model = model;
}
