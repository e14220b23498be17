#pragma once

#include "Catalog.h"

#include <QTableView>

class CapabilityMatrixModel;

// Services × criteria over the capability matrix model: each cell coloured by how well the
// service does, its tooltip saying why.
class CapabilityMatrixView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityMatrixView)

public:
    explicit CapabilityMatrixView(const Catalog& catalog, QWidget* parent = nullptr);

    void setLanguage(Language language);
    CapabilityMatrixModel* matrixModel() const { return m_model; }

private:
    CapabilityMatrixModel* m_model;
};
