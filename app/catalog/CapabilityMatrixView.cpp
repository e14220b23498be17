#include "CapabilityMatrixView.h"

#include "CapabilityMatrixModel.h"

#include <QPainter>
#include <QStyleOptionHeader>
#include <QTimer>

WrappingHeaderView::WrappingHeaderView(QWidget* parent) : QHeaderView(Qt::Horizontal, parent)
{
    setDefaultAlignment(Qt::AlignCenter);
    // Narrower sections wrap into more lines: the view asks for the header's height again.
    connect(this, &QHeaderView::sectionResized, this, [this] {
        QTimer::singleShot(0, this, &WrappingHeaderView::refit);
    });
}

void WrappingHeaderView::refit()
{
    const int height = sizeHint().height();
    if (height != m_fittedHeight) {
        m_fittedHeight = height;
        emit geometriesChanged();
    }
}

QStringList WrappingHeaderView::wrap(const QString& text, const QFontMetrics& metrics, int width)
{
    QStringList lines;
    width = std::max(width, 1);
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (metrics.horizontalAdvance(candidate) <= width || line.isEmpty()) {
            line = candidate;
            continue;
        }
        lines << line;
        line = word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    // A single word wider than the section (or text without spaces, as Japanese is) is broken
    // by characters where it can be, and the rest elided at its end.
    QStringList fitted;
    for (const QString& l : std::as_const(lines)) {
        if (metrics.horizontalAdvance(l) <= width) {
            fitted << l;
            continue;
        }
        QString rest = l;
        while (!rest.isEmpty() && metrics.horizontalAdvance(rest) > width && fitted.size() < 3) {
            int n = int(rest.size());
            while (n > 1 && metrics.horizontalAdvance(rest.left(n)) > width)
                --n;
            // Latin words are not split in the middle: they are elided instead.
            if (rest.at(n - 1).script() == QChar::Script_Latin && rest.at(n).script() == QChar::Script_Latin)
                break;
            fitted << rest.left(n);
            rest = rest.mid(n);
        }
        if (!rest.isEmpty())
            fitted << metrics.elidedText(rest, Qt::ElideRight, width);
    }
    return fitted;
}

QString WrappingHeaderView::title(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
}

int WrappingHeaderView::textWidth(int logicalIndex) const
{
    return sectionSize(logicalIndex) - 2 * margin;
}

QStringList WrappingHeaderView::sectionLines(int logicalIndex) const
{
    return wrap(title(logicalIndex), fontMetrics(), textWidth(logicalIndex));
}

QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    const QSize base = QHeaderView::sectionSizeFromContents(logicalIndex);
    const QFontMetrics metrics = fontMetrics();
    const int lines = int(sectionLines(logicalIndex).size());
    const int height = std::max(base.height(), base.height() - metrics.height() + lines * metrics.lineSpacing());
    return {base.width(), height};
}

QSize WrappingHeaderView::sizeHint() const
{
    QSize hint = QHeaderView::sizeHint();
    if (!model())
        return hint;
    int height = hint.height();
    for (int i = 0; i < count(); ++i)
        if (!isSectionHidden(i))
            height = std::max(height, sectionSizeFromContents(i).height());
    hint.setHeight(height);
    return hint;
}

void WrappingHeaderView::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.textAlignment = Qt::AlignCenter;
    option.text = sectionLines(logicalIndex).join(QLatin1Char('\n'));
    option.position = count() == 1                 ? QStyleOptionHeader::OnlyOneSection
                      : visualIndex(logicalIndex) == 0 ? QStyleOptionHeader::Beginning
                      : visualIndex(logicalIndex) == count() - 1 ? QStyleOptionHeader::End
                                                                  : QStyleOptionHeader::Middle;
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
}

CapabilityMatrixView::CapabilityMatrixView(const Catalog& catalog, QWidget* parent)
    : QTableView(parent)
    , m_model(new CapabilityMatrixModel(catalog, Language::English, this))
    , m_header(new WrappingHeaderView(this))
{
    setAccessibleName(tr("Capability matrix"));
    setHorizontalHeader(m_header);
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setMinimumSectionSize(28);
    setShowGrid(true);
}

void CapabilityMatrixView::setLanguage(Language language)
{
    m_model->setLanguage(language);
    m_header->refit();
}
