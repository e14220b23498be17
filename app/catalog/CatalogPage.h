#pragma once

#include "Catalog.h"
#include "PriceBook.h"

#include <QWidget>

class CapabilityMatrixView;
class ComparisonSession;
class EntryDetailView;
class CatalogModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;

// A catalog browser: a search field over a sortable table of entries, and the selected
// entry's details beside it. The Services page also has the capability matrix.
class CatalogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPage)

public:
    // The entries of one kind of the session's catalog, in its language, priced in its
    // scenario's region with its books.
    CatalogPage(CatalogKind kind, ComparisonSession* session, QWidget* parent = nullptr);

    CatalogKind kind() const { return m_kind; }
    void setLanguage(Language language);
    // Prices in the detail pane are the region's.
    void setRegion(const QString& region);
    // The price books changed: the region's book is looked up again.
    void refreshPrices();
    void focusSearch();
    bool selectEntry(const QString& id);
    QString currentEntryId() const;

    QLineEdit* searchField() const { return m_search; }
    // "No entry mentions …", shown while a search matches nothing.
    QLabel* noMatchesLabel() const { return m_noMatches; }
    QTableView* tableView() const { return m_table; }
    CatalogModel* model() const { return m_model; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    EntryDetailView* detailView() const { return m_detail; }
    CapabilityMatrixView* matrixView() const { return m_matrix; }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void followSession(ComparisonSession* session);
    QSplitter* buildBrowser();
    QWidget* buildMatrixTab();
    void rebuildModel();
    void updateNoMatches();
    void showCurrent();

    CatalogKind m_kind;
    const Catalog& m_catalog;
    const PriceBooks& m_prices;
    Language m_language = Language::English;
    QString m_region = QStringLiteral("ap-northeast-1");

    CatalogModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_noMatches = nullptr;
    QTableView* m_table = nullptr;
    EntryDetailView* m_detail = nullptr;
    CapabilityMatrixView* m_matrix = nullptr;
    QTabWidget* m_tabs = nullptr;
};
