#pragma once

#include <QFont>
#include <QIdentityProxyModel>

// How the comparison table shows the comparison model: the cheapest row bold with a star,
// estimates and unknown prices marked with an icon and a tooltip, money right-aligned in
// tabular figures, each option's notes on its label's tooltip.
class ComparisonTableProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonTableProxy)

public:
    explicit ComparisonTableProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QFont font(const QModelIndex& index, bool cheapest) const;
    QVariant decoration(const QModelIndex& index, bool cheapest) const;
    QString toolTip(const QModelIndex& index, bool cheapest) const;
    // The cheapest row, found once a change: the view asks for fonts and icons of every cell
    // on every layout, and the source finds the cheapest by walking all options.
    void findCheapest();
    int m_cheapestRow = -1;
};
