#pragma once

#include "Catalog.h"

#include <QWidget>

class ComparisonSession;
class QListWidget;
class QTextBrowser;

// The deck's concepts (containers vs VMs, LXC vs Docker) side by side, and how to read the
// app's numbers: sources, dates, confidence and the month it prices.
class LearnPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LearnPage)

public:
    // The concepts of the session's catalog, in its language.
    explicit LearnPage(ComparisonSession* session, QWidget* parent = nullptr);

    void setLanguage(Language language);
    QListWidget* topics() const { return m_topics; }
    QTextBrowser* text() const { return m_text; }

private:
    void showTopic(int row);
    QString conceptHtml(const CatalogEntry& entry) const;
    QString numbersHtml() const;

    const Catalog& m_catalog;
    Language m_language = Language::English;
    QListWidget* m_topics = nullptr;
    QTextBrowser* m_text = nullptr;
};
