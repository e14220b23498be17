#include "CatalogPage.h"

#include "ComparisonSession.h"

#include "CapabilityMatrixView.h"
#include "CatalogModel.h"
#include "EntryDetailView.h"
#include "Theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

CatalogPage::CatalogPage(CatalogKind kind, ComparisonSession* session, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_catalog(session->catalog())
    , m_prices(session->prices())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    QSplitter* browser = buildBrowser();
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true); // QString::localeAwareCompare: the collation of the user's locale
    m_table->setModel(m_proxy);

    if (kind == CatalogKind::Services) {
        m_tabs = new QTabWidget(this);
        m_tabs->setDocumentMode(true);
        m_tabs->addTab(browser, Theme::icon(QStringLiteral("services")), tr("&Catalog"));
        m_tabs->addTab(buildMatrixTab(), Theme::icon(QStringLiteral("compare")), tr("Capability &matrix"));
        layout->addWidget(m_tabs);
    } else {
        layout->addWidget(browser);
    }

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &CatalogPage::updateNoMatches);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });
    setFocusProxy(m_search);
    rebuildModel();
    followSession(session);
}

void CatalogPage::followSession(ComparisonSession* session)
{
    // Names in the session's language; prices from its books, in the scenario's region.
    connect(session, &ComparisonSession::languageChanged, this, &CatalogPage::setLanguage);
    connect(session, &ComparisonSession::pricesChanged, this, &CatalogPage::refreshPrices);
    connect(session, &ComparisonSession::resultsChanged, this,
            [this, session] { setRegion(session->scenario().region); });
    setLanguage(session->language());
    setRegion(session->scenario().region);
}

// The search and the entries on the left, the selected entry's details on the right.
QSplitter* CatalogPage::buildBrowser()
{
    auto* browser = new QSplitter(Qt::Horizontal);
    browser->setChildrenCollapsible(false);
    auto* left = new QWidget(browser);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setPlaceholderText(tr("Search names, descriptions and facts (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the catalog"));
    leftLayout->addWidget(m_search);
    m_noMatches = new QLabel(left);
    m_noMatches->setWordWrap(true);
    m_noMatches->hide();
    leftLayout->addWidget(m_noMatches);
    // Esc clears the search; Down moves into the results.
    m_search->installEventFilter(this);
    m_table = new QTableView(left);
    m_table->setAccessibleName(tr("Catalog entries"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    leftLayout->addWidget(m_table, 1);
    m_detail = new EntryDetailView(browser);
    browser->addWidget(left);
    browser->addWidget(m_detail);
    browser->setStretchFactor(0, 2);
    browser->setStretchFactor(1, 3);
    return browser;
}

QWidget* CatalogPage::buildMatrixTab()
{
    auto* matrixTab = new QWidget;
    auto* matrixLayout = new QVBoxLayout(matrixTab);
    auto* legend = new QLabel(tr("Each service rated 0 (cannot) to 4 (best of the set) on each criterion; "
                                 "hover a cell for the reason."),
                              matrixTab);
    legend->setWordWrap(true);
    matrixLayout->addWidget(legend);
    m_matrix = new CapabilityMatrixView(m_catalog, matrixTab);
    matrixLayout->addWidget(m_matrix, 1);
    return matrixTab;
}

bool CatalogPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CatalogPage::updateNoMatches()
{
    const bool none = !m_search->text().trimmed().isEmpty() && m_proxy->rowCount() == 0;
    m_noMatches->setText(none ? tr("No entry mentions \u201c%1\u201d.").arg(m_search->text().trimmed()) : QString());
    m_noMatches->setVisible(none);
}

void CatalogPage::rebuildModel()
{
    m_model = new CatalogModel(m_catalog, m_kind, m_language, m_prices.region(m_region), this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CatalogModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(CatalogModel::NameColumn);
    m_proxy->setSortRole(CatalogModel::RawValueRole);
    m_table->setColumnHidden(CatalogModel::IdColumn, true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the catalog's own order until a header is clicked
    m_table->resizeColumnsToContents();
    // The description is long: it gets what is left, and the details pane has it in full.
    m_table->setColumnWidth(CatalogModel::DescriptionColumn, 260);
    m_table->horizontalHeader()->moveSection(CatalogModel::DescriptionColumn, m_model->columnCount() - 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrent(); });
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    showCurrent();
}

void CatalogPage::setLanguage(Language language)
{
    m_language = language;
    const QString current = currentEntryId();
    m_model->setLanguage(language);
    selectEntry(current);
    showCurrent();
    if (m_matrix)
        m_matrix->setLanguage(language);
}

void CatalogPage::setRegion(const QString& region)
{
    if (m_region == region)
        return;
    m_region = region;
    m_model->setPriceBook(m_prices.region(region));
    showCurrent();
}

void CatalogPage::refreshPrices()
{
    // The model compares pointers, and the new book may sit where the old one was.
    m_model->setPriceBook(nullptr);
    m_model->setPriceBook(m_prices.region(m_region));
    showCurrent();
}

void CatalogPage::focusSearch()
{
    if (m_tabs)
        m_tabs->setCurrentIndex(0);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CatalogPage::selectEntry(const QString& id)
{
    if (id.isEmpty())
        return false;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(CatalogModel::EntryIdRole).toString() == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString CatalogPage::currentEntryId() const
{
    if (!m_table->selectionModel())
        return {};
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CatalogModel::EntryIdRole).toString() : QString();
}

void CatalogPage::showCurrent()
{
    const CatalogEntry* entry = m_catalog.find(m_kind, currentEntryId());
    m_detail->showEntry(entry, m_kind, m_catalog, m_prices.region(m_region), m_language);
}
