#include "PresentationEditStrip.h"

#include "ComparisonSession.h"

#include "NumberField.h"
#include "Purchase.h"
#include "ScenarioDocument.h"
#include "SlideRenderer.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontMetrics>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>

PresentationEditStrip::PresentationEditStrip(ComparisonSession* session, QWidget* parent)
    : QWidget(parent), m_document(session->document()), m_catalog(session->catalog()), m_prices(session->prices()),
      m_language(session->language())
{
    setObjectName(QStringLiteral("presentationEditStrip"));
    setAccessibleName(tr("Live edit"));
    applyStyle();

    // Each label above its field: the row then fits a 1280 px projector in both languages,
    // where label and field side by side did not and the first label was cut.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(32, 8, 32, 12);
    layout->setHorizontalSpacing(24);
    layout->setVerticalSpacing(2);
    addSizeFields(layout);
    addChoiceFields(layout);
    layout->setColumnStretch(layout->count() / 2, 1);
    // The way out, for the presenter who forgets it; the row itself stays for the inputs.
    setToolTip(tr("E or Esc closes"));
    setAccessibleDescription(tr("E or Esc closes"));

    connectFields();
    if (m_document)
        connect(m_document, &ScenarioDocument::changed, this, &PresentationEditStrip::refresh);
    refresh();
}

// Read from the back row too: large type, light on dark like the slides.
void PresentationEditStrip::applyStyle()
{
    setAutoFillBackground(true);
    const QColor background = SlideRenderer::background().lighter(160);
    setStyleSheet(QStringLiteral("#presentationEditStrip { background: %1; border-top: 3px solid %2; }"
                                 "QLabel { color: #ffffff; font-size: 22px; }"
                                 "QSpinBox, QDoubleSpinBox, QComboBox { font-size: 24px; min-height: 40px;"
                                 " padding: 2px 8px; color: #ffffff; background: #0e1115;"
                                 " border: 2px solid #5a6470; border-radius: 4px; }"
                                 "QSpinBox:focus, QDoubleSpinBox:focus, QComboBox:focus { border-color: %2; }"
                                 "QComboBox QAbstractItemView { font-size: 24px; color: #ffffff;"
                                 " background: #0e1115; selection-background-color: #39424d; }")
                      .arg(background.name(), SlideRenderer::accent().name()));
}

// A field in the next column, its label above it; the strip sees its keys first.
void PresentationEditStrip::addField(QGridLayout* layout, const QString& label, QWidget* field)
{
    QFont labelFont = font();
    labelFont.setPixelSize(22);
    const QFontMetrics labelMetrics(labelFont);
    const int column = layout->count() / 2; // a label and a field in each column
    auto* text = new QLabel(label, this);
    text->setBuddy(field);
    // The style sheet's size is not known to the label's own size hint.
    text->setMinimumWidth(labelMetrics.horizontalAdvance(QString(label).remove(QLatin1Char('&'))) + 4);
    layout->addWidget(text, 0, column);
    layout->addWidget(field, 1, column);
    field->installEventFilter(this);
}

void PresentationEditStrip::addSizeFields(QGridLayout* layout)
{
    m_tasks = new QSpinBox(this);
    m_tasks->setRange(1, ScenarioLimits::maxTasks);
    m_tasks->setAccessibleName(tr("Tasks"));
    m_tasks->setMinimumWidth(130);
    addField(layout, tr("&Tasks"), m_tasks);

    // The window's number fields: no trailing zeros ("2 vCPU", "0.25"), out-of-range input
    // stopped at the field.
    m_vcpu = new NumberField(this);
    m_vcpu->setRange(0.25, ScenarioLimits::maxVcpu);
    m_vcpu->setDecimals(2);
    m_vcpu->setSingleStep(0.25);
    m_vcpu->setAccessibleName(tr("vCPU per task"));
    m_vcpu->setMinimumWidth(130);
    addField(layout, tr("&vCPU"), m_vcpu);

    m_memory = new NumberField(this);
    m_memory->setRange(0.5, ScenarioLimits::maxMemoryGiB);
    m_memory->setDecimals(1);
    m_memory->setSingleStep(0.5);
    m_memory->setSuffix(tr(" GiB"));
    m_memory->setAccessibleName(tr("Memory per task in GiB"));
    m_memory->setMinimumWidth(170);
    addField(layout, tr("&Memory"), m_memory);
}

void PresentationEditStrip::addChoiceFields(QGridLayout* layout)
{
    m_region = new QComboBox(this);
    m_region->setAccessibleName(tr("Region"));
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const PriceBook& book : m_prices.books()) {
        m_region->addItem(book.regionName.text(m_language), book.region);
        m_region->setItemData(m_region->count() - 1, book.region, Qt::ToolTipRole);
    }
    addField(layout, tr("&Region"), m_region);

    m_purchase = new QComboBox(this);
    m_purchase->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_purchase->setAccessibleName(tr("Purchase option"));
    for (const PurchaseOption& p : m_catalog.purchaseOptions())
        m_purchase->addItem(p.name.text(m_language), p.id);
    if (m_purchase->count() == 0)
        m_purchase->addItem(tr("On-demand"), QStringLiteral("on-demand"));
    addField(layout, tr("&Purchase"), m_purchase);
    // Wide enough for the longest name in the strip's large type (the style sheet's size is
    // not known to the combo boxes' own size hints).
    QFont large = font();
    large.setPixelSize(24);
    const QFontMetrics metrics(large);
    for (QComboBox* box : {m_region, m_purchase}) {
        int widest = 0;
        for (int i = 0; i < box->count(); ++i)
            widest = std::max(widest, metrics.horizontalAdvance(box->itemText(i)));
        box->setMinimumWidth(widest + 56);
    }
}

// Keyboard tracking is on: the slide follows each keystroke, not only Enter.
void PresentationEditStrip::connectFields()
{
    connect(m_tasks, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_refreshing && m_document)
            m_document->setTasks(value);
    });
    connect(m_vcpu, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (!m_refreshing && m_document)
            m_document->setVcpu(value);
    });
    connect(m_memory, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (!m_refreshing && m_document)
            m_document->setMemoryGiB(value);
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this](int) {
        if (!m_refreshing && m_document)
            m_document->setRegion(m_region->currentData().toString());
    });
    connect(m_purchase, &QComboBox::currentIndexChanged, this, [this](int) {
        if (!m_refreshing)
            applyPurchase();
    });
}

void PresentationEditStrip::refresh()
{
    if (!m_document)
        return;
    const Scenario& s = m_document->scenario();
    m_refreshing = true;
    // Only a field the presenter is not typing in is overwritten; its own edit is in flight.
    if (m_tasks->value() != s.workload.tasks)
        m_tasks->setValue(s.workload.tasks);
    if (!qFuzzyCompare(m_vcpu->value(), s.workload.vcpu))
        m_vcpu->setValue(s.workload.vcpu);
    if (!qFuzzyCompare(m_memory->value(), s.workload.memoryGiB))
        m_memory->setValue(s.workload.memoryGiB);
    const int region = m_region->findData(s.region);
    if (region >= 0)
        m_region->setCurrentIndex(region);
    const QString purchase = Purchase::shared(s, m_catalog); // empty: mixed
    const int mixed = m_purchase->findData(QStringLiteral("mixed"));
    if (purchase.isEmpty()) {
        if (mixed < 0)
            m_purchase->addItem(tr("Mixed"), QStringLiteral("mixed"));
        m_purchase->setCurrentIndex(m_purchase->findData(QStringLiteral("mixed")));
    } else {
        if (mixed >= 0)
            m_purchase->removeItem(mixed);
        const int index = m_purchase->findData(purchase);
        if (index >= 0)
            m_purchase->setCurrentIndex(index);
    }
    m_refreshing = false;
}

void PresentationEditStrip::applyPurchase()
{
    const QString purchase = m_purchase->currentData().toString();
    if (!m_document || purchase.isEmpty() || purchase == u"mixed")
        return;
    // The same edit as the window's purchase field: every option that offers it takes it.
    m_document->edit(tr("Change purchase option"), QStringLiteral("purchase"),
                     [&](Scenario& s) { Purchase::applyToAll(s, m_catalog, purchase); });
}

bool PresentationEditStrip::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
        case Qt::Key_E:
            emit closeRequested();
            return true;
        // A clicker's keys keep turning slides while a field has the focus.
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_F5:
            emit navigationKey(key->key(), key->modifiers());
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
