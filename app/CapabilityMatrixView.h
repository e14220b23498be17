#pragma once

#include "Catalog.h"

#include <QTableView>

class QAbstractItemModel;

// Services × criteria: each cell coloured by how well the service does, its tooltip saying why.
class CapabilityMatrixView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityMatrixView)

public:
    explicit CapabilityMatrixView(const Catalog& catalog, QWidget* parent = nullptr);

    void setLanguage(Language language);

private:
    void rebuild();

    const Catalog& m_catalog;
    Language m_language = Language::English;
    QAbstractItemModel* m_model = nullptr;
};
