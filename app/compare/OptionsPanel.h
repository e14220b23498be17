#pragma once

#include "Catalog.h"
#include "PriceBook.h"
#include "Scenario.h"

#include <QWidget>

class OptionEditor;
class ComparisonSession;
class ScenarioDocument;
class QAction;
class QHBoxLayout;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QToolButton;

// The options to compare: a checkable list (ticked ones are compared), add, duplicate and
// remove, and the selected option's overrides in the editor below it.
class OptionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPanel)

public:
    // The session's options, in the session's language.
    explicit OptionsPanel(ComparisonSession* session,
                 QWidget* parent = nullptr);

    void setLanguage(Language language);

    QListWidget* list() const { return m_list; }
    OptionEditor* editor() const { return m_editor; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* removeAction() const { return m_remove; }
    QMenu* addMenu() const { return m_addMenu; }
    QString currentOptionId() const;
    void selectOption(const QString& optionId);

public slots:
    void refresh();
    void duplicateCurrent();
    void removeCurrent();

private:
    QListWidget* buildList(QWidget* parent);
    QHBoxLayout* buildButtons(QWidget* parent);
    void fillAddMenu();
    void addOption(const QString& service, const QString& runtime);
    QString summary(const Option& option) const;
    void updateItem(QListWidgetItem* item, const Option& option);
    void updateActions();

    ComparisonSession* m_session;
    ScenarioDocument* m_document;
    const Catalog& m_catalog;
    const PriceBooks& m_prices;
    Language m_language = Language::English;
    bool m_refreshing = false;

    QListWidget* m_list = nullptr;
    QToolButton* m_addButton = nullptr;
    QToolButton* m_duplicateButton = nullptr;
    QToolButton* m_removeButton = nullptr;
    QMenu* m_addMenu = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_remove = nullptr;
    OptionEditor* m_editor = nullptr;
};
